"""The chat page at `/` in a real headless browser (Debian's chromium driven by Playwright)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Browser, Locator, Page, Response, Route, expect, sync_playwright

from qa.http.app import create_app
from qa.settings import ROOT, Settings

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (CI installs it)", allow_module_level=True)
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
QUESTION = "Who threatened to sue Microsoft?"


class ThreadedServer(uvicorn.Server):
    """A uvicorn server that says when its start-up is over (started or failed), so tests need not poll."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.startup_done = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets)
        finally:
            self.startup_done.set()


def serve_in_thread(settings: Settings) -> Iterator[str]:
    """Serve the app with a real uvicorn on a loopback port until the generator is closed; yield its URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))  # bound here and handed over: no race for the port
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings), log_level="warning", lifespan="on")
    server = ThreadedServer(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        assert server.startup_done.wait(timeout=60) and server.started, "uvicorn did not start"
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def site(bundled_index_root: Path) -> Iterator[str]:
    settings = Settings(corpus=ROOT / "data" / "corpus", index=bundled_index_root, rate_limit_per_minute=0)
    yield from serve_in_thread(settings)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield b
        b.close()


@contextmanager
def open_page(browser: Browser, url: str, **context_options: object) -> Iterator[Page]:
    """A fresh tab on `url`; fails the test if the page raised a JavaScript error."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url + "/")
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def page(browser: Browser, site: str) -> Iterator[Page]:
    with open_page(browser, site) as tab:
        yield tab


def ask(page: Page, question: str) -> tuple[Locator, Response]:
    """Type a question, press Enter; return the locator of the answer it got and the /v1/ask response."""
    count = page.get_by_test_id("answer").count()
    with page.expect_response("**/v1/ask") as response:
        page.get_by_test_id("question").fill(question)
        page.get_by_test_id("question").press("Enter")
    answer = page.get_by_test_id("answer").nth(count)
    expect(answer).to_be_visible()
    return answer, response.value


def test_a_question_gets_a_cited_answer_whose_citation_shows_the_passage(page: Page) -> None:
    answer, response = ask(page, QUESTION)
    citation = response.json()["citations"][0]
    expect(answer).to_contain_text("Musk")
    expect(answer).not_to_have_class("msg bot abstained")
    expect(page.get_by_test_id("you").first).to_have_text(QUESTION)
    source = answer.get_by_test_id("source-1")
    expect(source).to_be_hidden()
    answer.get_by_test_id("cite-1").click()
    expect(source).to_be_visible()
    expect(source.get_by_test_id("quote")).to_have_text(f"“{citation['text']}”")
    expect(source).to_contain_text(citation["title"])
    expect(source).to_contain_text(citation["doc_id"])
    expect(source).to_contain_text(f"score {citation['score']:.2f}")
    expect(answer.get_by_test_id("cite-1")).to_have_attribute("aria-expanded", "true")
    answer.get_by_test_id("cite-1").click()
    expect(source).to_be_hidden()


def test_a_loading_indicator_shows_while_the_answer_is_on_its_way(page: Page) -> None:
    held: list[str] = []

    def check_then_continue(route: Route) -> None:
        # The request is held here: the page must be showing that it is waiting.
        expect(page.get_by_test_id("loading")).to_be_visible()
        expect(page.get_by_test_id("send")).to_be_disabled()
        held.append(route.request.url)
        route.continue_()

    page.route("**/v1/ask", check_then_continue)
    ask(page, QUESTION)
    assert len(held) == 1
    expect(page.get_by_test_id("loading")).to_have_count(0)
    expect(page.get_by_test_id("send")).to_be_enabled()
    expect(page.get_by_test_id("question")).to_be_focused()


def test_a_follow_up_continues_the_conversation_and_new_conversation_resets_it(page: Page) -> None:
    messages = page.get_by_test_id("messages")
    _, first = ask(page, QUESTION)
    conversation_id = first.json()["conversation_id"]
    assert first.request.post_data_json["conversation_id"] is None
    expect(messages).to_have_attribute("data-conversation-id", conversation_id)
    follow, second = ask(page, "Why did he do that?")
    assert second.request.post_data_json["conversation_id"] == conversation_id
    assert second.json()["conversation_id"] == conversation_id
    expect(follow).not_to_have_class("msg bot abstained")
    expect(follow.get_by_test_id("cite-1")).to_be_visible()

    page.get_by_test_id("new-conversation").click()
    expect(page.get_by_test_id("answer")).to_have_count(0)
    expect(messages).not_to_have_attribute("data-conversation-id", conversation_id)
    _, third = ask(page, "How much will Twitter charge for API access?")
    assert third.request.post_data_json["conversation_id"] is None
    assert third.json()["conversation_id"] != conversation_id


def test_a_cited_document_opens_by_keyboard_with_the_quote_marked(page: Page) -> None:
    answer, response = ask(page, QUESTION)
    citation = response.json()["citations"][0]
    answer.get_by_test_id("cite-1").focus()
    page.keyboard.press("Enter")
    open_document = answer.get_by_test_id("source-1").get_by_test_id("open-document")
    expect(open_document).to_be_visible()
    with page.expect_response(f"**/v1/documents/{citation['doc_id']}"):
        open_document.focus()
        page.keyboard.press("Enter")
    dialog = page.get_by_test_id("document-dialog")
    expect(dialog).to_be_visible()
    expect(page.get_by_test_id("document-title")).to_have_text(citation["title"])
    expect(page.get_by_test_id("document-text")).to_contain_text(citation["text"])  # the cited article, whole
    expect(page.get_by_test_id("document-text").locator("mark")).to_have_text(citation["text"])
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()


def test_an_unanswerable_question_is_shown_as_not_in_the_corpus(page: Page) -> None:
    answer, response = ask(page, "What is the boiling point of mercury?")
    assert response.json()["abstained"] is True
    expect(answer).to_have_class("msg bot abstained")
    expect(answer).to_contain_text("Not in the corpus")


@pytest.mark.parametrize(
    ("question", "message"),
    [("?!?", "the question is empty"), ("why " * 300, "the limit is 1000")],
    ids=["no-words", "too-long"],
)
def test_a_question_the_service_refuses_shows_its_reason_in_the_chat(page: Page, question: str, message: str) -> None:
    with page.expect_response("**/v1/ask") as response:
        page.get_by_test_id("question").fill(question)
        page.get_by_test_id("send").click()
    assert response.value.status == 422
    expect(page.get_by_test_id("error")).to_contain_text(message)
    expect(page.get_by_test_id("question")).to_be_enabled()
    ask(page, QUESTION)  # the page still works


def test_an_empty_question_is_not_sent(page: Page) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.get_by_test_id("question").fill("   ")
    page.get_by_test_id("question").press("Enter")
    expect(page.get_by_test_id("error")).to_have_text("Type a question first.")
    assert not [url for url in requests if "/v1/" in url]


def test_the_page_fits_a_narrow_screen(browser: Browser, site: str) -> None:
    with open_page(browser, site, viewport={"width": 360, "height": 740}) as page:
        answer, _ = ask(page, QUESTION)
        answer.get_by_test_id("cite-1").click()
        expect(answer.get_by_test_id("source-1")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        expect(page.get_by_test_id("send")).to_be_in_viewport()


def test_the_page_asks_for_the_api_key_when_the_service_needs_one(browser: Browser, bundled_index_root: Path) -> None:
    settings = Settings(corpus=ROOT / "data" / "corpus", index=bundled_index_root, api_key="open-sesame")
    server = serve_in_thread(settings)
    try:
        with open_page(browser, next(server)) as page:
            page.get_by_test_id("question").fill(QUESTION)
            page.get_by_test_id("question").press("Enter")
            expect(page.get_by_test_id("api-key-dialog")).to_be_visible()
            page.get_by_test_id("api-key").fill("open-sesame")
            with page.expect_response("**/v1/ask") as response:
                page.get_by_role("button", name="Save and retry").click()
            assert response.value.status == 200
            assert response.value.request.headers["authorization"] == "Bearer open-sesame"
            expect(page.get_by_test_id("answer")).to_contain_text("Musk")
            _, follow = ask(page, "Why did he do that?")  # the key is kept: no second prompt
            assert follow.status == 200
            assert follow.request.headers["authorization"] == "Bearer open-sesame"
    finally:
        server.close()


def test_text_from_people_and_the_api_is_shown_as_text_never_as_html(page: Page) -> None:
    question = "<img src=x onerror=\"document.title='pwned'\"> who is <b>Musk</b>?"
    answer, _ = ask(page, question)
    expect(page.get_by_test_id("you")).to_have_text(question)
    expect(answer).to_be_visible()
    expect(page.get_by_test_id("messages").locator("img, b")).to_have_count(0)
    assert page.title() != "pwned"
