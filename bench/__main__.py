"""Run every benchmark (bench/bench_*.py) or those named: python -m bench [NAME ...] [--corpus real]."""

from __future__ import annotations

import argparse
import importlib
import inspect
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
    """Import each benchmark module and call its main() (with --corpus where it takes one)."""
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--corpus", choices=("generated", "real"), default="generated")
    args = parser.parse_args(argv)
    for name in bench_modules(args.names):
        module = importlib.import_module(f"bench.{name}")
        takes_corpus = "corpus" in inspect.signature(module.main).parameters
        print(f"\n=== {name}{f' ({args.corpus} corpus)' if takes_corpus else ''} ===", flush=True)
        start = time.perf_counter()
        if takes_corpus:
            module.main(corpus=args.corpus)
        else:
            module.main()
        print(f"=== {name}: {time.perf_counter() - start:.0f} s ===", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
