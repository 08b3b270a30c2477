"""Input files: paths, folders, zips and compressed files expanded into named bytes, with guards."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from analysis.io.archive import check_zip
from analysis.io.compressed import decompress, inner_name, is_compressed
from analysis.io.errors import IngestError


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
    """Yield the file itself, the plain file inside a compressed one, or a zip's members."""
    if item.suffix == ".zip":
        yield from read_zip(item)
    elif is_compressed(item.name):
        yield unpack(item)
    else:
        yield item


def unpack(item: InputFile) -> InputFile:
    """The plain file inside a .gz, .bz2 or .xz file, named like a zip member: x.csv.gz/x.csv."""
    inner = inner_name(item.name)
    if is_compressed(inner) or PurePosixPath(inner).suffix.lower() in (".zip", ".tar"):
        raise IngestError(f"{item.name}: an archive inside a compressed file; unpack it first")
    return InputFile(f"{item.name}/{inner}", decompress(item.data, name=item.name), member=item.member)


def read_zip(item: InputFile) -> Iterator[InputFile]:
    """Yield the regular members of a zip that passed the bomb, path-trick and link checks."""
    members = {m.name for m in check_zip(item.data, name=item.name)}
    archive = zipfile.ZipFile(io.BytesIO(item.data))
    for name in sorted(members):
        parts = PurePosixPath(name).parts
        if any(p.startswith(".") or p == "__MACOSX" for p in parts):
            continue
        if PurePosixPath(name).suffix.lower() == ".zip":
            raise IngestError(f"{item.name}: nested zip {name!r}; unpack it first")
        member = InputFile(f"{item.name}/{name}", archive.read(name), member=True)
        yield unpack(member) if is_compressed(name) else member
