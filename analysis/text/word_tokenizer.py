"""NLTK's word tokenizer made faster without changing a token: stdlib `re`, and no pattern the
text has no character for."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from nltk import redos
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.util import align_tokens

_RE_FLAGS: Final = re.I | re.M | re.S | re.U | re.X | re.A


def _stdlib(pattern: Any) -> Any:
    """NLTK's pattern recompiled with the stdlib engine (same source and flags)."""
    if isinstance(pattern, redos.TimedPattern):
        return re.compile(pattern.pattern, pattern.flags & _RE_FLAGS)
    return pattern


class StdlibWordTokenizer(NLTKWordTokenizer):
    """NLTK's word tokenizer with its own patterns run by `re` instead of `nltk.redos`.

    NLTK 3.10 routes every pattern through a timeout-guarded `regex` wrapper, which makes the
    tokenizer about 2.3 times slower. These are NLTK's fixed patterns, not user input (the
    one prone to backtracking already uses a possessive quantifier, which `re` supports since
    Python 3.11), and tests/test_tokens.py checks the tokens are identical on real text.
    """


for _name in ("STARTING_QUOTES", "ENDING_QUOTES", "PUNCTUATION", "CONVERT_PARENTHESES"):
    setattr(
        StdlibWordTokenizer,
        _name,
        [(_stdlib(p), r) for p, r in getattr(NLTKWordTokenizer, _name)],
    )
for _name in ("PARENS_BRACKETS", "DOUBLE_DASHES"):
    _pattern, _replacement = getattr(NLTKWordTokenizer, _name)
    setattr(StdlibWordTokenizer, _name, (_stdlib(_pattern), _replacement))
for _name in ("CONTRACTIONS2", "CONTRACTIONS3"):
    setattr(StdlibWordTokenizer, _name, [_stdlib(p) for p in getattr(NLTKWordTokenizer, _name)])

# What each pattern needs in the text before it can match at all (a necessary condition, so
# skipping the pattern when the text lacks it changes nothing); None: always applied.
_NEEDS: Final = {
    "STARTING_QUOTES": ("«“‘„`", '"', "`", "\"'", "'"),
    "PUNCTUATION": (".", ":,", ":,", ".", ";@#$%&", "\u2012\u2013\u2014\u2015", ".", "?!", "'", "*"),
    "ENDING_QUOTES": ("»”’", "'", '"', None, "'", "'"),
}
_PARENS: Final = frozenset("[](){}<>")
# Every contraction pattern needs one of these words; in ASCII text lower-casing finds them as
# the patterns' (?i) does (other scripts go through the patterns' own engine).
_CONTRACTION_WORDS: Final = (
    "cannot", "d'ye", "gimme", "gonna", "gotta", "lemme", "more'n", "wanna", "'tis", "'twas"
)
_CONTRACTION_SEARCH: Final = re.compile("(?i)" + "|".join(_CONTRACTION_WORDS))
# NLTK's span_tokenize maps its converted quote tokens back to these marks of the text
_QUOTE_MARKS: Final = re.compile(r"``|'{2}|\"")
Rule = tuple[Any, str, frozenset[str] | None]


def _guarded(name: str) -> list[Rule]:
    rules = getattr(StdlibWordTokenizer, name)
    needs = _NEEDS[name]
    if len(needs) != len(rules):
        raise RuntimeError(f"NLTK's {name} has {len(rules)} patterns, not {len(needs)}: update _NEEDS")
    return [
        (pattern, replacement, None if need is None else frozenset(need))
        for (pattern, replacement), need in zip(rules, needs, strict=True)
    ]


def _apply(rules: list[Rule], text: str, chars: set[str]) -> str:
    for pattern, replacement, need in rules:
        if need is None or not chars.isdisjoint(need):
            text = pattern.sub(replacement, text)
    return text


def _has_contraction(text: str) -> bool:
    if text.isascii():
        lower = text.lower()
        return any(word in lower for word in _CONTRACTION_WORDS)
    return _CONTRACTION_SEARCH.search(text) is not None


class FastWordTokenizer(StdlibWordTokenizer):
    """NLTK's word tokenizer that skips every pattern the text has no character for.

    The characters checked are those of the input plus the quote marks NLTK writes for a
    double quote (patterns only ever add spaces, backticks and apostrophes), so a skipped
    pattern could not have matched and the tokens are NLTK's own; tests compare them with
    NLTK's tokenizer on the real corpora.
    """

    _STARTING = _guarded("STARTING_QUOTES")
    _PUNCT = _guarded("PUNCTUATION")
    _ENDING = _guarded("ENDING_QUOTES")

    def tokenize(self, text: str, convert_parentheses: bool = False, return_str: bool = False) -> list[str]:
        if convert_parentheses or return_str:
            return list(super().tokenize(text, convert_parentheses, return_str))
        chars = set(text)
        if '"' in chars:
            chars.update("`'")
        text = _apply(self._PUNCT, _apply(self._STARTING, text, chars), chars)
        if not _PARENS.isdisjoint(chars):
            text = self.PARENS_BRACKETS[0].sub(self.PARENS_BRACKETS[1], text)
        if "--" in text:
            text = self.DOUBLE_DASHES[0].sub(self.DOUBLE_DASHES[1], text)
        text = _apply(self._ENDING, " " + text + " ", chars)
        if _has_contraction(text):
            for regexp in self.CONTRACTIONS2:
                text = regexp.sub(r" \1 \2 ", text)
            for regexp in self.CONTRACTIONS3:
                text = regexp.sub(r" \1 \2 ", text)
        return text.split()

    def span_tokenize(self, text: str) -> Iterator[tuple[int, int]]:
        """NLTK's span_tokenize, with its quote-mark search run by `re` (the same pattern)."""
        raw_tokens = self.tokenize(text)
        if '"' in text or "''" in text:
            marks = iter([m.group() for m in _QUOTE_MARKS.finditer(text)])
            raw_tokens = [next(marks) if tok in ('"', "``", "''") else tok for tok in raw_tokens]
        yield from align_tokens(raw_tokens, text)
