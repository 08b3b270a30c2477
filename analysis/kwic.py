"""Concordance (keyword in context): every match of a phrase with its left and right words."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.corpus.filters import StatementFilter
from analysis.engine import phrases
from analysis.engine.index import CorpusIndex
from analysis.text import tokens

ALL = StatementFilter()
COLUMNS = ["statement_id", "speaker", "date", "left", "match", "right"]


def concordance(
    index: CorpusIndex,
    phrase: str,
    *,
    window: int = 8,
    where: StatementFilter = ALL,
    limit: int | None = None,
) -> pd.DataFrame:
    """One row per match, in corpus order: the match and `window` words each side, as written.

    The window is found in the index's token stream; only the sentences it spans are
    tokenised again, to cut the context from the original text.
    """
    if window < 0:
        raise ValueError(f"window must be 0 or more words, not {window}")
    ids = phrases.phrase_ids(index, phrase)
    frame = index.statements
    if ids is None:
        return _frame([], frame)
    starts = phrases.match_positions(index, ids)
    stmts = phrases.statement_of(index, starts)
    keep = index.mask(where)[stmts]
    starts, stmts = starts[keep], stmts[keep]
    if limit is not None:
        starts, stmts = starts[:limit], stmts[:limit]
    texts = frame["text"]
    rows = []
    for start, stmt in zip(starts.tolist(), stmts.tolist(), strict=True):
        text = str(texts.iat[stmt])
        rows.append((stmt, *_context(index, text, stmt, start, len(ids), window)))
    return _frame(rows, frame)


def _context(
    index: CorpusIndex, text: str, stmt: int, first: int, length: int, window: int
) -> tuple[str, str, str]:
    """Left context, match and right context, each cut from the original text."""
    offsets = index.enrichment.offsets
    last = first + length - 1
    lo = int(offsets[stmt]) + 1  # the stream has a sentinel before each statement
    hi = int(offsets[stmt + 1]) - 1
    left_from = _walk(index, first, -1, window, lo, hi)
    right_to = _walk(index, last, 1, window, lo, hi)
    spans = _spans(index, text, left_from, right_to)
    left = text[spans[left_from][0] : spans[first][0]] if left_from < first else ""
    right = text[spans[last][1] : spans[right_to][1]] if right_to > last else ""
    match = text[spans[first][0] : spans[last][1]]
    return " ".join(left.split()), match, " ".join(right.split())


def _walk(index: CorpusIndex, at: int, step: int, words: int, lo: int, hi: int) -> int:
    """Stream position reached after passing `words` word tokens from `at` in direction step."""
    stream, is_word = index.enrichment.tokens, index.enrichment.is_word
    seen = 0
    position = at
    while seen < words and lo <= position + step <= hi:
        position += step
        seen += bool(is_word[stream[position]])
    return position


def _spans(index: CorpusIndex, text: str, lo: int, hi: int) -> dict[int, tuple[int, int]]:
    """Character spans of the stream positions lo..hi, from the sentences that hold them."""
    sent_start = index.enrichment.sent_start
    first = int(np.searchsorted(sent_start, lo, side="right")) - 1
    last = int(np.searchsorted(sent_start, hi, side="right")) - 1
    spans: dict[int, tuple[int, int]] = {}
    for sentence in range(first, last + 1):
        begin, end = (int(x) for x in index.enrichment.sent_chars[sentence])
        pieces = tokens.sentence_token_spans(text[begin:end])
        position = int(sent_start[sentence])
        for offset, (a, b) in enumerate(pieces):
            spans[position + offset] = (begin + a, begin + b)
    return spans


def _frame(rows: list[tuple[int, str, str, str]], statements: pd.DataFrame) -> pd.DataFrame:
    picked = np.array([r[0] for r in rows], dtype=np.int64)
    chosen = statements.iloc[picked]
    return pd.DataFrame(
        {
            "statement_id": chosen["statement_id"].reset_index(drop=True),
            "speaker": chosen["speaker"].reset_index(drop=True),
            "date": chosen["date"].reset_index(drop=True),
            "left": pd.array([r[1] for r in rows], dtype="string"),
            "match": pd.array([r[2] for r in rows], dtype="string"),
            "right": pd.array([r[3] for r in rows], dtype="string"),
        },
        columns=COLUMNS,
    )
