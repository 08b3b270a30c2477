"""The running app in headless Chromium: pages, filters, shared URLs, CSV downloads, bad uploads."""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest

from analysis.corpus.filters import StatementFilter
from analysis.corpus.ingest import load_corpus
from analysis.corpus.precision import period_labels
from analysis.overview import statements_over_time
from dashboard.screenshots import PATIENCE_MS, wait_until_idle
from dashboard.server import CHROMIUM, CHROMIUM_ARGS, ROOT, running_app

pytestmark = pytest.mark.browser
PAGES = {"": "Overview", "terms": "Terms", "sentiment": "Sentiment", "speakers": "Speakers",
         "statements": "Statements", "data": "Data"}


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is absent: install Debian's chromium to run the browser tests"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    with running_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser(base_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        yield chromium
        chromium.close()


# Every Content-Security-Policy violation the page reports, collected from its first script on.
RECORD_CSP = ("window.__csp = []; document.addEventListener('securitypolicyviolation', "
              "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI))")


@pytest.fixture
def page(browser):
    context = _context(browser)
    tab = context.new_page()
    yield tab
    context.close()


def _context(browser, **options):
    """A fresh browser session whose every wait is bounded by PATIENCE_MS, recording CSP errors."""
    options = {"viewport": {"width": 1400, "height": 1000}, **options}
    context = browser.new_context(accept_downloads=True, **options)
    context.set_default_timeout(PATIENCE_MS)
    context.add_init_script(RECORD_CSP)
    return context


def _query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def _wait_for_query(page, key: str, value: str | None = None, *, path: str | None = None) -> None:
    """Wait until the app has written key (= value) into the URL, on path if given."""
    def written(url: str) -> bool:
        parts = urlparse(url)
        values = parse_qs(parts.query).get(key, [])
        return (path is None or parts.path == path) and bool(values) and (
            value is None or value in values)

    page.wait_for_url(written)


def _open(page, url: str) -> None:
    page.goto(url)
    wait_until_idle(page)


def _legend(page) -> list[str]:
    """Series names in the first chart's legend, once Plotly has drawn it."""
    chart = page.locator("[data-testid='stPlotlyChart']").first
    chart.locator(".legendtext").first.wait_for()
    return chart.locator(".legendtext").evaluate_all("nodes => nodes.map(n => n.textContent)")


def _metrics(page, count: int = 5) -> list[str]:
    """The metric values, once all `count` of them are on the page."""
    values = page.locator("[data-testid='stMetricValue']")
    page.wait_for_function(
        "n => document.querySelectorAll('[data-testid=\"stMetricValue\"]').length >= n",
        arg=count, timeout=PATIENCE_MS,
    )
    return values.all_inner_texts()


def _pick_speaker(page, name: str) -> None:
    box = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first
    box.click()
    page.keyboard.type(name)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    _wait_for_query(page, "speakers", name)  # the app writes the filter once it has run with it
    wait_until_idle(page)


@pytest.mark.parametrize(("path", "title"), PAGES.items())
def test_every_page_opens_with_its_title_no_error_and_no_csp_violation(page, base_url, path,
                                                                      title):
    _open(page, f"{base_url}/{path}")
    assert page.locator("h1").first.inner_text() == title
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.evaluate("window.__csp") == []


def test_a_sidebar_filter_changes_the_chart_and_lands_in_the_url(page, base_url):
    _open(page, f"{base_url}/")
    before = _legend(page)
    assert "Other" in before
    _pick_speaker(page, "Erik Lund")
    assert parse_qs(urlparse(page.url).query)["speakers"] == ["Erik Lund"]
    assert _legend(page) == ["Erik Lund"]
    assert _metrics(page)[1] == "1"


def test_a_copied_url_reproduces_filters_and_page_controls(browser, base_url):
    link = f"{base_url}/?speakers=Erik+Lund&speakers=Oleg+Sarin&ov_grain=year&ov_style=lines"
    views = []
    for _ in range(2):  # two separate sessions, as a colleague opening the link would be
        context = _context(browser)
        tab = context.new_page()
        _open(tab, link)
        chips = tab.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect'] span")
        views.append((_metrics(tab), sorted(set(_legend(tab))),
                      "Erik Lund" in " ".join(chips.all_inner_texts())))
        context.close()
    assert views[0] == views[1]
    metrics, legend, chip = views[0]
    assert legend == ["Erik Lund", "Oleg Sarin"] and chip
    assert metrics[1] == "2"


def test_a_downloaded_csv_has_exactly_the_rows_of_the_analysis(page, base_url):
    _open(page, f"{base_url}/?speakers=Erik+Lund&ov_grain=quarter")
    button = page.locator("[class*='st-key-download-statements-per-quarter'] button")
    with page.expect_download() as download:
        button.click()
    got = pd.read_csv(download.value.path(), encoding="utf-8-sig")
    frame, _ = load_corpus([ROOT / "data/sample/statements.csv"],
                           aliases=ROOT / "data/sample/aliases.csv")
    selected = StatementFilter(speakers=("Erik Lund",)).apply(frame)
    expected = statements_over_time(selected, freq="quarter", top_n=8)
    assert download.value.suggested_filename == "statements-per-quarter_speakers-erik-lund.csv"
    assert got["speaker"].tolist() == expected["speaker"].tolist()
    assert got["statements"].tolist() == expected["statements"].tolist()
    assert got["period"].tolist() == period_labels(expected["period"], freq="quarter")  # 2024-Q1


def test_a_bad_upload_is_explained_in_one_sentence(page, base_url):
    _open(page, f"{base_url}/data")
    _upload(page, "notes.csv", b"speaker;when\nAda;2024-01-01\n")
    alert = page.locator("[data-testid='stAlert']").filter(has_text="Nothing was loaded")
    text = alert.first.inner_text()  # waits for the alert: it appears when the load has failed
    assert "notes.csv" in text
    assert "Traceback" not in page.content()


def test_statement_html_is_shown_as_text_not_run(browser, tmp_path):
    hostile = tmp_path / "hostile.csv"
    rows = [{"speaker": "Mallory", "date": f"2024-01-{day:02d}", "source": "x",
             "text": f"<img src=x onerror=\"window.__pwned=1\"> day {day} [link](javascript:alert(1))"}
            for day in range(1, 8)]
    pd.DataFrame(rows).to_csv(hostile, index=False)
    with running_app(env={"PARLEY_CORPUS": str(hostile)}) as url:
        context = _context(browser)
        tab = context.new_page()
        _open(tab, f"{url}/statements")
        assert tab.evaluate("() => window.__pwned === undefined")
        assert tab.locator("img[src='x']").count() == 0
        assert tab.locator("a[href^='javascript']").count() == 0
        context.close()


def test_csv_bytes_served_are_spreadsheet_safe(page, base_url):
    _open(page, f"{base_url}/statements?st_text=ceasefire")
    with page.expect_download() as download:
        page.locator("[class*='st-key-download-statements'] button").click()
    data = Path(download.value.path()).read_bytes()
    table = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    assert table["text"].str.contains("ceasefire", case=False).all()
    assert set(table.columns) >= {"statement_id", "speaker", "date", "text", "source", "url"}


@pytest.mark.parametrize("when", ["at once", "after the first run"])
def test_sidebar_filters_follow_the_user_to_another_page(page, base_url, when):
    page.goto(f"{base_url}/?speakers=Erik+Lund")
    if when == "after the first run":
        wait_until_idle(page)
    # "At once" clicks the top menu as soon as it is drawn, while the first run may still be
    # going and before the browser has reported the sidebar's widgets to the server.
    page.get_by_role("link", name="Sentiment").click()
    _wait_for_query(page, "speakers", "Erik Lund", path="/sentiment")
    wait_until_idle(page)
    assert _query(page)["speakers"] == ["Erik Lund"]
    chips = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first
    assert "Erik Lund" in chips.inner_text()  # the widget shows the filter that is applied
    assert _legend(page) == ["Erik Lund"]


def test_clicking_a_timeline_point_opens_those_sentences(page, base_url):
    _open(page, f"{base_url}/terms?t_phrases=peace+treaty&t_grain=quarter")
    chart = page.locator("[data-testid='stPlotlyChart']").nth(1)  # after the comparison chart
    chart.locator(".scatterlayer .trace .points path").first.wait_for()
    chart.locator(".legendtext").first.wait_for()
    legend = chart.locator(".legendtext").evaluate_all("nodes => nodes.map(n => n.textContent)")
    strand = legend.index("Helena Strand")
    chart.locator(".scatterlayer .trace").nth(strand).locator(".points path").nth(5).click(
        force=True)
    _wait_for_query(page, "t_kwic_period")  # the click's rerun has set the concordance
    wait_until_idle(page)
    state = _query(page)
    assert state["t_kwic_speaker"] == ["Helena Strand"]
    assert state["t_kwic_period"] == ["2025-04-01"]  # the sixth quarter of the sample
    rows = page.locator(".parley-kwic summary")
    rows.first.wait_for()
    assert set(rows.locator(".kw-who").all_inner_texts()) <= {
        f"Helena Strand · 2025-{m:02d}-{d:02d}" for m in (4, 5, 6) for d in range(1, 32)}


def test_on_a_phone_the_concordance_fits_and_a_row_opens_its_statement(browser, base_url):
    context = _context(browser, viewport={"width": 390, "height": 844}, is_mobile=True)
    tab = context.new_page()
    _open(tab, f"{base_url}/terms?t_phrases=peace+treaty")
    first = tab.locator(".parley-kwic details").first
    first.locator("summary").wait_for()
    boxes = tab.evaluate("""() => [...document.querySelectorAll('.parley-kwic summary')]
        .map(s => [s.getBoundingClientRect().right, ...[...s.children].map(c => {
            const b = c.getBoundingClientRect(); return [b.left, b.right]; })])""")
    for right, *cells in boxes:
        assert right <= 390
        assert all(left >= 0 and end <= right + 0.5 for left, end in cells)
    middles = [(m[0] + m[1]) / 2 for _, _, _, m, _ in boxes]
    assert max(middles) - min(middles) < 2  # every match centred on one line
    assert not first.locator(".kw-full").is_visible()
    first.locator("summary").click()
    assert first.locator(".kw-full").is_visible()
    assert "peace treaty" in first.locator(".kw-full").inner_text().casefold()
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    assert tab.evaluate("window.__csp") == []
    context.close()


def _upload(page, name: str, data: bytes) -> None:
    """On the Data page, choose own files, pick one and press Load (without waiting for it)."""
    page.get_by_text("My own files").click()
    # The rerun the radio starts draws the form, then this sentence below it; a file given to
    # the uploader before that run has ended can be lost when the form is drawn again.
    page.get_by_text("Until you load files").wait_for()
    wait_until_idle(page)
    dropzone = page.locator("[data-testid='stFileUploaderDropzoneInput']").first
    dropzone.set_input_files(files=[{"name": name, "mimeType": "text/csv", "buffer": data}])
    # The file shows as a chip, with a spinner until the bytes have reached the server.
    page.locator("[data-testid='stFileChipName']").filter(has_text=name).wait_for()
    page.locator("[data-testid='stFileChipIconSpinner']").wait_for(state="detached")
    page.get_by_role("button", name="Load these files").click()


UPLOADERS = ("Ada Lindqvist", "Bo Hamsun", "Cy Arvidsen", "Di Moreau", "Ed Kowalczyk", "Fay Ortega",
             "Gus Tanaka", "Hal Berggren")


def _statements_csv(number: int) -> tuple[str, bytes, int]:
    """A small upload of its own for session `number`: its own speaker and row count."""
    rows = 5 + number
    lines = ["speaker,date,text"] + [
        f"{UPLOADERS[number]},2024-0{1 + day % 9}-1{day % 9},Statement {day} of session {number}."
        for day in range(rows)]
    return f"session-{number}.csv", ("\n".join(lines) + "\n").encode(), rows


def test_eight_sessions_at_once_each_see_only_their_own_data(browser, base_url):
    contexts = [_context(browser) for _ in range(8)]
    tabs = [context.new_page() for context in contexts]
    for tab in tabs:  # all eight sessions open before any is waited on
        tab.goto(f"{base_url}/data")
    uploads = {number: _statements_csv(number) for number in range(0, 8, 2)}
    for number, (name, data, _) in uploads.items():
        wait_until_idle(tabs[number])
        _upload(tabs[number], name, data)  # Load is pressed; the others ingest meanwhile
    seen = []
    for number, tab in enumerate(tabs):
        if number in uploads:
            _wait_for_caption(tab, f"Corpus: {uploads[number][0]}")
        tab.get_by_role("link", name="Overview").click()
        tab.wait_for_url(lambda url: urlparse(url).path == "/")
        wait_until_idle(tab)
        metrics = dict(zip(["Statements", "Speakers"], _metrics(tab)[:2], strict=True))
        bars = tab.locator("[data-testid='stPlotlyChart']").nth(1).locator(".ytick text")
        bars.first.wait_for()
        seen.append((number, metrics, _legend(tab), bars.all_text_contents()))
    for context in contexts:
        context.close()
    for number, metrics, legend, speakers in seen:
        if number in uploads:
            assert metrics == {"Statements": str(uploads[number][2]), "Speakers": "1"}, number
            assert legend == speakers == [UPLOADERS[number]], number
        else:
            assert metrics == {"Statements": "3,000", "Speakers": "12"}, number
            assert "Other" in legend and len(speakers) == 12, number  # the sample's speakers
            assert not set(speakers) & set(UPLOADERS), number


def _wait_for_caption(page, text: str) -> None:
    """Wait until the sidebar names this corpus (the upload is loaded and the page rerun)."""
    page.locator("[data-testid='stSidebar'] [data-testid='stCaptionContainer']").filter(
        has_text=text).wait_for()


def _download(page, selector: str) -> tuple[str, bytes]:
    """Click the download button matching selector; the file's suggested name and bytes."""
    with page.expect_download() as download:
        page.locator(selector).click()
    return download.value.suggested_filename, Path(download.value.path()).read_bytes()


def test_a_csv_can_start_with_its_source_line_and_still_loads_in_pandas(page, base_url):
    _open(page, f"{base_url}/statements?speakers=Erik+Lund&st_text=ceasefire")
    page.locator("[data-testid='stSidebar']").get_by_text("Start each CSV with a source line").click()
    wait_until_idle(page)
    name, data = _download(page, "[class*='st-key-download-statements'] button")
    assert name == "statements_speakers-erik-lund.csv"
    first = data.decode("utf-8-sig").split("\r\n")[0]
    assert first.startswith("# Parley export: statements · corpus: Bundled sample (fictional) · "
                            "filters: speakers=Erik Lund · exported: ")
    assert first.endswith(f"link: {page.url}")
    table = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", skiprows=1)
    assert set(table["speaker"]) == {"Erik Lund"}
    # one ISO format, at each date's precision: 2025-11-27, 2025-11 for a month-only date
    assert table["date"].str.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?").all()


@pytest.mark.parametrize(("format", "start"), [("png", b"\x89PNG\r\n\x1a\n"), ("svg", b"<svg")])
def test_a_chart_downloads_as_an_image_with_its_title_n_and_source_line(page, base_url, format,
                                                                        start):
    _open(page, f"{base_url}/?speakers=Erik+Lund&ov_grain=quarter")
    box = page.locator(f"[class*='st-key-image-{format}-statements-per-quarter']")
    with page.expect_download() as download:
        box.get_by_role("button", name=format.upper()).click()
    name, data = download.value.suggested_filename, Path(download.value.path()).read_bytes()
    assert name == f"statements-per-quarter_speakers-erik-lund.{format}"
    assert data.startswith(start)
    if format == "svg":
        text = data.decode("utf-8")
        caption = page.locator("[data-testid='stCaptionContainer']").filter(has_text="n = ").first
        n = caption.inner_text().split()[2]  # "n = 181 statements"
        assert "Statements per quarter" in text and f"n = {n} statements" in text
        assert "corpus Bundled sample (fictional); filters: speakers=Erik Lund" in text


def test_copy_link_copies_the_url_of_the_view_with_its_page_controls(browser, base_url):
    context = _context(browser)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    tab = context.new_page()
    _open(tab, f"{base_url}/?speakers=Erik+Lund&ov_grain=year")
    tab.get_by_text("lines", exact=True).click()  # a page control (its fragment reruns alone)
    _wait_for_query(tab, "ov_style", "lines")
    wait_until_idle(tab)
    tab.locator("[data-testid='stSidebar']").get_by_role("button", name="Copy link").click()
    box = tab.locator("[data-testid='stSidebar'] [data-testid='stCode']")
    box.filter(has_text="ov_style=lines").wait_for()  # the rerun has drawn the new link
    wait_until_idle(tab)
    box.hover()
    box.get_by_role("button").click()
    copied = tab.evaluate("navigator.clipboard.readText()")
    context.close()
    assert parse_qs(urlparse(copied).query) == {"speakers": ["Erik Lund"], "ov_grain": ["year"],
                                                "ov_style": ["lines"]}
    assert copied.startswith(f"{base_url}/?")


def test_no_request_leaves_the_machine_on_any_page(page, base_url):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in PAGES:
        _open(page, f"{base_url}/{path}?query=peace+treaty")
    _open(page, f"{base_url}/terms?t_phrases=peace+treaty,ceasefire")
    local = urlparse(base_url).netloc
    outside = sorted({url for url in requested
                      if not url.startswith(("data:", "blob:")) and urlparse(url).netloc != local})
    assert requested and outside == []
    assert page.evaluate("window.__csp") == []  # nor one the page tried and the CSP blocked
    icon = page.evaluate("document.querySelector('link[rel~=\"icon\"]').href")
    assert urlparse(icon).netloc == local


# Every "Building the index …" or "Starting Parley …" sentence the page showed, however briefly.
RECORD_PROGRESS = """window.__progress = [];
new MutationObserver(() => {
  const text = document.body ? document.body.innerText : '';
  for (const line of text.split('\\n')) {
    if ((line.startsWith('Building the index') || line.startsWith('Starting Parley'))
        && !window.__progress.includes(line)) { window.__progress.push(line); }
  }
}).observe(document, {subtree: true, childList: true, characterData: true});"""


def test_the_first_load_shows_progress_instead_of_a_blank_page(browser, tmp_path):
    from analysis.corpus.sample import write_sample

    fresh = tmp_path / "fresh.csv"  # content never seen: no index of it is cached anywhere
    write_sample(fresh, statements=3000, seed=secrets.randbelow(2**31))
    with running_app(env={"PARLEY_CORPUS": str(fresh)}) as url:
        context = _context(browser)
        context.add_init_script(RECORD_PROGRESS)
        tab = context.new_page()
        _open(tab, f"{url}/terms?t_phrases=ceasefire")
        seen = tab.evaluate("window.__progress")
        context.close()
    assert any(line.startswith("Starting Parley") for line in seen), seen
    assert any(line.startswith("Building the index for 3,000 statements…") for line in seen), seen
