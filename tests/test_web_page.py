"""The chat page at `/` in a real headless browser (Debian's chromium driven by Playwright)."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Locator, Page, Response, expect, sync_playwright
from servers import free_port

from qa.api import create_app
from qa.settings import ROOT, Settings

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed (.ci/run installs it)")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def serve_in_thread(settings: Settings) -> Iterator[str]:
    """Serve the app with a real uvicorn on a loopback port until the generator is closed."""
    port = free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def site(bundled_index_root: Path) -> Iterator[str]:
    settings = Settings(corpus=ROOT / "data" / "corpus", index=bundled_index_root, rate_limit_per_minute=0)
    yield from serve_in_thread(settings)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser, site: str) -> Iterator[Page]:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(site + "/")
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def ask(page: Page, question: str) -> tuple[Locator, Response]:
    """Type a question, press Enter, and return the locator of the answer it got."""
    count = page.get_by_test_id("answer").count()
    with page.expect_response("**/v1/ask") as response:
        page.get_by_test_id("question").fill(question)
        page.get_by_test_id("question").press("Enter")
    answer = page.get_by_test_id("answer").nth(count)
    expect(answer).to_be_visible()
    return answer, response.value


def test_a_question_gets_a_cited_answer_whose_citation_shows_the_passage(page: Page) -> None:
    answer, _ = ask(page, "Who threatened to sue Microsoft?")
    expect(answer).to_contain_text("Musk")
    expect(page.get_by_test_id("you").first).to_have_text("Who threatened to sue Microsoft?")
    source = answer.get_by_test_id("source-1")
    expect(source).to_be_hidden()
    answer.get_by_test_id("cite-1").click()
    expect(source).to_be_visible()
    expect(source.get_by_test_id("quote")).to_contain_text("Microsoft")
    expect(answer.get_by_test_id("cite-1")).to_have_attribute("aria-expanded", "true")


def test_a_follow_up_continues_the_conversation_and_new_conversation_resets_it(page: Page) -> None:
    _, first = ask(page, "Who threatened to sue Microsoft?")
    conversation_id = first.json()["conversation_id"]
    assert first.request.post_data_json["conversation_id"] is None
    follow, second = ask(page, "Why did he do that?")
    assert second.request.post_data_json["conversation_id"] == conversation_id
    assert second.json()["conversation_id"] == conversation_id
    expect(follow).not_to_have_class("msg bot abstained")
    expect(follow.get_by_test_id("cite-1")).to_be_visible()

    page.get_by_test_id("new-conversation").click()
    expect(page.get_by_test_id("answer")).to_have_count(0)
    _, third = ask(page, "How much will Twitter charge for API access?")
    assert third.request.post_data_json["conversation_id"] is None


def test_a_cited_document_opens_with_the_quote_marked(page: Page) -> None:
    answer, response = ask(page, "Who threatened to sue Microsoft?")
    citation = response.json()["citations"][0]
    answer.get_by_test_id("cite-1").click()
    answer.get_by_test_id("source-1").get_by_test_id("open-document").click()
    dialog = page.get_by_test_id("document-dialog")
    expect(dialog).to_be_visible()
    expect(page.get_by_test_id("document-title")).to_have_text(citation["title"])
    expect(page.get_by_test_id("document-text").locator("mark")).to_have_text(citation["text"])


def test_an_unanswerable_question_is_shown_as_not_in_the_corpus(page: Page) -> None:
    answer, _ = ask(page, "What is the boiling point of mercury?")
    expect(answer).to_have_class("msg bot abstained")
    expect(answer).to_contain_text("Not in the corpus")


def test_bad_questions_show_a_message_in_the_chat(page: Page) -> None:
    page.get_by_test_id("send").click()
    expect(page.get_by_test_id("error")).to_have_text("Type a question first.")
    with page.expect_response("**/v1/ask") as response:
        page.get_by_test_id("question").fill("?!?")
        page.get_by_test_id("send").click()
    assert response.value.status == 422
    expect(page.get_by_test_id("error").nth(1)).to_contain_text("empty")
    expect(page.get_by_test_id("question")).to_be_enabled()


def test_the_page_asks_for_the_api_key_when_the_service_needs_one(browser: Browser, bundled_index_root: Path) -> None:
    settings = Settings(corpus=ROOT / "data" / "corpus", index=bundled_index_root, api_key="open-sesame")
    server = serve_in_thread(settings)
    url = next(server)
    try:
        context = browser.new_context()
        page = context.new_page()
        page.goto(url + "/")
        page.get_by_test_id("question").fill("Who threatened to sue Microsoft?")
        page.get_by_test_id("question").press("Enter")
        expect(page.get_by_test_id("api-key-dialog")).to_be_visible()
        page.get_by_test_id("api-key").fill("open-sesame")
        with page.expect_response("**/v1/ask") as response:
            page.get_by_role("button", name="Save and retry").click()
        assert response.value.status == 200
        assert response.value.request.headers["authorization"] == "Bearer open-sesame"
        expect(page.get_by_test_id("answer")).to_contain_text("Musk")
        context.close()
    finally:
        server.close()
