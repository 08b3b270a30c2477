"""Scores on real news: the shared PolNeAR scorer run on a split, where ../shared holds it."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Final

import pandas as pd

from analysis.extraction.articles import read_article
from analysis.extraction.confidence import CHECK_BELOW
from analysis.extraction.quotes import extract_corpus

ROOT: Final[Path] = Path(__file__).resolve().parents[2]
POLNEAR: Final[Path] = ROOT.parent / "shared" / "corpora" / "polnear"
SCORER: Final[Path] = ROOT.parent / "shared" / "tools" / "score_polnear.py"
_LINE_RE: Final[re.Pattern[str]] = re.compile(
    r"^(?P<kind>direct|reported)\s+gold\s+(?P<gold>\d+)\s+predicted\s+(?P<pred>\d+)\s+"
    r"precision\s+(?P<p>[\d.]+)\s+recall\s+(?P<r>[\d.]+)\s+speaker\s+(?P<s>[\d.]+)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Score:
    """One line of the scorer: a kind of statement and its figures."""

    gold: int
    predicted: int
    precision: float
    recall: float
    speaker: float


def available(split: str = "dev") -> bool:
    """Say whether the PolNeAR split and the shared scorer are beside the project."""
    return SCORER.is_file() and (POLNEAR / split / "attributions").is_dir()


def run_scorer(split: str = "dev") -> str:
    """Run the shared scorer on one split from the project root and return what it prints."""
    done = subprocess.run(
        [sys.executable, str(SCORER), str(POLNEAR / split)], cwd=ROOT, capture_output=True,
        text=True, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{SCORER.name} failed on {split}: {done.stderr.strip()[-500:]}")
    return done.stdout


def parse_scores(output: str) -> dict[str, Score]:
    """The direct and reported figures of the scorer's output, by kind."""
    return {
        m["kind"]: Score(int(m["gold"]), int(m["pred"]), float(m["p"]), float(m["r"]), float(m["s"]))
        for m in _LINE_RE.finditer(output)
    }


def _scorer_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_polnear", SCORER)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _right(row: pd.Series, golds: list[Any], key: Callable[[str], str | None]) -> bool:
    """A statement is right when it lies in a gold content span and, where checkable, names
    the gold source (the scorer's rules)."""
    start, end = int(row["start"]), int(row["end"])
    inside = [
        g for g in golds
        if sum(max(0, min(e, end) - max(s, start)) for s, e in g.spans) >= 0.5 * max(end - start, 1)
    ]
    keys = [k for g in inside if (k := key(g.source))]
    said = f"{row['speaker']} {row['speaker_raw']}".lower()
    return bool(inside) and (not keys or any(k.lower() in said for k in keys))


def calibration(split: str = "dev", *, threshold: float = CHECK_BELOW) -> tuple[float, int, int]:
    """Share of statements at or above `threshold` confidence that are right, their number,
    and the number of all statements, on one PolNeAR split."""
    scorer = _scorer_module()
    gold = scorer.read_gold(str(POLNEAR / split))
    by_article = {stem: list(rows.itertuples()) for stem, rows in gold.groupby("article")}
    articles = [
        read_article(f"{stem}.txt", (POLNEAR / split / "text" / f"{stem}.txt").read_bytes())
        for stem in sorted(by_article)
    ]
    frame = extract_corpus(articles)
    sure = frame[frame["confidence"] >= threshold]
    right = sum(
        _right(row, by_article[row["article"].removesuffix(".txt")], scorer.key)
        for _, row in sure.iterrows()
    )
    return right / max(len(sure), 1), len(sure), len(frame)
