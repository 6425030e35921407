"""Find the shortest span of a sentence that answers a question of a given kind.

Candidates of the asked-for type (dates, amounts, numbers, names) are found by pattern; the
one nearest to the words the sentence shares with the question wins, and a candidate made
only of question words is never the answer ("Who sued Microsoft?" is not answered "Microsoft").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.patterns import DATE, MONEY, NUMBER, YEAR
from qa.question.kinds import Kind
from qa.text import STOPWORDS, normalize, stem_words, words

_MONTH_OR_DAY = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$",
    re.I
)
# Capitalised words that start sentences or clauses without naming anything.
_NOT_NAMES = STOPWORDS | {
    "according",
    "despite",
    "additionally",
    "instead",
    "earlier",
    "however",
    "meanwhile",
    "also",
    "so",
    "yes",
    "no",
    "while",
    "although",
    "though",
    "in",
    "on",
    "with",
    "after",
    "but",
    "and",
    "or",
    "if",
    "as",
    "since",
    "still",
    "now",
    "then",
    "today",
    "data",
    "image",
    "companies",
    "company",
    "arguments",
    "users",
    "firms",
    "big",
    "twitter's",
    "the",
    "ceo",
    "ai",
    "api",
    "llms",
}
_NAME = re.compile(r"(?:[A-Z][\w&'.-]*[\w]|[A-Z])(?:\s+(?:of\s+|&\s+|de\s+)?(?:[A-Z][\w&'.-]*[\w]|[A-Z]))*")
_REASON = re.compile(
    r"\b(?:because(?: of)?|due to|since|as a result(?: of)?|owing to|in order to|so that|in response to"
    r"|as a reply to|causing|which is why|the reason|coincide[sd]? with)\b",
    re.I,
)


# A bare number does not answer "how much"; a percentage or "10 million" may.
_SCALED = re.compile(r"%|percent|million|billion|trillion|thousand|hundred", re.I)


@dataclass(frozen=True)
class Span:
    """A piece of a sentence: its text and character offsets."""

    text: str
    start: int
    end: int


def candidates(sentence: str, kind: Kind, proper: set[str] | None = None) -> list[Span]:
    """Return the spans of `sentence` that have the type a `kind` question asks for."""
    if kind in ("when", "published"):
        found = _spans(DATE, sentence)
    elif kind == "year":
        found = _spans(YEAR, sentence)
    elif kind == "how_much":
        found = _spans(MONEY, sentence) or [s for s in _numbers(sentence) if _SCALED.search(s.text)]
    elif kind == "how_many":
        found = _numbers(sentence)
    elif kind in ("who", "which", "where", "author", "outlet"):
        found = names(sentence, proper)
    else:
        found = []
    return found


def _spans(pattern: re.Pattern[str], text: str) -> list[Span]:
    return [Span(m.group().strip(), m.start(), m.end()) for m in pattern.finditer(text) if m.group().strip()]


def _numbers(sentence: str) -> list[Span]:
    dates = _spans(DATE, sentence)
    return [
        s
        for s in _spans(NUMBER, sentence)
        if not YEAR.fullmatch(s.text) and not any(d.start <= s.start < d.end for d in dates)
    ]


def names(sentence: str, proper: set[str] | None = None) -> list[Span]:
    """Return runs of capitalised words that name something (people, companies, products).

    `proper`, when given, holds the words the corpus only ever writes with a capital; a
    sentence's first word counts as a name only if it is one of them ("Lawsuit time").
    """
    out = []
    for m in _NAME.finditer(sentence):
        tokens = m.group().split()
        start = m.start()
        opens = start == len(sentence) - len(sentence.lstrip(" \"'“("))
        if proper is not None and opens and tokens and tokens[0].lower().strip("'.’") not in proper:
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        # Peel sentence-starting words and months off the front ("In", "Despite", "Earlier").
        while tokens and (tokens[0].lower().strip("'.") in _NOT_NAMES or _MONTH_OR_DAY.match(tokens[0])):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        while tokens and (tokens[-1].lower() in ("of", "and", "&", "de") or _MONTH_OR_DAY.match(tokens[-1])):
            tokens = tokens[:-1]
        if tokens:
            text = " ".join(tokens).rstrip(".'")
            if text.endswith("'s"):
                text = text[:-2]
            out.append(Span(text, start, start + len(text)))
    return out


# "Who announced that?" asks for the subject, found before the verb; "Who did Getty sue?" the object.
_SUBJECT_QUESTION = re.compile(
    r"^(?:who|which \w+|what \w+)\s+(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b)\w+", re.I
)


def best_span(
    sentence: str, kind: Kind, asked: set[str], question: str = "", proper: set[str] | None = None
) -> Span | None:
    """Return the candidate of the asked-for type nearest to the question's terms (stems), or None.

    For a question that asks for the subject ("Who announced ...?") a candidate after the
    question's words counts as farther away than one before them.
    """
    options = []
    for span in candidates(sentence, kind, proper):
        own = stem_words([w for w in words(span.text) if w not in STOPWORDS])
        shared = sum(s in asked for s in own)
        # The question's own words are not its answer: a name made half of them ("Twitter CEO"
        # for "the CEO of Twitter") or a value made only of them.
        if own and (shared == len(own) or (kind in ("who", "which", "where") and shared * 2 > len(own))):
            continue
        options.append(span)
    if not options:
        return None
    anchors = _anchor_positions(sentence, asked)
    if not anchors:
        return options[0]
    after = 3 if kind in ("who", "which") and _SUBJECT_QUESTION.match(normalize(question)) else 1

    def cost(span: Span) -> float:
        near = min(_distance(span, a, after) for a in anchors)
        # "Where did he die?": a place is named after "in", "at", "near" ("died in Shangdu").
        if kind == "where" and _LOCATIVE.search(sentence[: span.start]):
            return near / 3
        if kind in ("when", "year") and _TEMPORAL.search(sentence[: span.start]):
            return near / 3
        # "How many students ...?": the number that counts them ("12,000 students").
        if kind in ("how_many", "how_much") and _counts_asked(sentence[span.end :], asked):
            return near / 3
        # "Who designed it?": the doer is named after "by" ("it was designed by Reuben Townroe"),
        # after the verb although the question asks for a subject.
        if kind == "who" and _AGENT.search(sentence[: span.start]):
            return min(_distance(span, a) for a in anchors) / 3
        return near

    return min(options, key=cost)


_LOCATIVE = re.compile(r"\b(?:in|at|near|to|into|from|on|within|across|outside|inside)\s+(?:the\s+)?$", re.I)


def _counts_asked(rest: str, asked: set[str]) -> bool:
    """True when the words right after a number are among the question's ("... students")."""
    following = [w for w in words(rest)[:3] if w not in STOPWORDS][:2]
    return any(s in asked for s in stem_words(following))


_TEMPORAL = re.compile(r"\b(?:in|on|since|by|until|during|from|after|before)\s+(?:the\s+)?$", re.I)
_AGENT = re.compile(r"\bby\s+$", re.I)


def _anchor_positions(sentence: str, asked: set[str]) -> list[int]:
    positions = []
    for m in re.finditer(r"[\w'’]+", sentence):
        ws = words(m.group())
        if ws and stem_words(ws[:1])[0] in asked:
            positions.append(m.start())
    return positions


def _distance(span: Span, pos: int, after: int = 1) -> int:
    """Characters between a span and an anchor word; `after` weighs spans that follow it."""
    if span.start <= pos < span.end:
        return 0
    return (span.start - pos) * after if pos < span.start else pos - span.end + 2


def gives_reason(sentence: str, asked: set[str]) -> bool:
    """True when `sentence` gives a reason for what the question asks about.

    The question's words must stand before the cue at least as much as after it: "X did
    this due to Y" explains X, while "the threat comes as a reply to X" explains the threat.
    """
    m = _REASON.search(normalize(sentence))
    if not m:
        return False
    before = sum(s in asked for s in stem_words(words(sentence[: m.start()])))
    after = sum(s in asked for s in stem_words(words(sentence[m.start() :])))
    return before > 0 and before >= after


# Verbs and auxiliaries end a noun phrase: an answer to "what" rarely runs across one.
_VERBISH = set(
    "is are was were be been being has have had do does did will would can could may might must shall should "
    "which that who whom whose when where while although though because".split()
)
_PAST = re.compile(r"^[a-z]{3,}ed$")


# Common verbs that end a noun phrase: irregular past forms (regular ones end in -ed), frequent present ones.
_IRREGULAR = set(
    "became began brought built came drew fell found gave got grew held kept knew led left lost made meant met "
    "paid ran rose said saw sent sold spent stood took told thought won wrote "
    "include includes makes uses says takes gives becomes remains seems contains allows requires".split()
)


def _ends_phrase(token: str) -> bool:
    """Verbs, auxiliaries and clause words end a noun phrase ("trained", "is", "which")."""
    low = token.lower()
    return low in _VERBISH or low in _IRREGULAR or bool(_PAST.match(token))


_TOKEN = re.compile(r"[\w$%'’.-]*\w[%]?|[^\w\s]")
_BOUNDARY = set(',;:()[]"“”!?.')


def gap_span(sentence: str, asked: set[str], most: int = 8) -> Span | None:
    """Return the run of words beside the question's words that the question does not contain.

    For "What is Musk accusing Microsoft of?" in "Musk accused Microsoft of training its AI
    on Twitter data", the question's words anchor the sentence and the gap after them,
    "training its AI on Twitter data", is the answer. Runs stop at question words and at
    clause punctuation; function words are trimmed from their ends.
    """
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    is_asked = [bool(words(t)) and stem_words(words(t)[:1])[0] in asked for t, _, _ in tokens]
    anchors = [i for i, a in enumerate(is_asked) if a]
    if not anchors:
        return None
    runs: list[tuple[int, int]] = []
    start = None
    for i, (tok, _, _) in enumerate([*tokens, ("", 0, 0)]):
        stop = i == len(tokens) or is_asked[i] or tok in _BOUNDARY or _ends_phrase(tok)
        if stop and start is not None:
            runs.append((start, i))
            start = None
        elif not stop and start is None:
            start = i
    best = None
    for lo, hi in runs:
        while lo < hi and tokens[lo][0].lower() in STOPWORDS:
            lo += 1
        while hi > lo and tokens[hi - 1][0].lower() in STOPWORDS:
            hi -= 1
        if lo >= hi or not any(c.isalnum() for t, _, _ in tokens[lo:hi] for c in t):
            continue
        # Anchors on both sides of a run mean it sits inside the question's phrase: likeliest.
        # A run after a question word (its object) beats one before it by a step.
        before = [lo - a for a in anchors if a < lo]
        after = [a - hi + 1 for a in anchors if a >= hi]
        gap = min(before + after)
        near = sum(1 for d in before + after if d <= 4)
        key = (gap - near - (1 if before else 0), -(hi - lo))
        if best is None or key < best[0]:
            # Keep the end nearest the question's words when the run is long.
            nearest_after = bool(after) and (not before or min(after) < min(before))
            best = (key, max(lo, hi - most), hi) if nearest_after else (key, lo, min(hi, lo + most))
    if best is None:
        return None
    _, lo, hi = best
    return Span(sentence[tokens[lo][1] : tokens[hi - 1][2]], tokens[lo][1], tokens[hi - 1][2])


_KIND_OF = re.compile(r"\b(?:what|which) (?:type|kind|sort|form|variety|class|style|brand|make|model)s? of (\w+)", re.I)
_COPULA_QUESTION = re.compile(r"^what (?:is|was|are|were) ", re.I)
_COPULA = re.compile(r"\s(?:is|was|are|were)\s+(?:(?:a|an|the)\s+)?", re.I)
_NAMED_AS = re.compile(r"\b(?:known as|referred to as|called|named|termed|described as|defined as)\s+", re.I)


def phrase_span(sentence: str, question: str, asked: set[str]) -> Span | None:
    """Answer shapes that name a thing: "what type of engine" -> the words before "engine";
    "known as what?" -> the words after "known as" in the sentence."""
    q = normalize(question)
    m = _KIND_OF.search(q)
    if m:
        head = stem_words(words(m.group(1))[:1])
        tokens = [(t.group(), t.start(), t.end()) for t in _TOKEN.finditer(sentence)]
        for i, (tok, _, _) in enumerate(tokens):
            if words(tok) and stem_words(words(tok)[:1]) == head:
                j = i
                while j > 0 and i - j < 3:
                    prev = tokens[j - 1][0]
                    w = words(prev)
                    if not w or prev in _BOUNDARY or w[0] in STOPWORDS or stem_words(w[:1])[0] in asked:
                        break
                    j -= 1
                if j < i:
                    return Span(sentence[tokens[j][1] : tokens[i - 1][2]], tokens[j][1], tokens[i - 1][2])
    if _COPULA_QUESTION.match(q):
        # "What is the largest city?" in "The largest city is Warsaw": what follows the copula.
        for m in _COPULA.finditer(sentence):
            before = stem_words([w for w in words(sentence[: m.start()])[-3:] if w not in STOPWORDS])
            if before and before[-1] in asked:
                rest = re.split(r"[,;:.()\"“”]|\s(?:which|that|who|because|but|and)\s", sentence[m.end() :])[0]
                text = " ".join(rest.split()[:8])
                if text and not all(s in asked for s in stem_words(words(text))):
                    return Span(text, m.end(), m.end() + len(text))
    if _NAMED_AS.search(q) or re.search(r"\b(?:as|called|named) what\b", q, re.I):
        m = _NAMED_AS.search(sentence)
        if m:
            rest = re.split(r"[,;:.()\"“”]|\s(?:and|which|that|who|because|but)\s", sentence[m.end() :])[0]
            text = " ".join(rest.split()[:8])
            if text:
                return Span(text, m.end(), m.end() + len(text))
    return None


_WH = re.compile(r"\b(?:what|which|how)\b", re.I)
_OPENING = frozenset(',:"“(')
_AUX = set("is are was were be been do does did has have had will would can could may might must shall should".split())


def wh_span(sentence: str, question: str, asked: set[str], most: int = 8) -> Span | None:
    """The run beside the sentence's match of the question word next to "what".

    "What ended the need for ABC ...?" is answered by what stands before "ended" in the
    sentence ("The arrival of satellite television ended the need ..."); "... protects
    organisms against what?" by what follows "against" ("protects against disease").
    """
    q = normalize(question)
    m = _WH.search(q)
    if not m:
        return None
    tokens = [(t.group(), t.start(), t.end()) for t in _TOKEN.finditer(sentence)]
    stems_ = [stem_words(words(t)[:1])[0] if words(t) else "" for t, _, _ in tokens]

    def run(lo: int, step: int, skip: frozenset[str] = frozenset()) -> Span | None:
        picked: list[int] = []
        i = lo
        while 0 <= i < len(tokens) and tokens[i][0] in skip:
            i += step
        while 0 <= i < len(tokens) and len(picked) < most:
            tok = tokens[i][0]
            if tok in _BOUNDARY or _ends_phrase(tok) or stems_[i] in asked:
                break
            picked.append(i)
            i += step
        picked.sort()
        while picked and tokens[picked[0]][0].lower() in STOPWORDS:
            picked.pop(0)
        while picked and tokens[picked[-1]][0].lower() in STOPWORDS:
            picked.pop()
        if not picked:
            return None
        a, b = tokens[picked[0]][1], tokens[picked[-1]][2]
        return Span(sentence[a:b], a, b)

    before = [w for w in words(q[: m.start()]) if w not in _AUX]
    following = words(q[m.end() :])
    head = next((following[:i] for i, w in enumerate(following) if w in _AUX), [])
    if head:  # "What French animation studio did ABC buy?": the name that follows "studio" in the sentence
        target = stem_words(head[-1:])[0]
        for i, s in enumerate(stems_):
            if s == target and (span := run(i + 1, 1, skip=_OPENING)):
                return span
        following = following[len(head) :]
    if following[:1] and following[0] in _AUX:  # "What did Koch prove?" asks for an object: after the verb
        before, following = [w for w in following if w not in STOPWORDS][-1:], []
    after = [w for w in following if w not in ("the", "a", "an")]
    if after and not before:  # "What ended the need ...?": the subject stands before the match
        target = stem_words(after[:1])[0]
        for i, s in enumerate(stems_):
            if s == target and (span := run(i - 1, -1)):
                return span
    if before and not after:  # "... against what?": the object follows the match
        target = stem_words(before[-1:])[0]
        for i in range(len(stems_) - 1, -1, -1):
            if stems_[i] == target and (span := run(i + 1, 1)):
                return span
    return None
