"""The real-text benchmark corpus: presidential speeches split into paragraphs, replicated.

Size N takes the real paragraphs in corpus order; past the ~39k there are, each further copy
of the paragraphs replaces about one word in eight (at least one per paragraph, so a copy
never duplicates its original) with a pseudo-word drawn from a Zipfian vocabulary whose size
grows with N (N / 4 words: 250k at 1M), keeping the original word's capitalisation and its
surrounding punctuation. Copy 0 is the real text, byte for byte.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

import numpy as np
import pandas as pd

SHARED: Final = Path(__file__).resolve().parents[1].parent / "shared"
SPEECHES: Final = SHARED / "corpora" / "presidential-speeches.csv.gz"
LONG_PARAGRAPH_WORDS: Final = 1_000  # a longer blank-line paragraph is split at its line breaks
REPLACE_RATE: Final = 0.125
ZIPF_EXPONENT: Final = 1.05
_SYLLABLES: Final = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"] + ["sha", "tri", "quo", "ble"]
_TOKEN: Final = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)


def paragraphs(path: Path = SPEECHES) -> pd.DataFrame:
    """Every non-empty paragraph of every speech, with the speech's speaker, date and title."""
    if not path.is_file():
        raise SystemExit(f"{path} is missing: the real benchmark corpus is built from ../shared")
    speeches = pd.read_csv(path)
    pieces = speeches["text"].astype(str).map(_split_speech)
    frame = speeches.assign(text=pieces).explode("text", ignore_index=True)
    frame = frame[frame["text"].notna() & (frame["text"].str.len() > 0)]
    return pd.DataFrame(
        {
            "speaker": frame["speaker"].astype(str),
            "date": frame["date"].astype(str),
            "text": frame["text"].astype(str),
            "source": "Miller Center",
            "title": frame["title"].astype(str),
            "url": frame["source"].astype(str),
        }
    ).reset_index(drop=True)


def _split_speech(text: str) -> list[str]:
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = paragraph.strip()
        if len(paragraph.split()) > LONG_PARAGRAPH_WORDS:
            out.extend(line.strip() for line in paragraph.splitlines() if line.strip())
        elif paragraph:
            out.append(paragraph)
    return out


def pseudo_word(rank: int) -> str:
    """The pseudo-word of a vocabulary rank: two or more syllables, distinct for every rank."""
    base = len(_SYLLABLES)
    parts = [_SYLLABLES[rank % base]]
    rank //= base
    while True:
        parts.append(_SYLLABLES[rank % base])
        rank //= base
        if rank == 0:
            return "".join(parts)
        rank -= 1


def real_corpus(size: int, *, seed: int = 11, base: pd.DataFrame | None = None) -> pd.DataFrame:
    """The first `size` rows of the real paragraphs (or of base) followed by perturbed copies."""
    base = paragraphs() if base is None else base.reset_index(drop=True)
    copies = -(-size // len(base))
    if copies == 1:
        return base.iloc[:size].reset_index(drop=True)
    rng = np.random.default_rng(seed)
    tokens = [tok for text in base["text"] for tok in text.split()]
    lengths = base["text"].str.split().map(len).to_numpy()
    bounds = np.concatenate(([0], np.cumsum(lengths)))
    vocabulary = max(1_000, size // 4)
    weights = 1.0 / np.arange(1, vocabulary + 1) ** ZIPF_EXPONENT
    cdf = np.cumsum(weights) / weights.sum()
    words = [pseudo_word(r) for r in range(vocabulary)]
    texts = [base["text"]]
    for _ in range(1, copies):
        replace = rng.random(len(tokens)) < REPLACE_RATE
        # at least one replaced word per paragraph, so no copy equals its original
        replace[bounds[:-1] + (rng.random(len(base)) * lengths).astype(np.int64)] = True
        at = np.flatnonzero(replace)
        ranks = np.searchsorted(cdf, rng.random(at.size))
        out = list(tokens)
        for i, rank in zip(at.tolist(), ranks.tolist(), strict=True):
            out[i] = _replaced(tokens[i], words[rank])
        spans = zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True)
        texts.append(pd.Series([" ".join(out[a:b]) for a, b in spans]))
    frame = pd.concat([base] * copies, ignore_index=True)
    frame["text"] = pd.concat(texts, ignore_index=True)
    return frame.iloc[:size].reset_index(drop=True)


def _replaced(token: str, word: str) -> str:
    """The token with its word replaced, its punctuation and capitalisation kept."""
    pre, core, post = _TOKEN.match(token).groups()  # type: ignore[union-attr]
    return pre + _cased(word, core) + post


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word.capitalize() if like[:1].isupper() else word
