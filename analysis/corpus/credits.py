"""Speaker credits: the people each statement is credited to, when one cell names several.

A statement's `speaker` holds one canonical name, or several joined by "; " ("Михайло
Подоляк; Денис Шмигаль"). By-speaker views count a statement once for each person it credits;
corpus totals count it once. `Credits` is that statement -> person table, built from the
speaker column alone, so every part of Parley derives the same one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

SEPARATOR: Final = ";"
JOINER: Final = "; "


def split_names(cell: str) -> list[str]:
    """The people a speaker cell names, in order and each once ('A; B' gives ['A', 'B'])."""
    parts = [part.strip() for part in str(cell).split(SEPARATOR)]
    return list(dict.fromkeys(p for p in parts if p)) or [str(cell).strip()]


def join_names(names: Iterable[str]) -> str:
    """One speaker cell for several people, each once, in the order given."""
    return JOINER.join(dict.fromkeys(names))


def ranges(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """All integers of the half-open ranges [lo, hi), concatenated."""
    lengths = (np.asarray(hi) - np.asarray(lo)).astype(np.int64)
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    shift = np.repeat(np.asarray(lo, dtype=np.int64) - (np.cumsum(lengths) - lengths), lengths)
    return shift + np.arange(total)


@dataclass(frozen=True, eq=False)
class Credits:
    """Statement -> person credits, CSR by statement; one credit per statement in most corpora."""

    names: list[str]  # every credited person, sorted
    ptr: np.ndarray  # per statement: its first credit; ptr[-1] is the number of credits
    stmt: np.ndarray  # statement of each credit (ascending)
    person: np.ndarray  # person code (into names) of each credit

    @classmethod
    def of(cls, speaker: pd.Series) -> Credits:
        """Build the credits of a speaker column (one pass over its distinct cells)."""
        codes, cells = pd.factorize(speaker.astype(str))
        split = [split_names(cell) for cell in cells]
        names = sorted({name for people in split for name in people})
        code_of = {name: i for i, name in enumerate(names)}
        sizes = np.array([len(people) for people in split], dtype=np.int64)
        cell_ptr = np.concatenate(([0], np.cumsum(sizes)))
        cell_person = np.array([code_of[n] for people in split for n in people], dtype=np.int32)
        per_statement = sizes[codes] if len(codes) else np.zeros(0, dtype=np.int64)
        ptr = np.concatenate(([0], np.cumsum(per_statement))).astype(np.int64)
        picked = ranges(cell_ptr[codes], cell_ptr[codes + 1])
        return cls(
            names=names,
            ptr=ptr,
            stmt=np.repeat(np.arange(len(codes), dtype=np.int32), per_statement),
            person=cell_person[picked] if picked.size else np.zeros(0, dtype=np.int32),
        )

    def per_person(self, keep: np.ndarray | None = None) -> np.ndarray:
        """Credits per person, of all or of the kept ones (a boolean per credit)."""
        person = self.person if keep is None else self.person[keep]
        return np.bincount(person, minlength=len(self.names))

    @property
    def shared(self) -> bool:
        """True when some statement credits more than one person."""
        return int(self.ptr[-1]) > self.ptr.size - 1

    def people(self, wanted: Collection[str]) -> np.ndarray:
        """Boolean per person: is it one of the wanted names (unknown names match nobody)."""
        chosen = set(wanted)
        return np.array([name in chosen for name in self.names], dtype=bool)

    def kept(self, mask: np.ndarray, *, speakers: Collection[str] = ()) -> np.ndarray:
        """Boolean per credit: its statement is kept, and (when speakers are named) its person
        is one of them, so a filter on one speaker never lends a joint statement to the other."""
        mask = np.asarray(mask, dtype=bool)
        keep = mask[self.stmt] if self.shared else mask.copy()  # one credit a statement: itself
        if speakers:
            keep &= self.people(speakers)[self.person]
        return keep


def credited_rows(frame: pd.DataFrame, *, speakers: Collection[str] = ()) -> pd.DataFrame:
    """One row per (statement, credited person) of a statement frame, speaker set to the
    person (only the named speakers' credits when given, as `Credits.kept` keeps them); the
    index repeats for a statement that credits several. The frame is not changed."""
    credits = Credits.of(frame["speaker"])
    if not credits.shared and not speakers:
        return frame
    keep = credits.kept(np.ones(len(frame), dtype=bool), speakers=speakers)
    out = frame.iloc[credits.stmt[keep]].copy()
    out["speaker"] = pd.array(credits.names, dtype="string").take(credits.person[keep])
    return out
