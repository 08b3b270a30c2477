"""Real news (PolNeAR dev): the extractor keeps at least the figures it reached there."""

import pytest

from tests.eval import polnear

# Measured on dev when these rules were written, less a margin for small rule changes; a drop
# below them is a regression on real news.
FLOORS = {
    "direct": {"precision": 0.92, "recall": 0.78, "speaker": 0.93},
    "reported": {"precision": 0.87, "recall": 0.56, "speaker": 0.94},
}


@pytest.fixture(scope="module")
def dev_scores():
    if not polnear.available("dev"):
        pytest.skip(f"{polnear.POLNEAR / 'dev'} or the shared scorer is absent")
    return polnear.parse_scores(polnear.run_scorer("dev"))


@pytest.mark.parametrize("kind", ["direct", "reported"])
@pytest.mark.parametrize("figure", ["precision", "recall", "speaker"])
def test_polnear_dev_figures_stay_above_their_floor(dev_scores, kind, figure):
    assert getattr(dev_scores[kind], figure) >= FLOORS[kind][figure]


def test_statements_of_high_confidence_are_right_nine_times_in_ten_on_dev():
    if not polnear.available("dev"):
        pytest.skip(f"{polnear.POLNEAR / 'dev'} or the shared scorer is absent")
    share, sure, total = polnear.calibration("dev")
    assert share >= 0.9
    assert sure >= 0.5 * total  # the threshold is not met by flagging nearly everything


def test_the_scorer_output_is_parsed_into_both_kinds():
    line = "direct    gold   438  predicted   480  precision 0.963  recall 0.689  speaker 0.938 (1/2)"
    scores = polnear.parse_scores(f"84 articles\n{line}\n")
    assert list(scores) == ["direct"]
    assert (scores["direct"].gold, scores["direct"].recall) == (438, 0.689)
