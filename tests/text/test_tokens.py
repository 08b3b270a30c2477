"""Tokenisation: Punkt sentences, NLTK word tokens, folding, Cyrillic and stopwords."""

from __future__ import annotations

import pytest

from analysis.text import stopwords, tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peace now. War later!", [["peace", "now", "."], ["war", "later", "!"]]),
        ("Dr. Smith went home.", [["dr.", "smith", "went", "home", "."]]),
        ("Мы не допустим этого. Дальше!", [["мы", "не", "допустим", "этого", "."], ["дальше", "!"]]),
        ("We don't agree", [["we", "do", "n't", "agree"]]),
        ("", []),
    ],
)
def test_statement_tokens_split_sentences_then_fold_words(text, expected):
    assert list(tokens.statement_tokens(text)) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Peace Treaty", ("peace", "treaty")),
        ("  peace treaty,  ", ("peace", "treaty")),
        ("Лукашенко", ("лукашенко",)),
        ("peace-treaty", ("peace-treaty",)),
        ("!!!", ()),
    ],
)
def test_phrase_tokens_fold_and_drop_punctuation(phrase, expected):
    assert tokens.phrase_tokens(phrase) == expected


@pytest.mark.parametrize(
    ("token", "word"), [("peace", True), ("мир", True), ("2025", True), (",", False), ("``", False)]
)
def test_is_word_accepts_any_script_and_rejects_punctuation(token, word):
    assert tokens.is_word(token) is word


def test_token_spans_cut_the_same_tokens_as_the_index_stores():
    text = 'He said: "Peace treaty, now." Then, Лукашенко left.'
    spans = tokens.token_spans(text)
    flat = [tok for sentence in tokens.statement_tokens(text) for tok in sentence]
    assert len(spans) == len(flat)
    words = [text[a:b].casefold() for a, b in spans]
    assert [w for w in words if tokens.is_word(w)] == [w for w in flat if tokens.is_word(w)]


def test_packaged_stopwords_are_used_without_user_nltk_data():
    stops = tokens.stopword_set()
    assert {"the", "and", "of", "и", "що"} <= stops
    assert "peace" not in stops
    assert stops >= stopwords.ENGLISH


TRICKY = [
    'He said, "I can\'t go." She replied: \'fine\'...',
    "Prices rose 3.5% (roughly $4) -- see [note] {x} <y>!?",
    "«Мы не допустим», — сказал Лукашенко. Don’t “quote” me…",
    "U.S. officials... Mr. Smith's dog isn't here; they'll gonna wanna go.",
    "Whaddya think? 'Tis the season. 'Twas fine.",
]


@pytest.mark.parametrize("sentence", TRICKY)
def test_stdlib_word_tokenizer_matches_nltk_exactly(sentence):
    from nltk.tokenize import NLTKWordTokenizer

    assert tokens.word_tokens(sentence) == NLTKWordTokenizer().tokenize(sentence)


@pytest.mark.shared
def test_word_tokens_match_nltk_on_every_sentence_of_the_real_corpora(shared_dir):
    from nltk.tokenize import NLTKWordTokenizer

    from tests.corpus_fixtures import real_sentences

    sentences = real_sentences(shared_dir)
    reference = NLTKWordTokenizer()  # NLTK's own patterns and engine: the reference
    assert len(sentences) > 40_000
    mismatched = [s for s in sentences if tokens.word_tokens(s) != reference.tokenize(s)]
    assert mismatched == []


@pytest.mark.parametrize(
    "sentence",
    [
        "He CANNOT go, and I'm gonna say so.",
        "'Tis true: we'd gimme more'n that -- or wanna?",
        "GİMME the key, ſo to ſpeak: Kelvin cannot wait.",
        "«Він сказав: \"ні\"» — і пішов (назавжди)...",
        'She said "fine" and left.',
        "no punctuation at all here",
    ],
)
def test_skipped_patterns_change_nothing_on_contractions_quotes_and_other_scripts(sentence):
    from nltk.tokenize import NLTKWordTokenizer

    assert tokens.word_tokens(sentence) == NLTKWordTokenizer().tokenize(sentence)


def _spans_or_error(tokenizer, sentence):
    try:
        return list(tokenizer.span_tokenize(sentence))
    except ValueError:  # NLTK cannot align some quote forms
        return "ValueError"


@pytest.mark.shared
def test_token_spans_match_nltk_on_real_sentences_with_quote_marks(shared_dir):
    from nltk.tokenize import NLTKWordTokenizer

    from analysis.text.word_tokenizer import FastWordTokenizer
    from tests.corpus_fixtures import real_sentences

    quoted = [s for s in real_sentences(shared_dir) if '"' in s or "''" in s or "`" in s]
    plain = [s for s in real_sentences(shared_dir)[:3000] if s not in quoted]
    reference, fast = NLTKWordTokenizer(), FastWordTokenizer()
    assert len(quoted) > 500
    for sentence in [*quoted, *plain]:
        assert _spans_or_error(fast, sentence) == _spans_or_error(reference, sentence), sentence
