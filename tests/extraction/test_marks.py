import pytest

from analysis.extraction.marks import Paragraphs, pair_quotes


def spans(text: str, *, single: bool = False) -> list[str]:
    quotes = pair_quotes(text, 0, len(text), paragraphs=Paragraphs(text), single=single)
    return [text[q.open + 1 : q.close] for q in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("“One,” he said. “Two.”", ["One,", "Two."], id="typographic"),
        pytest.param('"One," he said. "Two."', ["One,", "Two."], id="straight"),
        pytest.param("«Un,» dit-il.", ["Un,"], id="guillemets"),
        pytest.param("“He said “no” twice,” she said.", ["He said “no” twice,"], id="nested-same"),
        pytest.param('“He said "no" twice,” she said.', ['He said "no" twice,'], id="nested-straight"),
        pytest.param("“First.\n“Second.\n“Third,” he said.", ["First.\n“Second.\n“Third,"],
                     id="reopened-paragraphs"),
        pytest.param("“First.\nSecond,” he said.", ["First.\nSecond,"], id="closed-only-at-end"),
        pytest.param("“Stray.\n\nPlain text here.\n\n“Real,” he said.", ["Real,"],
                     id="stray-opener-is-dropped"),
        pytest.param("“Stray. Then “real,” he said.", ["real,"], id="stray-in-paragraph"),
        pytest.param("The rebels’ leader spoke.", [], id="apostrophe-is-no-quote"),
    ],
)
def test_marks_pair_into_quotes(text, expected):
    assert spans(text) == expected


def test_single_marks_pair_only_when_asked_and_skip_apostrophes():
    text = "'A bad deal for our workers': the union's chief attacks the pact"
    assert spans(text) == []
    assert spans(text, single=True) == ["A bad deal for our workers"]


def test_a_quote_running_past_the_paragraph_limit_is_dropped():
    text = "“Open.\n" + "more text.\n" * 12 + "end,” he said."
    assert spans(text) == []
