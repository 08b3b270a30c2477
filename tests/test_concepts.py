"""Concept definitions: patterns, the page's text form, and concepts CSV files with clear errors."""

from __future__ import annotations

import pytest

from analysis.concepts import (
    Concept,
    concepts_from_bytes,
    concepts_from_csv,
    concepts_from_text,
    concepts_to_text,
    make_concept,
    pattern_words,
)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("Peace Treaty", ("peace", "treaty")),
        ("санкци*", ("санкци*",)),
        ("САНКЦІ*", ("санкці*",)),
        ("мирн* договор", ("мирн*", "договор")),
        ("s*ion", ("s*ion",)),
    ],
)
def test_pattern_words_are_folded_and_keep_globs(pattern, words):
    assert pattern_words(pattern) == words


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("*", "needs at least one letter"),
        ("peace **", "needs at least one letter"),
        ("?!", "no words"),
        ("a b c d e f*", "at most 5"),
        ("one two three four five six", "at most 5"),
    ],
)
def test_bad_patterns_are_refused_with_the_reason(pattern, message):
    with pytest.raises(ValueError, match=message):
        pattern_words(pattern)


def test_text_form_round_trips():
    concepts = (Concept("peace treaty", ("peace treaty", "мирный договор", "мирна угода")),
                Concept("sanctions", ("sanction*", "санкци*")))
    assert concepts_from_text(concepts_to_text(concepts)) == concepts


def test_text_form_merges_a_repeated_name_and_drops_repeated_patterns():
    assert concepts_from_text("war = war, war; war = війна;") == (Concept("war", ("war", "війна")),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("peace treaty", "concept 1 .* has no '='"),
        ("a = x; = y", "concept 2: a concept needs a name"),
        ("a = , ,", "concept 1: concept 'a' has no pattern"),
        ("a = x; b = *", "concept 2: pattern '\\*'"),
    ],
)
def test_text_form_errors_name_the_concept(text, message):
    with pytest.raises(ValueError, match=message):
        concepts_from_text(text)


def test_csv_rows_group_by_concept_in_file_order():
    text = "concept,pattern\npeace,peace treaty\nsanctions,санкци*\npeace,мирна угода\n\n"
    assert concepts_from_csv(text, name="c.csv") == (
        Concept("peace", ("peace treaty", "мирна угода")), Concept("sanctions", ("санкци*",)))


def test_csv_header_may_be_in_any_case_and_order_with_other_columns():
    text = "Note,Pattern,CONCEPT\nfirst,war,conflict\n"
    assert concepts_from_csv(text, name="c.csv") == (Concept("conflict", ("war",)),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "c.csv: the file is empty"),
        ("name,pattern\nx,y\n", "c.csv: row 1 .*no concept column"),
        ("concept,pattern\n", "c.csv: no concept,pattern rows"),
        ("concept,pattern\na,x\n,y\n", "c.csv: row 3, column concept is empty"),
        ("concept,pattern\na,x\nb\n", "c.csv: row 3, column pattern is empty"),
        ("concept,pattern\na,x\nb,*\n", "c.csv: row 3, column pattern: .*needs at least one"),
        ("concept,pattern\na,x\nb,y\na,X\n", "c.csv: row 4 repeats row 2"),
    ],
)
def test_csv_errors_name_the_file_row_and_column(text, message):
    with pytest.raises(ValueError, match=message):
        concepts_from_csv(text, name="c.csv")


def test_make_concept_tidies_spaces():
    assert make_concept("  peace   treaty ", [" peace  treaty ", ""]) == Concept(
        "peace treaty", ("peace treaty",))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "utf-16"])
def test_csv_bytes_are_decoded_in_any_corpus_encoding(encoding):
    data = "concept,pattern\nсанкции,санкци*\n".encode(encoding)
    assert concepts_from_bytes(data, name="c.csv") == (Concept("санкции", ("санкци*",)),)


def test_text_form_keeps_a_pattern_with_separators_as_one_pattern():
    concepts = (Concept("a; b", ("peace, treaty", "x=y")),)
    assert concepts_from_text(concepts_to_text(concepts)) == (
        Concept("a b", ("peace treaty", "x y")),)
