"""What every subcommand shares: the command registry, corpus options and reading a corpus."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from analysis.corpus.ingest import IngestError, load_corpus

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    """Register a subcommand's handler under its name."""
    def register(handler: Command) -> Command:
        COMMANDS[name] = handler
        return handler
    return register


def add_corpus_options(parser: argparse.ArgumentParser, *, name: str = "corpus", nargs: str = "+") -> None:
    """Options shared by every subcommand that reads a corpus."""
    parser.add_argument(name, nargs=nargs, type=Path, help="files, folders or zips to read")
    parser.add_argument("--aliases", type=Path, help="alias table, a CSV with alias,canonical")
    parser.add_argument("--column", action="append", default=[], metavar="FIELD=NAME",
                        help="use input column NAME for FIELD (speaker, date, text, source, title, url)")


def column_choices(args: argparse.Namespace) -> dict[str, str]:
    """The --column FIELD=NAME choices, as a mapping."""
    return dict(_split_column(c) for c in args.column)


def read_corpus(args: argparse.Namespace, paths: Sequence[Path]) -> pd.DataFrame:
    """Load the corpus named on the command line, printing the ingest report to stderr."""
    frame, report = load_corpus(paths, columns=column_choices(args), aliases=args.aliases)
    print(report.summary(), file=sys.stderr)
    return frame


def _split_column(spec: str) -> tuple[str, str]:
    field, sep, name = spec.partition("=")
    if not sep or not field or not name:
        raise IngestError(f"--column {spec!r}: write it as FIELD=NAME, e.g. --column speaker=author")
    return field.strip(), name.strip()
