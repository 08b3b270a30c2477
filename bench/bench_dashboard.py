"""Benchmark the dashboard: server-side re-render time after a filter change, timed with AppTest.

It generates the sample corpus at each size (PARLEY_BENCH_DASHBOARD_SIZES, default 1,000,000),
serves it as the server corpus (PARLEY_CORPUS), runs the app once (cold: load), then changes the
sidebar filter to speaker sets and date ranges it has not seen (cache miss) and back to ones it
has (cache hit), and prints the median re-render of the Overview and Statements pages.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(__file__).parent / "corpora"
SIZES = tuple(
    int(s) for s in os.environ.get("PARLEY_BENCH_DASHBOARD_SIZES", "1000000").split(",")
)
PAGES = tuple(os.environ.get("PARLEY_BENCH_DASHBOARD_PAGES",
                             "overview,statements,terms,sentiment,sentiment+target,speakers")
                             .split(","))
TARGET_MS = 300.0  # a filter change on 1,000,000 statements re-renders in <= 300 ms
# Page controls set before timing, so each page draws its main chart.
SETUP = {"terms": ("t_phrases", "peace treaty"), "sentiment+target": ("s_target", "ceasefire")}


def corpus_file(size: int) -> Path:
    """The generated sample corpus of this size as Parquet, made once and reused."""
    from analysis.corpus.sample import generate_sample

    path = CORPORA / f"dashboard-{size}.parquet"
    if not path.exists():
        CORPORA.mkdir(exist_ok=True)
        started = time.perf_counter()
        generate_sample(statements=size, seed=7).to_parquet(path, index=False)
        print(f"  generated {size:,} statements in {time.perf_counter() - started:.0f} s")
    return path


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return (time.perf_counter() - started) * 1000


def _filter_changes(app, speakers: list[str], shift: int) -> list[Callable[[], None]]:
    """Setters for sidebar filters no earlier page used: speaker sets, then date ranges."""
    names = speakers[shift:] + speakers[:shift]
    picks = [names[i : i + width] for width in (1, 2, 3) for i in range(0, 6, 2)]
    changes: list[Callable[[], None]] = [
        (lambda p=p: app.multiselect(key="speakers").set_value(p)) for p in picks
    ]
    for month in (3, 6, 9):
        since = dt.date(2024 + shift // 6, month + shift % 6 // 2, 1 + shift)
        changes.append(lambda since=since: app.date_input(key="since").set_value(since))
    return changes


def measure_page(app, page: str, speakers: list[str], shift: int) -> tuple[float, float]:
    """Median ms of re-renders after unseen filters (miss) and after seen ones (hit)."""
    file = page.split("+")[0]
    if file != "overview":
        seconds = _timed(app.switch_page(f"views/{file}.py").run) / 1000
        print(f"  {page:>16}: first visit {seconds:.1f} s")
    if page in SETUP:
        key, value = SETUP[page]
        app.text_input(key=key).set_value(value).run()
    misses, hits = [], []
    for rounds, sink in ((1, misses), (1, hits)):
        for _ in range(rounds):
            app.multiselect(key="speakers").set_value([])
            app.date_input(key="since").set_value(None)
            app.run()
            for change in _filter_changes(app, speakers, shift):
                change()
                sink.append(_timed(app.run))
                assert not app.exception, [e.value for e in app.exception]
    return statistics.median(misses), statistics.median(hits)


def main() -> None:
    """Print cold start and the median filter-change re-render per page and size."""
    from streamlit.testing.v1 import AppTest

    for size in SIZES:
        print(f"corpus of {size:,} statements")
        os.environ["PARLEY_CORPUS"] = str(corpus_file(size))
        os.environ["PARLEY_ALIASES"] = str(ROOT / "data" / "sample" / "aliases.csv")
        app = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=900)
        print(f"  first run (load the corpus): {_timed(app.run) / 1000:.1f} s")
        assert not app.exception, [e.value for e in app.exception]
        speakers = list(app.multiselect(key="speakers").options)
        for shift, page in enumerate(PAGES):
            miss, hit = measure_page(app, page, speakers, shift)
            verdict = "meets" if miss <= TARGET_MS else "misses"
            print(f"  {page:>16}: filter change re-render median {miss:7.1f} ms (new filter, "
                  f"{verdict} the {TARGET_MS:.0f} ms target), {hit:7.1f} ms (filter seen before)")
        for key in ("PARLEY_CORPUS", "PARLEY_ALIASES"):
            os.environ.pop(key, None)


if __name__ == "__main__":
    main()
