"""Zip upload checks: bombs, path traversal, links, encryption and plain bad bytes."""

import io
import zipfile

import pytest

from analysis.io.archive import UploadError, check_zip


def _zip(entries: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_plain_archive_lists_its_files_with_true_sizes():
    members = check_zip(_zip({"2001-Bush.txt": b"hello", "dir/2002-Bush.txt": b"abc"}))
    assert [(m.name, m.size) for m in members] == [("2001-Bush.txt", 5), ("dir/2002-Bush.txt", 3)]


@pytest.mark.parametrize(
    "entry",
    ["../evil.txt", "a/../../evil.txt", "/etc/passwd", "C:/windows/evil.txt", "..\\evil.txt"],
)
def test_entries_pointing_outside_the_archive_are_refused(entry):
    with pytest.raises(UploadError, match="points outside the archive"):
        check_zip(_zip({entry: b"x"}), name="batch.zip")


def test_a_highly_compressed_member_is_refused_as_a_bomb():
    data = _zip({"zeros.txt": b"\0" * 20_000_000})
    with pytest.raises(UploadError, match="zip bomb"):
        check_zip(data)


def test_total_uncompressed_size_is_capped_by_decompressing_not_by_headers():
    data = _zip({"a.txt": b"x" * 3000, "b.txt": b"y" * 3000}, method=zipfile.ZIP_STORED)
    with pytest.raises(UploadError, match=r"expands past the 5000 bytes limit at b\.txt"):
        check_zip(data, max_total=5000)


def test_too_many_entries_are_refused():
    with pytest.raises(UploadError, match="holds 3 entries; at most 2"):
        check_zip(_zip({"a": b"", "b": b"", "c": b""}), max_files=2)


def test_symbolic_links_are_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("link")
        info.external_attr = (0o120777 << 16)
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(UploadError, match="symbolic link"):
        check_zip(buffer.getvalue())


def test_bytes_that_are_not_a_zip_name_the_file():
    with pytest.raises(UploadError, match=r"notes\.zip is not a readable zip archive"):
        check_zip(b"not a zip at all", name="notes.zip")


@pytest.mark.parametrize("suffix", ["gz", "bz2", "xz"])
def test_the_uploader_accepts_compressed_files_and_they_load(suffix):
    import bz2
    import gzip
    import lzma
    from dataclasses import dataclass

    from analysis.corpus.ingest import ingest
    from dashboard.uploads import ACCEPTED, input_files

    @dataclass
    class Upload:
        name: str
        data: bytes

        def getvalue(self) -> bytes:
            return self.data

    pack = {"gz": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress}[suffix]
    assert suffix in ACCEPTED
    upload = Upload(f"talks.csv.{suffix}", pack(b"speaker,date,text\nAnna,2025-01-02,Peace.\n"))
    assert ingest(input_files([upload])).frame["speaker"].tolist() == ["Anna"]
