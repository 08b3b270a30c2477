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
# Set by hand, in three tiers of how directly the text ties the words to their speaker; never
# fitted to annotated data. A quote with its speech verb beside it is strong; a quote that goes
# on from an attributed one, follows a colon, or reported speech with its cue is medium; a quote
# whose speaker comes from context or a weaker construction is weak.
STRONG: Final = 0.95
MEDIUM: Final = 0.88
WEAK: Final = 0.7
CUE_STRENGTH: Final[dict[Evidence, float]] = {
    **dict.fromkeys(("framed", "after", "before", "intro", "trailing"), STRONG),
    **dict.fromkeys(("continued", "colon", "mixed", "second", "according", "reported"), MEDIUM),
    **dict.fromkeys(("orphan", "after_verb", "parenthetical", "fragment", "relative"), WEAK),
    "none": 0.5,
}
# A name written out beats a description, which beats a pronoun or a bare surname resolved
# through the article: each step is one more inference that can go wrong.
SPEAKER_STRENGTH: Final[dict[MentionKind, float]] = {
    "person": 1.0,
    **dict.fromkeys(("institution", "role", "description"), 0.95),
    **dict.fromkeys(("pronoun", "name"), 0.9),
}
# Below this a statement is worth checking by hand ("needs checking" in the dashboard).
CHECK_BELOW: Final[float] = 0.8


def statement_confidence(evidence: Evidence, speaker: MentionKind) -> float:
    """Confidence in [0, 1] of a statement from its cue and how its speaker was resolved."""
    return round(CUE_STRENGTH[evidence] * SPEAKER_STRENGTH[speaker], 3)
