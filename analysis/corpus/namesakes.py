"""Speakers that may be two people under one name (the Roosevelts, the Adamses), for the user
to split in the alias table; Parley never splits or merges them on its own."""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from analysis.corpus.credits import credited_rows
from analysis.extraction.transliteration import same_given_name, same_surname

# A bare surname silent for this many years between two statements may be two people:
# more than two US presidential terms (Cleveland's 1885 and 1893 stay one person).
GAP_YEARS: Final = 10
COLUMNS: Final = ["speaker", "statements", "first", "last", "reason"]
ALIAS_COLUMNS: Final = ["alias", "canonical", "from", "to"]


def possible_merges(frame: pd.DataFrame, *, gap_years: int = GAP_YEARS) -> pd.DataFrame:
    """One row per bare-surname speaker that may be several people: a long silence between
    their statements, or a surname two differently named speakers share."""
    credited = credited_rows(frame)
    names = credited["speaker"].astype(str)
    bare = sorted({n for n in names.unique() if len(n.split()) == 1})
    full = [n for n in names.unique() if len(n.split()) >= 2]
    years = credited["date"].dt.year
    rows = []
    for name in bare:
        dated = np.unique(years[(names == name).to_numpy()].dropna().astype(int))
        reasons = [*_gaps(dated, gap_years=gap_years), *_namesakes(name, full)]
        if reasons:
            first, last = (int(dated[0]), int(dated[-1])) if dated.size else (None, None)
            rows.append((name, int((names == name).sum()), first, last, "; ".join(reasons)))
    out = pd.DataFrame(rows, columns=COLUMNS)
    return out.astype({"speaker": "string", "reason": "string", "first": "Int64", "last": "Int64"})


def _gaps(years: np.ndarray, *, gap_years: int) -> list[str]:
    """Sentences for each silence longer than gap_years between consecutive statement years."""
    jumps = np.flatnonzero(np.diff(years) > gap_years)
    return [f"no statement from {years[i]} to {years[i + 1]} ({years[i + 1] - years[i]} years)"
            for i in jumps]


def _namesakes(surname: str, full: list[str]) -> list[str]:
    """A sentence when the surname is that of two or more people with different given names."""
    owners = [n for n in full if same_surname(n.split()[-1], surname)]
    distinct = [n for i, n in enumerate(owners)
                if not any(same_given_name(n.split()[0], o.split()[0]) for o in owners[:i])]
    if len(distinct) < 2:
        return []
    return [f"the surname of {', '.join(sorted(distinct)[:-1])} and {sorted(distinct)[-1]}"]


def split_rows(frame: pd.DataFrame, merges: pd.DataFrame, *, gap_years: int = GAP_YEARS) -> pd.DataFrame:
    """Dated alias rows that split each flagged speaker at its silences, one row per stretch,
    named by its years for the user to rename ("Roosevelt (1905)", "Roosevelt (1933-1945)")."""
    credited = credited_rows(frame)
    rows = []
    for name in merges["speaker"].astype(str):
        years = np.unique(credited.loc[credited["speaker"] == name, "date"].dt.year.dropna().astype(int))
        if years.size < 2:
            continue
        cuts = np.flatnonzero(np.diff(years) > gap_years) + 1
        for stretch in np.split(years, cuts):
            low, high = int(stretch[0]), int(stretch[-1])
            label = f"{name} ({low})" if low == high else f"{name} ({low}-{high})"
            rows.append((name, label, str(low), str(high)))
    return pd.DataFrame(rows, columns=ALIAS_COLUMNS, dtype="string")
