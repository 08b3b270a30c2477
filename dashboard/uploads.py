"""Turn this session's uploaded files into loader inputs, refusing unsafe zips first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol

from analysis.io.archive import check_zip
from analysis.io.source import InputFile

ACCEPTED: Final[tuple[str, ...]] = (
    "csv", "tsv", "tab", "json", "jsonl", "ndjson", "parquet", "xlsx", "zip", "txt", "md", "html",
    "htm", "gz", "bz2", "xz",
)


class Uploaded(Protocol):
    """What st.file_uploader hands back, as far as Parley needs it."""

    name: str

    def getvalue(self) -> bytes: ...


def input_files(files: Sequence[Uploaded]) -> list[InputFile]:
    """Read uploads into InputFile objects; a zip must pass analysis.io.archive.check_zip."""
    inputs = []
    for item in files:
        data = item.getvalue()
        if item.name.lower().endswith(".zip"):
            check_zip(data, name=item.name)
        inputs.append(InputFile(item.name, data))
    return inputs
