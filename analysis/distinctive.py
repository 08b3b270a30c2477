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
from analysis.corpus.credits import Credits
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
    credited = index.credits.kept(mask, speakers=where.speakers)
    present = [index.speakers[c] for c in np.flatnonzero(index.credits.per_person(credited))]
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
    slot, then term, over the selected statements crediting them. A speaker the filter keeps
    whole, credited in one speaker cell only, is read from the index's per-cell table."""
    n_speakers = len(index.speakers)
    credits = index.credits
    everything = index.derived(("credits-per-person",), credits.per_person)
    whole = credits.per_person(credits.kept(mask)) == everything
    cells = _cell_people(index)
    cell_count = np.bincount(cells.person, minlength=n_speakers)
    table = index.blocks.speaker_uni
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    in_part = np.full(n_speakers, -1, dtype=np.int64)
    for slot, code in enumerate(codes):
        if whole[code] and cell_count[code] == 1:
            cell = int(cells.stmt[np.flatnonzero(cells.person == code)[0]])
            lo, hi = int(table.ptr[cell]), int(table.ptr[cell + 1])
            terms = np.asarray(table.term[lo:hi], dtype=np.int64)
            parts.append((np.full(terms.size, slot), terms, np.asarray(table.count[lo:hi], dtype=np.int64)))
        else:
            in_part[code] = slot
    layered = _layered_counts(index, mask, in_part, n_groups=len(codes)) if (in_part >= 0).any() else []
    parts.extend(layered)
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    return _summed(parts, n_terms=max(index.postings.keys(1), 1), repeats=len(layered) > 1)


def _cell_people(index: CorpusIndex) -> Credits:
    """The people of each distinct speaker cell, numbered as the index's blocks number cells."""
    def compute() -> Credits:
        cells = sorted(set(index.statements["speaker"].astype(str)))
        return Credits.of(pd.Series(cells, dtype="string"))

    return index.derived(("cell-people",), compute)


def _layered_counts(
    index: CorpusIndex, mask: np.ndarray, in_part: np.ndarray, *, n_groups: int
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per-group word counts where a block counts for every person of its cell: layer k gives
    each block to the k-th person its cell names (most cells name one, so one layer)."""
    cells = _cell_people(index)
    block_cell = np.asarray(index.blocks.block_speaker, dtype=np.int64)
    sizes = np.diff(cells.ptr)
    parts = []
    for layer in range(int(sizes.max()) if sizes.size else 0):
        has = sizes[block_cell] > layer
        person = np.full(block_cell.size, -1, dtype=np.int64)
        person[has] = cells.person[cells.ptr[block_cell[has]] + layer]
        block_group = np.where(person >= 0, in_part[person], -1)
        if (block_group >= 0).any():
            parts.append(counts.sparse_grouped_counts(index, mask, block_group=block_group,
                                                      n_groups=n_groups))
    return parts


def _summed(
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]], *, n_terms: int, repeats: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Join (slot, term, count) parts, each sorted by slot then term, into one sorted so; with
    repeats (several layers may count one slot's term), repeated pairs are summed."""
    slot_all, term_all, count_all = (np.concatenate(column) for column in zip(*parts, strict=True))
    if len(parts) == 1:
        return slot_all, term_all, count_all
    if not repeats:  # the parts hold different slots
        order = np.argsort(slot_all, kind="stable")
        return slot_all[order], term_all[order], count_all[order]
    keys = slot_all.astype(np.int64) * n_terms + term_all
    unique, inverse = np.unique(keys, return_inverse=True)
    totals = np.bincount(inverse, weights=count_all, minlength=unique.size).astype(np.int64)
    return unique // n_terms, unique % n_terms, totals
