"""Benchmark the text analytics engine: cold enrichment, warm load, query medians, memory.

For each size it generates the sample corpus, loads it, enriches it cold into a fresh cache
(timed, in this process), then starts a new process that loads the corpus and its index from
disk (warm load) and times every query, clearing the index's per-filter memo before each run
so every figure includes evaluating its filter. The naive baseline (pandas str.count with re.I
plus a groupby) is timed here in the same run, and the speed-up is printed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

SIZES = tuple(int(s) for s in os.environ.get("PARLEY_BENCH_SIZES", "10000,100000,1000000").split(","))
CORPORA = Path(__file__).parent / "corpora"
TARGETS_MS = {  # the query targets on 1,000,000 statements (bench/README.md)
    "timeline 1-2 words": 20.0,
    "timeline 3-5 words": 150.0,
    "top terms / distinctive / sentiment": 200.0,
}
SPEAKERS = ("Helena Strand", "Ilse Varga")
PHRASES = {
    1: ["ceasefire", "corridors", "brigades"],
    2: ["peace treaty", "next round", "air defence"],
    3: ["round of talks", "northern line is"],
    5: ["close contact with our partners", "the ceasefire along the northern"],
}


def _filters() -> dict[str, object]:
    from analysis.corpus.filters import StatementFilter

    return {
        "none": StatementFilter(),
        "2 speakers": StatementFilter(speakers=SPEAKERS),
        "6 months": StatementFilter(since=dt.date(2024, 7, 1), until=dt.date(2024, 12, 31)),
        "query+speaker": StatementFilter(speakers=SPEAKERS[:1], query="ceasefire"),
    }


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


def corpus_frame(size: int) -> tuple[Path, float]:
    """Generate (once) and load the sample corpus of this size; the loaded frame as parquet."""
    from analysis.corpus.ingest import load_corpus
    from analysis.corpus.sample import sample_aliases, write_sample

    CORPORA.mkdir(exist_ok=True)
    loaded = CORPORA / f"loaded-{size}.parquet"
    if loaded.exists():
        return loaded, float("nan")
    raw = CORPORA / f"sample-{size}.parquet"
    write_sample(raw, statements=size, seed=11)
    start = time.perf_counter()
    frame, _ = load_corpus([raw], aliases=sample_aliases())
    seconds = time.perf_counter() - start
    frame.to_parquet(loaded, index=False)
    return loaded, seconds


def naive_timeline(frame: pd.DataFrame, phrase: str) -> pd.DataFrame:
    """The baseline: count a phrase by regex over all text, then group by month and speaker."""
    words = r"\s+".join(re.escape(w) for w in phrase.split())
    counts = frame["text"].str.count(rf"\b{words}\b", flags=re.IGNORECASE)
    month = frame["date"].dt.tz_localize(None).dt.to_period("M")
    return counts.groupby([month, frame["speaker"]]).sum().reset_index()


def serve(corpus: Path, cache: Path) -> dict[str, float]:
    """In a fresh process: warm-load the corpus and index, then time every query."""
    from analysis import collocations, distinctive, kwic, sentiment, terms, timeline
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

    def reset() -> None:
        index.forget()

    repeats = 15
    filters = _filters()
    for words, phrases in PHRASES.items():
        for label, where in filters.items():
            for phrase in phrases:
                key = f"timeline {words}w [{label}]"
                ms = _median_ms(
                    lambda p=phrase, w=where: timeline.phrase_timeline(index, [p], where=w), repeats, reset
                )
                out[key] = max(out.get(key, 0.0), ms)
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
    out["top terms n=3 [6 months]"] = _median_ms(
        lambda: terms.top_terms(index, ngram=3, where=where), 5, reset
    )
    out["target sentiment 'ceasefire' [none]"] = _median_ms(
        lambda: sentiment.target_sentiment(index, "ceasefire"), 5, reset
    )
    out["kwic 'peace treaty' limit 200 [none]"] = _median_ms(
        lambda: kwic.concordance(index, "peace treaty", limit=200), 5, reset
    )
    out["collocations n=2 pmi [6 months]"] = _median_ms(
        lambda: collocations.collocations(index, where=where), 3, reset
    )
    out["serving peak RSS MB"] = _rss_mb()
    return out


def bench_size(size: int) -> dict[str, float]:
    """Every figure for one corpus size."""
    from analysis.engine.index import build_index

    corpus, load_s = corpus_frame(size)
    frame = pd.read_parquet(corpus)
    figures: dict[str, float] = {}
    if load_s == load_s:  # NaN when the loaded corpus was kept from an earlier run
        figures["ingest load_corpus s"] = load_s
    with tempfile.TemporaryDirectory(dir=CORPORA) as tmp:
        cache = Path(tmp)
        start = time.perf_counter()
        build_index(frame, cache_dir=cache)
        figures["cold enrichment s"] = time.perf_counter() - start
        figures["cold build peak RSS MB"] = _rss_mb()
        child = subprocess.run(
            [sys.executable, "-m", "bench.bench_analytics", "--serve", str(corpus), str(cache)],
            capture_output=True,
            text=True,
            check=True,
        )
        figures |= json.loads(child.stdout.strip().splitlines()[-1])
    repeats = 3 if size <= 100_000 else 1
    baseline = _median_ms(lambda: naive_timeline(frame, "peace treaty"), repeats, lambda: None)
    figures["naive baseline 'peace treaty' ms"] = baseline
    figures["speed-up vs naive (2-word timeline, no filter)"] = baseline / figures["timeline 2w [none]"]
    return figures


def main() -> None:
    """Print the figures for each size, then the 1M targets as met or missed."""
    results = {}
    for size in SIZES:
        load = os.getloadavg()[0]
        print(f"\n-- {size:,} statements (load average {load:.1f} on {os.cpu_count()} cores) --", flush=True)
        figures = bench_size(size)
        results[size] = figures
        for name, value in figures.items():
            unit = "" if name.endswith(("s", "MB", "ms")) or "speed-up" in name else " ms"
            print(f"  {name:<48} {value:>10.1f}{unit}", flush=True)
    if 1_000_000 in results:
        _print_targets(results[1_000_000])


def _print_targets(fig: dict[str, float]) -> None:
    def worst(prefixes: tuple[str, ...]) -> float:
        return max(v for k, v in fig.items() if k.startswith(prefixes) and "n=3" not in k)

    rows = [
        ("timeline 1-2 words, any filter (worst median)", worst(("timeline 1w", "timeline 2w")), 20.0, "ms"),
        ("timeline 3-5 words, any filter (worst median)", worst(("timeline 3w", "timeline 5w")), 150.0, "ms"),
        ("top terms n=1/2 (worst median)", worst(("top terms",)), 200.0, "ms"),
        ("distinctive (worst median)", worst(("distinctive",)), 200.0, "ms"),
        ("sentiment month x speaker (worst median)", worst(("sentiment month",)), 200.0, "ms"),
        ("cold enrichment", fig["cold enrichment s"], 240.0, "s"),
        ("warm load (frame + index)", fig["read corpus frame s"] + fig["warm index load s"], 3.0, "s"),
        ("serving peak RSS", fig["serving peak RSS MB"], 3072.0, "MB"),
    ]
    print("\n-- targets at 1,000,000 statements --")
    for name, value, target, unit in rows:
        verdict = "met" if value <= target else "MISSED"
        print(f"  {name:<48} {value:>9.1f} {unit:<3} target <= {target:g} {unit}: {verdict}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--serve":
        print(json.dumps(serve(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        main()
