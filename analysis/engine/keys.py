"""Cache keys of corpus indexes: a hash of the corpus content, the pipeline and its NLTK data."""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.text import nltk_resources, tokens

_KEY_COLUMNS = ("statement_id", "speaker", "date", "date_precision", "source", "text")


def _column_bytes(series: pd.Series) -> list[memoryview | bytes]:
    """The raw bytes of a column: Arrow buffers for text, int64 values for dates."""
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        values = series.dt.tz_convert("UTC").dt.tz_localize(None).to_numpy(dtype="datetime64[us]")
        return [values.astype(np.int64).tobytes()]
    converted = pa.array(series.astype("string"))
    if isinstance(converted, pa.ChunkedArray):
        # chunks of a file read can share one large buffer: copy into one compact array
        converted = converted.combine_chunks()
    compact = pa.concat_arrays([converted.cast(pa.large_string())])
    parts: list[memoryview | bytes] = [str((len(compact), compact.null_count)).encode()]
    parts.extend(memoryview(buffer) for buffer in compact.buffers()[1:] if buffer is not None)
    return parts


def content_key(frame: pd.DataFrame, pipeline_version: str) -> str:
    """A short hex key that changes whenever the corpus text, speakers, dates or data change."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"v{pipeline_version}|{nltk_resources.resource_fingerprint()}|".encode())
    digest.update("\x1f".join(sorted(tokens.stopword_set())).encode("utf-8"))
    digest.update(str(len(frame)).encode())
    for column in _KEY_COLUMNS:
        if column in frame.columns:
            digest.update(f"|{column}|".encode())
            for part in _column_bytes(frame[column]):
                digest.update(part)
    return digest.hexdigest()
