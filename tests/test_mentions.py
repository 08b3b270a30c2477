"""Who mentions whom, through canonical names and the alias table."""

from __future__ import annotations

import pandas as pd

from analysis.mentions import mention_edges
from tests.corpus_fixtures import index_of, sample_index

ROWS = [
    ("Anton Marek", "2024-01-01", "day", "I spoke with Dmitry Volkan and Volkan again."),
    ("Anton Marek", "2024-01-02", "day", "Helena Strand is right. So am I, Anton Marek."),
    ("Dmitri Volkan", "2024-01-03", "day", "President Anton Marek lies. Дмитрий Волкан never lies."),
    ("Helena Strand", "2024-01-04", "day", "Volkanic ash is no excuse."),
]
ALIASES = pd.DataFrame(
    {"alias": ["Dmitry Volkan", "Volkan", "Дмитрий Волкан", "President Anton Marek"],
     "canonical": ["Dmitri Volkan", "Dmitri Volkan", "Dmitri Volkan", "Anton Marek"]}
)


def test_edges_count_statements_naming_each_person_without_self_mentions():
    frame = mention_edges(index_of(ROWS), aliases=ALIASES)
    assert list(frame.columns) == ["speaker", "mentioned", "statements"]
    assert sorted(map(tuple, frame.values.tolist())) == [
        ("Anton Marek", "Dmitri Volkan", 1),  # two names in one statement count once
        ("Anton Marek", "Helena Strand", 1),
        ("Dmitri Volkan", "Anton Marek", 1),  # "Volkanic" is not "Volkan"
    ]


def test_without_aliases_only_canonical_names_match():
    frame = mention_edges(index_of(ROWS))
    assert ("Anton Marek", "Dmitri Volkan") not in set(zip(frame["speaker"], frame["mentioned"], strict=True))


def test_bad_alias_table_is_rejected_with_the_columns_it_needs():
    import pytest

    with pytest.raises(ValueError, match="'alias' and 'canonical'"):
        mention_edges(index_of(ROWS), aliases=pd.DataFrame({"name": ["x"]}))


def test_sample_mentions_are_recovered():
    from analysis.corpus.sample import sample_aliases

    frame = mention_edges(sample_index(), aliases=sample_aliases())
    assert frame["statements"].sum() > 150  # about 10% of 3,000 statements name someone
    assert (frame["speaker"] != frame["mentioned"]).all()
