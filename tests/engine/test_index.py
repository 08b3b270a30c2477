"""The corpus index: postings agree with brute force, the cache round-trips, filters agree."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np
import pytest

from analysis.corpus.filters import StatementFilter
from analysis.engine import index as index_module
from analysis.engine.index import build_index
from analysis.engine.parts import flatten
from analysis.text import tokens
from tests.corpus_fixtures import corpus

ROWS = [
    ("Ann", "2024-01-05", "day", "Peace treaty, peace treaty now. The treaty holds."),
    ("Bob", "2024-02-01", "month", "No treaty without peace! Мир и договор."),
    ("Ann", "2023-01-01", "year", "The talks go on and on and on."),
    ("Cy", "", "none", "Nothing dated here."),
]


def brute_counts(frame):
    """Per-statement Counter of folded word tokens, straight from the tokenizer."""
    return [
        Counter(t for s in tokens.statement_tokens(str(text)) for t in s if tokens.is_word(t))
        for text in frame["text"]
    ]


def test_unigram_postings_match_brute_force_counts():
    frame = corpus(ROWS)
    ix = build_index(frame)
    expected = brute_counts(frame)
    a = ix.postings
    for term, tid in ix.term_ids.items():
        if not tokens.is_word(term):
            continue
        lo, hi = a.uni_ptr[tid], a.uni_ptr[tid + 1]
        got = dict(zip(a.uni_stmt[lo:hi].tolist(), a.uni_count[lo:hi].tolist(), strict=True))
        want = {i: c[term] for i, c in enumerate(expected) if c[term]}
        assert got == want, term
    assert a.word_counts.tolist() == [sum(c.values()) for c in expected]


@pytest.mark.parametrize(
    "text",
    ["Peace is wonderful!", "I love peace. War is terrible!!", "Great news. We are happy? Yes!"],
)
def test_statement_scores_equal_vader_on_the_whole_text_without_cross_sentence_rules(text):
    from analysis.text.nltk_resources import vader_analyzer

    ix = build_index(corpus([("Ann", "2024-01-01", "day", text)]))
    whole = vader_analyzer().polarity_scores(text)
    assert ix.enrichment.scores[0] == pytest.approx(
        [whole[k] for k in ("compound", "pos", "neu", "neg")], abs=1e-6
    )


def test_vader_rules_stay_inside_their_sentence():
    from analysis.text.nltk_resources import vader_analyzer
    from tests.enrich_reference import sentence_scores

    # whole-text VADER lets "but" in the second sentence halve "love" in the first
    text = "I love it. It is fine but slow."
    ix = build_index(corpus([("Ann", "2024-01-01", "day", text)]))
    analyzer = vader_analyzer()
    valences = []
    for sentence in ("I love it.", "It is fine but slow."):
        valences += sentence_scores(analyzer, sentence)[1]
    expected = analyzer.score_valence(valences, text)["compound"]
    assert ix.enrichment.scores[0][0] == pytest.approx(expected, abs=1e-6)
    assert expected > analyzer.polarity_scores(text)["compound"]


def test_cache_is_reused_for_the_same_content_and_not_for_changed_content(tmp_path):
    frame = corpus(ROWS)
    messages: list[str] = []
    first = build_index(frame, cache_dir=tmp_path, progress=lambda f, m: messages.append(m))
    assert not any("cache" in m for m in messages)
    messages.clear()
    second = build_index(frame, cache_dir=tmp_path, progress=lambda f, m: messages.append(m))
    assert any("from cache" in m for m in messages)
    assert second.vocab == first.vocab
    for prefix in ("enrichment", "postings", "blocks"):
        saved = dict(flatten(prefix, getattr(first, prefix)))
        for name, array in flatten(prefix, getattr(second, prefix)):
            assert np.array_equal(np.asarray(array), saved[name]), name
    changed = frame.copy()
    changed.loc[0, "text"] = "Something else entirely."
    third = build_index(changed, cache_dir=tmp_path)
    assert third.key != first.key
    assert len(list(tmp_path.iterdir())) == 2


def test_two_worker_enrichment_equals_one_process(monkeypatch):
    rows = [(f"S{i % 3}", "2024-01-01", "day", f"Statement {i} about peace. Word{i % 7} here.")
            for i in range(40)]
    serial = build_index(corpus(rows))
    monkeypatch.setattr(index_module, "PARALLEL_MIN_STATEMENTS", 1)
    monkeypatch.setattr(index_module, "CHUNK_MIN", 7)
    parallel = build_index(corpus(rows))
    assert [parallel.vocab[i] for i in parallel.enrichment.tokens] == [
        serial.vocab[i] for i in serial.enrichment.tokens
    ]
    assert np.allclose(parallel.enrichment.scores, serial.enrichment.scores)
    assert np.array_equal(parallel.enrichment.sent_start, serial.enrichment.sent_start)


@pytest.mark.parametrize(
    "where",
    [
        StatementFilter(),
        StatementFilter(speakers=("Ann",)),
        StatementFilter(speakers=("Nobody",)),
        StatementFilter(since=dt.date(2024, 1, 6)),
        StatementFilter(until=dt.date(2024, 1, 31)),
        StatementFilter(since=dt.date(2024, 2, 15), until=dt.date(2024, 2, 20)),  # inside Feb
        StatementFilter(since=dt.date(2023, 6, 1), until=dt.date(2023, 6, 1)),  # inside 2023
    ],
)
def test_index_mask_agrees_with_the_shared_filter(where):
    frame = corpus(ROWS)
    ix = build_index(frame)
    assert ix.mask(where).tolist() == where.mask(frame).tolist()


@pytest.mark.parametrize(
    ("query", "expected"),
    [("treaty", [True, True, False, False]), ("peace treaty", [True, False, False, False]),
     ("TREAT", [False, False, False, False]), ("мир", [False, True, False, False]),
     ("the talks go on and on and on", [False, False, True, False]),  # longer than 5 words
     ("!", [False, True, False, False])],  # punctuation only: matched as written
)
def test_query_filter_matches_whole_words_through_the_index(query, expected):
    ix = build_index(corpus(ROWS))
    assert ix.mask(StatementFilter(query=query)).tolist() == expected


def test_sentences_start_where_the_tokenizer_starts_them():
    frame = corpus(ROWS)
    ix = build_index(frame)
    stream = [ix.vocab[i] for i in ix.enrichment.tokens]
    firsts = [stream[p] for p in ix.enrichment.sent_start]
    want = [s[0] for text in frame["text"] for s in tokens.statement_tokens(str(text))]
    assert firsts == want


@pytest.mark.parametrize(
    "texts",
    [["...", "Peace.", ""], ["", ""], ["Peace now.", ""]],
)
def test_statements_without_words_or_sentences_are_indexed(texts):
    rows = [(f"S{i}", "2024-01-01", "day", t) for i, t in enumerate(texts)]
    ix = build_index(corpus(rows))
    assert len(ix.enrichment.offsets) == len(texts) + 1
    assert ix.postings.word_counts.tolist() == [
        sum(tokens.is_word(w) for s in tokens.statement_tokens(t) for w in s) for t in texts
    ]


def test_an_empty_corpus_gives_an_empty_index():
    from analysis.corpus.schema import empty_statements

    ix = build_index(empty_statements())
    assert len(ix) == 0 and ix.enrichment.tokens.tolist() == [0]
