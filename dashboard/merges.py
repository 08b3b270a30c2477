"""The Data page's list of speakers that may be two people under one name, with alias rows to split them."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.corpus.namesakes import GAP_YEARS, possible_merges, split_rows
from dashboard import panels


def show_possible_merges(frame: pd.DataFrame, aliases: pd.DataFrame | None) -> None:
    """Flag bare surnames that may merge several people; offer dated alias rows that split them."""
    merges = possible_merges(frame)
    if merges.empty:
        return
    st.markdown("**Possibly two people under one name**")
    st.write(
        f"These speakers are named by a surname alone and either fall silent for more than "
        f"{GAP_YEARS} years or share their surname with differently named speakers. Parley "
        "counts each as one speaker. To split one, add alias rows with dates (alias,canonical,"
        "from,to; a year or YYYY-MM-DD, inclusive). The download below is your alias table "
        "plus rows that cut each of these at its silences: rename their canonical names, "
        "delete the rows you do not want, and upload it."
    )
    st.dataframe(merges, hide_index=True, height=panels.table_height(len(merges)), column_config={
        "speaker": "Speaker", "statements": "Statements", "first": st.column_config.NumberColumn(
            "First year", format="%d"), "last": st.column_config.NumberColumn("Last year", format="%d"),
        "reason": st.column_config.TextColumn("Why", width="large"),
    })
    suggested = split_rows(frame, merges)
    if len(suggested):
        base = aliases if aliases is not None else pd.DataFrame(columns=["alias", "canonical"])
        table = pd.concat([base, suggested], ignore_index=True).fillna("")
        panels.download_csv(table, name="aliases-with-splits",
                            label="Download the alias table with these splits")
