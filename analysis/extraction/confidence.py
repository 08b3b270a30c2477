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
    "before": 1.0, "colon": 1.0, "framed": 1.0, "trailing": 0.98, "after": 0.96, "intro": 0.94,
    "mixed": 0.94, "reported": 0.92, "second": 0.9, "according": 0.9, "orphan": 0.86,
    "continued": 0.8, "after_verb": 0.78, "relative": 0.75, "fragment": 0.73,
    "parenthetical": 0.72, "none": 0.5,
}
SPEAKER_STRENGTH: Final[dict[MentionKind, float]] = {
    "person": 0.95, "institution": 0.93, "description": 0.91, "pronoun": 0.9, "role": 0.89,
    "name": 0.73,
}
# Below this a statement is worth checking by hand ("needs checking" in the dashboard).
CHECK_BELOW: Final[float] = 0.8


def statement_confidence(evidence: Evidence, speaker: MentionKind) -> float:
    """Confidence in [0, 1] of a statement from its cue and how its speaker was resolved."""
    return round(CUE_STRENGTH[evidence] * SPEAKER_STRENGTH[speaker], 3)
