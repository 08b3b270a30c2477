import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.ingest import load_corpus
from analysis.io import InputFile

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = """---
title: Talks resume in Lorin
date: 2025-03-02
source: Wire Service International
---
"We are ready to sign," Anton Marek said on Sunday.
"""


def test_articles_and_tables_load_together_with_evidence_offsets():
    table = InputFile("s.csv", b"speaker,date,text\nBo,2025-01-01,Hello there.\n")
    article = InputFile("talks.md", ARTICLE.encode())
    frame, report = load_corpus([table, article])
    assert report.rows_read == report.rows_kept == 2
    quoted = frame[frame["speaker"] == "Anton Marek"].iloc[0]
    assert quoted["text"] == "We are ready to sign"
    assert quoted["title"] == "Talks resume in Lorin"
    assert ARTICLE[int(quoted["start"]):int(quoted["end"])] == quoted["text"]
    assert quoted["date"] == pd.Timestamp("2025-03-02", tz="UTC")
    assert quoted["source"] == "Wire Service International"
    assert quoted["attribution"] == "direct"


def test_an_undated_article_keeps_its_statements_as_undated(shared_dir):
    frame, report = load_corpus([shared_dir / "examples" / "peace-treaty-article.txt"])
    assert len(frame) > 0 and (frame["date_precision"] == "none").all() and frame["date"].isna().all()
    assert any("no date" in note for note in report.notes)
    assert report.rows_read == report.rows_kept + report.rows_rejected


def test_extract_cli_writes_the_documented_columns(tmp_path, shared_dir):
    out = tmp_path / "statements.csv"
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "extract", str(shared_dir / "examples"), "-o", str(out)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    frame = pd.read_csv(out)
    assert list(frame.columns[:13]) == [
        "article", "speaker", "speaker_raw", "attribution", "cue", "text", "start", "end",
        "date", "source", "title", "url", "confidence",
    ]
    assert "Alyaksandr Lukashenka" in set(frame["speaker"])
    assert not frame["text"].str.contains("Фото").any()


@pytest.mark.parametrize("name", ["notes.docx", "song.mp3"])
def test_files_that_are_neither_tables_nor_articles_are_refused(name):
    with pytest.raises(ValueError, match="cannot read"):
        load_corpus([InputFile(name, b"data")])


def test_ingest_returns_each_articles_text_decoding_every_article_once(monkeypatch):
    from analysis.corpus.ingest import ingest
    from analysis.extraction import articles as article_reader

    decoded: list[str] = []
    real = article_reader.decode_bytes

    def counting(data, *, name):
        decoded.append(name)
        return real(data, name=name)

    monkeypatch.setattr(article_reader, "decode_bytes", counting)
    table = InputFile("s.csv", b"speaker,date,text\nBo,2025-01-01,Hello there.\n")
    done = ingest([table, InputFile("talks.md", ARTICLE.encode())])
    assert decoded == ["talks.md"]
    assert done.articles == {"talks.md": ARTICLE}
    quoted = done.frame[done.frame["article"] == "talks.md"].iloc[0]
    assert done.articles["talks.md"][int(quoted["start"]):int(quoted["end"])] == quoted["text"]


def test_articles_without_any_quote_are_an_error_that_says_so():
    from analysis.io.errors import IngestError

    with pytest.raises(IngestError, match=r"calm\.txt: no statements to load; no attributed quote"):
        load_corpus([InputFile("calm.txt", b"The weather was fine in Lorin on Sunday.\n")])
