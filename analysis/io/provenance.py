"""Where an export came from: its view, corpus and filters, as a file name and a source line."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

MAX_NAME: Final[int] = 80  # characters before the suffix: short enough for any file system
SOURCE_PREFIX: Final[str] = "# Parley export"
_SAFE_NAME: Final = re.compile(r"[^a-z0-9]+")
_CONTROL: Final = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\u0085]+")


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits joined by "-" (anything else folds to one "-")."""
    return _SAFE_NAME.sub("-", text.lower()).strip("-")


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=3).hexdigest()


def name_part(text: str) -> str:
    """The slug of text, plus a short digest when letters outside ASCII were folded away."""
    folded = slug(text)
    if any(ch.isalnum() and not ch.isascii() for ch in text):
        return f"{folded}-{_digest(text)}" if folded else _digest(text)
    return folded


def one_line(text: str) -> str:
    """Text with its line breaks and control characters turned into single spaces."""
    return _CONTROL.sub(" ", text).strip()


@dataclass(frozen=True)
class Provenance:
    """The view an export shows, the corpus it comes from and the filters applied to it."""

    view: str  # e.g. "statements-per-quarter"
    corpus: str = ""
    filters: tuple[tuple[str, str], ...] = ()  # (URL parameter, value), one pair per value
    link: str = ""
    exported: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))

    def file_name(self, suffix: str) -> str:
        """`view_key-value_….suffix`: ASCII, at most MAX_NAME characters before the suffix.

        A value with no ASCII letters (a Cyrillic name) or a name cut to length gets a short
        digest of the full text, so two different filters never share a file name.
        """
        parts = [name_part(self.view) or "table"]
        parts += [f"{slug(key)}-{name_part(value) or _digest(value)}" for key, value in self.filters]
        name = "_".join(parts)
        if len(name) > MAX_NAME:
            name = name[: MAX_NAME - 7].rstrip("-_") + "_" + _digest(name)
        return f"{name}.{suffix}"

    def filter_text(self) -> str:
        """The filters as `key=value; key=value`, or "none"."""
        return "; ".join(f"{key}={one_line(value)}" for key, value in self.filters) or "none"

    def source_note(self) -> str:
        """One sentence for a chart's source line: corpus, filters and the export's date."""
        corpus = one_line(self.corpus) or "unnamed corpus"
        return (f"Source: Parley, corpus {corpus}; filters: {self.filter_text()}; "
                f"exported {self.exported:%Y-%m-%d}")

    def header_line(self) -> str:
        """The CSV's optional first line, `# Parley export: view · corpus · filters · when`."""
        fields: Sequence[str] = (
            f"{SOURCE_PREFIX}: {one_line(self.view)}",
            f"corpus: {one_line(self.corpus) or 'unnamed'}",
            f"filters: {self.filter_text()}",
            f"exported: {self.exported.astimezone(dt.UTC):%Y-%m-%dT%H:%M:%SZ}",
            *([f"link: {one_line(self.link)}"] if self.link else []),
        )
        return " · ".join(fields)
