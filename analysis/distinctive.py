"""Distinctive terms per speaker: log-odds with an informative Dirichlet prior (Monroe et al. 2008).

Each speaker is compared with all other selected statements together. For term w with the
speaker's count y_i, the rest's count y_r, totals n_i and n_r, and prior a_w (the selection's
own term frequencies scaled to a total of `prior_mass`, a0):

    delta_w = log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - log((y_r + a_w) / (n_r + a0 - y_r - a_w))
    z_w = delta_w / sqrt(1 / (y_i + a_w) + 1 / (y_r + a_w))

Stopwords and punctuation are left out before counting.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from analysis.corpus.filters import StatementFilter
from analysis.engine.counts import grouped_counts
from analysis.engine.index import CorpusIndex

ALL = StatementFilter()
MAX_CELLS = 60_000_000  # speakers x vocabulary counted at once


def distinctive_terms(
    index: CorpusIndex,
    *,
    speakers: Sequence[str] | None = None,
    top: int = 20,
    where: StatementFilter = ALL,
    prior_mass: float = 1000.0,
) -> pd.DataFrame:
    """Top terms by z-score for each speaker against the rest of the selection."""
    mask = index.mask(where)
    present = sorted({index.speakers[c] for c in np.unique(index.speaker_codes[mask])})
    chosen = list(dict.fromkeys(speakers)) if speakers is not None else present
    chosen = [s for s in chosen if s in present]
    code_of = {name: i for i, name in enumerate(index.speakers)}
    groups = np.full(len(index.speakers), len(chosen), dtype=np.int64)  # "rest" group last
    for slot, name in enumerate(chosen):
        groups[code_of[name]] = slot
    block_group = groups[np.asarray(index.blocks.block_speaker)]
    vocab = len(index.vocab)
    if (len(chosen) + 1) * vocab > MAX_CELLS:
        raise ValueError(f"comparing {len(chosen)} speakers over {vocab:,} terms is too large; choose fewer")
    counts, _ = grouped_counts(index, mask, ngram=1, block_group=block_group, n_groups=len(chosen) + 1)
    usable = ~np.asarray(index.enrichment.is_stop)
    counts[:, ~usable] = 0
    total = counts.sum(axis=0)
    alpha = total * (prior_mass / max(total.sum(), 1))
    parts = []
    for slot, name in enumerate(chosen):
        mine = counts[slot]
        rest = total - mine
        n_i, n_r = mine.sum(), rest.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = np.log((mine + alpha) / (n_i + prior_mass - mine - alpha)) - np.log(
                (rest + alpha) / (n_r + prior_mass - rest - alpha)
            )
            z = delta / np.sqrt(1 / (mine + alpha) + 1 / (rest + alpha))
        candidates = np.flatnonzero((mine > 0) & np.isfinite(z))
        best = candidates[np.lexsort((candidates, -z[candidates]))][:top]
        parts.append(
            pd.DataFrame(
                {
                    "speaker": name,
                    "term": [index.vocab[i] for i in best],
                    "count": mine[best].astype(np.int64),
                    "count_rest": rest[best].astype(np.int64),
                    "log_odds": delta[best],
                    "z": z[best],
                }
            )
        )
    columns = ["speaker", "term", "count", "count_rest", "log_odds", "z"]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    out["speaker"] = out["speaker"].astype("string")
    out["term"] = out["term"].astype("string")
    return out[columns]
