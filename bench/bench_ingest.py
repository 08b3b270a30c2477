"""Benchmark ingest: cold parse of a generated CSV corpus, and a warm load from the disk cache."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from analysis.corpus.ingest import load_corpus
from analysis.corpus.sample import sample_aliases, write_sample

SIZES = tuple(int(s) for s in os.environ.get("PARLEY_BENCH_SIZES", "10000,100000,1000000").split(","))


def _median_seconds(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _measure(size: int, folder: Path) -> tuple[float, float, float]:
    """Cold and warm median seconds for one generated corpus, and its size in MB."""
    aliases = sample_aliases()
    path = folder / f"sample-{size}.csv"
    write_sample(path, statements=size, seed=11)
    repeats = 3 if size <= 100_000 else 1
    cold = _median_seconds(lambda: load_corpus([path], aliases=aliases), repeats)
    cache = folder / f"cache-{size}"
    load_corpus([path], aliases=aliases, cache_dir=cache)
    warm = _median_seconds(lambda: load_corpus([path], aliases=aliases, cache_dir=cache), 5)
    return cold, warm, path.stat().st_size / 1e6


def main() -> None:
    """Print cold and warm ingest times for each corpus size."""
    print("ingest: sample CSV -> validated corpus frame (median seconds)")
    print(f"{'statements':>12} {'csv MB':>8} {'cold s':>8} {'rows/s':>10} {'warm s':>8} {'speed-up':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            cold, warm, mb = _measure(size, Path(tmp))
            print(f"{size:>12,} {mb:>8.1f} {cold:>8.2f} {size / cold:>10,.0f} {warm:>8.2f} "
                  f"{cold / warm:>8.1f}x")


if __name__ == "__main__":
    main()
