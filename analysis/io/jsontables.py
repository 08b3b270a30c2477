"""Read JSON (an array of objects) and JSON Lines into frames of strings, nesting bounded."""

from __future__ import annotations

import json
import re
from typing import Any, Final

import numpy as np
import pandas as pd

from analysis.io.encoding import decode_bytes
from analysis.io.errors import IngestError
from analysis.io.limits import MAX_JSON_DEPTH, check_columns
from analysis.io.raw import RawTable, stringify
from analysis.io.source import InputFile

_STRING: Final = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET: Final = re.compile(r"[\[\]{}]")
_DEEPER: Final[str] = f"nested deeper than {MAX_JSON_DEPTH} levels"


def too_deep(text: str) -> bool:
    """True when arrays and objects nest deeper than MAX_JSON_DEPTH, brackets in strings aside."""
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return False  # cheap: not even that many brackets open in all
    brackets = "".join(_BRACKET.findall(_STRING.sub("", text)))
    steps = np.frombuffer(brackets.encode("ascii"), dtype=np.uint8)
    depth = np.cumsum(np.where((steps == ord("[")) | (steps == ord("{")), 1, -1))
    return bool(len(depth)) and int(depth.max()) > MAX_JSON_DEPTH


def read_json(item: InputFile) -> RawTable:
    """Read a JSON array of objects (or an object holding exactly one such array)."""
    decoded = decode_bytes(item.data, name=item.name)
    if too_deep(decoded.text):
        raise IngestError(
            f"{item.name}: the JSON is {_DEEPER}; statements need two or three. "
            "Flatten the records (one object per statement) and load it again"
        )
    try:
        payload = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        raise IngestError(
            f"{item.name}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); "
            "for one object per line, name the file .jsonl"
        ) from exc
    notes = list(decoded.notes)
    if isinstance(payload, dict):
        arrays = [k for k, v in payload.items() if isinstance(v, list)]
        if len(arrays) != 1:
            raise IngestError(
                f"{item.name}: expected a JSON array of statement objects, found an object with "
                f"the keys {list(payload)[:10]}; put the statements in a top-level array"
            )
        notes.append(f"read the statements from the key {arrays[0]!r}")
        payload = payload[arrays[0]]
    if not isinstance(payload, list):
        raise IngestError(f"{item.name}: expected a JSON array of objects, found {type(payload).__name__}")
    return _from_items(item.name, payload, decoded.encoding, notes)


def read_jsonl(item: InputFile) -> RawTable:
    """Read JSON Lines: one object per line; a bad line is refused, not fatal.

    Lines end at LF (or CRLF) only: U+2028, U+2029 and U+0085 may stand inside strings.
    """
    decoded = decode_bytes(item.data, name=item.name)
    items: list[Any] = []
    refused: list[tuple[int, str]] = []
    lines = [line.removesuffix("\r") for line in decoded.text.split("\n")]
    for line in (line for line in lines if line.strip()):
        number = len(items) + 1
        items.append(None)
        if too_deep(line):
            refused.append((number, _DEEPER))
            continue
        try:
            items[-1] = json.loads(line)
        except json.JSONDecodeError:
            refused.append((number, "invalid JSON"))
    table = _from_items(item.name, items, decoded.encoding, list(decoded.notes))
    table.refused = refused + table.refused
    return table


def _from_items(name: str, items: list[Any], encoding: str, notes: list[str]) -> RawTable:
    """Turn parsed JSON items into a frame, refusing items that are not objects."""
    refused = [
        (i, "not a JSON object") for i, obj in enumerate(items, start=1)
        if obj is not None and not isinstance(obj, dict)
    ]
    keep = [(i, obj) for i, obj in enumerate(items, start=1) if isinstance(obj, dict)]
    check_columns(len(set().union(*(obj.keys() for _, obj in keep))), name=name)
    frame = pd.DataFrame.from_records([obj for _, obj in keep])
    frame = frame.map(stringify).astype(str) if len(frame) else frame
    frame.index = pd.Index([i for i, _ in keep], name="row")
    return RawTable(name, frame, encoding, notes, refused)
