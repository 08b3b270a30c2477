"""Offline NLTK data: packaged VADER lexicon and Punkt, or the user's own nltk_data."""

from __future__ import annotations

import zipfile

import nltk
import pytest

from analysis.text import nltk_resources


@pytest.fixture
def fresh(monkeypatch):
    """Isolate nltk.data.path and the cached analyzers for one test."""
    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))
    nltk_resources.vader_analyzer.cache_clear()
    nltk_resources.sentence_splitter.cache_clear()
    yield
    nltk_resources.vader_analyzer.cache_clear()
    nltk_resources.sentence_splitter.cache_clear()


def test_vader_lexicon_loads_offline_from_the_vadersentiment_package(fresh):
    assert nltk_resources.vader_lexicon_path() == nltk_resources.PACKAGED_VADER
    assert any(p.endswith("vaderSentiment") for p in nltk.data.path)
    analyzer = nltk_resources.vader_analyzer()
    assert analyzer.polarity_scores("I love this wonderful peace")["compound"] > 0.5
    assert analyzer.polarity_scores("a terrible, horrible war")["compound"] < -0.5


def test_a_users_own_vader_lexicon_is_preferred(fresh, tmp_path):
    folder = tmp_path / "sentiment"
    folder.mkdir()
    with zipfile.ZipFile(folder / "vader_lexicon.zip", "w") as archive:
        archive.writestr("vader_lexicon/vader_lexicon.txt", "peace\t-3.0\t0.5\t[-3]")
    nltk.data.path.insert(0, str(tmp_path))
    assert nltk_resources.vader_lexicon_path() == nltk_resources.USER_VADER
    # the user's one-word lexicon makes "peace" negative, which the packaged one never would
    assert nltk_resources.vader_analyzer().polarity_scores("peace")["compound"] < 0
    assert "vader:user" in nltk_resources.resource_fingerprint()


def test_packaged_punkt_splits_sentences_without_nltk_data(fresh):
    assert not nltk_resources.has_user_resource(nltk_resources.USER_PUNKT)
    spans = list(nltk_resources.sentence_splitter().span_tokenize("Dr. Smith came. He left."))
    assert spans == [(0, 15), (16, 24)]
