"""The two benchmark corpora, generated and real, with the queries each is timed on."""

from __future__ import annotations

import datetime as dt
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

CorpusKind = Literal["generated", "real"]
CORPORA: Final = Path(__file__).parent / "corpora"


@dataclass(frozen=True)
class CorpusSpec:
    """One benchmark corpus: its default sizes and the speakers, dates and phrases it is queried on."""

    kind: CorpusKind
    default_sizes: str
    speakers: tuple[str, str]
    six_months: tuple[dt.date, dt.date]
    query: str
    phrases: dict[int, list[str]]
    peer_phrases: tuple[str, ...]  # timed against polars and DuckDB (1 and 2 words)
    kwic_phrase: str
    target_phrase: str
    # concept timelines are timed on these: (name, patterns), up to 5 patterns each
    concepts: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def sizes(self) -> tuple[int, ...]:
        """Sizes from PARLEY_BENCH_SIZES, else this corpus's defaults."""
        return tuple(int(s) for s in os.environ.get("PARLEY_BENCH_SIZES", self.default_sizes).split(","))

    def filters(self) -> dict[str, object]:
        """The filters every query figure is taken under."""
        from analysis.corpus.filters import StatementFilter

        since, until = self.six_months
        return {
            "none": StatementFilter(),
            "2 speakers": StatementFilter(speakers=self.speakers),
            "6 months": StatementFilter(since=since, until=until),
            "query+speaker": StatementFilter(speakers=self.speakers[:1], query=self.query),
        }


SPECS: Final[dict[CorpusKind, CorpusSpec]] = {
    "generated": CorpusSpec(
        kind="generated",
        default_sizes="10000,100000,1000000",
        speakers=("Helena Strand", "Ilse Varga"),
        six_months=(dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
        query="ceasefire",
        phrases={
            1: ["ceasefire", "corridors", "brigades"],
            2: ["peace treaty", "next round", "air defence"],
            3: ["round of talks", "northern line is"],
            5: ["close contact with our partners", "the ceasefire along the northern"],
        },
        peer_phrases=("ceasefire", "peace treaty"),
        kwic_phrase="peace treaty",
        target_phrase="ceasefire",
        concepts=(
            # no pattern inside another: counted from the postings
            ("truce", ("ceasefire", "peace treaty", "corridor*", "air defence", "brigades")),
            # the same with a 3-word phrase, which the engine matches from token positions
            ("truce 3w", ("ceasefire", "peace treaty", "round of talks", "corridor*",
                          "air defence")),
            # `ceasefire` lies inside `the ceasefire`: counted from token positions
            ("truce nested", ("ceasefire", "the ceasefire", "peace treaty", "treaty",
                              "talk*")),
        ),
    ),
    "real": CorpusSpec(
        kind="real",
        default_sizes="35000,140000,1000000",
        speakers=("Franklin D. Roosevelt", "Abraham Lincoln"),
        six_months=(dt.date(1963, 7, 1), dt.date(1963, 12, 31)),
        query="war",
        phrases={
            1: ["liberty", "slavery", "economy"],
            2: ["united states", "federal government", "social security"],
            3: ["the united states", "of the people"],
            5: ["the government of the united", "of the united states of"],
        },
        peer_phrases=("liberty", "federal government"),
        kwic_phrase="federal government",
        target_phrase="war",
        concepts=(
            ("government", ("federal government", "united states", "liberty", "free*",
                            "the people")),
            ("government nested", ("government", "federal government", "the government",
                                   "free*", "freedom")),
        ),
    ),
}


def corpus_frame(spec: CorpusSpec, size: int) -> tuple[Path, float]:
    """Write (once) and load this corpus at this size; the loaded frame as parquet, and load_corpus's
    seconds (NaN when kept from an earlier run)."""
    from analysis.corpus.ingest import load_corpus

    CORPORA.mkdir(exist_ok=True)
    prefix = "" if spec.kind == "generated" else "real-"
    loaded = CORPORA / f"loaded-{prefix}{size}.parquet"
    if loaded.exists():
        return loaded, float("nan")
    raw = CORPORA / f"{'sample' if spec.kind == 'generated' else 'raw-real'}-{size}.parquet"
    aliases = None
    if spec.kind == "generated":
        from analysis.corpus.sample import sample_aliases, write_sample

        write_sample(raw, statements=size, seed=11)
        aliases = sample_aliases()
    else:
        from bench.real_corpus import real_corpus

        real_corpus(size).to_parquet(raw, index=False)
    start = time.perf_counter()
    frame, _ = load_corpus([raw], aliases=aliases)
    seconds = time.perf_counter() - start
    frame.to_parquet(loaded, index=False)
    return loaded, seconds
