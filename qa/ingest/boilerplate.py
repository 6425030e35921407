"""Rules that recognise the furniture of a web page: lines that are not part of the story.

Each rule names a kind of line a web capture carries (navigation, ad and affiliate notices,
photo credits, embeds, bylines, author bios) by its shape, not by the exact words of one site.
"""

from __future__ import annotations

import re

from qa.text import normalize

_I = re.IGNORECASE

# Whole lines that are page chrome: navigation, buttons, widget headings, ad slots.
_CHROME = re.compile(
    r"(?:skip|jump) to (?:main )?(?:content|navigation|main)|(?:click to )?skip (?:this )?ad"
    r"|(?:please )?(?:enable|turn on) javascript\b.*|javascript is (?:disabled|required)\b.*"
    r"|recommended(?: videos| stories| articles| for you| reading)?|trending(?: now| stories)?"
    r"|related(?: articles| stories| posts| videos| content| coverage| reading| news)?|most (?:popular|read)"
    r"|you (?:may|might) also like|see also|more (?:from|stories|news)\b.{0,40}|up next"
    r"|read (?:more|also|next|full (?:story|article))\b.*|continue reading\b.*"
    r"|show (?:more|less)|load more|view (?:more|all)|see more|leave a (?:reply|comment)"
    r"|\d*\s*comments?|share(?: this)?(?: article| story| post)?(?: on \w+)?|follow us\b.*"
    r"|(?:sign up|subscribe|register)\b.{0,80}|(?:log|sign) (?:in|out)|advertisement|sponsored(?: content)?"
    r"|ad|ads|no image|image|photo|video|menu|search|close|home|back to top|print|email"
    r"|advertisement\s*[-–—:|]\s*.{0,40}|(?:story|article) continues (?:below|after)(?: this)?(?: advertisement| ad)?"
    r"|(?:closing|loading)(?: in)?\W*|(?:tags|topics|filed under|categories)\s*:.*",
    _I,
)
# Sentences that are notices about the page, the site or its business, wherever they stand.
_NOTICE = re.compile(
    r"affiliate (?:commission|link|partner)|we may (?:earn|receive)|earn (?:a|an) (?:small )?commission"
    r"|(?:this|the) (?:post|article|page) (?:contains|may contain) (?:affiliate|sponsored)"
    r"|\bcookies?\b.{0,80}\b(?:consent|accept|policy|preferences|settings)\b|accept all cookies"
    r"|\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b|\buse of cookies\b"
    r"|all rights reserved|©|\(c\) \d{4}|copyright \d{4}|\bour (?:terms of (?:use|service)|privacy policy|cookie policy)\b"
    r"|we will update (?:this|the) (?:article|story|post)|has reached out to .{0,60}\bfor (?:comment|more information)"
    r"|is the parent company of\b|sister publications?\b|\b(?:sign up|subscribe|register) (?:for|to) (?:our|the) .{0,30}newsletter"
    r"|(?:enable|turn on) javascript|your browser does not support",
    _I,
)
# Photo and image credits: "Image: Name/Getty Images", "(Photo by X via Reuters)".
_CREDIT = re.compile(
    r"^\(?(?:image|photo|photograph|picture|illustration|credit|source|pictured|video)s?"
    r"(?:\s+(?:credit|by|via|courtesy(?: of)?))?\s*[:|]"
    r"|^\(?(?:photo|image|illustration)s? (?:by|via|courtesy)\b"
    r"|(?:/|\bvia |\bby |\| )(?:getty images|shutterstock|reuters|ap|afp|alamy|unsplash|bloomberg)\)?\.?$",
    _I,
)
# An embedded post's signature line: "— Elon Musk (@elonmusk) April 19, 2023".
_EMBED = re.compile(r"^[—–-]\s*.{1,60}\(@\w{1,30}\)\s+\w+\.? \d{1,2}, \d{4}$")
_DATELINE = re.compile(r"^(?:published|updated|posted|last updated)(?: on| at)?\s*:?\s*.{0,40}\d{4}\b.{0,20}$", _I)
_ROLE_WORDS = (
    r"editor|writer|reporter|contributor|correspondent|columnist|journalist|author"
    r"|producer|critic|freelancer|staff|intern"
)
ROLE = re.compile(rf"^(?:[A-Z][\w&.-]*\s+){{0,4}}(?:{_ROLE_WORDS})s?(?:\s+(?:at|for)\s+.{{1,40}})?$", _I)
_NAME = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+(?:[A-Z]\.|[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)){1,2}?"
NAME_LINE = re.compile(rf"^(?:by\s+)?(?P<name>{_NAME})$")
NAME_ROLE_LINE = re.compile(
    rf"^(?:by\s+)?(?P<name>{_NAME})[\s,|–—-]+(?P<role>(?:[A-Z][\w&.-]*\s+){{0,4}}(?:{_ROLE_WORDS})s?)$", _I
)
BYLINE = re.compile(rf"^(?:[Bb]y|BY)\s+(?P<name>{_NAME})(?:\s*(?:,|\||and|-|–|—).*)?$")
BIO_SENTENCE = re.compile(
    rf"^(?P<name>{_NAME}) (?:is|was|has been) (?:a|an|the|our)\b.{{0,60}}\b(?i:{_ROLE_WORDS})s?\b(?:.{{0,20}}\b(?:for|at|with) (?P<outlet>[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){{0,3}}))?",
)
BIO_COVERS = re.compile(r"\b(?:[A-Z][a-z]+|he|she|they) (?:covers|has covered|writes about|reports on)\b")
READ_MORE = re.compile(r"^(?:read|continue reading|see) more\W*$", _I)


def is_chrome(line: str) -> bool:
    """True for a line that is page furniture: navigation, buttons, ad slots, credits, embeds."""
    line = normalize(line).strip(" \t•·*>")
    return bool(
        _CHROME.fullmatch(line.rstrip(".!:…"))
        # "Share: Facebook Twitter", "Related Reading: Musk's Comments Spark Debate ..."; not a definition's sentence
        # ("COMMENT: Specifies a comment to embed in the ID3 or Ogg comment field of each finished track.")
        or (":" in line and _CHROME.fullmatch(line.split(":", 1)[0].strip()) and (len(rest := line.split(":", 1)[1].split()) <= 5 or not ends_sentence(" ".join(rest))))
        or _CREDIT.search(line)
        or _EMBED.match(line)
        or _DATELINE.match(line)
    )


def is_notice(sentence: str) -> bool:
    """True for a sentence that speaks about the site or its business, not the story."""
    return bool(_NOTICE.search(normalize(sentence)))


def is_credit(line: str) -> bool:
    """True for a photo credit line."""
    return bool(_CREDIT.search(normalize(line).strip()))


def is_bio_sentence(sentence: str) -> bool:
    """True for a sentence of an author bio ("X is a Tech News Contributor for Y.")."""
    s = normalize(sentence).strip()
    return bool(BIO_SENTENCE.match(s) or (BIO_COVERS.search(s) and re.search(r"expertise|years|beat", s, _I)))


def author_line(line: str) -> str | None:
    """Return the name on a byline or a "Name / Role" signature line, else None."""
    s = normalize(line).strip()
    if s.isupper():
        s = s.title()  # "BY JANE DOE"
    for pattern in (BYLINE, NAME_ROLE_LINE):
        m = pattern.match(s)
        if m:
            return m.group("name")
    return None


def is_role_line(line: str) -> bool:
    """True for a job-title line under an author's name ("Contributing Editor")."""
    s = normalize(line).strip()
    return len(s.split()) <= 6 and bool(ROLE.match(s))


def is_name_line(line: str) -> bool:
    """True for a line that is only a person's name (two or three capitalised words)."""
    return bool(NAME_LINE.match(normalize(line).strip()))


def ends_sentence(line: str) -> bool:
    """True when a line ends like prose (. ! ? or a closing quote after one)."""
    return bool(re.search(r"[.!?…][\"'”’)\]]*$", line.strip()))


def is_headline(line: str, min_words: int = 3, max_words: int = 25) -> bool:
    """True for a heading-like line: a few words, no sentence punctuation at the end."""
    s = line.strip()
    n = len(s.split())
    return min_words <= n <= max_words and not ends_sentence(s) and not s.startswith(("•", "-", "*"))


def is_embed(line: str) -> bool:
    """True for the signature line of an embedded social-media post."""
    return bool(_EMBED.match(normalize(line).strip()))
