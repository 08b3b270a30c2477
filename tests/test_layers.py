import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "analysis").rglob("*.py")), ids=lambda p: p.name)
def test_analysis_never_imports_the_ui_stack(path):
    assert not _imports(path) & {"streamlit", "plotly"}


@pytest.mark.parametrize("path", sorted((ROOT / "analysis").rglob("*.py")), ids=lambda p: p.name)
def test_caching_lives_only_in_the_dashboard(path):
    assert "cache_data" not in path.read_text(encoding="utf-8")
    assert "cache_resource" not in path.read_text(encoding="utf-8")


# Lower layers never import higher ones; modules of one layer may import each other (no cycles).
LAYERS = {
    "analysis.types": 0,
    "analysis.text": 1,
    "analysis.io": 1,
    "analysis.corpus": 2,
    "analysis.extraction": 2,
    "analysis.engine": 3,
    "analysis": 4,  # the analyses: timeline, terms, sentiment, ...
    "analysis.cli": 5,
    "analysis.__main__": 5,
    "dashboard": 6,
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _project_imports(path: Path, known: set[str]) -> set[str]:
    """Project modules a file imports anywhere in it (function-level imports included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        found.update(n for n in names if n in known)
    return found


def _graph() -> dict[str, set[str]]:
    files = [*(ROOT / "analysis").rglob("*.py"), *(ROOT / "dashboard").rglob("*.py")]
    known = {_module_name(p) for p in files}
    return {_module_name(p): _project_imports(p, known) - {_module_name(p)} for p in files}


def _layer(module: str) -> int:
    prefix = max((p for p in LAYERS if module == p or module.startswith(p + ".")), key=len)
    return LAYERS[prefix]


def test_no_module_imports_a_higher_layer():
    upward = [
        f"{module} imports {target}"
        for module, targets in _graph().items()
        for target in targets
        if _layer(target) > _layer(module)
    ]
    assert upward == []


def test_the_project_has_no_import_cycles():
    graph = _graph()
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> list[str] | None:
        if module in path:
            return [*path[path.index(module):], module]
        if module in done:
            return None
        for target in sorted(graph.get(module, ())):
            cycle = visit(target, [*path, module])
            if cycle:
                return cycle
        done.add(module)
        return None

    cycles = [c for m in sorted(graph) if (c := visit(m, []))]
    assert cycles == [], " -> ".join(cycles[0])
