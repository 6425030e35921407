"""Rank passages for a query with BM25, then rank the sentences inside the best passages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise

import numpy as np

from qa.models import Hit, Passage, Sentence
from qa.patterns import LIST_ITEM
from qa.question.facts import file_subject, names_a_thing
from qa.question.query import Query
from qa.search.blocks import announced, announcer, ends_list, item_opening, item_rest, kind_of, passage_of, same_doc
from qa.search.index import Index
from qa.text import stems


def search(index: Index, query: Query, k: int, exclude: frozenset[str] = frozenset()) -> list[Hit]:
    """Return the `k` best passages with a score above zero, best first, none from the documents in `exclude`."""
    bag = query.bag()
    if not bag:
        return []
    scores = index.scorer.scores(bag)
    if exclude:
        scores[[i for i, p in enumerate(index.passages) if p.doc_id in exclude]] = 0.0
    k = min(k, len(scores))
    top = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    top = top[np.argsort(-scores[top], kind="stable")]
    return [
        Hit(passage=index.passages[i], score=float(scores[i]), rank=r)
        for r, i in enumerate((int(i) for i in top if scores[i] > 0), 1)
    ]


@dataclass
class Evidence:
    """A sentence that may answer the question, with what it matched and where it came from."""

    sentence: Sentence
    stems: list[str]
    passage_id: str
    title: str
    passage_score: float
    context: list[str] = field(default_factory=list)  # stems of the sentence before, same document
    heading: tuple[str, ...] = ()  # the headings the passage stands under ("Changelog", "Version 1.4 (October 2023)")
    # stems of the sentence announcing its list ("The codes are:") and of the term its list item defines
    lead: list[str] = field(default_factory=list)
    matched: float = 0.0  # share of the query's idf weight the sentence holds (0..1)
    score: float = 0.0
    after: Evidence | None = None  # the next sentence of its document, when its passage ends with it
    opening: Evidence | None = None  # the first sentence of the list item it continues ("--maxdepth VALUE: ...")
    announcer: Evidence | None = None  # the sentence announcing the list it is an item of ("... the following features:")
    kind: str = ""  # the block it stands in, in a structured document: "code", "item", "row", "paragraph"...
    rest: list[str] = field(default_factory=list)  # stems of the later sentences of the list item it opens

    def holds(self, term: str, query: Query) -> bool:
        """True when the sentence, the one before it or the title holds `term` (or an alternative)."""
        return query.match(term, self.around) > 0

    def says(self, term: str, query: Query) -> bool:
        """True when the sentence itself or the title holds `term` (or an alternative)."""
        return query.match(term, self.titled) > 0

    @cached_property
    def titled(self) -> frozenset[str]:
        """The stems of the sentence and the title, and of the thing its file is named after ("rustc" of
        rustc-codegen-options.html, whose title is "Codegen Options")."""
        return frozenset(self.stems).union(_title_stems(self.title), file_named(self.sentence.doc_id))

    @cached_property
    def headed(self) -> frozenset[str]:
        """The stems of the headings the sentence stands under ("Quick start", "Version 2.0 (March 2024)"), and
        for a list item or table row, of the sentence announcing its list ("These are the return codes:")."""
        return frozenset(self.lead).union(*(_title_stems(h) for h in self.heading))

    @cached_property
    def near(self) -> frozenset[str]:
        """The stems of the headings above the sentence, of the sentence before when this one opens with a
        pronoun and a verb ("It listens on port 8642" after "Start the server ..."), and of the rest of the list
        item it opens ("newline_style: Defines ..."): they count half."""
        if _REFERS.match(self.sentence.text):
            return self.headed.union(self.context, self.rest)
        return self.headed.union(self.rest) if self.rest else self.headed

    @cached_property
    def around(self) -> frozenset[str]:
        """The stems of the sentence, the one before it, the title and the headings above it."""
        return self.titled.union(self.context, self.headed)


def joined(hits: list[Hit], more: list[Hit]) -> list[Hit]:
    """`hits`, then those of `more` that are not among them."""
    found = {h.passage.id for h in hits}
    return [*hits, *(h for h in more if h.passage.id not in found)]


def candidate_sentences(index: Index, hits: list[Hit]) -> list[Evidence]:
    """Return each sentence of the hit passages once, with the best score of a passage holding it, and the
    list items a hit passage's last sentence announces or begins, which the next passage holds."""
    seen: dict[int, Evidence] = {}
    for hit in hits:
        held = [(i, hit.passage) for i in hit.passage.sentences]
        listed = announced(index, hit.passage.sentences[-1])
        for i, passage in held + [(j, passage_of(index, j)) for j in listed]:
            if i not in seen:
                seen[i] = _evidence(index, i, passage, hit.score)
        if listed and ends_list(index, end := listed[-1] + 1) and seen[end - 1].after is None:
            seen[end - 1].after = _evidence(index, end, passage_of(index, end), hit.score)  # the list's end
        last = hit.passage.sentences[-1]
        if seen[last].after is None and last + 1 < len(index.sentences) and same_doc(index, last, last + 1):
            seen[last].after = _evidence(index, last + 1, passage_of(index, last + 1), hit.score)
    return list(seen.values())


def _evidence(index: Index, i: int, passage: Passage, score: float, within: bool = False) -> Evidence:
    """Sentence `i` as evidence; a later sentence of a list item holds the item's opening (`within`: it is one)."""
    kind = kind_of(index, i)
    opening = None if within else item_opening(index, i, kind)
    lead = None if within else announcer(index, i, kind)
    return Evidence(
        index.sentences[i],
        index.sentence_stems[i],
        passage.id,
        passage.title,
        score,
        context=index.sentence_stems[i - 1] if i > 0 and same_doc(index, i - 1, i) else [],
        heading=tuple(passage.heading),
        lead=(index.sentence_stems[lead] if lead is not None else []) + (opening[1] if opening else []),
        kind=kind,
        rest=[] if within else item_rest(index, i, kind),
        opening=_evidence(index, opening[0], passage_of(index, opening[0]), score, True) if opening else None,
        announcer=_evidence(index, lead, passage_of(index, lead), score, True) if lead is not None else None,
    )


# A sentence that lacks the names a question asks about is likely about something else:
# its match is scaled down to this factor when it lacks all of them, in proportion for some.
MISSING_SUBJECT = 0.6


# "the CEO of Microsoft" holds only where "CEO" stands near "Microsoft": farther or without it,
# a match scales by this (another organisation's CEO is a different person).
RELATION_APART = 0.45


def _relations_apart(query: Query, stems: list[str]) -> float:
    factor = 1.0
    for head, name in query.relations:
        at_head = [i for i, s in enumerate(stems) if query.match(head, {s})]
        at_name = [i for i, s in enumerate(stems) if query.match(name, {s})]
        if at_head and (not at_name or min(abs(a - b) for a in at_head for b in at_name) > 3):
            factor *= RELATION_APART
    return factor


# A word of the question only a heading above the sentence holds ("which port does the quick start
# use?" under "Quick start") counts this much of a word the sentence holds.
HEADING_MATCH = 0.5
LEAD_MATCH = 0.9
# A sentence opening with a pronoun and a verb other than "be", "seem" or a modal: "It listens on ...",
# not "It's too early to say", whose "it" points at nothing before.
# "Arguments can be made that, without doing so, ...": the deed of the sentence before is this one's own.
DOES_SO = re.compile(r"[^.;:]{0,60}?\b(?:doing|do|does|did|done) so\b", re.I)
THATS = re.compile(r"\W*(?:(?:while|but|and|so|although|though)\s+)?that['’]s\b", re.I)  # "While that's small change"
_REFERS = re.compile(
    r"(?:it|they|he|she) (?!(?:is|was|are|were|seems?|appears?|remains?|will|would|could|can|may|might|has|had|have)\b)"
    rf"[a-z]+s?\b|{DOES_SO.pattern}",
    re.I,
)


# Question words that stand side by side in a sentence too ("Super Bowl", "sue Microsoft") add this.
PHRASE_BONUS = 0.05


def _listed(evidence: list[Evidence]) -> dict[int, frozenset[str]]:
    """The stems of the list items found right after a sentence announcing them ("... the following
    features:"), by the sentence's id: it holds their words at half, as an item holds its sentence's."""
    ordered = sorted(evidence, key=lambda e: (e.sentence.doc_id, e.sentence.start))
    out: dict[int, frozenset[str]] = {}
    for n, e in enumerate(ordered):
        if not e.sentence.text.rstrip().endswith(":"):
            continue
        items: set[str] = set()
        for f in ordered[n + 1 : n + 12]:
            if f.sentence.start <= e.sentence.start:  # the same sentence, found in another passage
                continue
            if f.sentence.doc_id != e.sentence.doc_id or not (LIST_ITEM.match(f.sentence.text) or f.kind == "item"):
                break
            items.update(f.stems)
        if items:
            out[id(e)] = frozenset(items)
    return out


def weigh(evidence: list[Evidence], query: Query, weights: dict[str, float]) -> list[Evidence]:
    """Score sentences by the idf weight of the query terms they hold, plus passage score; best first."""
    total = sum(weights[t] * w for t, w in query.terms.items()) or 1.0
    top_passage = max((e.passage_score for e in evidence), default=0.0) or 1.0
    names = query.subjects
    order = list(query.terms)
    asked = query.asked()
    tail = _tail(query.text)
    listed = _listed(evidence)
    tools = _documents_named(evidence, query)
    for e in evidence:
        # "Arguments can be made that, without doing so", "While that's small change": the sentence before's words are its own
        own = set(e.stems).union(e.context) if DOES_SO.match(e.sentence.text) or THATS.match(e.sentence.text) else set(e.stems)
        own = set(stems(re.sub(r"\S+://\S+", " ", e.sentence.text))) if "://" in e.sentence.text else own  # "For more information, see https://reproducible-builds.org/": a link's words are no sentence's
        titled = e.titled if names else own  # a name the article's title holds, every sentence of it holds: "Fresno" in "Fresno"
        near = e.near | listed.get(id(e), frozenset())
        # Under a heading that is all question words ("addressing_style", "Quick start") a sentence is about
        # them: "Default - auto" answers "what is the default addressing style" as if it named it.
        whole = HEADING_MATCH if not e.heading or not set(stems(e.heading[-1])) <= asked else 1.0  # "multipart_threshold" whole
        # A list item says what its announcing sentence says of it ("... no longer be able to access the
        # following features:" / "Create and manage drafts or Tweets"): that sentence's words count nearly in
        # full (the sentence itself, holding them all, comes first).
        lead = frozenset(e.lead)
        e.matched = sum(
            weights[t] * w * max(held(query, t, titled if t in names else own, near, whole), LEAD_MATCH * query.match(t, lead))
            for t, w in query.terms.items()
        )
        e.matched /= total
        # A name only the sentence before holds is no missing subject either: "it" may point at it.
        if names:
            missing = [t for t in names if not e.holds(t, query)]
            e.matched *= 1 - (1 - MISSING_SUBJECT) * len(missing) / len(names)
        if tools and not any(e.holds(t, query) for t in tools):
            e.matched *= MISSING_SUBJECT
        e.matched *= _relations_apart(query, e.stems)
        # Long sentences match more by chance: a mild length penalty keeps answers short.
        length = 1.0 + 0.004 * max(0, len(e.stems) - 25)
        pairs = set(pairwise(e.stems))
        phrase = sum(1 for p in pairwise(order) if p in pairs) + _ends_alike(tail, e.sentence.text)
        e.score = e.matched / length + PHRASE_BONUS * phrase + 0.25 * e.passage_score / top_passage
    return sorted(evidence, key=lambda e: -e.score)


# "What is Musk accusing Microsoft of?": the question's last word and the preposition it ends with.
_TAIL = re.compile(r"(\w+)\s+(of|for|with|from|about|against|into|by)\W*$", re.I)


def _tail(question: str) -> tuple[list[str], str] | None:
    """The stems of the question's last word and the preposition it ends with, if it ends with one."""
    m = _TAIL.search(question)
    return (stems(m.group(1)), m.group(2).lower()) if m else None


def _ends_alike(tail: tuple[list[str], str] | None, sentence: str) -> int:
    """1 when the sentence has the question's last word right before the preposition the question ends
    with ("accused Microsoft of training ...", not "accused Microsoft co-founder Bill Gates of ...")."""
    if tail is None:
        return 0
    word, prep = tail
    return int(any(stems(m.group(1)) == word for m in re.finditer(rf"(\w+)\s+{prep}\b", sentence, re.I)))


def held(
    query: Query, term: str, stems: set[str] | frozenset[str], near: frozenset[str], share: float = HEADING_MATCH
) -> float:
    """How fully `stems` hold `term` (1, or less for an alternative), or `share` as much the words `near` them."""
    found = query.match(term, stems)
    return found if found == 1.0 or not near else max(found, share * query.match(term, near))


@lru_cache(maxsize=4096)
def file_named(doc_id: str) -> frozenset[str]:
    """The stems of the words of a document's file name that name a thing English hardly uses."""
    said = file_subject(doc_id).split()  # "pbzip2", "w3m": a name with figures in it names a thing too
    return frozenset(stems(" ".join(w for w in said if names_a_thing(w) or (len(w) >= 3 and w[0].isalpha() and not w.isalpha() and w.isalnum()))))


def of_another_document(best: Evidence, evidence: list[Evidence], query: Query) -> bool:
    """True when the question names the thing some documents found are about (`_documents_named`) and `best`, of
    another document, never names it: "can i set default options for pbzip2" is not answered by tldextract's README."""
    return bool(named := _documents_named(evidence, query)) and not any(best.holds(t, query) for t in named)


def _documents_named(evidence: list[Evidence], query: Query) -> set[str]:
    """The question's words, no names of it, that name the thing some documents found are about by their file
    names and others' are not ("with dar": dar-tutorial.md, not knockd.1): a sentence of another is about another."""
    named = {t for t in query.terms if t not in query.subjects and any(t in file_named(e.sentence.doc_id) | _man_named(e.title) for e in evidence)}
    return {t for t in named if not all(t in e.titled for e in evidence)}


@lru_cache(maxsize=256)
def _man_named(title: str) -> frozenset[str]:
    """The stems of the name a manual page's title gives ("daemon" of "DAEMON(1)"), whatever English makes of it."""
    return frozenset(stems(m[1])) if (m := re.fullmatch(r"\s*([\w.+-]{2,30})\s*\(\d\w*\)\s*", title)) else frozenset()


@lru_cache(maxsize=4096)
def _title_stems(title: str) -> frozenset[str]:
    """The stems of a title or heading; one naming an identifier holds its words too ("max_queue_size": "queue")."""
    return frozenset(stems(title)).union(stems(title.replace("_", " ")) if "_" in title else ())


def drop_repeats(evidence: list[Evidence], said: str) -> list[Evidence]:
    """The evidence without sentences already quoted in `said` (the previous answer), unless that is all."""
    fresh = [e for e in evidence if e.sentence.text.rstrip(".") not in said]
    return fresh or evidence


def near_top(evidence: list[Evidence], window: float, most: int = 8) -> list[Evidence]:
    """The first `most` sentences (best first) that score at least `window` of the best one."""
    floor = evidence[0].score * window if evidence else 0.0
    return [e for e in evidence[:most] if e.score >= floor]
