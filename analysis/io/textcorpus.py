"""NLTK-style plain-text corpora: one statement per file named YEAR-Speaker[-N].txt."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePosixPath

import pandas as pd

from analysis.io.encoding import decode_bytes
from analysis.io.raw import RawTable
from analysis.io.source import InputFile

_NAME = re.compile(r"^(?P<year>\d{4})-(?P<speaker>[^\d/\\][^/\\]*?)(?:-(?P<n>\d+))?\.txt$", re.I)


def is_corpus_file(name: str) -> bool:
    """True for a file named like NLTK's corpora: YEAR-Speaker[-N].txt."""
    return _NAME.match(PurePosixPath(name).name) is not None


def read_text_corpus(items: Sequence[InputFile], *, corpus: str) -> RawTable:
    """Read YEAR-Speaker[-N].txt files into rows of speaker, year-precision date and text."""
    rows = []
    encodings = set()
    notes: list[str] = []
    for item in items:
        match = _NAME.match(PurePosixPath(item.name).name)
        assert match, item.name
        decoded = decode_bytes(item.data, name=item.name) if item.data.strip() else None
        if decoded:
            encodings.add(decoded.encoding)
            notes.extend(f"{item.name}: {n}" for n in decoded.notes)
        rows.append({
            "speaker": match["speaker"].replace("_", " "),
            "date": match["year"],
            "text": decoded.text.strip() if decoded else "",
            "source": corpus,
            "title": PurePosixPath(item.name).stem,
            "file": item.name,
        })
    frame = pd.DataFrame(rows, columns=["speaker", "date", "text", "source", "title", "file"])
    frame.index = pd.RangeIndex(1, len(frame) + 1, name="row")
    return RawTable(corpus, frame, ", ".join(sorted(encodings)), notes)


def corpus_name(name: str) -> str:
    """Name a corpus after its zip archive or folder."""
    parts = PurePosixPath(name).parts
    for part in reversed(parts[:-1]):
        if part.lower().endswith(".zip"):
            return PurePosixPath(part).stem
    return PurePosixPath(name).parent.name or "corpus"
