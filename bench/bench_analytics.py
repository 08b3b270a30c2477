"""Benchmark the text analytics engine: cold enrichment, warm load, query medians, memory.

For each size it builds the corpus (generated, or real: bench/real_corpus.py), loads it,
enriches it cold into a fresh cache (timed, in this process), then starts a new process that
loads the corpus and its index from disk (warm load) and times every query, clearing the
index's per-filter memo before each run so every figure includes evaluating its filter. The
peers (bench/peers.py: pandas, polars, DuckDB, scikit-learn) run on the same frame in that
process, and the ratios are printed.
"""

from __future__ import annotations

import functools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import numpy as np
import pandas as pd

from bench import peers
from bench.specs import CORPORA, SPECS, CorpusKind, CorpusSpec, corpus_frame

TARGETS: Final = (  # at 1,000,000 statements (bench/README.md): (figure, key prefixes, limit, unit)
    ("timeline 1-2 words, any filter (worst median)", ("timeline 1w", "timeline 2w"), 20.0, "ms"),
    ("timeline 3-5 words, any filter (worst median)", ("timeline 3w", "timeline 5w"), 20.0, "ms"),
    ("concept timeline, 5 patterns, any filter (worst median)", ("concept 5p",), 30.0, "ms"),
    ("top terms n=1/2 (worst median)", ("top terms n=1", "top terms n=2"), 30.0, "ms"),
    ("distinctive, all speakers (worst median)", ("distinctive",), 150.0, "ms"),
    ("sentiment month x speaker (worst median)", ("sentiment month",), 200.0, "ms"),
    ("concordance, first 100 matches", ("kwic first 100",), 50.0, "ms"),
    ("concordance, every match", ("kwic all",), 2000.0, "ms"),
    ("cold enrichment, 1M 50-word statements (projected)", ("enrichment s per 50M words",), 240.0, "s"),
    ("serving peak RSS", ("serving peak RSS MB",), 3072.0, "MB"),
)
PEER_REPEATS: Final = 5
COLD: Final = os.environ.get("PARLEY_BENCH_COLD", "1") != "0"


def _rss_mb() -> float:
    """Peak resident memory of this process (VmHWM; ru_maxrss would carry the parent's over)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _median_ms(run: Callable[[], object], repeats: int, reset: Callable[[], None]) -> float:
    times = []
    for _ in range(repeats):
        reset()
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def serve(spec: CorpusSpec, corpus: Path, cache: Path) -> dict[str, float]:
    """In a fresh process: warm-load the corpus and index, then time every query and its peers."""
    from analysis.engine.index import build_index

    out: dict[str, float] = {}
    start = time.perf_counter()
    frame = pd.read_parquet(corpus)
    out["read corpus frame s"] = time.perf_counter() - start
    messages: list[str] = []
    start = time.perf_counter()
    index = build_index(frame, cache_dir=cache, progress=lambda f, m: messages.append(m))
    out["warm index load s"] = time.perf_counter() - start
    if not any("from cache" in m for m in messages):
        raise SystemExit("the warm load rebuilt the index instead of reading the cache")
    out["vocabulary (terms)"] = float(len(index.vocab))
    out |= _queries(spec, index)
    out |= _peers(spec, index, frame, out)
    out["serving peak RSS MB"] = _rss_mb()
    return out


def _queries(spec: CorpusSpec, index: Any) -> dict[str, float]:
    from analysis import collocations, distinctive, kwic, sentiment, terms, timeline

    def reset() -> None:
        index.forget()

    out: dict[str, float] = {}
    repeats = 15
    filters = spec.filters()
    for words, phrases in spec.phrases.items():
        for label, where in filters.items():
            for phrase in phrases:
                key = f"timeline {words}w [{label}]"
                ms = _median_ms(
                    lambda p=phrase, w=where: timeline.phrase_timeline(index, [p], where=w), repeats, reset
                )
                out[key] = max(out.get(key, 0.0), ms)
    out |= _concept_queries(spec, index, reset, repeats)
    for label in ("2 speakers", "6 months", "none"):
        where = filters[label]
        for n in (1, 2):
            out[f"top terms n={n} [{label}]"] = _median_ms(
                lambda w=where, k=n: terms.top_terms(index, ngram=k, where=w), repeats, reset
            )
        out[f"distinctive [{label}]"] = _median_ms(
            lambda w=where: distinctive.distinctive_terms(index, where=w), repeats, reset
        )
        out[f"sentiment month x speaker [{label}]"] = _median_ms(
            lambda w=where: sentiment.sentiment_timeline(index, where=w), repeats, reset
        )
    where = filters["6 months"]
    out["top trigrams [6 months]"] = _median_ms(
        lambda: terms.top_terms(index, ngram=3, where=where), 5, reset
    )
    out[f"target sentiment '{spec.target_phrase}' [none]"] = _median_ms(
        lambda: sentiment.target_sentiment(index, spec.target_phrase), 5, reset
    )
    out[f"kwic first 100 '{spec.kwic_phrase}' [none]"] = _median_ms(
        lambda: kwic.concordance(index, spec.kwic_phrase, limit=100), 5, reset
    )
    out[f"kwic all '{spec.kwic_phrase}' [none]"] = _median_ms(
        lambda: kwic.concordance(index, spec.kwic_phrase), 3, reset
    )
    out["collocations n=2 pmi [6 months]"] = _median_ms(
        lambda: collocations.collocations(index, where=where), 3, reset
    )
    return out


def _concept_queries(spec: CorpusSpec, index: Any, reset: Callable[[], None], repeats: int
                     ) -> dict[str, float]:
    """Concept timelines (month x speaker) under every filter, each concept's worst median."""
    from analysis import timeline
    from analysis.concepts import make_concept

    out: dict[str, float] = {}
    for name, patterns in spec.concepts:
        concept = make_concept(name, patterns)
        for label, where in spec.filters().items():
            run = functools.partial(timeline.concept_timeline, index, [concept], where=where)
            ms = _median_ms(run, repeats, reset)
            out[f"concept 5p '{name}' [{label}]"] = ms
    return out


def _peers(spec: CorpusSpec, index: Any, frame: pd.DataFrame, ours: dict[str, float]) -> dict[str, float]:
    """The peers on the same frame in this process; a ratio above 1 means Parley was faster."""
    from analysis import distinctive, timeline

    out: dict[str, float] = {}
    table = peers.polars_frame(frame)
    con = peers.duckdb_table(frame)
    for phrase in spec.peer_phrases:
        words = len(phrase.split())
        parley = _median_ms(lambda p=phrase: timeline.phrase_timeline(index, [p]), 15, index.forget)
        out[f"peer timeline '{phrase}': parley ms"] = parley
        for name, run in (
            ("polars", lambda p=phrase: peers.polars_timeline(table, p)),
            ("duckdb", lambda p=phrase: peers.duckdb_timeline(con, p)),
            ("pandas", lambda p=phrase: peers.pandas_timeline(frame, p)),
        ):
            repeats = 1 if name == "pandas" and len(frame) > 200_000 else PEER_REPEATS
            ms = _median_ms(run, repeats, lambda: None)
            out[f"peer timeline {words}w {name} ms"] = ms
            out[f"peer timeline {words}w {name} / parley (x)"] = ms / parley
    matrix = peers.term_matrix(index)
    speakers = index.statements["speaker"].to_numpy(dtype=object)  # one speaker a statement here
    usable = ~np.asarray(index.enrichment.is_stop)
    parley = _median_ms(lambda: distinctive.distinctive_terms(index), 15, index.forget)
    sk = _median_ms(lambda: peers.sklearn_distinctive(matrix, speakers, usable), PEER_REPEATS, lambda: None)
    out["peer distinctive: parley ms"] = parley
    out["peer distinctive scikit-learn ms"] = sk
    out["peer distinctive scikit-learn / parley (x)"] = sk / parley
    con.close()
    return out


def bench_size(spec: CorpusSpec, size: int) -> dict[str, float]:
    """Every figure for one corpus size."""
    from analysis.engine.index import build_index

    corpus, load_s = corpus_frame(spec, size)
    frame = pd.read_parquet(corpus)
    figures: dict[str, float] = {"statements": float(len(frame))}
    if load_s == load_s:  # NaN when the loaded corpus was kept from an earlier run
        figures["ingest load_corpus s"] = load_s
    words = float(frame["text"].str.split().str.len().sum())
    figures["words (whitespace)"] = words
    cache = CORPORA / f"index-{spec.kind}-{size}"
    if COLD:
        shutil.rmtree(cache, ignore_errors=True)
        start = time.perf_counter()
        build_index(frame, cache_dir=cache)
        seconds = time.perf_counter() - start
        figures["cold enrichment s"] = seconds
        figures["cold enrichment words/s"] = words / seconds
        figures["enrichment s per 50M words"] = 50e6 / (words / seconds)
        figures["cold build peak RSS MB"] = _rss_mb()
    else:  # PARLEY_BENCH_COLD=0: queries only, on the index an earlier run left (built if absent)
        build_index(frame, cache_dir=cache)
    del frame
    child = subprocess.run(
        [sys.executable, "-m", "bench.bench_analytics", "--serve", spec.kind, str(corpus), str(cache)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures |= json.loads(child.stdout.strip().splitlines()[-1])
    return figures


def main(*, corpus: CorpusKind = "generated") -> None:
    """Print the figures for each size of one corpus, then the 1M targets as met or missed."""
    spec = SPECS[corpus]
    results = {}
    for size in spec.sizes():
        load = os.getloadavg()
        loads = " ".join(f"{x:.1f}" for x in load) + f" on {os.cpu_count()} cores"
        print(f"\n-- {corpus} corpus, {size:,} statements (load average {loads}) --")
        figures = bench_size(spec, size)
        results[size] = figures
        for name, value in figures.items():
            unit = "" if name.endswith(("s", "MB", "ms", "(x)", ")")) else " ms"
            print(f"  {name:<56} {value:>12.1f}{unit}", flush=True)
        load = os.getloadavg()
        print(f"  (load average after: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f})", flush=True)
    if 1_000_000 in results:
        _print_targets(results[1_000_000])


def _print_targets(fig: dict[str, float]) -> None:
    print("\n-- targets at 1,000,000 statements --")
    for name, prefixes, target, unit in TARGETS:
        values = [v for k, v in fig.items() if k.startswith(prefixes)]
        if not values:
            continue
        value = max(values)
        verdict = "met" if value <= target else "MISSED"
        print(f"  {name:<56} {value:>9.1f} {unit:<3} target <= {target:g} {unit}: {verdict}")
    for key, value in fig.items():
        if key.endswith("/ parley (x)"):
            print(f"  {key:<56} {value:>9.1f}x {'Parley faster' if value > 1 else 'PEER FASTER'}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--serve":
        print(json.dumps(serve(SPECS[sys.argv[2]], Path(sys.argv[3]), Path(sys.argv[4]))))  # type: ignore[index]
    else:
        main()
