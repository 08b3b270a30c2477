"""Detect the text encoding of a file's bytes and decode it, line by line where it is mixed."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from analysis.io.errors import IngestError

# Single-byte Cyrillic encodings, told apart by charset-normalizer when bytes are mostly letters.
_CYRILLIC = ("cp1251", "koi8_r")
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"PK\x03\x04": "a zip archive",
}


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and what had to be repaired."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def decode_bytes(data: bytes, *, name: str) -> Decoded:
    """Decode a text file: BOMs, UTF-16, UTF-8, then a legacy single-byte codec per bad line."""
    if not data.strip():
        raise IngestError(f"{name}: the file is empty; expected statements, one per row")
    if data.startswith(codecs.BOM_UTF8):
        return _strip_nul(data[3:].decode("utf-8", errors="replace"), "utf-8-sig", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strip_nul(data.decode("utf-16", errors="replace"), "utf-16", name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strip_nul(data.decode(utf16, errors="replace"), utf16, name)
    _refuse_binary(data, name)
    try:
        return _strip_nul(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        return _decode_mixed(data, name)


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise UTF-16 text without a BOM by its NUL byte on every other position."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even_nul = head[0::2].count(0) / len(head[0::2])
    odd_nul = head[1::2].count(0) / len(head[1::2])
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes, name: str) -> None:
    """Raise for data that is not text: known binary signatures or many control bytes."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            hint = "name it .csv.gz (or .jsonl.gz, ...)" if "gzip" in what else "export it as CSV first"
            raise IngestError(f"{name}: this is {what}, not a text table; {hint}")
    head = data[:8192]
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    if control / len(head) > 0.10:
        raise IngestError(
            f"{name}: this looks like binary data, not text ({control} control bytes in the "
            "first 8 KB); expected CSV, TSV, JSON, JSON Lines, Parquet, Excel or plain text"
        )


def _decode_mixed(data: bytes, name: str) -> Decoded:
    """Decode UTF-8 lines as UTF-8 and the other lines with the best legacy codec."""
    lines: list[str | bytes] = []
    for raw in data.split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw)
    bad = [line for line in lines if isinstance(line, bytes)]
    legacy = _guess_legacy(b"\n".join(bad))
    text = "\n".join(
        line.decode(legacy, errors="replace") if isinstance(line, bytes) else line for line in lines
    )
    if not any(isinstance(line, str) and not line.isascii() for line in lines):
        return _strip_nul(text, legacy, name)  # a legacy file throughout, not a mixed one
    note = f"{len(bad)} lines were not valid UTF-8 and were read as {legacy}"
    decoded = _strip_nul(text, f"utf-8 + {legacy}", name)
    return Decoded(decoded.text, decoded.encoding, (note, *decoded.notes))


def _guess_legacy(sample: bytes) -> str:
    """Pick a single-byte codec: Western (cp1252) unless the bytes are mostly Cyrillic letters."""
    letters = sum(1 for b in sample if b > 127 or chr(b).isalpha())
    high = sum(1 for b in sample if b >= 0xC0)
    if letters and high / letters > 0.5:
        best = from_bytes(sample, cp_isolation=list(_CYRILLIC)).best()
        return best.encoding if best is not None and best.encoding in _CYRILLIC else "cp1251"
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def _strip_nul(text: str, encoding: str, name: str) -> Decoded:
    """Remove NUL characters, which no statement contains, and say how many were removed."""
    count = text.count("\x00")
    if not count:
        return Decoded(text, encoding)
    return Decoded(text.replace("\x00", ""), encoding, (f"removed {count} NUL characters",))
