"""Sections in an answer: a sentence asking (an FAQ's question) or titling a section elsewhere in its document
(an entry of a table of contents) tells nothing, the sentences answering it or the section it titles do; after
a trouble told, the step its section gives ("Use --continue to ...") answers a how-to; a sentence standing for
what the one before it told ("This avoids ...", "such a high amount") is read with it; a sentence going on in a
list item with the item's term."""

from __future__ import annotations

import re

from qa.answer.quoting import ANAPHOR, asks, following, is_command, plain, preceding
from qa.question.query import Query
from qa.search.retrieve import Evidence

_TITLE_WORDS = 3  # a title this long at least: "4.3." or "Usage" stand in a heading by chance
_SAID_ON = 3  # sentences of a reply's section quoted after it; sentences looked back over for what "This" stands for
_NEAR = 200  # characters between two sentences read together (a question and its reply; an amount and "such a" one)


def titled_section(best: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """The first sentence found of the section `best` is the title of, in its document, under another heading
    ("My numeric keypad's keys don't work properly when NumLock is off!" of the FAQ's contents, then "You can
    use the -K or --rawsequences option ..." under "4.3. Ack! My numeric keypad's keys don't work properly when
    NumLock is off! What can I do?"), or None."""
    title = plain(best.sentence.text)
    if len(title.split()) < _TITLE_WORDS:
        return None
    under = [
        e for e in evidence
        if e.sentence.doc_id == best.sentence.doc_id and e.heading and e.heading != best.heading and title in plain(e.heading[-1])
    ]
    return min(under, key=lambda e: e.sentence.start, default=None)


# "Use --continue to reuse earlier partial downloads", "Add `--retries N` ...", "Run `make install`": a step to take.
_STEP = re.compile(
    r"\W*(?:then\s+|just\s+|simply\s+)?(?:use|add|run|set|pass|call|try|specify|install|enable|disable|type|invoke|append|export|put|give|load|press)\b", re.I
)


def step_after(told: list[Evidence], evidence: list[Evidence]) -> tuple[int, Evidence] | None:
    """For a how-to: the step right after a sentence of `told` (the best, then the runners-up) telling the asker's
    trouble in its section, when none of `told` is a step: where to put it among the runners-up, and the step ("Google Drive
    terminates connections after approximately 1 hour for large files." then "Use --continue to reuse ...")."""
    if any(_STEP.match(e.sentence.text) or is_command(e) for e in told):
        return None
    for n, e in enumerate(told):
        after = following(e, evidence)
        if after is not None and after.heading == e.heading and after.sentence.start >= e.sentence.end and (_STEP.match(after.sentence.text) or is_command(after)):
            return (n, after) if all(after.sentence is not t.sentence for t in told) else None
    return None


def reply_to(best: Evidence, evidence: list[Evidence], question: str) -> Evidence | None:
    """The sentence answering `best` when it is a question (an FAQ's: "... cores. What is wrong?", the first
    sentence after it that asks nothing) or the title of a section found (its first sentence), or None."""
    reply = titled_section(best, evidence) or (following(best, evidence) if asks(best, evidence, question) else None)
    while reply is not None and asks(reply) and reply.sentence.start - best.sentence.end < _NEAR:
        after = following(reply, evidence)  # a later sentence, or none (it may be the same one again)
        reply = after if after is not None and after.sentence.start > reply.sentence.start else None
    return reply


def said_after(reply: Evidence, evidence: list[Evidence]) -> list[Evidence]:
    """The reply's next sentences in its section, as far as the answer goes on: "This is a security measure.
    To enable writes, ..."."""
    said: list[Evidence] = []
    while len(said) < _SAID_ON and (more := following(said[-1] if said else reply, evidence)) is not None and not asks(more, evidence) and more.heading == reply.heading:
        said.append(more)
    return said


def antecedents(best: Evidence, evidence: list[Evidence]) -> list[Evidence]:
    """For a how-to whose best sentence opens with a word standing for what it tells of ("This avoids having to
    reparse the JMESPath expression each time ..."): the sentences before it in its section, back over those
    standing for something too and over code, to the one naming it ("Similar to the re module, you can use the
    compile function ...:", the code, "This is useful if ..."), when code is among them; else none."""
    chain: list[Evidence] = []
    first = best
    while len(chain) < _SAID_ON and (ANAPHOR.match(first.sentence.text) or (chain and is_command(first))):
        if (before := preceding(first, evidence)) is None or before.heading != best.heading:
            break
        chain.insert(0, first := before)
    return chain if any(is_command(e) for e in chain) else []


def does_asked(e: Evidence, query: Query) -> bool:
    """True when `e` holds a word the question asks with of its own, not only the names it asks about: "Run it
    from the root:" for "how do i run the tests?", not "scrot has many useful features:" for "how do i force it
    to overwrite"."""
    return any(e.says(t, query) for t, w in query.terms.items() if w >= 1 and t not in query.subjects)


def with_openings(quoted: list[Evidence], evidence: list[Evidence]) -> list[Evidence]:
    """`quoted` with the first sentence of the list item each one goes on in before it, when not quoted already:
    "-E: strip out ANSI escape sequences ..." before "This allows diffstat to be used with colordiff."."""
    out: list[Evidence] = []
    for e in quoted:
        opening = next((o for o in evidence if o.sentence is e.opening.sentence), e.opening) if e.opening else None
        if opening is not None and all(opening.sentence is not q.sentence for q in [*out, *quoted]):
            out.append(opening)
        out.append(e)
    return out


# "... is not keen on paying such a high amount to Twitter": a thing told of by what the sentence before said of it
_SUCH = re.compile(r"\bsuch an? (?:\w+ )?(?:amount|sum|price|fee|cost|figure|number|rate)\b", re.I)


def such_before(best: Evidence, evidence: list[Evidence]) -> list[Evidence]:
    """For a why-question answered by a sentence telling of "such a high amount": the sentence right before it
    in its document, which tells the amount ("... the Enterprise Tier API which will cost as high as $42,000")."""
    before = preceding(best, evidence) if _SUCH.search(best.sentence.text) else None
    return [before] if before is not None and best.sentence.start - before.sentence.end < _NEAR else []
