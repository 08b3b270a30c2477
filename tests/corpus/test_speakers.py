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
