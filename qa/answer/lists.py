"""Lists in an answer: an item of a list is told with the sentence announcing the list ("... users will no
longer be able to access the following features:", then "• Create and manage drafts or Tweets")."""

from __future__ import annotations

from qa.answer.quoting import announces, following, items_after, opening_of
from qa.search.retrieve import Evidence


def list_of(e: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """The sentence announcing the list `e` is an item of, when the item names no term of its own; else `e`."""
    return opening_of(e, evidence) if e.announcer and e.opening is None else e


def announced_lists(quoted: list[Evidence], cited: list[Evidence], evidence: list[Evidence]) -> list[Evidence]:
    """`quoted` with the sentence announcing a list ("... users will no longer be able to access the following
    features:") in place of each item of it ("• Schedule Tweets"): it brings every item; an item whose
    announcing sentence is cited already stays."""
    lists = [list_of(e, evidence) or e for e in quoted]
    lists = [a if all(a.sentence is not c.sentence for c in cited) else e for a, e in zip(lists, quoted, strict=True)]
    return [e for n, e in enumerate(lists) if all(e.sentence is not o.sentence for o in lists[:n])]


def with_items(best: Evidence, cited: list[Evidence], quoted: list[Evidence], evidence: list[Evidence]) -> list[Evidence]:
    """`quoted`, led by the other items of the list `best` is an item of when the sentence announcing the list
    is cited ("... the following features:", "• Create and manage drafts or Tweets", then "• View past ...")."""
    if best.announcer is None or all(c.sentence is not best.announcer.sentence for c in cited):
        return quoted
    announcing = next(c for c in cited if c.sentence is best.announcer.sentence)
    items = [i for i in items_after(announcing, evidence) if all(i.sentence is not c.sentence for c in cited)]
    return [*items, *(e for e in quoted if all(e.sentence is not i.sentence for i in items))]


def unlisted(near: list[Evidence]) -> list[Evidence]:
    """`near` without the items of a list whose announcing sentence ranks above them: that sentence tells them,
    with its items ("what features are users losing": "... the following features:", not "• Schedule Tweets")."""
    return [e for n, e in enumerate(near) if not (e.announcer and any(f.sentence is e.announcer.sentence for f in near[:n]))]


def on_to_announcer(best: Evidence, evidence: list[Evidence]) -> list[Evidence]:
    """The one or two sentences after the best one down to one announcing what follows ("... timestamps no longer
    include milliseconds." then "This is because ..." then "There are three ways to do that:"), or none: the way
    a how-to asks for, told after the trouble the asker matched."""
    chain: list[Evidence] = []
    while len(chain) < 2 and (nxt := following(chain[-1] if chain else best, evidence)) is not None and nxt.sentence.start > (chain[-1] if chain else best).sentence.start:
        chain.append(nxt)
        if announces(nxt):
            return chain
    return []
