"""Distinctive terms per speaker: log-odds with an informative Dirichlet prior (Monroe et al. 2008).

Each speaker is compared with all other selected statements together. For term w with the
speaker's count y_i, the rest's count y_r, totals n_i and n_r, and prior a_w (the selection's
own term frequencies scaled to a total of `prior_mass`, a0):

    delta_w = log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - log((y_r + a_w) / (n_r + a0 - y_r - a_w))
    z_w = delta_w / sqrt(1 / (y_i + a_w) + 1 / (y_r + a_w))

Stopwords (the packaged lists and the user's own) and punctuation are left out before counting.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np
import pandas as pd

from analysis import terms
from analysis.corpus.filters import StatementFilter
from analysis.engine import counts
from analysis.engine.index import CorpusIndex

ALL = StatementFilter()
COLUMNS = ["speaker", "term", "count", "count_rest", "log_odds", "z"]


def distinctive_terms(
    index: CorpusIndex,
    *,
    speakers: Sequence[str] | None = None,
    top: int = 20,
    where: StatementFilter = ALL,
    prior_mass: float = 1000.0,
    stopwords: Collection[str] = (),
) -> pd.DataFrame:
    """Top terms by z-score for each speaker against the rest of the selection.

    The user's own `stopwords` are left out before counting, as the packaged ones are.
    """
    mask = index.mask(where)
    present = sorted({index.speakers[c] for c in np.unique(index.speaker_codes[mask])})
    chosen = list(dict.fromkeys(speakers)) if speakers is not None else present
    chosen = [s for s in chosen if s in present]
    if not chosen:
        empty = pd.DataFrame(columns=COLUMNS)
        return empty.astype({"speaker": "string", "term": "string"})
    code_of = {name: i for i, name in enumerate(index.speakers)}
    slot, term, mine = _speaker_counts(index, mask, [code_of[name] for name in chosen])
    usable = ~np.asarray(index.enrichment.is_stop)
    usable[terms.stop_ids(index, stopwords)] = False
    total = np.asarray(counts.selection_counts(index, mask, ngram=1)[0]).copy()
    total[~usable] = 0
    keep = usable[term]
    slot, term, mine = slot[keep], term[keep], mine[keep]
    # only terms a speaker uses can rank, so z is computed for those alone
    n_i = np.bincount(slot, weights=mine, minlength=len(chosen)).astype(np.int64)[slot]
    rest = total[term] - mine
    n_r = int(total.sum()) - n_i
    alpha = total * (prior_mass / max(total.sum(), 1))
    a = alpha[term]
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((mine + a) / (n_i + prior_mass - mine - a)) - np.log(
            (rest + a) / (n_r + prior_mass - rest - a)
        )
        z = delta / np.sqrt(1 / (mine + a) + 1 / (rest + a))
    ok = np.isfinite(z)
    slot, term, mine, rest, delta, z = slot[ok], term[ok], mine[ok], rest[ok], delta[ok], z[ok]
    best = _top_per_slot(slot, term, z, n_slots=len(chosen), top=top)
    return pd.DataFrame(
        {
            "speaker": pd.array(chosen, dtype="string").take(slot[best]),
            "term": pd.array([index.vocab[i] for i in term[best]], dtype="string"),
            "count": mine[best].astype(np.int64),
            "count_rest": rest[best].astype(np.int64),
            "log_odds": delta[best],
            "z": z[best],
        },
        columns=COLUMNS,
    )


def _top_per_slot(slot: np.ndarray, term: np.ndarray, z: np.ndarray, *, n_slots: int, top: int) -> np.ndarray:
    """Positions of each slot's `top` highest z (ties by term id), slot by slot; slots are contiguous."""
    bounds = np.searchsorted(slot, np.arange(n_slots + 1))
    picked = []
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        scores = z[lo:hi]
        candidates = np.arange(lo, hi)
        if scores.size > top:
            threshold = scores[np.argpartition(-scores, top - 1)[top - 1]]
            candidates = candidates[scores >= threshold]
        picked.append(candidates[np.lexsort((term[candidates], -z[candidates]))][:top])
    return np.concatenate(picked) if picked else np.zeros(0, dtype=np.int64)


def _speaker_counts(
    index: CorpusIndex, mask: np.ndarray, codes: list[int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(slot, term, occurrences) of each chosen speaker (slot = position in codes), sorted by
    slot, then term. A speaker the filter keeps whole is read from the index's speaker table."""
    n_speakers = len(index.speakers)
    selected = np.bincount(index.speaker_codes[mask], minlength=n_speakers)
    whole = selected == np.bincount(index.speaker_codes, minlength=n_speakers)
    table = index.blocks.speaker_uni
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    in_part = np.full(n_speakers, -1, dtype=np.int64)
    for slot, code in enumerate(codes):
        if whole[code]:
            lo, hi = int(table.ptr[code]), int(table.ptr[code + 1])
            terms = np.asarray(table.term[lo:hi], dtype=np.int64)
            parts.append((np.full(terms.size, slot), terms, np.asarray(table.count[lo:hi], dtype=np.int64)))
        else:
            in_part[code] = slot
    if (in_part >= 0).any():
        block_group = in_part[np.asarray(index.blocks.block_speaker)]
        parts.append(counts.sparse_grouped_counts(index, mask, block_group=block_group, n_groups=len(codes)))
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    slot_all, term_all, count_all = (np.concatenate(column) for column in zip(*parts, strict=True))
    if len(parts) == 1:
        return slot_all, term_all, count_all
    order = np.argsort(slot_all, kind="stable")  # each part is sorted by slot, then term
    return slot_all[order], term_all[order], count_all[order]
