"""URL-bound controls: declared once, drawn from the declaration, documented, and stable."""

import re
from pathlib import Path

import pytest

from dashboard.controls import CONTROLS, readme_table
from tests.dashboard_apps import open_page

ROOT = Path(__file__).resolve().parents[2]
# Every URL parameter a shared link may carry. Renaming or dropping one breaks old links, so a
# change here must be deliberate (and the README's table regenerated).
PINNED = (
    "speakers", "since", "until", "sources", "query", "hide_unsure",
    "languages",
    "ov_grain", "ov_style", "ov_top", "ov_undated_page",
    "t_phrases", "t_concepts", "t_measure", "t_grain", "t_split", "t_top", "t_kwic_phrase",
    "t_kwic_speaker", "t_kwic_period", "t_window", "t_kwic_page", "t_ngram", "t_terms_top",
    "t_stopwords", "t_coll_n", "t_coll_measure", "t_coll_min", "t_coll_page",
    "s_grain", "s_top", "s_extremes", "s_extremes_page", "s_target",
    "sp_speakers", "sp_stopwords", "sp_top",
    "st_text", "st_order", "st_size", "st_page",
    "data_reasons_page", "data_spellings_page",
)


def _readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S)
    assert match, f"README.md has no '## {title}' section"
    return match.group(1)


def test_the_url_parameters_are_the_pinned_ones():
    keys = tuple(c.key for c in CONTROLS)
    assert len(set(keys)) == len(keys), "two controls share a URL key"
    assert keys == PINNED


def test_the_readme_table_is_the_one_generated_from_the_declarations():
    section = _readme_section("URL parameters")
    assert readme_table() in section, (
        "README's URL parameters table is stale: paste `python -m dashboard.controls` into it")
    documented = re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.M)
    assert documented == list(PINNED)


@pytest.mark.parametrize("control", CONTROLS, ids=lambda c: c.key)
def test_each_control_says_what_it_does_and_starts_within_its_choices(control):
    assert control.label and control.help.endswith(".")
    if control.options and not control.default_note:
        assert control.default in control.options
    if control.low is not None:
        assert control.high is not None and control.low <= control.default <= control.high


def test_only_the_widget_module_binds_widgets_to_the_url():
    binding = [path.relative_to(ROOT).as_posix() for path in (ROOT / "dashboard").rglob("*.py")
               if "query-params" in path.read_text(encoding="utf-8")]
    assert binding == ["dashboard/widgets.py"]


@pytest.mark.parametrize(("page", "query", "key", "expected"), [
    ("overview", {"ov_grain": "year"}, "ov_grain", "year"),
    ("terms", {"t_phrases": "ceasefire", "t_window": "12"}, "t_window", 12),
    ("sentiment", {"s_top": "3"}, "s_top", 3),
    ("statements", {"st_order": "speaker"}, "st_order", "speaker"),
])
def test_a_declared_control_reads_its_value_from_the_url(page, query, key, expected):
    app = open_page(page, query=query)
    found = [w for kind in ("selectbox", "slider", "number_input", "radio", "text_input")
             for w in getattr(app, kind) if w.key == key]
    assert [w.value for w in found] == [expected]
