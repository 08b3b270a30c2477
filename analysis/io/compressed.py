"""Single-file compression (.gz, .bz2, .xz): read the plain file inside, with bomb checks."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from pathlib import PurePosixPath
from typing import Final

from analysis.io.archive import MAX_RATIO, MAX_TOTAL_BYTES
from analysis.io.errors import UploadError

COMPRESSED_SUFFIXES: Final[dict[str, str]] = {".gz": "gzip", ".bz2": "bzip2", ".xz": "xz"}
_CHUNK: Final[int] = 1 << 20  # also the size below which the ratio is not checked, as for zips


def is_compressed(name: str) -> bool:
    """True for a name ending in .gz, .bz2 or .xz."""
    return PurePosixPath(name).suffix.lower() in COMPRESSED_SUFFIXES


def inner_name(name: str) -> str:
    """The plain file's name: the compressed name without its compression suffix."""
    return PurePosixPath(name).with_suffix("").name


def decompress(
    data: bytes, *, name: str, max_total: int = MAX_TOTAL_BYTES, max_ratio: float = MAX_RATIO
) -> bytes:
    """Decompress a whole file in chunks, stopping at the size and ratio limits.

    Raises UploadError for a broken stream or one that expands past the limits.
    """
    kind = COMPRESSED_SUFFIXES[PurePosixPath(name).suffix.lower()]
    out = io.BytesIO()
    try:
        with _open(kind, data) as stream:
            while chunk := stream.read(_CHUNK):
                out.write(chunk)
                _check_size(out.tell(), len(data), name=name, max_total=max_total,
                            max_ratio=max_ratio)
    except UploadError:
        raise
    except (OSError, EOFError, lzma.LZMAError, ValueError) as error:
        raise UploadError(f"{name} is not a readable {kind} file ({error}).") from None
    return out.getvalue()


def _open(kind: str, data: bytes) -> io.BufferedIOBase:
    """A reading stream over compressed bytes."""
    if kind == "gzip":
        return gzip.GzipFile(fileobj=io.BytesIO(data))
    if kind == "bzip2":
        return bz2.BZ2File(io.BytesIO(data))
    return lzma.LZMAFile(io.BytesIO(data))


def _check_size(size: int, packed: int, *, name: str, max_total: int, max_ratio: float) -> None:
    """Refuse output past the total limit, or a large output far bigger than its input."""
    if size > max_total:
        raise UploadError(
            f"{name} expands past the {max_total / 1_000_000:.0f} MB limit; "
            "split it into smaller files."
        )
    if size > _CHUNK and size > max(packed, 1) * max_ratio:
        raise UploadError(
            f"{name} expands more than {max_ratio:g}-fold; this looks like a decompression bomb."
        )
