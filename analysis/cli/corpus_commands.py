"""Subcommands that make corpora: ingest, sample and extract."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analysis.cli.common import add_corpus_options, column_choices, command
from analysis.corpus.ingest import IngestError, load_corpus
from analysis.corpus.sample import sample_aliases, write_sample
from analysis.corpus.speakers import read_aliases
from analysis.extraction.articles import is_article_name, read_article
from analysis.extraction.quotes import extract_corpus
from analysis.io import expand_inputs
from analysis.io.export import write_csv, write_frame


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register the corpus subcommands' arguments."""
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
    extract.add_argument("--language", choices=["en", "ru", "uk"],
                         help="read every article in this language (default: each article's "
                              "front-matter language, else the one its letters show)")
    extract.add_argument("-o", "--output", type=Path, required=True,
                         help="where to write the statements (.csv)")


@command("ingest")
def _ingest(args: argparse.Namespace) -> int:
    frame, report = load_corpus(args.paths, columns=column_choices(args), aliases=args.aliases)
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
        write_csv(sample_aliases(), args.aliases_out)
    print(f"wrote {len(frame):,} statements to {args.output}")
    return 0


EXTRACT_COLUMNS = ["article", "speaker", "speaker_raw", "attribution", "cue", "text", "start", "end",
                   "date", "source", "title", "url", "confidence"]


@command("extract")
def _extract(args: argparse.Namespace) -> int:
    files = [f for f in expand_inputs(args.articles) if is_article_name(f.name)]
    if not files:
        raise IngestError("no article files (.txt, .md, .html) among the inputs")
    aliases = read_aliases(args.aliases) if args.aliases else None
    frame = extract_corpus(
        [read_article(f.name, f.data) for f in files], aliases=aliases, language=args.language
    )
    extra = [c for c in frame.columns if c not in EXTRACT_COLUMNS]
    write_frame(frame[EXTRACT_COLUMNS + extra], args.output)
    print(f"wrote {len(frame):,} statements from {len(files):,} articles to {args.output}")
    return 0
