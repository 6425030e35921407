"""A question quoting the text with a blank in it ("calls microsoft the ___ giant", "describes the deal as
'an ___ agreement'"): the sentence holding the words around the blank, and the words that fill it."""

from __future__ import annotations

import re

from qa.answer.spans import Span
from qa.question.query import Query
from qa.search.retrieve import Evidence

_BLANK = re.compile(r"_{2,}|\s?(?:\.{3}|…)")  # "the ___ giant"; in quotes, "'not what i ...'": the rest
_FILLS = (r"([\w$'’-]+)", r"([\w$'’-]+ [\w$'’-]+)")  # one word, or two: "social media"
_LOOKED_AT = 30  # sentences, best first


def filled(question: str, query: Query, evidence: list[Evidence]) -> tuple[Evidence, Span] | None:
    """The best of the first sentences that holds the words around the question's blank, and its fill,
    one holding more of the words asked first ("call microsoft the ___ giant": not Twitter's "social media
    giant"); None for a question with no blank, or too little said around it to find."""
    for pattern in _around(question):  # a word fills it before two do
        found = [(e, m) for e in evidence[:_LOOKED_AT] if (m := pattern.search(e.sentence.text))]
        for e, m in sorted(found, key=lambda f: -sum(query.match(t, set(f[0].stems)) for t in query.terms)):
            return e, Span(m.group(1), m.start(1), m.end(1))
    return None


def _around(question: str) -> list[re.Pattern[str]]:
    """The words on either side of the blank, not past a quote or a stop (up to three each in quotes, else
    the one on each side), as a pattern with the blank as its group, filled by a word and by two; none when
    they hold fewer than four letters' worth of words."""
    if not (m := _BLANK.search(question)):
        return []
    quoted = 3 if len(re.findall(r"(?<!\w)['‘\"“]", question[: m.start()])) % 2 else 1  # the text's words, or the asker's
    if "_" not in m.group() and quoted == 1:
        return []  # "so... what did he say": dots outside quotes trail off
    left = re.split(r"['‘’\"“”,.;:!?(]", question[: m.start()])[-1].split()[-quoted:]
    right = re.split(r"['‘’\"“”,.;:!?)]", question[m.end() :])[0].split()[:quoted]
    if sum(len(w) for w in left + right) < 4:
        return []
    fills = _FILLS if right else (r"([\w$'’-]+(?:\s+[\w$'’-]+){0,5})",)  # a blank ending the quote: the rest of it
    return [
        re.compile(r"(?<![\w-])" + r"\s+".join([*map(_word, left), fill, *map(_word, right)]) + r"(?![\w-])", re.I)
        for fill in fills
    ]


def _word(w: str) -> str:
    return r"an?" if w.lower() in ("a", "an") else re.escape(w)
