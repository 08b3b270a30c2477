import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT, capture_output=True, text=True)


def test_ingest_writes_the_corpus_and_the_json_report(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("author,date,body\nA,2025-01-01,Hi.\nB,never,Yo.\n", encoding="utf-8")
    out, report = tmp_path / "out.parquet", tmp_path / "report.json"
    done = run("ingest", str(source), "-o", str(out), "--report-json", str(report))
    assert done.returncode == 0, done.stderr
    assert "rows kept: 1" in done.stdout
    written = json.loads(report.read_text())
    assert {k: written[k] for k in ("rows_read", "rows_kept", "rows_rejected", "rejected_by_reason")} == {
        "rows_read": 2, "rows_kept": 1, "rows_rejected": 1, "rejected_by_reason": {"unparseable date": 1},
    }
    assert pd.read_parquet(out)["speaker"].tolist() == ["A"]


def test_ingest_of_an_unusable_file_fails_with_one_line_on_stderr(tmp_path):
    source = tmp_path / "empty.csv"
    source.write_bytes(b"")
    done = run("ingest", str(source), "-o", str(tmp_path / "x.parquet"))
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0
    assert "empty.csv" in done.stderr and "Traceback" not in done.stderr


def test_column_mapping_on_the_command_line(tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("who,date,text\nA,2025-01-01,Hi.\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    done = run("ingest", str(source), "-o", str(out), "--column", "speaker=who")
    assert done.returncode == 0, done.stderr
    assert pd.read_csv(out)["speaker"].tolist() == ["A"]


def test_sample_writes_the_requested_size(tmp_path):
    out = tmp_path / "s.jsonl"
    done = run("sample", "--statements", "50", "--seed", "1", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert len(out.read_text().splitlines()) == 50


@pytest.mark.parametrize("subcommand", [[], ["ingest"], ["sample"], ["extract"], ["timeline"], ["sentiment"],
                                        ["terms"], ["kwic"]])
def test_every_help_text_prints(subcommand):
    done = run(*subcommand, "--help")
    assert done.returncode == 0, done.stderr
    assert "usage: python -m analysis" in done.stdout
