"""Sources written as URLs are grouped by site, with the URL kept for the link."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus.ingest import load_corpus
from analysis.corpus.sites import site_of, sources_as_sites


@pytest.mark.parametrize(
    ("source", "site"),
    [
        ("https://www.youtube.com/watch?v=HKFB5PFN2Wg", "youtube.com"),
        ("https://youtu.be/HKFB5PFN2Wg", "youtube.com"),
        ("http://m.facebook.com/story.php?id=1", "facebook.com"),
        ("www.president.gov.ua/news/123", "president.gov.ua"),
        ("HTTPS://WWW.Reuters.COM/world/", "reuters.com"),
        ("https://t.me/V_Zelenskiy_official/1234", "t.me"),
        ("Reuters", None),
        ("BBC World Service", None),
        ("", None),
        ("https://", None),
    ],
)
def test_site_of_a_url_is_its_host_without_www_and_outlet_names_are_not_urls(source, site):
    assert site_of(source) == site


def test_url_sources_become_sites_and_keep_the_url_for_the_link():
    frame = pd.DataFrame({
        "source": ["https://www.youtube.com/watch?v=a", "Reuters", "https://youtu.be/b", ""],
        "url": ["", "https://reuters.com/x", "https://example.org/own", ""],
    })
    out = sources_as_sites(frame)
    assert out["source"].tolist() == ["youtube.com", "Reuters", "youtube.com", ""]
    assert out["url"].tolist() == ["https://www.youtube.com/watch?v=a", "https://reuters.com/x",
                                   "https://example.org/own", ""]
    assert frame["source"].iloc[0] == "https://www.youtube.com/watch?v=a"  # input unchanged


@pytest.mark.shared
def test_the_ua_officials_sources_load_as_one_site(shared_dir):
    frame, report = load_corpus([shared_dir / "corpora" / "ua-officials-2022-uk.csv"])
    assert set(frame["source"]) == {"youtube.com"}
    assert frame["url"].str.startswith(("https://www.youtube.com/watch?v=", "https://youtu.be/")).all()
    assert report.rows_kept == len(frame)
