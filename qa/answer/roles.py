"""Who holds a role: "who is the CEO of OpenAI?" is not answered by a sentence that names OpenAI but
no CEO ("OpenAI's GPT ..."). The role the question asks for must be in the sentence, in some form
("the inventor of" is answered by "invented", "the governor" by "governed") or as a word of its
group ("boss" for "CEO")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from qa.patterns import lazy_pattern
from qa.question.query import HEAD_VERBS
from qa.question.synonyms import group
from qa.text import STOPWORDS, normalize, stem_words, words

# Roles a which-question asks a holder of by the role alone ("which judge threw out ...", "which law firm is ...").
# The head of a company by its role: "the Twitter CEO" may be the one asked about, named another way.
HOLDERS = frozenset("ceo boss chief founder owner chairman president head".split())
_PERSONS = "judge|lawyer|attorney|firm|executive|exec|ceo|official|spokesperson|spokesman|spokeswoman|analyst|reporter|journalist|editor"
_ASKS_ROLE = lazy_pattern(
    r"^\W*(?:who(?:'s|’s|s|se| is| was| are| were| will be)|(?:what(?:'s|’s|s| is| was) )?the name of) "
    r"(?:the (?:(\w+) )?(?!(?:kind|type|sort|form|version|style|feature|tool|product|service|app|platform|program|software|function|option|setting|command|module|package|library)s?\b)(\w{3,})(?: (?:of|for|at|in|behind)\b|\W*$|(?= (?:that|who)\b|,))"
    r"|(?:the )?((?:[\w.&-]+ ){0,2}[\w.&-]+)(?:'s|’s|s) (?!(?:kind|type|sort|form|version|style)\b)(\w{3,})(?:\W*$|(?= (?:that|who)\b|,)))"  # "reddit's ceo"
    rf"|^\W*who ({HEAD_VERBS})\b"  # "who runs microsoft advertising": its head
    rf"|^\W*(?:which|what) (?:(\w+) )?({_PERSONS})(?= (?!of\b|and\b|or\b)[a-z]+\b)"
    rf"|^\W*(?:what(?:'s|’s|s| is| was) )?(?:the )?([\w.&-]+)(?:'s|’s)? ({_PERSONS})(?:'s|’s)? (?:full )?name(?: again)?\W*$"  # "reddit ceo name", "whats microsoft's ceo's name again"
    rf"|^\W*(?:who(?:'s|’s|s| is| was)|(?:what(?:'s|’s|s| is| was) )?the name of) ([\w.&-]+) ({_PERSONS}|boss|chief|founder|president|chairman)\W*$",  # "who is reddit ceo"
    re.I,
)
_HEAD = group("chief")
_HELD_ROLE = re.compile(rf"^\W*(?:\w+\s+)?(?:what|how|why|when)\b.*?\b(?:[\w.&-]+(?:'s|’s)|(its|their|his|her))\s+({_PERSONS}|boss|chief|founder|president|chairman)\b", re.I)
_EXECUTIVES = frozenset({"exec", "execut"})  # a CEO is one: "which twitter exec ...": "Twitter CEO Elon Musk"
_NEAR = 5  # words either side of the role its owner stands within ("NFL and Atlanta Braves field director")
_AFTERWORD = re.compile(r"\s+(?:again|tho|though|rn|lol|btw|now|then|in all (?:of )?(?:this|that))\W*$", re.I)  # said after the question, asking nothing
_OWNER = re.compile(r" (?:of|at|for) (?:the )?([\w&-]{3,})", re.I)  # "the ceo of microsoft": whose role


def role_missing(question: str, sentence: str, proper: set[str] | None = None, owners: Iterable[str] = ()) -> bool:
    """True when `question` asks who is the <role> of something ("who's the ceo of openai", "what is the
    name of the reddit ceo", "who's the microsoft ceo that made the call") and `sentence` has no word for
    the role, or has it only as another's ("Twitter CEO Elon Musk" for Microsoft's CEO).

    SQuAD dev (open, with each question also asked without its paragraph): of the answers given to
    such questions, this refuses 23 to questions the corpus could not answer, 4 wrong ones and 1 right.
    `owners`: the stems of the names a possessive pronoun may stand for ("their ceo": the names carried over).
    """
    question = _AFTERWORD.sub("", question)  # "who is reddits ceo again"
    if _ASKS_PERSON.search(question) and not _person_named(sentence, question):
        return True  # "which mashable reporter broke the story": "reports from publications, including Mashable" names none
    m = _ASKS_ROLE.match(question)
    held = None if m else _HELD_ROLE.search(question)  # "what did reddit's ceo say": the holder's deed asked
    if not m and not held:
        return False
    tokens = re.findall(r"[\w&-]+(?:\.[\w&-]+)*", normalize(sentence))  # "fiancée": "fiancee"
    stems = stem_words([t.lower() for t in tokens])
    if held:  # what the holder of a role did needs the role told of; "their ceo" after a question of microsoft, theirs
        at = _roles_at(stems, held.group(2))
        return not at or bool(held.group(1) and owners and all(_anothers(tokens, stems, i, o, set()) for i in at for o in owners))
    at = _roles_at(stems, m.group(2) or m.group(4) or m.group(5) or m.group(7) or m.group(9) or m.group(11))
    # "who is the ceo of microsoft": "Twitter CEO, Elon Musk, ..." holds another's CEO only
    owner = _OWNER.match(question, m.end(2)) if m.group(2) else None
    named = m.group(1) or m.group(3) or m.group(6) or m.group(8) or m.group(10) or ""  # "the microsoft ceo", "microsoft's ceo": a name, not "the new ceo"
    mine = owner.group(1) if owner else named if named.lower() in (proper or ()) else ""
    if m.group(6) and not mine and named.lower() not in STOPWORDS and stem_words([named.lower()])[0] not in stem_words(words(sentence)):
        return True  # "which law firm ...": a firm of law, which a sentence without "law" names none of
    if not mine and re.match(r" (?:that|who)\b|,", question[m.end() :]):
        return False  # "who was the leader who established ...": the role of no one named may be told by the deed
    if not at or not mine:
        return not at
    asked = set(stem_words(words(question[: m.end()])))  # the role's own words ("general manager"), not later ones
    return all(_anothers(tokens, stems, i, stem_words([mine.lower()])[0], asked) for i in at)


# Roles held by a person, named with a first and a last name; a person named so, not in the question.
_NAMED_PERSONS = frozenset(
    "judge lawyer attorney official spokesperson spokesman spokeswoman analyst reporter journalist exec executive".split()
) | {r"editor(?![^?]*\b(?:open|use|launch|run|start)s?\b)"}  # "what editor will calcurse open": a program
_PERSON_WORDS = "|".join(sorted(_NAMED_PERSONS))
_ASKS_PERSON = lazy_pattern(
    rf"(?:\b(?:which|what)\s+(?:(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b)\w+\s+){{0,2}}?|\bname(?: of)? the\s+(?:[\w.&-]+\s+){{0,3}}?|\bwho(?:'s|’s|s| is| was)? the\s+(?:[\w.&-]+\s+){{0,2}}?)(?:{_PERSON_WORDS})s?\b(?!['’]s)"
    rf"|\b(?:{_PERSON_WORDS})(?:'s|’s|s)? (?:full )?name\b"
    rf"|^\W*who(?:'s|’s|s| is| was) (?:[\w.&-]+ ){{0,2}}?[\w.&-]+(?:'s|’s|s) (?:{_PERSON_WORDS})\b"  # "whos musks lawyer for ..."
    r"|^\W*(?:(?:and|so|ok|but)\s+)?who(?:\s+exactly|\s+specifically)?\s+(?:at|from)\s+(?:the\s+)?[\w.&-]+\s+(?!(?:is|was|are|were)\b)[a-z]",  # "who at UMG said that?"
    re.I,
)
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def _person_named(sentence: str, question: str) -> bool:
    """True when `sentence` names a person by a first and a last name the question does not: two capitalised words
    alone, not two of a longer name ("Universal Music Group")."""
    asked = set(words(question))
    alone = (m for m in _FULL_NAME.finditer(sentence) if not _TITLED_BEFORE.search(sentence, 0, m.start()) and not _TITLED_AFTER.match(sentence, m.end()))
    return any(not set(words(m.group())) <= asked for m in alone)


_TITLED_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_TITLED_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _roles_at(stems: list[str], asked: str) -> list[int]:
    """Where the stems of a sentence name the role `asked`, in some form or by a word of its group."""
    role = group(asked.lower())
    # A head's titles, not the owning that "boss" and "ceo" are grouped with too ("data owners").
    roles = _HEAD if role & _HEAD else _HEAD | role if role & _EXECUTIVES else role
    last = [s.rpartition("-")[2] for s in stems]  # "co-founder": a founder
    return [i for i, s in enumerate(last) if s in roles or any(_same_word(s, r) for r in roles)]


def _anothers(tokens: list[str], stems: list[str], i: int, owner: str, asked: set[str]) -> bool:
    """True when the role at `i` follows another capitalised name ("Twitter CEO"; in "General Manager" the
    role asked) and `owner` is not near."""
    j = i - 1
    while j >= 0 and stems[j] in asked and tokens[j].lower() not in STOPWORDS:
        j -= 1
    before = tokens[j] if j >= 0 else ""
    near = stems[max(0, i - _NEAR) : i + _NEAR + 1]
    return before[:1].isupper() and before.lower() not in STOPWORDS and stems[j] != owner and owner not in near


def _same_word(a: str, b: str) -> bool:
    """Two stems of one word: "inventor" and "invent", "governor" and "govern"."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 5 and long.startswith(short)
