"""Concordance (keyword in context): every match of a phrase or concept with its left and right words."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.concept_matches import concept_matches
from analysis.concepts import Concept
from analysis.corpus.filters import StatementFilter
from analysis.engine import phrases
from analysis.engine.index import CorpusIndex
from analysis.text import tokens

ALL = StatementFilter()
COLUMNS = ["statement_id", "speaker", "date", "left", "match", "right"]
CONCEPT_COLUMNS = [*COLUMNS, "pattern"]


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
    starts, stmts = _matches(index, ids, index.mask(where), limit)
    return _frame(_rows(index, starts, np.full(starts.size, len(ids)), stmts, window), frame)


def concept_concordance(
    index: CorpusIndex,
    concept: Concept,
    *,
    window: int = 8,
    where: StatementFilter = ALL,
    limit: int | None = None,
) -> pd.DataFrame:
    """One row per match of any of the concept's patterns, in corpus order, as concordance()
    gives them, with the `pattern` that matched (the match itself is the text as written)."""
    if window < 0:
        raise ValueError(f"window must be 0 or more words, not {window}")
    found = concept_matches(index, concept)
    stmts = phrases.statement_of(index, found.starts)
    kept = np.flatnonzero(index.mask(where)[stmts])[:limit]
    rows = _rows(index, found.starts[kept], found.lengths[kept], stmts[kept], window)
    chosen = pd.array(concept.patterns, dtype="string").take(found.patterns[kept])
    return _frame(rows, index.statements).assign(pattern=chosen)[CONCEPT_COLUMNS]


def _rows(
    index: CorpusIndex, starts: np.ndarray, lengths: np.ndarray, stmts: np.ndarray, window: int
) -> list[tuple[int, str, str, str]]:
    """(statement, left, match, right) of each match."""
    # the texts of the matching statements in one take, not one lookup per match
    unique, which = np.unique(stmts, return_inverse=True)
    texts = index.statements["text"].take(unique).astype(str).tolist()
    rows = []
    for start, length, stmt, at in zip(starts.tolist(), lengths.tolist(), stmts.tolist(),
                                       which.tolist(), strict=True):
        rows.append((stmt, *_context(index, texts[at], stmt, start, length, window)))
    return rows


def _matches(
    index: CorpusIndex, ids: tuple[int, ...], keep: np.ndarray, limit: int | None
) -> tuple[np.ndarray, np.ndarray]:
    """Start positions and statements of the first `limit` kept matches (all when None),
    checking candidates in growing runs so that a small limit stops early."""
    total = phrases.candidate_count(index, ids)
    run = total if limit is None else max(4 * limit, 1_024)
    found_starts, found_stmts = [], []
    done, found = 0, 0
    while done < total and (limit is None or found < limit):
        starts = phrases.match_positions(index, ids, skip=done, take=run)
        stmts = phrases.statement_of(index, starts)
        kept = keep[stmts]
        found_starts.append(starts[kept])
        found_stmts.append(stmts[kept])
        found += int(kept.sum())
        done += run
        run *= 2
    if not found_starts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32)
    starts, stmts = np.concatenate(found_starts), np.concatenate(found_stmts)
    return (starts, stmts) if limit is None else (starts[:limit], stmts[:limit])


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
        begin = int(index.enrichment.sent_chars[sentence][0])
        pieces = sentence_token_spans(index, text, sentence)
        position = int(sent_start[sentence])
        for offset, (a, b) in enumerate(pieces):
            spans[position + offset] = (begin + a, begin + b)
    return spans


def sentence_token_spans(index: CorpusIndex, text: str, sentence: int) -> list[tuple[int, int]]:
    """Character spans (within the sentence) of a stored sentence's tokens.

    An ASCII sentence without double quotes holds each of its tokens as written, so the
    stored (lower-cased) tokens are found in the lower-cased sentence left to right, as NLTK
    aligns its own; any other sentence is tokenised again.
    """
    enrichment = index.enrichment
    begin, end = (int(x) for x in enrichment.sent_chars[sentence])
    piece = text[begin:end]
    if piece.isascii() and '"' not in piece and "''" not in piece:
        stmt = int(enrichment.sent_stmt[sentence])
        start = int(enrichment.sent_start[sentence])
        following = sentence + 1
        same = following < enrichment.sent_stmt.size and int(enrichment.sent_stmt[following]) == stmt
        stop = int(enrichment.sent_start[following]) if same else int(enrichment.offsets[stmt + 1])
        spans = _aligned([index.vocab[i] for i in enrichment.tokens[start:stop].tolist()], piece.lower())
        if spans is not None:
            return spans
    return tokens.sentence_token_spans(piece)


def _aligned(words: list[str], folded: str) -> list[tuple[int, int]] | None:
    spans = []
    point = 0
    for word in words:
        found = folded.find(word, point)
        if found < 0:
            return None
        point = found + len(word)
        spans.append((found, point))
    return spans


def _frame(rows: list[tuple[int, str, str, str]], statements: pd.DataFrame) -> pd.DataFrame:
    picked = np.array([r[0] for r in rows], dtype=np.int64)
    # column by column: taking rows of the whole frame would copy every text as well
    chosen = {name: statements[name].take(picked).reset_index(drop=True) for name in COLUMNS[:3]}
    return pd.DataFrame(
        {
            "statement_id": chosen["statement_id"],
            "speaker": chosen["speaker"],
            "date": chosen["date"],
            "left": pd.array([r[1] for r in rows], dtype="string"),
            "match": pd.array([r[2] for r in rows], dtype="string"),
            "right": pd.array([r[3] for r in rows], dtype="string"),
        },
        columns=COLUMNS,
    )
