"""Scores on real news: the shared PolNeAR scorer run on a split, where ../shared holds it."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final

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
