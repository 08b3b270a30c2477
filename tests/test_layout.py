"""tests/ mirrors analysis/ and dashboard/: each module has its test file, or says which covers it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Modules exercised through a neighbour's tests rather than a file of their own: module -> tests.
COVERED_BY = {
    "analysis/cli/common.py": "tests/cli/test_corpus_commands.py",
    "analysis/cli/main.py": "tests/cli/test_corpus_commands.py",
    "analysis/corpus/report.py": "tests/corpus/test_ingest.py",
    "analysis/corpus/sample_text.py": "tests/corpus/test_sample.py",
    "analysis/corpus/schema.py": "tests/corpus/test_ingest.py",
    "analysis/engine/blocks.py": "tests/test_distinctive.py",
    "analysis/engine/counts.py": "tests/test_terms.py",
    "analysis/engine/grid.py": "tests/test_timeline.py",
    "analysis/engine/keys.py": "tests/engine/test_store.py",
    "analysis/engine/parts.py": "tests/engine/test_store.py",
    "analysis/engine/phrases.py": "tests/text/test_matching.py",
    "analysis/extraction/attribution.py": "tests/extraction/test_quotes.py",
    "analysis/extraction/confidence.py": "tests/extraction/test_quotes_real_news.py",
    "analysis/extraction/finder.py": "tests/extraction/test_quotes.py",
    "analysis/extraction/html_text.py": "tests/extraction/test_articles.py",
    "analysis/extraction/lead_in.py": "tests/extraction/test_quotes.py",
    "analysis/extraction/lexicon.py": "tests/extraction/test_quotes.py",
    "analysis/extraction/patterns.py": "tests/extraction/test_quotes.py",
    "analysis/extraction/people.py": "tests/extraction/test_coref.py",
    "analysis/extraction/reported.py": "tests/extraction/test_quotes.py",
    "analysis/extraction/statement_rows.py": "tests/extraction/test_quotes.py",
    "analysis/io/archive.py": "tests/dashboard/test_uploads.py",
    "analysis/io/encoding.py": "tests/corpus/test_ingest.py",
    "analysis/io/limits.py": "tests/io/test_delimited.py",
    "analysis/io/quoting.py": "tests/io/test_delimited.py",
    "analysis/io/raw.py": "tests/corpus/test_ingest.py",
    "analysis/io/source.py": "tests/corpus/test_ingest.py",
    "analysis/io/tables.py": "tests/corpus/test_ingest.py",
    "analysis/io/textcorpus.py": "tests/corpus/test_shared_corpora.py",
    "analysis/text/vader_speed.py": "tests/test_sentiment.py",
    "analysis/text/word_tokenizer.py": "tests/text/test_tokens.py",
    "analysis/types.py": "tests/corpus/test_periods.py",
    "dashboard/app.py": "tests/dashboard/test_browser.py",
    "dashboard/charts.py": "tests/dashboard/views/test_speakers.py",
    "dashboard/concept_upload.py": "tests/dashboard/views/test_data.py",
    "dashboard/corpus.py": "tests/dashboard/views/test_data.py",
    "dashboard/escaping.py": "tests/dashboard/test_panels.py",
    "dashboard/grains.py": "tests/dashboard/views/test_overview.py",
    "dashboard/results.py": "tests/dashboard/views/test_terms.py",
    "dashboard/screenshots.py": "tests/dashboard/test_browser.py",
    "dashboard/serve.py": "tests/dashboard/test_headers.py",
    "dashboard/server.py": "tests/dashboard/test_browser.py",
    "dashboard/url_filters.py": "tests/dashboard/test_sidebar.py",
    "dashboard/widgets.py": "tests/dashboard/test_controls.py",
}


def _modules() -> list[str]:
    found = [*(ROOT / "analysis").rglob("*.py"), *(ROOT / "dashboard").rglob("*.py")]
    return sorted(str(p.relative_to(ROOT)) for p in found if p.name not in ("__init__.py", "__main__.py"))


def _mirror(module: str) -> Path:
    parts = Path(module).parts
    inner = parts[1:-1] if parts[0] == "analysis" else parts[:-1]
    return ROOT.joinpath("tests", *inner, f"test_{Path(module).stem}.py")


@pytest.mark.parametrize("module", _modules())
def test_each_module_has_its_test_file_or_names_the_one_that_covers_it(module):
    assert _mirror(module).exists() or module in COVERED_BY
    if module in COVERED_BY:
        assert not _mirror(module).exists(), "it has its own test file now: drop it from COVERED_BY"
        assert (ROOT / COVERED_BY[module]).exists()


def test_the_table_names_only_modules_that_exist():
    assert set(COVERED_BY) <= set(_modules())
