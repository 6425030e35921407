"""Answer a question about a document itself (who wrote it, who published it, when) from its metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.answer.quoting import plain, with_mark
from qa.models import Citation, Document
from qa.patterns import CLOCK, human_date
from qa.question.facts import file_subject
from qa.question.kinds import ASKS_EXISTS, Question
from qa.question.meta import ZONE_ASKED
from qa.search.retrieve import Evidence
from qa.text import joined, stem_words, words

# The share of the question's (idf-weighted) terms a sentence must hold for its document to be the one meant.
MIN_MATCH = 0.5
_FIELDS = {"author": "author", "role": "author_role", "bio": "author_bio", "outlet": "outlet", "published": "date", "title": "title"}
_DATED = re.compile(r"^(?:published|posted|updated|last updated)(?: on| at)?\s*:?\s*", re.I)
_ASKS_TIME = re.compile(rf"\bwhat time\b|\bhour\b|{ZONE_ASKED.pattern}", re.I)  # "what timezone is that": "5:07PM EDT"
NO_TIME = "gives its day, no time of day"
NAMED = "named by the question"
_ZONE = re.compile(r"\s?[A-Z]{2,4}\b")  # "EDT" after "5:07PM"


@dataclass(frozen=True)
class Told:
    """What a document's metadata says: the short answer, the sentence saying it, and its citation."""

    span: str
    sentence: str
    citation: Citation


def from_metadata(
    question: Question, evidence: list[Evidence], documents: dict[str, Document], previous: str | None = None
) -> Told | str:
    """The answer from the metadata of the document the question means, or why there is none. `previous`: the
    document the conversation's last answer cited first, which a follow-up naming none ("what time did it go up?") is about."""
    named = named_document(question, documents)
    if ASKS_EXISTS.match(question.text):  # "is there a bgr article": that one, if an outlet or author named has one
        return "no article of the outlet or author named" if named is None else Told("Yes", "Yes: " + " ".join(
            [f"“{named.title}”" if named.title and not named.title.endswith("…") else "an article", *([f"by {named.author}"] if named.author else []), f"({named.outlet})" if named.outlet else ""]
        ).strip(), meta_citation(named, 1))
    doc = named or _unnamed_meant(evidence, documents, previous)
    if doc is None:
        return "the question does not say which article it means"
    value = getattr(doc, _FIELDS[question.kind])
    if question.kind == "title" and value and value.endswith("…"):
        value = None  # a stand-in made of the opening words: the page gives no title
    if question.kind == "role" and not value and doc.author and plain(doc.author) in plain(question.text):
        question, value = Question(question.text, "author"), doc.author  # "who is <author>": what they wrote
    if not value:  # the one the question names (by title, outlet or author), or the one found by its text
        return f"{doc.id} {NAMED if doc is named else 'found'} does not say its {_FIELDS[question.kind]}"
    if question.kind == "published" and _UPDATED.search(question.text) and not _UPDATED.search(doc.dateline or ""):
        return f"{doc.id} does not say when it was updated"  # "what date was the verdict article updated": published is no answer
    if question.kind == "published" and (by := _PUBLISHED_BY.search(question.text)) and not _bylined(by[1], doc):
        return f"{doc.id} was not published by {by[1]}"  # "when did the herald tribune publish its tesla article": the text tells
    title = f"“{doc.title}”"
    span = value
    if question.kind == "title":
        sentence = f"{doc.author or 'Its author'} wrote {title}" + (f" for {doc.outlet}" if doc.outlet else "")
    elif question.kind == "author":
        sentence = f"{value} wrote {title}" + (f" for {doc.outlet}" if doc.outlet else "")
    elif question.kind == "role":
        sentence = f"{doc.author}, who wrote {title}, is {value}" + (f" at {doc.outlet}" if doc.outlet else "")
    elif question.kind == "bio":
        if _ASKS_LONG.search(question.text) and not (_AGED if _ASKS_AGE.search(question.text) else _YEARS).search(value):
            return f"{doc.id} does not say how long in its author_bio"  # "Not so many moons ago, Trevor moved ..."
        if _SCHOOLING.search(question.text) and not _SCHOOLING.search(value):  # "where did he go to university"
            return f"{doc.id} does not say where its author studied in its author_bio"
        if _ASKS_WHERE.search(question.text) and not _DWELLS.search(value):  # "where does the bgr writer live": it does not say
            return f"{doc.id} does not say where its author lives in its author_bio"
        sentence = value.rstrip(".")
        span = m.group() if (m := _YEARS.search(value)) and _ASKS_LONG.search(question.text) else value
    elif question.kind == "outlet":
        sentence = f"{title} was published by {value}"
    else:
        clock = _clock(doc)
        if not clock and _ASKS_TIME.search(question.text):  # "what time did it go up": its day is no answer
            return f"{doc.id} {NO_TIME}"
        span = clock if clock and _ASKS_TIME.search(question.text) else human_date(value)
        sentence = f"{title} was published on {human_date(value)}" + (f" (“{doc.dateline}”)" if doc.dateline else "")
    return Told(span, sentence, meta_citation(doc, 1, extra=("bio", doc.author_bio) if question.kind == "bio" else None))


_UPDATED = re.compile(r"\b(?:updated|modified|edited|revised)\b", re.I)
_YEARS = re.compile(r"\b(?:(?:over|more than|nearly|almost|about|around|some) )?\d+\+? years\b", re.I)
_ASKS_LONG = re.compile(r"\bhow (?:long|many years|old)\b|\bexperience\b|\bage\b", re.I)
_ASKS_WHERE = re.compile(r"\bwhere\b|\b(?:which|what) (?:country|city|town|place)\b", re.I)
_DWELLS = re.compile(r"\b(?:lives?|living|based|moved|moves|resides?|grew up|hails)\b", re.I)  # "Trevor moved from ... (Britain) to ... (Japan)"
_SCHOOLING = re.compile(r"\b(?:universit(?:y|ies)|college|school|stud(?:y|ied)|graduat\w*|degree|alumn\w*)\b", re.I)
_ASKS_AGE, _AGED = re.compile(r"\bhow old\b|\bage\b", re.I), re.compile(r"\b\d+ years old\b|\baged? \d+\b", re.I)  # not "10 years" of expertise


def meta_citation(doc: Document, n: int, extra: tuple[str, str | None] | None = None) -> Citation:
    """A document's metadata as a citation: author, role, outlet and date, as the document gives them,
    and the one more field a question asked (the author's bio, an embedded post's signature)."""
    published = _DATED.sub("", doc.dateline) if doc.dateline else human_date(doc.date) if doc.date else None
    facts = "; ".join(
        f"{label}: {v}"
        for label, v in (
            ("author", doc.author),
            ("role", doc.author_role),
            *([extra] if extra else []),
            ("outlet", doc.outlet),
            ("publisher", doc.publisher),
            ("published", published),
        )
        if v
    )
    return Citation(n=n, doc_id=doc.id, title=doc.title, passage_id=f"{doc.id}#meta", text=facts, score=1.0)


# "when were these articles published", "which outlets covered this", "who wrote the stories": several documents.
_SEVERAL = re.compile(
    r"\b(?:articles|stories|pieces|reports|posts|documents|docs|outlets|publications|sites|websites|publishers"
    r"|authors|writers|reporters|journalists|sources|these|those|all|each|every)\b",
    re.I,
)


def listed(question: Question, documents: dict[str, Document]) -> tuple[str, list[Citation]] | None:
    """The author, outlet or date of every document, for a question about several that names none; None
    for another question, or when no document gives that field."""
    asks = question.kind in ("author", "outlet", "published") and _SEVERAL.search(question.text)
    if not asks or named_document(question, documents):
        return None
    field = _FIELDS[question.kind]
    given = [d for d in documents.values() if getattr(d, field)][:_LISTED]
    if not given:
        return None
    cited = [meta_citation(d, n) for n, d in enumerate(given, 1)]
    values: dict[str, list[int]] = {}
    for d, c in zip(given, cited, strict=True):
        value = human_date(d.date) if question.kind == "published" and d.date else getattr(d, field)
        if question.kind == "author" and d.outlet:
            value = f"{value} ({d.outlet})"
        values.setdefault(value, []).append(c.n)
    parts = [f"{v} {''.join(f'[{n}]' for n in ns)}" for v, ns in values.items()]
    said = joined(parts)
    rest = len(documents) - len(given)
    lead = {"published": "Published on", "outlet": "Published by", "author": "Written by"}[question.kind]
    none = f"; {rest} of the {len(documents)} documents {'does' if rest == 1 else 'do'} not say" if rest else ""
    return f"{lead} {said}{none}.", cited


_DOCS = r"(?:articles?|stor(?:y|ies)|pieces?|reports?|posts?|documents?|ones?)"
_ORDER = re.compile(
    r"\b(?:published|posted|came out|come out|went (?:up|live)|released|written)\b(?:\s+\w+){0,2}?\s+"
    r"(?:first|last|earliest|latest|most recently)\b"
    rf"|\b(?:newest|oldest|most recent|latest|earliest) {_DOCS}\b"
    rf"|\b(?:{_DOCS}|which|it) (?:is|was) (?:the )?(?:newest|oldest|most recent|latest|earliest|newer|older)\b"
    r"|\b(?:newer|older|earlier|later) than\b",
    re.I,
)


def ordered(question: Question, documents: dict[str, Document]) -> tuple[str, list[Citation]] | None:
    """Which article came out first or last ("is the verdict piece newer than the bgr one?"): the dated
    documents in order of publication, with the times their datelines give; None for another question."""
    if not _ORDER.search(question.text):
        return None
    dated = sorted((d for d in documents.values() if d.date), key=lambda d: (d.date, _time(d)))
    if len(dated) < 2:
        return None
    cited = [meta_citation(d, n) for n, d in enumerate(dated, 1)]
    named = [
        f"{source_name(d)}{f' ({t})' if (t := _clock(d)) else ''} [{c.n}]" for d, c in zip(dated, cited, strict=True)
    ]
    rest = len(documents) - len(dated)
    none = f"; {rest} of the {len(documents)} documents {'does' if rest == 1 else 'do'} not say when" if rest else ""
    if len({d.date for d in dated}) == 1 and sum(bool(_clock(d)) for d in dated) < 2:
        return f"They came out the same day, {human_date(dated[0].date)}: {joined(named)}{none}.", cited
    return f"In order of publication: {joined(named)}{none}.", cited


def _clock(doc: Document) -> str:
    """The time of day a document's dateline gives ("5:07PM EDT"), or ""."""
    time = CLOCK.search(doc.dateline or "")
    zone = _ZONE.match(doc.dateline or "", time.end()) if time else None
    return time.group() + (zone.group() if zone else "") if time else ""


def _time(doc: Document) -> str:
    """A sortable time of day from the dateline ("17:07"), or "" (sorted first) when it gives none."""
    m = re.search(r"(\d{1,2}):(\d\d)\s*([ap])\.?m", doc.dateline or "", re.I)
    if not m:
        return ""
    hour = int(m[1]) % 12 + (12 if m[3].lower() == "p" else 0)
    return f"{hour:02d}:{m[2]}"


def document_meant(
    question: Question, evidence: list[Evidence], documents: dict[str, Document], previous: str | None = None
) -> Document | None:
    """The document a question about "the article" means: by outlet or author named, else the one the
    conversation is about, else by content."""
    return named_document(question, documents) or _unnamed_meant(evidence, documents, previous)


def _unnamed_meant(evidence: list[Evidence], documents: dict[str, Document], previous: str | None) -> Document | None:
    """The document meant by a question naming none: the one the conversation is about, the only one, else by content."""
    if previous in documents:
        return documents[previous]
    if len(documents) == 1:
        return next(iter(documents.values()))
    if evidence and evidence[0].matched >= MIN_MATCH:
        return documents.get(evidence[0].sentence.doc_id)
    return None


def named_document(question: Question, documents: dict[str, Document]) -> Document | None:
    """The document whose title of four words or more the question spells, else the first whose outlet it names, else whose
    author ("trevor mogg wrote the bgr one?")."""
    text = plain(question.text)
    if quoted := next((d for d in documents.values() if d.title and len(d.title.split()) >= 4 and says(text, d.title)), None):
        return quoted  # "when was the 'elon musk suing microsoft over twitter data's illegal use' article published"
    named = next((d for field in ("outlet", "author") for d in documents.values() if says(text, getattr(d, field))), None)
    last = (d for d in documents.values() if d.author and " " in d.author and len(n := d.author.split()[-1]) >= 4 and says(text, n))
    return named or next(last, None)  # "wituschek job title?": an author by last name


# "when did bgr publish their article": the one who published it, a byline of the corpus or a name its text tells of
_PUBLISHED_BY = re.compile(r"\bdid\s+(?!(?:they|it|he|she|you|we|u)\b)((?:the\s+)?[\w.&'’-]+(?:\s+[\w.&'’-]+){0,2}?)\s+(?:publish|post|put out|run)\b", re.I)


def _bylined(name: str, doc: Document) -> bool:
    """True when `name` is the document's outlet, author or publisher, or the outlet's initials ("dt")."""
    text, fields = plain(name).removeprefix("the "), [doc.outlet, doc.author, doc.publisher]
    return any(f and (says(plain(f), text) or says(text, f)) for f in fields) or text == "".join(w[0] for w in words(doc.outlet or ""))


def says(text: str, name: str | None) -> bool:
    """True when `text` (already plain) names `name` as a whole word or words."""
    return bool(name) and bool(re.search(rf"\b{re.escape(plain(name or ''))}\b", text))


def _prose(sentence: str) -> bool:
    """A sentence of prose opens with a word or a quote and has five words besides any web address."""
    if re.match(r"(\S+\(\d\w*\))\s.*\s\1$", sentence.strip()):  # "WMCTRL(1) General Commands Manual WMCTRL(1)": a man page's header
        return False
    return bool(re.match(r"[\w\"“‘']", sentence)) and sum("://" not in w for w in sentence.split()) >= 5


def titled(subject: str, documents: dict[str, Document]) -> Document | None:
    """The document that `subject` is the title of: "h11", "iniconfig" for "iniconfig: brain-dead simple
    parsing", "rustdoc" for "What is rustdoc?"."""
    key = plain(subject)
    for doc in documents.values():
        title = plain(doc.title)
        head = plain(re.split(r"\s*[:(–—]|\s+-\s+", doc.title, maxsplit=1)[0])
        # A README is named after its project: "zstd.md" is about zstd, whatever its first heading says.
        if key in (title, head, plain(file_subject(doc.file or ""))) or title in (f"what is {key}", f"what is a {key}", f"what is an {key}"):
            return doc
    return None


# "what does it / that tool actually do?" after the scene naming it: the thing is the name the scene carried
_POINTING = frozenset({"it", "that", "this", "that tool", "this tool", "the tool", "that thing", "that program", "this program", "that app"})
_DOES = re.compile(r"^\W*what (?:does|do) [\w ]+? do\W*$", re.I)


def titled_carried(question: str, thing: str, subjects: set[str], documents: dict[str, Document]) -> Document | None:
    """For "someone recommended gron to me, what does it do?": the one document whose file is named after a
    name the question carried from its scene (`subjects`, stems), when `thing` only points at it."""
    if thing.lower() not in _POINTING or not _DOES.match(question):
        return None
    named = [d for d in documents.values() if (first := stem_words(words(plain(file_subject(d.file or ""))))[:1]) and first[0] in subjects]
    return named[0] if len(named) == 1 else None


def source_name(doc: Document) -> str:
    """How an answer names the article it comes from: its outlet, else its title, else its id."""
    return doc.outlet or (f"“{doc.title}”" if doc.title else doc.id)


def summarize(
    question: Question, evidence: list[Evidence], documents: dict[str, Document], previous: str | None = None
) -> tuple[str, list[Citation]]:
    """What the article a question means is about (its title and first sentence), or what the corpus
    is about (each article's title, its first sentence cited) when it means none: the answer and citations."""
    from qa.ingest.clean import split_sentences  # only here: `qa ask` loads no ingest rules otherwise

    def lead(doc: Document, n: int) -> tuple[str, Citation]:
        # Its first sentence of prose: no heading ("h11"), badge or image line (".. image:: https://...").
        blocks = (
            [doc.text[b.start : b.end] for b in doc.sections if b.kind == "paragraph"] if doc.sections else [doc.text]
        )
        # ... and the sentence after it when that goes on about the same thing: "Its job is to generate ..."
        prose = (
            " ".join(ts[:2] if len(ts) > 1 and _GOES_ON.match(ts[1]) else ts[:1])
            for block in blocks
            if (ts := split_sentences(block)) and _prose(ts[0])
        )
        first = next(prose, None)
        # a slogan ("Command line ASCII boxes unlimited!") and the next paragraph saying what it is ("Boxes is a ...")
        if first and (then := next(prose, None)) and re.match(rf"{re.escape(file_subject(doc.file or '') or doc.title)}\W+(?:is|are)\b", then, re.I):
            first = f"{first} {then}"
        first = first or next(iter(split_sentences(doc.text)), doc.text[:300])
        by = f" ({doc.outlet})" if doc.outlet else ""
        cited = Citation(n=n, doc_id=doc.id, title=doc.title, passage_id=f"{doc.id}#0", text=first, score=1.0)
        return f"“{doc.title or doc.id}”{by}", cited

    doc = document_meant(question, evidence, documents, previous) if question.kind == "summary" else None
    if doc is not None:
        name, cited = lead(doc, 1)
        # A title made of the text's opening words (it had none: they end in "…") is not said twice.
        said = "" if doc.title.endswith("…") and cited.text.startswith(doc.title[:-1]) else name
        return f"{said}: {with_mark(cited.text, 1)}" if said else with_mark(cited.text, 1), [cited]
    shown = [lead(d, n) for n, d in enumerate(list(documents.values())[:_LISTED], 1)]
    more = f"; and {len(documents) - _LISTED} more" if len(documents) > _LISTED else ""
    listed = "; ".join(f"{name} [{c.n}]" for name, c in shown)
    return f"The {len(documents)} documents: {listed}{more}.", [c for _, c in shown]


_GOES_ON = re.compile(r"(?:It|Its|It's|This|They|Their|He|His|She|Her)\b")
_LISTED = 5  # documents a question about the whole corpus lists
