"""A statement ending in its question word, as people echo a claim to check it: "musk bought openai for how
much?" asks "how much did musk buy openai for?", "google is dropping twitter too, starting when?" asks "when
is google dropping twitter too?"; "how is it called" asks "what is it called", "what were his words" "what did he
say". Read in the usual order, every rule that reads a doer after "did" reads it."""

from __future__ import annotations

import re

from qa.question.spell import english_frequency
from qa.question.synonyms import IRREGULAR

_PAST = {past: forms.split()[0] for forms in IRREGULAR.replace("\n", "|").split("|") for past in forms.split()[1:]}
# the doer (one to four words), its verb in the past or an auxiliary, the rest, then the question word
_ECHO = re.compile(
    r"^\W*(?P<lead>(?:so|and|but|wait|ok)\s+)?(?!(?:in|on|at|after|before|since|during|by|for|from|with|if|then)\b)(?P<doer>[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?)\s+"
    r"(?:(?P<aux>is|are|was|were|has|have|had|will|would)\s+(?P<done>[a-z]+(?:ing|ed|en))|(?P<past>[a-z]+ed|" + "|".join(sorted(_PAST, key=len, reverse=True)) + r"))\b"
    r"(?P<rest>(?:\s+[^?,]*?)?)\s*,?\s*(?:starting\s+|since\s+)?(?P<wh>for how much|how much|how|when|why)\W*$",
    re.I,
)
# "how is it called", "how it is called": what it is called, as other languages ask a name ("wie heißt es", "comment ça s'appelle")
_HOW_CALLED = re.compile(r"^(\W*(?:(?:so|and|but|ok)\s+)?)how\s+(?:(is|was|are|were)\s+(it|that|this|they|he|she)|(it|that|this|they|he|she)(?:\s+|['’]|(?=s\s))(is|was|are|were|s))\s+(called|named)\b", re.I)
_ASKS = re.compile(r"\b(?:what|who|whom|whose|which|when|where|why|how)\b", re.I)
# "year musk cofounded openai?", "the date twitter announced it": the year of a deed, asked in a fragment
_DATED = re.compile(
    r"^\W*(?:the\s+)?(?:exact\s+)?(?P<wh>year|date|day)\s+(?!(?:of|when|that|is|was)\b)(?P<doer>[\w'’.&-]+(?:\s+[\w'’.&-]+){0,3}?)\s+"
    r"(?P<past>[a-z]+ed|" + "|".join(sorted(_PAST, key=len, reverse=True)) + r")\b(?P<rest>[^?]*?)\W*$",
    re.I,
)
# "isn't getty suing openai?", "didnt musk quit in 2018?": a negative question asks what the positive one asks
# "wasn't it google that musk threatened to sue?", "was it in 2018 that he quit?": the one asked of is offered
_CLEFT = re.compile(r"^(\W*(?:(?:so|and|but|ok|wait)\s+)?)(?:is|was|are|were)\s+(?:it|that)\s+(?!(?:really\s+|also\s+)?(?:true|right|correct|so|the case|possible|likely|clear|known|said|reported|confirmed|official|certain|sure|definite)\b)((?:[\w'’.$,-]+\s+){1,4}?)(?:that|who|whom|which)\s+(\w.*)$", re.I)
# "it was google musk wanted to sue right?": the cleft told, the one offered a word before a doer and a deed done
_CLEFT_STATED = re.compile(r"^(\W*(?:(?:so|and|but|ok|wait)\s+)?)it\s+(?:was|is)\s+((?:the\s+)?[\w'’.$-]+)\s+(?:that\s+|who\s+)?(\w[\w'’.-]*\s+(?:\w+ed|wanted|wrote|said|sought)\b.*?)(?:,?\s+(?:right|correct|no|innit|yes))?\W*$", re.I)
# A doer and a deed in the past: "musk threatened to sue", "he quit"
_DONE = re.compile(r"^((?:the\s+)?[\w'’.-]+)\s+([a-z]+)\b(.*)$", re.I)
# "what were his words exactly?", "what were musk's exact words": what he said
_WORDS = re.compile(r"^(\W*(?:(?:so|and|but|ok)\s+)?)what\s+(?:were|are|was|is)\s+(his|her|their|[\w.&-]+(?:\s+[\w.&-]+)?(?:['’]s?|(?<=[a-z])s))\s+(?:exact\s+|actual\s+)?words\b", re.I)
# "what words exactly musk has wrote in his tweet?", "what words did he use": what he said
_WORDED = re.compile(r"^(\W*(?:(?:so|and|but|ok)\s+)?)what\s+(?:exact\s+|actual\s+)?words\s+(?:exactly\s+)?(?:(?:did|does|do|has|have|had)\s+)?"
                     r"(he|she|they|[\w.&-]+)\s+(?:(?:has|have|had)\s+)?(?:wr[io]te|written|writes|use[ds]?|say|said|says|tweet(?:ed|s)?|post(?:ed|s)?)\b", re.I)
# "what's he say they did", "wats musk say": "what's" before a bare verb is "what does"; what he said
_SAYS = re.compile(r"^(\W*(?:(?:so|and|but|ok)\s+)?)w(?:h)?at(?:'s|’s|s)\s+(he|she|they|[\w.&-]+)\s+(?:say|tweet)\b", re.I)
_SUBJECTIVE = {"his": "he", "her": "she", "their": "they"}
_THING = re.compile(r"(?:the|a|an|his|her|its|their|this|that|these|those)\s", re.I)
# "when truthgpt will be released", "why microsoft is dropping twitter": a question word, then the doer before its
# auxiliary, as a learner or a reported question orders it; asked in the usual order ("when will truthgpt be released")
_EMBEDDED = re.compile(
    r"^(\W*(?:(?:so|and|but|ok|wait)\s+)?(?:when|where|why))\s+(?!(?:is|are|was|were|will|would|can|could|do|does|did|has|have|had|should|come|about|exactly|else)\b)"
    r"((?:the\s+)?[\w'’.&-]+(?:\s+(?!(?:do|does|did)\b)[\w'’.&-]+){0,3}?)\s+(is|are|was|were|will|would|can|could|should|has|have|had)\s+(?=\w)",
    re.I,
)
_NEGATIVE = re.compile(r"^(\W*(?:(?:so|and|but|ok|wait)\s+)?)(is|was|are|were|did|does|do|has|have|had|wo|would|could|should|ca)n['’]?t\b", re.I)


def echoed(question: str) -> str:
    """`question` in the usual order when it is a statement ending in how much, how or why (when, after an
    auxiliary: "google is dropping twitter, starting when?"), or puts its doer before the auxiliary ("when truthgpt
    will be released"); a negative one as the positive; else itself."""
    if n := _NEGATIVE.match(question):
        aux = {"wo": "will", "ca": "can"}.get(n[2].lower(), n[2])
        question = f"{n[1]}{aux}{question[n.end() :]}"
    if e := _EMBEDDED.match(question):  # "when truthgpt will be released": "when will truthgpt be released"
        question = f"{e[1]} {e[3]} {e[2]} {question[e.end() :]}"
    if c := _CLEFT.match(question) or _CLEFT_STATED.match(question):  # "was it google that musk threatened to sue?": who it was, offered or not
        wh = "when" if re.match(r"(?:in|on|at|during|around|back in)\b", c[2], re.I) else "what" if _THING.match(c[2]) else "who"
        if (done := _DONE.match(c[3])) and (base := _base(done[2].lower())):  # "musk threatened to sue": "did musk threaten to sue"
            return f"{c[1]}{wh} did {done[1]} {base}{done[3]}"
        return f"{c[1]}{wh} {c[3]}"
    if w := _WORDS.match(question):
        who = _SUBJECTIVE.get(w[2].lower()) or re.sub(r"['’]?s?$", "", w[2])
        return f"{w[1]}what did {who} say{question[w.end() :]}"
    if w := _SAYS.match(question) or _WORDED.match(question):
        return f"{w[1]}what did {w[2]} say{question[w.end() :]}"
    if h := _HOW_CALLED.match(question):
        aux, who = (h[2], h[3]) if h[2] else ("is" if h[5].lower() == "s" else h[5], h[4])
        return f"{h[1]}what {aux} {who} {h[6]}{question[h.end() :]}"
    if d := _DATED.match(question):  # "year openai was founded": "what year was openai founded"
        *doer, aux = d["doer"].split()
        if doer and aux.lower() in ("is", "was", "are", "were"):
            return f"what {d['wh'].lower()} {aux} {' '.join(doer)} {d['past']}{d['rest']}?"
        return f"what {d['wh'].lower()} did {d['doer']} {_base(d['past'].lower()) or d['past'][:-2]}{d['rest']}?"
    m = _ECHO.match(question)
    if not m or _ASKS.search(question[: m.start("wh")]):
        return question
    wh, rest = m["wh"].lower(), m["rest"].strip()
    if m["aux"]:  # "google is dropping twitter ..., starting when?"
        return f"{wh} {m['aux'].lower()} {m['doer']} {m['done']} {rest}".rstrip() + "?"
    base = _base(m["past"].lower())
    if base is None or wh == "when":  # "bgr piece posted when": a thing done to, asked in a fragment
        return question
    ending = " for" if wh == "for how much" else ""
    return f"{wh.removeprefix('for ')} did {m['doer']} {base} {rest}{ending}".replace("  ", " ").rstrip() + "?"


def _base(verb: str) -> str | None:
    """The plain form of a verb in the past ("bought": "buy", "dropped": "drop", "sued": "sue"), None for another word."""
    if verb in _PAST:
        return _PAST[verb]
    if not verb.endswith("ed"):
        return None
    stems = [verb[:-3] + "y" if verb.endswith("ied") else "", verb[:-3] if verb[-3:-2] == verb[-4:-3] else "", verb[:-2], verb[:-1]]
    return next((s for s in stems if s and english_frequency(s)), None)
