"""The kinds of attribution real news uses, each pinned with a short sentence written for the test."""

import pandas as pd
import pytest

from analysis.extraction.articles import read_article
from analysis.extraction.confidence import CHECK_BELOW, CUE_STRENGTH, SPEAKER_STRENGTH
from analysis.extraction.quotes import extract_statements

HEADLINE = "Talks in the capital\n\n"


def statements(body: str) -> pd.DataFrame:
    return extract_statements(read_article("a.txt", (HEADLINE + body).encode()))


def rows(body: str) -> list[tuple[str, str, str]]:
    frame = statements(body)
    return list(zip(frame["attribution"], frame["speaker"], frame["text"], strict=True))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Envoy Mara Lind met both sides. “We are close,” the envoy said. “But not there yet.”",
            [("direct", "Mara Lind", "We are close But not there yet.")], id="split-across-sentences",
        ),
        pytest.param(
            "Minister Ivo Tamm spoke first. The minister agreed: “The border stays open.”",
            [("direct", "Ivo Tamm", "The border stays open.")], id="colon-after-any-verb",
        ),
        pytest.param(
            "“The plan will fail within a year,” the newspaper wrote.",
            [("direct", "newspaper", "The plan will fail within a year")], id="descriptive-speaker",
        ),
        pytest.param(
            "Ann Hale arrived late. “We have waited long enough,” she wrote.",
            [("direct", "Ann Hale", "We have waited long enough")], id="pronoun-speaker",
        ),
        pytest.param(
            "Ann Hale called the plan “a gift to smugglers” on Monday.",
            [("mixed", "Ann Hale", "the plan “a gift to smugglers” on Monday")],
            id="fragment-after-a-verb-that-is-no-cue",
        ),
        pytest.param(
            "“Not in my lifetime,” Ann Hale quipped.",
            [("direct", "Ann Hale", "Not in my lifetime")], id="long-tail-verb",
        ),
        pytest.param(
            "“The count is not over,” Ann Hale countered on Tuesday.",
            [("direct", "Ann Hale", "The count is not over")], id="verb-outside-the-lexicon",
        ),
        pytest.param(
            "Ann Hale ended the meeting by saying, “We are done here.”",
            [("direct", "Ann Hale", "We are done here.")], id="by-saying",
        ),
        pytest.param(
            "''We are ready to sign today,'' said Ann Hale.",
            [("direct", "Ann Hale", "We are ready to sign today")], id="two-apostrophes",
        ),
    ],
)
def test_direct_quotes_of_real_news(body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    ("body", "speaker", "raw"),
    [
        pytest.param(
            "Ann Hale met donors. “We will carry this state,” said Sen. Ann Hale.",
            "Ann Hale", "Sen. Ann Hale", id="title-is-not-the-name",
        ),
        pytest.param(
            "“We will carry this state,” said Ann Hale (D-Ore.), who leads the race.",
            "Ann Hale", "Ann Hale", id="party-label-after-the-name",
        ),
        pytest.param(
            "“The numbers are wrong,” said his chief of staff, Tom Reyes.",
            "Tom Reyes", None, id="role-then-name",
        ),
        pytest.param(
            "The move came shortly after her campaign said the mothers would join the tour.",
            "her campaign", "her campaign", id="fragment-before-the-subject-is-cut",
        ),
        pytest.param(
            "Senator Ann Hale told a local radio station that the bridge would be rebuilt.",
            "Ann Hale", "Senator Ann Hale", id="outlet-addressed-is-not-the-speaker",
        ),
    ],
)
def test_speakers_are_names_roles_or_resolved_pronouns(body, speaker, raw):
    frame = statements(body)
    assert list(frame["speaker"]) == [speaker]
    if raw is not None:
        assert list(frame["speaker_raw"]) == [raw]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Aides say the deal is close to being signed.",
            [("indirect", "Aides", "the deal is close to being signed")], id="descriptive-subject",
        ),
        pytest.param(
            "The regulator announced that fares would rise in March.",
            [("indirect", "regulator", "fares would rise in March")], id="singular-description",
        ),
        pytest.param(
            "Ann Hale has denied that she knew about the payments.",
            [("indirect", "Ann Hale", "she knew about the payments")], id="perfect-form",
        ),
        pytest.param(
            "The vote will be delayed until the spring, officials said.",
            [("indirect", "officials", "The vote will be delayed until the spring")],
            id="source-after-content",
        ),
        pytest.param(
            "Ann Hale spoke. She said the vote would be delayed until spring.",
            [("indirect", "Ann Hale", "the vote would be delayed until spring")], id="pronoun-source",
        ),
        pytest.param(
            "The talks failed on the second day, according to two people at the meeting.",
            [("indirect", "two people at the meeting", "The talks failed on the second day")],
            id="according-to-at-the-end",
        ),
        pytest.param(
            "Ann Hale believes the deal will hold through the winter.",
            [("indirect", "Ann Hale", "the deal will hold through the winter")], id="belief-verb",
        ),
        pytest.param(
            "The plan was backed by Ann Hale, the party leader, who said that it would save money.",
            [("indirect", "Ann Hale", "it would save money")], id="who-said",
        ),
        pytest.param(
            "Ann Hale withdrew her support, saying he lacks the temperament to lead.",
            [("indirect", "Ann Hale", "he lacks the temperament to lead")], id="saying-without-that",
        ),
        pytest.param(
            "Ann Hale told the AP his firm worked closely with the charity.",
            [("indirect", "Ann Hale", "his firm worked closely with the charity")],
            id="told-someone-a-clause",
        ),
        pytest.param(
            "Turnout was low in the north, Ann Hale told the court in her filing.",
            [("indirect", "Ann Hale", "Turnout was low in the north")], id="source-told-after-content",
        ),
        pytest.param(
            "Loyalty, Ann Hale noted, has long been a core value of the party.",
            [("indirect", "Ann Hale", "Loyalty, Ann Hale noted, has long been a core value of the party")],
            id="attribution-inside-the-sentence",
        ),
        pytest.param(
            "Ann Hale accused the mayor of misleading voters about the budget.",
            [("indirect", "Ann Hale", "the mayor of misleading voters about the budget")],
            id="accused-someone-of",
        ),
        pytest.param(
            "The council accused the firm of hiding the costs, officials said.",
            [("indirect", "council", "the firm of hiding the costs")], id="accused-charge-ends-at-comma",
        ),
    ],
)
def test_reported_speech_of_real_news(body, expected):
    assert rows(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Grain exports fell in April, according to figures published on Monday.", id="data"),
        pytest.param("Ann Hale claimed a victory in the primary.", id="object-not-content"),
        pytest.param("Ann Hale maintained her lead over the field.", id="object-after-report-verb"),
        pytest.param("Lawmakers passed the “digital sovereignty” law.", id="scare-quote"),
        pytest.param("Ann Hale was accused of fraud last year.", id="accused-passive-names-no-accuser"),
    ],
)
def test_what_is_not_a_statement(body):
    assert statements(body).empty


@pytest.mark.parametrize(
    ("front", "speaker"),
    [pytest.param("", "I", id="no-author"), pytest.param("author: Ann Hale\n", "Ann Hale", id="author")],
)
def test_first_person_speech_outside_quotes_is_the_writers(front, speaker):
    text = f"---\ntitle: Notes\n{front}---\nI said that the plan would fail without more money.\n"
    frame = extract_statements(read_article("a.md", text.encode()))
    assert list(zip(frame["speaker"], frame["text"], strict=True)) == [
        (speaker, "the plan would fail without more money")
    ]


def test_confidence_ranks_a_named_cue_above_a_fragment_of_a_lone_surname():
    strong = statements("“We will win,” said Ann Hale.")["confidence"].iloc[0]
    weak = statements("Hale called the plan “a gift to smugglers” on Monday.")["confidence"].iloc[0]
    assert 0 <= weak < CHECK_BELOW <= strong <= 1


def test_every_cue_and_speaker_kind_has_a_strength_in_the_unit_interval():
    assert all(0 < v <= 1 for v in (*CUE_STRENGTH.values(), *SPEAKER_STRENGTH.values()))
