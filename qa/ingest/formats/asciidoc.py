"""AsciiDoc (.adoc, .asciidoc), read as the Markdown it is closest to, line for line.

No well-kept Python parser of AsciiDoc exists, and the parts a question needs map one to one onto
Markdown: "== Section" is "## Section", a "----" or "...." delimited block is fenced code, "* item"
and ". step" are list items, "NOTE: ..." stays a labelled paragraph, "https://x[text]" is its text.
Each line stays on its line, so citations keep their line numbers; a document attribute (":toc:")
and a block's "[source,python]" line become blank lines and are listed as dropped (":author:" and
":revdate:" kept as the document's metadata).
"""

from __future__ import annotations

import re

from qa.ingest.formats.markdown import parse_markdown
from qa.ingest.structure import Parsed, front_matter

_HEADING = re.compile(r"^(=+)\s+(\S.*)$")
_DELIMITER = re.compile(r"^(?:-{4,}|\.{4,}|`{3}\w*)\s*$")
_ATTRIBUTE = re.compile(r"^:[\w-]+:.*$|^\[[^\]]*\]\s*$")
_ORDERED = re.compile(r"^(\s*)\.{1,5}\s+(\S)")
_LINK = re.compile(r"\b(?:https?://|link:|xref:)[^\s\[]*\[([^\]]*)\]")
_TITLE_LINE = re.compile(r"^\.(?=[A-Za-z])")  # ".Block title": a caption line


def parse_asciidoc(raw: str) -> Parsed:
    """Return the blocks of an AsciiDoc document; its "= Title" line is its title."""
    lines, dropped, fenced, meta = [], [], False, {}
    for number, line in enumerate(raw.split("\n"), 1):
        if _DELIMITER.match(line):
            lines.append("```")
            fenced = not fenced
        elif fenced:
            lines.append(line)
        elif m := _HEADING.match(line):
            lines.append(f"{'#' * min(len(m.group(1)), 6)} {m.group(2)}")
        elif _ATTRIBUTE.match(line):
            lines.append("")
            key, _, value = line.strip().lstrip(":").partition(":")
            key = {"revdate": "date", "title": "", "doctitle": ""}.get(key.lower(), key)  # the "= Title" line is the title
            dropped.append(front_matter(number, line.strip(), key, value.strip(), meta, "an AsciiDoc attribute"))
        else:
            line = _ORDERED.sub(r"\g<1>1. \g<2>", line)
            lines.append(_LINK.sub(lambda m: m.group(1), _TITLE_LINE.sub("", line)))
    parsed = parse_markdown("\n".join(lines))
    return Parsed(parsed.blocks, dropped + parsed.dropped, title=parsed.title, meta=meta | parsed.meta)
