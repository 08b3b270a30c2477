"""Benchmark enrichment's CPU cost per word on real paragraphs, against the NLTK-only reference.

Both run in this process on the same paragraphs of the real corpus (bench/real_corpus.py) and
are timed in CPU seconds of this process (time.process_time), which a busy machine disturbs far
less than wall-clock time. The outputs are checked to be identical before any figure is printed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Final

PARAGRAPHS: Final = int(os.environ.get("PARLEY_BENCH_PARAGRAPHS", "2000"))
TARGET_S: Final = 240.0  # 1M 50-word statements on 2 cores


def _cpu_seconds(run: object, texts: list[str]) -> tuple[float, object]:
    start = time.process_time()
    result = run(texts)  # type: ignore[operator]
    return time.process_time() - start, result


def main() -> None:
    """Print CPU microseconds per word of both paths, their ratio and the 2-core projection."""
    import dataclasses

    import numpy as np

    from analysis.engine import enrich
    from bench.real_corpus import paragraphs

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.enrich_reference import reference_enrich

    base = paragraphs()["text"]
    texts = base.iloc[:: max(1, len(base) // PARAGRAPHS)].iloc[:PARAGRAPHS].tolist()
    words = sum(len(t.split()) for t in texts)
    enrich.enrich_texts(texts[:20])  # load the NLTK data outside the timing
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"-- {len(texts):,} real paragraphs, {words:,} words (load average {load}) --")
    fast_s, fast = _cpu_seconds(enrich.enrich_texts, texts)
    ref_s, ref = _cpu_seconds(reference_enrich, texts)
    for field in dataclasses.fields(fast):  # type: ignore[arg-type]
        a, b = getattr(fast, field.name), getattr(ref, field.name)
        same = a == b if field.name == "vocab" else np.array_equal(a, b)
        if not same:
            raise SystemExit(f"enrichment differs from the NLTK reference in {field.name}")
    for name, seconds in (("parley enrich_texts", fast_s), ("NLTK reference", ref_s)):
        print(f"  {name:<28} {seconds:7.1f} CPU s  {seconds / words * 1e6:6.2f} us/word")
    projected = 50e6 * fast_s / words / 2
    print(f"  reference / parley: {ref_s / fast_s:.1f}x; outputs identical")
    verdict = "met" if projected <= TARGET_S else "MISSED"
    print(f"  50M words on 2 cores at this rate (tokens and scores only): {projected:.0f} s, "
          f"target <= {TARGET_S:g} s: {verdict}")
