"""Statement cards: heading at the date's precision, full text, safe links, nothing says None."""

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.statement_cards import date_label, safe_link


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ({"date": pd.NaT, "date_precision": "none"}, "undated"),
        ({"date": None}, "undated"),
        ({"date": pd.Timestamp("2021-01-01", tz="UTC"), "date_precision": "year"}, "2021"),
        ({"date": pd.Timestamp("2019-09-01", tz="UTC"), "date_precision": "month"}, "2019-09"),
        ({"date": pd.Timestamp("2025-11-27", tz="UTC"), "date_precision": "day"}, "2025-11-27"),
    ],
)
def test_a_date_is_shown_at_its_precision_or_as_undated(row, expected):
    assert date_label(pd.Series(row)) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://example.org/a", "https://example.org/a"), ("HTTP://x.org", "HTTP://x.org"),
     ("javascript:alert(1)", None), ("data:text/html,x", None), (None, None), (pd.NA, None),
     ("", None)],
)
def test_only_web_addresses_become_links(url, expected):
    assert safe_link(pd.Series({"url": url})) == expected


def _card(row: dict) -> None:
    import pandas as pd

    from dashboard.statement_cards import statement_card

    statement_card(pd.Series(row), articles={})


def test_an_undated_statement_without_source_shows_neither_none_nor_nan():
    long_text = ("We will sign the treaty. " * 80).strip()
    row = {"date": pd.NaT, "date_precision": "none", "speaker": "Anton Marek", "source": None,
           "url": None, "text": long_text}
    app = AppTest.from_function(_card, args=(row,)).run()
    assert not app.exception, [e.value for e in app.exception]
    assert [c.value for c in app.caption] == ["undated · Anton Marek"]
    assert [t.value for t in app.text] == [long_text]  # the whole text, never cut
