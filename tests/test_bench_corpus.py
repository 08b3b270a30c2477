"""The real-text benchmark corpus: real paragraphs first, then perturbed copies that never repeat."""

from __future__ import annotations

import pytest

from bench import real_corpus


def test_pseudo_words_are_distinct_for_every_rank():
    words = [real_corpus.pseudo_word(r) for r in range(50_000)]
    assert len(set(words)) == len(words)


@pytest.mark.shared
def test_paragraphs_are_the_speeches_split_at_blank_lines(shared_dir):
    base = real_corpus.paragraphs(shared_dir / "corpora" / "presidential-speeches.csv.gz")
    assert 50_000 < len(base) < 56_000
    assert base["speaker"].nunique() == 44
    # a block longer than the limit is cut at its line breaks; only a few have none
    assert (base["text"].str.split().str.len() <= real_corpus.LONG_PARAGRAPH_WORDS).mean() > 0.999


@pytest.mark.shared
def test_copies_keep_the_real_text_first_and_perturb_every_later_paragraph(shared_dir):
    base = real_corpus.paragraphs(shared_dir / "corpora" / "presidential-speeches.csv.gz").iloc[:300]
    frame = real_corpus.real_corpus(1_000, base=base)
    assert len(frame) == 1_000
    assert frame["text"].iloc[:300].tolist() == base["text"].tolist()
    originals = base["text"].tolist() * 4
    copies = frame["text"].iloc[300:].tolist()
    assert all(copy != original for copy, original in zip(copies, originals, strict=False))
    assert frame["text"].nunique() > 0.95 * len(frame)
    # one word in eight replaced, punctuation and word counts kept
    first_copy = frame["text"].iloc[300:600].str.split()
    assert (first_copy.str.len().to_numpy() == base["text"].str.split().str.len().to_numpy()).all()


@pytest.mark.shared
def test_the_vocabulary_grows_with_the_size(shared_dir):
    base = real_corpus.paragraphs(shared_dir / "corpora" / "presidential-speeches.csv.gz").iloc[:200]

    def vocabulary(size):
        texts = real_corpus.real_corpus(size, base=base)["text"]
        return len({w.lower() for text in texts for w in text.split()})

    assert vocabulary(40_000) > 3 * vocabulary(4_000)
