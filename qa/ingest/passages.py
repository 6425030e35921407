"""Cut cleaned documents into sentence-aware, overlapping passages that keep their offsets."""

from __future__ import annotations

from qa.ingest import boilerplate as bp
from qa.ingest.clean import sentence_spans
from qa.models import Document, Passage, Sentence


def sentences_of(doc: Document) -> list[Sentence]:
    """Return the sentences of a cleaned document; headings (no end punctuation) are left out."""
    if doc.sections is not None:
        from qa.ingest.sections import section_sentences

        return section_sentences(doc)
    out = []
    for start, end in sentence_spans(doc.text):
        text = doc.text[start:end]
        if (
            bp.is_headline(text, min_words=1, max_words=25)
            and "\n" not in text
            and _is_own_paragraph(doc.text, start, end)
            and not _announces(text)
        ):
            continue
        out.append(Sentence(doc_id=doc.id, start=start, end=end, text=text))
    return out


def _announces(text: str) -> bool:
    """True for a line of four words or more ending in a colon: a sentence announcing what follows
    ("users will no longer be able to access the following features:"), not a heading."""
    return text.rstrip().endswith(":") and len(text.split()) >= 4


def _is_own_paragraph(text: str, start: int, end: int) -> bool:
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def split_passages(
    doc: Document, sentences: list[Sentence], first_index: int, size: int = 3, overlap: int = 1
) -> list[Passage]:
    """Return passages of `size` sentences, consecutive ones sharing `overlap` sentences.

    `sentences` are the document's own, numbered from `first_index` in the index's sentence
    table. A `size` of 0 makes the whole document one passage. A structured document's passages
    stay within one heading's section and say where they come from.
    """
    if doc.sections is not None:
        from qa.ingest.sections import section_passages

        return section_passages(doc, sentences, first_index, size, overlap)
    if not sentences:
        return []
    n = len(sentences)
    size = n if size <= 0 else size
    stride = max(1, size - min(overlap, size - 1))
    passages = []
    for k, lo in enumerate(range(0, max(n - size, 0) + stride, stride)):
        group = list(range(lo, min(lo + size, n)))
        if not group or (k and group[-1] < lo):
            break
        start, end = sentences[group[0]].start, sentences[group[-1]].end
        passages.append(
            Passage(
                id=f"{doc.id}#{k}",
                doc_id=doc.id,
                title=doc.title,
                start=start,
                end=end,
                text=doc.text[start:end],
                sentences=[first_index + i for i in group],
            )
        )
        if group[-1] == n - 1:
            break
    return passages
