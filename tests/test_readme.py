"""The README documents every environment variable the code and the Makefile read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
READ = re.compile(
    r"""environ(?:\.get)?\(\s*["']([A-Z][A-Z0-9_]+)["']|environ\[\s*["']([A-Z][A-Z0-9_]+)["']"""
)
# Set for child processes or by the tools, not read as a setting.
NOT_SETTINGS = {"PYTHONPATH"}


def _read_in_code() -> set[str]:
    names: set[str] = set()
    for folder in ("analysis", "dashboard", "bench", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            for match in READ.finditer(path.read_text(encoding="utf-8")):
                names.add(match.group(1) or match.group(2))
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    names.update(re.findall(r"^([A-Z][A-Z0-9_]+) \?=", makefile, flags=re.MULTILINE))
    return names - NOT_SETTINGS


def _documented() -> set[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Environment variables", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", section, flags=re.MULTILINE))


@pytest.mark.parametrize("name", sorted(_read_in_code()))
def test_each_environment_variable_is_in_the_readme_table(name):
    assert name in _documented()


def test_the_table_lists_nothing_the_code_does_not_read():
    assert _documented() - _read_in_code() == set()
