"""Run every benchmark module (bench/bench_*.py), or only those named: python -m bench [NAME ...]."""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path


def bench_modules(names: list[str]) -> list[str]:
    """Module names of the benchmarks to run, in file-name order."""
    found = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    if not names:
        return found
    wanted = [n if n.startswith("bench_") else f"bench_{n}" for n in names]
    unknown = [n for n in wanted if n not in found]
    if unknown:
        raise SystemExit(f"no benchmark named {unknown}; choose from {found}")
    return wanted


def main(argv: list[str]) -> None:
    """Import each benchmark module and call its main()."""
    for name in bench_modules(argv):
        module = importlib.import_module(f"bench.{name}")
        print(f"\n=== {name} ===", flush=True)
        start = time.perf_counter()
        module.main()
        print(f"=== {name}: {time.perf_counter() - start:.0f} s ===", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
