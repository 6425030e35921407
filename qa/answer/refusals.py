"""When the best sentence found still does not answer: the checks that refuse an answer whatever its
confidence ("how much did microsoft pay twitter?" answered from a sentence about OpenAI)."""

from __future__ import annotations

import re

from qa.answer.abbreviations import asks_expansion, expansion
from qa.answer.clauses import dated_in_another_clause, ended_not_started, told_from_then, unsettled
from qa.answer.defaults import tells_default, undefaulted
from qa.answer.doers import eventless, makerless, other_subject, strangers
from qa.answer.events import (
    ASKS_DATE,
    akin,
    asked_verb,
    denied_event,
    hedged_event,
    other_object,
    swapped,
    swapped_target,
    undated_event,
)
from qa.answer.naming import kind_by_another_word, nameless_thing, possession_untold, set_aside_only, unnamed
from qa.answer.particles import particle_dropped
from qa.answer.phrases import ends_phrase
from qa.answer.places import unplaced
from qa.answer.polarity import corrected, corrects_last, doubted, kept_on, unsure
from qa.answer.quoting import THAT_IS
from qa.answer.reasons import deedless_why, said_aside
from qa.answer.roles import role_missing
from qa.answer.spans import Span
from qa.answer.speakers import replied_to_instead, said_by_another
from qa.answer.unheard import (
    noun_untold,
    rare_untold,
    unheard_act,
    unheard_asked,
    unheard_deed,
    unheard_doer,
    unheard_object,
)
from qa.answer.values import counts_another, opposite_kind, other_rate
from qa.answer.versions import unversioned
from qa.patterns import ASKER_DOES, ASKS_CLOCK, CLOCK, TIME_OF_DAY, WEEKDAY
from qa.question.kinds import Question
from qa.question.meta import DOC_WORDS
from qa.question.query import Query
from qa.question.spell import RARE_IN_ENGLISH, english_frequency
from qa.question.wordings import spelt_amounts
from qa.search.retrieve import Evidence
from qa.text import STOPWORDS, stem_words, words

# Kinds whose answer is a value: a date or amount with figures beats a vague one ("today").
MUST_HAVE_SPAN = frozenset({"when", "year", "how_much", "how_many"})
# Kinds whose answer is about the names the question asks with ("_nameless").
_NAMED_KINDS = MUST_HAVE_SPAN | {"who", "which", "where", "what", "why"}
_HOW_MANY = re.compile(r"\bhow many (\w+)", re.I)
_HOW_MANY_HEAD = re.compile(r"\bhow many (?:\w+ ){0,2}?(\w+) (?:does|do|did|is|are|was|were|has|have|had|will|would|can)\b", re.I)
# A sum of money: a currency sign, or dollars, euros, yen or cents within three words ("billions of dollars").
_MONEY = re.compile(r"[$€£¥]|\S*(?:\s+\S+){0,3}?\s+(?:of\s+)?(?:us\s+)?(?:dollars?|euros?|yen|cents?)\b", re.I)
_MONEY_WORD = re.compile(r"(?:dollar|euro|yen|cent)s?")
# What any amount measures: "how much money": "$10 billion".
_MEASURE_FREE = frozenset({"money", "cash", "time"})
# "does it support XSLT 2.0?": a version a yes/no question names, which its sentence must name too.
_VERSION = re.compile(r"\b\d+\.\d+(?:\.\d+)*\b")
_VAGUE = frozenset({"several", "many", "some", "few", "a few", "various", "numerous", "multiple", "countless"})


def unanswered(
    question: Question,
    query: Query,
    best: Evidence,
    matched: Evidence,
    span: Span | None,
    proper: set[str] | None,
    cited: list[Evidence] = (),
    document: str = "",
) -> bool:
    """True when `best` does not answer `question`, however sure: `matched` is the sentence the question
    matched (an FAQ's question, when `best` is its reply), `span` the value found for it, if any, `cited`
    every sentence the answer quotes, `document` the text of the best one's document."""
    if doubted(question) and unsure(best.sentence.text):
        return False  # "legit or just trolling?": "remains to be seen" answers it, trolling unheard of or not
    # "did musk quit openai's board in 2019?": "... quitting its board in 2018" answers no
    fixed = corrected(question.text, best.sentence.text) if question.kind == "yes_no" else frozenset()
    # "is getty suing openai?": "Getty Images is prosecuting Stable Diffusion" answers no, as "in 2019?" is
    renamed = swapped_target(question, query, best, proper, doer=question.kind == "yes_no")
    fixed |= {query.surface.get(renamed, renamed)} if renamed and question.kind == "yes_no" else set()
    verb = asked_verb(question, query, proper)  # the event a when- or yes/no question asks of
    verb, whether = ("", verb) if question.kind == "yes_no" else (verb, "")
    return (
        (question.kind in MUST_HAVE_SPAN and span is None and not tells_default(question, query, best))  # a date or amount asked, none stated (a default may be in words)
        or (question.kind == "yes_no" and not span and not _names_all(matched, query, proper, fixed))  # "did musk sue google?"
        or (question.kind == "yes_no" and any(v not in matched.sentence.text for v in _VERSION.findall(question.text)))
        or said_by_another(question.text, best.sentence.text, query, proper)  # "what did linkedin say?": another said it
        or replied_to_instead(question.text, best.sentence.text, proper)  # "did microsoft respond?": "... a reply to Microsoft ..."
        or kind_by_another_word(question, query, best)  # "which court did getty file in": "prosecuting" names none
        or role_missing(question.text, best.sentence.text, proper, query.subjects)  # "who's the ceo of openai?": no ceo named
        or (any(query.unheard(w, t) for t, w in query.surface.items() if _figure(w, question.text)) and not fixed and not ASKER_DOES.match(question.text))  # "in 2019", "$1 billion"; "how do i skip 301s": the asker's
        or unheard_asked(question, query)  # "how many locomotives ...?" where no text names one
        or _miscounted(question, query, best, span)  # "how many tweets ...?": "several companies ..."
        or _unmeasured(question, query, best, span) or other_rate(question, best, span) or counts_another(question, query, span) or opposite_kind(query, best)  # "how much revenue / per year ...?"
        or _unclocked(question, best) or deedless_why(question, query, best, proper)  # "what time did ...": no time; "why did musk sue google over bard"
        or _undated(question, span)  # "the exact date in march ...": "at the beginning of March"
        or undefaulted(question, query, best, cited)  # "what's the default timeout ...": no timeout in it
        or unversioned(question, best)  # "what python version is required?": no version named
        or (unheard_object(question, query) and not (fixed and corrects_last(query, fixed)))  # "does pebblejar support encryption?": no text says "encryption"
        or rare_untold(question, query, best, document) or noun_untold(question, query, best, document)  # "which strace flag prints json?": "json" is not near the sentence
        or unheard_doer(question, query, proper or set())  # "did apple also drop twitter?": no text names Apple
        or unheard_deed(question, query)  # "who replaced musk on the board?": nothing is replaced
        or unheard_act(question, query, proper or set())  # "why did microsoft buy reddit?": nothing is bought
        or strangers(question, query, [matched, *cited])  # "which law firm is twitter using": "Universal Music Group ..."
        or unsettled(question, best)  # "which court ...?": "We'll have to see if they end up in court"
        or denied_event(question, query, best)  # "which court did musk file the suit in?": "no lawsuits have been filed"
        or _other_kind(question, query, best)  # "the basic api tier": "the Enterprise Tier API"
        or _other_term(question, best)  # "what is a green status?" answered by "Amber status: ..."
        or makerless(question, best)  # "who created quillmark?" answered by "quillmark new mysite creates ..."
        or other_object(question, query, best)  # "when was microsoft founded?": "... to form OpenAI in 2015"
        or (renamed and question.kind != "yes_no")  # "why did musk sue google?": "... to sue Microsoft"
        or swapped(question, query, best, proper, document)  # "when did microsoft sue twitter?": Twitter threatened Microsoft
        or other_subject(question, query, best, proper)  # "how much did musk invest?": "Microsoft invested $10 billion"
        or eventless(question, query, best)  # "who founded reddit?": "Reddit ... would begin to charge ..."
        or ended_not_started(question, best, query)  # "when did microsoft first add twitter?": "... cease supporting Twitter"
        or undated_event(verb, query)  # "when was chatgpt released?": nothing is released
        or hedged_event(verb, question, best)  # "when did musk sue microsoft?": "... threatened to sue ..."
        or told_from_then(question, best, span)  # "... before all this": "Twitter would start charging ..."
        or dated_in_another_clause(question, query, best, span)  # "In 2020, they disagreed ..., and Musk has accused ..."
        or _also_untold(whether, question, query, best, proper)  # "did musk threaten to sue google too?": no threat in it
        or particle_dropped(verb or whether, question, best)  # "when did elon take over twitter?": "took to Twitter"
        or (question.kind != "yes_no" and kept_on(question.text, best.sentence.text))  # "why was linkedin dropped?": it goes on
        or nameless_thing(question, query, best)  # "the name of microsoft's ai chip": "... their in-house AI projects"
        or unnamed(question, best, [t for t, w in query.terms.items() if w < 1], cited)  # "the name of the data set": "OpenAI using a specific data set, that ..."
        or possession_untold(question, query, best, proper)  # "did microsoft's stock drop?": no stock told of
        or set_aside_only(question, query, best, proper)  # "who else co-founded openai alongside musk": "Musk was a co-founder"
        or _nameless(question, query, best)  # "how much did microsoft pay twitter?": Twitter is not in it
        or (question.kind == "why" and said_aside(best.sentence.text, query))  # "(though he left)"
        or unplaced(question, [best, *cited])  # "where's x.ai based?", "where's the config file?": no place, no path
        or _unstaked(question, best)  # "what stake did that get them?": "Microsoft invested $10 billion in OpenAI"
        or ((short := asks_expansion(question.text)) is not None and not expansion(best.sentence.text, short))
    )


# "its first $1 billion", "10,000 gpus": a figure naming an amount, not a small count ("lists 4 things").
_AMOUNT = re.compile(r"\$\s?(\d+)|\b(\d+)\s*(?:billion|million|thousand|bn|k)\b", re.I)
_COMPARED = r"\b(?:(?:more|less|fewer|greater|higher|lower)\s+than|over|under|above|below)"


def _figure(word: str, question: str) -> bool:
    """True for a word of the question that is a figure of two digits or more, or an amount ("$1 billion"), not
    in a clause before it that sets the time ("after musk cofounded openai in 2016, he said twitter would ..."),
    nor a bound guessed ("was it more than 200k?"), nor half of one figure spaced ("189 863")."""
    said = re.compile(rf"\b{re.escape(word)}\b")
    if (m := _TIME_CLAUSE.match(question)) and said.search(m.group()) and not said.search(question[m.end() :]):
        return False
    if not word.isdigit() or re.search(rf"\d\s+{word}\b|\b{word}\s+\d{{3}}\b|{_COMPARED}\W*{word}", spelt_amounts(question)):
        return False
    return len(word) >= 2 or any(word in m.groups() for m in _AMOUNT.finditer(question))


_TIME_CLAUSE = re.compile(r"^\W*(?:after|before|since|once|when|while)\b[^,?]{3,80},\s*(?=\w)", re.I)
_ALSO = re.compile(r"\b(?:too|also|as well|either)\b", re.I)
# "... or does it make its own", "... thru the tunnel or only tcp", "... xml too or is it yaml only": which one asked
_EITHER = re.compile(r"\bor\s+(?:does|do|did|is|are|was|were|has|have|will|can)\s|\bor\s+(?:just|only)\b|\bor\b[^?]*\bonly\W*$", re.I)


def _also_untold(verb: str, question: Question, query: Query, best: Evidence, proper: set[str] | None) -> bool:
    """True for a yes/no question asking whether a deed told of one goes for another too ("did musk threaten
    to sue google over bard too?") when the sentence has no word for the deed, whatever its title tells; for
    another question, when it lacks a name asked ("when did google say it would also drop twitter")."""
    also = _ALSO.search(question.text) or _ALSO.search(query.text)  # a trailing "too" is read away from the question
    either = _EITHER.search(question.text)  # "does it just use X or does it make its own too": the other one asked
    if also and question.kind != "yes_no":
        return not _names_all(best, query, proper)
    if not verb or not also or either or query.match(stem_words([verb])[0], set(best.stems)):
        return False
    # "does msft use those too?": "... GPUs, which Microsoft is finding an alternative to" tells what it does instead
    asked = [w for t, w in query.surface.items() if query.terms.get(t, 0) >= 1 and t != stem_words([verb])[0]]
    return not any(re.search(rf"\b{re.escape(w)}\w*\s+(?:is|are|was|were|has|have|had)\b", best.sentence.text, re.I) for w in asked)


def _miscounted(question: Question, query: Query, best: Evidence, span: Span | None) -> bool:
    """True for "how many X" answered only by a vague count of something else ("several companies") in
    a sentence that never names X: the count asked is not stated."""
    m = _HOW_MANY_HEAD.search(question.text) or _HOW_MANY.search(question.text)  # "how many monthly users does"
    if not m or span is None:
        return False
    noun = stem_words([m.group(1).lower()])[0]
    if span.start == 0 and _RELEASE_HEAD.match(best.sentence.text):
        return True  # "how many lines ...": "0.22 Added key binding ...", a changelog's release, no count
    if _MONEY.match(best.sentence.text[max(0, span.start - 1) :]) and not _MONEY_WORD.fullmatch(noun):
        return True  # "how many users": "billions of dollars" counts money
    own = set(best.stems)
    if query.match(noun, own) == 1 or akin(noun, own):
        return False
    # "how many users": "two months after", a count of time; "several companies", a vague one
    counted = re.match(r"\s+([a-z]+)", best.sentence.text[span.end :]) if span.text[-1:].isalnum() else None
    return span.text.lower() in _VAGUE or (counted is not None and stem_words([counted.group(1)])[0] in _TIME_UNITS and noun not in _TIME_UNITS)


_RELEASE_HEAD = re.compile(r"v?\d+\.\d+(?:\.\d+)*\s+[A-Z]")
_TIME_UNITS = frozenset(stem_words("second minute hour day night week month year decade century centuries".split()))
# "how much revenue did ...": the noun before the verb is what is measured ("how much dose it cost": a slip).
_HOW_MUCH = re.compile(
    r"\bhow much (?:\w+ )?(?:in |of |for )?(\w+) (?:did|does|do|was|is|were|are|will|would|has|have|had|can|could)\b"
    r"|\bwhat(?:'s|’s| is| was) (?:the )?[\w.-]+(?:'s|’s) (valuation|revenue|profit)\b|\bhow (?:big|large|high) (?:of )?an? (\w+)\b", re.I
)  # "what was openai's valuation", "how big a stake does that get them"


def _unmeasured(question: Question, query: Query, best: Evidence, span: Span | None) -> bool:
    """True for "how much X" (revenue, equity) answered by a sum of money in a sentence that, with the one
    before it and its headings, never names X or a word standing for it: the sum is of something else."""
    m = _HOW_MUCH.search(question.text)
    if not m or span is None or (not any(_MONEY.match(best.sentence.text[i:]) for i in {span.start, max(0, span.start - 1)}) and not _MONEY.search(span.text)):  # "$10 billion"
        return False
    noun = stem_words([next(g for g in m.groups() if g).lower()])[0]
    if noun not in query.terms or _MONEY_WORD.fullmatch(noun) or noun in _MEASURE_FREE:
        return False
    return not best.holds(noun, query) and not akin(noun, best.around)


# "what stake did microsoft's investment buy": a part owned, which a sentence must tell as one ("a 49% stake"). (With
# "percentage", "portion" too: SQuAD dev -4 answers, "what portion of ...": "half", "one-fifth".)
_ASKS_SHARE = re.compile(r"\b(?:what|which|how (?:big|large|much))\s+(?:\w+\s+)?(stake|equity|ownership)s?\b", re.I)


def _unstaked(question: Question, best: Evidence) -> bool:
    """True for a question asking a part owned whose sentence tells none (no such word, no percentage)."""
    m = _ASKS_SHARE.search(question.text)
    return bool(m) and not re.search(rf"%|\bper ?cent|\b{m[1][:5]}", best.sentence.text, re.I)


def _unclocked(question: Question, best: Evidence) -> bool:
    """True for "(at) what time did ..." when the sentence tells no time of day (SQuAD dev: both such
    questions, "at what time did Martin Luther die?", have one: "2:45 a.m.")."""
    text = best.sentence.text
    return bool(ASKS_CLOCK.search(question.text)) and not (CLOCK.search(text) or TIME_OF_DAY.search(text))


_DAY = re.compile(rf"\d|{WEEKDAY.pattern}", re.I)


def _undated(question: Question, span: Span | None) -> bool:
    """True for "what's the exact date ..." answered by a span naming no day ("the beginning of March")."""
    return span is not None and bool(ASKS_DATE.search(question.text)) and not _DAY.search(span.text)


# "what is a green status?", "what does amber status mean?": the kind of thing a glossary defines.
_ASKS_TERM = re.compile(r"\bwhat(?:'s|s| is| are| does| do)\s+(?:an?\s+|the\s+)?(\w+)\s+(\w+?)s?(?:\s+mean)?\W*$", re.I)
_DEFINED = re.compile(r"^([A-Z][\w -]{0,40}?):\s")  # "Amber status: A sailing at risk ..."


def _other_term(question: Question, best: Evidence) -> bool:
    """True when a glossary's entry answers a question about another kind of the same thing: "what is a
    green status?" by "Amber status: A sailing at risk of disruption"."""
    asked, defined = _ASKS_TERM.search(question.text), _DEFINED.match(best.sentence.text)
    if not asked or not defined:
        return False
    term = [w.lower() for w in defined.group(1).split()]
    kind, noun = asked.group(1).lower(), asked.group(2).lower()
    return len(term) <= 4 and term[-1].rstrip("s") == noun.rstrip("s") and kind not in term


def _other_kind(question: Question, query: Query, best: Evidence) -> bool:
    """True when the question asks about a kind of a thing the corpus never names ("the basic tier") and
    the sentence names another kind of it ("the Enterprise Tier"): the answer is about that one."""
    said = ["", *words(question.text)]
    for before, kind, noun in zip(said, said[1:], said[2:], strict=False):  # "the more expensive plan" compares, names no kind
        if before not in ("more", "most", "less", "least") and noun not in STOPWORDS and not ends_phrase(noun) and query.unheard(kind) and not _superlative(kind) and (
            named := re.search(rf"(?<=\w\s)\b([A-Z][\w-]+)\s+(?i:{re.escape(noun)})s?\b", best.sentence.text)
        ):
            return named.group(1).lower() not in STOPWORDS
    return False


def _superlative(word: str) -> bool:
    """True for "cheapest", "largest", "biggest", "priciest": a comparison, no kind of the thing."""
    bases = [b for b in (word[:-3], word[:-4], f"{word[:-3]}e", f"{word[:-4]}y") if len(b) > 2 and b not in STOPWORDS]
    return word.endswith("est") and any(english_frequency(b) > max(RARE_IN_ENGLISH, english_frequency(word)) for b in bases)


def _nameless(question: Question, query: Query, best: Evidence) -> bool:
    """True when a sentence answering a what/who/which/where/when/how much/how many question holds
    not one of the names it asks about: not the sentence, the one before it, the title, nor a word
    sharing its first five letters or more ("German" for "Germany", "Masovia" for "Masovian").

    SQuAD dev: 93 near-topic questions more refused for 20 right answers lost; why/how questions
    traded 3 for 2 and are left out (their answer often names no one)."""
    if question.kind not in _NAMED_KINDS:
        return False
    # a letter typed may be a flag's ("-R"); one carried from the last turn is a name's ("x" of "X.AI")
    names = [t for t in query.subjects if len(t) > 1 or (t in query.terms and t not in query.surface)]
    missing = [t for t in names if not best.holds(t, query) and not akin(t, best.around)]
    # all carried ("whats it gonna be called" after turns naming musk, microsoft, twitter): "it" is one of them
    return bool(missing) and (any(t in query.surface for t in names) or len(missing) == len(names))


_OF_ARTICLE = re.compile(rf"\b([\w.]+)(?:['’]s)? (?={DOC_WORDS}\b)")


def _names_all(e: Evidence, query: Query, proper: set[str] | None, fixed: frozenset[str] = frozenset()) -> bool:
    """True when the sentence (or its title) holds every name of the question, typed with capitals or
    not: a yes/no question about Google is not answered by a sentence without it; nor one the sentence
    gives another of (`fixed`: "in march?" against "Earlier in February")."""
    said_of = set(_OF_ARTICLE.findall(query.text.lower())) | fixed  # "the dmc article": which article, no name asked of
    # "While that's small change for a company as big as Microsoft": "that" is the sentence before, its names too
    before = set(e.context) if THAT_IS.match(e.sentence.text) else set()
    return all(
        e.says(t, query) or query.match(t, before) > 0
        for t, w in query.surface.items()
        if (t in query.subjects or w in (proper or ())) and w not in said_of
    )

