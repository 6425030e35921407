"""The chat page's 👍/👎 under each answer, and the newest answer scrolled clear of the question bar (Chromium)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from test_web_page import CHROMIUM, FLAGS, QUESTION, ask, open_page, serve_in_thread

from qa.feedback import Feedback, SqliteFeedbackStore
from qa.settings import ROOT, Settings


@pytest.fixture(scope="module")
def votes_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("page-votes") / "feedback.sqlite3"


@pytest.fixture(scope="module")
def site(bundled_index_root: Path, votes_file: Path) -> Iterator[str]:
    settings = Settings(
        corpus=ROOT / "data" / "corpus", index=bundled_index_root, rate_limit_per_minute=0, feedback_db=votes_file
    )
    yield from serve_in_thread(settings)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser, site: str) -> Iterator[Page]:
    with open_page(browser, site) as tab:
        yield tab


def stored(votes_file: Path, conversation_id: str, done: Callable[[list[Feedback]], bool]) -> list[Feedback]:
    """The conversation's votes once `done` says so (the server writes them in a thread of its own)."""
    deadline = time.monotonic() + 10
    while True:
        found = [v for v in SqliteFeedbackStore(votes_file).votes() if v.conversation_id == conversation_id]
        if done(found) or time.monotonic() > deadline:
            return found
        time.sleep(0.05)


def test_thumbs_up_then_down_with_a_comment(page: Page, votes_file: Path) -> None:
    answer, response = ask(page, QUESTION)
    cid = response.json()["conversation_id"]
    with page.expect_response("**/v1/feedback") as up:
        answer.get_by_test_id("vote-up").click()
    assert up.value.status == 204
    assert up.value.request.post_data_json == {"conversation_id": cid, "turn": 0, "vote": "up", "comment": None}
    expect(answer.get_by_test_id("vote-up")).to_have_attribute("aria-pressed", "true")
    expect(answer.get_by_test_id("vote-status")).to_have_text("Thanks!")
    expect(answer.get_by_test_id("vote-form")).to_be_hidden()

    with page.expect_response("**/v1/feedback"):
        answer.get_by_test_id("vote-down").click()  # the vote counts at once; the comment is optional
    expect(answer.get_by_test_id("vote-down")).to_have_attribute("aria-pressed", "true")
    expect(answer.get_by_test_id("vote-up")).to_have_attribute("aria-pressed", "false")
    expect(answer.get_by_test_id("vote-comment")).to_be_focused()
    page.keyboard.type("It was Musk, but the sentence is about Twitter's data.")
    with page.expect_response("**/v1/feedback") as down:
        answer.get_by_test_id("vote-send").click()
    assert down.value.request.post_data_json["comment"] == "It was Musk, but the sentence is about Twitter's data."
    expect(answer.get_by_test_id("vote-form")).to_be_hidden()
    expect(answer.get_by_test_id("vote-status")).to_have_text("Thanks, noted.")
    (vote,) = stored(votes_file, cid, lambda found: bool(found) and found[0].comment is not None)
    assert (vote.vote, vote.surface, vote.question) == ("down", "http", QUESTION)
    assert vote.comment == "It was Musk, but the sentence is about Twitter's data."


def test_a_follow_up_is_rated_as_the_conversations_second_answer(page: Page, votes_file: Path) -> None:
    ask(page, QUESTION)
    follow, response = ask(page, "Why did he do that?")
    with page.expect_response("**/v1/feedback") as vote:
        follow.get_by_test_id("vote-up").click()
    assert vote.value.request.post_data_json["turn"] == 1
    (stored_vote,) = stored(votes_file, response.json()["conversation_id"], bool)
    assert stored_vote.question == "Why did he do that?" and stored_vote.context[0].question == QUESTION

    page.get_by_test_id("new-conversation").click()
    answer, _ = ask(page, "How much will Twitter charge for API access?")
    with page.expect_response("**/v1/feedback") as vote:
        answer.get_by_test_id("vote-down").click()
    assert vote.value.request.post_data_json["turn"] == 0


def test_an_expired_conversation_says_the_answer_cannot_be_rated(page: Page) -> None:
    answer, _ = ask(page, QUESTION)
    page.route(
        "**/v1/feedback",
        lambda route: route.fulfill(
            status=404,
            content_type="application/json",
            body='{"error": "conversation_not_found", "detail": "no conversation (it may have expired)"}',
        ),
    )
    answer.get_by_test_id("vote-up").click()
    expect(answer.get_by_test_id("vote-status")).to_have_text("This answer can no longer be rated.")
    expect(answer.get_by_test_id("vote-up")).to_have_attribute("aria-pressed", "false")


def test_the_newest_answer_is_scrolled_clear_of_the_question_bar(browser: Browser, site: str) -> None:
    questions = [
        QUESTION,
        "Why did he do that?",
        "How much will Twitter charge for API access?",
        "What did Universal Music Group say about AI training?",
        "When will Microsoft stop supporting Twitter?",
        "What is the boiling point of mercury?",
        "Why is Reddit changing its API?",
        "What is Musk accusing Microsoft of?",
    ]
    with open_page(browser, site, viewport={"width": 900, "height": 700}) as page:
        for q in questions:
            answer, _ = ask(page, q)
        page.wait_for_timeout(300)
        assert page.evaluate("document.documentElement.scrollHeight > window.innerHeight * 1.5")
        box = answer.bounding_box()
        bar = page.get_by_test_id("ask-form").bounding_box()
        header = page.locator("header.bar").bounding_box()
        assert box is not None and bar is not None and header is not None
        assert box["y"] + box["height"] <= bar["y"], f"the answer ends at {box['y'] + box['height']}, the bar starts at {bar['y']}"
        assert box["y"] >= header["y"] + header["height"]
        expect(answer.get_by_test_id("vote-up")).to_be_in_viewport()
