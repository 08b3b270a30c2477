"""Tokenisation with NLTK: Punkt sentences, NLTK word tokens, case folding and stopwords."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Final

from analysis.text import nltk_resources, stopwords
from analysis.text.word_tokenizer import FastWordTokenizer

_WORDS: Final = FastWordTokenizer()
# Contraction pieces NLTK splits off (with a typographic apostrophe it leaves "s", "t", ...).
_CONTRACTIONS: Final = frozenset(
    {"'s", "'re", "'ve", "'d", "'ll", "'m", "n't", "s", "t", "re", "ve", "ll", "d", "m"}
)


def fold(token: str) -> str:
    """Case-fold one token, so that 'Peace', 'PEACE' and 'peace' are one term."""
    return token.casefold()


def is_word(token: str) -> bool:
    """True for a token with at least one letter or digit (not punctuation); any script counts."""
    return any(ch.isalnum() for ch in token)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of text, by Punkt."""
    spans = nltk_resources.sentence_splitter().span_tokenize(text)
    return [(int(start), int(end)) for start, end in spans]  # type: ignore[attr-defined]


def word_tokens(sentence: str) -> list[str]:
    """NLTK word tokens of one sentence, as written (not folded)."""
    return list(_WORDS.tokenize(sentence))


def statement_tokens(text: str) -> Iterator[list[str]]:
    """Folded word tokens of each sentence of a statement, punctuation included."""
    for start, end in sentence_spans(text):
        yield [fold(tok) for tok in _WORDS.tokenize(text[start:end])]


def token_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of every token of a statement, in the order the index stores them."""
    spans: list[tuple[int, int]] = []
    for start, end in sentence_spans(text):
        pieces = sentence_token_spans(text[start:end])
        spans.extend((start + a, start + b) for a, b in pieces)
    return spans


def sentence_token_spans(sentence: str) -> list[tuple[int, int]]:
    """Character spans of the NLTK word tokens of one sentence."""
    try:
        return [(int(a), int(b)) for a, b in _WORDS.span_tokenize(sentence)]
    except ValueError:  # NLTK cannot align some quote forms; fall back to a left-to-right search
        return _search_spans(sentence, word_tokens(sentence))


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """The folded word tokens of a search phrase; punctuation in the phrase is ignored."""
    return tuple(fold(tok) for tok in _WORDS.tokenize(phrase.strip()) if is_word(tok))


@functools.cache
def stopword_set() -> frozenset[str]:
    """Stopwords: the user's nltk_data lists when present, else the project's own list."""
    if nltk_resources.has_user_resource(nltk_resources.USER_STOPWORDS):
        from nltk.corpus import stopwords as nltk_stopwords

        words: set[str] = set()
        for language in ("english", "russian"):
            try:
                words.update(nltk_stopwords.words(language))
            except (LookupError, OSError):
                continue
        if words:
            return frozenset(fold(w) for w in words) | _CONTRACTIONS
    return stopwords.PACKAGED | _CONTRACTIONS


def _search_spans(sentence: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Locate tokens left to right in sentence; a token not found gets an empty span."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for tok in tokens:
        found = sentence.find(tok, cursor)
        if found < 0:
            spans.append((cursor, cursor))
            continue
        spans.append((found, found + len(tok)))
        cursor = found + len(tok)
    return spans
