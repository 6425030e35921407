"""'How does the digital trends piece wrap up?': an article's ending, its last sentence of body text."""

from __future__ import annotations

import re

from qa.answer.compose import Composition
from qa.answer.quoting import with_mark
from qa.models import Citation
from qa.search.blocks import passage_of
from qa.search.index import Index

# "how does the digital trends piece wrap up", "how does it end", "what's the big picture point at the end
# of the bgr article", "what's the conclusion of the article": how an article itself ends.
_DOC = r"(?:article|piece|writeup|write-up|post|report|one)"  # not "story": "how does the story end" asks a plot
ASKS_ENDING = re.compile(
    rf"\bhow (?:does|did) (?:(?:the |that |this )?(?:[\w.'’-]+ ){{0,3}}?{_DOC}s? (?:end|close|finish|wrap|conclude|sign off)"
    r"|it (?:wrap|conclude|sign off))\b"
    rf"|\b(?:at|in) the (?:very )?end of (?:the |that |this )?(?:[\w.'’-]+ ){{0,3}}?{_DOC}s?\W*$"
    rf"|\b(?:ending|conclusion|closing (?:line|point|thought)|final (?:line|point|thought|paragraph)s?)"
    rf" (?:of|in|to) (?:the |that |this )?(?:[\w.'’-]+ ){{0,3}}?{_DOC}s?\b",
    re.I,
)


def ending(question: str, named: frozenset[str], previous: str | None, index: Index) -> Composition | None:
    """The last sentence of the article meant when `question` asks how it ends, else None: the one it names,
    else the one the conversation's last answer cited first (`previous`), else the corpus's only one."""
    if not ASKS_ENDING.search(question):
        return None
    meant = named or ({previous} if previous else set(index.documents) if len(index.documents) == 1 else set())
    if len(meant) != 1:
        return None
    (doc_id,) = meant
    last = max((i for i, s in enumerate(index.sentences) if s.doc_id == doc_id), default=None)
    if last is None:
        return None
    sentence = index.sentences[last]
    passage = passage_of(index, last)
    doc = index.documents[doc_id]
    cited = Citation(n=1, doc_id=doc_id, title=doc.title, passage_id=passage.id, text=sentence.text, score=1.0)
    by = f" ({doc.outlet})" if doc.outlet else ""
    answer = f"“{doc.title or doc_id}”{by} ends: {with_mark(sentence.text, 1)}"
    return Composition(answer, False, 0.9, [cited], sentence=sentence.text)
