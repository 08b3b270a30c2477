"""A faster, output-identical punctuation lookup for NLTK VADER's SentiText.

NLTK 3.10's SentiText builds, for every text, a dict of every punctuation mark glued to every
distinct word (about 60 entries per word) only to look up each token once. For statement-length
texts that costs more than the scoring itself. The lookup below answers the same question
(is this token a word of the text with one listed punctuation mark before or after it, and which
word) without building the dict; tests/test_sentiment.py checks that scores are unchanged.
"""

from __future__ import annotations

from typing import Any

from nltk.sentiment import vader


class _PunctuatedWords:
    """Acts like SentiText's {punctuated token: word} dict for `in` and `[]`."""

    def __init__(self, words: set[str], marks: list[str]) -> None:
        self.words = words
        self.marks = marks
        self.edges = frozenset("".join(marks))

    def _word(self, token: str) -> str | None:
        if not token or (token[0] not in self.edges and token[-1] not in self.edges):
            return None  # every listed mark is punctuation, so a match starts or ends with one
        for mark in self.marks:
            if token.endswith(mark) and token[: -len(mark)] in self.words:
                return token[: -len(mark)]
            if token.startswith(mark) and token[len(mark) :] in self.words:
                return token[len(mark) :]
        return None

    def __contains__(self, token: object) -> bool:
        return isinstance(token, str) and self._word(token) is not None

    def __getitem__(self, token: str) -> str:
        word = self._word(token)
        if word is None:
            raise KeyError(token)
        return word


class LazySentiText(vader.SentiText):
    """SentiText whose punctuation table is looked up lazily instead of built in full."""

    def _words_plus_punc(self) -> Any:
        no_punc_text = self.REGEX_REMOVE_PUNCTUATION.sub("", self.text)
        words = {w for w in no_punc_text.split() if len(w) > 1}
        return _PunctuatedWords(words, list(self.PUNC_LIST))


def install() -> None:
    """Make NLTK's VADER use LazySentiText (idempotent)."""
    vader.SentiText = LazySentiText
