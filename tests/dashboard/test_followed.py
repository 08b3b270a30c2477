"""The Terms page's followed items: labels, concept text parsing and the concept editor's edits."""

import pandas as pd
import pytest

from analysis.concepts import Concept
from dashboard.followed import edited_text, followed_items, parse_concepts

TABLE = pd.DataFrame([("peace", "peace treaty"), ("peace", "мирна угода"), ("aid", "shelters")],
                     columns=["concept", "pattern"], dtype="string")


@pytest.mark.parametrize(
    ("edits", "text"),
    [
        ({}, "peace = peace treaty, мирна угода; aid = shelters"),
        ({"edited_rows": {"1": {"pattern": "мирный  договор"}}},
         "peace = peace treaty, мирный договор; aid = shelters"),
        ({"deleted_rows": [0, 2]}, "peace = мирна угода"),
        ({"added_rows": [{"concept": "aid", "pattern": "food*"}, {"concept": "war"}]},
         "peace = peace treaty, мирна угода; aid = shelters, food*"),
        ({"edited_rows": {"2": {"concept": "peace"}}},
         "peace = peace treaty, мирна угода, shelters"),
    ],
)
def test_editor_edits_become_the_concepts_text(edits, text):
    assert edited_text(TABLE, edits) == text


def test_concepts_are_labelled_apart_from_phrases_of_the_same_name():
    items = followed_items(("peace",), (Concept("peace", ("peace", "мир")),))
    assert [(i.label, i.column) for i in items] == [("peace", "phrase"),
                                                     ("peace (concept)", "concept")]


@pytest.mark.parametrize(("text", "count", "problem"),
                         [("", 0, None), ("a = x; b = y", 2, None), ("a x", 0, "has no '='")])
def test_parse_concepts_returns_the_problem_instead_of_raising(text, count, problem):
    concepts, said = parse_concepts(text)
    assert len(concepts) == count
    assert (said is None) if problem is None else (problem in said)
