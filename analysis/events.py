"""Events to read a timeline against: a `date,label[,speaker]` table, validated, and its link form."""

from __future__ import annotations

import base64
import binascii
import zlib
from typing import Final

import numpy as np
import pandas as pd

from analysis.corpus.dates import parse_dates
from analysis.corpus.precision import date_labels
from analysis.io.delimited import read_delimited
from analysis.io.errors import IngestError
from analysis.io.source import InputFile

COLUMNS: Final[tuple[str, ...]] = ("date", "date_precision", "label", "speaker")
# A timeline with hundreds of vertical markers is unreadable; a table that long is another corpus.
MAX_EVENTS: Final[int] = 200
MAX_LABEL_CHARS: Final[int] = 120
# Browsers and proxies keep links of a few thousand characters; the rest of the view needs room.
MAX_LINK_CHARS: Final[int] = 2_000
_SHOWN_PROBLEMS: Final[int] = 5
_EXPECTED: Final[str] = ("An events table is a CSV with the columns date,label (and optionally "
                         "speaker), one event per row, e.g. 2025-11-20,28-point plan published")


class EventsError(IngestError):
    """An events table cannot be used; the message names the file and the rows."""


def empty_events() -> pd.DataFrame:
    """An events frame without events."""
    return pd.DataFrame({"date": pd.Series(dtype="datetime64[us, UTC]"),
                         "date_precision": pd.Series(dtype="string"),
                         "label": pd.Series(dtype="string"), "speaker": pd.Series(dtype="string")})


def read_events(data: bytes, *, name: str) -> pd.DataFrame:
    """Read and validate an events CSV; any bad row raises EventsError naming it."""
    raw = read_delimited(InputFile(name, data))
    problems = [f"row {row}: {reason}" for row, reason in raw.refused]
    return events_frame(raw.frame, name=name, problems=problems)


def events_frame(table: pd.DataFrame, *, name: str, problems: list[str] | None = None
                 ) -> pd.DataFrame:
    """Validate a table of date, label and optional speaker strings into an events frame."""
    columns = {str(c).strip().lower(): c for c in table.columns}
    missing = [c for c in ("date", "label") if c not in columns]
    if missing:
        raise EventsError(f"{name}: no {' or '.join(repr(c) for c in missing)} column; the "
                          f"columns are {[str(c) for c in table.columns]}. {_EXPECTED}.")
    if table.empty:
        raise EventsError(f"{name}: the table has no events. {_EXPECTED}.")
    if len(table) > MAX_EVENTS:
        raise EventsError(f"{name}: {len(table):,} events; at most {MAX_EVENTS} are drawn on a "
                          "timeline. Keep the ones that matter for this corpus.")
    text = table[columns["date"]].fillna("").astype(str).str.strip()
    labels = table[columns["label"]].fillna("").astype(str).str.strip()
    speakers = (table[columns["speaker"]].fillna("").astype(str).str.strip()
                if "speaker" in columns else pd.Series("", index=table.index))
    parsed = parse_dates(text)
    found = list(problems or [])
    for row in table.index:
        if parsed.errors[row]:
            found.append(f"row {row}: the date {text[row]!r} is not a date (write YYYY-MM-DD, "
                         "YYYY-MM or YYYY)")
        if not labels[row]:
            found.append(f"row {row}: the label is empty (give each event a short label)")
        elif len(labels[row]) > MAX_LABEL_CHARS:
            found.append(f"row {row}: the label has {len(labels[row])} characters; at most "
                         f"{MAX_LABEL_CHARS} fit beside a timeline")
    if found:
        shown = "; ".join(found[:_SHOWN_PROBLEMS])
        more = f" (and {len(found) - _SHOWN_PROBLEMS} more)" if len(found) > _SHOWN_PROBLEMS else ""
        raise EventsError(f"{name}: {len(found)} problem(s), so no event was loaded: {shown}{more}. "
                          "Fix those rows and load the table again.")
    events = pd.DataFrame({"date": parsed.dates, "date_precision": parsed.precision,
                           "label": labels.astype("string"), "speaker": speakers.astype("string")})
    return events.sort_values("date", kind="stable").reset_index(drop=True)


def events_within(events: pd.DataFrame, *, start: pd.Timestamp, end: pd.Timestamp,
                  speakers: tuple[str, ...] = ()) -> pd.DataFrame:
    """The events dated in [start, end) (a naive bound is UTC), of these speakers or of no one."""
    chosen = for_speakers(events, speakers)
    keep = (chosen["date"] >= _aware(start)) & (chosen["date"] < _aware(end))
    return chosen.loc[keep].reset_index(drop=True)


def for_speakers(events: pd.DataFrame, speakers: tuple[str, ...]) -> pd.DataFrame:
    """With speakers chosen, only their events and those of no one; else every event."""
    if not speakers:
        return events
    return events.loc[(events["speaker"] == "") | events["speaker"].isin(list(speakers))]


def _aware(stamp: pd.Timestamp) -> pd.Timestamp:
    stamp = pd.Timestamp(stamp)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def event_names(events: pd.DataFrame) -> list[str]:
    """Each event's label, with its speaker in brackets when it has one."""
    return [f"{label} ({speaker})" if speaker else str(label)
            for label, speaker in zip(events["label"], events["speaker"], strict=True)]


def period_events(starts: pd.Series, ends: pd.Series, events: pd.DataFrame) -> pd.Series:
    """For each period [start, end), the names of its events joined by "; " (empty when none)."""
    names = np.array(event_names(events), dtype=object)
    dates = _utc(events["date"])
    labels = ["; ".join(names[(dates >= s) & (dates < e)])
              for s, e in zip(_utc(starts), _utc(ends), strict=True)]
    return pd.Series(labels, index=starts.index, dtype="string")


def _utc(values: pd.Series) -> np.ndarray:
    """Timestamps as naive UTC datetime64 (a naive input is taken as UTC)."""
    stamps = pd.DatetimeIndex(values)
    if stamps.tz is not None:
        stamps = stamps.tz_convert("UTC").tz_localize(None)
    return stamps.to_numpy(dtype="datetime64[us]")


def encode_events(events: pd.DataFrame) -> str:
    """The events as a compact link value; EventsError when the link would be too long."""
    if events.empty:
        return ""
    dates = date_labels(events["date"], events["date_precision"])
    lines = ["\t".join(row) for row in zip(dates, events["label"], events["speaker"], strict=True)]
    packed = zlib.compress("\n".join(lines).encode("utf-8"), 9)
    value = base64.urlsafe_b64encode(packed).decode("ascii").rstrip("=")
    if len(value) > MAX_LINK_CHARS:
        raise EventsError(f"The {len(events)} events take {len(value):,} characters in a link, more "
                          f"than the {MAX_LINK_CHARS:,} a link can safely carry, so a copied link "
                          "will not show them. Keep fewer events or shorter labels, or have them "
                          "configured on the server (PARLEY_EVENTS).")
    return value


def decode_events(value: str) -> pd.DataFrame:
    """Read a link's events back; a damaged value raises EventsError."""
    if len(value) > MAX_LINK_CHARS:
        raise EventsError(f"The link's events are {len(value):,} characters long, more than the "
                          f"{MAX_LINK_CHARS:,} Parley writes; they were ignored.")
    try:
        packed = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
        text = zlib.decompressobj().decompress(packed, 64 * MAX_LINK_CHARS).decode("utf-8")
    except (binascii.Error, zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise EventsError("The link's events could not be read (the link was cut or changed); "
                          "they were ignored. Load the events table on the Data page.") from exc
    rows = [[*line.split("\t"), "", ""][:3] for line in text.split("\n")]
    table = pd.DataFrame(rows, columns=["date", "label", "speaker"])
    table.index = pd.RangeIndex(1, len(table) + 1)
    return events_frame(table, name="the link's events")
