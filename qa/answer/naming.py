"""Which thing: a question asking a thing's name ("the name of the data set", "which microsoft ai product
...") is not answered by a sentence that mentions the thing only unnamed ("OpenAI using a specific data
set", "training its AI products")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from qa.answer.polarity import stopped_for
from qa.answer.spans import Span, names
from qa.question.kinds import Question
from qa.question.query import Query
from qa.search.retrieve import THATS, Evidence, near_top
from qa.text import STOPWORDS, stem_words, words

_NAME_OF = re.compile(r"\bname of (?:the |a |an |its |his |her |their )?((?:[\w-]+ ){0,3}[\w-]+)", re.I)
# "which microsoft ai product was ...", "what specific data set does ...": the thing whose name is asked.
_WHICH_THING = re.compile(
    r"^(?:which |what (?=specific |exact |particular ))(?:specific |exact |particular )?((?!(?:is|was|are|were|does|did|do)\b)(?:[\w'’-]+ ){0,3}?[\w'’-]+)"
    r"(?: (?:is|was|are|were|does|did|do|has|had|will|would|can|could|[a-z]{3,}ed)\b|(?: (?:tho|though|then|exactly|specifically))?\W*$)",  # "which artists complained", "which artists tho"
    re.I,
)
# "what was the specific data set openai used? like the name of it": the thing "it" stands for.
_THE_THING = re.compile(r"^(?:which|what)(?:'s|’s|s| is| was| are| were) the (specific |exact |particular )?((?:[\w'’-]+ ){0,2}[\w'’-]+)", re.I)
# "like the name of it", "what's it called?": a name asked
_CALLS_IT = re.compile(r"\b(?:name of (?:it|that|this|them)(?!\s+[a-z])|(?:it|that|this|they)(?:'s|’s| is| was| are)? (?:called|named))\b", re.I)
_IT_CALLED = re.compile(r"\b(?:(?:it|that|this|they)(?:'s|’s| is| was| are)? (?:called|named)|(?:its|their) names?)\W*$", re.I)
# The words before a thing mentioned without its name: "a specific data set", "its AI products".
_UNNAMING = r"(?:a|an|its|their|his|her)"
_NEXT_WORD = re.compile(r"\s*([a-z][\w'’-]*)")
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_VAGUE_NOUNS = frozenset({"name", "names", "thing", "things", "stuff", "one", "ones", "kind", "type", "sort"})
_CALLING = frozenset({"called", "named"})
# People a company has: a name owning them ("Universal Music Group ... its artists' music") names none of them
_PEOPLE = re.compile(r"(?:artist|musician|singer|employee|executive|exec|staff|worker|user|member|lawyer|engineer|customer|developer|founder|investor|journalist)s?$")
_CALLED = r"(?:called|named|dubbed|known as|titled)"
_NAME_AFTER = re.compile(
    rf"(?:\W{{0,3}}|(?:\s*[a-z][\w-]*){{0,2}},?\s+(?:{_CALLED}|such as|like|including|namely)\s+)(?:the\s+)?[\"“'‘]?[A-Z0-9]"
)
_NAME_BEFORE = re.compile(
    r"(?:[A-Z0-9][\w'’.-]*\s*[,:(–-]?|\b(?:is|was|are|were|be|been|became|becomes|as)"
    r"|\b[A-Z][\w'’.-]*\s+(?![a-z]+ing\b)[a-z]+)\s*$"  # "Ctenophores form an animal phylum"; not "OpenAI using a ..."
)
_NAMING = re.compile(rf"\b(?:{_CALLED}|name,?)\s+(?:(?:the|a|an)\s+)?[\"“'‘]?[A-Z0-9]")


# "the name of microsoft's in-house ai chip": a thing of a name's, its last word
_NAME_OF_THING = re.compile(r"\bname of [\w.-]+['’]s? (?:[\w-]+ ){0,2}?([\w-]+)(?=\W*$|\s+(?:that|which|who|is|was|does|did)\b)", re.I)


# "which nvidia gpu model did elon buy", "whats the model name of the nvidia chips": a model's name asked
_MODEL_OF = re.compile(r"^\W*(?:which|what)(?:'s|’s|s| is| was)? (?:the )?(?:[\w.-]+ ){0,3}?(model)s?(?= (?:did|does|do|is|was|are|were|has|had|name)\b|\W*$)", re.I)


# "whats the dataset called?", "what is the new company called": the thing, its last word
_CALLED_THING = re.compile(r"^\W*(?:what|which)(?:'s|’s|s| is| was| are| were) (?:the |that |this |his |her |its |their )?(?:[\w.-]+ ){0,2}?([\w-]+) (?:actually |really |exactly )?(?:called|named)\W*$", re.I)


def nameless_thing(question: Question, query: Query, best: Evidence) -> bool:
    """True for "what's the name of microsoft's in-house ai chip?", "whats the dataset called?" answered by a
    sentence that never mentions the thing whose name is asked (the last word of it), nor a word standing for
    it: it names something else."""
    called = _CALLED_THING.search(question.text)
    if not (m := _NAME_OF_THING.search(question.text) or _MODEL_OF.search(question.text) or called):
        return False
    head = stem_words([m.group(1).lower()])[0]
    parts = [head] if head in query.terms else [t for t in query.terms if len(t) >= 3 and t in head]  # "dataset": "data set"
    # "what's the X called": a sentence that holds no other word of it either ("jelly-like" answers "what is
    # the jelly-like substance called")
    held = called and any(query.match(t, set(best.stems)) for t in query.terms if t not in parts and t not in ("call", "name"))
    return bool(parts) and not held and not any(query.match(t, set(best.stems)) for t in parts)  # not "seen", read from "sceen"


def unnamed(question: Question, best: Evidence, context: Iterable[str] = (), cited: Iterable[Evidence] = ()) -> bool:
    """True when a question asks the name of a thing its sentence only mentions unnamed: "a specific data set"
    with no name right after it ("a chip, Athena", "other channels such as Facebook"), nor before it ("Pawiak,
    an infamous prison", "Super Bowl 50 was an American football game"), nor a naming further on ("now known
    as the Solimões Basin"); "a trio of locomotives" mentions a trio. "Its AI products" are unnamed when
    "its" is a name the question gives (Microsoft's, for "which microsoft ai product ..."), not when it is
    another's: "prosecuting Stable Diffusion for ... its image generator" names the generator's owner. When the
    best sentence does not mention the thing, the first `cited` one that does is read."""
    text = question.text
    the = _THE_THING.search(text)
    m = (the if the and (the.group(1) or _CALLS_IT.search(text)) else None) or _NAME_OF.search(text) or _WHICH_THING.search(text) or _CALLED_THING.search(text)
    named = [w for w in (m.group(m.lastindex).lower().split() if m else ()) if w not in STOPWORDS and w not in _VAGUE_NOUNS | _CALLING]
    if not named and _IT_CALLED.search(text):
        named = [w for w in context if len(w) > 2]  # "what's it called?" after "... openai used a specific data set ...": its words
    if not named:
        return False
    thing = "|".join(rf"(?:{_open(w)})\w*" if len(w) >= 4 else rf"{re.escape(w)}s?\b" for w in named)
    # "the data set musk says is illegal" answered by his tweet: the sentence saying its first two words, if it has two
    mention = re.compile(rf"\b{_open(named[0])}\w*[\s-]+{_open(named[1])}", re.I) if len(named) > 1 else None
    if mention and not mention.search(best.sentence.text):
        best = next((e for e in cited if mention.search(e.sentence.text)), best)
    asked = set(re.findall(r"[\w'’-]+", text.lower()))
    text = best.sentence.text
    for a in re.finditer(rf"\b{_UNNAMING}\s+(?:(?!of\b)[\w'’-]+\s+){{0,2}}?(?:(?:{thing})\s*)+", text, re.I):
        if _NAME_AFTER.match(text, a.end()) or _NAME_BEFORE.search(text[: a.start()]) or _NAMING.search(text, a.end()):
            continue
        if any(re.search(r"\d", w) or (w.isupper() and len(w) > 3) for w in a.group().split()[1:-1]):
            continue  # "a SIGUSR1 signal", "the HTTP2 flag": named before its noun
        if (after := _NEXT_WORD.match(text, a.end())) and after.group(1).lower() not in STOPWORDS:
            continue  # "its online social advertising tools": tools, not the social networks asked for
        owners = _CAPITALISED.findall(text[: a.start()]) if a.group().split()[0].lower() in _POSSESSIVES else []
        owner = set(owners[-1].lower().split()) if owners else set()
        if len(owner & asked) == 1 and owner & set(named) and owner - asked:
            continue  # "Universal Music Group ... its artists' music": a name holding the kind asked, not given
        if not owners or (asked - STOPWORDS) & owner or _PEOPLE.match(named[-1]):  # "its artists": no artist named
            return True
    return False


def _open(word: str) -> str:
    """A pattern for `word` written closed or open: "dataset" is the text's "data set" or "data-set"."""
    return "|".join([re.escape(word), *(rf"{re.escape(word[:i])}[\s-]{re.escape(word[i:])}" for i in range(3, len(word) - 2))])


# "who else co-founded openai alongside musk", "which other companies besides microsoft ...": the one set aside.
_SET_ASIDE = re.compile(
    r"\b(?:besides|beside|alongside|other than|apart from|aside from|except(?: for)?|(?P<with>with))"
    r"\s+(?P<aside>(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+)"
    r"(?=\s*(?:[,?]|$)|\s+(?:who|what|which|when|where|how|is|was|were|are|did|does|do|has|have|had|in|on|at|for|to|from|that"
    r"|[a-z]{3,}ed|came|went|said|spoke|made|took|got|gave|left|sued)\b)",  # "besides universal came out against ai"
    re.I,
)
_TOKEN = re.compile(r"[\w'’]+")
_NEAR = 6  # words between a name and the word it does or is


def set_aside_only(question: Question, query: Query, best: Evidence, proper: set[str] | None) -> bool:
    """True for a question asking of others than one it sets aside ("who else co-founded openai alongside
    musk") whose sentence tells what is asked of that one only: each word asked that has a name a few
    words before it has the one set aside ("... of which Musk was a co-founder ...")."""
    m = _SET_ASIDE.search(question.text) if question.kind in ("who", "which", "what") else None
    if not (aside := _aside(question, m, proper, {t for t in query.subjects if t not in query.surface})):
        return False
    asked = {t for t, w in query.terms.items() if w >= 1 and t not in aside and t not in query.subjects}
    tokens = _TOKEN.findall(best.sentence.text)
    stems = stem_words([t.lower() for t in tokens])
    # the thing asked about before the one set aside is no doer: "openai" of "who else co-founded openai with musk"
    things = (query.subjects & set(stem_words(_TOKEN.findall(question.text[: m.start() if m else None].lower())))) - aside
    nearest = []  # the stem of the name nearest before each word asked, if any
    for i, s in enumerate(stems):
        if s in asked or any(query.match(a, {s}) for a in asked):  # "co-founded": "helped to form"
            end = i + 1
            while end < len(tokens) and _named(tokens[i]) and _named(tokens[end]):
                end += 1  # "Universal Music Group": the name the word asked opens or goes on is no other
            if any(_named(t) and stems[j] not in query.terms for j, t in enumerate(tokens[end : i + 5], end)):
                return False  # "other generative-AI tools like Google's Bard": another named after it
            names = [stems[j] for j in range(max(0, i - _NEAR), i) if _named(tokens[j]) and stems[j] not in things]
            nearest += names[-1:]
    return bool(nearest) and set(nearest) <= aside


_WITH_ASIDE = re.compile(r"\b(?:else|other|co-\w+|co(?:found|author|wr[io]t|creat|own|star|chair)\w*)\b", re.I)


def _aside(question: Question, m: re.Match[str] | None, proper: set[str] | None, carried: set[str] = frozenset()) -> set[str]:
    """The stems of the names the question sets aside, as `_SET_ASIDE` found them (`m`); for "him", "her", "them",
    the names `carried` from the turn before ("who else co-founded it with him?" after "... did musk ...")."""
    if m and m.group("with") and not _WITH_ASIDE.search(question.text[: m.start()]):
        return set()  # "with" sets one aside only after "else", "other" or a deed done together: "who co-founded openai with musk"
    if not m:  # "who were the other co-founders?" after "when did musk help found openai": the one carried
        return set(carried) if re.search(r"^\W*who\b.*\b(?:the others?|else)\b", question.text, re.I) else set()
    named = []  # the names opening the words set aside: "microsoft" of "besides microsoft removed twitter"
    said = _TOKEN.findall(m.group("aside"))
    if said and said[0].lower() in ("him", "her", "them"):
        return set(carried)
    for k, w in enumerate(said):
        if not (_named(w) or w.lower() in (proper or ())):
            break
        if k + 1 < len(said) and (w.endswith(("'s", "’s")) or w.lower()[:-1] in (proper or ())):
            return set()  # "what did the api let other companies do with twitters data": a thing of Twitter's
        named.append(w.lower())
    return set(stem_words(named))


def told_of_another(
    question: Question, query: Query, found: list[tuple[Evidence, Span]], proper: set[str] | None
) -> list[tuple[Evidence, Span]]:
    """`found` (sentences first, with their spans), a first one telling the deed asked of the one the
    question sets aside only ("besides twitter, which companies are starting to charge ...": "... Twitter
    starting to charge companies ...") giving way to the next that tells all it does of another, naming
    not the one set aside ("Reddit ... would begin to charge companies for access ...")."""
    found = [f for f in found if not stopped_for(question.text, f[0].sentence.text, f[1].text)] or found  # "keep supporting": not "cease supporting Twitter"
    if not found or not set_aside_only(question, query, found[0][0], proper):
        return found
    aside = _aside(question, _SET_ASIDE.search(question.text), proper)
    told = {t for t, w in query.terms.items() if w >= 1 and query.match(t, set(found[0][0].stems))} - query.subjects
    others = [f for f in found[1:] if aside.isdisjoint(f[0].stems) and all(query.match(t, set(f[0].stems)) for t in told)]
    return others or found


def _named(token: str) -> bool:
    """A capitalised word that is no function word nor a short acronym ("AI", "CEO")."""
    return token[:1].isupper() and token.lower() not in STOPWORDS and not (token.isupper() and len(token) <= 3)


# "what happened to microsoft's stock ...", "did microsoft's stock drop ...": a thing of a name asked about.
# "what happened to microsoft stock after ...": the same.
_POSSESSED = re.compile(
    r"^\W*(?:(?:so|and|ok|okay)\s+)?(?:(?:what (?:happened|happens|will happen) to)\s+(?:the\s+)?([\w.&-]+?)(?:'s|’s)?"
    r"|(?:did|does|do|has|have|was|were|is|are)\s+(?:the\s+)?([\w.&-]+?)(?:'s|’s))\s+([a-z]{3,})\b",
    re.I,
)
# "is it true microsoft stock dipped ...": a thing of the name, then what it did
_TRUE_POSSESSED = re.compile(
    r"^\W*(?:(?:so|and|ok|okay)\s+)?is it (?:really )?(?:true|right)(?: that)?\s+(?:the\s+)?([\w.&-]+?)(?:'s|’s)?\s+([a-z]{3,})"
    r"(?=\s+(?:is|was|are|were|has|had|went|fell|rose|[a-z]+ed)\b)",
    re.I,
)


def possession_untold(question: Question, query: Query, best: Evidence, proper: set[str] | None) -> bool:
    """True for a question about a thing of a name ("did microsoft's stock drop after musk's tweet?") whose
    sentence never mentions that thing, in any of its words, or only as what names another ("image stock
    database"): what it tells is of the name, not its stock."""
    m = _POSSESSED.match(question.text)
    t = None if m else _TRUE_POSSESSED.match(question.text) or _DID_POSSESSED.match(question.text)
    name, said = ((m.group(1) or m.group(2)), m.group(3)) if m else (t.groups() if t else ("", ""))
    if name.lower() not in (proper or ()) or said.lower() in STOPWORDS:
        return False
    thing = stem_words([said.lower()])[0]
    told = best.holds if THATS.match(best.sentence.text) else best.says  # "While that's small change": the sentence before's
    return thing in query.terms and (not told(thing, query) or not _headed(said.lower(), best.sentence.text, set(words(question.text.lower()))))


# "did microsoft stock drop after ...": a thing of the name typed without "'s", then a change asked of
_DID_POSSESSED = re.compile(
    r"^\W*(?:(?:so|and|ok|okay)\s+)?(?:did|does|has|was|is)\s+(?:the\s+)?([\w.&-]+?)\s+([a-z]{3,})"
    r"(?=\s+(?:drop|fall|fell|rise|rose|go|went|dip|jump|crash|tank|soar|plunge|react|move|change|take|took)\w*\b)",
    re.I,
)


def _headed(word: str, text: str, asked: set[str]) -> bool:
    """True unless every time `text` writes `word` another word names the thing it stands before ("image stock
    database"); a word the question asks too, or a function word, after it is no such thing ("stock price")."""
    found = [m.group(1) for m in re.finditer(rf"\b{re.escape(word)}\w*(?:\s+([a-z]+))?", text, re.I)]
    return not found or any(not n or n in STOPWORDS or n in asked for n in found)


# "which court did they file in", "filed against stable diffusion in which court": the kind of thing asked
_WHICH = re.compile(
    r"\b(?:(?:in|at|from|to|by|for|with|of|on) )?(?:which|what|wich|wat)\s+([a-z]{3,})"
    r"(?=\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\b|\W*$)",
    re.I,
)


# Kinds of things whose names say the kind ("the District Court", "Yale University"): a sentence naming one says it.
_NAMED_BY_KIND = frozenset(
    "court courts university college school hospital museum river lake bank agency committee council prison airport".split()
)


def kind_by_another_word(question: Question, query: Query, best: Evidence) -> bool:
    """True for "which X" (a kind whose names say it: a court, a university) whose sentence holds X only by a
    word standing for it ("prosecuting" for "court"): no thing of that kind is named there. (Every kind
    asked: SQuAD dev -3 answers, "what company" held by "businesses".)"""
    if not (m := _WHICH.search(question.text)) or m.group(1).lower() not in _NAMED_BY_KIND:
        return False
    noun = stem_words([m.group(1).lower()])[0]
    return 0 < query.match(noun, set(best.stems)) < 1


# "which music company ...", "what record label ...": the kind asked and the word telling which of them.
_KIND_OF = re.compile(
    r"\b(?:which|what)\s+(?:other\s+)?([a-z]{3,})\s+(?:company|companies|co|cos|firm|firms|label|labels|group|groups|outlet|outlets"
    r"|site|sites|publication|publications|organi[sz]ations?|team|teams|band|network|networks|brand|brands)\b",
    re.I,
)
_NAMED_WINDOW = 0.5  # how close to the best a sentence naming one by that word may be


def named_by_kind(question: Question, evidence: list[Evidence], proper: set[str] | None) -> tuple[Evidence, Span] | None:
    """For "which music company is pushing back on ai": a near-best sentence naming one with the word that
    tells which ("Universal Music Group spoke out ..."), over a better one naming only others."""
    if question.kind not in ("who", "which", "what") or not (m := _KIND_OF.search(question.text)):
        return None
    said = m.group(1).lower()
    if said in STOPWORDS:
        return None
    for e in near_top(evidence, _NAMED_WINDOW):
        for n in names(e.sentence.text, proper):
            if said in n.text.lower().split():
                return e, n
    return None


# "what twitter data specifically ...", "what kind of data ...": a kind of thing asked, which its examples tell.
_WHAT_KIND = re.compile(
    r"\bwhat\s+(?:(?:kind|type|sort)s?\s+(?:of\s+)?((?:[a-z]+\s+)?[a-z]{3,})\b"  # "what kind of data did ...", "what kind twitter data"
    r"|(?:(?:kind|type|sort)s?\s+of\s+)?((?:[a-z]+\s+)?[a-z]{3,})\b(?=.*\b(?:kind|type|sort|specific\w*|exactly)\b))",
    re.I,
)
_EXAMPLE_WINDOW = 0.75


def asks_kind(kind: str, text: str) -> str | None:
    """For "what twitter data specifically ...", "what kind of data exactly ..." (`text`, as typed): the thing
    whose examples are asked ("data"), else None."""
    m = _WHAT_KIND.search(text) if kind == "what" else None
    said = [w for w in (m.group(1) or m.group(2)).lower().split() if w not in STOPWORDS] if m else []
    return said[-1] if said else None


def exemplified(question: Question, text: str, evidence: list[Evidence]) -> tuple[Evidence, None] | None:
    """For "what twitter data specifically did msft train on" (`text`, as typed: "exactly" and "specifically"
    are gone from the question's own): a near-best sentence giving examples of the thing asked ("Twitter's
    data, such as users' tweets"), among the twelve best (examples are often said apart from the words asked)."""
    if (thing := asks_kind(question.kind, text)) is None:
        return None
    example = re.compile(rf"\b{re.escape(thing)}\w*,?\s+(?:such as|like|including|e\.g\.)\s", re.I)
    return next(((e, None) for e in near_top(evidence, _EXAMPLE_WINDOW, most=12) if example.search(e.sentence.text)), None)
