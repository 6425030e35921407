"""Other forms of a question's word that the corpus may write instead: a derivational ending the stemmer
keeps apart ("founded" / "founder"), a plural it keeps after "u" ("gpu" / "gpus"), and in a yes/no
question the "un-" opposite ("clear" / "unclear")."""

from __future__ import annotations

import re

# Derivational endings the stemmer keeps apart ("founded" -> found, "co-founder" -> founder).
_SUFFIXES = ("er", "or", "ers", "ion", "ment", "al", "e", "ing", "ship", "ist", "ism", "ity", "ry", "aci", "i")


def relatives(stem: str, known_stems: set[str] | dict[str, int], polar: bool = False) -> list[str]:
    """Return the corpus stems that differ from `stem` by a derivational ending ("creat" -> "creator"), or
    for a yes/no question (`polar`) by "un" ("clear" -> "unclear"), or by a plural "s" the stemmer keeps
    after "u" ("gpu" -> "gpus")."""
    plural = [p for p in (f"{stem}s", stem[:-1] if stem.endswith("us") else "") if len(stem) >= 3 and p in known_stems]
    if len(stem) < 4:
        return plural
    out = plural + (_un_forms(stem, known_stems) if polar else [])
    if stem[-1] == stem[-2] and stem[-1] not in "aeiouls" and stem[:-1] in known_stems:
        out.append(stem[:-1])  # "formatter" (formatt) -> format
    # "explain" / "explanation" (explan), "maintain" / "maintenance": a vowel the noun drops
    vowel = (re.sub(r"ain$", "an", stem), re.sub(r"(?<=[^aeiou])an$", "ain", stem)) if len(stem) >= 6 else ()
    out += [s for s in vowel if s != stem and s in known_stems]
    for suffix in _SUFFIXES:
        if stem + suffix in known_stems:
            out.append(stem + suffix)
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 4 and stem[: -len(suffix)] in known_stems:
            out.append(stem[: -len(suffix)])
    return out


_AGENT = re.compile(r"^(?:er|or|ers|ist)$")


def relative(stem: str, known_stems: set[str] | dict[str, int], polar: bool = False) -> str:
    """Return `stem` if the corpus holds it, else its first corpus relative by ending, else `stem`.

    An "un-" relative is its opposite ("reason" -> "unreason"): it matches as another form of
    the word would (`opposite`), but the question's word stays, with its own synonyms.
    """
    if stem in known_stems:
        return stem
    opposed = opposite(stem, known_stems, polar)
    # An agent noun is no other form of the verb ("co-founder" says who, not when it was founded): it
    # stays an alternative of the word asked, matched in part.
    return next(
        (r for r in relatives(stem, known_stems, polar) if r not in opposed and not _AGENT.search(r[len(stem) :])), stem
    )


# Words saying the opposite of a word asked: "did musk stay at openai?" is answered no by "he left soon after".
ANTONYMS = {
    "stay": ("leav", "left", "quit", "depart"),
    "remain": ("leav", "left", "quit", "depart"),
    "small": ("larg", "big", "huge"),  # "is the tier meant for small biz": "... for large companies"
    "larg": ("small", "tini"),
    "cheap": ("expens", "pricey", "costli"),
    "expens": ("cheap",),
}


def opposite(stem: str, known_stems: set[str] | dict[str, int], polar: bool) -> list[str]:
    """The corpus's "un-" form of a word it lacks ("clear" -> "unclear") or its antonym, which matches it as fully as
    another form would in a yes/no question: whether something is clear is answered by a sentence saying
    it is unclear. In any other question it is the opposite: "how do I uninstall X" is not "install X"."""
    if not polar or stem in known_stems or len(stem) < 4:
        return []
    return _un_forms(stem, known_stems) + [a for a in ANTONYMS.get(stem, ()) if a in known_stems]


def _un_forms(stem: str, known_stems: set[str] | dict[str, int]) -> list[str]:
    """The corpus stems that differ from `stem` by "un" ("clear" -> "unclear", "unhappi" -> "happi")."""
    return [p for p in (f"un{stem}", stem[2:] if stem.startswith("un") else "") if p and p in known_stems]
