"""The KWIC rows: escaped user text, the match in the middle, a source link only for web addresses."""

import pandas as pd
import pytest

from dashboard.kwic_view import kwic_html

ROW = {"statement_id": "s1", "speaker": "Ann <b>", "date": pd.Timestamp("2024-01-05"),
       "left": "we & they said", "match": "<script>alert(1)</script>", "right": "now"}


def _html(url: object = None, source: object = "site", text: str = "Full <i>text</i>.") -> str:
    rows = pd.DataFrame([ROW])
    statements = pd.DataFrame({"statement_id": ["s1"], "text": [text], "url": [url],
                               "source": [source]}).set_index("statement_id")
    return kwic_html(rows, statements)


def test_user_text_is_escaped_everywhere():
    out = _html()
    assert "<script>" not in out and "<i>" not in out and "Ann <b>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "we &amp; they said" in out and "Full &lt;i&gt;text&lt;/i&gt;." in out


def test_a_row_is_the_context_around_the_match_then_the_full_statement():
    out = _html()
    order = [out.index(s) for s in ('class="kw-who"', 'class="kw-left"', 'class="kw-match"',
                                     'class="kw-right"', "</summary>", "Full &lt;i&gt;")]
    assert order == sorted(order)
    assert "Ann &lt;b&gt; · 2024-01-05" in out


@pytest.mark.parametrize(
    ("url", "linked"),
    [("https://example.org/a?b=1&c=2", True), ("HTTP://example.org", True),
     ("javascript:alert(1)", False), ("data:text/html,hi", False), (None, False)],
)
def test_only_web_addresses_become_source_links(url, linked):
    out = _html(url=url)
    assert ("open the source</a>" in out) == linked
    if linked:
        assert 'rel="noopener noreferrer"' in out
        assert f'href="{url.replace("&", "&amp;")}"' in out


@pytest.mark.parametrize(("date", "shown"), [("1801", "1801"), ("2025-11", "2025-11"),
                                             ("undated", "undated"),
                                             (pd.Timestamp("2024-01-05"), "2024-01-05")])
def test_a_date_is_shown_as_the_results_wrote_it_at_its_precision(date, shown):
    rows = pd.DataFrame([{**ROW, "date": date}])
    statements = pd.DataFrame({"statement_id": ["s1"], "text": ["t"], "url": [None],
                               "source": ["site"]}).set_index("statement_id")
    assert f"Ann &lt;b&gt; · {shown}</span>" in kwic_html(rows, statements)
