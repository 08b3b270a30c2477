"""Benchmark ingest: cold parse of a generated CSV corpus, and a warm load from the disk cache."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from analysis.ingest import load_corpus
from analysis.sample import sample_aliases, write_sample

SIZES = tuple(int(s) for s in os.environ.get("PARLEY_BENCH_SIZES", "10000,100000,1000000").split(","))


def _median_seconds(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    """Print cold and warm ingest times for each corpus size."""
    print("ingest: sample CSV -> validated corpus frame (median seconds)")
    print(f"{'statements':>12} {'csv MB':>8} {'cold s':>8} {'rows/s':>10} {'warm s':>8} {'speed-up':>9}")
    aliases = sample_aliases()
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            path = Path(tmp) / f"sample-{size}.csv"
            write_sample(path, statements=size, seed=11)
            repeats = 3 if size <= 100_000 else 1
            cold = _median_seconds(lambda: load_corpus([path], aliases=aliases), repeats)
            cache = Path(tmp) / f"cache-{size}"
            load_corpus([path], aliases=aliases, cache_dir=cache)
            warm = _median_seconds(lambda: load_corpus([path], aliases=aliases, cache_dir=cache), 5)
            mb = path.stat().st_size / 1e6
            print(f"{size:>12,} {mb:>8.1f} {cold:>8.2f} {size / cold:>10,.0f} {warm:>8.2f} {cold / warm:>8.1f}x")


if __name__ == "__main__":
    main()
