"""Input files: paths, folders and zip archives expanded into named bytes, with zip guards."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from analysis.io.errors import IngestError

MAX_ZIP_MEMBERS = 20_000
MAX_ZIP_TOTAL_BYTES = 2 * 1024**3
MAX_ZIP_RATIO = 200


@dataclass(frozen=True)
class InputFile:
    """One input file as a name (for messages and format detection) and its bytes."""

    name: str
    data: bytes
    member: bool = False

    @property
    def suffix(self) -> str:
        """Lower-case file extension, with the dot."""
        return PurePosixPath(self.name).suffix.lower()


def expand_inputs(inputs: Sequence[Path | str | InputFile]) -> Iterator[InputFile]:
    """Yield every file behind the inputs: files as they are, folders walked, zips opened."""
    for item in inputs:
        if isinstance(item, InputFile):
            yield from _expand_file(item)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            if not files:
                raise IngestError(f"{path}: the folder holds no files")
            for file in files:
                yield from _expand_file(InputFile(str(file), file.read_bytes(), member=True))
        elif path.is_file():
            yield from _expand_file(InputFile(str(path), path.read_bytes()))
        else:
            raise IngestError(f"{path}: no such file or folder")


def _hidden(path: Path, root: Path) -> bool:
    """True for dot-files and files inside dot-folders below root."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _expand_file(item: InputFile) -> Iterator[InputFile]:
    """Yield the file itself, or the members of a zip archive."""
    if item.suffix == ".zip":
        yield from read_zip(item)
    else:
        yield item


def read_zip(item: InputFile) -> Iterator[InputFile]:
    """Yield the regular members of a zip, refusing bombs, path tricks and nested archives."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(item.data))
    except zipfile.BadZipFile as exc:
        raise IngestError(f"{item.name}: not a readable zip archive ({exc})") from exc
    members = [m for m in archive.infolist() if not m.is_dir()]
    check_zip_members(item.name, members, compressed_size=len(item.data))
    for member in sorted(members, key=lambda m: m.filename):
        parts = PurePosixPath(member.filename).parts
        if any(p.startswith(".") or p == "__MACOSX" for p in parts):
            continue
        yield InputFile(f"{item.name}/{member.filename}", archive.read(member), member=True)


def check_zip_members(
    name: str, members: Iterable[zipfile.ZipInfo], *, compressed_size: int
) -> None:
    """Raise IngestError for a zip that is too large, too compressed or has unsafe paths."""
    members = list(members)
    if len(members) > MAX_ZIP_MEMBERS:
        raise IngestError(f"{name}: {len(members)} files in the zip; at most {MAX_ZIP_MEMBERS}")
    total = sum(m.file_size for m in members)
    if total > MAX_ZIP_TOTAL_BYTES:
        raise IngestError(
            f"{name}: the zip unpacks to {total:,} bytes; at most {MAX_ZIP_TOTAL_BYTES:,}"
        )
    if total > 1_000_000 and total > MAX_ZIP_RATIO * max(compressed_size, 1):
        raise IngestError(
            f"{name}: the zip unpacks to {total // max(compressed_size, 1)}x its size, "
            "which looks like a decompression bomb; unpack it yourself and load the files"
        )
    for member in members:
        path = PurePosixPath(member.filename.replace("\\", "/"))
        if path.is_absolute() or ".." in path.parts:
            raise IngestError(f"{name}: the zip member {member.filename!r} points outside it")
        if PurePosixPath(member.filename).suffix.lower() == ".zip":
            raise IngestError(f"{name}: nested zip {member.filename!r}; unpack it first")
