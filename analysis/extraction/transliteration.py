"""Match one person's name across Cyrillic and Latin spellings without merging different people."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

import pandas as pd

from analysis.corpus.speakers import alias_key, alias_map, normalise_speaker
from analysis.extraction.lexicon import NAMING_TITLES, TITLE_WORDS

_CYRILLIC: Final[dict[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i",
    "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}
# Ukrainian and Belarusian write г for h and и for y; these letters give the language away.
_EAST_SLAVIC_H_RE: Final[re.Pattern[str]] = re.compile(r"[іїєґўэ]")
_CYRILLIC_RE: Final[re.Pattern[str]] = re.compile(r"[\u0400-\u04ff]")
# Spelling variants that transliteration schemes disagree on, folded to one form (in order).
_FOLDS: Final[tuple[tuple[re.Pattern[str], str], ...]] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"[^a-z]", ""), (r"x", "ks"), (r"ck|q", "k"), (r"w", "v"), (r"ph", "f"), (r"kh", "h"),
        (r"tz|tc", "ts"), (r"tch", "ch"), (r"j", "y"), (r"y", "i"),
        (r"(?<=[^aeiou])i(?=[aeou])", ""), (r"^i(?=[aeou])", ""), (r"(.)\1+", r"\1"),
    )
)
_VOWELS_RE: Final[re.Pattern[str]] = re.compile(r"[aeiou]")
_SPACE_RE: Final[re.Pattern[str]] = re.compile(r"\s+")


def to_latin(text: str) -> str:
    """Transliterate Cyrillic letters to Latin, lower-cased; other text is only lower-cased."""
    lowered = text.lower()
    if not _CYRILLIC_RE.search(lowered):
        return lowered
    h_for_g = bool(_EAST_SLAVIC_H_RE.search(lowered))
    table = {**_CYRILLIC, "г": "h" if h_for_g else "g", "и": "y" if h_for_g else "i"}
    return "".join(table.get(ch, ch) for ch in lowered)


@lru_cache(maxsize=65536)
def fine_key(word: str) -> str:
    """Fold one name word to a spelling-neutral key: Zelenskyy and Зеленський give zelenski."""
    plain = unicodedata.normalize("NFKD", to_latin(word))
    key = "".join(ch for ch in plain if not unicodedata.combining(ch))
    for pattern, repl in _FOLDS:
        key = pattern.sub(repl, key)
    return key


def _vowel_edits_only(a: str, b: str, limit: int) -> bool:
    """Say whether a and b differ by at most `limit` vowel insertions, deletions or swaps."""
    if _VOWELS_RE.sub("", a) != _VOWELS_RE.sub("", b) or abs(len(a) - len(b)) > limit:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= limit


@lru_cache(maxsize=65536)
def same_surname(a: str, b: str) -> bool:
    """Say whether two surnames are spellings of one name (Lukashenka, Lukashenko, Лукашенко)."""
    fa, fb = fine_key(a), fine_key(b)
    if fa == fb:
        return bool(fa)
    if min(len(fa), len(fb)) < 5:
        return False
    if fa[:-1] == fb[:-1] and {fa[-1], fb[-1]} == {"a", "o"}:
        return True  # Belarusian -a against Russian -o; gendered -ov/-ova differ in length
    return fa[-1] == fb[-1] and min(len(fa), len(fb)) >= 6 and _vowel_edits_only(fa, fb, 2)


@lru_cache(maxsize=65536)
def same_given_name(a: str, b: str) -> bool:
    """Say whether two given names can be one (Alyaksandr, Alexander, Oleksandr, or an initial)."""
    fa, fb = fine_key(a.rstrip(".")), fine_key(b.rstrip("."))
    if not fa or not fb:
        return False
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    return fa == fb or (min(len(fa), len(fb)) >= 4 and _vowel_edits_only(fa, fb, 2))


@lru_cache(maxsize=65536)
def strip_titles(name: str) -> str:
    """Drop leading titles and fold whitespace: 'President  Putin' gives 'Putin'."""
    folded = _SPACE_RE.sub(" ", name).strip()
    normalised = normalise_speaker(folded)
    if not all(t[:1].isupper() for t in normalised.split()):
        normalised = folded  # a role such as "spokeswoman for the Ministry" keeps its head
    tokens = normalised.split(" ")
    cut = 0
    while cut < len(tokens) - 1 and tokens[cut].rstrip(".").lower() in TITLE_WORDS | {"the"}:
        cut += 1
    naming = tokens[cut - 1].lower() in NAMING_TITLES if cut else False
    if cut and all(t[:1].isupper() for t in tokens[cut:]) and not (naming and cut == len(tokens) - 1):
        tokens = tokens[cut:]  # only a personal name is left: the rest was a title
    return " ".join(tokens)


def same_person(a: str, b: str) -> bool:
    """Say whether two full names (given name and surname) name one person."""
    ta, tb = strip_titles(a).split(), strip_titles(b).split()
    if len(ta) < 2 or len(tb) < 2:
        return False
    return same_surname(ta[-1], tb[-1]) and same_given_name(ta[0], tb[0])


def alias_table(aliases: pd.DataFrame | None) -> dict[str, str]:
    """The alias lookup (key: analysis.corpus.speakers.alias_key) after checking the table's columns."""
    if aliases is not None and not {"alias", "canonical"} <= set(aliases.columns):
        raise ValueError(
            f"alias table needs the columns alias, canonical; it has {list(aliases.columns)}"
        )
    return alias_map(aliases)


def _label(members: list[str], counts: Counter[str]) -> str:
    """Pick a group's name: the most-worded Latin spelling, then the most frequent."""
    return max(
        members,
        key=lambda n: (len(n.split()), not _CYRILLIC_RE.search(n), counts[n], -members.index(n)),
    )


def _fixed_by_aliases(names: Sequence[str], table: dict[str, str]) -> dict[str, str]:
    """Names the alias table settles, by the raw name or the name without titles."""
    fixed: dict[str, str] = {}
    for name in set(names):
        for key in (alias_key(name), alias_key(strip_titles(name))):
            if key in table:
                fixed[name] = table[key]
                break
    return fixed


def _full_name_groups(counts: Counter[str], anchors: list[str]) -> dict[str, str]:
    """Group full names that are one person and label each group (an alias anchor first)."""
    groups: list[list[str]] = [[a] for a in anchors if len(a.split()) >= 2]
    full = sorted((n for n in counts if len(n.split()) >= 2), key=lambda n: -counts[n])
    for name in full:
        for group in groups:
            if any(same_person(name, member) for member in group[:8]):
                group.append(name)
                break
        else:
            groups.append([name])
    anchored = set(anchors)
    canon_of: dict[str, str] = {}
    for group in groups:
        label = group[0] if group[0] in anchored else _label(group, counts)
        for member in group:
            canon_of[member] = label
    return canon_of


def _attach_single_names(counts: Counter[str], canon_of: dict[str, str]) -> None:
    """A lone surname joins the one full name it belongs to; otherwise its spelling peers."""
    singles = [n for n in counts if len(n.split()) < 2]
    for single in singles:
        owners = {canon_of[m] for m in canon_of if same_surname(m.split()[-1], single)}
        if len(owners) == 1:
            canon_of[single] = owners.pop()
    for single in singles:
        if single not in canon_of:
            peers = [s for s in singles if s not in canon_of and same_surname(s, single)]
            canon_of[single] = _label(peers, counts) if peers else single


def resolve_speakers(names: Sequence[str], *, aliases: pd.DataFrame | None = None) -> dict[str, str]:
    """Map each raw speaker name to one canonical name; an alias-table entry always wins."""
    table = alias_table(aliases)
    counts = Counter(strip_titles(n) for n in names if n)
    fixed = _fixed_by_aliases(names, table)
    anchors = sorted(set(table.values()), key=lambda n: (-len(n.split()), n))
    canon_of = _full_name_groups(counts, anchors)
    _attach_single_names(counts, canon_of)
    return {
        raw: fixed.get(raw) or canon_of.get(strip_titles(raw), strip_titles(raw))
        for raw in dict.fromkeys(names)
    }
