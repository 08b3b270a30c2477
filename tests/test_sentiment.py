"""VADER sentiment: per period and speaker with CIs, toward a phrase, extremes, planted tone."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from nltk.sentiment import vader

from analysis.corpus import sample
from analysis.corpus.filters import StatementFilter
from analysis.corpus.schema import conform_statements
from analysis.engine.grid import grain_coverage
from analysis.engine.index import build_index
from analysis.sentiment import (
    MAX_BINS,
    MIN_BINS,
    MIN_STATEMENTS,
    extreme_statements,
    histogram,
    leave_out_thin,
    sentiment_distribution,
    sentiment_timeline,
    target_sentiment,
    tone_bins,
    tone_histogram,
    unscored,
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
    frame = sentiment_timeline(index, freq="month", min_statements=1)
    assert list(frame.columns) == [
        "period", "speaker", "statements", "not_scored", "mean", "ci_low", "ci_high"]
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
    frame = target_sentiment(index, "Europe", freq="month", min_statements=1)
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


@pytest.mark.parametrize("analysis", ["timeline", "target"])
def test_cells_below_the_minimum_keep_their_count_but_no_mean(index, analysis):
    def run(**options):
        if analysis == "target":
            return target_sentiment(index, "Europe", freq="month", **options)
        return sentiment_timeline(index, freq="month", **options)

    default, every = run(), run(min_statements=1)
    assert MIN_STATEMENTS == 5 and (default["statements"] < MIN_STATEMENTS).all()  # all thin
    assert default["mean"].isna().all() and default["ci_low"].isna().all()
    assert default["statements"].tolist() == every["statements"].tolist()
    assert every["mean"].notna().any()
    loose = run(min_statements=2)
    assert loose["mean"].notna().tolist() == (every["statements"] >= 2).tolist()


def test_leave_out_thin_returns_a_new_frame():
    frame = pd.DataFrame({"statements": [4, 5], "mean": [0.1, 0.2], "ci_low": [0.0, 0.1],
                          "ci_high": [0.2, 0.3]})
    out = leave_out_thin(frame)
    assert out["mean"].isna().tolist() == [True, False]
    assert frame["mean"].notna().all()  # the input is untouched


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (np.array([]), MIN_BINS),  # nothing to measure
        (np.array([0.3]), MIN_BINS),
        (np.zeros(500), MIN_BINS),  # no spread
        # IQR 1 over 8 values: width 2 * 1 / 2 = 1, so two bins over [-1, 1], raised to MIN_BINS
        (np.array([-1, -0.5, -0.5, -0.5, 0.5, 0.5, 0.5, 1.0]), MIN_BINS),
        # IQR 0.1 over 1000 values: width 0.02, 100 bins over [-1, 1], capped at MAX_BINS
        (np.linspace(-0.1, 0.1, 1000), MAX_BINS),
        # IQR 0.45 over 1000 values: width 2 * 0.45 / 10 = 0.09, so 2 / 0.09 = 22.2 -> 23 bins
        (np.linspace(-0.45, 0.45, 1000), 23),
    ],
)
def test_tone_bins_follow_freedman_diaconis_within_bounds(values, expected):
    assert tone_bins(values.astype(np.float64)) == expected


def test_tone_histogram_bins_by_the_rule_unless_told():
    index = sample_index()
    compound = sentiment_distribution(index)["compound"].to_numpy()
    ruled = tone_histogram(index)
    speakers = ruled["speaker"].nunique()
    assert len(ruled) == speakers * tone_bins(compound)
    assert (ruled["bin_high"] - ruled["bin_low"]).round(9).nunique() == 1  # equal widths
    assert len(tone_histogram(index, bins=4)) == speakers * 4


def test_histogram_counts_each_group_in_every_bin_with_shares():
    frame = pd.DataFrame({"speaker": ["A", "A", "A", "B"], "compound": [-1.0, 0.1, 1.0, 0.4]})
    out = histogram(frame, value="compound", by="speaker", bins=2)
    assert out[["speaker", "bin_low", "statements"]].values.tolist() == [
        ["A", -1.0, 1], ["A", 0.0, 2], ["B", -1.0, 0], ["B", 0.0, 1],
    ]
    assert out["share"].tolist() == pytest.approx([1 / 3, 2 / 3, 0.0, 1.0])


def test_tone_histogram_from_the_index_equals_the_histogram_of_every_statement():
    texts = ["What a wonderful, happy day.", "This is a brutal, terrible crime.", "We met.",
             "Great progress and real hope.", "I hate these awful lies.", "The talks go on."]
    frame = conform_statements(pd.DataFrame({
        "statement_id": [str(i) for i in range(6)], "speaker": ["Zed", "Ann", "Zed", "Bo", "Ann",
                                                                "Bo"],
        "text": texts, "date": pd.to_datetime([f"2024-01-0{i + 1}" for i in range(6)]),
        "date_precision": ["day"] * 6,
    }))
    index = build_index(frame)
    for where in (StatementFilter(), StatementFilter(speakers=("Zed", "Ann"))):
        expected = histogram(sentiment_distribution(index, where=where), value="compound",
                             by="speaker", bins=4)
        pd.testing.assert_frame_equal(tone_histogram(index, where=where, bins=4), expected)




MIXED = [
    ("Ann", "2024-01-05", "day", "I love this wonderful agreement, it is great news."),
    ("Ann", "2024-01-06", "day", "This is a terrible, awful and shameful decision."),
    ("Ann", "2024-01-07", "day", "Это ужасное и позорное решение, заявил министр журналистам."),
    ("Ivan", "2024-01-08", "day", "Мы приветствуем это прекрасное соглашение и благодарим партнёров."),
    ("Ivan", "2024-01-09", "day", "Переговоры зашли в тупик, и виновата в этом другая сторона."),
]


@pytest.fixture(scope="module")
def mixed():
    return index_of(MIXED)


def test_statements_not_in_english_have_no_score_not_zero(mixed):
    assert mixed.statements["language"].tolist() == ["en", "en", "ru", "ru", "ru"]
    scores = np.asarray(mixed.enrichment.scores[:, 0], dtype=np.float64)
    assert np.isfinite(scores[:2]).all() and np.isnan(scores[2:]).all()


def test_unscored_statements_are_left_out_of_every_mean(mixed):
    frame = sentiment_timeline(mixed, freq="month", min_statements=1)
    ann = frame[frame["speaker"] == "Ann"].iloc[0]
    english = [compound(MIXED[0][3]), compound(MIXED[1][3])]
    assert (ann["statements"], ann["not_scored"]) == (2, 1)
    assert ann["mean"] == pytest.approx(sum(english) / 2, abs=1e-6)
    ivan = frame[frame["speaker"] == "Ivan"].iloc[0]
    assert (ivan["statements"], ivan["not_scored"]) == (0, 2)
    assert math.isnan(ivan["mean"])  # a speaker with only Russian statements has no tone line


def test_unscored_statements_are_left_out_of_histograms_distributions_and_extremes(mixed):
    assert tone_histogram(mixed, bins=5).groupby("speaker")["statements"].sum().to_dict() == {"Ann": 2}
    distribution = sentiment_distribution(mixed)
    assert distribution["speaker"].tolist() == ["Ann", "Ann"]
    assert int(histogram(distribution, value="compound", by="speaker")["statements"].sum()) == 2
    extremes = extreme_statements(mixed, n=5)
    assert set(extremes["speaker"]) == {"Ann"} and extremes["compound"].notna().all()


def test_unscored_counts_the_left_out_statements_per_language(mixed):
    assert unscored(mixed).to_dict("list") == {"language": ["ru"], "statements": [3]}
    only_ann = unscored(mixed, where=StatementFilter(speakers=("Ann",)))
    assert only_ann["statements"].tolist() == [1]
    assert unscored(mixed, where=StatementFilter(languages=("en",))).empty


def test_tone_toward_a_phrase_skips_sentences_of_unscored_statements(mixed):
    frame = target_sentiment(mixed, "решение", freq="month", min_statements=1)
    assert int(frame["sentences"].sum()) == 0 and frame["mean"].isna().all()
