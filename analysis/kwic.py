"""Concordance (keyword in context): every match of a phrase with its left and right words."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis import phrases, tokens
from analysis.filters import StatementFilter
from analysis.index import CorpusIndex

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
    """One row per match, in corpus order: the match and `window` words each side, as written."""
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
    offsets = index.arrays["offsets"]
    rows = []
    spans_of: dict[int, list[tuple[int, int]]] = {}
    texts = frame["text"]
    for start, stmt in zip(starts.tolist(), stmts.tolist(), strict=True):
        text = str(texts.iat[stmt])
        if stmt not in spans_of:
            spans_of[stmt] = tokens.token_spans(text)
        first = start - int(offsets[stmt]) - 1  # the stream has a sentinel before each statement
        rows.append((stmt, *_context(text, spans_of[stmt], first, len(ids), window)))
    return _frame(rows, frame)


def _context(
    text: str, spans: list[tuple[int, int]], first: int, length: int, window: int
) -> tuple[str, str, str]:
    """Left context, match and right context, each cut from the original text."""
    last = first + length - 1
    left_from = _walk(text, spans, first, -1, window)
    right_to = _walk(text, spans, last, 1, window)
    left = text[spans[left_from][0] : spans[first][0]] if left_from < first else ""
    right = text[spans[last][1] : spans[right_to][1]] if right_to > last else ""
    return " ".join(left.split()), text[spans[first][0] : spans[last][1]], " ".join(right.split())


def _walk(text: str, spans: list[tuple[int, int]], at: int, step: int, words: int) -> int:
    """The token index reached after passing `words` word tokens from `at` in direction step."""
    seen = 0
    position = at
    while seen < words and 0 <= position + step < len(spans):
        position += step
        a, b = spans[position]
        if tokens.is_word(text[a:b]):
            seen += 1
    return position


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
