"""One speaker across scripts and spellings: Лукашенко, Lukashenka and Alexander Lukashenko.

Cyrillic names are romanised with translitua (Ukrainian by the official KMU 2010 table, others
by the Russian passport table, which gives the press's Sergey Lavrov and Lukashenka), then
grouped by the extractor's spelling rules (`analysis.extraction.transliteration`): a full
name joins another when surname and given name agree, a lone surname joins the one full name
it fits. People who share a surname but not a given name stay apart. Each group is shown
under its most frequent spelling; names the alias table gave are never regrouped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from typing import Final

import pandas as pd
import translitua

from analysis.corpus.credits import join_names, split_names
from analysis.corpus.speakers import alias_key, alias_map, canonical_speakers
from analysis.extraction.transliteration import fine_key, same_person, same_surname, strip_titles

# Letters (and the -ський adjective ending) only Ukrainian writes, and letters it never writes.
_UKRAINIAN: Final = re.compile(r"[іїєґ]|[сцз]ьк", re.IGNORECASE)
_NOT_UKRAINIAN: Final = re.compile(r"[ыэъёў]", re.IGNORECASE)
_CYRILLIC: Final = re.compile(r"[\u0400-\u04ff]")
_VOWELS: Final = re.compile(r"[aeiou]")
# A personal name: words of letters, with inner hyphens or apostrophes and initials' dots.
# Anything else ("Speaker 2", "<b>Team</b>", "@handle") is never grouped with another name.
_NAME: Final = re.compile(r"^(?:[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?)(?: [^\W\d_]+(?:[-'’][^\W\d_]+)*\.?)*$")


def romanisations(name: str) -> tuple[str, ...]:
    """A Cyrillic name in Latin letters: by the Ukrainian table (Зеленський gives Zelenskyi)
    when its letters say Ukrainian, the Russian one when they say otherwise, else by both
    (Денис Шмигаль is Denys Shmyhal in Ukrainian, Denis Shmigal in Russian)."""
    if not _CYRILLIC.search(name):
        return (name,)
    plain = name.replace("ў", "u").replace("Ў", "U")  # Belarusian short u; neither table has it
    ukrainian = translitua.translit(plain, translitua.UkrainianKMU)
    russian = translitua.translit(plain, translitua.RussianInternationalPassport)
    if _UKRAINIAN.search(plain):
        return (ukrainian,)
    if _NOT_UKRAINIAN.search(name):
        return (russian,)
    return (ukrainian, russian)


def romanise(name: str) -> str:
    """The first of a name's romanisations (the Ukrainian one when both are possible)."""
    return romanisations(name)[0]


def spelling_groups(counts: Counter[str], *, anchors: Collection[str] = ()) -> dict[str, str]:
    """Map each name to the spelling its person is shown under: an anchor (a canonical name
    from the alias table) when its group has one, else the group's most frequent spelling."""
    fixed = set(anchors)
    names = sorted((n for n in counts if _NAME.match(n)), key=lambda n: (-counts[n], n))
    shown: dict[str, str] = {n: n for n in counts}
    groups = (group for block in _blocks(names) for group in _groups(block, fixed))
    for group in groups:
        anchored = [n for n in group if n in fixed]
        label = anchored[0] if anchored else max(group, key=lambda n: (counts[n], len(n.split()), n))
        for name in group:
            shown[name] = label
    return shown


def _blocks(names: list[str]) -> list[list[str]]:
    """Names split into blocks that share no surname skeleton (its consonants after the
    spelling folds), keeping their order. Two spellings of one surname always share it, so
    grouping block by block finds what grouping all names would, without comparing all pairs."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    keys = {name: [_skeleton(r) for r in romanisations(name)] for name in names}
    for first, *rest in keys.values():
        for other in rest:
            parent[root(other)] = root(first)
    blocks: dict[str, list[str]] = {}
    for name in names:
        blocks.setdefault(root(keys[name][0]), []).append(name)
    return list(blocks.values())


def _skeleton(name: str) -> str:
    """The consonants of a name's last word, spelling-folded: Lukashenka and Lukashenko give lkshnk."""
    return _VOWELS.sub("", fine_key(strip_titles(name).split(" ")[-1]))


def _groups(names: list[str], fixed: set[str]) -> list[list[str]]:
    """Names of one person together: full names by surname and given name, then each lone
    surname with the one full name it fits, else with its spelling peers."""
    latin = {name: tuple(strip_titles(r) for r in romanisations(name)) for name in names}

    def person(a: str, b: str) -> bool:
        return any(same_person(x, y) for x in latin[a] for y in latin[b])

    def surname(full_name: str, single: str) -> bool:
        return any(same_surname(x.split()[-1], y) for x in latin[full_name] for y in latin[single])

    full = [n for n in names if len(latin[n][0].split()) >= 2]
    groups: list[list[str]] = [[n] for n in full if n in fixed]
    for name in (n for n in full if n not in fixed):
        home = next((g for g in groups if any(person(name, m) for m in g[:8])), None)
        if home is None:
            groups.append([name])
        else:
            home.append(name)
    singles: list[list[str]] = []
    for name in (n for n in names if n not in full):
        owners = [g for g in groups if any(surname(m, name) for m in g)]
        peers = [g for g in singles if surname(g[0], name)]
        if name in fixed or len(owners) > 1 or (not owners and not peers):
            singles.append([name])
        else:
            (owners or peers)[0].append(name)
    return groups + singles


def unify_spellings(speaker: pd.Series, *, anchors: Collection[str] = ()) -> pd.Series:
    """The speaker column with every spelling of one person replaced by the one shown for it
    (each person of a several-person cell on its own; counts are of credited statements)."""
    cells = speaker.astype(str).value_counts()
    counts: Counter[str] = Counter()
    for cell, n in cells.items():
        for name in split_names(str(cell)):
            counts[name] += int(n)
    shown = spelling_groups(counts, anchors=anchors)
    renamed = {cell: join_names(shown.get(n, n) for n in split_names(str(cell))) for cell in cells.index}
    return speaker.astype(str).map(renamed).astype("string")


def speaker_column(
    raw: pd.Series, *, aliases: pd.DataFrame | None = None, dates: pd.Series | None = None,
    resolved: pd.Series | None = None,
) -> pd.Series:
    """Canonical speakers of raw names: the alias table (`canonical_speakers`), else a name the
    input already resolved (an article's extractor, given as `resolved`, "" where none), else
    the raw name; then one spelling per person for the names the alias table left alone."""
    canonical = canonical_speakers(raw, aliases=aliases, dates=dates)
    if resolved is not None:
        lookup = alias_map(aliases)
        in_table = raw.map(lambda name: alias_key(name) in lookup).astype(bool)
        names = resolved.fillna("").astype(str)
        canonical = canonical.where((names == "") | in_table, names).astype("string")
    anchors = set(aliases["canonical"]) if aliases is not None and len(aliases) else set()
    return unify_spellings(canonical, anchors=anchors)
