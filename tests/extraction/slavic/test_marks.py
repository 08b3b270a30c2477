"""Quotation marks in Russian and Ukrainian: «ёлочки», „лапки“, straight marks, nesting."""

from __future__ import annotations

import pytest

from analysis.extraction.slavic.marks import pair_slavic_quotes


def _quoted(text: str) -> list[str]:
    return [text[q.open : q.close + 1] for q in pair_slavic_quotes(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Он сказал: „нет“», — заявил он.", ["«Он сказал: „нет“»"]),
        ("„Это «Газпром» и всё“, — сказала она.", ["„Это «Газпром» и всё“"]),
        ('ООО "Ромашка" и «Неделя».', ['"Ромашка"', "«Неделя»"]),
        ("„Мы готовы”, — сказал он.", ["„Мы готовы”"]),
        ("«Первая» и «вторая».", ["«Первая»", "«вторая»"]),
    ],
)
def test_pair_slavic_quotes_gives_the_outermost_quotes(text, expected):
    assert _quoted(text) == expected


def test_an_opener_never_closed_in_its_paragraph_is_dropped():
    assert _quoted("«Незакрытая цитата\n«Вторая»") == ["«Вторая»"]
