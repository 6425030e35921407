"""Things a question names by a description the corpus gives them: "the tesla boss" is Elon Musk where a text
writes "Elon Musk, CEO of Tesla and SpaceX"; "the chatgpt maker" is OpenAI where one writes "ChatGPT creator
OpenAI". The description is read as the name, so the question finds what the texts say of it."""

from __future__ import annotations

import re
from collections import defaultdict

# Roles that describe someone or something by what they head or make, each with the words that mean it.
_ROLES = {
    "ceo": "head", "boss": "head", "chief": "head", "head": "head", "chairman": "head", "president": "head",
    "owner": "owner", "founder": "founder", "co-founder": "founder", "cofounder": "founder",
    "maker": "maker", "creator": "maker", "developer": "maker",
}  # fmt: skip
_ROLE = "|".join(sorted(_ROLES, key=len, reverse=True))
_NAME = r"[A-Z][\w.&'-]*[\w&]"
# "Twitter CEO Elon Musk", "ChatGPT creator OpenAI": the thing, the role, the one who holds it
_BEFORE = re.compile(rf"\b({_NAME}(?: {_NAME})?) ((?i:{_ROLE})),? ({_NAME}(?: {_NAME}){{0,2}})\b")
# "Elon Musk, CEO of Tesla and SpaceX": the one, the role, the things
_AFTER = re.compile(rf"\b({_NAME}(?: {_NAME}){{0,2}}), (?:the )?((?i:{_ROLE})) of ({_NAME})(?: and ({_NAME}))?\b")
# "the tesla boss", "the chatgpt maker's": a description in a question, typed in any case
_DESCRIBED = re.compile(rf"\bthe ([\w.&-]+) ({_ROLE})(['’]s)?\b", re.I)
# "who is the tesla boss", "name of the twitter ceo": the one described is what is asked
_ASKS_HOLDER = re.compile(r"^\W*(?:who|whom|whose)\b|\bname of\b|\bwho(?:'s| is| was)\b", re.I)


class Descriptions:
    """Who or what each description names in the texts, when it names one only."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self._named: dict[tuple[str, str], set[str]] | None = None

    def named(self) -> dict[tuple[str, str], set[str]]:
        """(thing, role) -> the names the texts give its holder: ("tesla", "head") -> {"Elon Musk"}."""
        if self._named is None:
            found: dict[tuple[str, str], set[str]] = defaultdict(set)
            for text in self.texts.values():
                for thing, role, name in _BEFORE.findall(text):
                    if not role.istitle():  # "Twitter CEO Elon Musk", "ChatGPT creator OpenAI"; not "Chief Executive Officer"
                        found[(thing.lower(), _ROLES[role.lower()])].add(name)
                for name, role, *things in _AFTER.findall(text):
                    for thing in filter(None, things):
                        found[(thing.lower(), _ROLES[role.lower()])].add(name)
            self._named = dict(found)
        return self._named

    def read(self, question: str) -> str:
        """`question` with each description the texts give one name for written as that name."""
        if _ASKS_HOLDER.search(question) or not _DESCRIBED.search(question):
            return question

        def name(m: re.Match[str]) -> str:
            held = self.named().get((m.group(1).lower(), _ROLES[m.group(2).lower()]), set())
            return f"{next(iter(held))}{m.group(3) or ''}" if len(held) == 1 else m.group()

        return _DESCRIBED.sub(name, question)


def described_one(question: str) -> list[str] | None:
    """The words describing a thing `question` names "one" ("what did the music one say": ["music"]), none for a
    rank ("the newest one"); None when its "one" is no such word ("one billion", "one of them", no "one")."""
    if not (m := _ONE.search(question)):
        return None
    return [w.lower() for w in re.findall(r"[\w.'’-]+", m[1] or "") if not _RANKED.fullmatch(w.lower())]


# "one" ending what it names: before a verb, a preposition or the end ("the number one pick": a rank of a pick;
# "the Westwood One broadcast": a name)
_ONE = re.compile(
    r"\b(?i:the|this|that|which|another|each|either|neither)\s+(?:([\w.'’-]+)\s+)?one\b(?=\W*$|\s*[,;:?!.]"
    r"|\s+(?i:is|was|are|were|did|does|do|has|have|had|says?|said|talks?|talked|mentions?|mentioned|about|for|with|from|in|on|at"
    r"|that|which|who|wrote|writes?|again|tho|though|exactly|actually|really|lol|calls?|called|claims?|claimed)\b)"
)
_RANKED = re.compile(r"\w+est|first|second|third|last|next|other|same|new|old|right|wrong|only|main|original|current|previous")  # no thing named
