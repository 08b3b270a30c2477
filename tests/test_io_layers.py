"""File input sits at the bottom: io/ imports no other part of analysis, loading sits above extraction."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOADING = {"ingest.py", "articles.py"}  # the corpus modules that call the quote extractor


def _analysis_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return {name for name in names if name.startswith("analysis.")}


@pytest.mark.parametrize("path", sorted((ROOT / "analysis" / "io").glob("*.py")), ids=lambda p: p.name)
def test_file_input_imports_nothing_above_it(path):
    assert {name for name in _analysis_imports(path) if not name.startswith("analysis.io")} == set()


@pytest.mark.parametrize(
    "path",
    sorted(p for p in (ROOT / "analysis" / "corpus").glob("*.py") if p.name not in LOADING),
    ids=lambda p: p.name,
)
def test_the_statement_model_never_imports_the_extractor_or_the_engine(path):
    upward = {n for n in _analysis_imports(path) if n.startswith(("analysis.extraction", "analysis.engine"))}
    assert upward == set()
