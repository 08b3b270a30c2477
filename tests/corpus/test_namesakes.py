"""Speakers that may be two people under one name are flagged, never split silently."""

from __future__ import annotations

import pytest

from analysis.corpus.ingest import load_corpus
from analysis.corpus.namesakes import possible_merges, split_rows
from tests.corpus_fixtures import corpus


def _rows(*cells):
    return [(speaker, date, "year", f"Statement {i}.") for i, (speaker, date) in enumerate(cells)]


@pytest.mark.parametrize(
    ("cells", "flagged"),
    [
        ([("Roosevelt", "1905-01-01"), ("Roosevelt", "1933-01-01"), ("Roosevelt", "1937-01-01")],
         {"Roosevelt": "no statement from 1905 to 1933 (28 years)"}),
        ([("Cleveland", "1885-01-01"), ("Cleveland", "1893-01-01")], {}),  # 8 years: one person
        ([("Lukashenko", "2020-01-01"), ("Alexander Lukashenko", "2020-01-01"),
          ("Viktor Lukashenko", "2021-01-01")],
         {"Lukashenko": "the surname of Alexander Lukashenko and Viktor Lukashenko"}),
        ([("Lukashenko", "2020-01-01"), ("Alexander Lukashenko", "2020-01-01"),
          ("Alyaksandr Lukashenka", "2021-01-01")], {}),  # two spellings of one given name
        ([("Ann Lee", "1900-01-01"), ("Ann Lee", "1990-01-01")], {}),  # a full name is not flagged
    ],
    ids=["silence", "short-gap", "two-given-names", "one-given-name", "full-name"],
)
def test_bare_surnames_with_a_long_silence_or_two_owners_are_flagged(cells, flagged):
    found = possible_merges(corpus(_rows(*cells)))
    assert dict(zip(found["speaker"], found["reason"], strict=True)) == flagged


def test_split_rows_cut_a_flagged_speaker_at_its_silences():
    frame = corpus(_rows(("Bush", "1989-01-01"), ("Bush", "2001-01-01"), ("Bush", "2005-01-01")))
    rows = split_rows(frame, possible_merges(frame))
    assert rows.values.tolist() == [["Bush", "Bush (1989)", "1989", "1989"],
                                    ["Bush", "Bush (2001-2005)", "2001", "2005"]]


@pytest.mark.shared
def test_the_inaugural_namesakes_are_flagged_and_the_suggested_aliases_split_them(shared_dir):
    path = shared_dir / "corpora" / "nltk" / "inaugural.zip"
    frame, _ = load_corpus([path])
    merges = possible_merges(frame)
    assert set(merges["speaker"]) == {"Adams", "Bush", "Harrison", "Roosevelt"}
    assert frame["speaker"].nunique() == 36  # flagged only: nothing was split or merged
    split, _ = load_corpus([path], aliases=split_rows(frame, merges))
    assert possible_merges(split).empty
    roosevelts = split.loc[split["speaker"].str.startswith("Roosevelt"), "speaker"].value_counts()
    assert roosevelts.to_dict() == {"Roosevelt (1933-1945)": 4, "Roosevelt (1905)": 1}
