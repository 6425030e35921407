"""/docs without internet: Swagger UI's files are served by the app itself, and the favicon exists (Chromium)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Route, expect, sync_playwright
from test_web_page import CHROMIUM, FLAGS, serve_in_thread

from qa.settings import ROOT, Settings


@pytest.fixture(scope="module")
def site(bundled_index_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    settings = Settings(
        corpus=ROOT / "data" / "corpus",
        index=bundled_index_root,
        rate_limit_per_minute=0,
        feedback_db=tmp_path_factory.mktemp("docs") / "feedback.sqlite3",
    )
    yield from serve_in_thread(settings)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield b
        b.close()


def test_docs_list_the_operations_with_the_network_closed(browser: Browser, site: str) -> None:
    context = browser.new_context()
    outside: list[str] = []
    failed: list[str] = []

    def only_the_site(route: Route) -> None:
        if route.request.url.startswith(site):
            route.continue_()
        else:  # no internet: a CDN is unreachable
            outside.append(route.request.url)
            route.abort("internetdisconnected")

    context.route("**/*", only_the_site)
    page = context.new_page()
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.goto(site + "/docs")
    paths = page.locator(".opblock-summary-path")
    expect(paths.first).to_be_visible(timeout=15_000)
    shown = {p.strip().replace("\u200b", "") for p in paths.all_inner_texts()}
    assert {"/v1/ask", "/v1/feedback", "/v1/search", "/healthz"} <= shown
    page.goto(site + "/")  # the chat page asks for its icon too
    page.wait_for_load_state("networkidle")
    context.close()
    assert outside == [], f"the docs reached out of the site: {outside}"
    assert failed == [], f"requests failed: {failed}"


def test_the_favicon_is_served(site: str) -> None:
    import httpx

    response = httpx.get(site + "/favicon.ico")
    assert response.status_code == 200 and response.headers["content-type"].startswith("image/svg+xml")
