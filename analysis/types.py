"""Types shared across analysis/: period grains, date precisions, groupings and n-gram sizes."""

from __future__ import annotations

from typing import Final, Literal, get_args

Freq = Literal["day", "week", "month", "quarter", "year"]
FREQS: Final[tuple[Freq, ...]] = get_args(Freq)

DatePrecision = Literal["day", "month", "year", "none"]
DATE_PRECISIONS: Final[tuple[DatePrecision, ...]] = get_args(DatePrecision)

# A date counts in a period only when its precision is as fine as the period or finer: a
# statement dated only to its month cannot be placed on a day or week axis, and so on.
ALLOWED_PRECISIONS: Final[dict[Freq, frozenset[DatePrecision]]] = {
    "day": frozenset({"day"}),
    "week": frozenset({"day"}),
    "month": frozenset({"day", "month"}),
    "quarter": frozenset({"day", "month"}),
    "year": frozenset({"day", "month", "year"}),
}

By = Literal["speaker", "none"]
BYS: Final[tuple[By, ...]] = get_args(By)

Gram = Literal[1, 2, 3]


def check_freq(freq: str) -> None:
    """Raise ValueError for a frequency that is not one of FREQS."""
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {FREQS}, not {freq!r}")


def check_by(by: str) -> None:
    """Raise ValueError for a grouping that is not one of BYS."""
    if by not in BYS:
        raise ValueError(f"by must be one of {BYS}, not {by!r}")
