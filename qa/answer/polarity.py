"""Yes or no: what a sentence says to a yes/no question, read from its negations and hedges."""

from __future__ import annotations

import re
from dataclasses import replace

from qa.answer.events import swapped_target
from qa.answer.figures import values_of
from qa.answer.spans import Span
from qa.patterns import MENTIONING, lazy_pattern
from qa.question.frames import plain_verbs
from qa.question.kinds import Question
from qa.question.query import Query
from qa.question.relatives import ANTONYMS
from qa.question.synonyms import group
from qa.search.retrieve import Evidence
from qa.text import STOPWORDS, normalize, stem_words, words

_NEGATION = re.compile(
    r"\b(?:no|not|never|none|nobody|nothing|neither|nor|refused|without)\b|n't\b|\bno longer\b", re.I
)
_VERB_NEGATION = re.compile(
    r"not|never|cannot|cant|wont|(?:is|are|was|were|do|does|did|has|have|had|could|would|should|must|need)nt", re.I
)
_HEDGED = lazy_pattern(r"\b(?:threaten\w*|plan\w*|intends?|hopes?|wants?) to\b|\b(?:may|might|could|reportedly)\b", re.I)
# What someone claims is no fact: "Musk accused Microsoft of training illegally" is no "yes, it broke the law".
_CLAIMED = re.compile(r"(?:accus|alleg|claim)\w*", re.I)
# "is 42k a month a lot for msft", "is it a big deal": a size or weight asked of, which a judging sentence gives.
WEIGHS = re.compile(r"\b(?:a\s+(?:big|huge|major)\s+deal|a\s+lot|that\s+much)\b", re.I)
# "small change for a company as big as Microsoft", "a hefty sum for a startup": a size judged for someone.
_JUDGED = re.compile(r"\b(?:small|tiny|modest|little|big|huge|large|hefty|steep|significant|substantial|cheap|expensive)\b(?:\s+[\w-]+)?(?=\s+for\b)", re.I)


def judged(query: Query, evidence: list[Evidence], proper: set[str] | None) -> tuple[Evidence, Span] | None:
    """For "is 42k-210k a month a lot for msft": a sentence near the best judging a size for someone ("While
    that's small change for a company as big as Microsoft, ..."), it or the one before holding every name asked."""
    if not WEIGHS.search(query.text):
        return None
    names = [t for t, w in query.surface.items() if t in query.subjects or w in (proper or ())]  # "google's size": Google
    for e in evidence[:10]:
        if (m := _JUDGED.search(e.sentence.text)) and all(e.holds(t, query) for t in names):
            return e, Span(m.group(0), m.start(), m.end())  # "small change": the judgement is the answer's value
    return None


# "musk actually gonna sue or just trolling?", "is the threat legit and not just drama": whether it is real,
# which a text not knowing yet says so ("Whether this is a legitimate threat ..., remains to be seen").
_DOUBTED = re.compile(
    r"\b(?:legit(?:imate)?|serious|real|actually|really|gonna|going to)\b[^?]{0,60}?\b(?:or|and not|not)\b(?:\s+[\w'’]+){0,3}?\s+(?:just|drama|trolling|talk|bluff\w*)\b"
    r"|\b(?:is|are|was)\s+(?:[\w'’-]+\s+){0,3}?(?:a |an )?(?:real|legit|legitimate|serious|final|settled)\b",  # "is this a real threat"
    re.I,
)
_TENTATIVE = re.compile(r"\b(?:possibly|tentatively|reportedly)\b", re.I)  # "possibly called TruthGPT": not settled
DOUBT_WORDS = frozenset("unclear remains seen early".split())  # what such a sentence is found by, besides the words asked


def doubted(question: Question) -> bool:
    """True for a question asking whether a thing is real or will happen, or is only talk (not "when was realy
    japan accepted ...", a slip read as "real")."""
    return (question.kind in ("yes_no", "what") and bool(_DOUBTED.search(question.text))) or bool(_KNOWS.match(question.text))


# "does bgr know which microsoft ai product musk means": whether a source knows, whatever is asked after
_KNOWS = re.compile(r"^\W*(?:(?:does|do|did) )?(?:the |an? )?[\w.'’-]+(?: [\w.'’-]+)? knows? (?:which|what|who|whether|if)\b", re.I)


def unsure(sentence: str) -> re.Match[str] | None:
    """Where `sentence` says a thing is not known or not settled yet ("remains to be seen", "possibly called")."""
    return UNCERTAIN.search(sentence) or _TENTATIVE.search(sentence)


def unsettled(question: Question, query: Query, evidence: list[Evidence]) -> tuple[Evidence, Span] | None:
    """For "is musk actually gonna sue or just trolling?": a sentence near the top saying it is not known yet
    ("It's too early to say if Twitter's CEO will follow through on his threat to sue Microsoft") that holds a
    word asked, with the words saying so as its value."""
    if not doubted(question):
        return None
    for e in evidence[:15]:
        if (m := unsure(e.sentence.text)) and any(e.holds(t, query) for t in query.terms):
            return e, Span(m.group(0), m.start(), m.end())  # "remains to be seen": the answer's value
    return None


# Verbs of holding a view, which a writer's own sentence holds without saying them ("does the bgr writer
# think ...", "dt reckons ..."): the view is asked, no thing the text must name.
OPINING = frozenset({"think", "believe", "feel", "consider", "agree", "argue", "say", "claim", "find", "reckon", "predict", "expect"})
UNCERTAIN = re.compile(
    r"\b(?:unclear|remains to be seen|too early to say|not clear|uncertain|(?:we'll|we will) have to see)\b", re.I
)
# Verbs that say something stops: "dropping support for Twitter" says no to "still supporting Twitter?",
# and "no longer using customer data" yes to "did it stop using customer data?".
# Its words in a hyphenated compound ("cutting-edge", "end-to-end") are joined to it first: no verbs.
_STOPS = re.compile(
    r"\b(?:stop|stopp|ceas|end|drop|remov|abandon|quit|halt|cut|cancel|cancell)(?:s|e|es|ed|ing|ped|ping|ted|ting|ment|al|ation)?\b", re.I
)
_PREPOSITIONS = frozenset("for of about after before since by from on in with without".split())
_USED_TO = re.compile(r"\bus(?:e|ed) to\b", re.I)
_COMPOUND = re.compile(r"(?<=\w)-(?=\w)")
_CLAUSE = re.compile(r"[;:.!?]|\s[-–—]\s|,\s*(?:but|while|though|although|whereas)\b|\bbut\b", re.I)
_OPPOSING = ("un", "non", "in", "im", "ir", "il", "dis")


# "does the bgr article mention copyright?", "does it bring up getty?": whether a text names something.
_ASKS_MENTION = re.compile(
    r"^\W*(?:and |so |but )?(?:does|did|do) (?:it|that one|this one|they|(?:the|that|this) (?:[\w.&'-]+ ){0,2}?(?:article|story|piece|report|one))"
    r"\s+(?:even |also |ever )?(?:" + MENTIONING + r"|name)\b",
    re.I,
)


def yes_or_no(question: str, sentence: str) -> str:
    """The lead a yes/no answer puts before its sentence: "Yes.", "No.", "It is not clear." or "" (the
    sentence says it itself, or hedges: "threatened to sue" is no "yes, suing")."""
    sentence = normalize(sentence)
    if re.match(r"(?:yes|no)\b", sentence, re.I):
        return ""  # "No. Predictions can be wrong ..."
    if _ASKS_MENTION.match(normalize(question)):
        return "Yes."  # "does the bgr article mention copyright?": a sentence of it naming it says so, whatever it says
    if UNCERTAIN.search(_asked_clause(question, sentence)):
        return "It is not clear."
    if _NEGATION.search(normalize(question)):
        return ""  # "isn't it ...?": a yes or no would be read either way
    if _negated(question, sentence) or _opposite(question, sentence) or corrected(question, sentence) or kept_on(question, sentence):
        return "No."
    return "" if _hedged(question, sentence) else "Yes."


# What goes on: "will continue to be available", "continue to have the ability to manage content for ..."
# (not "continued until 1945", which tells its end).
_GOES_ON = re.compile(r"(?<![|/])\b(?:continu(?:e|es|ed|ing)|remain(?:s|ed|ing)?|still)\b(?!\s+(?:\w+\s+)?(?:until|till|through)\b)(?![|/])", re.I)
_NAME = re.compile(r"\b[A-Z][\w'’&.-]*[a-z][\w'’&.-]*\b")
_NAME_RUN = re.compile(rf"{_NAME.pattern}(?:\s+{_NAME.pattern})*")


def _asks_name(name: str, asked: set[str], question: str) -> bool:
    """Whether a question names a name: a word of its own, a name of several words whole ("advertising platform"
    does not name "Microsoft Advertising")."""
    if " " not in name:
        return name.lower() in asked
    return re.search(rf"\b{re.escape(normalize(name).lower())}\b", question.lower()) is not None


def kept_on(question: str, sentence: str) -> bool:
    """True when the question asks of something stopping ("did microsoft drop linkedin", "when was facebook
    removed from ...") and each clause of the sentence naming one of its names says it goes on, none that it
    stops ("... firms using Microsoft Advertising will continue to ... manage content for Facebook, Instagram,
    and LinkedIn"): the premise is false."""
    question, sentence = normalize(question), normalize(sentence)
    if not _STOPS.search(question) or _USED_TO.search(question):
        return False
    asked = set(words(question))
    clauses = _CLAUSE.split(_COMPOUND.sub("", sentence))
    for name in {n for n in _NAME_RUN.findall(sentence) if _asks_name(n, asked, question)}:
        holding = [c for c in clauses if re.search(rf"\b{re.escape(name)}\b", c)]
        if holding and all(_GOES_ON.search(c) and not _STOPS.search(c) for c in holding):
            return True
    return False


def stopped_for(question: str, sentence: str, span: str) -> bool:
    """True when the question asks what goes on ("which networks will the tool keep supporting?") and the
    clause of the sentence naming `span` says it stops ("... to cease supporting Twitter ..."), none that it goes on."""
    if not _KEEPS.search(question) or _STOPS.search(question):
        return False
    clause = next((c for c in _CLAUSE.split(_COMPOUND.sub("", normalize(sentence))) if span in c), "")
    return bool(_STOPS.search(clause)) and not _GOES_ON.search(clause)


_KEEPS = re.compile(r"\b(?:keep|keeps|kept|continu(?:e|es|ed|ing)|still|remain(?:s|ed|ing)?|stay(?:s|ed|ing)?)\b", re.I)


def _asked_clause(question: str, sentence: str) -> str:
    """Of "X is unclear, but Y", the side holding more of the question's words (the sentence when one)."""
    asked = set(stem_words(words(question))) - STOPWORDS
    sides = re.split(r",? but ", sentence)
    return max(sides, key=lambda side: len(asked & set(stem_words(words(side))))) if len(sides) > 1 else sentence


_ABOUT_AS_WELL = 0.8  # of the best sentence's share of the question's words


def giving_value(question: str, evidence: list[Evidence]) -> Evidence | None:
    """For a yes/no question naming a value ("... on april 28 right?"), the first sentence that gives it or
    another of its sort ("starting April 25"), when the best one gives none; else None."""
    asked = [set(v.values()) for v in values_of(question)]
    if not any(asked) or not evidence or corrected(question, evidence[0].sentence.text):
        return None
    for e in (e for e in evidence if e.matched >= _ABOUT_AS_WELL * evidence[0].matched):  # about the same thing
        told = values_of(e.sentence.text)
        if any(a & set(t.values()) for a, t in zip(asked, told, strict=True)) or corrected(question, e.sentence.text):
            return None if e is evidence[0] else e
    return None


def corrected(question: str, sentence: str) -> frozenset[str]:
    """The values a yes/no question names (a year, a month, an amount) that the sentence gives another of
    the same sort for, in the question's words: "did musk quit openai's board in 2019?" against "... before
    quitting its board in 2018", "... in march?" against "Earlier in February, ...", "200k a month" against
    "$42,000 all the way up to $210,000"."""
    found: set[str] = set()
    for asked, told in zip(values_of(question), values_of(sentence), strict=True):
        wrong = {w for w, v in asked.items() if v not in told.values()}
        others = set(told.values()) - set(asked.values())
        if wrong and others and all(_near(asked[w], others) for w in wrong):
            found |= wrong
    return frozenset(found)


def _near(value: object, others: set[object]) -> bool:
    """True when an amount has another within ten times of it ("$120k" and "$210,000"; not "44 billion" and
    "$42,000": another thing's price), or a thousand times it ("$42" typed for "$42,000"); any other value is near
    any other of its sort."""
    return not isinstance(value, float) or any(isinstance(o, float) and (value / 10 <= o <= value * 10 or o == value * 1000) for o in others)


def _hedged(question: str, sentence: str) -> bool:
    """True when the sentence hedges what it says, by a word the question does not ask with ("did musk
    threaten to sue?" is answered yes by "Musk threatened to sue", "will musk sue?" is not), or claims
    what the question asks, in a clause of the sentence ("Getty is suing Stable Diffusion for allegedly
    stealing" says yes to "is getty suing?", "Musk accused Gates of shorting" no yes to "did gates short?")."""
    asked = {w[:5] for w in words(question) if len(w) > 2 and w not in STOPWORDS}
    if any(m.group(0).split()[0][:5].lower() not in asked for m in _HEDGED.finditer(sentence)):
        return True
    for clause in _CLAUSE.split(sentence):
        said = words(clause)
        claims = [i for i, w in enumerate(said) if _CLAIMED.fullmatch(w) and w[:5] not in asked]
        if claims and any(w[:5] in asked for w in said[claims[0] + 1 :]):
            return True
    return False


def _negated(question: str, sentence: str) -> bool:
    """True when a negation stands before one of the question's words in the same clause of the sentence
    ("they've refused to pay"; not "... on the way without compensation", after them); a verb of stopping
    negates unless the question asks about stopping, which a negation then confirms."""
    typed = words(question)
    own = [w for w in typed if len(w) > 2 and w not in STOPWORDS and not _STOPS.fullmatch(w)]
    # a word standing for one asked counts as it: "no explanation" says no to "did they give any reason?"
    asked = {w[:5] for w in own} | {g[:5] for g in _group_of(own) if len(g) > 2}
    # "did the api use to be free?": what no longer holds did once
    # ("did they give a reason for dropping it?" asks no stopping: its verb stands after a preposition)
    stopping = any(
        _STOPS.fullmatch(w) and (i == 0 or typed[i - 1] not in _PREPOSITIONS) for i, w in enumerate(typed)
    ) or bool(_USED_TO.search(question))
    for clause in _CLAUSE.split(_COMPOUND.sub("", sentence)):
        said = words(clause)
        for part in (words(p) for p in clause.split(", ")):  # "... about to remove Twitter from its ad platform, Twitter
            negations = [i for i, w in enumerate(part) if _NEGATION.fullmatch(w) or (not stopping and _STOPS.fullmatch(w))]
            if negations and any(w[:5] in asked or stem_words([w])[0][:5] in asked for w in part[negations[0] + 1 :]):  # CEO Elon Musk fired back ...": no
                return not stopping
        # A negated verb says no of what stands before it too: "Windows is not supported yet".
        if any(_VERB_NEGATION.fullmatch(w) for w in said) and any(w[:5] in asked for w in said):
            return not stopping
    return False


def _group_of(words_: list[str]) -> set[str]:
    """The stems of the synonym groups of `words_`."""
    return {g for w in words_ for g in group(w)}


def _opposite(question: str, sentence: str) -> bool:
    """True when the sentence says the opposite of a word asked, by its prefix ("is it stable?" -> "unstable")
    or by an antonym ("did he stay?" -> "he left")."""
    said = set(words(sentence))
    stems = set(stem_words(sorted(said)))
    return any(
        w not in said and (any(f"{p}{w}" in said for p in _OPPOSING) or not stems.isdisjoint(ANTONYMS.get(stem_words([w])[0], ())))
        for w in plain_verbs(words(question))  # "did he stick around": "stay"
        if len(w) >= 4 and w not in STOPWORDS
    )


def corrects_last(query: Query, fixed: frozenset[str]) -> bool:
    """True when the last word a yes/no question asks of is in a value the sentence corrects ("... in 2019?", "... on
    a monday?"): no thing the text must name."""
    last = list(query.surface.values())[-1]
    return last.isdigit() or any(last in words(f) for f in fixed)


# A claim's wrong name corrected: "getty images is suing midjourney, right?" where the corpus never names
# Midjourney but says "Getty Images is prosecuting Stable Diffusion" is answered no, with that sentence.
_NEAR = 3  # sentences near the top where the deed is looked for, done to another
CORRECTED = 0.6  # the confidence of such a no


def corrected_name(question: Question, query: Query, evidence: list[Evidence], proper: set[str] | None) -> Evidence | None:
    """For a yes/no claim whose one name the corpus never writes is acted on by the claim's verb, the sentence
    near the top where the same verb, done by another name of the claim, acts on another name: it answers no
    ("Getty Images is prosecuting Stable Diffusion" for "getty images is suing midjourney, right?"). None
    when the claim is no such yes/no question or no sentence near the top does that deed to another."""
    if question.kind != "yes_no" or len(query.unknown_names) != 1 or question.options:
        return None
    name = stem_words([query.unknown_names[0].lower()])[0]
    named = replace(query, subjects=query.subjects | {name})  # the name the verb acts on, never written
    return next((e for e in evidence[:_NEAR] if swapped_target(question, named, e, proper, doer=True) == name), None)
