"""Sources as people name them: a source written as a URL is grouped by its site."""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

import pandas as pd

_URL: Final = re.compile(r"(?i)^(?:https?://|www\.)\S+$")
# Host prefixes that name a version of the same site, not another site.
_PREFIXES: Final = re.compile(r"^(?:www\d?|m|mobile|amp)\.")
# Short-link hosts of one site, shown as that site.
SHORT_HOSTS: Final[dict[str, str]] = {"youtu.be": "youtube.com", "fb.watch": "facebook.com"}


def site_of(source: str) -> str | None:
    """The site of a source written as a URL (youtube.com for https://www.youtube.com/watch?v=x),
    or None when the source is not a URL (an outlet's name is kept as it is)."""
    text = str(source).strip()
    if not _URL.match(text):
        return None
    host = urlsplit(text if "://" in text else f"http://{text}").hostname or ""
    host = _PREFIXES.sub("", host.rstrip("."))
    return SHORT_HOSTS.get(host, host) or None


def sources_as_sites(frame: pd.DataFrame) -> pd.DataFrame:
    """A statement frame whose URL sources are replaced by their sites, each URL kept in `url`
    (unless the row has a url of its own); other sources are unchanged. Returns a new frame."""
    sources = frame["source"].fillna("").astype(str)
    uniques = sources.unique()
    site = sources.map(dict(zip(uniques, (site_of(s) for s in uniques), strict=True)))
    is_url = site.notna()
    if not is_url.any():
        return frame
    out = frame.copy()
    urls = out["url"].fillna("").astype(str) if "url" in out.columns else pd.Series("", index=out.index)
    out["url"] = urls.where(~is_url | (urls != ""), sources).astype("string")
    out["source"] = sources.where(~is_url, site).astype("string")
    return out
