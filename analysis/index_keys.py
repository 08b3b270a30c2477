"""Cache keys of corpus indexes: a hash of the corpus content, the pipeline and its NLTK data."""

from __future__ import annotations

import hashlib

import pandas as pd

from analysis import nltk_resources, tokens

_KEY_COLUMNS = ("statement_id", "speaker", "date", "date_precision", "source", "text")


def content_key(frame: pd.DataFrame, pipeline_version: str) -> str:
    """A short hex key that changes whenever the corpus text, speakers, dates or data change."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"v{pipeline_version}|{nltk_resources.resource_fingerprint()}|".encode())
    digest.update("\x1f".join(sorted(tokens.stopword_set())).encode("utf-8"))
    columns = [c for c in _KEY_COLUMNS if c in frame.columns]
    digest.update("|".join(columns).encode())
    rows = pd.util.hash_pandas_object(frame[columns], index=False)
    digest.update(rows.to_numpy().tobytes())
    digest.update(str(len(frame)).encode())
    return digest.hexdigest()
