"""The lemma table and lemma-aware phrase search: inflected forms found, English unchanged."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import kwic, timeline
from analysis.engine import phrases
from analysis.engine.lemmas import build_lemmas, lemma_terms
from analysis.text import matching
from tests.corpus_fixtures import index_of

ROWS = [
    ("Ann", "2024-01-05", "day", "Стороны обсудили условия мирного договора на встрече."),
    ("Ann", "2024-01-06", "day", "Министр сказал, что мирному договору нет альтернативы."),
    ("Bob", "2024-01-07", "day", "Сторони обговорили умови мирної угоди на зустрічі."),
    ("Bob", "2024-01-08", "day", "The sides discussed the terms of a peace treaty at the meeting."),
    ("Cat", "2024-01-09", "day", "Peace treaties are signed, not announced, the minister said."),
    ("Cat", "2024-01-10", "day", "Мирный договор подпишут не раньше весны, заявил он."),
]


@pytest.fixture(scope="module")
def index():
    return index_of(ROWS)


def test_a_lemma_lists_every_term_filed_under_it():
    vocab = ["", "договора", "договору", "treaty", "договор", "."]
    table = build_lemmas(vocab, np.array(["ru"]))
    assert lemma_terms(table, "договор").tolist() == [1, 2, 4]
    assert lemma_terms(table, "treaty").size == 0
    assert table.language.tolist() == ["ru"]


@pytest.mark.parametrize(
    ("phrase", "statements"),
    [
        ("мирный договор", [0, 1, 5]),
        ("мирного договора", [0, 1, 5]),
        ("мирна угода", [2]),
        ("договор", [0, 1, 5]),
        ("peace treaty", [3]),  # English matches as written: "treaties" is another word
        ("treaty", [3]),
        ("мирный договор на встрече", [0]),
        ("договор мирный", []),  # the words in a row, in that order
    ],
)
def test_phrase_search_finds_inflected_russian_and_ukrainian_forms(index, phrase, statements):
    ids = phrases.phrase_ids(index, phrase)
    found = phrases.statement_counts(index, ids)[0].tolist() if ids is not None else []
    assert found == statements
    texts = index.statements["text"].tolist()
    assert np.flatnonzero(matching.texts_matching(texts, phrase)).tolist() == statements


@pytest.mark.parametrize("phrase", ["мирный договор", "мирна угода", "peace treaty"])
def test_index_and_text_paths_count_the_same(index, phrase):
    ids = phrases.phrase_ids(index, phrase)
    assert ids is not None
    stmts, counts = phrases.statement_counts(index, ids)
    by_text = [matching.phrase_count(t, phrase) for t in index.statements["text"]]
    assert dict(zip(stmts.tolist(), counts.tolist(), strict=True)) == {
        i: c for i, c in enumerate(by_text) if c
    }


def test_the_concordance_shows_the_surface_forms(index):
    rows = kwic.concordance(index, "мирный договор", window=2)
    assert rows["match"].tolist() == ["мирного договора", "мирному договору", "Мирный договор"]


def test_a_phrase_timeline_counts_the_inflected_forms(index):
    frame = timeline.phrase_timeline(index, ["мирный договор"], freq="month", by="none")
    assert int(frame["mentions"].sum()) == 3


def test_real_ukrainian_phrases_find_more_forms_than_their_surface(shared_dir):
    path = shared_dir / "corpora" / "ua-officials-2022-uk.csv"
    frame = pd.read_csv(path)
    rows = [("x", "2022-03-01", "day", str(t)) for t in frame["text"]]
    real = index_of(rows)
    ids = phrases.phrase_ids(real, "гуманітарний коридор")
    assert ids is not None
    matches = kwic.concordance(real, "гуманітарний коридор", window=0)
    surface = {m.casefold() for m in matches["match"]}
    assert {"гуманітарні коридори", "гуманітарних коридорів"} <= surface
    assert len(surface) >= 4
