"""The language of a statement: an ISO 639-1 code by lingua over a fixed set, `und` when unsure."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from analysis.text.letters import RUSSIAN_ONLY, UKRAINIAN_ONLY, Script, settled_language

if TYPE_CHECKING:
    from lingua import LanguageDetector

UNDETERMINED: Final = "und"
ENGLISH: Final = "en"
# What the detector may answer, by script. Parley's readers follow the Russia-Ukraine peace
# process: the sources are English, Russian, Ukrainian and Belarusian, with the European
# capitals that mediate (Polish, German, French, Italian, Spanish, Turkish). Every extra
# language costs time and memory and is one more way to mislabel a short text.
CYRILLIC_LANGUAGES: Final[tuple[str, ...]] = ("ru", "uk", "be")
LATIN_LANGUAGES: Final[tuple[str, ...]] = ("en", "pl", "de", "fr", "it", "es", "tr")
DETECTED: Final[tuple[str, ...]] = (*CYRILLIC_LANGUAGES, *LATIN_LANGUAGES)
# Fewer letters than this and any guess is close to chance between related languages.
MIN_LETTERS: Final = 12
# Texts up to this many characters get lingua's full model (1- to 5-grams); longer ones get its
# trigram model on their first PREFIX_CHARS, which is as accurate there and several times faster.
PREFIX_CHARS: Final = 200
# Between the two best candidates' confidences; closer than this is `und` (too close to call).
MIN_DISTANCE: Final = 0.05
CYRILLIC: Final = re.compile("[\u0400-\u04ff]")
# Runs of letters, counted by their lengths: a few dozen matches a text instead of hundreds.
_LETTERS: Final = re.compile(r"[^\W\d_]+")
_CYRILLICS: Final = re.compile("[\u0400-\u04ff]+")
# Every ISO 639-1 code (ISO 639-2's `und` for undetermined is accepted too).
_ISO_CODES: Final = """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv
    cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht
    hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la
    lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj
    om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv
    sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh
    zu"""
ISO_639_1: Final = frozenset(_ISO_CODES.split())


def normalise_code(value: str) -> str | None:
    """A language tag as its ISO 639-1 code ("EN", "en-GB", "uk_UA" -> en, en, uk), else None."""
    code = re.split(r"[-_]", value.strip().casefold(), maxsplit=1)[0]
    if code in ISO_639_1 or code == UNDETERMINED:
        return code
    return None


@functools.cache
def detector(script: Script, *, low_accuracy: bool) -> LanguageDetector:
    """lingua's detector for one script's languages, loaded once per process from the wheel."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    codes = CYRILLIC_LANGUAGES if script == "cyrillic" else LATIN_LANGUAGES
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    builder = LanguageDetectorBuilder.from_languages(*languages).with_preloaded_language_models()
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


def detect_languages(texts: Sequence[str]) -> list[str]:
    """The ISO 639-1 code of each text, or `und` when it is too short or too close to call."""
    distinct = list(dict.fromkeys(texts))  # a repeated text (boilerplate, a re-run wire) once
    if len(distinct) < len(texts):
        once = dict(zip(distinct, detect_languages(distinct), strict=True))
        return [once[text] for text in texts]
    codes = [UNDETERMINED] * len(texts)
    batches: dict[tuple[Script, bool], list[int]] = {}
    for i, text in enumerate(texts):
        head = text[: PREFIX_CHARS * 2]
        letters = _count(_LETTERS, head)
        if letters < MIN_LETTERS:
            continue
        script: Script = "cyrillic" if 2 * _count(_CYRILLICS, head) > letters else "latin"
        long = len(text) > PREFIX_CHARS
        # the letters alone, on the sample the detector would see, where they leave no doubt
        settled = settled_language(text[:PREFIX_CHARS] if long else text, script)
        if settled is not None:
            codes[i] = settled
            continue
        batches.setdefault((script, long), []).append(i)
    for (script, long), rows in batches.items():
        chosen = [texts[i][:PREFIX_CHARS] if long else texts[i] for i in rows]
        found = detector(script, low_accuracy=long).compute_language_confidence_values_in_parallel(chosen)
        for i, text, values in zip(rows, chosen, found, strict=True):
            ranked = [(v.language.iso_code_639_1.name.lower(), v.value) for v in values]
            codes[i] = _decide(text, ranked)
    return codes


def _count(runs: re.Pattern[str], text: str) -> int:
    """How many characters of the text the runs pattern matches."""
    return sum(map(len, runs.findall(text)))


def _decide(text: str, ranked: list[tuple[str, float]]) -> str:
    """The best candidate, settling a close Russian/Ukrainian call by the letters only one writes."""
    if not ranked or ranked[0][1] <= 0:
        return UNDETERMINED
    best, score = ranked[0]
    runner, second = ranked[1] if len(ranked) > 1 else ("", 0.0)
    if {best, runner} == {"ru", "uk"} and score - second < 0.5:
        ukrainian, russian = len(UKRAINIAN_ONLY.findall(text)), len(RUSSIAN_ONLY.findall(text))
        if ukrainian >= 2 and russian == 0:
            return "uk"
        if russian >= 2 and ukrainian == 0:
            return "ru"
    if score - second < MIN_DISTANCE:
        return UNDETERMINED
    return best
