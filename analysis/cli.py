"""Command-line interface: the same operations the dashboard uses, for scripts."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pandas as pd

from analysis.corpus.ingest import IngestError, load_corpus
from analysis.corpus.sample import sample_aliases, write_sample
from analysis.corpus.speakers import read_aliases
from analysis.io import expand_inputs

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, Command] = {}


def command(name: str) -> Callable[[Command], Command]:
    """Register a subcommand's handler under its name."""
    def register(handler: Command) -> Command:
        COMMANDS[name] = handler
        return handler
    return register


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="read statement files into one normalised corpus")
    add_corpus_options(ingest, name="paths", nargs="+")
    ingest.add_argument("-o", "--output", type=Path, required=True,
                        help="where to write the corpus (.parquet, .csv or .jsonl)")
    ingest.add_argument("--report-json", type=Path, help="also write the ingest report as JSON")

    sample = sub.add_parser("sample", help="write the generated fictional sample corpus")
    sample.add_argument("--statements", type=int, default=3000, help="how many statements")
    sample.add_argument("--seed", type=int, default=7, help="random seed (same seed, same bytes)")
    sample.add_argument("-o", "--output", type=Path, required=True,
                        help="output file (.csv, .jsonl or .parquet)")
    sample.add_argument("--aliases-out", type=Path, help="also write the sample's alias table (CSV)")

    extract = sub.add_parser("extract", help="extract attributed statements from news articles")
    extract.add_argument("articles", nargs="+", type=Path,
                         help="article files (.txt .md .html), folders or zips")
    extract.add_argument("--aliases", type=Path, help="alias table, a CSV with alias,canonical")
    extract.add_argument("-o", "--output", type=Path, required=True,
                         help="where to write the statements (.csv)")

    for extend in PARSER_EXTENSIONS:
        extend(sub)
    return parser


def add_corpus_options(parser: argparse.ArgumentParser, *, name: str = "corpus", nargs: str = "+") -> None:
    """Options shared by every subcommand that reads a corpus."""
    parser.add_argument(name, nargs=nargs, type=Path, help="files, folders or zips to read")
    parser.add_argument("--aliases", type=Path, help="alias table, a CSV with alias,canonical")
    parser.add_argument("--column", action="append", default=[], metavar="FIELD=NAME",
                        help="use input column NAME for FIELD (speaker, date, text, source, title, url)")


def read_corpus(args: argparse.Namespace, paths: Sequence[Path]) -> pd.DataFrame:
    """Load the corpus named on the command line, printing the ingest report to stderr."""
    columns = dict(_split_column(c) for c in args.column)
    frame, report = load_corpus(paths, columns=columns, aliases=args.aliases)
    print(report.summary(), file=sys.stderr)
    return frame


def write_frame(frame: pd.DataFrame, path: Path) -> None:
    """Write a frame as Parquet, CSV or JSON Lines, by the file extension."""
    path.parent.mkdir(parents=True, exist_ok=True)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        frame.to_parquet(path, index=False)
    elif suffix == ".csv":
        frame.to_csv(path, index=False, lineterminator="\n")
    elif suffix in (".jsonl", ".ndjson"):
        frame.to_json(path, orient="records", lines=True, force_ascii=False, date_format="iso")
    else:
        raise IngestError(f"{path}: choose .parquet, .csv or .jsonl for the output")


def _split_column(spec: str) -> tuple[str, str]:
    field, sep, name = spec.partition("=")
    if not sep or not field or not name:
        raise IngestError(f"--column {spec!r}: write it as FIELD=NAME, e.g. --column speaker=author")
    return field.strip(), name.strip()


@command("ingest")
def _ingest(args: argparse.Namespace) -> int:
    columns = dict(_split_column(c) for c in args.column)
    frame, report = load_corpus(args.paths, columns=columns, aliases=args.aliases)
    print(report.summary())
    if args.report_json:
        args.report_json.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    if report.rows_kept == 0:
        print("error: no statement could be kept; see the reasons above", file=sys.stderr)
        return 1
    write_frame(frame, args.output)
    print(f"wrote {len(frame):,} statements to {args.output}")
    return 0


@command("sample")
def _sample(args: argparse.Namespace) -> int:
    frame = write_sample(args.output, statements=args.statements, seed=args.seed)
    if args.aliases_out:
        sample_aliases().to_csv(args.aliases_out, index=False, lineterminator="\n")
    print(f"wrote {len(frame):,} statements to {args.output}")
    return 0


EXTRACT_COLUMNS = ["article", "speaker", "speaker_raw", "attribution", "cue", "text", "start", "end",
                   "date", "source", "title", "url", "confidence"]


@command("extract")
def _extract(args: argparse.Namespace) -> int:
    from analysis.extraction.articles import is_article_name, read_article
    from analysis.extraction.quotes import extract_corpus

    files = [f for f in expand_inputs(args.articles) if is_article_name(f.name)]
    if not files:
        raise IngestError("no article files (.txt, .md, .html) among the inputs")
    aliases = read_aliases(args.aliases) if args.aliases else None
    frame = extract_corpus([read_article(f.name, f.data) for f in files], aliases=aliases)
    extra = [c for c in frame.columns if c not in EXTRACT_COLUMNS]
    write_frame(frame[EXTRACT_COLUMNS + extra], args.output)
    print(f"wrote {len(frame):,} statements from {len(files):,} articles to {args.output}")
    return 0


PARSER_EXTENSIONS: list[Callable[[argparse._SubParsersAction], None]] = []


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; an unusable input gives a one-line error and exit status 2."""
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (IngestError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


# The text analytics subcommands (timeline, sentiment, terms, kwic) register themselves here.
from analysis import cli_analytics  # noqa: E402, F401
