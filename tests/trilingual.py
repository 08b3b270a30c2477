"""A generated English, Russian and Ukrainian statements corpus whose concept counts are known.

Every statement is built from sentences written for the project: neutral filler, plus a drawn
number of sentences that name a concept. The sentences that name one are of three kinds: the
pattern as written ("мирный договор"), a form a glob covers ("санкций"), and an inflected form
that only a lemma-aware phrase search finds ("мирного договора"). The generator records how
many of each it put in every statement, so the expected counts come from construction.
"""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass

import pandas as pd

from analysis.concepts import Concept
from analysis.corpus.schema import conform_statements
from analysis.engine.index import CorpusIndex, build_index

CONCEPTS = (
    Concept("peace treaty", ("peace treaty", "мирный договор", "мирна угода")),
    # `sanctions` is also covered by `sanction*`: each such token must count once
    Concept("sanctions", ("sanction*", "sanctions", "санкци*", "санкці*")),
)
SPEAKERS = {"Olena Koval": ("uk", "en"), "Ivan Petrov": ("ru", "en"), "Mary Brooks": ("en",)}
FILLER = {
    "en": ("The talks continue in the capital.", "Our delegation met the partners this morning.",
           "We discussed the situation at the border.", "The minister answered questions."),
    "ru": ("Переговоры продолжаются в столице.", "Наша делегация встретилась с партнёрами.",
           "Мы обсудили ситуацию на границе.", "Министр ответил на вопросы журналистов."),
    "uk": ("Переговори тривають у столиці.", "Наша делегація зустрілася з партнерами.",
           "Ми обговорили ситуацію на кордоні.", "Міністр відповів на запитання журналістів."),
}
# concept -> language -> (sentences with the pattern as written, with an inflected form only)
NAMING = {
    "peace treaty": {
        "en": (("We want a peace treaty that lasts.", "A peace treaty is not a surrender."), ()),
        "ru": (("Мы готовы подписать мирный договор.", "Мирный договор возможен весной."),
               ("Мы говорили о подготовке мирного договора.", "Речь шла о мирном договоре.")),
        "uk": (("Мирна угода можлива лише на наших умовах.", "Мирна угода потрібна всім."),
               ("Ми обговорили умови мирної угоди.", "Йдеться про мирну угоду.")),
    },
    "sanctions": {  # every sentence names the concept once, through a glob if not as written
        "en": (("The sanctions must stay.", "They sanctioned three banks.",
                "New sanctions start in May."), ()),
        "ru": (("Новые санкции не помогут.", "Против нас ввели десятки санкций."), ()),
        "uk": (("Нові санкції вже діють.", "Ми тиснемо санкціями на агресора."), ()),
    },
}


@dataclass(frozen=True)
class Trilingual:
    """The corpus frame and, per statement, how many written and inflected mentions it holds."""

    frame: pd.DataFrame  # speaker, date, date_precision, text, language (as generated)
    written: pd.DataFrame  # one column per concept: mentions as written or through a glob
    inflected: pd.DataFrame  # one column per concept: mentions only lemmas find

    def expected(self, concept: str, *, lemmas: bool = False) -> pd.Series:
        """Mentions of a concept per (month, speaker), by construction."""
        counts = self.written[concept] + (self.inflected[concept] if lemmas else 0)
        month = pd.to_datetime(self.frame["date"]).dt.to_period("M").dt.start_time
        return counts.groupby([month.rename("period"), self.frame["speaker"]]).sum()


def trilingual(statements: int = 240, *, seed: int = 5) -> Trilingual:
    """Draw the corpus: each speaker writes in their languages over six months of 2024."""
    rng = random.Random(seed)
    rows, written, inflected = [], [], []
    names = list(SPEAKERS)
    for number in range(statements):
        speaker = names[number % len(names)]
        language = rng.choice(SPEAKERS[speaker])
        date = f"2024-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"
        sentences = [rng.choice(FILLER[language]) for _ in range(rng.randint(1, 3))]
        plain, bent = {}, {}
        for concept, by_language in NAMING.items():
            as_written, only_lemmas = by_language[language]
            plain[concept] = rng.randint(0, 2)
            bent[concept] = rng.randint(0, 1) if only_lemmas else 0
            sentences += [rng.choice(as_written) for _ in range(plain[concept])]
            sentences += [rng.choice(only_lemmas) for _ in range(bent[concept])]
        rng.shuffle(sentences)
        rows.append((speaker, date, "day", " ".join(sentences), language))
        written.append(plain)
        inflected.append(bent)
    frame = pd.DataFrame(rows, columns=["speaker", "date", "date_precision", "text", "language"])
    return Trilingual(frame, pd.DataFrame(written), pd.DataFrame(inflected))


def statements(corpus: Trilingual) -> pd.DataFrame:
    """The corpus as a conformed statement frame (its generated language column left out)."""
    frame = corpus.frame.drop(columns="language")
    return conform_statements(frame.assign(statement_id=[f"t{i}" for i in range(len(frame))]))


@functools.cache
def trilingual_index() -> tuple[Trilingual, CorpusIndex]:
    """The default corpus and its index, built once per test process."""
    corpus = trilingual()
    return corpus, build_index(statements(corpus))
