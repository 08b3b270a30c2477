"""Take a PNG of every dashboard page with headless Chromium: `python -m dashboard.screenshots`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Final

from dashboard.server import CHROMIUM, CHROMIUM_ARGS, ROOT, running_app

OUT: Final[Path] = ROOT / "docs" / "screenshots"
# page url path -> query string that shows it at its best on the sample corpus
SHOTS: Final[dict[str, str]] = {
    "overview": "",  # the default page, served at /
    "terms": "query=peace+treaty",
    "sentiment": "s_target=ceasefire",
    "speakers": "",
    "statements": "query=peace+treaty",
    "data": "",
}


# A bound on each wait, not a pace: every wait returns as soon as its condition holds. On a busy
# 2-core CI machine a session's first run (loading the corpus index) can take a minute, so the
# bound is generous; reaching it means something hangs.
PATIENCE_MS: Final[int] = 180_000


def wait_until_idle(page: object, *, timeout_ms: int = PATIENCE_MS) -> None:
    """Wait until Streamlit has finished running the script and drawn its charts."""
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    page.wait_for_selector("h1", timeout=timeout_ms)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']",
                           timeout=timeout_ms)
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')]"
        ".every(chart => chart.querySelector('.legend, .main-svg .cartesianlayer'))",
        timeout=timeout_ms,
    )


def take(
    out: Path = OUT, *, width: int = 1400, height: int = 1000, corpus: Path | None = None,
    prefix: str = "", shots: dict[str, str] | None = None,
) -> list[Path]:
    """Start the app, visit each page, save a full-page PNG of it; return the files written.

    With corpus, the app serves that file (PARLEY_CORPUS) instead of the bundled sample, and
    each file name starts with prefix.
    """
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    env = {"PARLEY_CORPUS": str(corpus.resolve())} if corpus else None
    with running_app(env=env) as url, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": width, "height": height})
        for name, query in (SHOTS if shots is None else shots).items():
            path = "" if name == "overview" else name
            page.goto(f"{url}/{path}" + (f"?{query}" if query else ""))
            wait_until_idle(page)
            # Streamlit scrolls inside its main block, so grow the window to the content instead
            tall = page.evaluate(
                "() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight"
            )
            page.set_viewport_size({"width": width, "height": min(max(int(tall), height), 9000)})
            wait_until_idle(page)
            page.wait_for_timeout(1500)  # let Plotly finish its resize animation before the shot
            png = out / f"{prefix}{name}.png"
            page.screenshot(path=str(png), full_page=True)
            page.set_viewport_size({"width": width, "height": height})
            written.append(png)
        browser.close()
    return written


def main() -> None:
    """Command line: write the screenshots and list them."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--corpus", type=Path, help="serve this corpus instead of the sample")
    parser.add_argument("--prefix", default="", help="start of every file name, e.g. inaugural-")
    parser.add_argument("--query", action="append", default=[], metavar="PAGE=QUERY",
                        help="the query string of a page (repeatable); only these pages are shot")
    args = parser.parse_args()
    shots = dict(q.split("=", 1) for q in args.query) or None
    for path in take(args.out, corpus=args.corpus, prefix=args.prefix, shots=shots):
        print(path)


if __name__ == "__main__":
    main()
