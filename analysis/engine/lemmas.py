"""The lemma table: each Russian or Ukrainian dictionary form and the corpus terms filed under it.

Lemmas are a function of the term, so the vocabulary is lemmatised, not each token: a corpus of a
million statements has a few hundred thousand distinct terms. A lemma's postings are the union
of its terms' postings; English and other non-Cyrillic terms have no lemma and match only
themselves.
"""

from __future__ import annotations

import numpy as np

from analysis.engine.parts import Lemmas
from analysis.text import lemmas as text_lemmas


def build_lemmas(vocab: list[str], statement_language: np.ndarray) -> Lemmas:
    """The lemma table of a vocabulary, with each statement's language code beside it."""
    pairs: dict[str, list[int]] = {}
    for term_id, term in enumerate(vocab):
        for form in text_lemmas.term_lemmas(term):
            pairs.setdefault(form, []).append(term_id)
    names = sorted(pairs)
    sizes = [len(pairs[name]) for name in names]
    terms = [term_id for name in names for term_id in pairs[name]]
    return Lemmas(
        language=np.asarray(statement_language, dtype="<U3"),
        names=np.asarray(names, dtype=str) if names else np.zeros(0, dtype="<U1"),
        ptr=np.concatenate(([0], np.cumsum(sizes, dtype=np.int64))).astype(np.int64),
        terms=np.asarray(terms, dtype=np.int32),
    )


def lemma_terms(table: Lemmas, form: str) -> np.ndarray:
    """Term ids (ascending) filed under one dictionary form; empty when the corpus has none."""
    at = int(np.searchsorted(table.names, form))
    if at >= table.names.size or table.names[at] != form:
        return np.zeros(0, dtype=np.int32)
    return np.asarray(table.terms[table.ptr[at] : table.ptr[at + 1]])
