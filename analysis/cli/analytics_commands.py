"""Command-line subcommands of the text analytics: timeline, sentiment, terms and kwic."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from analysis import kwic, sentiment, terms, timeline
from analysis.cli.common import add_corpus_options, command, read_corpus
from analysis.concepts import Concept, concepts_from_bytes
from analysis.corpus.filters import StatementFilter
from analysis.engine import grid, phrases
from analysis.engine.index import CorpusIndex, build_index
from analysis.io.errors import IngestError
from analysis.io.export import write_frame
from analysis.text.language import normalise_code
from analysis.types import FREQS

DEFAULT_CACHE = Path(".parley-cache") / "index"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from exc


def _language(text: str) -> str:
    code = normalise_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 639-1 language code; write e.g. en, ru, uk or und")
    return code


def _common(parser: argparse.ArgumentParser) -> None:
    """Corpus, filter, cache and output options shared by the analytics subcommands."""
    add_corpus_options(parser)
    parser.add_argument("--speaker", action="append", default=[], help="only this speaker (repeatable)")
    parser.add_argument("--source", action="append", default=[], help="only this source (repeatable)")
    parser.add_argument("--since", type=_date, help="only statements on or after this date")
    parser.add_argument("--until", type=_date, help="only statements on or before this date")
    parser.add_argument("--query", default="", help="only statements containing this phrase")
    parser.add_argument("--hide-unsure", action="store_true",
                        help="leave out extracted statements whose attribution needs checking")
    parser.add_argument("--language", action="append", default=[], type=_language,
                        help="only statements in this language, an ISO 639-1 code such as en, ru "
                        "or uk, or und for too short to tell (repeatable)")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=DEFAULT_CACHE,
        help=f"where the corpus index is cached (default {DEFAULT_CACHE})",
    )
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    parser.add_argument("-o", "--output", type=Path, required=True, help="output .csv, .parquet or .jsonl")


def _grid_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--freq", choices=FREQS, default="month", help="period length")
    parser.add_argument(
        "--by",
        choices=("speaker", "none"),
        default="speaker",
        help="one line per speaker, or all speakers together",
    )


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register the analytics subcommands' arguments."""
    p = sub.add_parser("timeline", help="mentions of phrases or concepts per period and speaker")
    _common(p)
    _grid_options(p)
    followed = p.add_mutually_exclusive_group(required=True)
    followed.add_argument("--phrase", action="append", help="phrase of 1-5 words (repeatable)")
    followed.add_argument(
        "--concepts", type=Path,
        help="CSV of concept,pattern rows: each concept counts the matches of all its patterns "
        "(words or phrases in any language; * is a glob inside a word, as in sanction*)",
    )

    p = sub.add_parser("sentiment", help="mean VADER sentiment per period and speaker, with 95%% CI")
    _common(p)
    _grid_options(p)
    p.add_argument(
        "--min-statements", type=int, default=sentiment.MIN_STATEMENTS,
        help="cells with fewer statements keep their count but get no mean (default %(default)s, "
        "as the dashboard)",
    )

    p = sub.add_parser("terms", help="top terms or n-grams of the selection, without stopwords")
    _common(p)
    p.add_argument("--top", type=int, default=50, help="how many terms")
    p.add_argument("--ngram", type=int, choices=(1, 2, 3), default=1, help="words per term")

    p = sub.add_parser("kwic", help="concordance: every match of a phrase with its context")
    _common(p)
    p.add_argument("--phrase", required=True, help="phrase of 1-5 words")
    p.add_argument("--window", type=int, default=8, help="words of context on each side")
    p.add_argument("--limit", type=int, help="at most this many rows")



def read_concepts(path: Path) -> tuple[Concept, ...]:
    """The concepts of a concept,pattern CSV file, in any encoding the corpus files may have."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read the concepts file ({exc.strerror})") from None
    return concepts_from_bytes(data, name=str(path))


def _index(args: argparse.Namespace) -> tuple[CorpusIndex, StatementFilter]:
    given = getattr(args, "phrase", None)
    for phrase in [given] if isinstance(given, str) else given or []:
        phrases.check_phrase(phrase)  # fail before the corpus is read and indexed
    frame = read_corpus(args, args.corpus)
    cache = None if args.no_cache else args.cache_dir

    def progress(fraction: float, message: str) -> None:
        print(f"[{fraction:4.0%}] {message}", file=sys.stderr)

    where = StatementFilter(
        speakers=tuple(args.speaker),
        since=args.since,
        until=args.until,
        sources=tuple(args.source),
        query=args.query,
        hide_unsure=args.hide_unsure,
        languages=tuple(args.language),
    )
    return build_index(frame, cache_dir=cache, progress=progress), where


def _done(frame_rows: int, path: Path) -> int:
    print(f"wrote {frame_rows:,} rows to {path}")
    return 0


@command("timeline")
def _timeline(args: argparse.Namespace) -> int:
    concepts = read_concepts(args.concepts) if args.concepts else ()  # fail before indexing
    index, where = _index(args)
    if concepts:
        frame = timeline.concept_timeline(index, concepts, freq=args.freq, by=args.by, where=where)
        followed, count = "concept", len(concepts)
    else:
        frame = timeline.phrase_timeline(index, args.phrase, freq=args.freq, by=args.by, where=where)
        followed, count = "phrase", len({p.strip() for p in args.phrase})
    if count == 1:
        frame = frame.drop(columns=followed)
    coverage = grid.grain_coverage(index, freq=args.freq, by=args.by, where=where)
    if coverage.too_coarse or coverage.undated:
        print(
            f"not counted at {args.freq} grain: {coverage.too_coarse:,} statements with coarser "
            f"dates, {coverage.undated:,} undated",
            file=sys.stderr,
        )
    write_frame(frame, args.output)
    return _done(len(frame), args.output)


@command("sentiment")
def _sentiment(args: argparse.Namespace) -> int:
    index, where = _index(args)
    frame = sentiment.sentiment_timeline(
        index, freq=args.freq, by=args.by, where=where, min_statements=args.min_statements
    )
    write_frame(frame, args.output)
    return _done(len(frame), args.output)


@command("terms")
def _terms(args: argparse.Namespace) -> int:
    index, where = _index(args)
    frame = terms.top_terms(index, ngram=args.ngram, top=args.top, where=where)
    write_frame(frame, args.output)
    return _done(len(frame), args.output)


@command("kwic")
def _kwic(args: argparse.Namespace) -> int:
    index, where = _index(args)
    frame = kwic.concordance(index, args.phrase, window=args.window, where=where, limit=args.limit)
    write_frame(frame, args.output)
    return _done(len(frame), args.output)
