"""VADER sentiment: per period and speaker with CIs, toward a phrase, extremes, planted tone."""

from __future__ import annotations

import math

import numpy as np
import pytest
from nltk.sentiment import vader

from analysis.corpus import sample
from analysis.corpus.filters import StatementFilter
from analysis.engine.grid import grain_coverage
from analysis.sentiment import (
    extreme_statements,
    sentiment_distribution,
    sentiment_timeline,
    target_sentiment,
)
from analysis.text import vader_speed
from analysis.text.nltk_resources import vader_analyzer
from tests.corpus_fixtures import index_of, sample_index

ROWS = [
    ("Ann", "2024-01-05", "day", "I love Europe. War is terrible."),
    ("Ann", "2024-01-07", "day", "Europe is awful. Good day."),
    ("Bob", "2024-02-05", "day", "Great, wonderful news from Europe!"),
    ("Bob", "2024-02-20", "day", "Nothing."),
    ("Bob", "2024-01-01", "year", "Happy happy joy."),  # too coarse for months
]


@pytest.fixture(scope="module")
def index():
    return index_of(ROWS)


def compound(text):
    return vader_analyzer().polarity_scores(text)["compound"]


def mean_ci(values):
    n = len(values)
    mean = sum(values) / n
    if n < 2:
        return mean, math.nan, math.nan
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))
    half = 1.959964 * sd / math.sqrt(n)
    return mean, mean - half, mean + half


def test_statement_means_and_cis_match_hand_computation(index):
    frame = sentiment_timeline(index, freq="month")
    assert list(frame.columns) == ["period", "speaker", "statements", "mean", "ci_low", "ci_high"]
    expected = {
        ("2024-01-01", "Ann"): [compound(ROWS[0][3]), compound(ROWS[1][3])],
        ("2024-02-01", "Bob"): [compound(ROWS[2][3]), compound(ROWS[3][3])],
    }
    for (period, speaker), values in expected.items():
        row = frame[(frame["period"] == period) & (frame["speaker"] == speaker)].iloc[0]
        assert row["statements"] == len(values)
        assert [row["mean"], row["ci_low"], row["ci_high"]] == pytest.approx(mean_ci(values), abs=1e-6)
    empty = frame[(frame["period"] == "2024-02-01") & (frame["speaker"] == "Ann")].iloc[0]
    assert empty["statements"] == 0 and math.isnan(empty["mean"])
    assert grain_coverage(index, freq="month", by="speaker", where=StatementFilter()).too_coarse == 1


def test_target_sentiment_scores_only_sentences_that_mention_the_phrase(index):
    frame = target_sentiment(index, "Europe", freq="month")
    ann = frame[(frame["period"] == "2024-01-01") & (frame["speaker"] == "Ann")].iloc[0]
    values = [compound("I love Europe."), compound("Europe is awful.")]
    assert (ann["statements"], ann["sentences"]) == (2, 2)
    assert [ann["mean"], ann["ci_low"], ann["ci_high"]] == pytest.approx(mean_ci(values), abs=1e-6)
    bob = frame[(frame["period"] == "2024-02-01") & (frame["speaker"] == "Bob")].iloc[0]
    assert (bob["statements"], bob["sentences"]) == (1, 1)
    assert bob["mean"] == pytest.approx(compound("Great, wonderful news from Europe!"), abs=1e-6)


def test_extremes_are_ordered_and_carry_their_text(index):
    frame = extreme_statements(index, n=2)
    positive = frame[frame["polarity"] == "most positive"]
    negative = frame[frame["polarity"] == "most negative"]
    assert positive["compound"].is_monotonic_decreasing
    assert negative["compound"].is_monotonic_increasing
    assert positive.iloc[0]["text"] == max(ROWS, key=lambda r: compound(r[3]))[3]
    assert negative.iloc[0]["text"] == min(ROWS, key=lambda r: compound(r[3]))[3]


def test_distribution_has_one_row_per_selected_statement(index):
    frame = sentiment_distribution(index, where=StatementFilter(speakers=("Bob",)))
    assert len(frame) == 3
    assert set(frame.columns) >= {"statement_id", "speaker", "date", "compound"}


@pytest.mark.parametrize(
    "text",
    [
        "I LOVE this!!! :) Not bad at all, but the ending was TERRIBLE...",
        "(Great) news, 'wonderful' -- really?!? No way!!",
        "The peace talks failed; nobody is happy. Kind of sad, isn't it?",
        "Мир! Peace... \"good\" deal?? :-( meh",
        "",
    ],
)
def test_lazy_punctuation_lookup_leaves_vader_scores_unchanged(text, monkeypatch):
    fast = vader_analyzer().polarity_scores(text)
    monkeypatch.setattr(vader, "SentiText", vader_speed.LazySentiText.__mro__[1])
    stock = vader_analyzer().polarity_scores(text)
    assert fast == stock


def test_sample_tone_speaker_turns_negative_after_the_event():
    frame = sentiment_timeline(sample_index(), freq="month")
    varga = frame[(frame["speaker"] == sample.TONE_SPEAKER) & (frame["statements"] > 0)]
    event = np.datetime64(sample.TONE_EVENT)
    before = varga[varga["period"] < event.astype("datetime64[M]")]  # months wholly before
    after = varga[varga["period"] > event]
    assert before["mean"].min() > 0
    assert after["mean"].max() < 0
