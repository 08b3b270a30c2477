"""VADER's scoring rules, restated over per-word facts looked up once per distinct token.

NLTK's `SentimentIntensityAnalyzer.polarity_scores` rebuilds a SentiText for every text and
re-derives the same facts about each word (lower case, lexicon valence, booster, negation) at
every position it is looked at. Each fact depends on the token alone, so here they are kept per
token, and only the rules that depend on neighbours (caps differential, boosters and negation in
the three words before, idioms, "least", "but") run per text. The arithmetic is NLTK's, in
NLTK's order, including its quirks: a repeated word is scored with the context of its first
occurrence. tests/test_vader_rules.py checks equality with NLTK on the real corpora.
"""

from __future__ import annotations

import functools
import math
import string
from typing import Final, NamedTuple

from nltk.sentiment.vader import VaderConstants

from analysis.text import nltk_resources

_C: Final = VaderConstants
_PUNCTUATION: Final = frozenset(string.punctuation)
_SO_THIS: Final = ("so", "this")
# Past this many distinct tokens the per-token table is emptied, bounding a worker's memory.
WORD_TABLE_LIMIT: Final = 1_000_000


class Word(NamedTuple):
    """What VADER's rules ask of one whitespace token of a text."""

    text: str  # the token with one listed punctuation mark before or after it removed
    lower: str
    upper: bool
    lex: float | None  # lexicon valence of the lower-cased word
    scored: bool  # valued by its own lexicon entry (boosters are not)
    booster: float | None
    negates: bool


@functools.cache
def _lexicon() -> dict[str, float]:
    return dict(nltk_resources.vader_analyzer().lexicon)


_TABLE: dict[str, Word] = {}


def _word(token: str) -> Word:
    """The facts of one token, computed once."""
    found = _TABLE.get(token)
    if found is not None:
        return found
    if len(_TABLE) >= WORD_TABLE_LIMIT:
        _TABLE.clear()
    text = _strip_mark(token)
    lower = text.lower()
    lex = _lexicon().get(lower)
    booster = _C.BOOSTER_DICT.get(lower)
    word = Word(
        text=text,
        lower=lower,
        upper=text.isupper(),
        lex=lex,
        scored=lex is not None and booster is None,
        booster=booster,
        negates=lower in _C.NEGATE or "n't" in lower,
    )
    _TABLE[token] = word
    return word


def _strip_mark(token: str) -> str:
    """SentiText's punctuation rule: a listed mark glued before or after a punctuation-free word
    of two or more characters is dropped; any other token stays as written."""
    if token[0] not in _PUNCTUATION and token[-1] not in _PUNCTUATION:
        return token
    for mark in _C.PUNC_LIST:
        if token.endswith(mark) and _plain(token[: -len(mark)]):
            return token[: -len(mark)]
        if token.startswith(mark) and _plain(token[len(mark) :]):
            return token[len(mark) :]
    return token


def _plain(core: str) -> bool:
    return len(core) > 1 and not any(ch in _PUNCTUATION for ch in core)


def valences(text: str) -> list[float]:
    """The per-word valences NLTK's polarity_scores computes for text (after its "but" rule)."""
    words = [_word(tok) for tok in text.split() if len(tok) > 1]
    out: list[float] = [0] * len(words)
    scored = [i for i, w in enumerate(words) if w.scored]
    if not scored:
        return out
    n = len(words)
    cap_diff = 0 < n - sum(1 for w in words if w.upper) < n
    first: dict[str, int] = {}
    for i in scored:
        seen = first.setdefault(words[i].text, i)
        out[i] = out[seen] if seen != i else _valence(words, i, cap_diff)
    return _but(words, out)


def compound(sentiments: list[float], text: str) -> float:
    """VADER's compound score of these valences with the punctuation emphasis of text."""
    if not sentiments:
        return 0.0
    sum_s = float(sum(sentiments))
    emphasis = _emphasis(text)
    if sum_s > 0:
        sum_s += emphasis
    elif sum_s < 0:
        sum_s -= emphasis
    return round(sum_s / math.sqrt((sum_s * sum_s) + 15), 4)


def _emphasis(text: str) -> float:
    marks = min(text.count("!"), 4)
    questions = text.count("?")
    asked: float = 0
    if questions > 1:
        asked = questions * 0.18 if questions <= 3 else 0.96
    return marks * 0.292 + asked


def _valence(words: list[Word], i: int, cap_diff: bool) -> float:
    word = words[i]
    if word.lower == "kind" and i < len(words) - 1 and words[i + 1].lower == "of":
        return 0
    valence: float = word.lex  # type: ignore[assignment]  # scored words have one
    if word.upper and cap_diff:
        valence = valence + _C.C_INCR if valence > 0 else valence - _C.C_INCR
    for start_i in range(0, 3):
        if i > start_i and words[i - (start_i + 1)].lex is None:
            s = _scalar(words[i - (start_i + 1)], valence, cap_diff)
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            valence = _never(valence, words, start_i, i)
            if start_i == 2:
                valence = _idioms(valence, words, i)
    return _least(valence, words, i)


def _scalar(word: Word, valence: float, cap_diff: bool) -> float:
    scalar = 0.0
    if word.booster is not None:
        scalar = word.booster
        if valence < 0:
            scalar *= -1
        if word.upper and cap_diff:
            scalar = scalar + _C.C_INCR if valence > 0 else scalar - _C.C_INCR
    return scalar


def _never(valence: float, words: list[Word], start_i: int, i: int) -> float:
    if start_i == 0:
        return valence * _C.N_SCALAR if words[i - 1].negates else valence
    if start_i == 1:
        if words[i - 2].text == "never" and words[i - 1].text in _SO_THIS:
            return valence * 1.5
        return valence * _C.N_SCALAR if words[i - 2].negates else valence
    if (words[i - 3].text == "never" and words[i - 2].text in _SO_THIS) or words[i - 1].text in _SO_THIS:
        return valence * 1.25
    return valence * _C.N_SCALAR if words[i - 3].negates else valence


def _idioms(valence: float, words: list[Word], i: int) -> float:
    idioms = _C.SPECIAL_CASE_IDIOMS
    three, two, one, zero = (words[k].text for k in range(i - 3, i + 1))
    twoone = f"{two} {one}"
    threetwo = f"{three} {two}"
    for seq in (f"{one} {zero}", f"{two} {one} {zero}", twoone, f"{three} {two} {one}", threetwo):
        if seq in idioms:
            valence = idioms[seq]
            break
    if len(words) - 1 > i and f"{zero} {words[i + 1].text}" in idioms:
        valence = idioms[f"{zero} {words[i + 1].text}"]
    if len(words) - 1 > i + 1:
        ahead = f"{zero} {words[i + 1].text} {words[i + 2].text}"
        if ahead in idioms:
            valence = idioms[ahead]
    if threetwo in _C.BOOSTER_DICT or twoone in _C.BOOSTER_DICT:
        valence = valence + _C.B_DECR
    return valence


def _least(valence: float, words: list[Word], i: int) -> float:
    before = words[i - 1] if i > 0 else None
    if before is None or before.lex is not None or before.lower != "least":
        return valence
    if i > 1:
        if words[i - 2].lower != "at" and words[i - 2].lower != "very":
            return valence * _C.N_SCALAR
        return valence
    return valence * _C.N_SCALAR


def _but(words: list[Word], out: list[float]) -> list[float]:
    lowers = [w.lower for w in words]
    if "but" not in lowers:
        return out
    at = lowers.index("but")
    return [v * 0.5 if k < at else v * 1.5 if k > at else v for k, v in enumerate(out)]
