"""Russian and Ukrainian word forms through pymorphy3: lemmas, names in the nominative, gender."""

from __future__ import annotations

from functools import lru_cache
from typing import Final, Literal

import pymorphy3
from pymorphy3.analyzer import Parse

SlavicLanguage = Literal["ru", "uk"]
Gender = Literal["male", "female"]
NameRole = Literal["given", "surname", "patronymic"]
_GRAMMEME_GENDER: Final[dict[str, Gender]] = {"masc": "male", "femn": "female"}
_NAME_TAGS: Final[dict[str, NameRole]] = {"Name": "given", "Surn": "surname", "Patr": "patronymic"}
# Tags that mark a capitalised word as something other than a person's name.
_NOT_NAME_TAGS: Final[frozenset[str]] = frozenset({"Geox", "Orgn", "Abbr", "Trad"})


@lru_cache(maxsize=2)
def _analyzer(lang: SlavicLanguage) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=65536)
def parses(word: str, lang: SlavicLanguage) -> tuple[Parse, ...]:
    """Every analysis pymorphy3 gives a word, most likely first."""
    return tuple(_analyzer(lang).parse(word))


def lemma(word: str, lang: SlavicLanguage) -> str:
    """The dictionary form of a word, lower-cased (`министра` gives `министр`)."""
    found = parses(word, lang)
    return found[0].normal_form if found else word.lower()


def lemma_among(word: str, lang: SlavicLanguage, vocabulary: frozenset[str]) -> str:
    """The word's lemma that a vocabulary holds, if any reading gives one; else its likeliest."""
    found = parses(word, lang)
    for parse in found:
        if parse.normal_form in vocabulary:
            return str(parse.normal_form)
    return found[0].normal_form if found else word.lower()


def is_nominative(word: str, lang: SlavicLanguage, gender: Gender | None = None) -> bool:
    """Say whether a word can be read in the nominative singular, of the given gender if known.

    A name word the dictionary does not know as a name or surname counts as nominative: only a
    known oblique form (`Савчука`) is evidence against it.
    """
    wanted = {"male": "masc", "female": "femn"}.get(gender or "")
    # a plural reading (`Сеитов`, genitive plural of `Сеит`) says nothing against a surname
    found = [
        p for p in parses(word, lang)
        if {"Name", "Surn", "Patr"} & set(p.tag.grammemes) and p.tag.number != "plur"
    ]
    if not found:
        return True
    return any(
        p.tag.case == "nomn" and p.tag.number != "plur"
        and (wanted is None or p.tag.gender in (wanted, None) or "Fixd" in p.tag)
        for p in found
    )


def name_role(word: str, lang: SlavicLanguage) -> NameRole | None:
    """Whether a capitalised word reads as a given name, surname or patronymic; None if not."""
    if not word[:1].isupper() or word.isupper():
        return None
    found = parses(word, lang)
    if not found or _NOT_NAME_TAGS & set(found[0].tag.grammemes):
        return None
    for tag, role in _NAME_TAGS.items():  # a given name first: `Ганна` is rarely a surname
        if any(tag in parse.tag and parse.tag.number != "plur" for parse in found):
            return role
    if lang == "uk" and _russian_given_name(word):
        return "given"  # the Ukrainian dictionary lacks some shared names (`Богдан`)
    return None


def _russian_given_name(word: str) -> bool:
    """Whether the Russian dictionary knows a word as a given name in the nominative singular."""
    return any(
        p.is_known and "Name" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"
        for p in parses(word, "ru")
    )


def can_be_surname(word: str, lang: SlavicLanguage) -> bool:
    """Say whether a capitalised word after a given name can be a surname (not a place or body)."""
    if not word[:1].isupper() or word.isupper():
        return False
    found = parses(word, lang)
    return not found or not _NOT_NAME_TAGS & set(found[0].tag.grammemes) or name_role(word, lang) is not None


def name_gender(word: str, lang: SlavicLanguage) -> Gender | None:
    """The gender of a given name (`Анна` female, `Олег` male); None when it is unclear."""
    genders = {
        _GRAMMEME_GENDER.get(str(p.tag.gender))
        for p in parses(word, lang)
        if "Name" in p.tag and p.tag.number != "plur"
    } - {None}
    return genders.pop() if len(genders) == 1 else None


def _pick(word: str, lang: SlavicLanguage, tag: str, gender: Gender | None) -> Parse | None:
    """The reading of a name word with the tag and gender wanted; for a surname the dictionary
    lacks (`Зимина`), any oblique noun or adjective reading of that gender."""
    wanted = {"male": "masc", "female": "femn"}.get(gender) if gender else None
    found = parses(word, lang)
    for parse in found:
        if tag in parse.tag and parse.tag.number != "plur" and (
            wanted is None or parse.tag.gender in (wanted, None) or "Fixd" in parse.tag
        ):
            return parse
    if tag != "Surn" or wanted is None:
        return None
    return next((
        p for p in found
        if p.tag.POS in ("NOUN", "ADJF") and p.tag.gender == wanted and p.tag.case != "nomn"
    ), None)


def _restore_case(form: str, like: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in form.split("-")) if like[:1].isupper() else form


def _nominative(word: str, lang: SlavicLanguage, tag: str, gender: Gender | None) -> str:
    parse = _pick(word, lang, tag, gender)
    if parse is None or "Fixd" in parse.tag:
        return word
    # the Ukrainian dictionary writes no number on singular-only names
    target = parse.inflect({"nomn", "sing"}) or parse.inflect({"nomn"})
    return _restore_case(target.word, word) if target is not None else word


def _reads_nominative(tokens: list[str], lang: SlavicLanguage, gender: Gender) -> bool:
    """Say whether every word of a name can be read in the nominative of one gender."""
    return all(is_nominative(t, lang, gender) for t in tokens)


def _oblique_gender(tokens: list[str], lang: SlavicLanguage) -> Gender | None:
    """The gender of a name in an oblique case: its given name's, else its surname's."""
    if given := next((g for t in tokens if (g := name_gender(t, lang))), None):
        return given
    for token in tokens:
        genders = {
            _GRAMMEME_GENDER.get(str(p.tag.gender)) for p in parses(token, lang)
            if "Surn" in p.tag and p.tag.case != "nomn"
        } - {None}
        if len(genders) == 1:
            return genders.pop()
    return None


def nominative_name(tokens: list[str], lang: SlavicLanguage) -> list[str]:
    """A personal name put back in the nominative: `Сергея Лаврова` gives `Сергей Лавров`.

    A name every word of which reads as a nominative of one gender is kept (`Юлія Пасічник`);
    otherwise the given name fixes the gender, so `Анны Зуевой` gives `Анна Зуева`, not `Зуев`.
    """
    if any(_reads_nominative(tokens, lang, g) for g in ("male", "female")) and len(tokens) > 1:
        return tokens
    gender = _oblique_gender(tokens, lang)
    out = []
    for token in tokens:
        role = name_role(token, lang)
        if role == "given":
            out.append(_nominative(token, lang, "Name", gender))
        elif role == "patronymic":
            out.append(_nominative(token, lang, "Patr", gender))
        elif role == "surname" or len(tokens) > 1:
            out.append(_nominative(token, lang, "Surn", gender))
        else:
            out.append(token)
    return out
def nominative_phrase(words: list[str], lang: SlavicLanguage) -> list[str]:
    """A role or institution in the nominative: its head word only (`пресс-службы Кремля`)."""
    if not words:
        return words
    head = words[0]
    found = parses(head, lang)
    if head.isupper() or not found or found[0].tag.POS != "NOUN":
        return words
    target = found[0].inflect({"nomn"})
    return [_restore_case(target.word, head) if target else head, *words[1:]]


def nominative_agreeing(words: list[str], head: int, lang: SlavicLanguage) -> list[str]:
    """A noun phrase in the nominative: its adjectives before the head agree with it
    (`обласній військовій адміністрації` gives `обласна військова адміністрація`)."""
    rest = nominative_phrase(words[head:], lang)
    nouns = [p for p in parses(words[head], lang) if p.tag.POS == "NOUN"] if head < len(words) else []
    if not nouns or words[head].isupper():
        return [*words[:head], *rest]
    return [_agreeing(word, nouns, lang) for word in words[:head]] + rest


def _agreeing(word: str, nouns: list[Parse], lang: SlavicLanguage) -> str:
    """One adjective put in the nominative of the gender and number of a noun reading it fits."""
    for noun in nouns:
        for parse in parses(word.lower(), lang):
            same = parse.tag.number == noun.tag.number and (
                noun.tag.number == "plur" or parse.tag.gender == noun.tag.gender
            )
            if parse.tag.POS == "ADJF" and parse.tag.case == noun.tag.case and same:
                target = parse.inflect({"nomn"})
                return _restore_case(target.word, word) if target is not None else word
    return word
