"""Small inline corpora shared by the text analytics tests."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

import pandas as pd

from analysis.corpus.schema import conform_statements
from analysis.engine.index import CorpusIndex, build_index


def corpus(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """A statement frame from (speaker, date, precision, text) rows."""
    frame = pd.DataFrame(rows, columns=["speaker", "date", "date_precision", "text"])
    frame["statement_id"] = [f"s{i}" for i in range(len(rows))]
    frame["date"] = frame["date"].replace("", None)
    return conform_statements(frame)


def index_of(rows: list[tuple[str, str, str, str]]) -> CorpusIndex:
    """An index of a small inline corpus, built in-process without a cache."""
    return build_index(corpus(rows))


@functools.cache
def sample_index() -> CorpusIndex:
    """The bundled-size generated sample (3,000 statements, seed 7), loaded with its aliases."""
    from analysis.corpus.ingest import load_corpus
    from analysis.corpus.sample import generate_sample, sample_aliases

    raw = generate_sample(3000, seed=7)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.csv"
        raw.to_csv(path, index=False)
        frame, _ = load_corpus([path], aliases=sample_aliases())
    return build_index(frame)


@functools.cache
def shared_index(shared_dir: Path) -> CorpusIndex:
    """The index of the real ua-officials-2022 corpus (built once per test process)."""
    return build_index(shared_corpus(shared_dir))


def shared_corpus(shared_dir: Path) -> pd.DataFrame:
    """The real ua-officials-2022 corpus from ../shared, through the project's loader."""
    from analysis.corpus.ingest import load_corpus

    frame, _ = load_corpus([shared_dir / "corpora" / "ua-officials-2022.csv"])
    return frame


@functools.cache
def real_texts(shared_dir: Path) -> tuple[str, ...]:
    """Every statement of the real corpora in ../shared, and every 15th presidential paragraph."""
    from analysis.corpus.ingest import load_corpus
    from bench.real_corpus import paragraphs

    corpora = shared_dir / "corpora"
    texts: list[str] = []
    for name in (
        "ua-officials-2022.csv",
        "ua-officials-2022-uk.csv",
        "nltk/inaugural.zip",
        "nltk/state_union.zip",
    ):
        frame, _ = load_corpus([corpora / name])
        texts.extend(frame["text"].astype(str))
    speeches = paragraphs(corpora / "presidential-speeches.csv.gz")["text"]
    texts.extend(speeches.iloc[::15])
    return tuple(texts)


@functools.cache
def real_sentences(shared_dir: Path) -> tuple[str, ...]:
    """The Punkt sentences of real_texts."""
    from analysis.text import tokens

    return tuple(text[a:b] for text in real_texts(shared_dir) for a, b in tokens.sentence_spans(text))
