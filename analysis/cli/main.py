"""Command-line interface: the same operations the dashboard uses, for scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from analysis.cli import analytics_commands, corpus_commands
from analysis.cli.common import COMMANDS
from analysis.io.errors import IngestError


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    corpus_commands.add_parsers(sub)
    analytics_commands.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; an unusable input gives a one-line error and exit status 2."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (IngestError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
