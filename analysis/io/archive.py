"""Checks on uploaded zip archives: decompression bombs, path tricks, links and encryption."""

from __future__ import annotations

import io
import stat
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import Final

from analysis.io.errors import UploadError

MAX_TOTAL_BYTES: Final[int] = 1_000_000_000  # uncompressed, all members together
MAX_FILES: Final[int] = 10_000
MAX_RATIO: Final[float] = 200.0  # uncompressed/compressed; plain text rarely passes 20
_CHUNK: Final[int] = 1 << 20


@dataclass(frozen=True)
class ZipMember:
    """One regular file inside a checked archive."""

    name: str
    size: int


def check_zip(
    data: bytes,
    *,
    name: str = "upload.zip",
    max_total: int = MAX_TOTAL_BYTES,
    max_files: int = MAX_FILES,
    max_ratio: float = MAX_RATIO,
) -> list[ZipMember]:
    """Return the archive's regular files, or raise UploadError when it is unsafe to extract.

    Sizes are measured by decompressing (never trusting the headers), stopping at the limits.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as error:
        raise UploadError(f"{name} is not a readable zip archive ({error}).") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > max_files:
            raise UploadError(
                f"{name} holds {len(infos)} entries; at most {max_files} are accepted. "
                "Split it into smaller archives."
            )
        members: list[ZipMember] = []
        total = 0
        for info in infos:
            _check_name(info, archive_name=name)
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise UploadError(f"{name}: {info.filename} is encrypted; upload it unencrypted.")
            size = _measure(
                archive, info, archive_name=name, budget=max_total - total, limit=max_total
            )
            if size > max(info.compress_size, 1) * max_ratio and size > _CHUNK:
                raise UploadError(
                    f"{name}: {info.filename} expands {size // max(info.compress_size, 1)}-fold, "
                    f"more than the {max_ratio:g}-fold allowed; this looks like a zip bomb."
                )
            total += size
            members.append(ZipMember(info.filename, size))
    return members


def _check_name(info: zipfile.ZipInfo, *, archive_name: str) -> None:
    """Reject absolute paths, parent-directory steps, drive letters and symbolic links."""
    raw = info.filename
    windows = PureWindowsPath(raw)
    posix = PurePosixPath(raw.replace("\\", "/"))
    if posix.is_absolute() or windows.drive or windows.root or ".." in posix.parts or "\x00" in raw:
        raise UploadError(
            f"{archive_name}: the entry {raw!r} points outside the archive; "
            "re-create the zip with relative paths only."
        )
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise UploadError(f"{archive_name}: {raw!r} is a symbolic link; links are refused.")


def _measure(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, archive_name: str, budget: int, limit: int
) -> int:
    """Decompress one member in chunks and return its true size, stopping past the budget."""
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > budget:
                    raise UploadError(
                        f"{archive_name} expands past the {_human(limit)} "
                        f"limit at {info.filename}; upload fewer or smaller files."
                    )
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
        raise UploadError(f"{archive_name}: {info.filename} cannot be read ({error}).") from None
    return size


def _human(count: int) -> str:
    """Format a byte count for a sentence."""
    return f"{count / 1_000_000:.0f} MB" if count >= 1_000_000 else f"{count} bytes"
