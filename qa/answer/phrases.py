"""Untyped answers: the phrase of a sentence that a "what"/"which"/"how" question points to.

A typed span (a date, an amount, a name: `qa.answer.spans`) answers most questions; the rest
are answered by the words that fill the question's gap ("called ...", what follows the
question's verb, the phrase beside the words the question shares with the sentence).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from qa.answer.spans import Span, best_span
from qa.patterns import lazy_pattern
from qa.question.options import ARTICLES
from qa.text import STOPWORDS, normalize, stem_words, words

# Verbs and auxiliaries end a noun phrase: an answer to "what" rarely runs across one.
_VERBISH = set(
    "is are was were be been being has have had do does did will would can could may might must shall should "
    "which that who whom whose when where while although though because".split()
)
_PAST = lazy_pattern(r"^[a-z]{3,}ed$")


# Common verbs that end a noun phrase: irregular past forms (regular ones end in -ed), frequent present ones.
_IRREGULAR = set(
    "became began brought built came drew fell found gave got grew held kept knew led left lost made meant met "
    "paid ran rose said saw sent sold spent spoke stood took told thought won wrote "
    "include includes makes uses says takes gives becomes remains seems contains allows requires".split()
)


def ends_phrase(token: str) -> bool:
    """Verbs, auxiliaries and clause words end a noun phrase ("trained", "is", "which")."""
    low = token.lower()
    return low in _VERBISH or low in _IRREGULAR or bool(_PAST.match(token))


_NEGATED = lazy_pattern(r"\b(?:no|not|never|nor|without)\b|n't\b", re.I)
# A word in "-ly" is an adverb ("previously", "particularly", "only") unless "-ily", "-ply", "-bly", "-oly",
# "-aly" make it a noun ("family", "supply", "assembly", "monopoly", "anomaly"); capitalised, a name ("Italy").
_ADVERB = lazy_pattern(r"[a-z]{2,}(?<![ipboa])ly")
# A word, a figure with its thousands ("21,000", "$5,000"), a name with "&" ("AT&T"), or one punctuation mark.
_TOKEN = lazy_pattern(r"\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[\w$%'’.&-]*\w[%]?|[^\w\s]")
BOUNDARY = set(',;:()[]"“”!?.')


@lru_cache(maxsize=2048)
def tokenized(sentence: str) -> tuple[tuple[tuple[str, int, int], ...], tuple[str, ...]]:
    """The sentence's tokens (text, start, end) and each one's stem ("" for punctuation).

    Cached: the span rules and the gap model read the same few sentences for each question."""
    tokens = tuple((m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sentence))
    return tokens, tuple(stem_words(w[:1])[0] if (w := words(t)) else "" for t, _, _ in tokens)


def runs(tokens: Sequence[tuple[str, int, int]], is_asked: Sequence[bool]) -> list[tuple[int, int]]:
    """The token ranges [lo, hi) between the question's words, verbs and clause punctuation."""
    found: list[tuple[int, int]] = []
    start = None
    for i, (tok, _, _) in enumerate([*tokens, ("", 0, 0)]):
        stop = i == len(tokens) or is_asked[i] or tok in BOUNDARY or ends_phrase(tok)
        if stop and start is not None:
            found.append((start, i))
            start = None
        elif not stop and start is None:
            start = i
    return found


def trimmed(tokens: Sequence[tuple[str, int, int]], lo: int, hi: int) -> tuple[int, int] | None:
    """The range without function words at its ends; None when no letter or figure is left."""
    while lo < hi and tokens[lo][0].lower() in STOPWORDS:
        lo += 1
    while hi > lo and tokens[hi - 1][0].lower() in STOPWORDS:
        hi -= 1
    if lo >= hi or not any(c.isalnum() for t, _, _ in tokens[lo:hi] for c in t):
        return None
    return lo, hi


def gap_span(sentence: str, asked: set[str], most: int = 8) -> Span | None:
    """Return the run of words beside the question's words that the question does not contain.

    For "What is Musk accusing Microsoft of?" in "Musk accused Microsoft of training its AI
    on Twitter data", the question's words anchor the sentence and the gap after them,
    "training its AI on Twitter data", is the answer. Runs stop at question words and at
    clause punctuation; function words are trimmed from their ends.
    """
    tokens, stems_ = tokenized(sentence)
    is_asked = [s in asked for s in stems_]
    anchors = [i for i, a in enumerate(is_asked) if a]
    if not anchors:
        return None
    groups: dict[str, list[int]] = {}  # each question word's places in the sentence
    for i in anchors:
        groups.setdefault(stems_[i], []).append(i)
    best = None
    for run in runs(tokens, is_asked):
        if (cut := trimmed(tokens, *run)) is None:
            continue
        lo, hi = cut
        if hi - lo == 1 and _ADVERB.fullmatch(tokens[lo][0]):  # "previously", "particularly": no thing named
            continue
        # Anchors on both sides of a run mean it sits inside the question's phrase: likeliest.
        # A run after a question word (its object) beats one before it by a step. Near the question's
        # words together: each word's nearest use counts, up to ten tokens (SQuAD dev F1 +0.1).
        before = [lo - a for a in anchors if a < lo]
        after = [a - hi + 1 for a in anchors if a >= hi]
        gap = sum(min(10, *(lo - a if a < lo else a - hi + 1 for a in g)) for g in groups.values()) / len(groups)
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


_KIND_OF = lazy_pattern(
    r"\b(?:what|which) (?:type|kind|sort|form|variety|class|style|brand|make|model)s? of (\w+)", re.I
)
_WHAT_NOUN = lazy_pattern(
    r"\b(?:what|which) (?!(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|type|kind|sort)\b)(\w+)"
    r"(?= (?:is|are|was|were|do|does|did|has|have|had|can|could|will|would)\b|\?|$)",
    re.I,
)
_COPULA_QUESTION = lazy_pattern(r"^what (?:is|was|are|were) ", re.I)
_COPULA = lazy_pattern(r"\s(?:is|was|are|were)\s+(?:(?:a|an|the)\s+)?", re.I)
_NAMED_AS = lazy_pattern(r"\b(?:known as|referred to as|called|named|termed|described as|defined as)\s+", re.I)


# "What was Tymnet?", "what is a statocyst": a question that asks what a thing is (up to five words).
_DEFINE = lazy_pattern(
    r"^(?:what|who)(?:'s|’s| is| was| are| were) (?:an? |the )?(?P<x>[^?]{2,60}?)\s*\??$"
    r"|^what (?:does|do|did) (?:an? |the )?(?P<y>[^?]{2,40}?) do\s*\??$",  # "what does iniconfig do"
    re.I,
)


def defined(question: str) -> str | None:
    """The thing a "what is X?" question asks to define ("What was Tymnet?" -> "Tymnet"), else None."""
    m = _DEFINE.match(normalize(question).strip())
    thing = m and re.sub(r"\s+(?:used\s+)?for$", "", m.group("x") or m.group("y"))  # "what is the daemon user for"
    return thing if thing and len(thing.split()) <= 5 else None


# What a glossary's terms are kinds of, which a question adds to the term: "the daemon user", "the -v flag".
_KIND_NOUNS = frozenset("user group option flag setting command variable field parameter key file status".split())


def defines(sentence: str, subject: str) -> bool:
    """True when the sentence opens by saying what `subject` is: "Tymnet was an international data
    network ...", "The statocyst (...) is a ...", "Internet2, founded in 1996, is ...", or by another
    name first: "Transport Layer Security (TLS) is ..."."""
    # A glossary's entry for it: "daemon: Some unprivileged daemons ..." for "the daemon user".
    named = subject.split()
    kinds = [" ".join(named[:-1])] if len(named) > 1 and named[-1].lower() in _KIND_NOUNS else []
    if any(re.match(rf"{re.escape(t)}:\s", sentence, re.I) for t in [subject, *kinds]):
        return True
    x = re.escape(subject)
    # or by another name first: "Transport Layer Security (TLS) is ...", "Zstandard, or zstd as short version, is ..."
    aka = rf"[^,()]{{1,60}}?(?:\s*\((?:or |aka )?{x}\)|,\s*(?:or|aka|also called|also known as)\s+{x}\b[^,]{{0,40}},)"
    return bool(
        re.match(
            rf"(?:(?:the|an?)\s+)?(?:{x}(?:\s*\([^)]*\))?(?:,[^,]{{0,80}},)?|{aka})\s+(?:is|was|are|were|refers to|means)\b"
            r"(?!\s+(?:also|not|still|then|now|later|once|\w+ed|\w+ly)\b)",  # "is protected", "was also": no definition
            normalize(sentence),
            re.I,
        )
    )


# Where the phrase after "called" or a copula ends: clause punctuation (a decimal point is
# none: "was 3.07"), or a word that starts a clause.
_CLAUSE_END = lazy_pattern(r"[,;:()\"“”]|\.(?!\d)|\s(?:and|which|that|who|because|but)\s")


def phrase_span(sentence: str, question: str, asked: set[str]) -> Span | None:
    """Answer shapes that name a thing: "what type of engine" -> the words before "engine";
    "known as what?" -> the words after "known as" in the sentence."""
    q = normalize(question)
    # "... licensed by whom?", "by which year ...?": a typed value the question's opening word hid.
    typed = "who" if re.search(r"\bwhom\b", q) else "year" if re.search(r"\b(?:what|which) year\b", q) else None
    if typed and (span := best_span(sentence, typed, asked, question)):
        return span
    m = _KIND_OF.search(q) or _WHAT_NOUN.search(q)
    if m:
        head = stem_words(words(m.group(1))[:1])
        tokens = [(t.group(), t.start(), t.end()) for t in _TOKEN.finditer(sentence)]
        for i, (tok, _, _) in enumerate(tokens):
            if words(tok) and stem_words(words(tok)[:1]) == head:
                j = i
                while j > 0 and i - j < 3:
                    prev = tokens[j - 1][0]
                    w = words(prev)
                    if not w or prev in BOUNDARY or w[0] in STOPWORDS or stem_words(w[:1])[0] in asked:
                        break
                    j -= 1
                # "the Saxon Garden", "Academy Award": a name that ends in the head noun keeps it.
                last = i if j < i and tok[:1].isupper() and tokens[j][0][:1].isupper() else i - 1
                if j < i:
                    return Span(sentence[tokens[j][1] : tokens[last][2]], tokens[j][1], tokens[last][2])
    if _NAMED_AS.search(q) or re.search(
        r"\b(?:as|called|named) what\b|\b(?:called|named|termed|known as)\W*$", q, re.I
    ):
        m = _NAMED_AS.search(sentence)
        if m:
            rest = _CLAUSE_END.split(sentence[m.end() :])[0]
            kept = list(itertools.takewhile(lambda w: not ends_phrase(w), rest.split()))
            text = " ".join(kept[:8])
            if text:
                return Span(text, m.end(), m.end() + len(text))
    if _COPULA_QUESTION.match(q):
        # "What is the largest city?" in "The largest city is Warsaw": what follows the copula.
        for m in _COPULA.finditer(sentence):
            before = stem_words([w for w in words(sentence[: m.start()])[-3:] if w not in STOPWORDS])
            if before and before[-1] in asked:
                rest = _CLAUSE_END.split(sentence[m.end() :])[0]
                text = " ".join(rest.split()[:8])
                if text and not all(s in asked for s in stem_words(words(text))):
                    return Span(text, m.end(), m.end() + len(text))
    return None


_WH = lazy_pattern(r"\b(?:what|which|how)\b", re.I)
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
    tokens, stems_ = tokenized(sentence)

    def run(lo: int, step: int, skip: frozenset[str] = frozenset()) -> Span | None:
        picked: list[int] = []
        i = lo
        while 0 <= i < len(tokens) and tokens[i][0] in skip:
            i += step
        while 0 <= i < len(tokens) and len(picked) < most:
            tok = tokens[i][0]
            if tok in BOUNDARY or ends_phrase(tok) or stems_[i] in asked:
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


def chosen_option(sentence: str, options: tuple[str, ...], proper: set[str] | None = None) -> Span | None:
    """The one of a question's options ("openai or microsoft") whose words the sentence holds, as the
    sentence writes it; None when it holds both or neither, when one stands after a negation ("no longer
    free"), or when an option is no name or figure ("sue or threaten": a verb's forms vary) nor a thing
    said with an article ("a reply"). `proper`: the corpus's words written only with a capital."""
    nouns = any(o.split()[0].lower() in ARTICLES for o in options)  # "a standalone post or a reply": things
    if not nouns and not all(re.search(r"\d|\b[A-Z]", o) or set(words(o)) & (proper or set()) for o in options):
        return None
    tokens, stems_ = tokenized(sentence)
    at = {stem: i for i, stem in reversed(list(enumerate(stems_))) if stem}  # each stem's first place
    held = []
    for option in options:
        wanted = [s for s in stem_words(words(option)) if s not in STOPWORDS] or stem_words(words(option))
        if wanted and all(s in at for s in wanted):
            held.append(sorted(at[s] for s in wanted))
    if len(held) != 1 or _NEGATED.search(sentence[max(0, tokens[held[0][0]][1] - 30) : tokens[held[0][0]][1]]):
        return None
    # The option's names and figures as the sentence writes them ("Microsoft" of "threaten microsoft").
    named = [i for i in held[0] if re.match(r"[A-Z0-9$]", tokens[i][0])] or held[0]
    lo, hi = named[0], named[-1]
    if hi - lo > len(named) + 2:  # scattered over the sentence: its first word stands for it
        hi = lo
    return Span(sentence[tokens[lo][1] : tokens[hi][2]], tokens[lo][1], tokens[hi][2])
