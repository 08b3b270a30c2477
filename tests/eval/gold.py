"""Load the evaluation articles and their gold statements (format: tests/eval/README.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from analysis.extraction.articles import Article, is_article_name, read_article

ARTICLES_DIR: Final[Path] = Path(__file__).parent / "articles"
HOLDOUT_DIR: Final[Path] = Path(__file__).parent / "holdout"
BLIND_DIR: Final[Path] = Path(__file__).parent / "blind"
RU_UK_DIR: Final[Path] = Path(__file__).parent / "ru_uk"
PART_BREAK: Final[str] = "[...]"


@dataclass(frozen=True)
class GoldStatement:
    """One annotated statement: its class, speaker and content span in the article text."""

    attribution: str
    speaker: str
    start: int
    end: int


@dataclass(frozen=True)
class GoldArticle:
    """An evaluation article with its gold statements."""

    article: Article
    statements: tuple[GoldStatement, ...]


def _locate(text: str, parts: list[str], where: str, occurrence: int | None) -> tuple[int, int]:
    """Find the parts of one gold content in order; return the span from first to last."""
    positions = [m.start() for m in re.finditer(re.escape(parts[0]), text)]
    if len(positions) < (occurrence or 1):
        raise ValueError(f"{where}: gold content not found in the article: {parts[0][:60]!r}")
    if occurrence is None and len(positions) > 1:
        raise ValueError(
            f"{where}: gold content occurs {len(positions)} times; add ' | N' to the header "
            f"to pick one: {parts[0][:60]!r}"
        )
    start = positions[(occurrence or 1) - 1]
    end = start + len(parts[0])
    for part in parts[1:]:
        found = text.find(part, end)
        if found < 0:
            raise ValueError(f"{where}: gold content part not found after the first: {part[:60]!r}")
        end = found + len(part)
    return start, end


def parse_gold(text: str, gold_text: str, *, where: str) -> tuple[GoldStatement, ...]:
    """Parse a .gold file: `@class Speaker` headers, each followed by its content lines."""
    out: list[GoldStatement] = []
    header: tuple[str, str] | None = None
    lines: list[str] = []

    def flush() -> None:
        if header is None:
            return
        body = "\n".join(lines).strip("\n")
        parts = [p.strip("\n") for p in body.split("\n" + PART_BREAK + "\n")]
        speaker, _, nth = header[1].partition(" | ")
        occurrence = int(nth) if nth.strip() else None
        start, end = _locate(text, parts, f"{where} ({speaker})", occurrence)
        out.append(GoldStatement(header[0], speaker.strip(), start, end))

    for line in gold_text.splitlines():
        if line.startswith("@"):
            flush()
            kind, _, speaker = line[1:].partition(" ")
            if kind not in ("direct", "indirect", "mixed") or not speaker.strip():
                raise ValueError(f"{where}: bad header {line!r}; expected '@direct|indirect|mixed Name'")
            header, lines = (kind, speaker.strip()), []
        elif not line.startswith("#") or header is not None:
            lines.append(line)
    flush()
    return tuple(out)


def has_gold_pairs(directory: Path) -> bool:
    """Say whether a folder holds at least one article with its .gold file beside it."""
    return any(
        is_article_name(p.name) and p.with_suffix(".gold").exists() for p in directory.iterdir()
    )


def ru_uk_sets(root: Path = RU_UK_DIR) -> list[Path]:
    """Every folder under the Russian/Ukrainian root that holds articles with gold files."""
    if not root.is_dir():
        return []
    return [d for d in sorted(root.iterdir()) if d.is_dir() and has_gold_pairs(d)]


def load_eval_set(directory: Path = ARTICLES_DIR) -> list[GoldArticle]:
    """Read every article in the directory together with its .gold file."""
    out = []
    for path in sorted(directory.iterdir()):
        if not is_article_name(path.name):
            continue
        gold_path = path.with_suffix(".gold")
        if not gold_path.exists():
            raise ValueError(f"{path.name}: no gold file {gold_path.name}")
        article = read_article(path.name, path.read_bytes())
        gold = parse_gold(article.text, gold_path.read_text("utf-8"), where=gold_path.name)
        out.append(GoldArticle(article, gold))
    return out
