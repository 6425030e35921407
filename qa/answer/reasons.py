"""Whether a sentence gives a reason: the answer to "why?" (and often to "how?")."""

from __future__ import annotations

import re

from qa.answer.spans import Span
from qa.patterns import lazy_pattern
from qa.question.kinds import Question
from qa.question.query import Query
from qa.search.retrieve import Evidence
from qa.text import STOPWORDS, normalize, stem_words, words

_REASON = lazy_pattern(
    r"\b(?:because(?: of)?|due to|since|as a result(?: of)?|owing to|in order to|so that|in response to"
    r"|as a reply to|causing|which is why|the reason|reason (?:is|was|being)|coincide[sd]? with)\b",
    re.I,
)


# What someone is sued, blamed or praised for is why: "prosecuting Stable Diffusion for allegedly stealing".
_BLAMED_FOR = lazy_pattern(
    r"\b(?:sue[sd]?|suing|prosecut\w*|accus\w*|blam\w*|fined|punish\w*|critici[sz]\w*|prais\w*|thank\w*|arrest\w*)"
    r"\b[^.;:]{0,80}?\b(for (?:allegedly |reportedly )?[a-z]{2,}ing)\b",
    re.I,
)


def gives_reason(sentence: str, asked: set[str]) -> bool:
    """True when `sentence` gives a reason for what the question asks about.

    One of the question's words must stand before the cue: "X did this due to Y" explains X
    (however many of the question's words Y holds: "Microsoft is making this change due to Twitter
    starting to charge for API usage" answers "why is microsoft not paying for the twitter api"),
    while "the threat comes as a reply to X" explains the threat.
    """
    text = normalize(sentence)
    cues = [m.start() for m in (_REASON.search(text),) if m] + [m.start(1) for m in (_BLAMED_FOR.search(text),) if m]
    if not cues:
        return False
    at = min(cues)
    return any(s in asked for s in stem_words(words(text[:at])))


_CLAUSE_END = lazy_pattern(r"[;:()]|\.(?!\d)|,\s+(?:and|but|which|while)\b")


def reason_clause(sentence: str) -> Span | None:
    """The reason a sentence gives, as its short answer: the clause after its first cue ("due to
    the cost of the API" -> "the cost of the API"; SQuAD dev why-questions' F1 37.2 -> 46.0)."""
    m = _REASON.search(sentence)
    if not m:
        return None
    rest = sentence[m.end() :]
    end = _CLAUSE_END.search(rest)
    clause = rest[: end.start() if end else len(rest)]
    text = clause.strip(" ,")
    if not text:
        return None
    start = m.end() + clause.index(text)
    return Span(text, start, start + len(text))


# A sentence giving a reason is quoted besides a best one when it scores this share of it.
REASON_ELSEWHERE = 0.5


def reasons_elsewhere(best: Evidence, quoted: list[Evidence], evidence: list[Evidence], asked: set[str]) -> list[Evidence]:
    """For a "why" question, the best-scoring other sentence giving a reason, not quoted yet: "Microsoft is likely
    making this change due to Twitter starting to charge companies for API usage" beside "Microsoft looking at
    cutting costs is not keen on paying ..., causing its drop from DMC" (reasons are often several); and a reason
    given for "this change", "the decision" in any article found, however far down (one the answer quotes or
    another: dev sets +5, SQuAD dev unchanged)."""
    said = {e.sentence.text for e in (best, *quoted)}
    fresh = [e for e in evidence if e.sentence.text not in said and gives_reason(e.sentence.text, asked)]
    best_scoring = next((e for e in fresh if e.score >= REASON_ELSEWHERE * best.score), None)
    this_deed = next((e for e in fresh if _THIS_DEED.search(e.sentence.text) and e is not best_scoring), None)
    return [e for e in (best_scoring, this_deed) if e is not None]


_THIS_DEED = lazy_pattern(r"\b(?:this|that|the) (?:change|move|decision|step|shift|switch)\b", re.I)


_PARENTHESIS = re.compile(r"\([^()]*\)")


_VALUED = re.compile(r"\bdefaults?\b|=", re.I)


def said_aside(sentence: str, query: Query) -> bool:
    """True when every word a why-question asks of the deed (not its doers, the query's subjects) that the
    sentence holds stands in a parenthesis with no reason in it: "Musk helped to form OpenAI in 2015 (though
    he left soon after)" tells that he left, aside, and nothing of why."""
    deed = [t for t, w in query.terms.items() if w >= 1 and t not in query.subjects]
    # "(default 1 Mbit/sec for UDP, ...)": a default given in a parenthesis is what it says, not an aside
    inside = [m.group() for m in _PARENTHESIS.finditer(normalize(sentence)) if not _VALUED.search(m.group())]
    outside = set(stem_words(words(_PARENTHESIS.sub(lambda m: m.group() if _VALUED.search(m.group()) else " ", normalize(sentence)))))
    aside = set(stem_words([w for part in inside for w in words(part)]))
    told = [t for t in deed if query.match(t, aside) > 0]
    return bool(told) and not any(query.match(t, outside) > 0 for t in told) and not any(map(_REASON.search, inside))


# "why did musk sue google over bard?": the deed asked after the doer
_WHY_DID = lazy_pattern(r"^\W*why\s+(?:(?:did|does|do|would|will|has|have|had|might|could|should|may|must)\s+)?(?!(?:is|are|was|were)\b)(?P<rest>.+)$", re.I)
# Verbs that carry the deed after them: "why did microsoft decide to drop twitter"
_CARRIERS = frozenset(stem_words("decide decided choose chose opt want try plan start begin need go make get have might may must".split()))


def deedless_why(question: Question, query: Query, best: Evidence, proper: set[str] | None) -> bool:
    """True for "why did X <deed> Y" answered by a sentence that, with the one before it, holds no word of the deed
    nor one standing for it: it tells of Y, not of that deed ("... tools like Google's Bard, are trained ...")."""
    if question.kind != "why" or not (m := _WHY_DID.match(question.text)):
        return False
    own = [w.lower() for w in re.findall(r"[\w'’.-]+", m["rest"])]
    stems = stem_words(own)
    named = [w in (proper or ()) or st in query.subjects for w, st in zip(own, stems, strict=True)]
    if not named or not named[0] or "not" in own or any(w.endswith(("n't", "n’t")) for w in own):
        return False  # the doer is no name ("why have modern lutherans stopped ..."), or a deed not done is asked
    after = [st for w, st, n in zip(own, stems, named, strict=True) if not n and w not in STOPWORDS]  # after the name
    deeds = [d for d in after[:2] if d not in _CARRIERS]
    return bool(deeds) and query.terms.get(deeds[0], 0) >= 1 and not query.match(deeds[0], set(best.stems) | set(best.context))
