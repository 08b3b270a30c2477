"""What a phrase match is: the phrase's words, in a row, among a statement's folded tokens.

The index answers phrase queries from its token stream; this module answers the same question
from the text, with the same tokenizer, so the two paths can never disagree ("don't" is the
tokens `do n't` on both).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

from analysis.text import lemmas, tokens


def statement_terms(text: str) -> list[str]:
    """The folded tokens of a statement in the order the index stores them, punctuation included."""
    return [term for sentence in tokens.statement_tokens(text) for term in sentence]


def count_in_terms(terms: list[str], words: tuple[str, ...]) -> int:
    """How often words occur in a row in terms; overlapping occurrences all count."""
    n = len(words)
    if n == 0:
        return 0
    if not any(map(lemmas.is_cyrillic, words)):
        first = words[0]
        return sum(
            1 for i, term in enumerate(terms) if term == first and tuple(terms[i : i + n]) == words
        )
    wanted = [lemmas.query_lemmas(w) for w in words]
    return sum(
        1 for i in range(len(terms) - n + 1)
        if all(_same_word(terms[i + k], words[k], wanted[k]) for k in range(n))
    )


def _same_word(term: str, word: str, forms: frozenset[str]) -> bool:
    """A term is the word, or shares one of the word's dictionary forms."""
    return term == word or bool(forms and forms & lemmas.term_lemmas(term))


def phrase_count(text: str, phrase: str) -> int:
    """How often a phrase occurs in a text, by the rule the index uses."""
    words = tokens.phrase_tokens(phrase)
    if not words:
        return len(literal_pattern(phrase).findall(text))
    if not _may_contain(text.casefold(), words):
        return 0
    return count_in_terms(statement_terms(text), words)


def texts_matching(texts: Iterable[str | None], phrase: str) -> np.ndarray:
    """Boolean array: which texts contain the phrase, by the rule the index uses."""
    words = tokens.phrase_tokens(phrase)
    strings = [t if isinstance(t, str) else "" for t in texts]
    if not words:
        pattern = literal_pattern(phrase)
        return np.array([pattern.search(t) is not None for t in strings], dtype=bool)
    return np.array(
        [
            _may_contain(t.casefold(), words) and count_in_terms(statement_terms(t), words) > 0
            for t in strings
        ],
        dtype=bool,
    )


def literal_pattern(phrase: str) -> re.Pattern[str]:
    """A query without words (e.g. "?!") matches the text as written, case-insensitive."""
    return re.compile(re.escape(phrase.strip()), re.IGNORECASE)


def _may_contain(folded_text: str, words: tuple[str, ...]) -> bool:
    """Cheap pre-check: every folded word token (but an inflected Cyrillic one) is in the text."""
    return all(word in folded_text or lemmas.is_cyrillic(word) for word in words)
