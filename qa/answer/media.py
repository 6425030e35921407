"""'Where did microsoft announce it?': where something was said is a medium ("on its website", "in a
support article"), which a sentence telling it names."""

from __future__ import annotations

import re

from qa.answer.quoting import following, preceding
from qa.answer.spans import Span
from qa.question.kinds import Question
from qa.question.query import Query
from qa.search.retrieve import Evidence, near_top
from qa.text import stems

# "where did microsoft announce / confirm / post it": a telling, whose place is its medium.
_TELLING = r"(announc|confirm|publish|publici[sz]|post|report|reveal|state|shar|declar|tell|told|say|said|put out|threat|claim|accus)"
_TOLD_WHERE = re.compile(
    rf"\bwhere(?:'d|’d)?\b(?:\s+\w+){{0,4}}?\s+{_TELLING}\w*\b"
    rf"|\b{_TELLING}\w*\b(?:\s+[\w'’]+){{0,5}}?\s+where\b(?!\s+(?:it|they|he|she|you|i|we)\b)",  # "msft confirmed the twitter drop where?"
    re.I,
)
# "how did he make the threat?", "how did microsoft announce it": the medium too (not "how much", "how long")
_TOLD_HOW = re.compile(
    rf"^\W*(?:\w+\W+)?how (?:did|does|do|was|were|is|has|had)\b(?:\s+\w+){{0,3}}?\s+(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )(?:{_TELLING}\w*\b(?!\s+(?:to|that)\b)|(?:make|made|issue|issued|deliver|delivered|send|sent) (?:the|that|this|his|her|its|their) (?:threat|announcement|claim|statement|accusation)s?\b)",
    re.I,
)
_MEDIUM = re.compile(
    r"\b(?:on|in|via|through|(?P<by>according to)) (?:its|their|his|her|the|an?)(?: company's| company’s| official| own)?"
    r" (?:support )?(?:website|web site|site|blog(?: post)?|page|article|press release|statement|post|forum|newsletter|email|filing)s?\b"
    r"(?: on (?:its|their|the company's|the company’s) (?:website|web site|site|blog))?"  # "a support article on the company's website"
    r"|\btook to (?:twitter|social media|its blog|his blog|the internet)\b"  # "Musk took to Twitter to threaten ..."
    r"|\b(?:in|via|through) (?:an?|the|his|her|its|their)(?: latest| recent)? (?:tweet|post)s?\b",  # "said in a tweet"
    re.I,
)
_WINDOW = 0.75  # how close to the best a sentence naming the medium may be
# The words of media, searched besides the question's own words when it asks where something was told.
MEDIA_WORDS = frozenset("website site blog statement page support".split())


# "how do we even know microsoft is dropping twitter", "did they confirm it somewhere", "whats the source for
# that": where it was told, which tells that it was.
_VERIFIED = re.compile(
    r"\bhow (?:do|can|did) (?:we|you|u|i|ppl|people) (?:\w+ )?know\b|\bsource for (?:that|this|it)\b"
    r"|\bconfirm\w* (?:it |that |this )?(?:somewhere|anywhere)\b",
    re.I,
)


def asks_where_told(question: Question) -> bool:
    """True for "where did microsoft announce it", "where did they put out the news", "how do we know it",
    "how did he make the threat": a medium asked."""
    return (question.kind == "where" and bool(_TOLD_WHERE.search(question.text))) or bool(_VERIFIED.search(question.text) or _TOLD_HOW.search(question.text))


def told_where(question: Question, query: Query, evidence: list[Evidence], proper: set[str] | None = None) -> tuple[Evidence, Span] | None:
    """For "where did microsoft announce it": a near-best sentence naming where it was said ("confirmed on its
    website")."""
    if not asks_where_told(question):
        return None
    # near the best; else further down, one holding the names asked ("Microsoft's move, confirmed on its website,
    # means that users will be unable to access their Twitter account ..."), found by the media words searched
    names = [t for t in query.terms if t in query.subjects or t in (proper or ())]
    further = [e for e in evidence if names and all(e.holds(t, query) for t in names)]
    media = [(e, m) for e in [*near_top(evidence, _WINDOW), *further] if (m := _MEDIUM.search(e.sentence.text))]
    # the one telling most of what was asked, its medium beside a name asked ("Microsoft's move, confirmed on its
    # website", not "In a tweet in February, Musk tweeted: ... Microsoft")
    naming = max(media, key=lambda found: (_beside(found[1], names, query), found[0].matched), default=None)
    # The best sentence holding more of the question, its medium named just before or after it ("Microsoft
    # announced ...", then "According to a support article on ..."): it answers, both cited.
    telling = next((g for g in m.groups() if g), "confirm").lower() if (m := _TOLD_WHERE.search(question.text)) else "confirm"  # "confirm": "Microsoft's move, confirmed on its website"
    direct = naming is not None and telling in naming[0].sentence.text.lower()
    if evidence and not direct and medium_beside(question, top := evidence[0], evidence) and (naming is None or top.matched > naming[0].matched):
        return top, None
    return (naming[0], _medium(naming[1])) if naming else None


def _beside(m: re.Match[str], names: list[str], query: Query) -> bool:
    """True when a name asked stands within 80 characters of the medium matched (or none is asked)."""
    text = m.string
    near = stems(f"{text[max(0, m.start() - 80) : m.start()]} {text[m.end() : m.end() + 80]}")
    return not names or any(query.match(t, set(near)) for t in names)


def _medium(m: re.Match[str]) -> Span:
    """The medium a match names, without its "according to": "a support article on the company's website"."""
    start = m.end("by") + 1 if m.group("by") else m.start()
    return Span(m.string[start : m.end()], start, m.end())


def medium_beside(question: Question, best: Evidence, evidence: list[Evidence]) -> tuple[Evidence, Span] | None:
    """For "where did microsoft announce it" answered by a sentence telling the announcement but no medium:
    the sentence just before or after it in its passage that names one ("Earlier today, Microsoft announced
    ...", then "According to a support article on the company's website, ...")."""
    if not asks_where_told(question) or _MEDIUM.search(best.sentence.text):
        return None
    for e in (preceding(best, evidence), following(best, evidence)):
        if e is not None and e.passage_id == best.passage_id and (m := _MEDIUM.search(e.sentence.text)):
            return e, _medium(m)
    return None


# "which outlet did they cite for the microsoft ads news", "what publication reported that": a source the text
# cites for what it tells ("As reported by Business Insider, ...", "reports from various publications, including
# Mashable, ...", "as Mashable points out"), not the outlet of an article.
ASKS_CITED = re.compile(
    r"\b(?:which|what) (?:news )?(?:outlet|publication|site|website|source|paper|report)s?\b.*\b(?:cite[sd]?|citing|report\w*|credit\w*|point\w* out|broke|break\w*)\b"
    r"|\b(?:cite[sd]?|citing|credit\w*)\b (?:which|what)\b"  # "bgr cites which outlet for the reddit thing"
    r"|\bwho (?:first |originally |actually )?(?:reported|broke)\b"  # "who reported that first": the source credited
    r"|\bsource (?:for|of) (?!(?:that|this|it)\b)\w"  # "bgr source for reddit news?"
    r"|\bwhere (?:does|did|do) (?:the |that |this |their |its )?(?:[\w.'’-]+ ){0,3}?(?:info|information|news|report|claims?|numbers|figures)\b.*\b(?:come|came)? from\b"  # "where does the reddit info come from"
    # "where did bgr get the reddit news from", "and where BGR got this information, from which site?"
    r"|\bwhere (?:(?:does|did|do) )?[\w.'’-]+(?: [\w.'’-]+)? (?:get|gets|got|find|found|hear|heard|learn|learned)\b.{0,40}\b(?:(?:info|information|news|report|story|claims?|numbers|figures)\b|(?:that|this|it) from\b)",
    re.I,
)
_CITED = re.compile(
    r"\b(?:[Rr]eported by|[Aa]ccording to|[Rr]eports? (?:from|by)(?: [\w ]{1,30}?,? (?:including|like|such as))?|[Aa]s|[Vv]ia|[Cc]iting)"
    r" (?P<name>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3})(?=,| (?:points? out|notes?|noted|reported|reports|said|says|claimed|first)\b)"
)
_CITED_WINDOW = 0.6


def cited_source(question: Question, query: Query, evidence: list[Evidence]) -> tuple[Evidence, Span] | None:
    """For "which outlet did they cite for X": a near-best sentence crediting a source by name, other than the
    question's; else one further down holding the names asked ("... for that?" after "when did reports emerge
    that microsoft was removing twitter ...": "reports from various publications, including Mashable, ...")."""
    if question.kind not in ("who", "what") or not ASKS_CITED.search(question.text):
        return None
    asked, names = question.text.lower(), [t for t in query.terms if t in query.subjects]
    further = [e for e in evidence if names and all(e.holds(t, query) for t in names)]
    return next(
        ((e, Span(m["name"], m.start("name"), m.end("name"))) for e in [*near_top(evidence, _CITED_WINDOW), *further] for m in _CITED.finditer(e.sentence.text) if m["name"].lower() not in asked and not set(stems(m["name"])) & set(query.surface)),  # not one asked of, carried or not
        None,
    )


CREDITED = 0.6  # how sure a source is that the sentence telling the carried topic credits by name


def credited(question: Question, query: Query, best: Evidence, span: Span | None) -> bool:
    """True for "where did bgr get that from?" answered by the source `best` credits ("As reported by Business
    Insider, Reddit is also now demanding ..."), when it holds a name asked or carried."""
    names = [t for t in query.terms if t in query.subjects]
    return (
        span is not None and bool(ASKS_CITED.search(question.text)) and any(m["name"] == span.text for m in _CITED.finditer(best.sentence.text))
        and any(best.holds(t, query) for t in names)
    )
