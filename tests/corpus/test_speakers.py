import re

import pandas as pd
import pytest

from analysis.corpus.ingest import IngestError
from analysis.corpus.speakers import canonical_speakers, normalise_speaker, read_aliases


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Erik   Lund ", "Erik Lund"),
        ("Mr. Erik Lund", "Erik Lund"),
        ("H.E. Dr. Erik Lund", "Erik Lund"),
        ("President Putin", "Putin"),
        ("Prime Minister Erik Lund", "Erik Lund"),
        ("President", "President"),
        ("Президент Зеленський", "Зеленський"),
        ("He Lifeng", "He Lifeng"),
        ("Володимир Зеленський", "Володимир Зеленський"),
        ("Erik Lund:", "Erik Lund"),
        (":Erik Lund", ":Erik Lund"),
        (":wq", ":wq"),
        (",;", ",;"),
        (":", ":"),
    ],
)
def test_normalisation_folds_space_and_strips_titles_before_a_name(raw, expected):
    assert normalise_speaker(raw) == expected


def test_the_alias_table_wins_over_normalisation_case_insensitively():
    aliases = pd.DataFrame({"alias": ["lukashenko", "Лукашенко"], "canonical": ["Alyaksandr Lukashenka"] * 2})
    raw = pd.Series(["Lukashenko", "President LUKASHENKO", "Лукашенко", "Someone Else"])
    assert canonical_speakers(raw, aliases=aliases).tolist() == [
        "Alyaksandr Lukashenka", "Alyaksandr Lukashenka", "Alyaksandr Lukashenka", "Someone Else",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"name,real\nA,B\n", "needs the columns alias,canonical"),
        (b"alias,canonical\nA,\n", "empty alias or canonical name on line(s) 2"),
    ],
)
def test_a_broken_alias_table_is_refused_with_the_reason(data, message):
    with pytest.raises(IngestError, match=re.escape(message)):
        read_aliases(data, name="aliases.csv")


def test_a_cell_naming_several_people_is_resolved_person_by_person():
    aliases = pd.DataFrame({"alias": ["Podolyak"], "canonical": ["Михайло Подоляк"]})
    raw = pd.Series(["Podolyak; Mr. Денис Шмигаль", "Podolyak"])
    assert canonical_speakers(raw, aliases=aliases).tolist() == [
        "Михайло Подоляк; Денис Шмигаль", "Михайло Подоляк"]


def test_dated_alias_rows_split_two_people_written_the_same_way():
    table = read_aliases(
        b"alias,canonical,from,to\nRoosevelt,Theodore Roosevelt,,1909\n"
        b"Roosevelt,Franklin D. Roosevelt,1933-03-04,\nWashington,George Washington,,\n",
        name="aliases.csv",
    )
    raw = pd.Series(["Roosevelt", "Roosevelt", "Roosevelt", "Washington", "Roosevelt"])
    dates = pd.Series(pd.to_datetime(["1905-01-01", "1933-03-04", "1920-01-01", "1789-01-01", None],
                                     utc=True))
    assert canonical_speakers(raw, aliases=table, dates=dates).tolist() == [
        "Theodore Roosevelt", "Franklin D. Roosevelt", "Roosevelt", "George Washington", "Roosevelt"]


def test_an_alias_date_that_is_not_a_year_or_a_date_is_refused_with_its_line():
    with pytest.raises(IngestError, match=re.escape("column 'from' needs a year (1905) or a date")) as err:
        read_aliases(b"alias,canonical,from\nA,B,\nC,D,March 1933\n", name="aliases.csv")
    assert "line(s) 3 ('March 1933')" in str(err.value)
