"""Each statement's language: the input's own `language` or `lang` column wins, else detected."""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from analysis.text import language

LANGUAGE_COLUMNS: Final[tuple[str, ...]] = ("language", "lang")
BAD_LANGUAGE: Final = "language is not an ISO 639-1 code"


def language_column(columns: list[str]) -> str | None:
    """The input column that gives each row's language, if the table has one."""
    lowered = {str(c).strip().casefold(): c for c in columns}
    return next((lowered[name] for name in LANGUAGE_COLUMNS if name in lowered), None)


def given_languages(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """An input language column as ISO 639-1 codes ("" where empty), and which cells are not codes."""
    raw = values.fillna("").astype(str).str.strip()
    codes = raw.map(lambda v: language.normalise_code(v) if v else "")
    bad = codes.isna()
    return codes.fillna("").astype("string"), bad


def fill_languages(codes: pd.Series, texts: pd.Series) -> pd.Series:
    """Codes with every empty one detected from its text (`und` when too short to tell)."""
    missing = (codes.fillna("") == "").to_numpy()
    out = codes.fillna("").astype(str).to_numpy(dtype=object)
    if missing.any():
        out[missing] = language.detect_languages(texts[missing].astype(str).tolist())
    return pd.Series(out, index=codes.index, dtype="string")


def statement_languages(frame: pd.DataFrame) -> np.ndarray:
    """The language of every statement of a corpus frame: its column, detected where empty."""
    given = frame["language"] if "language" in frame.columns else pd.Series("", index=frame.index)
    return fill_languages(given.astype("string"), frame["text"]).to_numpy(dtype=str)


def vader_scores(languages: np.ndarray, texts: list[str]) -> np.ndarray:
    """Which statements VADER scores: English ones, and undetermined ones with no Cyrillic letter.

    VADER's lexicon is English; a short undetermined line in Latin letters ("Thank you!") is
    most often English and keeps its tone, a short Cyrillic one gets none.
    """
    english = languages == language.ENGLISH
    unknown = np.flatnonzero(languages == language.UNDETERMINED)
    for row in unknown:
        english[row] = not language.CYRILLIC.search(texts[row])
    return english
