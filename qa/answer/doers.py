"""Who does it: "how much did musk invest?" is not answered by "Microsoft invested $10 billion", nor "is
universal music group suing stable diffusion?" by "... Getty Images is prosecuting Stable Diffusion", nor
"who founded reddit?" by a sentence founding nothing."""

from __future__ import annotations

import re
from itertools import pairwise

from qa.answer.events import ASKS_ACTIVE, ASKS_WHETHER, PRONOUNS, TOKEN, akin
from qa.answer.roles import HOLDERS
from qa.question.frames import LIGHT_VERBS, plain_verbs
from qa.question.kinds import Question
from qa.question.query import ALTERNATIVE_MATCH, Query
from qa.question.synonyms import alternatives
from qa.search.retrieve import Evidence
from qa.text import stem_words, words

DOER = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]*(?:(?:,? and|,)? [A-Z][\w'’-]*)*) (?:(?:has|had|have|will|would|also|already|then|is|was|were|are"
    r"|be|been|(?:start|starts|started|begin|begins|began)(?: to)?) )*(?P<verb>[a-z]+)\b"  # "Twitter would start charging"
)
# "Microsoft's decision to remove Twitter": the deed told as a noun, its doer before it
_DECIDED = re.compile(
    r"\b(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)*)['’]s (?:decision|move|plan|choice|bid|attempt) to (?P<verb>[a-z]+)\b"
)
_ADVERBS = frozenset({"also", "too", "ever", "even", "still", "already", "just", "again"})  # "did reddit also sue ..."
_AMOUNT = re.compile(  # the amount the doer's verb governs: "charging between $42,000 and ..."
    r"\s+(?:\w+\s+)?(?:about |around |nearly |over |some |between |from |up to |as (?:much|high|little) as |at least )?[$€£]\s?\d"
)
# "which ai company did universal music group sue": the thing asked is what the names did something to.
_ASKS_OBJECT = re.compile(r"^\W*(?:which|what)\s+(?:[\w-]+\s+){1,3}?(?:did|does|do|has|have|had|will|would|is|was|are|were)\s+(?P<rest>.+)$", re.I)
_PASSIVE = re.compile(r".*\b(?:is|was|were|are|be|been)\s+[a-z]+(?:ed|en)$")  # "SolarCity was acquired"
# "how much was microsoft paying twitter ...": a verb in "-ing" after the names asks what they did.
_POSSESSED = re.compile(r"['’]s(?: [A-Z][\w'’-]*)* [a-z]+$")  # a noun after a name owning it, no auxiliary between
# "how much musk donate to openai": the amount asked of a deed, typed without its auxiliary
_ASKS_BARE = re.compile(r"^\W*how much(?: money| cash)?\s+(?P<rest>(?!(?:is|was|are|were|did|does|do|has|have|had|will|would)\b)[\w'’.-]+\s+[a-z]+\b.*)$", re.I)
# "why Universal Music Group sued Microsoft ...", "why google remove twitter ...": a why or when typed without its auxiliary
_ASKS_UNAIDED = re.compile(r"^\W*(?:why|when)\s+(?P<rest>(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|it|that|this)\b)[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+[a-z]+\b.*)$", re.I)
_ASKS_DOING = re.compile(r"^\W*how much (?:is|was|are|were)\s+(?P<rest>(?:[\w'’.-]+\s+){1,3}?[a-z]+ing\b.*)$", re.I)


_CAPITAL_RUN = re.compile(r"\b[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)+")


def other_subject(question: Question, query: Query, best: Evidence, proper: set[str] | None) -> bool:
    """True for "how much did X invest ...?" answered by a sentence where only another name does it ("Microsoft
    invested $10 billion in OpenAI" for Musk): the verb asked stands right after capitalised names, none the
    question's. Asked whether X does it, a verb standing for it counts too ("Getty Images is prosecuting ..."
    for "is universal music group suing ...")."""
    m = ASKS_ACTIVE.match(question.text) or _ASKS_DOING.match(question.text) or _ASKS_BARE.match(question.text) or _ASKS_UNAIDED.match(question.text)
    loose = m is None  # asked whether, or which thing: its verb's fellows count
    m = m or (ASKS_WHETHER if question.kind == "yes_no" else _ASKS_OBJECT).match(question.text)
    if not m:
        return False
    # "musk originally put into openai": the adverb is no verb, money put into something is invested
    typed = [query.corrections.get(w.lower(), w.lower()) for w in TOKEN.findall(m.group("rest"))]  # "rouhly": "roughly"
    words = [w for w in typed if not w.endswith("ly") and w not in _ADVERBS]
    words = plain_verbs(words, question.kind == "how_much")
    stems = stem_words(words)
    named = {st for w, st in zip(words, stems, strict=True) if st in query.subjects or w in (proper or ())}
    # a name of several words typed in lower case that the sentence writes with capitals: "universal music group"
    for run in (stem_words(TOKEN.findall(r.lower())) for r in _CAPITAL_RUN.findall(best.sentence.text)):
        named |= set(run) if any(stems[i : i + len(run)] == run for i in range(len(stems))) else set()
    if words and words[0] in PRONOUNS:  # "how much money did he put in": the name carried, not one after ("form openai")
        if not (carried := query.subjects - set(stems[1:])):
            return False
        named, stems = named | carried, [next(iter(carried)), *stems[1:]]
    n = next((i for i, st in enumerate(stems) if st not in named), 0)
    if n == 0 or stems[n] not in query.terms or re.search(r"[^s]s$", words[n]):  # no name first; "numerals" no verb
        return False
    # "universal music group suing": a name's word the corpus writes in lower case too comes first
    verbs = [st for st in stems[n:] if st not in named and st in query.terms][: 2 if loose else 1]
    # a name, the auxiliaries between, then a lower-case word: "Microsoft has invested"
    object_asked = m.re is _ASKS_OBJECT
    text = best.sentence.text  # whatever its verb, one spending the amount asked: "Microsoft invested $10 billion"
    found = [  # each by every word of its names: "Getty Images", "Fox, Lionsgate and Paramount"
        (tuple(stem_words(TOKEN.findall(d.group("name").lower()))), d)
        # a decision told as a noun only where the doer asked is not in it ("... to cease supporting Twitter
        # across its tools, Smart Campaigns, ...": Microsoft decides what Smart Campaigns stops)
        for d in (*DOER.finditer(text), *(() if set(stems[:n]) & set(best.stems) else _DECIDED.finditer(text)))
        if (last := d.group("name").lower().split()[-1]) in (proper or ()) and last not in HOLDERS  # "Twitter CEO": may be theirs
        and not (object_asked and _PASSIVE.match(d.group(0)))
        and not _POSSESSED.search(d.group("name") + " " + d.group("verb"))  # "pay Twitter's API fees": no deed of Twitter's
    ]
    doers = {
        name for name, d in found
        if any(query.match(v, set(stem_words([d.group("verb")]))) >= (ALTERNATIVE_MATCH if loose or d.re is _DECIDED or question.kind == "why" else 1) for v in verbs)
        or (question.kind == "how_much" and _AMOUNT.match(text, d.end()))
    }
    # "how much does microsoft save by dropping twitter": "Microsoft invested $10 billion" spends it otherwise
    spent = [(name, d) for name, d in found if question.kind == "how_much" and _AMOUNT.match(text, d.end())]
    if (
        spent
        and verbs and not any(v in _SPENDING or v in LIGHT_VERBS or alternatives(v, _SPENDING) for v in verbs)  # "provide Tesla with": "invested"
        and not set(stems[n + 1 : n + 3]) & named  # "john job astor iv provide": a slip inside the name, no verb
        and all(_asked_in(name, named) and not any(query.match(v, set(stem_words([d.group("verb")]))) for v in verbs) for name, d in spent)
    ):
        return True
    if object_asked and not any(_asked_in(name, named) for name in {n for n, _ in found} - doers):
        return False  # "which x did umg sue": only when the names asked do another deed in it ("... UMG are charging")
    # "when did elon help start openai": "Musk helped to form OpenAI", the full name's last word (not Martin Marty for Martin Luther)
    also = {a for st in named if st in query.subjects for a in query.alternatives.get(st, ())}
    return bool(doers) and not any(_asked_in(d, named) or d[-1] in also for d in doers)


# Verbs of giving money: an amount given is told by any of them ("provide Tesla with" / "invested").
_SPENDING = frozenset(stem_words("pay spend invest give provide donate fund lend offer raise contribute bid".split()))


def _asked_in(name: tuple[str, ...], named: set[str]) -> bool:
    """True when a doer's name holds a name asked, or a word akin to one."""
    return bool(named.intersection(name)) or any(akin(w, frozenset(named)) for w in name)


# "who founded / created / funds / wrote X": its maker is someone a sentence names, with a capital.
_MAKERS = r"(?:compan(?:y|ies)|firm|startup|organi[sz]ation|lab|studio)"
_ASKS_MAKER = re.compile(
    rf"(?:^\W*(?:who|(?:what|which)\s+{_MAKERS})(?:\s+else(?!\s+(?:did|does|do)\b))?|\bname of the {_MAKERS})"  # "what company / the name of the company that makes X"
    r"(?:'s|s| is| was| are| were| has| have| had| did| does| do)?\s+(?:\w+\s+)?"
    r"(?P<verb>(?:found|co-?found|creat|made|make|fund|own|built|build|develop|wr[io]te|invent|design|maintain|start|run)\w*)\b",
    re.I,
)


def makerless(question: Question, best: Evidence) -> bool:
    """True for "who made X?" when the sentence names no one: no capitalised word after its first."""
    return bool(_ASKS_MAKER.search(question.text)) and not re.search(r"\s[\"'(]?[A-Z]", best.sentence.text.strip())


_OWNED = re.compile(r"\b(?!(?:It|That|There|Here|He|She|What|Who|Where|This|Let)['’]s)[A-Z][\w&.-]*['’]s\s+((?:[\w-]+\s+){0,3}[\w-]+)")  # not "It's"
# "made that claim", "made a statement": what is said is made, no thing created
_MADE_SAYING = re.compile(
    r"\s+(?:(?:the|that|this|those|these|a|an|such|its|his|her|their)\s+)?(?:\w+\s+)?"
    r"(?:claims?|statements?|comments?|remarks?|threats?|accusations?|allegations?|decisions?|announcements?|arguments?|points?|demands?|requests?)\b",
    re.I,
)
_CREATES = re.compile(r"(?:co-?)?(?:found|creat|made|make|built|build|develop|wr[io]te|invent|design|start|fund)", re.I)


def eventless(question: Question, query: Query, best: Evidence) -> bool:
    """True for "who founded / made / wrote X?" when the sentence holds neither its verb nor a word of its
    own ("founder", "co-founded"): "Reddit ... would begin to charge" founded nothing."""
    m = _ASKS_MAKER.search(question.text)
    if not m or not _CREATES.match(m.group("verb")) or _MADE_SAYING.match(question.text, m.end()):
        return False  # "which company made that claim?": a saying, no making
    verb = stem_words([m.group("verb").lower().removeprefix("co-")])[0]
    own = set(best.stems)
    if query.match(verb, own) or any(s[:4] == verb[:4] or s.startswith("co" + verb[:4]) for s in own):
        return False
    if verb == "fund":
        return True  # "who's funding it?": "his new company X.AI" tells whose, not who pays
    # "Nvidia's AI chip GPUs" names the maker of the GPUs asked about
    owned = set(stem_words([w.lower() for run in _OWNED.findall(best.sentence.text) for w in run.split()]))
    # "who makes it?" after "... other generative-AI tools like Google's Bard ...": what "it" points to is owned
    return not (owned & (set(query.terms) - {verb}) or (owned and _POINTED.search(question.text)))


_POINTED = re.compile(r"\b(?:it|that|this|them|those|these)\W*$", re.I)


def strangers(question: Question, query: Query, cited: list[Evidence]) -> bool:
    """True when a question naming two or more of the corpus's names is answered by sentences none of which
    names any of them in its own words or headings ("which law firm is twitter using against microsoft":
    "Universal Music Group spoke out ..."): they tell of others."""
    names = [t for t in query.terms if t in query.subjects and query.surface.get(t, t) not in query.unknown]  # the corpus's
    if question.kind == "yes_no" or len(names) < 2:
        return False
    # two of them apart, not the words of one name ("super bowl", "martin luther")
    marks = [s in names for s in stem_words(words(query.text))]
    if sum(now and not before for before, now in pairwise([False, *marks])) < 2:
        return False
    return not any(query.match(t, set(e.stems) | e.headed) for e in cited for t in names)
