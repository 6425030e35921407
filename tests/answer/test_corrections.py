"""A yes/no claim naming something the corpus never writes, where a sentence does the claimed deed to another."""

from __future__ import annotations

import pytest

from qa.pipeline import Pipeline


@pytest.mark.parametrize(
    "claim",
    [
        "getty images is suing midjourney over AI training, right?",
        "getty images was suing midjourney over ai training, was it?",  # a tag of its own verb asks to confirm too
    ],
)
def test_a_claim_whose_unknown_name_a_sentence_replaces_is_answered_no(pipeline: Pipeline, claim: str) -> None:
    answer = pipeline.ask(claim)
    assert not answer.abstained and answer.answer.startswith("No.") and "Stable Diffusion" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "what did midjourney say about getty images?",  # no yes/no claim: nothing to correct
        "is umg suing midjourney?",  # no sentence has UMG suing anyone
        "getty images is suing midjourney and shutterstock, right?",  # two names never written
    ],
)
def test_a_name_never_written_is_still_refused_where_no_sentence_corrects_it(pipeline: Pipeline, question: str) -> None:
    assert pipeline.ask(question).abstained
