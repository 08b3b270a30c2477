"""Tokenisation with NLTK: Punkt sentences, NLTK word tokens, case folding and stopwords."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any, Final

from nltk import redos
from nltk.tokenize import NLTKWordTokenizer

from analysis.text import nltk_resources, stopwords

_RE_FLAGS: Final = re.I | re.M | re.S | re.U | re.X | re.A


def _stdlib(pattern: Any) -> Any:
    """NLTK's pattern recompiled with the stdlib engine (same source and flags)."""
    if isinstance(pattern, redos.TimedPattern):
        return re.compile(pattern.pattern, pattern.flags & _RE_FLAGS)
    return pattern


class StdlibWordTokenizer(NLTKWordTokenizer):
    """NLTK's word tokenizer with its own patterns run by `re` instead of `nltk.redos`.

    NLTK 3.10 routes every pattern through a timeout-guarded `regex` wrapper, which makes the
    tokenizer about 2.3 times slower. These are NLTK's fixed patterns, not user input (the
    one prone to backtracking already uses a possessive quantifier, which `re` supports since
    Python 3.11), and tests/test_tokens.py checks the tokens are identical on real text.
    """


for _name in ("STARTING_QUOTES", "ENDING_QUOTES", "PUNCTUATION", "CONVERT_PARENTHESES"):
    setattr(
        StdlibWordTokenizer,
        _name,
        [(_stdlib(p), r) for p, r in getattr(NLTKWordTokenizer, _name)],
    )
for _name in ("PARENS_BRACKETS", "DOUBLE_DASHES"):
    _pattern, _replacement = getattr(NLTKWordTokenizer, _name)
    setattr(StdlibWordTokenizer, _name, (_stdlib(_pattern), _replacement))
for _name in ("CONTRACTIONS2", "CONTRACTIONS3"):
    setattr(StdlibWordTokenizer, _name, [_stdlib(p) for p in getattr(NLTKWordTokenizer, _name)])

_WORDS: Final = StdlibWordTokenizer()
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
