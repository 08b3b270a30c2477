"""The concordance as keyword-in-context rows: the match centred, a click opens the statement.

The rows are plain HTML (`<details>`: no script runs, so the page's security policy holds) in
which every piece of user text is escaped, so a statement is shown as text, never as markup.
"""

from __future__ import annotations

import html
import re
from typing import Any, Final

import pandas as pd
import streamlit as st

from dashboard import panels
from dashboard.controls import Control
from dashboard.widgets import widget

PAGE_SIZE: Final[int] = 25
_SAFE_URL: Final = re.compile(r"https?://", re.IGNORECASE)
# Three columns around the match, the outer two equally wide: the match sits in the middle of
# every row. The left context runs right to left as a block (its words left to right inside),
# so it ends at the match and is cut on the far side; on a phone the speaker line goes above.
STYLE: Final[str] = """<style>
.parley-kwic {font-size: 0.92rem; line-height: 1.5;}
.parley-kwic details {border-bottom: 1px solid rgba(128, 128, 128, 0.25);}
.parley-kwic summary {display: grid; cursor: pointer; list-style: none; padding: 0.2rem 0;
  grid-template-columns: 11rem minmax(0, 1fr) auto minmax(0, 1fr); column-gap: 0.45rem;
  white-space: nowrap;}
.parley-kwic summary::-webkit-details-marker {display: none;}
.parley-kwic .kw-who {overflow: hidden; text-overflow: ellipsis; opacity: 0.7;
  font-size: 0.8rem; align-self: center;}
.parley-kwic .kw-left {direction: rtl; text-align: right; overflow: hidden;
  text-overflow: ellipsis;}
.parley-kwic .kw-left span {direction: ltr; unicode-bidi: isolate;}
.parley-kwic .kw-match {font-weight: 700; color: #d62728; text-align: center;}
.parley-kwic .kw-right {overflow: hidden; text-overflow: ellipsis;}
.parley-kwic .kw-full {white-space: pre-wrap; padding: 0.4rem 0.6rem 0.7rem;
  background: rgba(128, 128, 128, 0.08); overflow-wrap: anywhere;}
.parley-kwic .kw-meta {font-size: 0.8rem; opacity: 0.8; margin-bottom: 0.3rem;}
@media (max-width: 640px) {
  .parley-kwic summary {grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);}
  .parley-kwic .kw-who {grid-column: 1 / -1;}
}
</style>"""


def kwic_html(rows: pd.DataFrame, statements: pd.DataFrame) -> str:
    """The rows (concordance columns) as KWIC HTML; statements (text, url, source, indexed by
    statement_id) give each row its full statement and source link."""
    parts = [STYLE, '<div class="parley-kwic">']
    for row in rows.itertuples(index=False):
        full = statements.loc[str(row.statement_id)]
        parts.append(
            "<details><summary>"
            f'<span class="kw-who">{_text(row.speaker)} · {_date(row.date)}</span>'
            f'<span class="kw-left"><span>{_text(row.left)}</span></span>'
            f'<span class="kw-match">{_text(row.match)}</span>'
            f'<span class="kw-right">{_text(row.right)}</span>'
            f'</summary><div class="kw-full"><div class="kw-meta">{_meta(row, full)}</div>'
            f"{_text(full['text'])}</div></details>"
        )
    parts.append("</div>")
    return "".join(parts)


def show_concordance(rows: pd.DataFrame, frame: pd.DataFrame, *, name: str, pages: Control,
                     n: int) -> None:
    """One page of KWIC rows, its pager, what it rests on, and a CSV of every row."""
    count = max(1, -(-len(rows) // PAGE_SIZE))
    page = widget(pages, num_pages=count) if count > 1 else 1
    shown = rows.iloc[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    wanted = frame["statement_id"].isin(shown["statement_id"].unique())
    statements = frame.loc[wanted, ["statement_id", "text", "url", "source"]].set_index(
        "statement_id")
    st.html(kwic_html(shown, statements))
    left, right = st.columns([3, 1], vertical_alignment="center")
    start = (page - 1) * PAGE_SIZE
    left.caption(f"rows {start + 1:,}–{start + len(shown):,} of {len(rows):,} · n = {n:,} "
                 "statements · click a row to read the whole statement and open its source")
    with right:
        panels.download_csv(rows, name=name)


def _text(value: object) -> str:
    return "" if value is None or value is pd.NA else html.escape(str(value), quote=True)


def _date(value: Any) -> str:
    """The row's date as results wrote it (at its precision); a bare timestamp as its day."""
    if isinstance(value, str):
        return html.escape(value)
    return "undated" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def _meta(row: Any, full: Any) -> str:
    """Speaker, date, source and a link to it (only an http(s) address becomes a link)."""
    pieces = [_text(row.speaker), _date(row.date)]
    if isinstance(full.get("source"), str) and full["source"]:
        pieces.append(_text(full["source"]))
    url = full.get("url")
    if isinstance(url, str) and _SAFE_URL.match(url):
        pieces.append(f'<a href="{_text(url)}" target="_blank" rel="noopener noreferrer">'
                      "open the source</a>")
    return " · ".join(pieces)
