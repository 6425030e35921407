"""Drop the boilerplate of web captures so that only the story's own text becomes passages.

A capture is read as a list of blocks (its non-empty lines). Each block is kept or dropped by
rules on its shape (see `qa.ingest.boilerplate`), and two rules on position: an author's signature
or bio in the back part of a page ends the article (what follows is bios and other stories),
and a "Read more" link ends a teaser, which is dropped back to its headline.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qa.ingest import boilerplate as bp
from qa.models import Document
from qa.text import normalize, straighten

_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)\]]))\s+(?=[\"'“‘(\[]?[A-Z0-9])")
# Paragraphs of prose a story has before a signature can close it; above them it is a byline.
_PROSE_BEFORE_SIGNATURE = 2


def clean(doc: Document) -> Document:
    """Return `doc` with only the story's text left, paragraphs separated by blank lines.

    A document a format parser laid out (one with sections) is no web capture: it is returned as is.
    """
    if doc.sections is not None:
        return doc
    # The rules read plain text (accents off); the story keeps its letters ("Lügen", "café").
    raw = [b for b in (" ".join(straighten(line).split()) for line in doc.text.split("\n")) if b]
    blocks = [normalize(b) for b in raw]
    keep = _end_of_story(blocks)
    blocks = blocks[:keep]
    drop = _chrome(blocks) | _teasers(blocks) | _titles(blocks, doc.title)
    paragraphs = []
    for i, block in enumerate(blocks):
        if i in drop:
            continue
        text = _strip_notices(block)
        if text:
            paragraphs.append(_without_references(raw[i] if text == block else text))
    text = "\n\n".join(paragraphs)
    title = " ".join(straighten(doc.title).split()) or _title_from(paragraphs)
    return replace(doc, text=text, title=title)


def dropped_by_rules(doc: Document) -> list[tuple[str, str]]:
    """The (block or sentence, reason) pairs that `clean` leaves out of a web capture, in page order."""
    if doc.sections is not None:
        return []
    blocks = [" ".join(normalize(line).split()) for line in doc.text.split("\n")]
    blocks = [b for b in blocks if b]
    keep = _end_of_story(blocks)
    chrome, teasers, titles = _chrome(blocks[:keep]), _teasers(blocks[:keep]), _titles(blocks[:keep], doc.title)
    out = []
    for i, block in enumerate(blocks):
        if i >= keep:
            out.append((block, "after the story's end (an author's signature or bio)"))
        elif i in titles:
            out.append((block, "the headline (kept as the title)"))
        elif i in teasers:
            out.append((block, "a teaser for another story"))
        elif i in chrome:
            out.append((block, "page furniture (navigation, label, credit, caption, embed or byline)"))
        else:
            sentences = split_sentences(block)
            out += [(s, "a site notice or author bio") for s in sentences if bp.is_notice(s) or bp.is_bio_sentence(s)]
    return out


def _end_of_story(blocks: list[str]) -> int:
    """Index of the first block past the story: an author signature or bio after the story's prose.

    Above the story's first paragraphs a signature is a byline; after them it closes the story.
    """
    for i, prose in enumerate(_prose_before(blocks)):
        if prose >= _PROSE_BEFORE_SIGNATURE and (_signature_at(blocks, i) or bp.is_bio_sentence(blocks[i])):
            return i
    return len(blocks)


def _prose_before(blocks: list[str]) -> list[int]:
    """For each block, how many paragraphs of prose stand before it."""
    counts, prose = [], 0
    for block in blocks:
        counts.append(prose)
        prose += bp.ends_sentence(block) and len(block.split()) > 8
    return counts


def _signature_at(blocks: list[str], i: int) -> bool:
    line = blocks[i]
    if bp.author_line(line) and not bp.ends_sentence(line):
        return True
    nxt = blocks[i + 1] if i + 1 < len(blocks) else ""
    return bp.is_name_line(line) and (bp.is_role_line(nxt) or bp.is_bio_sentence(nxt))


def _chrome(blocks: list[str]) -> set[int]:
    """Blocks that are page furniture, with the captions and embed bodies that go with them."""
    drop: set[int] = set()
    prose = _prose_before(blocks)
    for i, block in enumerate(blocks):
        if bp.is_chrome(block) or _is_label(block):
            drop.add(i)
        if bp.is_credit(block) and i > 0 and not bp.ends_sentence(blocks[i - 1]):
            drop.add(i - 1)  # the caption above a photo credit
        if bp.is_embed(block) and i > 0:
            drop.add(i - 1)  # the embedded post's own text, quoted again by the story
        if prose[i] < _PROSE_BEFORE_SIGNATURE and (_signature_at(blocks, i) or bp.is_role_line(block)):
            drop.add(i)  # a byline at the top
    return drop


def _is_label(block: str) -> bool:
    """A section or category label: one or two words, no punctuation, not a list item."""
    return len(block.split()) <= 2 and not bp.ends_sentence(block) and not block.startswith("•")


def _teasers(blocks: list[str]) -> set[int]:
    """Blocks of teasers for other stories: back from each "Read more" to the teaser's headline."""
    drop: set[int] = set()
    for i, block in enumerate(blocks):
        if not bp.READ_MORE.match(block):
            continue
        j = i - 1
        while j >= 0 and j not in drop and not bp.READ_MORE.match(blocks[j]):
            drop.add(j)
            if bp.is_headline(blocks[j]) and not bp.is_chrome(blocks[j]):
                break
            j -= 1
    return drop


def _titles(blocks: list[str], title: str) -> set[int]:
    """The headline block itself: the title is kept as metadata, not as a passage."""
    t = normalize(title).strip()
    return {i for i, b in enumerate(blocks) if t and b == t}


def _strip_notices(block: str) -> str:
    """The block without its sentences that are site notices or author bio."""
    sentences = split_sentences(block)
    kept = [s for s in sentences if not bp.is_notice(s) and not bp.is_bio_sentence(s)]
    return " ".join(kept) if len(kept) < len(sentences) else block


# An encyclopedia's reference marks after a sentence's closing punctuation: page numbers ("success.:121,154",
# "it.":54–57 :64") and note marks ("teacher.[citation needed]", "year.[12]"). Not "localhost:8080" or "args[1]".
_REFERENCES = re.compile(
    r"(?<=[.,;!?\"'”’)])(?:\s?:\d+(?:[–-]\d+)?(?:,\s?\d+(?:[–-]\d+)?)*(?=[\s,;.)]|$)"
    r"|\[(?:\d{1,3}|citation needed|clarification needed|who\?|when\?|which\?|according to whom\?)\])+"
)


def _without_references(paragraph: str) -> str:
    """The paragraph without reference marks, which are no part of what it says."""
    return _REFERENCES.sub("", paragraph)


def _title_from(paragraphs: list[str], words: int = 12) -> str:
    if not paragraphs:
        return ""
    first = split_sentences(paragraphs[0])[0].split()
    return " ".join(first[:words]).rstrip(",;:") + ("…" if len(first) > words else "")


_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Inc|Co|Corp|Ltd|No|vs|etc|e\.g|i\.e|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|Gen|Sen|Rep|Gov|resp|cf|viz|esp|incl|fig)\.$"
)


def split_sentences(text: str) -> list[str]:
    """Return the sentences of one paragraph (abbreviations such as "Dr." do not end one)."""
    parts: list[str] = []
    for piece in _SENTENCE_END.split(text.strip()):
        if parts and (
            _ABBREVIATIONS.search(parts[-1]) or re.search(r"\b[A-Z]\.$", parts[-1]) or _quote_open(parts[-1], piece)
        ):
            parts[-1] = f"{parts[-1]} {piece}"
        elif piece:
            parts.append(piece)
    return parts


def _quote_open(before: str, after: str) -> bool:
    """True when `before` leaves a quotation open that `after` closes: one sentence, quoted."""
    straight = before.count('"') % 2 == 1 and '"' in after
    curly = before.count("“") > before.count("”") and "”" in after
    return straight or curly


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of `text`, paragraph by paragraph."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        para, offset = m.group(), m.start()
        pos = 0
        for sentence in split_sentences(para):
            start, pos = located(para, sentence, pos)
            spans.append((offset + start, offset + pos))
    return spans


def located(text: str, sentence: str, pos: int) -> tuple[int, int]:
    """Where a sentence `split_sentences` gave stands in `text` from `pos` on: its spaces may be the
    text's own ("etc.  To force ...", kept in one sentence, comes back with one space)."""
    start = text.find(sentence, pos)
    if start >= 0:
        return start, start + len(sentence)
    m = re.compile(r"\s+".join(map(re.escape, sentence.split()))).search(text, pos)
    return (m.start(), m.end()) if m else (pos, min(len(text), pos + len(sentence)))
