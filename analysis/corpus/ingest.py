"""Load statement files of any supported kind into one validated corpus frame and a report."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.corpus import cache as corpus_cache
from analysis.corpus.articles import read_articles
from analysis.corpus.columns import map_columns, require_columns
from analysis.corpus.dates import parse_dates
from analysis.corpus.ids import statement_ids
from analysis.corpus.languages import BAD_LANGUAGE, fill_languages, given_languages, language_column
from analysis.corpus.report import IngestReport
from analysis.corpus.schema import (
    conform_statements,
    empty_statements,
    validate_statements,
)
from analysis.corpus.sites import sources_as_sites
from analysis.corpus.speakers import read_aliases
from analysis.corpus.spellings import speaker_column
from analysis.io.errors import IngestError
from analysis.io.raw import RawTable
from analysis.io.source import InputFile, expand_inputs
from analysis.io.tables import ARTICLE_SUFFIXES, TABLE_SUFFIXES, read_table
from analysis.io.textcorpus import corpus_name, is_corpus_file, read_text_corpus
from analysis.types import DATE_PRECISIONS

Progress = Callable[[float, str], None]
Inputs = Sequence[Path | str | InputFile]
_DEDUP_KEY = ["speaker_raw", "date", "text", "source", "title", "url"]

__all__ = ["IngestError", "IngestReport", "Ingested", "ingest", "load_corpus"]


@dataclass(frozen=True)
class Ingested:
    """A validated statement frame, its report, and each article's text by article name."""

    frame: pd.DataFrame
    report: IngestReport
    articles: dict[str, str] = field(default_factory=dict)


def load_corpus(
    inputs: Inputs,
    *,
    columns: Mapping[str, str] | None = None,
    aliases: pd.DataFrame | Path | str | None = None,
    progress: Progress | None = None,
    cache_dir: Path | None = None,
) -> tuple[pd.DataFrame, IngestReport]:
    """Read files, folders and zips into one statement frame, with a report of every row.

    With cache_dir, a corpus ingested before from the same bytes and settings is read back.
    """
    alias_table = _alias_table(aliases)
    files = _expand(inputs)
    folder = None
    damaged = ""
    if cache_dir is not None:
        folder = Path(cache_dir) / corpus_cache.cache_key(files, columns=columns, aliases=alias_table)
        cached = corpus_cache.load_cached(folder)
        if isinstance(cached, tuple):
            if progress:
                progress(1.0, f"{cached[1].rows_kept:,} statements loaded from the cache")
            return cached
        damaged = cached
    done = _ingest(files, columns, alias_table, progress)
    if folder is not None:
        corpus_cache.store(folder, done.frame, done.report)
    if damaged:  # said once, not stored with the rebuilt entry
        done.report.notes.append(damaged)
    return done.frame, done.report


def ingest(
    inputs: Inputs,
    *,
    columns: Mapping[str, str] | None = None,
    aliases: pd.DataFrame | Path | str | None = None,
    progress: Progress | None = None,
) -> Ingested:
    """Read files, folders and zips into statements, keeping the articles' text for evidence."""
    alias_table = _alias_table(aliases)
    return _ingest(_expand(inputs), columns, alias_table, progress)


def _ingest(
    files: list[InputFile],
    columns: Mapping[str, str] | None,
    alias_table: pd.DataFrame | None,
    progress: Progress | None,
) -> Ingested:
    """Read, map, reject, deduplicate and identify the statements of the given files."""
    report = IngestReport()
    tables, articles = _read_all(files, report, progress, alias_table)
    parts = [_statements_from(table, columns, report) for table in tables]
    frame = pd.concat(parts, ignore_index=True) if parts else empty_statements()
    frame = _drop_duplicates(frame, report)
    frame["speaker"] = _speakers(frame, alias_table)
    if progress:
        progress(0.85, f"Telling the language of {len(frame):,} statements")
    frame["language"] = fill_languages(
        frame["language"] if "language" in frame.columns else pd.Series("", index=frame.index),
        frame["text"],
    )
    frame = sources_as_sites(_assign_ids(frame))  # ids hash the source as written
    frame = conform_statements(frame.drop(columns=["_where"]))
    report.rows_kept = len(frame)
    report.check()
    if not report.rows_kept:
        raise IngestError(_nothing_kept(report, articles=bool(articles)))
    if progress:
        progress(1.0, f"{report.rows_kept:,} statements loaded")
    return Ingested(validate_statements(frame), report, articles)


def _nothing_kept(report: IngestReport, *, articles: bool) -> str:
    """Say why no statement survived, with the report's reasons and example rows."""
    files = ", ".join(report.files[:3]) + (f" and {len(report.files) - 3} more" if len(report.files) > 3
                                           else "")
    if not report.rows_read:
        where = "no attributed quote was found in the articles" if articles else \
            "the files hold no rows below their headers"
        return f"{files}: no statements to load; {where}"
    reasons = "; ".join(
        f"{reason}: {count:,} (e.g. {', '.join(report.examples.get(reason, [])[:2])})"
        for reason, count in report.rejected_by_reason.most_common(4)
    )
    return (f"{files}: none of the {report.rows_read:,} rows could be kept ({reasons}). "
            "Fix those rows, or choose the right columns with --column FIELD=NAME, and load again")


def _speakers(frame: pd.DataFrame, alias_table: pd.DataFrame | None) -> pd.Series:
    """Canonical speakers: the alias table first, then one the input already resolved, then the
    raw name; spellings of one person across scripts then share the most frequent one."""
    resolved = frame.pop("_resolved") if "_resolved" in frame.columns else None
    return speaker_column(frame["speaker_raw"], aliases=alias_table, dates=frame["date"],
                          resolved=resolved)


def _expand(inputs: Inputs) -> list[InputFile]:
    """Every input file behind the paths, folders and zips given; none at all is an error."""
    files = list(expand_inputs(inputs))
    if not files:
        raise IngestError("no input files were given")
    return files


def _alias_table(aliases: pd.DataFrame | Path | str | None) -> pd.DataFrame | None:
    if aliases is None or isinstance(aliases, pd.DataFrame):
        return aliases
    return read_aliases(aliases)


def _read_all(
    files: list[InputFile], report: IngestReport, progress: Progress | None, aliases: pd.DataFrame | None
) -> tuple[list[RawTable], dict[str, str]]:
    """Dispatch every file to its reader; corpus files group per corpus, articles go together."""
    corpora: dict[str, list[InputFile]] = defaultdict(list)
    tables: list[RawTable] = []
    articles: list[InputFile] = []
    for number, item in enumerate(files):
        report.files.append(item.name)
        if is_corpus_file(item.name):
            corpora[corpus_name(item.name)].append(item)
        elif item.suffix in ARTICLE_SUFFIXES:
            articles.append(item)
        elif item.suffix in TABLE_SUFFIXES:
            tables.extend(read_table(item, progress=_scaled(progress, number, len(files))))
        elif item.member:
            report.notes.append(f"skipped {item.name}: not a statement file")
            report.files.pop()
        else:
            raise IngestError(
                f"{item.name}: Parley cannot read {item.suffix or 'extension-less'} files; "
                f"expected {', '.join(TABLE_SUFFIXES)}, or a folder or zip of YEAR-Speaker.txt files"
            )
    tables.extend(read_text_corpus(items, corpus=name) for name, items in corpora.items())
    if not articles:
        return tables, {}
    found = read_articles(articles, aliases=aliases)
    return [*tables, found.table], found.texts


def _scaled(progress: Progress | None, number: int, total: int) -> Progress | None:
    """Scale a file's own progress into its share of the whole load (reading is 80% of it)."""
    if progress is None:
        return None
    return lambda fraction, message: progress(0.8 * (number + fraction) / total, message)


def _statements_from(
    table: RawTable, columns: Mapping[str, str] | None, report: IngestReport
) -> pd.DataFrame:
    """Map one table's columns to the schema and reject the rows that cannot be statements."""
    raw = table.frame
    report.rows_read += len(raw) + len(table.refused)
    for row, reason in table.refused:
        report.reject(reason, [f"{table.name} row {row}"])
    report.notes.extend(f"{table.name}: {note}" for note in table.notes)
    mapping = map_columns(list(raw.columns), explicit=columns, name=table.name)
    if "speaker" not in mapping and "speaker_raw" in raw.columns:
        mapping["speaker"] = "speaker_raw"
    require_columns(mapping, list(raw.columns), name=table.name)
    if "date" not in mapping:
        raise IngestError(
            f"{table.name}: no date column found; the columns are {list(raw.columns)}. "
            "Rename one to 'date', or choose it with --column date=NAME"
        )
    speaker_col = "speaker_raw" if "speaker_raw" in raw.columns and "speaker" not in (columns or {}) \
        else mapping["speaker"]
    out = pd.DataFrame(index=raw.index)
    out["speaker_raw"] = raw[speaker_col].fillna("").astype(str).str.strip()
    if speaker_col == "speaker_raw" and "speaker" in raw.columns:
        out["_resolved"] = raw["speaker"].fillna("").astype(str).str.strip()
    out["text"] = raw[mapping["text"]].fillna("").astype(str).str.strip()
    for optional in ("source", "title", "url"):
        out[optional] = (
            raw[mapping[optional]].fillna("").astype(str).str.strip() if optional in mapping else ""
        )
    parsed = parse_dates(raw[mapping["date"]])
    report.notes.extend(f"{table.name}: {note}" for note in parsed.notes)
    out["date"] = parsed.dates
    out["date_precision"] = _precision(parsed.precision, raw)
    out["_where"] = [f"{table.name} row {row}" for row in raw.index]
    given = language_column(list(raw.columns))
    language_bad = pd.Series(False, index=raw.index)
    if given is not None:
        out["language"], language_bad = given_languages(raw[given])
    used = {*mapping.values(), speaker_col, "speaker", "date_precision", given}
    for column in raw.columns:
        if column not in used and column not in out.columns:
            out[column] = raw[column]
    if "statement_id" in raw.columns and _usable_ids(raw["statement_id"]):
        out["statement_id"] = raw["statement_id"]
    reasons = pd.Series("", index=raw.index, dtype="string")
    reasons = reasons.mask(out["text"] == "", "empty text")
    reasons = reasons.mask((reasons == "") & (out["speaker_raw"] == ""), "missing speaker")
    date_reason = parsed.errors.str.replace(r":.*$", "", regex=True)
    if table.undated_ok:
        undated = date_reason == "missing date"
        out.loc[undated, "date_precision"] = "none"
        date_reason = date_reason.mask(undated, "")
    reasons = reasons.mask((reasons == "") & (date_reason != ""), date_reason)
    reasons = reasons.mask((reasons == "") & language_bad, BAD_LANGUAGE)
    _reject_rows(out["_where"], reasons, report, dates=raw[mapping["date"]],
                 languages=raw[given] if given is not None else None)
    return out.loc[reasons == ""]


def _reject_rows(
    where: pd.Series, reasons: pd.Series, report: IngestReport, *, dates: pd.Series,
    languages: pd.Series | None,
) -> None:
    """Count each rejected row under its reason, quoting the bad date or language cell."""
    for reason, rows in where.loc[reasons != ""].groupby(reasons[reasons != ""]):
        detail = dates if str(reason).endswith("date") else (
            languages if reason == BAD_LANGUAGE else None)
        named = list(rows)
        if detail is not None:
            cells = detail.loc[rows.index].fillna("").astype(str)
            named = [f"{w} ({d[:30]!r})" for w, d in zip(rows, cells, strict=True)]
        report.reject(str(reason), named)


def _precision(parsed: pd.Series, raw: pd.DataFrame) -> pd.Series:
    """Use a Parley corpus's own date_precision column where it has one, else the parsed one."""
    if "date_precision" not in raw.columns:
        return parsed
    given = raw["date_precision"].astype(str)
    return given.where(given.isin(DATE_PRECISIONS), parsed).astype("string")


def _usable_ids(ids: pd.Series) -> bool:
    return bool((ids.astype(str) != "").all() and ids.is_unique)


def _drop_duplicates(frame: pd.DataFrame, report: IngestReport) -> pd.DataFrame:
    """Reject rows identical to an earlier row in every statement field."""
    dup = frame.duplicated(subset=_DEDUP_KEY, keep="first")
    report.reject("exact duplicate of an earlier row", list(frame.loc[dup, "_where"]))
    return frame.loc[~dup].reset_index(drop=True)


def _assign_ids(frame: pd.DataFrame) -> pd.DataFrame:
    """Give each statement a stable id unless the input carried usable ids."""
    if "statement_id" in frame.columns and _usable_ids(frame["statement_id"].fillna("")):
        return frame
    dates = frame["date"].dt.strftime("%Y-%m-%dT%H:%M:%S").fillna("").astype(str)
    out = frame.copy()
    out["statement_id"] = statement_ids(frame["speaker_raw"], dates, frame["text"], frame["source"])
    return out

