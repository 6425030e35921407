"""Conversations: follow-up questions are read in the light of the turns before them.

The rule: a question that leans on earlier turns (a pronoun such as "they" or "it" and no
name of its own, an opening "and" or "what about", or no content word at all) gets the topic words of the
last turn (answered or not: its question still says the topic) added to its query at half weight. A follow-up that names a new subject
("And what about Getty Images?") keeps the earlier question's frame ("charging", "data")
but not its subject.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from typing import Protocol

from qa.answer.abbreviations import asks_expansion
from qa.answer.page import PICTURE_WORD
from qa.cache import Lru
from qa.models import Citation
from qa.patterns import CALENDAR, DOTTED_NAME
from qa.question.asides import before_remark
from qa.question.capitals import proper_names
from qa.question.kinds import FILLER, SAYS_WHO
from qa.question.scenes import named_again, split_ask
from qa.text import STOPWORDS, normalize, words

_LEANS = re.compile(
    r"\b(?:it|its|they|them|their|theirs|he|him|his|she|her|hers|that|this|those|these|there|then|such|the same|else|one|ones|the others?)\b",
    re.I,
)
# "to train what?", "for whom?", "with which tool?": a fragment that ends the last question's sentence.
_FRAGMENT = re.compile(
    r"^\W*(?:to|for|from|with|by|about|against|into|in|on|at|of)\b(?:\s+[\w'’-]+){0,2}?\s+"
    r"(?:what|who|whom|which|where|when|how)\b(?:\s+(?!(?:is|are|was|were|did|does|do|has|have|had|can|will|would)\b)"
    r"[\w'’-]+){0,4}\W*$",  # "for what kind of ai tool?"
    re.I,
)
# "over twitter data right?", "about the api fees?": a phrase that ends the last question's sentence, no verb of its own
_PHRASE = re.compile(
    r"^\W*(?:over|about|for|with|from|against|because of|due to|regarding|via|after|before|since)\s+"
    r"(?!(?:[\w'’-]+\s+)*?(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b)(?:[\w'’.-]+\W+){0,5}?[\w'’.-]+\W*$",
    re.I,
)
_WH_WORDS = r"what|whats|who|whos|whom|whose|when|where|which|why|how"
_WH = re.compile(rf"\b(?:{_WH_WORDS})\b", re.I)
_ASKS = re.compile(
    rf"^\W*(?:{_WH_WORDS}|is|are|was|were|do|does|did|can|could|will"
    r"|would|has|have|had|should)\b",
    re.I,
)
# Words that measure or time a thing without naming it: a question of them alone asks of the last one's thing.
_MEASURES = frozenset("much many per month months year years week weeks day days hour hours minute minutes time times".split())
_OPENS = re.compile(
    rf"^\s*(?:{FILLER}\b[\s,.!:;-]*)*(?:and|but|also|so|what about|how about|what of|and what about|and how about|same for|(?:(?:no|nah|sorry|oops|wait)\W+){0,2}i meant"
    r"|why (?:tho|though|then))\b",  # "why tho, whats the claim": why the last answer's is so
    re.I,
)
# "no wait i meant the musk thing, who's he threatening to sue": a correction asked anew; nothing of the last turn carries
_MEANT = re.compile(rf"^\W*(?:\w+\W+){{0,2}}i meant\b.*\b(?:{_WH_WORDS})\b", re.I)


@dataclass
class Turn:
    """One question and what came of it."""

    question: str
    topic: list[str]
    """content words the next turn may carry over"""
    names: list[str] = field(default_factory=list)
    """the subjects the question named"""
    answer: str = ""
    abstained: bool = False
    confidence: float = 0.0
    span: str | None = None
    """the answer's shortest form, for feedback's eval sets"""
    citations: list[Citation] = field(default_factory=list)
    """kept on the last few turns only"""


@dataclass
class Conversation:
    """A conversation's turns, most recent last."""

    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    turns: list[Turn] = field(default_factory=list)
    first_turn: int = 0
    """the number of `turns[0]`: turns dropped before it"""

    def context_for(self, question: str, own: list[str] | None = None) -> list[str]:
        """Return the words from earlier turns that `question` needs, or [] if it stands alone.

        `own`: the question's content words as the analysis read them (typos fixed, shorthand
        such as "tho" dropped); by default its words that are not function words.
        """
        last = self.turns[-1] if self.turns else None
        own = [w for w in words(question) if w not in STOPWORDS] if own is None else own
        # "From which day does that start? Maybe I mix it with another story, ... a date in May.": the remark after it names nothing asked
        question = before_remark(question)
        text = normalize(question)
        # "what's the company called" after "... musk is getting into ai with a new company": that company
        again = last is not None and named_again(question, last.topic)
        if last is None or not (again or leans_on_context(question, own)) or _MEANT.match(text) or _points_in(question):
            return []
        new_names = [n for n in proper_names(question) if n not in last.topic]
        if new_names or (_OPENS.match(text) and own and not _points_back(question)):
            # "so hes the one threatening msft?" after "Elon Musk.": "he" is the one the last answer named
            kept = set(words(last.span.lower())) if last.span and _HE.search(text) and _WHO.search(last.question) else set()
            return [w for w in last.topic if (w not in last.names or w in kept) and w not in own]
        return [w for w in last.topic if w not in own]

    def add(self, turn: Turn, keep: int = 20, cited: int = 5) -> int:
        """Record a turn, keeping the last `keep` (citations on the last `cited`); return its number (0: first)."""
        turns = [*self.turns, turn]
        self.first_turn += max(0, len(turns) - keep)
        old = len(turns) - cited
        self.turns = [replace(t, citations=[]) if n < old else t for n, t in enumerate(turns)][-keep:]
        return self.first_turn + len(self.turns) - 1

    @property
    def last_turn(self) -> int | None:
        """The number of the latest turn (0: the first answer), None before any."""
        return self.first_turn + len(self.turns) - 1 if self.turns else None


def _points_in(question: str) -> bool:
    """True for a message whose question only points at a thing its own first sentence names ("oh the api fees. how
    much are those"): it stands alone, whatever the last turn was about."""
    scene, ask = split_ask(question)
    return bool(scene) and bool(_THING_POINTED.search(ask)) and not _HE.search(question) and not re.search(r"\b(?:they|them|their)\b", question, re.I) and not [w for w in words(ask) if w not in STOPWORDS] and any(
        w not in STOPWORDS and not re.fullmatch(FILLER, w, re.I) for w in words(scene))


_THING_POINTED = re.compile(r"\b(?:it|that|this|those|these)\b", re.I)


def _points_back(question: str) -> bool:
    """True for a question whose pronoun stands for the last turn's subject ("and what stake did they get for
    that?"), not for a thing it names first ("and universal music? what'd they say", "and his new company?")."""
    first = question.split("?")[0]  # "and what they said exactly? something about the law i think": the remark after it
    return bool(_POINTING.search(question)) and not _NAMED_THEN_ASKED.match(question) and (not re.match(r"[^?]+\?\W*\w", question) or bool(_POINTING.search(first)))


_POINTING = re.compile(r"\b(?:it|they|them|he|him|she|that|this|those|these)\b", re.I)
_WHO = re.compile(r"\bwho(?:'s|’s|s| is| was)?\b", re.I)  # a person asked, whom "he" may stand for
_HE = re.compile(r"\b(?:he|hes|he's|him|his|she|shes|she's|her)\b", re.I)


def leans_on_context(question: str, own: list[str] | None = None) -> bool:
    """True for a question that cannot be understood without the turns before it.

    That is one that opens with "and", "what about"...; one with no content word ("Why?");
    or one with a pronoun ("they", "it") that names nothing itself, since in "Why is
    Microsoft dropping Twitter from its platform?" the "its" points inside the question.
    """
    text = normalize(question)
    own = [w for w in words(text) if w not in STOPWORDS] if own is None else own
    if _OPENS.match(text) or _FRAGMENT.match(text) or _PHRASE.match(text) or not own or SAYS_WHO.match(text):  # "says who?": who says what was just said
        return True
    if len(words(text)) <= 3 and not _ASKS.match(text):  # "per year?", "in 2018?": the last question, retold
        return True
    if _ASKS.match(text) and own and all(w in _MEASURES for w in own):  # "how much per month?": of the last one's thing
        return True
    return bool(_LEANS.search(text)) and not [n for n in proper_names(question) if not (len(n) <= 4 and n.upper() in question)]  # "who is its CEO?": a role


def make_turn(
    question: str,
    context: list[str],
    answer: str,
    abstained: bool,
    own: list[str] | None = None,
    subjects: list[str] | None = None,
    byline: bool = False,
    **outcome: object,
) -> Turn:
    """Return the turn to record: its topic is the question's content words plus what it carried.

    `own`: the question's content words as the analysis read them (typos fixed, shorthand dropped);
    by default its words that are not function words. `subjects`: those of them the documents write
    as names ("musk", "chatgpt" typed in lower case), its names as capitals mark them by default.
    `outcome` keeps what feedback on the answer needs: confidence, span, citations. `byline`: the short
    answer is an article's outlet or author ("Digital Trends" for "which article mentions bard?"): "it" in
    the next question is that article, which a sentence need not name: it is no word to carry.
    """
    own = [w for w in words(question) if w not in STOPWORDS] if own is None else own
    # The short answer is what "it" or "that" in the next question most often points to: "who created
    # ChatGPT?" "OpenAI." "when was it founded?" when the answer led with it or it is a name or a figure,
    # not a time; it goes as a name does when the next turn names another.
    span = outcome.get("span")
    # A statement ("reddit is charging for data too apparently") has no answer for "that" to point to: itself;
    # one asked back ("reddit is also charging for its data now?") only one it names itself.
    plain = not _ASKS.match(re.sub(rf"^\W*(?:{FILLER}\b\W*)+", "", question, flags=re.I))
    told = plain and ("?" not in question or (not _WH.search(question) and not set(words(str(span))) <= set(words(question))))
    kept = isinstance(span, str) and not abstained and not _timed(span) and not told
    kept = kept and (answer.startswith(span.rstrip(".")) or re.match(r"[A-Z0-9$£€]", span) is not None)
    answered = [w for w in words(span) if w not in STOPWORDS][:4] if kept and not byline else []
    dotted = [m[0].lower() for m in DOTTED_NAME.finditer(f"{question} {span if kept else ''}")]  # "X.AI" whole, not "x"
    topic = list(dict.fromkeys(dotted + own + answered + context))[:24]
    names = list(dict.fromkeys(dotted + proper_names(question) + list(subjects or ()) + answered))
    return Turn(question=question, topic=topic, names=names, answer=answer, abstained=abstained, **outcome)


_PERSONAL = re.compile(r"\b(?:(it|he|she|they|him|her|them|(?:that|this|the) (?:publication|site|website|outlet|paper|one))|(its|his|their))\b", re.I)
_A_NAME = re.compile(r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}")
_OWNED = re.compile(r"\b(?:owns?|owned|owner|parent|ceo|chief|founders?|founded|president|head|boss|runs?|based|headquartered)\b", re.I)


# "and reddit? are they doing smth similar": the thing named, then a question of it by a pronoun
_NAMED_THEN_ASKED = re.compile(
    r"^\W*(?P<open>(?:and )?(?:what|how) about|and)\s+(?P<thing>[^?]{1,40}?)\s*\?\s+"
    r"(?P<ask>(?:is|are|was|were|do|does|did|has|have|can|will|would)\b.*\b(?:it|they|he|she)\b.*)$",
    re.I,
)
# A sum asked for without a price's words ("how much is he askin for"), and a lawsuit told: damages asked.
_ASKS_FOR = re.compile(r"\bhow much\b(?:(?!\b(?:charg\w*|pric\w*|fees?|costs?|per|api|access|damages)\b).)*\b(?:ask|want|seek|demand)\w*", re.I)
_THAT_STANDS = re.compile(
    r"^\W*(?:\w+\W+)?what(?:'s|’s|s| does| is| do)? (?:that|this|it|the (?:abbreviation|acronym|short form)(?: (?:for|of) (?:th[eo]se?|th[ae]t|this|the|its|their) [\w -]{1,30}?)?) (?:even |actually )?(?:stand|mean)s? for(?: (?:in|there|here)(?: (?:it|there|this|that|th[ea]t? \w+))?)?\W*$"
    # "how does that article spell out the acronym?", "can you spell it out"
    r"|^\W*(?:\w+\W+){0,5}?spell(?:s|ed)? (?:out (?:that|this|it|the (?:abbreviation|acronym|short form))|(?:that|this|it|the (?:abbreviation|acronym|short form)) out)\b(?: (?:for me|in full))?\W*$"
    # "what it means, the letters?", "what do the letters mean"
    r"|^\W*(?:\w+\W+)?what(?:'s|’s|s| does| is| do)? (?:that|this|it|they) (?:even |actually )?means?\W+(?:the |those |these )?(?:letters|initials|abbreviation|acronym)\W*$"
    r"|^\W*(?:\w+\W+)?what (?:do|does) (?:the|those|these) (?:letters|initials) (?:even |actually )?(?:stand for|mean)\W*$", re.I)
_INTRODUCED = re.compile(r"\(([A-Z]{2,6}s?)\)")
_SHORT = re.compile(r"\b[A-Z]{2,6}s?\b")  # an abbreviation: "DMC", "APIs"
_TOOK_IT = re.compile(  # ... "whose photo (is it)?", "whose pic"
    r"^\W*(?:\w+\W+)?(?:who(?:'s|’s|s| is)? (?:took|shot|snapped|credited for) (?:it|that|this|that one)|whose (?:photo|pic|picture|image|shot)(?: is (?:it|that))?)\W*$", re.I
)
_PICTURE = re.compile(PICTURE_WORD, re.I)
# "who else is doing that": another who does what the last question's subject does, not that one; asked with no
# deed or name of its own (words other than these), not "who else co-founded it with him?"
_DOING = frozenset("who anyone anybody someone somebody else do does did doing done".split())
_WHO_ELSE = re.compile(r"\b(?:who|anyone|anybody|someone|somebody)\s+else\b(?!.*\b(?:besides|other than|apart from|except)\b)", re.I)
_FIRST_SENTENCE = re.compile(r".*?(?:[.!?](?=\s)|$)", re.S)
_SUED = re.compile(r"\b(?:su(?:e|es|ed|ing)|lawsuits?|legal action)\b", re.I)
_SUBJECT_PRONOUN = re.compile(r"\b(?:it|they|he|she)\b", re.I)


def thing_named(question: str) -> str:
    """`question` with the pronoun of a question after an elliptical "and X?" read as X ("and reddit? are they
    doing smth similar": "and are reddit doing smth similar"); else `question`."""
    if not (m := _NAMED_THEN_ASKED.match(question)):
        return question
    return f"{m['open']} {_SUBJECT_PRONOUN.sub(lambda _: m['thing'], m['ask'], count=1)}"


def named_back(question: str, last: Turn, byline: bool, outlet: str = "") -> str:
    """`question` with its pronouns read as what they stand for: the outlet the `last` turn's answer named
    (its span, a `byline`) or the thing an elliptical "and X?" before it names; how much one asks for, after
    a lawsuit (in the last question or its answer's first sentence), is damages; what "that" stands for is the
    abbreviation the last question (or answer) named, and a question naming its own asks of it alone. `outlet`: one
    the last question named ("the verdict article"), whose owner "who owns that site" asks."""
    span, told = last.span, _FIRST_SENTENCE.match(last.answer)
    if (other := _WHO_ELSE.search(question)) and not set(words(question.lower())) - STOPWORDS - _DOING and (named := [n for n in last.names if n in words(last.question.lower())]):
        return f"{question[: other.end()]} besides {' and '.join(named)}{question[other.end() :]}"  # "who else is doing that" after "reddit is ..."
    if _ASKS_FOR.search(question) and _SUED.search(f"{last.question} {told[0] if told else ''}"):
        question = f"{question.rstrip(' ?!.')} in damages"  # "how much is he asking for" after "musk will sue"
    cited = last.citations[0].text if last.citations else told[0] if told else ""  # one it spells out first: "large language models (LLMs)"
    stands = _THAT_STANDS.match(question)
    named = [*_SHORT.findall(last.question), *_SHORT.findall(told[0] if told else "")] if stands else []
    introduced = _INTRODUCED.findall(cited) if stands else []
    if short := next(iter(introduced), None) or asks_expansion(question) or next(iter(named), None):  # "that api thing"; "what's that stand for" after "... mentions DMC"
        return f"what does {short} stand for"
    if _TOOK_IT.match(question.split("?")[0]) and _PICTURE.search(last.question):  # "does the bgr article have a photo of musk" "who took it? the agency or ..."
        return f"who took the photo, {last.question.rstrip(' ?!.')}"
    if byline:
        return byline_named(question, span or "")
    if outlet and (owned := byline_named(question, outlet)) != question:  # "who owns that site" after "what does the verdict article say"
        return owned
    # "who's their ceo" after "GlobalData.": the one the last answer named, when it is a name
    named = byline_named(question, span) if span and _A_NAME.fullmatch(span) and re.search(r"\b(?:its|their)\b", question, re.I) else question
    return named if named != question else thing_named(question)


def byline_named(question: str, byline: str) -> str:
    """`question` asking who owns "it" with its pronouns read as `byline`, the outlet the last answer named
    ("who owns it?" after "Verdict." is "who owns Verdict?"), when it names no one itself; else `question`.
    Other questions keep "it": the article ("who wrote it", "what time did it go up")."""
    if [n for n in proper_names(question) if not _OWNED.fullmatch(n)] or not _OWNED.search(question) or not _PERSONAL.search(question):
        return question
    return _PERSONAL.sub(lambda m: byline if m.group(1) else f"{byline}'s", question)


def _timed(span: str) -> bool:
    """True for a short answer that is a time: a month, a weekday or a year ("April 25, 2023", "2015")."""
    return any(w in CALENDAR or (w.isdigit() and len(w) == 4) for w in words(span))


class ConversationStore(Protocol):
    """Where conversations live between turns (memory here; Redis for several processes)."""

    def get(self, conversation_id: str) -> Conversation | None: ...

    def put(self, conversation: Conversation) -> None: ...


class MemoryStore:
    """Conversations in this process: dropped after `ttl` idle seconds, at most `size` kept (LRU)."""

    def __init__(self, ttl: float = 1800.0, size: int = 10_000) -> None:
        self.ttl, self.size = ttl, size
        self._items: Lru[str, Conversation] = Lru(size, ttl)

    def get(self, conversation_id: str) -> Conversation | None:
        kept = self._items.get(conversation_id)
        return None if kept is None else _copy(kept)

    def put(self, conversation: Conversation) -> None:
        self._items.put(conversation.id, _copy(conversation))

    def __len__(self) -> int:
        return len(self._items)


def _copy(conversation: Conversation) -> Conversation:
    """A copy whose turns a caller may add to and drop without changing the one kept (a turn is never
    changed in place: `Conversation.add` replaces the turns it strips of citations)."""
    return replace(conversation, turns=list(conversation.turns))
