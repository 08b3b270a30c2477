import pytest

from analysis.corpus.columns import map_columns
from analysis.corpus.ingest import IngestError


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (["Speaker", "Date", "Text"], {"speaker": "Speaker", "date": "Date", "text": "Text"}),
        (["author", "created_at", "body", "outlet", "link"],
         {"speaker": "author", "date": "created_at", "text": "body", "source": "outlet", "url": "link"}),
        (["person", "timestamp", "transcript", "channel", "headline"],
         {"speaker": "person", "date": "timestamp", "text": "transcript", "source": "channel",
          "title": "headline"}),
        (["name", "published", "quote", "medium"],
         {"speaker": "name", "date": "published", "text": "quote", "source": "medium"}),
    ],
)
def test_common_column_names_are_mapped(columns, expected):
    assert map_columns(columns) == expected


def test_an_explicit_mapping_naming_a_missing_column_lists_the_columns():
    with pytest.raises(IngestError, match=r"'who' chosen for speaker does not exist.*\['a', 'b'\]"):
        map_columns(["a", "b"], explicit={"speaker": "who"}, name="f.csv")
