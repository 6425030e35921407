"""What a question asks happened, and whether a sentence tells that event: "when was X founded?" is not
answered by "Musk helped to form OpenAI in 2015", nor "when did musk sue?" by "Musk threatened to sue"."""

from __future__ import annotations

import re

from qa.answer.spans import Span, best_span, candidates
from qa.question.kinds import Question
from qa.question.query import Query
from qa.search.retrieve import Evidence
from qa.text import one_slip, stem_words, words

# "when was X founded?", "when were the pyramids built": a passive question, its verb last.
_ASKS_PASSIVE = re.compile(
    r"^\W*(?:when|what year|in what year|where|why|how)(?:\s+(?:was|were|is|are|has been|had been)|['’]s)\s+.+\s"
    r"(\w+(?:ed|en)|built|made|held|born|won|sold|bought|found|begun|done|set|run|shot|lost|taught|told|led)\W*$",
    re.I,
)
TOKEN = re.compile(r"[\w'’-]+")
# "where is it located?": any sentence placing it answers, whatever its verb ("the Rhine flows through ...").
_PLACED = frozenset(stem_words(["located", "situated", "found", "based", "placed", "positioned"]))


def other_object(question: Question, query: Query, best: Evidence) -> bool:
    """True for "when was X founded?" answered by a sentence where the verb acts on another name ("Musk
    helped to form OpenAI in 2015") and X does not stand just before it ("X was founded")."""
    m = _ASKS_PASSIVE.match(question.text)
    if not m:
        return False
    verb = stem_words([m.group(1).lower()])[0]
    names = query.subjects or {t for t in query.terms if t != verb}  # "when was microsoft founded"
    if verb in names or not names:
        return False
    tokens = TOKEN.findall(best.sentence.text)
    stems = stem_words([t.lower() for t in tokens])
    if not query.match(verb, set(stems)) and not any(query.match(n, set(stems)) for n in names):
        return True  # "When was Twitter founded?": a sentence of its article naming neither it nor a founding
    if question.kind == "where" and query.unheard(m.group(1).lower(), verb) and verb not in _PLACED:
        return True  # "where is x.ai headquartered?": no text says where anything is headquartered
    for i, (token, stem) in enumerate(zip(tokens, stems, strict=True)):
        if not token.islower() or query.match(verb, {stem}) == 0:
            continue
        j = _acted_on(tokens, i)  # its stem already read
        before = set(stems[max(0, i - 4) : i])
        if j and tokens[j][:1].isupper() and stems[j] not in names and before.isdisjoint(names):
            return True
    return False


def _acted_on(tokens: list[str], i: int) -> int:
    """The index of the word the verb at `i` acts on, past an article ("form OpenAI", "sue the company"),
    or 0 when the next two words are articles or the sentence ends."""
    return next((j for j in range(i + 1, min(i + 3, len(tokens))) if tokens[j].lower() not in ("the", "a", "an")), 0)


def swapped_target(question: Question, query: Query, best: Evidence, proper: set[str] | None, doer: bool = False) -> str:
    """The name a question's verb acts on ("google" in "why did musk sue google?") when the sentence's
    same verb acts only on another name ("threatened to sue Microsoft"), else "": the question's name
    stands right after its verb, the sentence never names it, and what stands right after the same verb
    there is another name. It refuses a why-question; it answers a yes/no question no, when (`doer`)
    another name of the question stands just before the verb ("Getty Images is prosecuting Stable
    Diffusion" answers "is getty suing openai?", not "did umg sue openai?").

    SQuAD dev: no answer lost, one near-topic question more refused (26 answers lost while the name was
    only looked for right after the verb: "investigated the Maltese Commissioner for Health, John Dalli")."""
    typed = words(question.text)
    asked = stem_words(typed)
    names = {s for s, w in zip(asked, typed, strict=True) if s in query.subjects or w in (proper or ())}
    pairs = [
        (asked[i], asked[j])
        for i in range(len(asked) - 1)
        if asked[i] in query.terms and asked[i] not in names
        and (j := _acted_on(typed, i))
        and asked[j] in names and len(asked[j]) > 2 and asked[j].isalpha()  # "launched i think": no name acted on
    ]
    if len(pairs) != 1:
        return ""
    verb, target = pairs[0]
    if best.says(target, query) or akin(target, best.titled):
        return ""
    tokens = TOKEN.findall(best.sentence.text)
    stems = stem_words([t.lower() for t in tokens])
    # the verb as a verb ("ChatGPT creator OpenAI", "ownership" are none; an alternative inflected or after
    # "to": "helped to form"), then past an article the word it acts on
    acts = [
        (i, _acted_on(tokens, i))
        for i, (token, stem) in enumerate(zip(tokens, stems, strict=True))
        if token.islower() and not _AGENT.search(token) and i + 2 < len(tokens)
        and (fit := query.match(verb, {stem}))
        and (fit == 1 or _VERB_FORM.search(token) or tokens[i - 1] == "to")
    ]
    done_by = [any(query.match(n, set(stems[max(0, i - _DOER_BEFORE) : i])) for n in names - {target}) for i, _ in acts]
    return target if acts and all(j and tokens[j][:1].isupper() for _, j in acts) and (not doer or all(done_by)) else ""


_DOER_BEFORE = 6  # tokens: "Elon Musk, threatened to sue", "Getty Images is prosecuting"


_AGENT = re.compile(r"(?:or|er|ship|ion)s?$")
_VERB_FORM = re.compile(r"(?:ed|ing)$")


# "how much did X invest ...", "when has X paid ...": an active question, its subject after the auxiliary.
ASKS_ACTIVE = re.compile(
    r"^\W*(?:(?:and|but|so|then|ok|okay)\s+)?(?:how much(?: of (?:his|her|their|its|the)(?: own)?)?(?: money| cash| \$+)?|how many \w+|when|what year|in what year|where|why|how)\s+"
    r"(?:did|does|do|has|have|had|will|would)\s+(?P<rest>.+)$",
    re.I,
)
# "did musk actually sue microsoft?", "has he sued them yet"
ASKS_WHETHER = re.compile(r"^\W*(?:did|does|do|has|have|had|will|is|was)\s+(?P<rest>.+)$", re.I)


def asked_verb(question: Question, query: Query, proper: set[str] | None) -> str:
    """The verb a when- or yes/no question asks of, as typed: the last word of "when was X founded?", the
    first word asked after the names in "when did X <verb> ...?" or "did X <verb> ...?"; "" for another."""
    if question.kind not in ("when", "year", "yes_no"):
        return ""
    if question.kind != "yes_no" and (m := _ASKS_PASSIVE.match(question.text)):
        return m.group(1).lower()
    if m := (ASKS_WHETHER if question.kind == "yes_no" else ASKS_ACTIVE).match(question.text):
        words = [w.lower() for w in TOKEN.findall(m.group("rest"))]
        asked = [w for w, st in zip(words, stem_words(words), strict=True)
                 if query.terms.get(st, 0) >= 1 and st not in query.subjects and w not in (proper or ())]
        return next((w for w in asked if w not in _LIGHT and w not in _ADVERBS), asked[0] if asked else "")
    event = _FRAGMENT_EVENT.match(question.text) if question.kind != "yes_no" else None
    return event[1].lower() if event and stem_words([event[1].lower()])[0] not in query.subjects else ""


# Verbs that only carry the deed after them ("is reddit going to start charging"), words telling when or how of it
# ("when did microsoft first invest"); a chat fragment's event stands before "date" ("truthgpt release date?").
_LIGHT = frozenset("go going gonna goes went make making makes made get getting gets got try trying keep keeping".split())
_ADVERBS = frozenset("first ever originally initially actually already still just even really officially finally".split())
_FRAGMENT_EVENT = re.compile(r"^\W*(?:[\w.'’-]+\s+){1,4}?([a-z]{4,})\s+(?:date|day|year)\W*$", re.I)


def undated_event(verb: str, query: Query) -> bool:
    """True for "when did X <verb> ...?" / "when was X <verb>ed?" when the verb is one the corpus never uses, nor
    any word standing for it: no text dates that event ("when was chatgpt released?" where nothing is released)."""
    return bool(verb) and query.unheard(verb)


# Words that make what follows them no event: "threatened to sue" is no suing.
_HEDGE = re.compile(r"(?:threat\w*|plan\w*|intend\w*|hope\w*|want\w*)$", re.I)


def hedged_event(verb: str, question: Question, best: Evidence) -> bool:
    """True for "when did musk sue microsoft?" answered by "Musk threatened to sue Microsoft on
    Wednesday": the verb asked stands in the sentence only after a hedge the question does not ask
    with, and the date is the hedge's."""
    if not verb or any(_HEDGE.match(w) for w in question.text.lower().split()):
        return False
    stem = stem_words([verb])[0]
    tokens = TOKEN.findall(best.sentence.text)
    at = [i for i, st in enumerate(stem_words([t.lower() for t in tokens])) if st == stem]
    return bool(at) and all(any(_HEDGE.match(t) for t in tokens[max(0, i - 2) : i]) for i in at)


def told_plainly(
    verb: str, question: Question, query: Query, near_top: list[Evidence], proper: set[str] | None
) -> Evidence | None:
    """For "did musk actually sue microsoft?" when the best sentence has the suing only threatened: a
    sentence near the top about one of the question's names that tells of it plainly, one saying it did
    not happen first ("... and no lawsuits have been filed")."""
    if not verb or not near_top or not hedged_event(verb, question, near_top[0]):
        return None
    stem = stem_words([verb])[0]
    names = {t for t, w in query.surface.items() if t in query.subjects or w in (proper or ())}
    plain = [
        e
        for e in near_top[1:]
        if query.match(stem, set(e.stems)) > 0 and (not names or any(e.holds(t, query) for t in names))
        and not hedged_event(verb, question, e)
    ]
    return next((e for e in plain if _NEGATED.search(e.sentence.text)), plain[0] if plain else None)


_NEGATED = re.compile(r"\b(?:no|not|never|none|nor)\b|n't\b", re.I)


def akin(stem: str, stems: frozenset[str]) -> bool:
    """True when one of `stems` begins with `stem` or `stem` with it, five letters or more, holds it
    whole, four letters or more ("Apple Talk" typed apart: "AppleTalk"), or is one slip of the keys
    from it, five letters or more ("Primer League" for "Premier League")."""
    return (
        (len(stem) >= 5 and any(len(s) >= 5 and (s.startswith(stem) or stem.startswith(s)) for s in stems))
        or (len(stem) >= 4 and any(len(s) > len(stem) and stem in s for s in stems))
        or (len(stem) >= 5 and any(len(s) >= 5 and one_slip(stem, s) for s in stems))
    )


def dated_heading(question: Question, best: Evidence) -> Span | None:
    """The date of the heading a sentence stands under, for a "when" question the sentence dates not
    itself: a changelog's "Added dark mode." under "Version 1.4 (October 2023)"."""
    if question.kind not in ("when", "year") or not best.heading:
        return None
    dates = candidates(best.heading[-1], question.kind)
    return dates[0] if dates else None


# "no lawsuits have been filed", "it has not been released", "have yet to be signed": what did not happen.
_DENIED = re.compile(
    r"\b(?:no\s+(?:[\w-]+\s+){1,2}(?:has|have|had)\s+been|(?:has|have|had)\s+(?:not|never)(?:\s+yet)?(?:\s+been)?"
    r"|(?:has|have|had)n[’']t(?:\s+yet)?(?:\s+been)?|(?:has|have)\s+yet\s+to(?:\s+be)?)\s+(\w+)",
    re.I,
)
_ASKS_NEGATED = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.I)


def denied_event(question: Question, query: Query, best: Evidence) -> bool:
    """True for a question asking about an event that the sentence says has not happened ("which court did
    musk file the suit in?": "... and no lawsuits have been filed"): its premise is false. A yes/no
    question is answered by that "no"; "had not been finished until 1890" tells when it was."""
    if question.kind in ("yes_no", "why", "how") or _ASKS_NEGATED.search(question.text):
        return False
    text = best.sentence.text
    return any(
        query.terms.get(stem_words([m.group(1).lower()])[0], 0) >= 1 and " until " not in text[m.end() : m.end() + 60]
        for m in _DENIED.finditer(text)
    )


_NEAR = 400  # characters: about the three sentences `dated_before` reads back


_OWN_TIME = re.compile(r"\b(?:recently|currently|nowadays|soon|yesterday|today|tomorrow|(?:last|next|this) (?:week|month|year)|in (?:early |late |mid-?)?(?:january|february|march|april|june|july|august|september|october|november|december))\b", re.I)


def _asked_own(query: Query, proper: set[str] | None) -> tuple[list[str], set[str]]:
    """The question's own words (not carried from an earlier turn), and the names among them."""
    own = [t for t, w in query.terms.items() if w >= 1]
    return own, {t for t in own if t in query.subjects or query.surface.get(t, t) in (proper or ())}


def dated_before(
    question: Question, query: Query, best: Evidence, evidence: list[Evidence], proper: set[str] | None
) -> tuple[Evidence, Span] | None:
    """For a "when" question whose best sentence tells no date: a sentence up to three before it in its
    passage that dates it, naming a name the question asks about (if it asks about one), the two holding
    every word asked between them ("Twitter CEO, Elon Musk, threatened to sue Microsoft on Wednesday (19 April, 2023)."
    before "'Lawsuit time,' the Twitter CEO said in a tweet." for "when did musk tweet about the lawsuit")."""
    if question.kind not in ("when", "year") or _OWN_TIME.search(best.sentence.text):
        return None  # "Musk recently confirmed ...", "In a tweet in February, ...": it says when itself, a date before it is another event's
    own, names = _asked_own(query, proper)
    said = set(best.stems)
    earlier = [  # in its passage, or just before it in its document: "up to three before" is about this far
        e
        for e in evidence
        if e.sentence.end <= best.sentence.start
        and (e.passage_id == best.passage_id or (e.sentence.doc_id == best.sentence.doc_id and best.sentence.start - e.sentence.end < _NEAR))
    ]
    for e in sorted(earlier, key=lambda e: -e.sentence.start)[:3]:
        if not all(query.match(t, said | set(e.stems)) for t in own) or (names and not any(query.match(t, set(e.stems)) for t in names)):
            continue
        if span := best_span(e.sentence.text, question.kind, set(own), question.text, proper):
            return e, span
    return None


def swapped(question: Question, query: Query, best: Evidence, proper: set[str] | None, document: str = "") -> bool:
    """True for "when did microsoft sue twitter?" answered by a sentence where the two names stand the
    other way round the verb asked ("Twitter CEO, Elon Musk, threatened to sue Microsoft"): the question
    has who did it to whom wrong. Either side said passively ("by") is no swap. Or, for one asking why or
    when, where the sentence holds no such verb, its `document` tells it only the other way round."""
    if " by " in f" {question.text.lower()} " or " by " in f" {best.sentence.text.lower()} ":
        return False
    typed = words(question.text)
    asked = stem_words(typed)
    names = {s for s, w in zip(asked, typed, strict=True) if s in query.subjects or w in (proper or ())}
    at = [i for i, s in enumerate(asked) if s in names]
    # "did microsoft sue twitter", "is twitter removing microsoft ...": an auxiliary, a name, its verb, a name
    # or a why/when word before the name ("why microsoft sued twitter"); "decided to sue" sues
    if len(at) < 2 or at[0] == 0 or typed[at[0] - 1] not in _AUXILIARIES | {"why", "when"} or not 1 < at[1] - at[0] <= 5:
        return False
    decided = typed[at[0] + 1] in ("decide", "decided") and typed[at[0] + 2 : at[0] + 3] == ["to"]
    first, verb, second = asked[at[0]], asked[at[0] + (3 if decided else 1)], asked[at[1]]
    if at[1] - at[0] > (5 if decided else 3):
        return False
    if verb not in query.terms or verb in names:
        return False
    if _told_swapped(best.stems, verb, first, second, query):
        return True
    told = stem_words(words(document)) if question.kind in ("why", "when") and " by " not in f" {document.lower()} " else []
    return not any(query.match(verb, {s}) == 1 for s in best.stems) and _told_swapped(told, verb, first, second, query) and not _told_swapped(told, verb, second, first, query)


def _told_swapped(said: list[str], verb: str, first: str, second: str, query: Query) -> bool:
    """True when `said` (stems) has the verb with `second` in the six words before it and `first` in the three after."""
    for i in (i for i, s in enumerate(said) if query.match(verb, {s}) == 1):
        before, after = set(said[max(0, i - 6) : i]), set(said[i + 1 : i + 4])
        if second in before and first in after and first not in before:
            return True
    return False


PRONOUNS = frozenset({"he", "she", "they", "it"})
_AUXILIARIES = frozenset("did does do will would is was are were has have had can could".split())


# "what date", "the exact day": a day of the calendar is asked, which a weekday alone does not give.
ASKS_DATE = re.compile(r"\b(?:exact|actual|specific|precise) (?:date|day)\b|\b(?:what|which|the) (?:date|day)\b", re.I)


def dated_exactly(
    question: Question, query: Query, evidence: list[Evidence], proper: set[str] | None
) -> tuple[Evidence, Span] | None:
    """For "what date did musk tweet the lawsuit threat?" whose near-best sentences give a weekday at most: a sentence
    further down dating it in figures, holding a name asked and half the other words asked or more ("... threatened
    to sue Microsoft on Wednesday (19 April, 2023)" for "the date musk posted the lawsuit tweet")."""
    own, names = _asked_own(query, proper)
    if not ASKS_DATE.search(question.text) or len(own := [t for t in own if t not in ("date", "day")]) < 3:  # "the date": asked, not said
        return None
    for e in evidence[:16]:
        said = set(e.stems)
        if sum(not query.match(t, said) for t in own) > len(own) // 2 or not any(query.match(t, said) for t in names):
            continue
        if (span := best_span(e.sentence.text, question.kind, set(own), question.text, proper)) and re.search(r"\d", span.text):
            return e, span
    return None

