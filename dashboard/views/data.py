"""Data page: choose the corpus, upload files, read the ingest report, fix the alias table."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.corpus.precision import date_labels
from analysis.events import EventsError
from analysis.io.errors import IngestError
from dashboard import article_dates, controls, corpus, escaping, events, panels, uploads
from dashboard.concept_upload import concepts_section
from dashboard.merges import show_possible_merges

ORIGINS = {"sample": "Bundled sample (fictional)", "upload": "My own files",
           "server": "Server corpus"}

st.title("Data")
options = ["sample", "upload"] + (["server"] if corpus.server_path() else [])
origin = st.radio(
    "Corpus", options, index=options.index(corpus.chosen_origin()), horizontal=True,
    format_func=ORIGINS.__getitem__, key="data_origin",
    help="An upload is visible to your browser session only and is gone when you close it.",
)
if origin != corpus.chosen_origin() and origin in ("sample", "server"):
    corpus.choose_origin("sample" if origin == "sample" else "server")
    st.rerun()
if origin == "server":
    st.caption(f"Configured on the server through {corpus.SERVER_ENV}: "
               f"{escaping.markdown_text(str(corpus.server_path()))}")

if origin == "upload":
    st.subheader("Upload statements")
    st.write("CSV, TSV, JSON, JSON Lines, Parquet or Excel tables with a speaker, date and text "
             "column; NLTK-style text corpora (YEAR-Speaker.txt, also zipped); or news articles "
             "(.txt, .md, .html), from which quoted statements are extracted.")
    with st.form("upload_form", clear_on_submit=False, border=True):
        files = st.file_uploader("Files", type=list(uploads.ACCEPTED), accept_multiple_files=True,
                                 key="upload_files")
        alias_file = st.file_uploader("Alias table (optional CSV with alias,canonical)",
                                      type=["csv"], key="upload_aliases")
        submitted = st.form_submit_button("Load these files", type="primary")
    if submitted and not files:
        st.warning("Choose at least one file to load.")
    elif submitted:
        bar = st.progress(0.0, text="Reading…")

        def show(fraction: float, message: str) -> None:
            bar.progress(min(max(fraction, 0.0), 1.0), text=message)

        try:
            inputs = uploads.input_files(files)
            loaded = corpus.load_upload(
                inputs, aliases=alias_file.getvalue() if alias_file else None,
                progress=show,
            )
        except IngestError as error:  # UploadError and SchemaError are kinds of it
            bar.empty()
            st.error(f"Nothing was loaded. {escaping.markdown_text(str(error))}",
                     icon=":material/error:")
        else:
            bar.empty()
            st.success(f"Loaded {loaded.report.rows_kept:,} statements from "
                       f"{escaping.markdown_text(loaded.label)}.")
            st.rerun()
    if corpus.chosen_origin() == "upload":
        st.button("Forget my upload", on_click=corpus.forget_upload)
    else:
        st.info("Until you load files, the pages show the default corpus.")

try:
    active = corpus.active_corpus()
except (IngestError, OSError) as error:
    st.error(f"The corpus could not be loaded: {escaping.markdown_text(str(error))}")
    st.stop()

st.subheader(f"Ingest report: {escaping.markdown_text(active.label)}")
report = active.report
cols = st.columns(3)
cols[0].metric("Rows read", f"{report.rows_read:,}")
cols[1].metric("Rows kept", f"{report.rows_kept:,}")
cols[2].metric("Rows rejected", f"{report.rows_rejected:,}")
reasons = report.to_frame()
if reasons.empty:
    st.success("Every row was kept.")
else:
    panels.table(reasons, name="ingest-rejections", pages=controls.DATA_REASONS_PAGE, filtered=False,
                 column_config={"reason": "Reason", "rows": "Rows", "examples": "Example rows"})
if report.notes:
    with st.expander(f"Notes from the loader ({len(report.notes)})"):
        st.text("\n".join(report.notes))
with st.expander(f"Files read ({len(report.files)})"):
    st.text("\n".join(report.files))

waiting = article_dates.undated(active)
if not waiting.empty:
    st.subheader("Undated articles")
    given = article_dates.given(active)
    st.write(f"{int(waiting.sum()):,} statements from {len(waiting):,} article(s) have no date, so "
             "no timeline shows them. Give an article the date it was published (a day, a month "
             "or a year) and every page places its statements; the date is kept for this session.")
    with st.form("article_date_form", border=True):
        article = st.selectbox(
            "Article", list(waiting.index), key="article_pick",
            format_func=lambda a: f"{a} ({waiting[a]:,} statements"
                                  + (f", dated {given[a]})" if a in given else ")"))
        typed = st.text_input("Date", key="article_date",
                              placeholder="2025-11-27, 2025-11 or 2025")
        dating = st.form_submit_button("Give this article a date", type="primary")
    if dating:
        try:
            article_dates.give(active, str(article), typed)
        except ValueError as error:
            st.error(escaping.markdown_text(str(error)), icon=":material/error:")
        else:
            st.rerun()
    if given:
        st.dataframe(pd.DataFrame({"article": list(given), "date": list(given.values())}),
                     hide_index=True, column_config={"article": "Article", "date": "Date given"})
        st.button("Forget the dates I gave", key="article_dates_forget",
                  on_click=article_dates.forget, args=(active,))

st.subheader("Speakers and aliases")
st.write("Each spelling found in the data and the canonical name it was resolved to. To merge "
         "spellings, download the alias table, add rows (alias,canonical), and upload it. "
         "Spellings of one person in other scripts (Зеленський, Zelenskyy) are merged without "
         "it, under the most frequent one; a row of the table always wins.")
spellings = (active.frame.groupby(["speaker_raw", "speaker"], observed=True).size()
             .rename("statements").reset_index().sort_values("statements", ascending=False))
panels.table(spellings, name="speaker-spellings", pages=controls.DATA_SPELLINGS_PAGE, page_size=20,
             filtered=False, column_config={"speaker_raw": "As written", "speaker": "Canonical speaker",
                            "statements": "Statements"})
show_possible_merges(active.frame, active.aliases)
aliases = active.aliases if active.aliases is not None else pd.DataFrame(
    {"alias": pd.Series(dtype="string"), "canonical": pd.Series(dtype="string")})
panels.download_csv(aliases, name="aliases", label="Download the alias table", filtered=False)
new_aliases = st.file_uploader("Upload a corrected alias table (CSV: alias,canonical[,from,to])",
                               type=["csv"], key="alias_upload")
if new_aliases is not None and st.button("Apply the alias table", key="alias_apply"):
    try:
        corpus.reload_with_aliases(active, new_aliases.getvalue())
    except IngestError as error:
        st.error(f"The alias table was not applied. {escaping.markdown_text(str(error))}",
                 icon=":material/error:")
    else:
        st.session_state.pop("data_origin", None)  # else the radio switches back to the old corpus
        st.rerun()

st.subheader("Events")
st.write("Mark events on every timeline (Overview, Terms, Sentiment): a CSV with the columns "
         "date,label and optionally speaker, one event per row, such as "
         "`2025-11-20,28-point plan published`. Each event within a chart's dates is drawn as a "
         "dotted line with its label and named in the chart's CSV. Your events are kept in the "
         "page's link, so a copied link shows them.")
try:
    held = events.active()
except EventsError as error:
    held = None
    st.error(f"The server's events table ({events.SERVER_ENV}) was not used. "
             f"{escaping.markdown_text(str(error))}", icon=":material/error:")
if held is not None:
    came = {"upload": "uploaded", "link": "from the link",
            "server": f"the server's ({events.SERVER_ENV})"}[held.origin]
    st.caption(f"{len(held.frame):,} events, {came}: "
               f"{escaping.markdown_text(held.name)}")
    shown = held.frame.assign(date=date_labels(held.frame["date"], held.frame["date_precision"]))
    st.dataframe(shown[["date", "label", "speaker"]], hide_index=True,
                 height=panels.table_height(len(shown), most=10),
                 column_config={"date": "Date", "label": "Event", "speaker": "Speaker"})
    if held.link_problem:
        st.warning(escaping.markdown_text(held.link_problem), icon=":material/link_off:")
with st.form("events_form", border=True):
    events_file = st.file_uploader("Events table (CSV: date,label, optional speaker)",
                                   type=["csv"], key="events_file")
    use_events = st.form_submit_button("Use these events")
if use_events and events_file is None:
    st.warning("Choose an events table to load.")
elif use_events and events_file is not None:
    try:
        events.use_upload(events_file.getvalue(), name=events_file.name)
    except EventsError as error:
        st.error(f"No event was loaded. {escaping.markdown_text(str(error))}",
                 icon=":material/error:")
    else:
        st.rerun()
if held is not None and held.origin != "server":
    st.button("Remove my events", key="events_forget", on_click=events.forget)

concepts_section()
