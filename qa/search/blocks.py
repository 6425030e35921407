"""Where a sentence stands in its document's structure: its block (a list item, a table row, code), the
sentence announcing its list, the term of the list item it continues."""

from __future__ import annotations

import re
from bisect import bisect_right

from qa.models import Passage, Section
from qa.patterns import LIST_ITEM, TERM
from qa.search.index import Index
from qa.text import stems


def ends_list(index: Index, j: int) -> bool:
    """True when sentence `j` is in the document of the one before it and no list item: a list ended."""
    return 0 < j < len(index.sentences) and same_doc(index, j - 1, j) and not LIST_ITEM.match(index.sentences[j].text)


def same_doc(index: Index, i: int, j: int) -> bool:
    return index.sentences[i].doc_id == index.sentences[j].doc_id


def passage_of(index: Index, i: int) -> Passage:
    """The last passage to begin at or before sentence `i`, which holds it (passages are stored in order)."""
    return index.passages[bisect_right(index.passages, i, key=lambda p: p.sentences[0]) - 1]


LISTED = ("item", "row")
# A sentence broken off by the code it goes on in: no full stop, nor a colon (one announcing it is quoted with it).
_GOES_ON = re.compile(r"\w\s*$")


def announced(index: Index, i: int, most: int = 5) -> list[int]:
    """The list items after sentence `i` when it announces them ("... the following features:") or is one,
    up to `most`: a passage ending with it cuts them off, and an answer quoting it quotes them."""
    text = index.sentences[i].text
    colon = text.rstrip().endswith(":")
    # a structured document's items bear no bullet: an item of a list a sentence announces ("... in the
    # following locations:" / "a file named ~/.config/yamllint/config") is one too
    structured = kind_of(index, i) == "item" and (colon or announcer(index, i, "item") is not None)
    if not (colon or LIST_ITEM.match(text) or structured):
        return []
    found = []
    for j in range(i + 1, min(i + 1 + most, len(index.sentences))):
        if not same_doc(index, i, j) or not (LIST_ITEM.match(index.sentences[j].text) or (structured and kind_of(index, j) == "item")):
            break
        found.append(j)
    return found


def announcer(index: Index, i: int, kind: str) -> int | None:
    """The sentence ending in a colon that the list or table holding sentence `i` (a block of `kind`, or a
    web capture's bullet, "• Schedule Tweets") follows: "These are the return codes of a command:" above
    "255 -- Command failed."."""
    bulleted = not kind and LIST_ITEM.match(index.sentences[i].text)
    if kind == "code":  # "JIT support is included in the build by specifying" / "--enable-jit": it goes on in the code
        j = i - 1
        if j >= 0 and same_doc(index, i, j) and kind_of(index, j) not in ("code", *LISTED) and _GOES_ON.search(index.sentences[j].text):
            return j
        return None
    if kind not in LISTED and not bulleted:
        return None
    j = i - 1
    while j >= 0 and same_doc(index, i, j) and (LIST_ITEM.match(index.sentences[j].text) if bulleted else kind_of(index, j) in LISTED):
        j -= 1
    if j < 0 or not same_doc(index, i, j) or not index.sentences[j].text.rstrip().endswith(":"):
        return None
    return j




def item_opening(index: Index, i: int, kind: str) -> tuple[int, list[str]] | None:
    """The first sentence of the list item holding sentence `i` and the stems of the term it defines, when
    `i` is a later one: "The default is 3000." in "--maxdepth VALUE: Adjust the maximum depth. The default
    is 3000." tells the default of --maxdepth."""
    if kind not in LISTED or i == 0 or not same_doc(index, i - 1, i):
        return None
    first = _block_start(index, i)
    # a later paragraph of an item defining a term ("This option changes that behaviour ..." two paragraphs
    # under "--adopt: Warning! ..."): the item opening with the term, up to two paragraphs back
    for _ in range(2):
        if TERM.match(index.sentences[first].text) or first == 0 or not same_doc(index, first - 1, i) or kind_of(index, first - 1) != "item":
            break
        first = _block_start(index, first - 1)
    m = TERM.match(index.sentences[first].text) if first < i else None
    return (first, stems(m.group("term"))) if m else None


def item_rest(index: Index, i: int, kind: str, most: int = 3) -> list[str]:
    """The stems of the sentences after `i` in its list item, when `i` opens the item defining a term:
    "newline_style: Defines the style of marking linebreaks." is told further by "... BACKSLASH will convert
    a linebreak to a backslash and a newline"."""
    if kind not in LISTED or not TERM.match(index.sentences[i].text):
        return []
    block, rest = block_of(index, i), []
    for j in range(i + 1, min(i + 1 + most, len(index.sentences))):
        if not same_doc(index, i, j) or block_of(index, j) is not block:
            break
        rest += index.sentence_stems[j]
    return rest


def _block_start(index: Index, i: int) -> int:
    """The first sentence of the block holding sentence `i`."""
    block, first = block_of(index, i), i
    while first > 0 and same_doc(index, first - 1, i) and block_of(index, first - 1) is block:
        first -= 1
    return first


def kind_of(index: Index, i: int) -> str:
    block = block_of(index, i)
    return block.kind if block is not None else ""


def block_of(index: Index, i: int) -> Section | None:
    """The block of its document's text holding sentence `i`, if the document has blocks."""
    doc = index.documents.get(index.sentences[i].doc_id)
    if doc is None or not doc.sections:
        return None
    offset = index.sentences[i].start
    k = bisect_right(doc.sections, offset, key=lambda s: s.start) - 1
    return doc.sections[k] if k >= 0 and offset < doc.sections[k].end else None
