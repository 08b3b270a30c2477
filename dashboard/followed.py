"""What the Terms page follows: its phrases and concepts, their timelines and the concept editor."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Final

import pandas as pd
import streamlit as st

from analysis.concepts import Concept, concepts_from_text, concepts_to_text
from analysis.corpus.filters import StatementFilter
from analysis.types import By, Freq
from dashboard import controls, results
from dashboard.view import View

EDITOR_KEY: Final[str] = "t_concepts_editor"


@dataclass(frozen=True)
class Followed:
    """A phrase or a concept, under the label its chart, legend and concordance show."""

    label: str
    phrase: str = ""
    concept: Concept | None = None

    @property
    def column(self) -> str:
        """The column naming it in its timeline frame."""
        return "concept" if self.concept is not None else "phrase"


def followed_items(phrases: tuple[str, ...], concepts: tuple[Concept, ...]) -> list[Followed]:
    """Phrases first, then concepts (labelled as such, so a phrase and a concept never clash)."""
    return [*(Followed(p, phrase=p) for p in phrases),
            *(Followed(f"{c.name} (concept)", concept=c) for c in concepts)]


def parse_concepts(text: str) -> tuple[tuple[Concept, ...], str | None]:
    """The concepts of the editor's text, or none and the sentence that says what is wrong."""
    try:
        return concepts_from_text(text), None
    except ValueError as error:
        return (), str(error)


def timeline(view: View, item: Followed, *, freq: Freq, by: By, where: StatementFilter
             ) -> pd.DataFrame:
    """The item's timeline frame, with its `phrase` or `concept` column."""
    if item.concept is not None:
        return results.concept_timeline(view, (item.concept,), freq=freq, by=by, where=where)
    return results.phrase_timeline(view, (item.phrase,), freq=freq, by=by, where=where)


def comparison(view: View, items: list[Followed], *, freq: Freq, where: StatementFilter
               ) -> pd.DataFrame:
    """Every item for all speakers together, one block of rows each, named in `followed`."""
    parts = [timeline(view, item, freq=freq, by="none", where=where)
             .drop(columns=item.column).assign(followed=item.label) for item in items]
    frame = pd.concat(parts, ignore_index=True)
    return frame[["period", "followed", *[c for c in frame.columns if c not in
                                          ("period", "followed", "speaker")]]]


def concept_editor(concepts: tuple[Concept, ...]) -> None:
    """A table of concept,pattern rows; an edit rewrites the concepts text (and so the URL)."""
    table = pd.DataFrame([(c.name, p) for c in concepts for p in c.patterns],
                         columns=["concept", "pattern"], dtype="string")
    # keyed by its content: once an edit has rewritten the concepts, the editor starts afresh
    # from them instead of applying its pending edits a second time
    digest = hashlib.blake2b(concepts_to_text(concepts).encode(), digest_size=6).hexdigest()
    key = f"{EDITOR_KEY}-{digest}"
    st.data_editor(
        table, key=key, num_rows="dynamic", hide_index=True, on_change=_apply_edits,
        args=(table, key), column_config={
            "concept": st.column_config.TextColumn("Concept", help="The name its line shows"),
            "pattern": st.column_config.TextColumn(
                "Pattern", help="A word or phrase in any language; * is a glob inside a word"),
        },
    )
    st.caption("A row needs both a concept and a pattern; a row with either empty is not kept.")


def edited_text(table: pd.DataFrame, edits: dict[str, Any]) -> str:
    """The concepts text after the data editor's edits (edited, deleted and added rows)."""
    frame = table.copy()
    for row, changes in edits.get("edited_rows", {}).items():
        for column, value in changes.items():
            frame.loc[int(row), column] = value
    frame = frame.drop(index=[int(r) for r in edits.get("deleted_rows", [])])
    added = pd.DataFrame(edits.get("added_rows", []), columns=["concept", "pattern"])
    patterns: dict[str, list[str]] = {}
    for concept, pattern in pd.concat([frame, added]).itertuples(index=False):
        name, words = _clean(concept), _clean(pattern)
        if name and words:
            patterns.setdefault(name, []).append(words)
    return "; ".join(f"{name} = {', '.join(found)}" for name, found in patterns.items())


def _apply_edits(table: pd.DataFrame, key: str) -> None:
    st.session_state[controls.T_CONCEPTS.key] = edited_text(table, st.session_state[key])


def _clean(value: Any) -> str:
    return " ".join(str(value).split()) if isinstance(value, str) else ""
