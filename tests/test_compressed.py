"""Compressed inputs (.gz, .bz2, .xz) read as their plain form, with decompression-bomb limits."""

import bz2
import gzip
import io
import json
import lzma
import zipfile

import pytest

from analysis.corpus.ingest import load_corpus
from analysis.io import InputFile
from analysis.io.errors import IngestError, UploadError

CSV = "speaker,date,text\nAnna,2025-01-02,We want peace.\nBo,2025-01-03,So do we.\n"
JSONL = "\n".join(json.dumps({"speaker": s, "date": "2025-01-02", "text": t})
                  for s, t in [("Anna", "We want peace."), ("Bo", "So do we.")])


@pytest.mark.parametrize(
    ("name", "packed"),
    [
        ("talks.csv.gz", gzip.compress(CSV.encode(), mtime=0)),
        ("talks.csv.bz2", bz2.compress(CSV.encode())),
        ("talks.csv.xz", lzma.compress(CSV.encode())),
        ("talks.tsv.bz2", bz2.compress(CSV.replace(",", "\t").encode())),
        ("talks.jsonl.gz", gzip.compress(JSONL.encode(), mtime=0)),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_compressed_table_reads_as_its_plain_form(name, packed):
    frame, report = load_corpus([InputFile(name, packed)])
    assert frame["speaker"].tolist() == ["Anna", "Bo"]
    assert report.files == [f"{name}/{name.rsplit('.', 1)[0]}"]


def test_a_compressed_member_of_a_zip_is_read():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("inner/talks.csv.gz", gzip.compress(CSV.encode(), mtime=0))
    frame, _ = load_corpus([InputFile("bundle.zip", buffer.getvalue())])
    assert len(frame) == 2


def test_a_decompression_bomb_is_refused_with_the_file_named():
    bomb = gzip.compress(b"0" * 50_000_000, compresslevel=9)
    with pytest.raises(UploadError, match=r"bomb\.csv\.gz expands more than 200-fold"):
        load_corpus([InputFile("bomb.csv.gz", bomb)])


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("broken.csv.gz", b"\x1f\x8b\x08\x00garbage", "broken.csv.gz is not a readable gzip file"),
        ("cut.csv.xz", lzma.compress(CSV.encode())[:20], "cut.csv.xz is not a readable xz file"),
        ("nested.zip.gz", gzip.compress(b"PK", mtime=0), "an archive inside a compressed file"),
        ("gzip.csv", gzip.compress(CSV.encode(), mtime=0), "name it .csv.gz"),
    ],
    ids=lambda value: value if isinstance(value, str) and "." in value[:12] else "",
)
def test_a_broken_or_nested_compressed_file_gets_a_clear_error(name, data, message):
    with pytest.raises(IngestError, match=message) as error:
        load_corpus([InputFile(name, data)])
    assert name in str(error.value)


@pytest.mark.shared
def test_the_real_presidential_speeches_ingest_from_gzip(shared_dir):
    frame, report = load_corpus([shared_dir / "corpora" / "presidential-speeches.csv.gz"])
    assert report.rows_read == 1010 and report.rows_kept == report.rows_read - report.rows_rejected
    assert frame["speaker"].nunique() >= 40
