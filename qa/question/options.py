"""The answers a yes/no question offers: "is musk suing openai or microsoft?", "was it a reply or a post"."""

from __future__ import annotations

import re

from qa.text import STOPWORDS

# "is musk suing openai or microsoft?", "was it april 19 or april 20": a yes/no question that offers two
# answers; the second is what follows "or", the first as many words before it.
_OR = re.compile(r"^(?P<head>.+?)\s+or\s+(?P<second>[\w$][\w$',.-]*(?:\s+[\w$][\w$',.-]*){0,2})\W*$", re.I)
_NO_OPTION = frozenset("not no nah nope what something anything else so more less later never whatever both neither".split())


# Words opening a thing offered as an answer: "a standalone post", "its own tweet".
ARTICLES = frozenset("a an its his her their".split())
_VAGUE = frozenset("smth sth something anything it that this".split())
_VAGUE_END = re.compile(r"\s+(?:to|of|for|from|with|at|by)\s+(?:something|someone|somebody|smth|sth|anything|anyone)\W*$", re.I)


# "a standalone tweet or was it a reply": the second asked again, its answer after the question words
_ASKED_AGAIN = re.compile(r"\bor (?:was|is|were|are) (?:it|that|this|he|she|they) ", re.I)
# "it was a reply, not a standalone post": the one told, and the one denied
_NOT = re.compile(r"\b(?P<first>(?:an?|the) [\w-]+(?: [\w-]+)?),? (?:and )?not (?:just )?(?P<second>(?:an?|the) [\w-]+(?: [\w-]+){0,2})\W*$", re.I)


# "was it getty or shutterstock that's going after stable diffusion": two offered for who did what follows
_CLEFT = re.compile(
    r"^\W*(?:(?:so|and|but|wait)\W+)?(?:was|is|were|are) it (?:the )?(?P<first>[\w$.-]+(?: [\w$.-]+)?) or (?:the )?"
    r"(?P<second>[\w$.-]+(?: [\w$.-]+)?) (?:that|thats|that's|that’s|who|whos|who's|who’s|which)\b",
    re.I,
)


def choices(text: str) -> tuple[str, ...]:
    """The two answers a yes/no question offers ("X or Y", "X, not Y", "was it X or Y that ..."), else ();
    `text` without the chat words after it."""
    if m := _NOT.search(text) or _CLEFT.match(text):
        return m.group("first"), m.group("second")
    m = _OR.match(_VAGUE_END.sub("", _ASKED_AGAIN.sub("or ", text)))  # "... or a reply to something": "a reply"
    second = m.group("second").split() if m else []
    if not second or second[0].lower() in _NO_OPTION:
        return ()
    head = _VAGUE_END.sub("", m.group("head")).split()
    first = head[-len(second) :]
    # "a fresh tweet or (was he) replying": a thing against a deed, the thing with its article
    if len(second) == 1 and second[0].lower().endswith("ing") and (at := next((i for i in range(len(head) - 2, len(head) - 4, -1) if i > 0 and head[i].lower() in ARTICLES), None)):
        first = head[at:]
    else:
        if all(w.lower() in _VAGUE for w in first):  # "a reply to smth or standalone": what the vague word ends
            first = head[-len(second) - 3 :]
        while first and first[0].lower() in STOPWORDS:
            first.pop(0)
    return (" ".join(first), " ".join(second)) if first and len(first) < len(head) else ()


def unoffered(names: list[str], options: tuple[str, ...]) -> list[str]:
    """The names the corpus never writes that a question asks of (`names`), less those only offered as one
    answer when another offered is known: "was it getty or shutterstock ..." asks of Getty as well."""
    offered = [set(o.lower().split()) for o in options]
    if not any(o.isdisjoint(names) for o in offered):
        return names
    return [n for n in names if not any(n in o for o in offered)]
