"""Statement ids for a whole frame at once: the ids `schema.make_statement_id` gives row by row.

The keys are joined by Arrow in one pass and hashed straight from its buffer, and the ordinal
of repeated keys comes from one stable sort, so no Python string is built per row.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

_SEPARATOR = "\x1f"


def statement_ids(
    speaker_raw: pd.Series, dates: pd.Series, text: pd.Series, source: pd.Series
) -> pd.Series:
    """The id of every row: blake2b of speaker, date, text, source and the row's ordinal among
    rows with the same four fields (0 for the first), as make_statement_id computes it.

    `dates` are the dates as strings (empty when undated); no column may hold missing values.
    """
    named = {"speaker_raw": speaker_raw, "dates": dates, "text": text, "source": source}
    columns = [_arrow(series, name) for name, series in named.items()]
    separator = pa.scalar(_SEPARATOR, type=pa.large_string())
    key = pc.binary_join_element_wise(*columns, separator)
    ordinal = pa.array(_ordinals(key).astype(str), type=pa.large_string())
    full = pc.binary_join_element_wise(key, ordinal, separator)
    if isinstance(full, pa.ChunkedArray):
        full = full.combine_chunks()
    offsets = np.frombuffer(full.buffers()[1], dtype=np.int64)[full.offset : full.offset + len(full) + 1]
    data = memoryview(full.buffers()[2]) if len(full) else memoryview(b"")
    blake2b = hashlib.blake2b
    ids = [
        blake2b(data[a:b], digest_size=8).hexdigest()
        for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist(), strict=True)
    ]
    return pd.Series(pd.array(ids, dtype="string"), index=speaker_raw.index, name="statement_id")


def _arrow(series: pd.Series, name: str) -> pa.Array:
    if series.isna().any():
        raise ValueError(f"column {name!r} has missing values; ids need every field as a string")
    values = pa.array(series.astype("string").array)  # Arrow-backed strings: no copy per row
    if isinstance(values, pa.ChunkedArray):
        values = values.combine_chunks()
    return values.cast(pa.large_string())


def _ordinals(key: pa.Array) -> np.ndarray:
    """For each row, how many earlier rows have the same key."""
    codes, _ = pd.factorize(pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array([key]))))
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    starts = np.flatnonzero(np.concatenate(([True], sorted_codes[1:] != sorted_codes[:-1])))
    run_start = np.repeat(starts, np.diff(np.append(starts, sorted_codes.size)))
    ordinal = np.empty(codes.size, dtype=np.int64)
    ordinal[order] = np.arange(codes.size) - run_start
    return ordinal
