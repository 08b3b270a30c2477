"""Who mentions whom: statements by speaker A that name speaker B, through the alias table."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.corpus.filters import StatementFilter
from analysis.engine import phrases
from analysis.engine.index import CorpusIndex
from analysis.text import tokens

ALL = StatementFilter()
COLUMNS = ["speaker", "mentioned", "statements"]


def names_by_speaker(index: CorpusIndex, aliases: pd.DataFrame | None) -> dict[str, set[str]]:
    """Every way of naming each canonical speaker: the canonical name plus its aliases."""
    names: dict[str, set[str]] = {s: {s} for s in index.speakers}
    if aliases is not None and len(aliases):
        missing = {"alias", "canonical"} - set(aliases.columns)
        if missing:
            raise ValueError(
                f"the alias table needs the columns 'alias' and 'canonical'; it lacks {sorted(missing)}"
            )
        for alias, canonical in aliases[["alias", "canonical"]].astype(str).itertuples(index=False):
            names.setdefault(canonical, {canonical}).add(alias)
    return names


def mention_edges(
    index: CorpusIndex, *, aliases: pd.DataFrame | None = None, where: StatementFilter = ALL
) -> pd.DataFrame:
    """Edge list: for each speaker and each other person, the statements naming them.

    A name matches as a phrase (case-insensitive, on token boundaries); names longer than five
    words are matched by their first five. Self-mentions are left out.
    """
    mask = index.mask(where)
    rows = []
    for person, spellings in sorted(names_by_speaker(index, aliases).items()):
        naming = np.zeros(len(index), dtype=bool)
        for spelling in spellings:
            words = tokens.phrase_tokens(spelling)[: phrases.MAX_WORDS]
            if not words:
                continue
            ids = phrases.phrase_ids(index, " ".join(words))
            if ids is not None:
                naming[phrases.statement_counts(index, ids)[0]] = True
        naming &= mask
        credited = index.credits.kept(naming, speakers=where.speakers)
        by_speaker = np.bincount(index.credits.person[credited], minlength=len(index.speakers))
        for code in np.flatnonzero(by_speaker):
            speaker = index.speakers[code]
            if speaker != person:
                rows.append((speaker, person, int(by_speaker[code])))
    out = pd.DataFrame(rows, columns=COLUMNS)
    out = out.sort_values(["statements", "speaker", "mentioned"], ascending=[False, True, True])
    out = out.reset_index(drop=True)
    for column in ("speaker", "mentioned"):
        out[column] = out[column].astype("string")
    out["statements"] = out["statements"].astype(np.int64)
    return out
