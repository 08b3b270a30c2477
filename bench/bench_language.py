"""Benchmark the language steps: detection accuracy on the real pair, and their cost in enrichment.

Accuracy: the ua-officials pair (../shared/corpora), Ukrainian originals and English versions,
per statement and per paragraph, against each file's language.

Cost: a mixed corpus (generated English sample statements and real Ukrainian paragraphs of
ua-officials-2022-uk.csv, replicated to size) is enriched cold in this process with the
language steps (detection, English-only VADER, the lemma table) and without them (those steps
replaced by no-ops: every statement English, no lemma table, which is the pipeline as it was),
interleaved A B B A so that a change in the machine's load hits both alike; medians are printed.
The frame has no `language` column, so detection is timed inside the enrichment (a corpus loaded
through ingest was detected there already).
"""

from __future__ import annotations

import os
import statistics
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

import numpy as np
import pandas as pd

SIZE: Final = int(os.environ.get("PARLEY_BENCH_LANGUAGE_SIZE", "100000"))
ROUNDS: Final = int(os.environ.get("PARLEY_BENCH_LANGUAGE_ROUNDS", "2"))  # each round is A B B A
CPU_SIZE: Final = 20_000  # statements of the in-process CPU-time comparison
TARGET: Final = 0.30  # the language steps may add at most 30% to cold enrichment
SHARED: Final = Path(__file__).resolve().parents[2] / "shared" / "corpora"
PAIR: Final = (("ua-officials-2022-uk.csv", "uk"), ("ua-officials-2022.csv", "en"))


def _paragraphs(texts: list[str]) -> list[str]:
    return [p.strip() for text in texts for p in text.split("\n") if p.strip()]


def accuracy() -> None:
    """Print how many statements and paragraphs of each file get the file's language."""
    from analysis.text.language import detect_languages

    for name, code in PAIR:
        texts = pd.read_csv(SHARED / name)["text"].astype(str).tolist()
        for unit, items in (("statements", texts), ("paragraphs", _paragraphs(texts))):
            start = time.perf_counter()
            found = detect_languages(items)
            seconds = time.perf_counter() - start
            counts = Counter(found)
            print(f"  {name} {unit}: {counts[code]:,} of {len(items):,} {code} "
                  f"({counts[code] / len(items):.1%}); others {dict(counts.most_common()[1:6])}; "
                  f"{seconds:.1f} s")
            if unit == "statements":
                for text, got in zip(items, found, strict=True):
                    if got != code:
                        print(f"      {got}: {text[:70]!r}")


def mixed_corpus(size: int) -> pd.DataFrame:
    """Half generated English statements, half real Ukrainian paragraphs repeated, shuffled."""
    from analysis.corpus.sample import generate_sample
    from analysis.corpus.schema import conform_statements

    english = generate_sample(size // 2, seed=11)[["speaker", "date", "text"]]
    source = pd.read_csv(SHARED / "ua-officials-2022-uk.csv")
    rows = [(str(s).split("; ")[0], str(d)[:10], p) for s, d, t in
            zip(source["speaker"], source["date"], source["text"], strict=True)
            for p in _paragraphs([str(t)]) if len(p) >= 20]
    picked = [rows[i % len(rows)] for i in range(size - len(english))]
    ukrainian = pd.DataFrame(picked, columns=["speaker", "date", "text"])
    frame = pd.concat([english, ukrainian], ignore_index=True)
    frame = frame.sample(frac=1.0, random_state=5).reset_index(drop=True)
    frame["speaker_raw"] = frame["speaker"]
    frame["date"] = pd.to_datetime(frame["date"], utc=True, format="mixed")
    frame["date_precision"] = "day"
    frame["statement_id"] = [f"s{i}" for i in range(len(frame))]
    return conform_statements(frame)


@contextmanager
def _without_language_steps() -> Iterator[None]:
    """Every statement English and no lemma table: enrichment as it was before the language steps."""
    from analysis.corpus import languages
    from analysis.engine import lemmas
    from analysis.engine.parts import Lemmas

    detect, table = languages.statement_languages, lemmas.build_lemmas

    def english(frame: pd.DataFrame) -> np.ndarray:
        return np.full(len(frame), "en", dtype="<U3")

    def empty(vocab: list[str], statement_language: np.ndarray) -> Lemmas:
        return Lemmas(statement_language, np.zeros(0, dtype="<U1"), np.zeros(1, dtype=np.int64),
                      np.zeros(0, dtype=np.int32))

    languages.statement_languages, lemmas.build_lemmas = english, empty
    try:
        yield
    finally:
        languages.statement_languages, lemmas.build_lemmas = detect, table


def _cold_seconds(frame: pd.DataFrame, *, steps: bool) -> float:
    from analysis.engine.index import build_index
    from analysis.text import lemmas

    lemmas._term_lemmas.cache_clear()  # each run lemmatises its vocabulary from scratch
    start = time.perf_counter()
    if steps:
        build_index(frame)
    else:
        with _without_language_steps():
            build_index(frame)
    return time.perf_counter() - start


def cost(size: int) -> None:
    """Print cold enrichment medians with and without the language steps, A B B A interleaved."""
    frame = mixed_corpus(size)
    distinct = frame["text"].nunique()
    _preload()
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    words = sum(len(text.split()) for text in frame["text"].astype(str))
    print(f"-- mixed corpus: {size:,} statements ({words:,} words), half generated English, "
          f"half real Ukrainian paragraphs, {distinct:,} distinct texts; load average {load} --")
    timings: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(ROUNDS):
        for steps in (True, False, False, True):
            seconds = _cold_seconds(frame, steps=steps)
            timings[steps].append(seconds)
            print(f"  {'with' if steps else 'without'} language steps: {seconds:6.1f} s", flush=True)
    with_s, without_s = statistics.median(timings[True]), statistics.median(timings[False])
    added = with_s / without_s - 1
    verdict = "met" if added <= TARGET else "MISSED"
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"  median with {with_s:.1f} s, without {without_s:.1f} s: +{added:.0%} "
          f"(target <= +{TARGET:.0%}: {verdict}); load average at the end {load}")


def _preload() -> None:
    """Load the models and dictionaries outside the timing, as NLTK's data is for enrichment."""
    from analysis.text import language, lemmas, nltk_resources

    for script in ("latin", "cyrillic"):
        for low in (True, False):
            language.detector(script, low_accuracy=low)
    lemmas.analyzer("ru"), lemmas.analyzer("uk")
    nltk_resources.vader_analyzer()


def _cpu_seconds(frame: pd.DataFrame, *, steps: bool) -> float:
    """CPU seconds of this process (every thread) to enrich the frame in-process, one chunk."""
    from analysis.corpus import languages
    from analysis.engine import enrich, lemmas
    from analysis.text import lemmas as text_lemmas

    text_lemmas._term_lemmas.cache_clear()
    texts = frame["text"].astype(str).tolist()
    start = time.process_time()
    if steps:
        spoken = languages.statement_languages(frame)
        chunk = enrich.enrich_texts(texts, scored=languages.vader_scores(spoken, texts).tolist())
        lemmas.build_lemmas(chunk.vocab, spoken)
    else:
        enrich.enrich_texts(texts)
    return time.process_time() - start


def cpu_cost(size: int) -> None:
    """The same comparison in CPU seconds of one process (a busy machine disturbs it far less)."""
    frame = mixed_corpus(size).drop(columns="language", errors="ignore")
    _preload()
    timings: dict[bool, list[float]] = {True: [], False: []}
    for steps in (True, False, False, True):
        timings[steps].append(_cpu_seconds(frame, steps=steps))
    with_s, without_s = statistics.median(timings[True]), statistics.median(timings[False])
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"-- the same, {size:,} statements in one process, CPU seconds (A B B A): with "
          f"{' '.join(f'{x:.1f}' for x in timings[True])}, without "
          f"{' '.join(f'{x:.1f}' for x in timings[False])}: median +{with_s / without_s - 1:.0%} "
          f"(target <= +{TARGET:.0%}); load average {load} --")


def main() -> None:
    """Accuracy on the real pair, then the cost of the language steps on the mixed corpus."""
    if not SHARED.is_dir():
        raise SystemExit(f"{SHARED} is absent: this benchmark needs the real ua-officials pair")
    accuracy()
    cpu_cost(min(SIZE, CPU_SIZE))
    cost(SIZE)
