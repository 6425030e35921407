"""Which sentences a follow-up may be answered from, given the turn before it.

"why?" or "anything else?" is not answered by the sentence just quoted; "when did he say that?" is,
when it dates what it says; "says who?" asks who said what was just quoted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from qa.answer.leads import SPAN_KINDS
from qa.answer.media import ASKS_CITED
from qa.answer.reasons import gives_reason
from qa.answer.sources import CREDIT_ASKED
from qa.answer.spans import best_span
from qa.chat.conversation import Conversation, Turn
from qa.models import Citation, Document, Hit
from qa.question.kinds import SAYS_WHO, Question
from qa.question.query import POINTS_BACK, Query, points_back
from qa.search.index import Index
from qa.search.locate import passage_of
from qa.search.retrieve import Evidence, drop_repeats
from qa.text import stem_words, stems, words

_MANNER = re.compile(r"\b(?:using|by|through|via|with)\s+\w", re.I)


_DESCRIBES = re.compile(r"\b(?:describ\w*|characteri[sz]\w*|portray\w*)\b", re.I)


def follow_evidence(
    question: str,
    kind: Question,
    last_kind: Question | None,
    query: Query,
    evidence: list[Evidence],
    conversation: Conversation,
    context: list[str],
) -> list[Evidence]:
    """`evidence` (best first) rearranged for a question after the last turn of `conversation`;
    `context`: the words it carried over from it, none when it stands alone."""
    last = conversation.turns[-1]
    said = last.citations[0].text if last.citations else last.answer
    if context and kind.kind in SPAN_KINDS:
        quoted_stems = set(stem_words(words(said)))
        own = [w for t, w in query.surface.items() if not query.match(t, quoted_stems)]  # words it does not repeat
        # and its scene's ("he quit its board tho, when was that?": "that" is the quitting, not the last answer)
        topic = set(stem_words(last.topic))
        scene = [t for t in query.terms if t not in query.surface and t not in topic and not query.match(t, quoted_stems)]
        own += scene
        quoted = [e for e in evidence if e.sentence.text == said]
        asked = query.asked()
        if points_back(question, own) and quoted and best_span(said, kind.kind, asked, question) and not ASKS_CITED.search(question):
            # "when did he say that?" after "Musk threatened to sue Microsoft on Wednesday (19 April)": its date,
            # not another sentence's, however much more exact ("In a tweet in February", not "in 2018").
            others = (e for e in evidence if e is not quoted[0])
            return quoted + [e for e in others if not best_span(e.sentence.text, kind.kind, asked, question)]
        if points_back(question, own) and quoted and kind.kind in ("when", "year") and quoted[0].sentence.text[:1] in "\"“":
            # a quote the last answer gave, dated by a sentence just before it that reports it
            # ("when did he tweet that?" after '"... Lawsuit time," the Twitter CEO said in a tweet'), not another's "today"
            q = quoted[0]
            before = [e for e in evidence if e.sentence.doc_id == q.sentence.doc_id and 0 <= q.sentence.start - e.sentence.end < 400]
            if any(best_span(e.sentence.text, kind.kind, asked, question) for e in before):
                return [q, *before, *(e for e in evidence if e is not q and e not in before and not best_span(e.sentence.text, kind.kind, asked, question))]
        if not query.surface and not scene:  # "when?", "from when": no word of its own, of what the last answer quoted, if it tells
            told = [e for c in last.citations for e in evidence if e.sentence.text == c.text and best_span(c.text, kind.kind, asked, question)]
            return [*told[:1], *(e for e in evidence if not told or e is not told[0])]
    # A follow-up asking for more ("why?", "anything else?") is not answered by the sentence it
    # follows; one naming something new ("what about getty?") may be.
    more = kind.kind in ("why", "how") or (kind.kind == "what" and all(w < 1 for w in query.terms.values()))
    more = more and not _DESCRIBES.search(question)  # "and how does it describe getty": what the last answer said may
    if context and more:
        # The sentence the last answer was made of; a second one it quoted may be this answer, and so
        # may that sentence itself, when it gives a reason, to "why?" after a question of another kind
        # ("who is suing X?" -> "... prosecuting X for allegedly stealing ..." -> "what for?").
        asked_why = last_kind is not None and last_kind.kind == "why"
        # "how are they trained?" after "... tools like Google's Bard, are trained using accessible data ...":
        # a sentence saying the asked deed with the way it is done answers it too
        told_how = kind.kind == "how" and _MANNER.search(said) and all(query.match(t, set(stem_words(words(said)))) for t, w in query.terms.items() if w >= 1)
        if (kind.kind != "why" or asked_why or not gives_reason(said, set(query.terms))) and not told_how:
            evidence = drop_repeats(evidence, said)
    if SAYS_WHO.match(question) and last.citations:
        # "says who?": whoever said what was just quoted, not whatever the words carried over find now.
        # "which publication reported that?": a sentence about it as much crediting an outlet with it may name it
        quoted = [e for e in evidence if e.sentence.text == said]
        also = [e for e in evidence if quoted and e not in quoted and e.matched >= quoted[0].matched / 2] if CREDIT_ASKED.search(question) else []
        evidence = quoted + also or evidence
    return evidence


def earlier_turn(conversation: Conversation) -> tuple[str, str | None]:
    """The question the next one follows (`followed`) and the document its answer cited first ("", None before any turn)."""
    last = followed(conversation)
    return (last.question, last.citations[0].doc_id if last.citations else None) if last else ("", None)


def cited_outlet(question: str, last: Turn, documents: Mapping[str, Document]) -> str:
    """For a question about "that site" ("who is the parent company of that site?"): the outlet of the document the
    `last` turn's answer cited first ("Verdict"); else ""."""
    doc = documents.get(last.citations[0].doc_id) if last.citations and _THAT_SITE.search(question) else None
    return (doc.outlet or "") if doc is not None else ""


_THAT_SITE = re.compile(r"\b(?:that|this|the) (?:site|website|publication|outlet|paper|magazine)\b", re.I)


_SOMEONE = re.compile(r"\b(?:he|him|his|she|her|they|them|their)\b", re.I)


def followed(conversation: Conversation) -> Turn | None:
    """The turn the next question follows: the last, or the one before it when the last was refused and spoke of
    someone by a pronoun ("is he british?" refused after "who wrote it?": "where does he live" asks of the writer)."""
    turns = conversation.turns
    if len(turns) > 1 and turns[-1].abstained and _SOMEONE.search(turns[-1].question) and not turns[-2].abstained:
        return turns[-2]
    return turns[-1] if turns else None


def no_reason_given(kind: Question, query: Query, cited: list[Citation], last: Turn) -> bool:
    """True for a why-follow-up asking nothing the `last` turn did not ("why though?", "why did he leave" after "when
    did musk leave openai") whose answer's sentences (`cited`) give no reason: nothing found explains it (dev sets:
    four conversation traps more refused, no answer lost; with new words asked, "why's he mad at it now?", a
    sentence may give its reason without a cue)."""
    if kind.kind != "why" or not set(query.surface) <= set(stems(" ".join(last.topic))):
        return False
    return not any(gives_reason(c.text, query.asked()) or _GRIEVANCE.search(c.text) for c in cited)


# "..., lamenting that it has become ...": what someone complains of is why they are not pleased
_GRIEVANCE = re.compile(r"\b(?:lament|complain|bemoan)(?:s|ed|ing)? (?:that|about|how)\b", re.I)


def quoted_hit(kind: Question, query: Query, hits: list[Hit], last: Turn, question: str, index: Index) -> Hit | None:
    """The passage the `last` answer quoted first, as a hit to weigh besides `hits`, when a question points back at
    it for a time or a figure it gives ("when did musk say that" after "... announced in December that Twitter would
    pause ...") and the search did not find it again; else None ("where'd they announce it": the search's own)."""
    if not last.citations or not POINTS_BACK.search(question) or any(h.passage.id == last.citations[0].passage_id for h in hits):
        return None
    if kind.kind not in ("when", "year", "how_much", "how_many") or best_span(last.citations[0].text, kind.kind, query.asked(), question) is None:
        return None
    quoted = passage_of(index, last.citations[0].passage_id)
    return None if quoted is None else Hit(quoted, last.citations[0].score, len(hits) + 1)
