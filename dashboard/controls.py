"""Every control whose value lives in the URL, declared once: key, page, label, default and help.

A key is a public URL parameter: a shared link carries it, so renaming one breaks old links.
The widgets (dashboard/widgets.py), the README's "URL parameters" table and the tests all read
this module; tests/test_dashboard_controls.py pins the list of keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

from analysis.corpus.filters import FILTER_FIELDS
from analysis.types import FREQS

Kind = Literal["select", "radio", "slider", "number", "text", "multiselect", "date", "pages",
               "toggle"]
Page = Literal["sidebar", "overview", "terms", "sentiment", "speakers", "statements", "data"]
ALL: Final[str] = "all"  # the "no restriction" choice of a select


@dataclass(frozen=True)
class Control:
    """One URL-bound widget: what it is called, where it is, what it starts at and means."""

    key: str
    page: Page
    kind: Kind
    label: str
    default: Any
    help: str
    options: tuple[Any, ...] = ()  # fixed choices; empty when the page offers live ones
    low: int | None = None  # slider and number bounds
    high: int | None = None
    default_note: str = ""  # how the page derives a default that is not a constant
    horizontal: bool = True  # radios only


_SIDEBAR_KINDS: Final[dict[str, tuple[Kind, str]]] = {
    "speakers": ("multiselect", "Speakers"),
    "since": ("date", "From"),
    "until": ("date", "To"),
    "sources": ("multiselect", "Sources"),
    "query": ("text", "Phrase in text"),
    "hide_unsure": ("toggle", "Hide statements that need checking"),
    "languages": ("multiselect", "Languages"),
}
SIDEBAR: Final[tuple[Control, ...]] = tuple(
    Control(f.name, "sidebar", _SIDEBAR_KINDS[f.name][0], _SIDEBAR_KINDS[f.name][1], f.default,
            f.help)
    for f in FILTER_FIELDS
)
_GRAIN_HELP: Final[str] = "How long one period of the chart is, from a day to a year."
_TOP_HELP: Final[str] = "The most active speakers get a series each; the rest are pooled as Other."
_GRAIN_NOTE: Final[str] = "{}, or as coarse as the corpus's dates (year-only dates: year)"

OV_GRAIN = Control("ov_grain", "overview", "select", "Grain", "month", _GRAIN_HELP, FREQS,
                   default_note=_GRAIN_NOTE.format("month"))
OV_STYLE = Control("ov_style", "overview", "radio", "Show as", "stacked bars",
                   "Stacked bars show the total; lines compare speakers.", ("stacked bars", "lines"))
OV_TOP = Control("ov_top", "overview", "slider", "Speakers shown (rest as Other)", 8, _TOP_HELP,
                 low=3, high=15)
OV_UNDATED_PAGE = Control("ov_undated_page", "overview", "pages", "Undated statements page", 1,
                          "Page of the table of undated statements.")

T_PHRASES = Control("t_phrases", "terms", "text",
                    "Phrases to follow (comma-separated, 1 to 5 words each)", "",
                    "Each phrase gets its own timeline; matched as whole words, any case.",
                    default_note="the sidebar phrase")
T_CONCEPTS = Control("t_concepts", "terms", "text", "Concepts to follow", "",
                     "A concept counts every pattern that names it, in any language: "
                     "name = pattern, pattern; name = pattern. Patterns are words or phrases, any "
                     "case; * is a glob inside a word (санкци*).",
                     default_note="none (or a concepts CSV from the Data page)")
T_MEASURE = Control("t_measure", "terms", "select", "Measure", "mentions",
                    "Raw mentions, mentions per 10,000 tokens, or the share of statements that "
                    "mention the phrase.", ("mentions", "per 10k tokens", "share of statements"))
T_GRAIN = Control("t_grain", "terms", "select", "Grain", "month", _GRAIN_HELP, FREQS,
                  default_note=_GRAIN_NOTE.format("month"))
T_SPLIT = Control("t_split", "terms", "radio", "Split", "by speaker",
                  "Below the chart that compares every phrase and concept, one chart each with "
                  "a line per speaker; or the comparison chart alone.",
                  ("by speaker", "all speakers together"), horizontal=False)
T_TOP = Control("t_top", "terms", "slider", "Speakers shown (rest as Other)", 6, _TOP_HELP,
                low=2, high=12)
T_KWIC_PHRASE = Control("t_kwic_phrase", "terms", "select", "Phrase", None,
                        "Which of the followed phrases and concepts the concordance shows.",
                        default_note="the first phrase")
T_KWIC_SPEAKER = Control("t_kwic_speaker", "terms", "select", "Speaker", ALL,
                         "Only this speaker's sentences; a click on a timeline point sets it.")
T_KWIC_PERIOD = Control("t_kwic_period", "terms", "select", "Period ({grain})", ALL,
                        "Only this period (its first day); a click on a timeline point sets it.")
T_WINDOW = Control("t_window", "terms", "number", "Words each side", 8,
                   "Words of context left and right of the match.", low=2, high=30)
T_KWIC_PAGE = Control("t_kwic_page", "terms", "pages", "Concordance page", 1,
                      "Page of the concordance table.")
T_NGRAM = Control("t_ngram", "terms", "radio", "Words per term", 1,
                  "Single words, or sequences of two or three.", (1, 2, 3))
T_TERMS_TOP = Control("t_terms_top", "terms", "slider", "Terms shown", 20,
                      "How many of the most frequent terms the chart lists.", low=5, high=50)
T_STOPWORDS = Control("t_stopwords", "terms", "text", "Your own stopwords", "",
                      "Words to leave out of top terms and collocations, beside the packaged "
                      "English, Russian and Ukrainian lists; separate them by commas or spaces. "
                      "A term holding one of them anywhere is left out.")
T_COLL_N = Control("t_coll_n", "terms", "radio", "Words", 2, "Pairs or triples of words.", (2, 3))
T_COLL_MEASURE = Control("t_coll_measure", "terms", "radio", "Score", "log-likelihood",
                         "Log-likelihood favours frequent pairs; PMI favours rare, tight ones.",
                         ("log-likelihood", "PMI"))
T_COLL_MIN = Control("t_coll_min", "terms", "number", "Minimum count", 5,
                     "Sequences seen fewer times are left out.", low=2, high=100)
T_COLL_PAGE = Control("t_coll_page", "terms", "pages", "Collocations page", 1,
                      "Page of the collocation table.")

S_GRAIN = Control("s_grain", "sentiment", "select", "Grain", "quarter", _GRAIN_HELP, FREQS,
                  default_note=_GRAIN_NOTE.format("quarter"))
S_TOP = Control("s_top", "sentiment", "slider", "Speakers shown (rest as Other)", 5, _TOP_HELP,
                low=2, high=12)
S_EXTREMES = Control("s_extremes", "sentiment", "slider", "Statements each", 5,
                     "How many of the most positive and of the most negative statements to list.",
                     low=3, high=25)
S_EXTREMES_PAGE = Control("s_extremes_page", "sentiment", "pages", "Extremes page", 1,
                          "Page of the most positive and negative statements.")
S_TARGET = Control("s_target", "sentiment", "text", "Phrase", "",
                   "Tone of only the sentences that mention this phrase.",
                   default_note="the sidebar phrase")

SP_SPEAKERS = Control("sp_speakers", "speakers", "multiselect", "Speakers to compare", (),
                      "Up to six speakers, each against everyone else in the selection.",
                      default_note="the sidebar's speakers, else the four most active")
SP_STOPWORDS = Control("sp_stopwords", "speakers", "text", "Your own stopwords", "",
                       "Words to leave out of the distinctive terms, beside the packaged English, "
                       "Russian and Ukrainian lists; separate them by commas or spaces.")
SP_TOP = Control("sp_top", "speakers", "slider", "Terms each", 12,
                 "How many distinctive terms each speaker's chart lists.", low=5, high=30)

ST_TEXT = Control("st_text", "statements", "text", "Search the text of these statements", "",
                  "Words or a phrase, case-insensitive, within the sidebar's selection.")
ST_ORDER = Control("st_order", "statements", "select", "Order", "newest first",
                   "Undated statements come last in either date order.",
                   ("newest first", "oldest first", "speaker", "as loaded"))
ST_SIZE = Control("st_size", "statements", "select", "Rows per page", 50,
                  "Statements shown per page.", (25, 50, 100, 250))
ST_PAGE = Control("st_page", "statements", "pages", "Statements page", 1,
                  "Page of the statements table.")

DATA_REASONS_PAGE = Control("data_reasons_page", "data", "pages", "Rejections page", 1,
                            "Page of the ingest report's rejection reasons.")
DATA_SPELLINGS_PAGE = Control("data_spellings_page", "data", "pages", "Spellings page", 1,
                              "Page of the speaker spellings table.")

CONTROLS: Final[tuple[Control, ...]] = (
    *SIDEBAR,
    OV_GRAIN, OV_STYLE, OV_TOP, OV_UNDATED_PAGE,
    T_PHRASES, T_CONCEPTS, T_MEASURE, T_GRAIN, T_SPLIT, T_TOP, T_KWIC_PHRASE, T_KWIC_SPEAKER,
    T_KWIC_PERIOD, T_WINDOW, T_KWIC_PAGE, T_NGRAM, T_TERMS_TOP, T_STOPWORDS, T_COLL_N,
    T_COLL_MEASURE, T_COLL_MIN, T_COLL_PAGE,
    S_GRAIN, S_TOP, S_EXTREMES, S_EXTREMES_PAGE, S_TARGET,
    SP_SPEAKERS, SP_STOPWORDS, SP_TOP,
    ST_TEXT, ST_ORDER, ST_SIZE, ST_PAGE,
    DATA_REASONS_PAGE, DATA_SPELLINGS_PAGE,
)


def sidebar_control(name: str) -> Control:
    """The declaration of one sidebar filter."""
    return next(c for c in SIDEBAR if c.key == name)


def default_text(control: Control) -> str:
    """The default as the README states it."""
    if control.default_note:
        return control.default_note
    if control.default is False:
        return "off"
    if control.default in (None, (), ""):
        return "none" if control.kind != "multiselect" else "all"
    return str(control.default)


def readme_table() -> str:
    """The README's "URL parameters" table, generated from the declarations."""
    rows = ["| parameter | page | control | default | meaning |", "|---|---|---|---|---|"]
    for c in CONTROLS:
        label = c.label.replace(" ({grain})", "")
        choices = f" One of: {', '.join(f'`{o}`' for o in c.options)}." if c.options else ""
        bounds = f" From {c.low} to {c.high}." if c.low is not None else ""
        rows.append(f"| `{c.key}` | {c.page} | {label} | {default_text(c)} | "
                    f"{c.help}{choices}{bounds} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(readme_table())
