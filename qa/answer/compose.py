"""Write a short answer with numbered citations from ranked sentences, or abstain.

A question about a document is answered from its metadata. Otherwise the best sentence (preferring one near the
top that holds a span of the asked-for type) is the evidence, its typed span leads, one or two nearly-as-good
sentences and agreeing articles are cited with it, and the calibrated probability that this is right
(`qa.answer.calibration`) decides refusal."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from qa.answer import gaps
from qa.answer.abbreviations import asks_expansion, expansion, typed_letters
from qa.answer.asked_names import HINT_MET, called_by_name, hint_met, hinted, named_after, named_other
from qa.answer.blanks import filled
from qa.answer.calibration import anchored, asker_does, features_of, named_first, probability, refusal_floor
from qa.answer.clauses import clause_dated
from qa.answer.defaults import of_the_default, stating_default
from qa.answer.events import asked_verb, dated_before, dated_exactly, dated_heading, told_plainly
from qa.answer.flags import code_listed, option_line, option_named, optionless, signature_of
from qa.answer.holdings import holdings
from qa.answer.leads import SPAN_KINDS, beside_named, lead_of, range_end
from qa.answer.lists import announced_lists, list_of, on_to_announcer, unlisted, with_items
from qa.answer.media import CREDITED, cited_source, credited, medium_beside, told_where
from qa.answer.metadata import NAMED, NO_TIME, Told, from_metadata, listed, ordered, summarize, titled, titled_carried
from qa.answer.naming import exemplified, named_by_kind, told_of_another
from qa.answer.page import PICTURED, handle, of_the_page, whether_of_the_page
from qa.answer.phrases import chosen_option, defined, defines
from qa.answer.places import files_listed
from qa.answer.polarity import CORRECTED, corrected_name, giving_value, judged, unsettled
from qa.answer.quoting import (
    agreeing,
    announces,
    cite,
    continued,
    counted_items,
    following,
    is_command,
    items_after,
    opening_of,
    preceding,
    runners_up,
    section_default,
    with_mark,
    with_marks,
)
from qa.answer.reasons import gives_reason, reasons_elsewhere
from qa.answer.refusals import MUST_HAVE_SPAN, unanswered
from qa.answer.sections import antecedents, does_asked, reply_to, said_after, step_after, such_before, with_openings
from qa.answer.spans import Span, best_span
from qa.answer.speakers import quoting, words_after
from qa.answer.values import EXACT as _EXACT
from qa.answer.values import VALUE_WINDOW as _VALUE_WINDOW
from qa.answer.values import amount_before, figure_after, how_often, stated_further, unit_told
from qa.answer.versions import versioned
from qa.models import Citation, Document
from qa.patterns import PATH, lazy_pattern
from qa.question.kinds import Question
from qa.question.options import unoffered
from qa.question.query import Query
from qa.search.retrieve import Evidence, near_top, of_another_document
from qa.text import stem_words, words

ABSTAIN = "I could not find that in the corpus."
# How close to the best sentence's score a sentence with a typed span may be and still win.
_TYPED_WINDOW = 0.8
_REASON_WINDOW = 0.65
_MOST = 8  # sentences looked at for a span, best first
_DEFAULT_WINDOW = 0.5  # "what's the default X": a sentence under X's heading stating a default, this near the top
_PLAIN_WINDOW = 0.6  # "did musk actually sue?": a sentence telling it plainly, not threatened, this near the top
# A sentence holding the question's names and another of its words beats a better one that does not, if
_ANCHORED_WINDOW = 0.7  # this close ("invested $100,000" answers "how much money did Astor provide")
_ASKS = re.compile(r"\?|\b(?:what|who|whom|whose|when|where|which|why|how)\b", re.I)
_HOW_TO = re.compile(r"\W*(?:so |and |ok |okay )?how (?:do|can|should|would|could|might) (?:i|we|you|one)\b|\W*how to\b"
                     r"|\W*(?:is there|are there|any) (?:a |any )?(?:way|option|flag|command|setting)s? to\b", re.I)  # "is there a way to"
# "how do i ...", "what command ...", "which flag ...": what to type is the answer.
_ASKS_COMMAND = lazy_pattern(
    rf"(?:{_HOW_TO.pattern})|.*\b(?:what|which)(?:'s|s| is| are)?\s+(?:the\s+)?(?:\w+\s+)?(?:command|cmd|option|flag|switch)s?\b",
    re.I,
)
_CONCLUDES = lazy_pattern(r"(?:so|thus|therefore|hence|that is why|this is why|as a result|consequently)\b", re.I)


@dataclass
class Composition:
    """What the composer decided: the answer text, its evidence and how sure it is."""

    answer: str
    abstained: bool
    confidence: float
    citations: list[Citation] = field(default_factory=list)
    span: str | None = None
    sentence: str | None = None
    reason: str = ""
    candidate: str | None = None  # the answer it would give, refused or not (for evals)
    features: dict[str, float] | None = None


def abstain(confidence: float, reason: str) -> Composition:
    """Return a refusal, with why (for logs and evals; the user sees the plain sentence)."""
    return Composition(ABSTAIN, True, round(min(max(confidence, 0.0), 0.49), 3), reason=reason)


def compose(
    question: Question,
    query: Query,
    evidence: list[Evidence],
    documents: dict[str, Document],
    min_confidence: float = 0.5,
    proper: set[str] | None = None,
    previous: str | None = None,
) -> Composition:
    """Return the answer to `question` from `evidence` (weighted sentences, best first).

    The best sentence (and its typed span) is always chosen; the answer is refused when the calibrated probability
    that it is right falls below `min_confidence`. `previous`: the document the conversation's last answer cited first.
    """
    # "what is h11?", "what does iniconfig do?" with a document of that title: what it opens by saying.
    about = documents and (thing := defined(question.text)) and (titled(thing, documents) or titled_carried(question.text, thing, query.subjects, documents))
    if (question.kind in ("summary", "documents") or about) and documents:  # "tl;dr", "what articles do you have"
        meant = about.id if about else None if question.kind == "documents" else previous
        text, citations = summarize(Question(question.text, "summary"), evidence, documents, meant)
        return Composition(text, False, 0.9, citations, sentence=citations[0].text)
    if not query.terms and not question.is_meta:  # "who is joe wituschek?": the author's name was the question
        return abstain(0.0, "the question has no content words")
    if len(query.terms) == 1 and question.kind == "what" and not _ASKS.search(question.text) and not asks_expansion(question.text):
        return abstain(0.1, "one word is not a question")  # "clear": any sentence holding it matches it all
    if (unknown := unoffered(query.unknown_names, question.options)) and not question.is_meta and min_confidence > 0:  # A name the corpus never writes: it cannot say anything about it (SQuAD dev, 1,500 questions: refuses 7 answered right and every near-topic or unrelated one naming something absent; 3 of the bundled traps) ...
        no = corrected_name(question, query, evidence, proper)  # ... but where a sentence does the deed claimed of it to another, that says no ("getty is suing midjourney, right?")
        return abstain(0.05, f"the corpus never mentions {', '.join(unknown)}") if no is None else Composition(f"No. {with_mark(no.sentence.text, 1)}", False, CORRECTED, [cite(1, no)], sentence=no.sentence.text)
    if query.holdings and (heads := holdings(query.holdings, query, evidence, proper or set())):
        text = " ".join(with_mark(e.sentence.text, n) for n, e in enumerate(heads[1], 1))  # "what else does he run"
        citations = [cite(n, e) for n, e in enumerate(heads[1], 1)]
        return Composition(f"{heads[0]}. {text}", False, 0.85, citations, span=heads[0], sentence=heads[1][0].sentence.text)
    if isinstance(told := handle(question, documents, query.terms), str):  # "bill gates's twitter handle": no post of his embedded
        return abstain(0.2, told)
    if ((question.kind in ("who", "which", "what") or PICTURED.match(question.text)) and (told := told or of_the_page(question, documents))) or (question.kind == "yes_no" and (told := whether_of_the_page(question, documents))):  # "who owns verdict", "who took the photo", "is verdict owned by some bigger company?"
        answer = f"{told.span}. {told.sentence} [1]."
        return Composition(answer, False, 0.9, [told.citation], span=told.span, sentence=told.sentence)
    if len(documents) > 1 and (order := ordered(question, documents)):  # "which article came out first?"
        return Composition(order[0], False, 0.9, order[1], sentence=order[0])
    if question.is_meta:
        if several := listed(question, documents):  # "which outlets covered this": every document's
            return Composition(several[0], False, 0.9, several[1], sentence=several[0])
        told = from_metadata(question, evidence, documents, previous)
        if isinstance(told, Told):
            lead = "" if question.kind == "title" or told.span.rstrip(".") == told.sentence else f"{told.span[:1].upper()}{told.span[1:]}. "  # the title, a bio: the sentence's own words
            answer = f"{lead}{told.sentence} [1]."
            return Composition(answer, False, 0.9, [told.citation], span=told.span, sentence=told.sentence)
        field = {"outlet": "outlet", "published": "date"}.get(question.kind, "author")  # an undated one of dated articles: none
        if ((question.kind != "published" or NAMED in told) and any(getattr(d, field) for d in documents.values())) or told.endswith(NO_TIME):
            # Where articles name their authors and outlets, one that names none has none the text could give.
            return abstain(0.2, told)
        # The text may still answer where no article names its author or date (Wikipedia, docs).
        question = Question(question.text, {"published": "when", "role": "what", "bio": "what"}.get(question.kind, "who"))
    if not evidence:
        return abstain(0.0, "no passage matches the question")
    asked = query.asked()
    floor = evidence[0].score * _ANCHORED_WINDOW
    anchors = named_first([e for e in evidence if e.score >= floor and anchored(e, query)], query, question.kind == "yes_no")
    # "is musk suing openai or microsoft?": no sentence holds both names; it holds the one that is right.
    best, span = _choose(question, query, asked, evidence if question.options else anchors or evidence, proper, evidence)
    span = range_end(question.text, span)  # "and the lowest?": "$42,000" of "$42,000 and $210,000"
    span = clause_dated(question, query, best, span, asked)  # "last year, Microsoft invested ..., before quitting ... in 2018"
    agreed = agreeing(best, span, evidence)
    # No date in the sentence, or a clause for one ("when a title contained an emoji"): its heading's.
    dated = dated_heading(question, best) if span is None or not _EXACT.search(span.text) else None
    # "how many features ...?": "... the following features:" and its list, counted
    dated = dated or (counted_items(question.text, best, evidence) if span is None else None)
    # "'Lawsuit time,' the Twitter CEO said in a tweet.": dated by a sentence just before it
    told = dated_before(question, query, best, evidence, proper) if span is None and not dated else None
    told = told or (medium_beside(question, best, evidence) if span is None and not dated else None)  # "on its website"
    told = told or (section_default(question, best, evidence) or amount_before(question, query, best, evidence) or figure_after(question, query, best, evidence) if span is None and not dated else None)  # "Default - 8MB"; "such a high amount"
    told = told or (named_after(question, best, evidence) if span is None and not dated else None)  # "... Center (DMC)"
    told = told or (dated_exactly(question, query, evidence, proper) if span and not re.search(r"\d", span.text) else None)
    dated = told[1] if told else dated
    span = None if dated else span
    features = features_of(question, query, best, span or dated, agreed, asked)
    confidence = max(probability(features), HINT_MET if hint_met(question.text, span) else 0.0, CREDITED if credited(question, query, best, span) else 0.0)  # "..., smart something?": "Smart Campaigns"
    matched = best  # the sentence the question matched, which names what it asks about
    reply = reply_to(best, evidence, question.text)
    best, span, agreed = (reply, None, []) if reply is not None else (best, span, agreed)  # an FAQ's question matched: the answer is the sentence after it
    how_to = bool(_ASKS_COMMAND.match(query.text) or asker_does(query.text))
    cited = [best, *agreed]
    text = with_marks(best.sentence.text, len(cited))
    opening = told[0] if told else opening_of(best, evidence)  # "The default is 3000." of "--maxdepth ..."
    if (lead_in := [opening] if opening is not None else antecedents(best, evidence) if how_to else such_before(best, evidence) if question.kind == "why" else []) and not agreed:
        cited = sorted([*lead_in, best], key=lambda e: e.sentence.start)  # as the document has them
        text = " ".join(with_mark(e.sentence.text, n) for n, e in enumerate(cited, 1))
    text = f"{sig}: {text}" if (sig := signature_of(question.text, best)) else text  # "re.gsub (subject, ...): Does ..."
    quoted = [e for e in runners_up(best, cited, evidence, question.text) if reply is None or e is not matched]
    said_on = said_after(reply, evidence) if reply is not None else []
    quoted = [*said_on, *(e for e in quoted if all(e is not m for m in said_on))]
    # "--maxdepth VALUE: Adjust the maximum depth ...": the rest of its list item ("The default is 3000.") too.
    rest = sorted((e for e in evidence if e.opening is not None and e.opening.sentence is best.sentence), key=lambda e: e.sentence.start)
    quoted = with_items(best, cited, [*rest[:2], *(e for e in quoted if all(e is not r for r in rest[:2]))], evidence)
    # "whats the command to decompress": a step ("Decompress with dictionary") is followed by its command.
    goes_on = continued(best, evidence, query) or words_after(question.text, query, best, evidence)  # goes on in the sentence next to it
    heralds = announces(best, evidence) or goes_on is not None or bool(
        _ASKS_COMMAND.match(query.text) and not is_command(best) and (step := following(best, evidence)) and is_command(step)
    )
    if heralds or (question.kind in ("why", "how") and not gives_reason(best.sentence.text, asked)):
        # A sentence ending in a colon announces what follows (a command, a list): that comes next; a
        # "why"/"how" answer that gives no reason often has it after it (SQuAD dev: 130 -> 135 of 182 right).
        # "So, there's an AI rivalry ...": a conclusion's reason is the sentence before it.
        concludes = not announces(best, evidence) and _CONCLUDES.match(best.sentence.text)
        after = preceding(best, evidence) if concludes else goes_on or following(best, evidence)
        items = items_after(best, evidence) if heralds else []  # "... the following features:" and each
        if items:  # in the list's order, before the runners-up
            quoted = [*items, *(e for e in quoted if all(e.sentence is not i.sentence for i in items))]
        elif after is not None and all(after is not e for e in quoted):
            quoted.insert(0 if heralds else len(quoted), after)
    quoted += reasons_elsewhere(best, [*cited, *quoted], evidence, asked) if question.kind == "why" else []
    quoted = [*on_to_announcer(best, evidence), *quoted] if how_to and not announces(best, evidence) and not is_command(best) else quoted
    quoted = announced_lists(quoted, cited, evidence)  # "• Schedule Tweets": "... the following features:", each item
    n = 0
    while n < len(quoted):  # a runner-up announcing a command, or a list: its items, and what an item announces
        if announces(e := quoted[n], evidence):
            brought = items_after(e, evidence) or [a for a in [following(e, evidence)] if a is not None]
            quoted[n + 1 : n + 1] = [a for a in brought if a is not best and all(a is not q for q in quoted)]
        n += 1
    if how_to and (step := step_after([best, *quoted], evidence)):  # "Use --continue to ..." after the trouble
        quoted.insert(*step)
    for e in (q for q in with_openings(quoted, evidence) if all(q.sentence is not c.sentence for c in cited)):  # each sentence once
        cited, text = [*cited, e], f"{text} {with_mark(e.sentence.text, len(cited) + 1)}"
    short = dated or gaps.short(question.kind, span, best.sentence.text, question.text, asked)
    lead = f"{dated.text[:1].upper()}{dated.text[1:]}." if dated else lead_of(question, query, span, best, confidence, asked, proper, bool(agreed))
    answer = f"{lead} {text}" if lead else text
    found = Composition(
        answer=answer,
        abstained=False,
        confidence=round(confidence, 3),
        citations=[cite(n, e) for n, e in enumerate(cited, 1)],
        span=short.text if short else None,
        sentence=best.sentence.text,
        candidate=answer,
        features=features,
    )
    whole = documents[best.sentence.doc_id].text if best.sentence.doc_id in documents else ""  # "json" in none of it
    unanchored = min_confidence > 0 and (unanswered(question, query, best, matched, span or dated, proper, cited, whole) or of_another_document(best, evidence, query) or optionless(question.text, cited, query))
    if confidence < refusal_floor(min_confidence, best, question.text, query) or unanchored:
        return replace(found, answer=ABSTAIN, abstained=True, citations=[], reason="the best answer is unlikely to be right")
    return found


def _choose(
    question: Question,
    query: Query,
    asked: set[str],
    evidence: list[Evidence],
    proper: set[str] | None,
    more: list[Evidence] | None = None,
) -> tuple[Evidence, Span | None]:
    """The best sentence, preferring a near-best one that holds a span of the asked-for type; `more`: all
    the sentences found, where a follow-up's value may be looked for further down."""
    text = query.text
    if told := unsettled(question, query, more or evidence):  # "legit or just trolling?": "remains to be seen"
        return told
    if question.options:  # "is musk suing openai or microsoft?": the option a sentence saying all the rest names
        offered = {s for o in question.options for s in stem_words(words(o))}
        frame = [t for t in query.terms if t not in offered]
        for e in evidence[:8] if frame else ():  # the best sentence holds an option, so the other's weight is missing
            told = set(nxt.stems) if (nxt := following(e, evidence)) else set()  # 'The tweet reply read, "...' / 'Lawsuit time,"'
            if all(e.holds(t, query) or query.match(t, told) for t in frame) and (chosen := chosen_option(e.sentence.text, question.options, proper)):
                return e, chosen
    # "calls microsoft the ___ giant", "where did microsoft announce it", "which music company", "what twitter
    # data specifically": the blank's fill, the medium told, the one named by the word telling which, examples
    found = more or evidence
    if told := (
        hinted(question, found, proper) or filled(question.text, query, found) or told_where(question, query, found, proper) or cited_source(question, query, found) or files_listed(question, query, found) or named_by_kind(question, found, proper) or called_by_name(question, query, found, proper)
        or named_other(question, found, proper) or exemplified(question, query.text, found) or unit_told(question, query, found)
        or judged(query, found, proper) or quoting(question.text, query, found, question.kind not in MUST_HAVE_SPAN) or versioned(question, found)  # "is 42k a month a lot for msft"
    ):
        return told
    short = asks_expansion(question.text) or typed_letters(question.text)
    for e in more or evidence if short else ():  # written out beside it is precise enough to look further down
        if spelled := expansion(e.sentence.text, short):  # "What does API stand for?"
            return e, spelled
    # "What was Tymnet?" is answered by the sentence that says what it was, if near the top.
    subject = defined(question.text)
    if subject and (defining := [e for e in near_top(evidence, _TYPED_WINDOW) if defines(e.sentence.text, subject)]):
        return defining[0], None
    # "what's the default multipart_threshold": the sentence under its heading stating a default ("Default - 8MB")
    if stating := stating_default(question, query, evidence[0], near_top(more or evidence, _DEFAULT_WINDOW, 2 * _MOST)):
        return stating, best_span(stating.sentence.text, question.kind, asked, text, proper) if question.kind in MUST_HAVE_SPAN else None
    verb = asked_verb(question, query, proper) if question.kind == "yes_no" else ""
    if plain := told_plainly(verb, question, query, near_top(more or evidence, _PLAIN_WINDOW), proper):
        return plain, None  # "did musk actually sue?": "... no lawsuits have been filed", not "threatened to sue"
    if question.kind == "yes_no" and (valued := giving_value(question.text, near_top(evidence, _PLAIN_WINDOW))):
        return valued, None  # "... on april 28 right?": "... starting April 25", not a sentence giving no date
    # A sentence that gives a reason ("due to", "because") answers "why" best, if near the top.
    why = question.kind == "why"
    if why and (reasons := [e for e in near_top(evidence, _REASON_WINDOW) if gives_reason(e.sentence.text, asked)]):
        return reasons[0], None
    # "how do I run the tests?": a sentence announcing a command ("Run it from the root:") gives it, if near the top.
    if _HOW_TO.match(text) and (steps := [e for e in near_top(evidence, _REASON_WINDOW) if announces(e) and does_asked(e, query)]):
        return steps[0], None
    if flag := option_line(text, near_top(more or evidence, _DEFAULT_WINDOW), query) or option_named(text, query, evidence[0], more or evidence) or code_listed(query, more or evidence):
        return flag, None
    # "how many features ...?": a sentence announcing a list of them (or one of its items), counted, beats a number
    if question.kind == "how_many" and (listed := [
        a for e in near_top(more or evidence, _VALUE_WINDOW)
        if (a := list_of(e, more or evidence)) and counted_items(question.text, a, more or evidence)
    ]):
        return listed[0], None
    if question.kind in SPAN_KINDS:
        where = question.kind == "where"  # a path, not "UNIX", further down too ("Default is located in '/var/lib/...'")
        spans = ((e, best_span(e.sentence.text, question.kind, asked, text, proper)) for e in unlisted(near_top(evidence, _REASON_WINDOW if where else _TYPED_WINDOW)))
        found = of_the_default(question, query, evidence[0], told_of_another(question, query, [(e, span) for e, span in spans if span and (e.score >= evidence[0].score * _TYPED_WINDOW or PATH.fullmatch(span.text))], proper))
        found = sorted(found, key=lambda f: not PATH.fullmatch(f[1].text)) if where else found
        # A date or amount with figures ("19 April, 2023", "eight") beats a vague one ("today", "several"), one
        # further down too; the name of a thing stands beside the thing ("... advertising tools, Smart Campaigns, ...").
        if found and (question.kind not in MUST_HAVE_SPAN or any(_EXACT.search(f[1].text) for f in found)):
            return max(found, key=lambda f: (how_often(text, f[1]), bool(_EXACT.search(f[1].text)))) if question.kind in MUST_HAVE_SPAN else next((f for f in found if beside_named(text, *f)), found[0])
        if question.kind in MUST_HAVE_SPAN and (further := stated_further(question, query, evidence, more, bool(found), asked, proper)):
            return further
        if found:
            return found[0]
    return evidence[0], None
