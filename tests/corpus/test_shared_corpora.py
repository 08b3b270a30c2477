import re
import zipfile

import pandas as pd
import pytest

from analysis.corpus.ingest import load_corpus


def _zip_speakers(path) -> set[str]:
    """Speakers named in the file names, counted independently of the loader."""
    names = zipfile.ZipFile(path).namelist()
    return {m[1] for n in names if (m := re.search(r"/\d{4}-([^/]+?)(?:-\d+)?\.txt$", n))}


@pytest.mark.parametrize(
    ("relative", "rows", "rejected"),
    [
        ("corpora/ua-officials-2022.csv", 350, 2),
        ("corpora/nltk/inaugural.zip", 59, 0),
        ("corpora/nltk/state_union.zip", 65, 0),
    ],
)
def test_real_corpora_load_with_their_row_counts_and_speakers(shared_dir, relative, rows, rejected):
    path = shared_dir / relative
    frame, report = load_corpus([path])
    assert report.rows_read == rows
    assert report.rows_rejected == rejected
    assert report.rows_kept == rows - rejected == len(frame)
    if path.suffix == ".zip":
        expected = _zip_speakers(path)
    else:
        raw = pd.read_csv(path, dtype=str)
        expected = set(raw.loc[~raw["date"].str.contains("T24:"), "speaker"].str.strip())
    assert set(frame["speaker"]) == expected


def test_the_ukrainian_corpus_keeps_cyrillic_speakers_and_rejects_hour_24(shared_dir):
    frame, report = load_corpus([shared_dir / "corpora/ua-officials-2022.csv"])
    assert frame["speaker"].str.contains("[А-Яа-яІіЇїЄє]").all()
    assert frame["speaker"].value_counts().idxmax() == "Володимир Зеленський"
    assert dict(report.rejected_by_reason) == {"unparseable date": 2}
    assert "T24:04:30" in report.examples["unparseable date"][0]
    assert {"translated", "topics", "dataset"} <= set(frame.columns)


def test_the_latin1_state_union_corpus_decodes_without_replacement_characters(shared_dir):
    frame, _ = load_corpus([shared_dir / "corpora/nltk/state_union.zip"])
    assert not frame["text"].str.contains("\ufffd").any()
    assert (frame["date_precision"] == "year").all()
    assert frame["date"].min().year == 1945
