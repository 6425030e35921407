"""What a page says of itself besides its byline: who owns its outlet, whose post it embeds, whose picture it shows."""

from __future__ import annotations

import re
from collections.abc import Iterable

from qa.answer.metadata import Told, meta_citation, named_document, says
from qa.answer.quoting import plain
from qa.models import Document
from qa.question.kinds import Question

_OWNS = re.compile(r"\bowns?\b|\bowned\b|\bowner\b|\bparent(?: (?:company|firm))?\b|\bpublisher\b", re.I)  # "the parent of verdict"


def owner(question: Question, documents: dict[str, Document]) -> Told | None:
    """Who owns the outlet a question names ("who owns verdict?"): the publisher an article's notice names;
    or which outlet the publisher named owns ("which news site is owned by globaldata")."""
    if not _OWNS.search(question.text):
        return None
    text = plain(question.text)
    for doc in documents.values():
        if not (doc.publisher and doc.outlet):
            continue
        told = f"{doc.publisher} is the parent company of {doc.outlet}"
        if says(text, doc.outlet):
            return Told(doc.publisher, told, meta_citation(doc, 1))
        if says(text, doc.publisher) and question.kind != "yes_no":  # not "does globaldata own bgr?"
            return Told(doc.outlet, told, meta_citation(doc, 1))
    return None


# "musk's twitter handle?", "whats the handle on the embedded musk tweet": an account's name.
_ASKS_HANDLE = re.compile(
    r"(?:['’]s|\b(?:twitter|x|his|her|their|account|the))\s+(?:handle|username|user ?name)\b|@\W*$"
    r"|\b(?:handle|username)\b(?=.*\b(?:embed\w*|tweet|post)\b)",  # "musk handle in the tweet embed?"
    re.I,
)
_SIGNED = re.compile(r"^[—–-]\s*(?P<name>.{1,60}?)\s*\((?P<handle>@\w{1,30})\)")


def handle(question: Question, documents: dict[str, Document], terms: Iterable[str] = ()) -> Told | str | None:
    """The handle a post embedded in an article is signed with, for a question asking the handle of the
    one who signed it ("musk's twitter handle?": "@elonmusk"; "whats his handle" after a question of musk: its
    `terms`); why there is none when posts are embedded but none by the one asked ("bill gates's twitter
    handle"); None for another question."""
    if not _ASKS_HANDLE.search(question.text):
        return None
    asked = set(plain(question.text).split()) | set(terms)
    signed = [(doc, sig, m) for doc in documents.values() for sig in doc.embeds or () if (m := _SIGNED.match(sig))]
    for doc, signature, m in signed:
        if asked & {w for w in plain(m.group("name")).split() if len(w) > 2}:
            told = f"“{doc.title}” embeds a post signed “{signature}”"
            return Told(m.group("handle"), told, meta_citation(doc, 1, extra=("embed", signature)))
    return "no post embedded in an article is signed by the one asked" if signed else None


# "who took the photo in the bgr article", "who is credited for the image": a picture's credit.
_ASKS_CREDIT = re.compile(
    r"\b(?:photo|picture|image|pic|photograph|illustration)s?\b.*\b(?:credit\w*|took|taken|shot|snapped)\b"
    r"|\b(?:credit\w*|took|taken|shot|snapped)\b.*\b(?:photo|picture|image|pic|photograph|illustration)s?\b|\bphotographer\b",
    re.I,
)
# "does the bgr article have a photo of musk": whether it shows one, its credit telling whose
PICTURE_WORD = r"\b(?:photo|picture|image|pic|photograph)s?\b"
PICTURED = re.compile(rf"^\W*(?:\w+\W+)?(?:does|do|did|is there|are there)\b[^?]*{PICTURE_WORD}", re.I)
_CREDIT_LABEL = re.compile(r"^\(?[^:|]{1,40}[:|]\s*")  # "Image: ", "Photo credit | "


def image_credit(question: Question, documents: dict[str, Document]) -> Told | None:
    """Whose picture an article shows, as its credit line gives it ("Image: Britta Pedersen-Pool/Getty Images"):
    of the article a question names, else of the one article crediting a picture."""
    shows = question.kind == "yes_no" and PICTURED.match(question.text) is not None
    if not _ASKS_CREDIT.search(question.text) and not shows:
        return None
    credited = [d for d in documents.values() if d.image_credits]
    doc = named_document(question, documents) or (credited[0] if len(credited) == 1 else None)
    if doc is None or not doc.image_credits:
        return None
    credit = doc.image_credits[0]
    told = f"“{doc.title}” credits its picture: “{credit}”"
    return Told("Yes" if shows else _CREDIT_LABEL.sub("", credit).rstrip(")"), told, meta_citation(doc, 1, extra=("image", credit)))


# "which site said it contacted microsoft for comment", "did microsoft respond to digital trends": a page's
# notice that it asked for comment; asked by the asking, or by an answer to the outlet that asked
_FOR_COMMENT = r"\bfor (?:a |any )?(?:comment|statement|statment)\b"
_ASKS_SOUGHT = re.compile(rf"{_FOR_COMMENT}|\bget (?:a |any )?comment\b", re.I)
_ANSWERED = re.compile(r"\b(?:respon[sd]\w*|respnd\w*|repl(?:y|ied|ies)|get(?:s|ting)? back|got back|comment(?:ed|s)?|statement|hear(?:d)? back|get (?:a |any )?comment)\b", re.I)


def comment_sought(question: Question, documents: dict[str, Document]) -> Told | None:
    """The page saying it asked someone for comment, for a question about that asking ("which outlet said it
    had contacted Microsoft for comment?": its outlet) or whether the one asked answered the outlet ("did
    microsoft respond to digital trends?": not when the page was written)."""
    for doc in documents.values():
        if not (doc.comment_sought and doc.outlet):
            continue
        named = says(plain(question.text), doc.outlet)
        if not (_ASKS_SOUGHT.search(question.text) or (named and _ANSWERED.search(question.text))):
            continue
        citation = meta_citation(doc, 1, extra=("notice", doc.comment_sought))
        if question.kind == "yes_no":  # whether they answered; else whether it asked ("did digital trends ask microsoft for comment?")
            answered = _ANSWERED.search(re.sub(_FOR_COMMENT, "", question.text, flags=re.I))
            return Told("Not when the article was written" if answered else "Yes", doc.comment_sought.rstrip("."), citation)
        return Told(doc.outlet, doc.comment_sought.rstrip("."), citation)
    return None


def of_the_page(question: Question, documents: dict[str, Document]) -> Told | None:
    """What a page says of itself besides its byline: who owns its outlet, whose picture it shows, whom it asked
    for comment."""
    return owner(question, documents) or image_credit(question, documents) or comment_sought(question, documents)


def whether_of_the_page(question: Question, documents: dict[str, Document]) -> Told | None:
    """Whether a page says a thing of itself: its outlet's owner ("is verdict owned by ..."), an answer to the
    comment it asked for ("did microsoft respond to digital trends")."""
    return owner(question, documents) or comment_sought(question, documents)
