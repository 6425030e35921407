"""Which sentences an answer quotes beside its best one."""

from __future__ import annotations

from qa.answer.quoting import RUNNER_UP, THIRD, option_named_after, runners_up
from qa.answer.reasons import reasons_elsewhere
from qa.models import Sentence
from qa.pipeline import Pipeline
from qa.question.query import analyse
from qa.search.retrieve import Evidence


def _evidence(text: str, score: float, n: int) -> Evidence:
    return Evidence(
        Sentence(doc_id="d", start=n * 100, end=n * 100 + len(text), text=text), [], f"d#{n}", "T", score, score=score
    )


def _ranked(*scores: float) -> list[Evidence]:
    return [_evidence(f"Sentence number {n} says something.", s, n) for n, s in enumerate(scores)]


def test_a_second_sentence_nearly_as_good_is_quoted_and_a_third_only_in_a_near_tie() -> None:
    ranked = _ranked(1.0, RUNNER_UP + 0.05, RUNNER_UP)
    assert runners_up(ranked[0], [ranked[0]], ranked) == [ranked[1]]
    tied = _ranked(1.0, 0.97, THIRD + 0.01, 0.95)
    assert runners_up(tied[0], [tied[0]], tied) == [tied[1], tied[2]]  # never more than two


def test_nothing_is_quoted_when_the_next_sentence_is_far_behind_or_says_the_same() -> None:
    ranked = _ranked(1.0, RUNNER_UP - 0.1, RUNNER_UP - 0.1)
    assert runners_up(ranked[0], [ranked[0]], ranked) == []
    same = [_evidence("The same words.", 1.0, 0), _evidence("The same words.", 0.99, 1)]
    assert runners_up(same[0], [same[0]], same) == []


def test_the_best_sentence_need_not_be_the_top_one() -> None:
    ranked = _ranked(1.0, 0.95, 0.5)
    best = ranked[1]  # chosen for its typed span
    assert runners_up(best, [best], ranked) == [ranked[0]]


def test_a_why_question_quotes_another_sentence_giving_a_reason_when_it_scores_half_the_best() -> None:
    asked = {"microsoft", "drop", "twitter"}
    best = _evidence("Microsoft looking at cutting costs is not keen on paying, causing its drop.", 1.0, 0)
    threat = _evidence("This threat comes as Microsoft is dropping Twitter.", 0.9, 1)
    api = _evidence("Microsoft's decision to remove Twitter does coincide with Twitter cutting its free API.", 0.6, 2)
    far = _evidence("Microsoft dropped Twitter because of the weather.", 0.3, 3)
    assert reasons_elsewhere(best, [threat], [best, threat, api, far], asked) == [api]
    assert reasons_elsewhere(best, [threat, api], [best, threat, api, far], asked) == []  # quoted already; the next too weak


def test_a_reason_for_this_change_in_an_article_the_answer_quotes_is_given_however_far_down(pipeline: Pipeline) -> None:
    # "Earlier today, Microsoft announced that it will be dropping support for Twitter ..." (BGR) is quoted;
    # "Microsoft is likely making this change due to Twitter starting to charge ..." is BGR's reason for it
    answer = pipeline.ask("why did microsoft ditch twitter from its advertising platform anyway")
    assert "likely making this change due to Twitter starting to charge companies for API usage" in answer.answer


def test_a_reason_for_this_change_is_given_from_an_article_the_answer_does_not_quote_otherwise(pipeline: Pipeline) -> None:
    # The Digital Trends sentence ("... came with no explanation but it does coincide with ...") answers first;
    # BGR's "this change due to ..." is found further down, in another article.
    answer = pipeline.ask("why did microsoft remove twitter from its ad platform")
    assert "making this change due to Twitter starting to charge companies for API usage" in answer.answer


def test_a_why_question_answer_cites_a_second_reason(pipeline: Pipeline) -> None:
    # "... not keen on paying such a high amount to Twitter, causing its drop from DMC" and, beside it,
    # "Microsoft's decision to remove Twitter ... does coincide with Twitter cutting its free ... (API) support"
    answer = pipeline.ask("why did microsoft drop twitter in the first place")
    assert "cutting costs" in answer.answer and "API" in answer.answer


def test_an_option_asked_for_is_quoted_from_one_of_the_two_sentences_after_the_one_telling_what_it_does() -> None:
    told = [
        "We may also want to limit the time of the entire set of tests running in one session.",
        "A session all of the tests that will be run with one invocation of pytest.",
        "A session timeout is set with --session-timeout and is in seconds.",
        "The option is read at start-up with --timeout too.",
    ]
    ranked = [_evidence(text, 1.0 - n / 10, n) for n, text in enumerate(told)]
    query = analyse("is there an option to cap the time of the whole test session?", None, set())
    assert option_named_after(ranked[0], ranked, query) is ranked[2]
    # not asked for an option, or its sentence names one itself, or none within two: nothing
    assert option_named_after(ranked[0], ranked, analyse("how long can a whole test session take?", None, set())) is None
    assert option_named_after(ranked[2], ranked, query) is None
    none_within_two = [ranked[0], ranked[1], _evidence("Nothing here names one.", 0.8, 2), ranked[3]]
    assert option_named_after(ranked[0], none_within_two, query) is None


def test_a_near_options_own_line_is_quoted_for_a_how_to_whose_best_sentence_names_none() -> None:
    # "The ability to split a network ..." tells that it can; "-s, --v4split=MASK" is what to type
    best = _evidence('The ability to "split" a network based on a smaller netmask.', 1.0, 0)
    option = _evidence("-s, --v4split=MASK (IPv4): Split the current network into subnets of MASK size.", RUNNER_UP - 0.05, 5)
    usage = _evidence("-d, --dry-run         Do not change the files in-place.", RUNNER_UP - 0.02, 7)
    usage.kind = "code"  # a usage block's line is no option's own line
    ranked = [best, usage, option, _evidence("Output of broadcast address.", 0.3, 9)]
    assert runners_up(best, [best], ranked, "how do i chop a v4 network into smaller subnets with sipcalc") == [option]
    assert runners_up(best, [best], ranked, "what can sipcalc do") == []  # no option asked for
