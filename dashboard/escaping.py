"""Show user text (speaker names, statements, file names) literally in Streamlit markdown and Plotly."""

from __future__ import annotations

import html
from typing import Final

_MARKDOWN_SPECIAL: Final = frozenset("\\`*_{}[]()#+-.!<>|~$:")


def markdown_text(text: str) -> str:
    """Escape user text so st.markdown shows it literally (no links, emphasis or HTML)."""
    return "".join("\\" + c if c in _MARKDOWN_SPECIAL else c for c in str(text))


def plain(value: object) -> str:
    """Escape a user-supplied label so Plotly shows it as text, not as its pseudo-HTML markup."""
    return html.escape(str(value), quote=False)
