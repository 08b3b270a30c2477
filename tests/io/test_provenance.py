"""Export provenance: file names that name the view and filters, and the source line."""

import datetime as dt

import pytest

from analysis.io.provenance import MAX_NAME, Provenance, one_line, slug

WHEN = dt.datetime(2026, 12, 1, 22, 40, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("view", "filters", "expected"),
    [
        ("statements", (), "statements.csv"),
        ("statements-per-quarter", (("speakers", "Erik Lund"),),
         "statements-per-quarter_speakers-erik-lund.csv"),
        ("top-terms-1", (("speakers", "Erik Lund"),
                         ("since", "2024-01-01"), ("query", "peace treaty")),
         "top-terms-1_speakers-erik-lund_since-2024-01-01_query-peace-treaty"
         ".csv"),
        ("Timeline: “peace” / war", (), "timeline-peace-war.csv"),
        ("", (), "table.csv"),
    ],
)
def test_the_file_name_names_the_view_and_each_filter(view, filters, expected):
    assert Provenance(view, filters=filters, exported=WHEN).file_name("csv") == expected


def test_a_name_with_no_ascii_letters_gets_a_digest_so_two_names_never_collide():
    one = Provenance("statements", filters=(("speakers", "Михайло Подоляк"),)).file_name("csv")
    two = Provenance("statements", filters=(("speakers", "Денис Шмигаль"),)).file_name("csv")
    assert one != two
    assert one.isascii() and one.startswith("statements_speakers-")


def test_a_long_name_is_cut_to_the_limit_and_stays_distinct():
    many = tuple(("speakers", f"Speaker Number {n}") for n in range(20))
    name = Provenance("statements", filters=many).file_name("png")
    other = Provenance("statements", filters=many[:-1]).file_name("png")
    assert len(name.removesuffix(".png")) <= MAX_NAME
    assert name.endswith(".png") and name != other


def test_the_source_note_names_corpus_filters_and_date():
    where = Provenance("x", corpus="Bundled sample (fictional)",
                       filters=(("speakers", "Erik Lund"), ("since", "2024-01-01")), exported=WHEN)
    assert where.source_note() == ("Source: Parley, corpus Bundled sample (fictional); filters: "
                                   "speakers=Erik Lund; since=2024-01-01; exported 2026-12-01")
    assert "filters: none" in Provenance("x", exported=WHEN).source_note()


def test_the_header_line_carries_the_link_when_there_is_one():
    line = Provenance("statements", corpus="c", link="http://127.0.0.1:8501/statements?query=x",
                      exported=WHEN).header_line()
    assert line.endswith(" · link: http://127.0.0.1:8501/statements?query=x")
    assert line.startswith("# Parley export: statements · corpus: c · filters: none")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a\r\nb", "a b"), ("a\u2028b\x00c", "a b c"), ("  plain ", "plain")],
)
def test_one_line_folds_line_breaks_and_control_characters(text, expected):
    assert one_line(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("Erik Lund", "erik-lund"), ("--a__b--", "a-b")])
def test_slug_keeps_ascii_letters_and_digits(text, expected):
    assert slug(text) == expected


def test_a_view_named_in_cyrillic_keeps_its_ascii_part_and_gets_a_digest():
    one = Provenance("distinctive-Володимир Зеленський").file_name("csv")
    two = Provenance("distinctive-Ірина Верещук").file_name("csv")
    assert one.startswith("distinctive-") and one != two
