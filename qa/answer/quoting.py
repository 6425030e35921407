"""How an answer quotes its sentences: citation marks, the runner-up, the sentence after the best, and
other articles saying the same."""

from __future__ import annotations

import re
from collections.abc import Callable

from qa.answer.flags import option_near, option_of
from qa.answer.spans import Span, answers_of_kind
from qa.models import Citation
from qa.patterns import LIST_ITEM, TERM
from qa.question.kinds import Question
from qa.question.query import Query
from qa.search.retrieve import DOES_SO, Evidence
from qa.text import stem_words, words

RUNNER_UP = 0.6  # a second sentence scoring at least this share of the best one's is quoted with it
THIRD = 0.9  # and a third one at this share


def with_marks(sentence: str, cited: int) -> str:
    """The sentence with citation marks [1]..[n] before its full stop, and who agrees."""
    marks = "".join(f"[{n}]" for n in range(1, cited + 1))
    agree = f" ({cited} articles agree)" if cited > 1 else ""
    s = sentence.strip()
    return f"{s[:-1]} {marks}{agree}." if s.endswith(".") else f"{s} {marks}{agree}"


def runners_up(best: Evidence, cited: list[Evidence], evidence: list[Evidence], question: str = "") -> list[Evidence]:
    """The next best sentences, quoted too when they score nearly as well: the answer is as often there;
    first, the option whose argument the best sentence names (`option_of`), or for a question asking what to
    type, a near option's own line when the best names none (`option_near`).

    The next one at RUNNER_UP of the best score (SQuAD open, dev: answered accuracy 70.2% at 0.8,
    71.0% at 0.7, 71.3% at 0.6); the one after it only at THIRD, a near tie the ranking cannot break
    (Wikipedia dev: 883 -> 895 of 1048 right at 0.9, 903 at 0.8; answers 7% longer at 0.9, 12% at 0.8).
    """
    said = {plain(e.sentence.text) for e in cited}
    found: list[Evidence] = [o for o in [option_of(best, evidence) or option_near(question, best, evidence)] if o is not None and plain(o.sentence.text) not in said]
    said |= {plain(o.sentence.text) for o in found}
    for e in evidence:
        if e is best or plain(e.sentence.text) in said or asks(e, evidence):
            continue
        if e.score < (THIRD if found else RUNNER_UP) * best.score:
            break
        said.add(plain(e.sentence.text))
        found.append(e)
        if len(found) == 2:
            break
    return found


def following(best: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """The sentence right after the best one in its document, if the search found it or its passage ends
    with the best one."""
    later = [e for e in evidence if e.sentence.doc_id == best.sentence.doc_id and e.sentence.start >= best.sentence.end]
    found = min(later, key=lambda e: e.sentence.start, default=None)
    after = best.after
    return after if after is not None and (found is None or found.sentence.start > after.sentence.start) else found


def items_after(best: Evidence, evidence: list[Evidence], most: int = 5) -> list[Evidence]:
    """The list items right after a sentence announcing them ("... the following features:"), in order,
    as far as the search found them: up to `most`."""
    found: list[Evidence] = []
    while len(found) < most and (after := following(last := found[-1] if found else best, evidence)) is not None:
        # a structured document's items bear no bullet ("a file named ~/.config/yamllint/config, if present")
        if not (LIST_ITEM.match(after.sentence.text) or after.kind == "item") or after.sentence.start < last.sentence.end:
            break
        found.append(after)
    return found


_HOW_MANY = re.compile(r"\bhow many (\w+)", re.I)
_HEAD = re.compile(r"(\w+)\s*:\s*$")  # the noun a list is announced with: "... the following features:"
_COUNTS = "two three four five six seven eight nine ten eleven twelve".split()


def counted_items(question: str, best: Evidence, evidence: list[Evidence]) -> Span | None:
    """How many items follow a sentence announcing a list of what "how many X ...?" counts ("... will no
    longer be able to access the following features:"), as a span of its own ("four"), when the search
    found the whole list: each item right after the one before, and a sentence after the last."""
    m, head = _HOW_MANY.search(question), _HEAD.search(best.sentence.text)
    if not m or not head:
        return None
    counted = stem_words([head.group(1).lower()]) if m.group(1).lower() in _ANY_THINGS else stem_words([m.group(1).lower()])
    if stem_words([head.group(1).lower()]) + counted != [best.stems[-1]] * 2:  # "how many things ...": any list's items
        return None
    items, last = [], best
    while (after := following(last, evidence)) is not None and 0 <= after.sentence.start - last.sentence.end <= _ADJACENT:
        if not LIST_ITEM.match(after.sentence.text):
            break
        items.append(last := after)
    if len(items) < 2 or after is None or LIST_ITEM.match(after.sentence.text):
        return None  # the list's end was not found: it may be longer
    n = len(items)
    text = _COUNTS[n - 2] if n - 2 < len(_COUNTS) else str(n)
    return Span(text, 0, len(text))


_ANY_THINGS = frozenset({"things", "items"})
_ADJACENT = 8  # characters between a sentence and the next one (a line break, a bullet)


def preceding(best: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """The sentence right before the best one in its document, if the search found it."""
    earlier = [e for e in evidence if e.sentence.doc_id == best.sentence.doc_id and e.sentence.end <= best.sentence.start]
    return max(earlier, key=lambda e: e.sentence.start, default=None)


def with_mark(sentence: str, n: int) -> str:
    """The sentence with its citation mark [n] before its full stop."""
    s = sentence.strip()
    return f"{s[:-1]} [{n}]." if s.endswith(".") else f"{s} [{n}]"


def cite(n: int, e: Evidence) -> Citation:
    return Citation(
        n=n,
        doc_id=e.sentence.doc_id,
        title=e.title,
        passage_id=e.passage_id,
        text=e.sentence.text,
        score=round(e.passage_score, 4),
    )


def plain(text: str) -> str:
    return " ".join(words(text))


def asks(e: Evidence, evidence: list[Evidence] = (), question: str = "") -> bool:
    """True for a sentence that is a question ("Can I use it for navigation?"), a trouble told in a list of
    problems ("When I try to run gxditview, I get the error: ..."), one the `question` quotes, or part of an
    FAQ's question, which `evidence` shows opening with "Q:" right before it ("Q: I need to use a script that
    runs "xz -9". On a system with 256 MiB of RAM, xz says that it cannot allocate memory."): it tells nothing."""
    text = e.sentence.text.strip()
    if text.rstrip("\"'”’)*").endswith("?") or _FAQ_QUESTION.match(text) or (e.kind == "item" and _TROUBLE.match(text)):
        return True
    if question and _echoes(text, question):
        return True
    if _FAQ_ANSWER.match(text):
        return False  # "A: ./configure --enable-static-bin" right after its "Q: ..."
    return _faq_part(e, evidence, preceding, _FAQ_QUESTION) or _faq_part(e, evidence, following, _FAQ_ANSWER)


def _faq_part(e: Evidence, evidence: list[Evidence], step: Callable[[Evidence, list[Evidence]], Evidence | None], mark: re.Pattern[str]) -> bool:
    """True when, going `step` by step through adjacent sentences (at most three), one opens with `mark` ("Q:"
    before, "Answer:" after) before one opening with the other mark: `e` is part of an FAQ's question."""
    other = _FAQ_ANSWER if mark is _FAQ_QUESTION else _FAQ_QUESTION
    for _ in range(3):
        if (nxt := step(e, evidence)) is None or max(nxt.sentence.start - e.sentence.end, e.sentence.start - nxt.sentence.end) > _ADJACENT:
            return False
        if other.match(told := nxt.sentence.text.strip()):
            return False
        if mark.match(told):
            return True
        e = nxt
    return False


def _echoes(sentence: str, question: str) -> bool:
    """True for a sentence the question quotes word for word, five words or more ("getting 'libfaketime: In
    ft_shm_create(), shm_open failed: File exists' after ..."): the asker has it; what follows it answers."""
    said = " ".join(words(sentence.lower()))
    return len(said.split()) >= 5 and f" {said} " in f" {' '.join(words(question.lower()))} "


_FAQ_QUESTION = re.compile(r"(?:Q|Question)\s*[:.)]\s", re.I)
_FAQ_ANSWER = re.compile(r"(?:A|Answer)\s*[:.)]\s", re.I)
# A problems list's item telling the asker's trouble ("* When I try to run gxditview, I get the error: ..."):
# its answer is what follows it.
_TROUBLE = re.compile(r"(?:(?:when|whenever|if|while)\s+(?:i|we)\b|(?:i|i'm|i've|we|we're|my|our)\s)", re.I)


def agreeing(best: Evidence, span: Span | None, evidence: list[Evidence], most: int = 3) -> list[Evidence]:
    """Sentences of other documents that state the same span or nearly the same thing."""
    out: list[Evidence] = []
    docs = {best.sentence.doc_id}
    own = set(best.stems)
    key = plain(span.text) if span else None
    for e in evidence[1:]:
        if e.sentence.doc_id in docs or len(out) >= most:
            continue
        if key:
            same = key in plain(e.sentence.text) and e.matched >= 0.8 * best.matched
        else:
            overlap = len(own & set(e.stems)) / max(1, len(own | set(e.stems)))
            same = overlap >= 0.35 and e.matched >= 0.8 * best.matched
        if same:
            out.append(e)
            docs.add(e.sentence.doc_id)
    return out


def announces(e: Evidence, evidence: list[Evidence] = ()) -> bool:
    """True for a sentence ending in a colon, or saying one "isn't the only ...": what it announces (a command,
    a list, the others) comes next; or, among `evidence`, for prose left unfinished before a command ("... the new
    version number this becomes", then "bump2version --dry-run --list minor")."""
    text = e.sentence.text.rstrip()
    if text.endswith(":") or _NOT_THE_ONLY.search(text):
        return True
    return e.kind != "code" and not text.endswith((".", "!", "?", '"', "”")) and (after := following(e, evidence)) is not None and after.kind == "code"


def continued(best: Evidence, evidence: list[Evidence], query: Query) -> Evidence | None:
    """The sentence next to the best one that holds a word asked the best one lacks, where the answer goes
    on: the one right after it ("... AI companies should compensate others for using their data ..." then
    "Arguments can be made that, without doing so, it skirts with copyright infringement." for "what could
    they be skirting"), else the one right before a best one opening with a word standing for it ("It ...") or
    doing what it did ("Arguments can be made that, without doing so, ...")."""
    own = set(best.stems)
    lacking = [t for t, w in query.terms.items() if w >= 1 and not query.match(t, own)]
    after = following(best, evidence)
    so = DOES_SO.match(best.sentence.text)  # "without doing so, ...": what it did is said right before
    if not so and after is not None and after.sentence.start >= best.sentence.end and (
        any(t in after.stems for t in lacking) or (THAT_IS.match(after.sentence.text) and any(t in after.stems for t in query.terms))
        or (_OTHERWISE.match(after.sentence.text) and _CONDITION.search(best.sentence.text))
    ):  # "While that's small change for a company as big as Microsoft, ...": what the best one told, judged
        return after
    if (named := option_named_after(best, evidence, query)) is not None:
        return named
    before = preceding(best, evidence) if ANAPHOR.match(best.sentence.text) or so else None
    # "This allows the syntax ... to be checked" after the scene "i want slsh to check my script ...": its words too
    missing = [t for t in query.terms if not query.match(t, own)]
    return before if before is not None and any(t in before.stems for t in missing) else None


# "... as the password if it has been defined" / "Otherwise, Lynx uses the dummy password WWWUser.": the other case
_OTHERWISE = re.compile(r"\W*(?:otherwise|else|if not)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|when|whenever)\b", re.I)
# "While that's small change ...", "This means ...": a sentence judging or telling more of the one before it.
THAT_IS = re.compile(r"\W*(?:(?:while|but|and|so|although|though|as)\s+)?(?:that|this)(?:['’]s|\s+(?:is|was|means|meant))\b", re.I)
# "is there an option to cap the time of the whole session?", "which flag ...": an option asked for, which a
# sentence names as one ("--session-timeout", "``session_timeout``").
_ASKS_OPTION = re.compile(r"\b(?:option|flag|switch|setting)s?\b", re.I)
_NAMES_OPTION = re.compile(r"(?<![\w-])--?[a-z][\w-]*|``[^`]+``|`[^`]+`")


def option_named_after(best: Evidence, evidence: list[Evidence], query: Query) -> Evidence | None:
    """For a question asking for an option whose best sentence tells what it asks but names none ("We may also
    want to limit the time of the entire set of tests running in one session."): one of the next two sentences
    under the same headings that names one ("A session timeout is set with ``--session-timeout`` ...")."""
    if not _ASKS_OPTION.search(query.text) or _NAMES_OPTION.search(best.sentence.text):
        return None
    after = following(best, evidence)
    for _ in range(2):
        if after is None or after.heading != best.heading or after.sentence.start < best.sentence.end:
            return None
        if _NAMES_OPTION.search(after.sentence.text):
            return after
        after = following(after, evidence)
    return None
ANAPHOR = re.compile(r"\W*(?:it|this|that|these|those|they|he|she|such)\b", re.I)


_NOT_THE_ONLY = re.compile(r"\b(?:isn['’]t|is not|aren['’]t|are not|wasn['’]t|was not|weren['’]t|were not) the only\b", re.I)


def opening_of(best: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """The first sentence of the list item `best` continues, which names what it tells about; or for an item
    of a list, the sentence announcing the list ("... users will no longer be able to access the following
    features:" of "• Create and manage drafts or Tweets")."""
    opening = best.opening or (best.announcer if not TERM.match(best.sentence.text) else None)  # "--flag: ..." tells itself
    if opening is None:
        return None
    return next((e for e in evidence if e.sentence is opening.sentence), opening)


# "**Default** - ``8MB``", "Default: 3000": the line of a reference section giving its setting's default.
_DEFAULT_LINE = re.compile(r"^\W*(?:the\s+)?defaults?(?: value)?\W*?(?:\bis\s+|[:=–—-]\s*)\W*(?P<value>\w(?:[^\n]{0,40}?\w)?)\W*$", re.I)
_ASKS_DEFAULT = re.compile(r"\bdefault", re.I)
_NAMES_DEFAULT = re.compile(r"\bdefaults?\s*(?:is\b|[:=])", re.I)


def section_default(question: Question, best: Evidence, evidence: list[Evidence]) -> tuple[Evidence, Span] | None:
    """For a question asking a default ("at what size does it switch to multipart by default?") whose best
    sentence names none: the line "Default - 8MB" up to three sentences before it, under the same headings
    (the section the sentence describes the setting of), and its value. For one asking an amount, the next
    sentence of the best one's item going on without a subject ("COMMENT: Specifies a comment ..." then "Can be
    up to 28 characters long")."""
    after = following(best, evidence) if question.kind in ("how_many", "how_much") and best.kind == "item" else None
    if after is not None and after.passage_id == best.passage_id and _SUBJECTLESS.match(after.sentence.text):
        found = answers_of_kind(after.sentence.text, question.kind, set())
        return (after, found[0]) if found else None
    question = question.text
    if not _ASKS_DEFAULT.search(question) or _NAMES_DEFAULT.search(best.sentence.text):
        return None  # "The default is sha1 since version 1.4.0.": it names its own, not "Default is true." before it
    same = [e for e in evidence if e.sentence.doc_id == best.sentence.doc_id and e.heading == best.heading]
    head = (best.opening or best).sentence  # not another item's: "Default: on" closing the one before
    earlier = sorted((e for e in same if e.sentence.end <= best.sentence.start and (e.opening is None or e.opening.sentence is head)), key=lambda e: -e.sentence.start)[:3]
    # or after it: in its item, at any distance ("forced-update = SEC: How often the IP should be updated ... Default is
    # equal to 30 days.", "MaxRtrAdvInterval seconds: ..." ... "Default: 600 seconds"), not in the next; else in its passage
    later = sorted((e for e in same if e.sentence.start >= best.sentence.end and (
        e.opening.sentence is head if e.opening else best.kind != "item" and e.passage_id == best.passage_id)), key=lambda e: e.sentence.start)
    later = later if best.kind == "item" else later[:2]
    for e in [*earlier, *later]:
        if m := _DEFAULT_LINE.match(e.sentence.text):
            return e, Span(m["value"], m.start("value"), m.end("value"))
    return None


# A sentence going on from the one before without a subject of its own: "Can be up to 28 characters long."
_SUBJECTLESS = re.compile(r"\W*(?:can|must|may|should|will|is|are|defaults?|accepts?|takes?|requires?|limited)\b", re.I)


# A command line: a program's name, then words of which one is a flag or a path ("zstd -D dict FILE", "chmod g-w ~/").
_COMMAND_LINE = re.compile(r"\$?\s*[a-z][\w.+-]*(?:\s+[^\s.]\S*)*?\s+(?:--?[A-Za-z]|\S*/)\S*(?:\s+\S+)*")


def is_command(e: Evidence) -> bool:
    """True for a sentence that is a command to type: a code block's, or a line written as one."""
    text = e.sentence.text.strip()
    return e.kind == "code" or (len(text) <= 120 and not text.endswith(".") and bool(_COMMAND_LINE.fullmatch(text)))
