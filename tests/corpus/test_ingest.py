import io
import json
import zipfile

import pandas as pd
import pytest

from analysis.corpus.ingest import IngestError, load_corpus
from analysis.io import InputFile

HEADER = "speaker,date,text,source\n"
GOOD = "Anna Berg,2025-01-02,We want peace.,Radio\n"


def load(name: str, data: bytes | str, **options):
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return load_corpus([InputFile(name, raw)], **options)


def test_rows_read_equals_rows_kept_plus_rows_rejected():
    data = HEADER + GOOD + "Anna Berg,2025-01-03,,Radio\n,2025-01-03,Hello.,Radio\n" \
        "Anna Berg,someday,Hi.,Radio\n" + GOOD
    frame, report = load("s.csv", data)
    assert (report.rows_read, report.rows_kept, report.rows_rejected) == (5, 1, 4)
    assert dict(report.rejected_by_reason) == {
        "empty text": 1, "missing speaker": 1, "unparseable date": 1,
        "exact duplicate of an earlier row": 1,
    }
    assert report.examples["empty text"] == ["s.csv row 2"]
    assert report.examples["unparseable date"] == ["s.csv row 4 ('someday')"]
    assert len(frame) == 1


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.csv", b"", "the file is empty"),
        ("blank.csv", b"   \n\n", "the file is empty"),
        ("image.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        ("noise.csv", bytes(range(32)) * 100, "binary data"),
        ("cols.csv", "who,when,words\nA,2025-01-01,Hi\n", "no text column found"),
        ("nodate.csv", "speaker,text\nA,Hi\n", "no date column found"),
        ("obj.json", '{"a": 1, "b": 2}', "expected a JSON array"),
        ("bad.json", '[{"speaker": "A",', "not valid JSON"),
        ("x.docx", "hello", "cannot read .docx files"),
        ("bad.parquet", b"PAR1 not really", "not a readable Parquet file"),
        ("bad.xlsx", b"not a workbook", "not a readable Excel"),
    ],
)
def test_an_unusable_file_raises_a_clear_error_naming_it(name, data, message):
    with pytest.raises(IngestError) as error:
        load(name, data)
    assert name in str(error.value)
    assert message in str(error.value)


def test_a_header_only_file_is_an_error_not_an_empty_corpus():
    with pytest.raises(IngestError, match=r"h\.csv: no statements to load; the files hold no rows"):
        load("h.csv", HEADER)


def test_a_load_where_no_row_survives_is_an_error_that_gives_the_reasons():
    data = HEADER + "Anna Berg,2025-01-03,,Radio\nAnna Berg,someday,Hi.,Radio\n"
    with pytest.raises(IngestError) as error:
        load("bad.csv", data)
    message = str(error.value)
    assert message.startswith("bad.csv: none of the 2 rows could be kept")
    assert "empty text: 1 (e.g. bad.csv row 1)" in message
    assert "unparseable date: 1 (e.g. bad.csv row 2 ('someday'))" in message


def test_a_speaker_name_starting_with_a_colon_keeps_it():
    frame, _ = load("handles.csv", HEADER + ":wq,2025-01-02,Saved.,Forum\nAnna:,2025-01-02,Hi.,Forum\n")
    assert frame["speaker"].tolist() == [":wq", "Anna"]


def test_the_wrong_delimiter_is_detected_and_noted():
    frame, report = load("semi.csv", "speaker;date;text\nA;2025-01-01;Hello, world.\n")
    assert frame["text"].tolist() == ["Hello, world."]
    assert any("delimiter ';'" in note for note in report.notes)


@pytest.mark.parametrize(
    ("encoded", "encoding_hint"),
    [
        ("\ufeff" + HEADER + "Zoë,2025-01-02,Café crème.,R\n", "utf-8"),
        (HEADER + "Zoë,2025-01-02,Café crème.,R\n", "utf-16"),
        (HEADER + "Zoë,2025-01-02,Café crème.,R\n", "cp1252"),
        (HEADER + "Zoë,2025-01-02,Café crème.,R\n", "latin-1"),
    ],
)
def test_encodings_are_detected_not_assumed(encoded, encoding_hint):
    frame, _ = load("enc.csv", encoded.encode(encoding_hint))
    assert frame["speaker"].tolist() == ["Zoë"]
    assert frame["text"].tolist() == ["Café crème."]


def test_mixed_encodings_decode_each_line_and_say_so():
    data = (HEADER + "Zoë,2025-01-02,Straße.,R\n").encode() + "Zoë,2025-01-03,Café.,R\n".encode("cp1252")
    frame, report = load("mixed.csv", data)
    assert frame["text"].tolist() == ["Straße.", "Café."]
    assert any("not valid UTF-8" in note for note in report.notes)


def test_nul_bytes_are_removed_and_counted():
    frame, report = load("nul.csv", (HEADER + "A,2025-01-02,Pea\x00ce.,R\n").encode())
    assert frame["text"].tolist() == ["Peace."]
    assert any("NUL" in note for note in report.notes)


def test_a_five_megabyte_field_is_kept_whole():
    big = "word " * 1_000_000
    frame, _ = load("big.csv", HEADER + f'A,2025-01-02,"{big}",R\n')
    assert len(frame["text"].iloc[0]) == len(big.strip())


def test_duplicate_column_names_are_renamed_and_noted():
    frame, report = load("dup.csv", "speaker,date,text,note,note\nA,2025-01-02,Hi.,x,y\n")
    assert frame[["note", "note (2)"]].iloc[0].tolist() == ["x", "y"]
    assert any("duplicate column 'note'" in note for note in report.notes)


@pytest.mark.parametrize(
    ("written", "expected"),
    [("1600-05-01", "1600-05-01"), ("2200-07-04", "2200-07-04"), ("45988", "2025-11-27")],
)
def test_far_dates_and_excel_serials_keep_their_value(written, expected):
    frame, _ = load("d.csv", HEADER + f"A,{written},Hi.,R\n")
    assert frame["date"].iloc[0] == pd.Timestamp(expected, tz="UTC")


def test_excel_workbooks_read_real_date_cells_and_serials():
    buffer = io.BytesIO()
    pd.DataFrame({
        "Speaker": ["A", "B"], "Date": [pd.Timestamp("2025-11-27"), 45989], "Quote": ["One.", "Two."],
    }).to_excel(buffer, index=False)
    frame, report = load("book.xlsx", buffer.getvalue())
    expected = [pd.Timestamp("2025-11-27", tz="UTC"), pd.Timestamp("2025-11-28", tz="UTC")]
    assert frame["date"].tolist() == expected
    assert report.rows_kept == 2


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".parquet", ".tsv"])
def test_every_table_format_gives_the_same_statements(suffix):
    source = pd.DataFrame({"author": ["A", "B"], "published": ["2025-01-02", "2025-02-03"],
                           "content": ["One.", "Two."], "outlet": ["R", "T"]})
    buffer = io.BytesIO()
    if suffix == ".json":
        buffer.write(source.to_json(orient="records").encode())
    elif suffix == ".jsonl":
        buffer.write(source.to_json(orient="records", lines=True).encode())
    elif suffix == ".parquet":
        source.to_parquet(buffer)
    else:
        buffer.write(source.to_csv(sep="\t", index=False).encode())
    frame, _ = load(f"f{suffix}", buffer.getvalue())
    assert frame[["speaker", "text", "source"]].values.tolist() == [["A", "One.", "R"], ["B", "Two.", "T"]]


def test_a_bad_json_line_is_rejected_and_counted():
    lines = [json.dumps({"speaker": "A", "date": "2025-01-01", "text": "Hi."}), "{oops", "[1, 2]"]
    frame, report = load("x.jsonl", "\n".join(lines))
    assert report.rows_read == 3 and len(frame) == 1
    assert dict(report.rejected_by_reason) == {"invalid JSON": 1, "not a JSON object": 1}


def test_explicit_column_mapping_overrides_the_guess():
    data = "speaker,person,date,text\nWrong,Right,2025-01-01,Hi.\n"
    frame, _ = load("m.csv", data, columns={"speaker": "person"})
    assert frame["speaker"].tolist() == ["Right"]
    assert frame["speaker (input)" if "speaker (input)" in frame else "speaker_raw"].tolist() == ["Right"]


def test_extra_columns_are_kept():
    frame, _ = load("e.csv", "speaker,date,text,topic\nA,2025-01-01,Hi.,trade\n")
    assert frame["topic"].tolist() == ["trade"]


def test_statement_ids_are_stable_across_reloads_and_unique():
    data = HEADER + GOOD + "Anna Berg,2025-01-02,We want peace.,TV\n"
    first, _ = load("s.csv", data)
    second, _ = load("other-name.csv", data)
    assert first["statement_id"].tolist() == second["statement_id"].tolist()
    assert first["statement_id"].is_unique


def test_aliases_and_honorifics_give_canonical_speakers():
    aliases = pd.DataFrame({"alias": ["Dmitry Volkan", "Дмитрий Волкан"], "canonical": ["Dmitri Volkan"] * 2})
    data = HEADER + "President Dmitry Volkan,2025-01-01,A.,R\nДмитрий Волкан,2025-01-02,B.,R\n" \
        "Mr.  Erik   Lund,2025-01-03,C.,R\n"
    frame, _ = load("a.csv", data, aliases=aliases)
    assert frame["speaker"].tolist() == ["Dmitri Volkan", "Dmitri Volkan", "Erik Lund"]
    assert frame["speaker_raw"].tolist()[0] == "President Dmitry Volkan"


def test_timezones_are_converted_to_utc():
    frame, _ = load("tz.csv", HEADER + "A,2025-06-01T01:30:00+03:00,Hi.,R\n")
    assert frame["date"].iloc[0] == pd.Timestamp("2025-05-31T22:30:00", tz="UTC")


def test_zip_path_tricks_are_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../etc/evil.csv", HEADER + GOOD)
    with pytest.raises(IngestError, match="points outside"):
        load("evil.zip", buffer.getvalue())


def test_zip_bombs_are_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.csv", HEADER + "A,2025-01-01," + "a" * 50_000_000 + ",R\n")
    with pytest.raises(IngestError, match="zip bomb"):
        load("bomb.zip", buffer.getvalue())


def test_progress_is_reported_up_to_completion():
    seen: list[float] = []
    load("p.csv", HEADER + GOOD, progress=lambda fraction, _message: seen.append(fraction))
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)


@pytest.mark.parametrize("codec", ["cp1251", "koi8_r"])
def test_legacy_cyrillic_files_are_read_as_cyrillic(codec):
    text = HEADER + "Дмитрий Волкан,2025-01-02,Мы хотим мирный договор и переговоры.,Радио\n"
    frame, _ = load("cyr.csv", text.encode(codec))
    assert frame["speaker"].tolist() == ["Дмитрий Волкан"]


def test_a_cached_corpus_reads_back_equal_and_a_changed_input_misses(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(HEADER + GOOD + "Bo,2025-01-05,Talks.,TV\nBo,never,X.,TV\n", encoding="utf-8")
    first, first_report = load_corpus([path], cache_dir=tmp_path / "cache")
    again, again_report = load_corpus([path], cache_dir=tmp_path / "cache")
    pd.testing.assert_frame_equal(first, again)
    assert again_report.to_dict() == first_report.to_dict()
    path.write_text(HEADER + GOOD, encoding="utf-8")
    changed, _ = load_corpus([path], cache_dir=tmp_path / "cache")
    assert len(changed) == 1 and len(list((tmp_path / "cache").iterdir())) == 2


def test_a_corpus_read_from_the_cache_has_contiguous_columns(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(HEADER + GOOD, encoding="utf-8")
    load_corpus([path], cache_dir=tmp_path / "cache")
    cached, _ = load_corpus([path], cache_dir=tmp_path / "cache")
    assert cached["text"].array._pa_array.num_chunks == 1


def test_a_legacy_byte_after_the_first_64_kb_falls_back_to_careful_decoding():
    rows = "".join(f"A,2025-01-02,Statement number {i}.,R\n" for i in range(3000))
    late = "Zoë,2025-01-03,Café.,R\n".encode("cp1252")
    data = (HEADER + "Zoë,2025-01-01,Straße.,R\n" + rows).encode() + late
    assert len(data) > 70_000
    frame, report = load("late.csv", data)
    assert len(frame) == 3002
    assert frame["text"].iloc[0] == "Straße." and frame["text"].iloc[-1] == "Café."
    assert any("1 lines were not valid UTF-8 and were read as cp1252" in note for note in report.notes)


def test_reloading_a_written_corpus_keeps_its_canonical_speakers_unless_a_new_alias_wins(tmp_path):
    aliases = pd.DataFrame({"alias": ["Sergey Talov"], "canonical": ["Sergei Talov"]})
    data = HEADER + "Sergey Talov,2025-01-01,A.,R\nAnna Berg,2025-01-02,B.,R\n"
    first, _ = load("s.csv", data, aliases=aliases)
    first.to_parquet(tmp_path / "corpus.parquet")
    again, _ = load_corpus([tmp_path / "corpus.parquet"])
    assert again["speaker"].tolist() == ["Sergei Talov", "Anna Berg"]
    assert again["statement_id"].tolist() == first["statement_id"].tolist()
    correction = pd.DataFrame({"alias": ["Sergey Talov"], "canonical": ["S. Talov"]})
    corrected, _ = load_corpus([tmp_path / "corpus.parquet"], aliases=correction)
    assert corrected["speaker"].tolist() == ["S. Talov", "Anna Berg"]
