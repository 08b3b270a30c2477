"""The Data page's concepts section: upload a concept,pattern CSV and follow it on the Terms page."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.concepts import concepts_from_bytes, concepts_to_text
from dashboard import controls, escaping


def concepts_section() -> None:
    """Read an uploaded concepts CSV, show its concepts and link to the Terms page with them."""
    st.subheader("Concepts")
    st.write("A concept counts every word or phrase that names it, in any language: `peace "
             "treaty` = peace treaty, мирный договор, мирна угода. Upload a CSV with "
             "concept,pattern rows (a `*` inside a word is a glob, as in санкци*) to follow "
             "them on the Terms page, or define them there.")
    upload = st.file_uploader("Concepts (CSV: concept,pattern)", type=["csv"],
                              key="concepts_upload")
    if upload is None:
        return
    try:
        concepts = concepts_from_bytes(upload.getvalue(), name=upload.name)
    except ValueError as error:  # an IngestError (encoding) is a ValueError too
        st.error(f"The concepts were not read. {escaping.markdown_text(str(error))}",
                 icon=":material/error:")
        return
    rows = [(c.name, p) for c in concepts for p in c.patterns]
    st.dataframe(pd.DataFrame(rows, columns=["concept", "pattern"]), hide_index=True)
    st.page_link("views/terms.py", label=f"Follow these {len(concepts)} concepts on the Terms page",
                 icon=":material/timeline:",
                 query_params={controls.T_CONCEPTS.key: concepts_to_text(concepts)})
