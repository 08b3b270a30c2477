"""How sure Parley is of one extracted statement: the strength of its cue times its speaker's."""

from __future__ import annotations

from typing import Final, Literal

from analysis.extraction.coref import MentionKind

# What found the statement, strongest first.
Evidence = Literal[
    "after", "before", "intro", "after_verb", "colon", "mixed", "continued", "fragment",
    "orphan", "reported", "according", "framed", "trailing", "parenthetical", "relative",
    "second", "none",
]
# Fitted on the train split of the real-news corpus (PolNeAR): a statement's confidence is
# CUE_STRENGTH x SPEAKER_STRENGTH, the two factors chosen so that the product is close to the
# share of such statements (span and speaker) found right, rounded to two places. A pronoun is
# capped below a full name: the corpus cannot check who a pronoun stands for.
CUE_STRENGTH: Final[dict[Evidence, float]] = {
    "framed": 0.98, "after": 0.97, "before": 0.97, "intro": 0.97, "trailing": 0.95,
    "continued": 0.93, "colon": 0.9, "mixed": 0.9, "second": 0.9, "according": 0.9,
    "reported": 0.87, "orphan": 0.81, "after_verb": 0.72, "parenthetical": 0.71,
    "fragment": 0.7, "relative": 0.7, "none": 0.5,
}
SPEAKER_STRENGTH: Final[dict[MentionKind, float]] = {
    "person": 0.98, "institution": 0.94, "role": 0.9, "description": 0.9, "pronoun": 0.9,
    "name": 0.88,
}
# Below this a statement is worth checking by hand ("needs checking" in the dashboard).
CHECK_BELOW: Final[float] = 0.8


def statement_confidence(evidence: Evidence, speaker: MentionKind) -> float:
    """Confidence in [0, 1] of a statement from its cue and how its speaker was resolved."""
    return round(CUE_STRENGTH[evidence] * SPEAKER_STRENGTH[speaker], 3)
