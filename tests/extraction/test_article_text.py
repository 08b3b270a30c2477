import pytest

from analysis.extraction.article_text import article_view, readable_paragraphs, sentences
from analysis.extraction.articles import read_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One. ", "Two."]),
        ("Mr. Stern spoke. He left.", ["Mr. Stern spoke. ", "He left."]),
        ("The U.S. Envoy came. J. R. Smith left.", ["The U.S. Envoy came. ", "J. R. Smith left."]),
        ("“Go home.” She left.", ["“Go home.” ", "She left."]),
        ("It fell 2.5 percent. Prices rose.", ["It fell 2.5 percent. ", "Prices rose."]),
    ],
)
def test_sentences_split_at_ends_but_not_after_abbreviations_or_initials(text, expected):
    assert [text[s:e] for s, e in sentences(text, 0, len(text))] == expected


def test_readable_paragraphs_skip_credits_and_bylines_and_step_past_datelines():
    text = "Фото: пресс-служба\nBy Clara Moens\nLORVIK, May 3 — The mayor spoke.\n\nMore text.\n"
    article = read_article("a.txt", text.encode())
    spans = readable_paragraphs(article, article_view(article))
    assert [text[s:e] for s, e in spans] == ["The mayor spoke.", "More text."]


def test_the_markdown_view_keeps_every_offset():
    article = read_article("a.md", "> **Maria** said “yes”.\n# Head\n".encode())
    view = article_view(article)
    assert len(view) == len(article.text)
    assert view.index("Maria") == article.text.index("Maria")
    assert "*" not in view and ">" not in view
