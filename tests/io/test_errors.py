import io
import zipfile

import pandas as pd
import pytest

from analysis.corpus.ingest import load_corpus
from analysis.corpus.schema import SchemaError, validate_statements
from analysis.io import InputFile
from analysis.io.archive import UploadError, check_zip
from analysis.io.errors import IngestError


@pytest.mark.parametrize("error", [UploadError, SchemaError])
def test_every_input_error_is_an_ingest_error(error):
    assert issubclass(error, IngestError)


def test_an_unsafe_zip_raises_an_error_callers_catch_as_ingest_error():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../escape.csv", "speaker,date,text\n")
    with pytest.raises(IngestError, match=r"bad\.zip: the entry '\.\./escape\.csv'") as caught:
        load_corpus([InputFile("bad.zip", buffer.getvalue())])
    assert isinstance(caught.value, UploadError)
    with pytest.raises(IngestError):
        check_zip(b"not a zip", name="x.zip")


def test_a_frame_off_the_schema_raises_an_error_callers_catch_as_ingest_error():
    with pytest.raises(IngestError, match="lacks the columns"):
        validate_statements(pd.DataFrame({"text": ["a"]}))
