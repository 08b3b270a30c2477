import hashlib

import pytest

from analysis.corpus.ingest import load_corpus
from analysis.corpus.sample import SPEAKERS, generate_sample, sample_aliases, write_sample


def test_the_same_seed_gives_the_same_bytes(tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    write_sample(first, statements=500, seed=3)
    write_sample(second, statements=500, seed=3)
    assert hashlib.sha256(first.read_bytes()).digest() == hashlib.sha256(second.read_bytes()).digest()


def test_a_different_seed_gives_a_different_corpus():
    assert not generate_sample(200, seed=1).equals(generate_sample(200, seed=2))


def test_the_bundled_sample_is_exactly_what_the_generator_writes(tmp_path, sample_csv):
    regenerated = tmp_path / "s.csv"
    write_sample(regenerated, statements=3000, seed=7)
    assert regenerated.read_bytes() == sample_csv.read_bytes()


def test_every_spelling_resolves_to_one_of_twelve_speakers(sample_csv, sample_aliases_csv):
    frame, report = load_corpus([sample_csv], aliases=sample_aliases_csv)
    assert report.rows_rejected == 0 and report.rows_kept == 3000
    assert set(frame["speaker"]) == {s.name for s in SPEAKERS}
    assert frame["speaker_raw"].nunique() > len(SPEAKERS)
    assert frame["speaker_raw"].str.contains("[А-Яа-я]").any()
    assert set(frame["date_precision"]) == {"day", "month"}
    assert frame["date"].min().year == 2024 and frame["date"].max().year == 2025


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_every_output_format_loads_back_whole(tmp_path, suffix):
    path = tmp_path / f"s{suffix}"
    write_sample(path, statements=300, seed=5)
    frame, report = load_corpus([path], aliases=sample_aliases())
    assert report.rows_kept == len(frame) == 300


def test_some_statements_name_other_speakers():
    frame = generate_sample(1000, seed=7)
    names = [s.name for s in SPEAKERS]
    assert frame["text"].str.contains("|".join(names)).mean() > 0.05
