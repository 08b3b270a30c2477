"""A seeded generator of the fictional sample corpus, with planted signals for the tests."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import pandas as pd

from analysis.corpus import sample_text as pool
from analysis.io.export import write_frame

START: Final = dt.date(2024, 1, 1)
DAYS: Final = 731  # 2024-01-01 .. 2025-12-31, 24 months
TREATY_RISE: Final = dt.date(2025, 1, 1)  # the mediator's "peace treaty" rate rises from here
TONE_EVENT: Final = dt.date(2025, 3, 14)  # the Lorin bridge attack: Ilse Varga turns negative
MEDIATOR: Final = "Helena Strand"
TONE_SPEAKER: Final = "Ilse Varga"
DISTINCT_SPEAKERS: Final = ("Tomas Brandt", "Sofia Reyes")
TREATY_RATE: Final = {"before": 0.03, "after": 0.55, "others": 0.06}
TONE: Final = {"before": (0.35, 0.08), "after": (0.05, 0.75)}  # (positive, negative) sentence rates
MENTION_RATE: Final = 0.10
MONTH_PRECISION_SOURCE: Final = "Quarterly Review"


@dataclass(frozen=True)
class Speaker:
    """A fictional speaker: how they are written, what they talk about, where they are quoted."""

    name: str
    role: str
    spellings: tuple[str, ...]
    weight: float
    topics: dict[str, float] = field(default_factory=dict)
    sources: tuple[str, ...] = ("Wire Service International",)
    tone: tuple[float, float] = (0.2, 0.1)


SPEAKERS: Final = (
    Speaker("Anton Marek", "President of Valdoria", ("President Anton Marek", "Anton Marek"), 1.4,
            {"neutral": 2, "ceasefire": 1}, ("Valdoria State Radio", "The Nordvik Herald", "Social media")),
    Speaker(TONE_SPEAKER, "Foreign Minister of Valdoria", ("Ilse Varga", "Foreign Minister Ilse Varga"),
            1.2, {"neutral": 2}, ("Valdoria State Radio", "Wire Service International", "Social media")),
    Speaker("Tomas Brandt", "Defence Minister of Valdoria", ("Tomas Brandt", "Tomáš Brandt"), 0.9,
            {"military": 4, "neutral": 1}, ("Valdoria State Radio", "Wire Service International")),
    Speaker("Lena Ostrova", "Valdorian government spokesperson", ("Lena Ostrova",), 0.8,
            {"neutral": 3, "ceasefire": 1}, ("Valdoria State Radio", "Social media")),
    Speaker("Dmitri Volkan", "President of Kestria",
            ("Dmitri Volkan", "Dmitry Volkan", "Дмитрий Волкан", "President Volkan"), 1.4,
            {"neutral": 2, "ceasefire": 1}, ("Kestria Today", "Wire Service International"), (0.15, 0.2)),
    Speaker("Sergei Talov", "Foreign Minister of Kestria", ("Sergei Talov", "Sergey Talov", "Сергей Талов"),
            1.0, {"neutral": 2}, ("Kestria Today", "Wire Service International"), (0.15, 0.2)),
    Speaker("Yana Krivets", "Kestrian presidential spokesperson", ("Yana Krivets", "Yana Krivetz"), 0.7,
            {"neutral": 3}, ("Kestria Today", "Social media"), (0.1, 0.15)),
    Speaker("Oleg Sarin", "Chief of the Kestrian General Staff", ("General Oleg Sarin", "Oleg Sarin"), 0.5,
            {"military": 1, "neutral": 2}, ("Kestria Today",), (0.05, 0.25)),
    Speaker(MEDIATOR, "Special Envoy of the Council of Nations",
            ("Helena Strand", "Special Envoy Helena Strand"), 1.1, {"mediation": 3, "neutral": 1},
            ("Council Press Office", "Wire Service International"), (0.3, 0.05)),
    Speaker("Erik Lund", "Prime Minister of Nordvik", ("Prime Minister Erik Lund", "Erik Lund"), 0.7,
            {"neutral": 2, "ceasefire": 1}, ("The Nordvik Herald", MONTH_PRECISION_SOURCE)),
    Speaker("Sofia Reyes", "Humanitarian coordinator of the Relief Alliance", ("Sofia Reyes",), 0.8,
            {"humanitarian": 4, "neutral": 1}, ("Wire Service International", "Social media"),
            (0.25, 0.15)),
    Speaker("Paolo Benedetti", "Secretary-General of the Council of Nations", ("Paolo Benedetti",), 0.6,
            {"mediation": 1, "neutral": 2}, ("Council Press Office", MONTH_PRECISION_SOURCE), (0.3, 0.05)),
)
_POOLS: Final = {
    "neutral": pool.NEUTRAL, "ceasefire": pool.CEASEFIRE, "military": pool.MILITARY,
    "humanitarian": pool.HUMANITARIAN, "mediation": pool.MEDIATION,
}
_NAME_WORDS: Final = frozenset(w for s in SPEAKERS for name in (s.name, *s.spellings) for w in name.split())
_SENTENCE_COUNTS: Final = ((1, 2, 3, 4, 5, 6, 7), (8, 12, 18, 20, 16, 10, 6))


def sample_aliases() -> pd.DataFrame:
    """The alias table that resolves every spelling in the sample to its canonical name."""
    rows = [
        {"alias": spelling, "canonical": s.name}
        for s in SPEAKERS for spelling in s.spellings if spelling != s.name
    ]
    rows.append({"alias": "Volkan", "canonical": "Dmitri Volkan"})
    return pd.DataFrame(rows, columns=["alias", "canonical"])


def generate_sample(statements: int = 3000, *, seed: int = 7) -> pd.DataFrame:
    """Generate the fictional corpus as input-like rows: speaker as written, date, text, source."""
    rng = random.Random(seed)
    weights = [s.weight for s in SPEAKERS]
    rows: list[tuple[tuple[dt.date, int], dict[str, str]]] = []
    for number in range(statements):
        speaker = rng.choices(SPEAKERS, weights)[0]
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        source = rng.choice(speaker.sources)
        text = _statement(rng, speaker, day)
        rows.append(((day, number), {
            "speaker": rng.choice(speaker.spellings),
            "date": _written_date(rng, day, source),
            "text": text,
            "source": source,
            "title": f"{speaker.role}: remarks of {day:%d %B %Y}",
            "url": "" if source == "Social media" else f"https://example.org/parley-sample/{number + 1}",
        }))
    rows.sort(key=lambda r: r[0])
    return pd.DataFrame([r[1] for r in rows], columns=["speaker", "date", "text", "source", "title", "url"])


def write_sample(path: Path, *, statements: int = 3000, seed: int = 7) -> pd.DataFrame:
    """Write the generated corpus as CSV, JSON Lines or Parquet, chosen by the file extension."""
    frame = generate_sample(statements, seed=seed)
    write_frame(frame, path)
    return frame


def _statement(rng: random.Random, speaker: Speaker, day: dt.date) -> str:
    """Compose one statement from the speaker's topic pools, tone and planted signals."""
    count = rng.choices(*_SENTENCE_COUNTS)[0]
    positive, negative = speaker.tone
    if speaker.name == TONE_SPEAKER:
        positive, negative = TONE["after" if day >= TONE_EVENT else "before"]
    topics, topic_weights = zip(*speaker.topics.items(), strict=True)
    sentences = []
    for _ in range(count):
        roll = rng.random()
        chosen: tuple[str, ...]
        if roll < negative:
            chosen = pool.NEGATIVE
        elif roll < negative + positive:
            chosen = pool.POSITIVE
        else:
            chosen = _POOLS[rng.choices(topics, topic_weights)[0]]
        sentences.append(rng.choice(chosen))
    if rng.random() < _treaty_rate(speaker, day):
        sentences[rng.randrange(len(sentences))] = rng.choice(pool.TREATY)
    if speaker.name == TONE_SPEAKER and day >= TONE_EVENT and rng.random() < 0.3:
        sentences[0] = rng.choice(pool.EVENT_NEGATIVE)
    if rng.random() < MENTION_RATE:
        other = rng.choice([s for s in SPEAKERS if s is not speaker])
        sentences.append(rng.choice(pool.MENTIONS).format(other=rng.choice((other.name, *other.spellings))))
    filled = [
        s.format(city=rng.choice(pool.CITIES), country=rng.choice(pool.COUNTRIES),
                 n=rng.randrange(12, 30), weekday=rng.choice(pool.WEEKDAYS), other="")
        for s in sentences
    ]
    opener = rng.choice(pool.OPENERS)
    if opener:
        first_word = filled[0].split(" ", 1)[0]
        keep_case = first_word == "I" or first_word in _NAME_WORDS
        filled[0] = opener + (filled[0] if keep_case else filled[0][0].lower() + filled[0][1:])
    return " ".join(filled)


def _treaty_rate(speaker: Speaker, day: dt.date) -> float:
    if speaker.name != MEDIATOR:
        return TREATY_RATE["others"]
    return TREATY_RATE["after" if day >= TREATY_RISE else "before"]


def _written_date(rng: random.Random, day: dt.date, source: str) -> str:
    """Write the date as the source would: month only, a local timestamp, or a plain date."""
    if source == MONTH_PRECISION_SOURCE:
        return f"{day:%Y-%m}"
    if source == "Social media":
        return f"{day:%Y-%m-%d}T{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}:00+02:00"
    return day.isoformat()
