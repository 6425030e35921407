"""Names asked for: what a thing is called ("what's the microsoft ad tool called": "... advertising tools, Smart
Campaigns, and Multi-platform"), and which others of a kind do what is asked ("which other companies are making
ai firms pay for their data": "... Reddit is also now demanding ...")."""

from __future__ import annotations

import re

from qa.answer.doers import DOER
from qa.answer.quoting import following
from qa.answer.spans import Span, names
from qa.question.kinds import Question
from qa.question.query import Query
from qa.search.retrieve import Evidence, near_top
from qa.text import stem_words, words

# "what's the microsoft ad tool called", "name of the ad product ...", "his ai company, what's it called": a name asked
_ASKS_CALLED = re.compile(r"\b(?:called|named|dubbed|name of)\b|\b(?:the|its|their|his|her) name\b|\bname\W*$", re.I)  # "... tool name?"
# things a name is given to, each group's words one a text may use for another ("tool": "platform")
_THING_GROUPS = [
    g.split() for g in ("tool product platform service program app software system feature", "company firm startup venture business", "rival competitor", "plan tier")
]
# "what's it called", "what is that one named": the thing named is the one told before the question
_CALLED_IT = re.compile(
    r"\b(?:it|that|this|that one|this one|they)(?:'s|’s| is| was| are| gonna be| going to be| will be)? (?:called|named|dubbed)\b|\bits name\b", re.I
)
_CALLED_WINDOW = 0.5  # how close to the best a sentence giving the name may be
_CALLED_AS = re.compile(r"\b(?:called|named|dubbed|known as)\s+$", re.I)
_APPOSED = re.compile(r"\s*(?:[,.;()]|(?:and|or)\b|$)")  # "tools, Smart Campaigns, and ...", not "platform, Twitter CEO Elon Musk fired"


def called_by_name(question: Question, query: Query, evidence: list[Evidence], proper: set[str] | None) -> tuple[Evidence, Span | None] | None:
    """For a name asked ("what's the microsoft ad tool called"): a near-best sentence giving a name the question
    lacks right after a thing of the kind asked ("... advertising tools, Smart Campaigns, and Multi-platform",
    "his new company X.AI"), or after "called" in a sentence naming one ("a ChatGPT competitor, possibly called TruthGPT")."""
    if question.kind not in ("what", "which", "who") or not _ASKS_CALLED.search(question.text):
        return None
    vague = re.search(r"\b(?:thing|stuff)\b", question.text, re.I)  # "whats that thing called again": a thing of any kind
    asked_terms = {t for t, w in query.terms.items() if w >= 1}  # not the turn before's: "rival" of "musk's chatgpt rival"
    if question.kind == "who" and not re.search(rf"\bname of (?:[\w'’]+ ){{0,3}}(?:{'|'.join(_THING_GROUPS[0])})s?\b", question.text, re.I):
        return None  # "whats the name of msfts ad tool ...": a tool's name, though asked as one's; not "the name of its ceo", nor of a company making one
    if _CALLED_IT.search(question.text) and not _kinds(asked_terms):  # "musk is starting a new ai company, whats it called"
        asked_terms = set(query.terms)
        vague = vague or not _kinds(asked_terms)  # "isnt he building his own chatbot" "whats it gonna be called": the thing told
    if not (nouns := _kinds(asked_terms, vague=bool(vague))):
        return None
    asked, thing = set(stem_words(words(question.text.lower()))), "|".join(w + "(?:e?s)?" for w in nouns)
    said = set(words(question.text.lower())) - {"called", "named", "name", "dubbed"}
    found = []  # each with how many of the words before its name the question says: "his new company X.AI" over "AI company OpenAI"
    for e in near_top(evidence, _CALLED_WINDOW):
        text = e.sentence.text
        for n in names(text, proper):
            if set(stem_words(words(n.text.lower()))) <= asked:  # the question's own ("Microsoft"); "X.AI" is no "ai"
                continue
            before = text[max(0, n.start - 40) : n.start]
            if re.search(rf"\b(?:{thing})\s+$", before, re.I) or (re.search(rf"\b(?:{thing}),\s+$", before, re.I) and _APPOSED.match(text, n.end)) or (
                _CALLED_AS.search(before) and re.search(rf"\b(?:{thing})\b", before, re.I)
            ):
                found.append((-len(set(words(before.lower())[-4:]) & said), len(found), e, n))
        # "... dropping Twitter from its social management and advertising tool." then, a sentence on, "... from
        # Microsoft's Digital Marketing Center (DMC)": the thing named by its kind only, its name given with its initials
        if (kind := re.search(rf"\b(?:{thing})\W*$", text, re.I)) and _initialled(e, evidence):  # the name: `named_after`
            found.append((0.5 - len(set(words(text[: kind.start()].lower())[-4:]) & said), len(found), e, None))  # a name beside it first
    return min(found)[2:] if found else None


def _kinds(terms: set[str], vague: bool = False) -> list[str]:
    """The words for things a name is given to that `terms` hold (every one when the thing is `vague`), each with
    the other words of its group."""
    return [w for g in _THING_GROUPS if vague or set(stem_words(g)) & terms for w in g]


def named_after(question: Question, best: Evidence, evidence: list[Evidence]) -> tuple[Evidence, Span] | None:
    """For a name asked whose best sentence names the thing by its kind only, at its end ("... from its social
    management and advertising tool."): the name one of the next two sentences gives with its initials."""
    if question.kind not in ("what", "which") or not _ASKS_CALLED.search(question.text):
        return None
    return _initialled(best, evidence) if _ENDS_ON_THING.search(best.sentence.text) else None


_ENDS_ON_THING = re.compile(rf"\b(?:{'|'.join(w + '(?:e?s)?' for g in _THING_GROUPS for w in g)})\W*$", re.I)  # "... tool."


_INITIALLED = re.compile(r"((?:[A-Z][\w&-]*\s+){1,5})\(([A-Z]{2,6})\)")  # "Microsoft's Digital Marketing Center (DMC)"


def _initialled(e: Evidence, evidence: list[Evidence]) -> tuple[Evidence, Span] | None:
    """A name one of the two sentences after `e` gives with its initials in brackets, and that sentence."""
    for _ in range(2):
        if (e := following(e, evidence)) is None:
            return None
        for m in _INITIALLED.finditer(e.sentence.text):
            caps = m[1].split()[-len(m[2]) :]
            if len(caps) == len(m[2]) and "".join(w[0] for w in caps) == m[2]:
                name = " ".join(caps)
                start = m.start(1) + m[1].index(name)
                return e, Span(name, start, start + len(name))
    return None


# "which other companies are making ai firms pay", "which social site also wants ai cos to pay": names of a kind asked
_ORGANISATIONS = re.compile(
    r"^\W*(?:(?:besides|apart from|aside from|other than)\s+[\w.'’ -]{1,30}?,?\s+(?=which|what))?(?:so\s+|and\s+|but\s+)?(?:which|what)\s+(?:other\s+)?(?:[a-z]+\s+)?(?:compan(?:y|ies)|firms?|(?:web)?sites?|platforms?|networks?|socials?|channels?|apps|outlets?"
    r"|publications?|organi[sz]ations?|groups?|labels?|businesses|services)\b(?!\s+(?:is|was)\s+[A-Z])",
    re.I,
)
_OTHERS = re.compile(r"\b(?:other|else|also|too|besides|apart from|aside from)\b", re.I)  # others than the ones written of
_OTHERS_WINDOW = 0.6


def named_other(question: Question, evidence: list[Evidence], proper: set[str] | None) -> tuple[Evidence, Span | None] | None:
    """For names of others of a kind asked ("which other companies are making ai firms pay for their data"): the best
    near-top sentence naming one doing something that neither the question nor its document's title names, when
    the best sentence names none at all ("As reported by Business Insider, Reddit is also now demanding ...", not "We'll have
    to see if Twitter and Microsoft ...", whose names the articles are about)."""
    if not _ORGANISATIONS.match(question.text) or not _OTHERS.search(question.text):
        return None
    asked = set(stem_words(words(question.text.lower())))

    def new(e: Evidence, doing: bool = True) -> bool:  # a name doing something: "Reddit is also now demanding", not "such as OpenAI's GPT, while"
        known = asked | set(stem_words(words(e.title.lower())))
        said = [d["name"] for d in DOER.finditer(e.sentence.text) if d["name"].split()[-1].lower() in (proper or ())] if doing else [n.text for n in names(e.sentence.text, proper)]
        return any(not (set(stem_words(words(n.lower()))) & known) for n in said)

    near = near_top(evidence, _OTHERS_WINDOW)
    doing = None if not near or new(near[0], doing=False) else next(((e, _others_listed(e, asked, proper)) for e in near[1:] if new(e)), None)
    # else several others listed, when several are asked: "... manage content for Facebook, Instagram, and LinkedIn"
    return doing or (next(((e, span) for e in near if (span := _others_listed(e, asked, proper))), None) if _SEVERAL.match(question.text) else None)


# "which other platforms ...", "which other socials ...": several asked for, not "what other social media site"
_SEVERAL = re.compile(
    r"^\W*(?:so\s+|and\s+|but\s+)?(?:which|what)\s+other\s+(?:[a-z]+\s+)?(?:companies|firms|(?:web)?sites|platforms|networks|channels|apps|outlets|publications"
    r"|organi[sz]ations|groups|labels|businesses|services|socials?(?!\s+(?:media|network|site|platform|app)\b))\b",
    re.I,
)


_LISTED_WITH = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _others_listed(e: Evidence, asked: set[str], proper: set[str] | None) -> Span | None:
    """Three or more names the question lacks, listed together in `e` ("Facebook, Instagram, and LinkedIn"), as one span."""
    text = e.sentence.text
    found = [n for n in names(text, proper) if not set(stem_words(words(n.text.lower()))) & asked]
    for i, first in enumerate(found):
        run = [first]
        for n in found[i + 1 :]:
            if not _LISTED_WITH.fullmatch(text[run[-1].end : n.start]):
                break
            run.append(n)
        if len(run) >= 3:
            return Span(text[first.start : run[-1].end], first.start, run[-1].end)
    return None


# "what's the ad product called, smart something?": the name's first word, the rest forgotten
_HINT = re.compile(r"\b([a-z][\w.-]*) (?:something|smth|sth|somethin)\W*$", re.I)


HINT_MET = 0.6  # how sure a name is that begins with the word the asker remembered of it


def hint_met(question: str, span: Span | None) -> bool:
    """True when `span` is a name of several words beginning with the word the question gives of it ("..., smart
    something?": "Smart Campaigns"): the asker's own memory confirms it, however few of their words it holds."""
    return span is not None and (m := _HINT.search(question)) is not None and _begins_with(span.text, m.group(1))


def _begins_with(name: str, first: str) -> bool:
    """True for a name of several words whose first is `first` ("Smart Campaigns" for "smart")."""
    return " " in name and name.split()[0].lower() == first.lower()


def hinted(question: Question, evidence: list[Evidence], proper: set[str] | None) -> tuple[Evidence, Span] | None:
    """For a name asked by its first word and "something" ("..., smart something?"), a near-best sentence
    naming a name of several words that begins with it ("Smart Campaigns"), else None."""
    if question.kind not in ("what", "which", "who") or not (m := _HINT.search(question.text)):
        return None
    return next(((e, n) for e in near_top(evidence, _CALLED_WINDOW) for n in names(e.sentence.text, proper) if _begins_with(n.text, m.group(1))), None)
