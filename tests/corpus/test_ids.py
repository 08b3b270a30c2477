"""Vectorised statement ids: the same ids make_statement_id gives row by row, repeats included."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus.ids import statement_ids
from analysis.corpus.schema import make_statement_id


def _row_by_row(frame: pd.DataFrame) -> list[str]:
    """The ids as ingest computed them before: a key per row, its ordinal, one hash per row."""
    key = frame["speaker_raw"] + "\x1f" + frame["dates"] + "\x1f" + frame["text"] + "\x1f" + frame["source"]
    ordinal = key.groupby(key).cumcount()
    fields = zip(frame["speaker_raw"], frame["dates"], frame["text"], frame["source"], ordinal, strict=True)
    return [make_statement_id(s, d, t, src, int(o)) for s, d, t, src, o in fields]


def _frame(rows):
    return pd.DataFrame(rows, columns=["speaker_raw", "dates", "text", "source"], dtype="string")


@pytest.mark.parametrize(
    "rows",
    [
        [("Ann", "2024-01-05T00:00:00", "Peace now.", "Wire")],
        [("Ann", "", "Undated.", ""), ("Ann", "", "Undated.", ""), ("Bob", "", "Undated.", "")],
        [("Зеленський", "2022-03-01T10:00:00", "Слава Україні! «Мир»", "ua"), ("Ann", "x", "a\x1fb", "s")],
        [("A", "d", "same", "s")] * 5 + [("B", "d", "same", "s")] * 2,
        [],
    ],
    ids=["one row", "repeats get ordinals", "other scripts and separators", "many repeats", "empty"],
)
def test_ids_equal_the_row_by_row_ids(rows):
    frame = _frame(rows)
    got = statement_ids(frame["speaker_raw"], frame["dates"], frame["text"], frame["source"])
    assert got.tolist() == _row_by_row(frame)
    assert len(got) == len(rows)


def test_a_missing_field_is_a_clear_error():
    frame = _frame([("Ann", "d", None, "s")])
    with pytest.raises(ValueError, match="'text' has missing values"):
        statement_ids(frame["speaker_raw"], frame["dates"], frame["text"], frame["source"])


@pytest.mark.shared
def test_ids_equal_the_ids_ingest_gives_the_real_corpus(shared_dir):
    from analysis.corpus.ingest import load_corpus
    from analysis.corpus.sites import site_of

    frame, _ = load_corpus([shared_dir / "corpora" / "ua-officials-2022.csv"])
    dates = frame["date"].dt.strftime("%Y-%m-%dT%H:%M:%S").fillna("").astype(str)
    # ids hash the source as read: here a URL, which the frame shows as its site and keeps in url
    as_read = pd.Series([url if site and site_of(url) == site else site
                         for site, url in zip(frame["source"], frame["url"], strict=True)])
    assert (as_read != frame["source"]).all()
    got = statement_ids(frame["speaker_raw"], dates, frame["text"], as_read)
    assert got.tolist() == frame["statement_id"].tolist()
