"""Enrichment workers are spawned, give the serial result, and die with their parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from analysis.engine import enrich, workers

ROOT = Path(__file__).resolve().parents[2]
# Generous: a busy 2-core CI machine may take long to notice; the loop ends as soon as it is true.
DEADLINE_SECONDS = 180
BUSY_PARENT = """
from analysis.engine import workers
chunks = [([f"Statement {c}-{i} about peace, war and talks." for i in range(300)], [True] * 300)
          for c in range(400)]
for _ in workers.enrich_in_workers(chunks, workers=2):
    print("chunk", flush=True)
"""


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_worker_results_equal_the_serial_result():
    chunks = [(["Peace is near. We will see!"], [True]),
              (["No deal without a ceasefire.", "", "Мира не будет."], [True, True, False])]
    serial = [enrich.enrich_texts(texts, scored=scored) for texts, scored in chunks]
    spawned = list(workers.enrich_in_workers(chunks, workers=2))
    for one, other in zip(serial, spawned, strict=True):
        assert one.vocab == other.vocab
        assert np.array_equal(one.token_ids, other.token_ids)
        assert np.array_equal(one.statement_scores, other.statement_scores, equal_nan=True)
    assert np.isnan(spawned[1].statement_scores[2]).all()


def test_killing_the_parent_ends_its_workers():
    if not sys.platform.startswith("linux"):
        import pytest

        pytest.skip("reads /proc to find the workers")
    parent = subprocess.Popen(
        [sys.executable, "-c", BUSY_PARENT], cwd=ROOT, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert parent.stdout is not None and parent.stdout.readline() == "chunk\n"
        spawned = {pid for pid in _children(parent.pid) if _alive(pid)}
        assert spawned, "the parent has no worker processes"
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + DEADLINE_SECONDS
        while any(_alive(pid) for pid in spawned) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in spawned), "workers outlived their parent"
    finally:
        parent.kill()
