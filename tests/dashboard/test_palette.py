"""Series colours: every two are far apart by CIEDE2000, and one chart never repeats a colour."""

import itertools

import pytest

from dashboard.charts import speaker_colours
from dashboard.palette import (
    MIN_DISTANCE,
    MIN_FROM_GREY,
    OTHER_COLOUR,
    PALETTE,
    distance,
    distinct_colours,
    lab_distance,
)


# Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula": pairs from its test
# data, as L*a*b* values with their published difference.
@pytest.mark.parametrize(("first", "second", "expected"), [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.49, -0.001), (50.0, -2.49, 0.0011), 7.2195),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((50.0, 2.5, 0.0), (50.0, 3.1736, 0.5854), 1.0),
    ((2.0776, 0.0795, -1.135), (0.9033, -0.0636, -0.5514), 0.9082),
])
def test_the_distance_is_ciede2000(first, second, expected):
    assert lab_distance(first, second) == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize(("first", "second"), list(itertools.combinations(PALETTE, 2)))
def test_no_two_series_colours_look_alike(first, second):
    assert distance(first, second) >= MIN_DISTANCE


@pytest.mark.parametrize("colour", PALETTE)
def test_each_series_colour_stands_apart_from_other_grey_and_the_background(colour):
    assert distance(colour, OTHER_COLOUR) >= MIN_FROM_GREY
    assert distance(colour, "#ffffff") >= MIN_FROM_GREY


def test_the_palette_covers_the_most_series_a_chart_shows():
    assert len(PALETTE) >= 15  # the Overview shows up to 15 speakers besides Other


def test_speakers_keep_their_corpus_rank_colour_and_other_is_grey():
    colours = speaker_colours(["A", "B", "C"])
    assert [colours[n] for n in "ABC"] == list(PALETTE[:3])
    assert colours["Other"] == OTHER_COLOUR


def test_a_chart_never_gives_two_series_one_colour():
    ranked = [f"speaker {i}" for i in range(40)]
    colours = speaker_colours(ranked)
    shown = ["speaker 0", f"speaker {len(PALETTE)}", "speaker 1", "Other"]  # ranks 0 and 15 cycle
    assert colours[shown[0]] == colours[shown[1]]
    chosen = distinct_colours(shown, colours, other="Other")
    assert len(set(chosen.values())) == len(shown)
    assert chosen["speaker 0"] == PALETTE[0] and chosen["speaker 1"] == PALETTE[1]
    assert chosen["Other"] == OTHER_COLOUR
