"""Plain text: paragraphs from blank lines, wrapped lines joined, list items and indented blocks as units.

Hard-wrapped documents (READMEs, RFCs, Debian docs) break a sentence over several lines; each
paragraph is joined back into one line of prose before it is cut into sentences. A line that
opens a list item starts a new unit; lines indented deeper than the text around them (commands,
examples) are kept verbatim as one unit; a short line alone above a paragraph, underlined,
numbered or in capitals is a heading.
"""

from __future__ import annotations

import re

from qa.ingest.structure import CODE, HEADING, ITEM, ROW, Block, Dropped, Parsed, join_lines

_RULE = re.compile(r"^\s*([-=*_~#.+])\1{2,}\s*$|^\s*(?:[-=*_~#.+] ){2,}[-=*_~#.+]\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+•o·]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])\s+\S")
_SYMBOL_BULLET = re.compile(r"^\s*[-*+•o·]\s+")
# An option and what it does, in columns ("  -copy all      Copy all extra markers.", "-b, --bytes=N  ..."),
# or alone on its line above its description ("-R  or  --reverse", "-i | -include"); an environment
# variable is defined so too ("SIMPLE_BACKUP_SUFFIX" over "Extension to use ...").
_OPTION = re.compile(
    r"^(?P<indent>\s*)(?:[○•◦▪·]\s+)?"  # "○   --raw-output / -r:": a bullet before it, a colon after it
    r"(?P<term>--?\w[\w-]*(?:[ =][^\s-]\S*?|\[=?[^\]\s]+\])?(?:(?:,\s*|\s+or\s+|\s*[|/]\s*)--?\w[\w-]*(?:[ =][^\s-]\S*?|\[=?[^\]\s]+\])?)*"
    r"|[A-Z][A-Z0-9_]{2,}(?:,\s*[A-Z][A-Z0-9_]{2,})*|\d{1,3}(?=(?: {2,}|\t+)[A-Za-z])):{0,2}"  # "-o::", a labelled list's term; "5      Invalid password": a code
    r"(?:(?: {2,}|\t+)(?P<text>(?!or\s)[^\s-].*))?\s*$"
)
# A manual page's section, flush left in capitals over its indented text ("SEE ALSO"; no variable "TMP_DIR").
_SECTION = re.compile(r"^[A-Z][A-Z ]{1,30}[A-Z]$")
_RELEASE_ENTRY = re.compile(r"^v?(\d+(?:\.\d+){1,3})\s{1,8}(?=\S)")  # "0.43  Added ...", "1.2.1 Fixed ..."
# "2. Usage", "2.1 Install", "IV. Notes"; not "4      Unrecognized response": a number in columns is a list's term
_NUMBERED_HEADING = re.compile(r"^(?:(?:\d{1,2}(?:\.\d{1,2})*\.|[A-Z]\.|[IVX]{1,4}\.)\s+|\d{1,2}(?:\.\d{1,2})* )\S")
_COLUMNS = re.compile(r"[^\s.!?:;,](?: {2,}|\t+)\S")
_NOT_HEADING_CHARS = re.compile(r"[/\\=$`{}<>@;|]|\s-{1,2}\w|^[-*+]")


def parse_text(raw: str, page: int | None = None, first_line: int = 1) -> Parsed:
    """Return the blocks of a plain-text document."""
    lines = raw.split("\n")
    groups: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for n, line in enumerate(lines, first_line):
        line = line.replace("\f", "").rstrip()
        if line.strip():
            current.append((n, line))
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    groups = _described(groups)
    base = _base_indent(groups)
    blocks: list[Block] = []
    dropped: list[Dropped] = []
    for i, group in enumerate(groups):
        # A line indented under "... add this to ssh_config:" is what the colon introduces, not a heading.
        shown = i > 0 and groups[i - 1][-1][1].endswith(":") and _indent(group[0][1]) > base
        blocks += _group_blocks(group, base, dropped, has_next=i + 1 < len(groups) and not shown)
    for b in blocks:
        b.page = page
    return Parsed(blocks, dropped)


def _described(groups: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """Groups with an option alone on its line joined to its description, indented under it after a blank
    line ("○   --raw-output / -r:" over "With this option, ..."), as one group."""
    out: list[list[tuple[int, str]]] = []
    for group in groups:
        last = out[-1] if out else []
        if len(last) == 1 and (m := _OPTION.match(last[0][1])) and not m["text"] and _indent(group[0][1]) > _indent(last[0][1]):
            out[-1] = last + group
        else:
            out.append(group)
    return out


def _base_indent(groups: list[list[tuple[int, str]]]) -> int:
    """The indent of the document's ordinary text: the most common indent of a paragraph's first line."""
    counts: dict[int, int] = {}
    for g in groups:
        indent = _indent(g[1 if _sectioned(g) else 0][1])
        counts[indent] = counts.get(indent, 0) + 1
    return min(counts, key=lambda k: (-counts[k], k)) if counts else 0


def _sectioned(group: list[tuple[int, str]]) -> bool:
    """True for a manual page's section name over its indented text: "OPTIONS", no blank line between."""
    return len(group) >= 2 and bool(_SECTION.match(group[0][1])) and min(_indent(t) for _, t in group[1:]) > 0


def _indent(line: str) -> int:
    return len(line.expandtabs(8)) - len(line.expandtabs(8).lstrip())


def _group_blocks(group: list[tuple[int, str]], base: int, dropped: list[Dropped], has_next: bool) -> list[Block]:
    """The blocks of one paragraph-like group of consecutive lines."""
    if len(group) >= 2 and _RULE.match(group[1][1]) and _is_underline(group[1][1], group[0][1]):
        level = 1 if group[1][1].strip()[0] in "=#*" else 2
        head = Block(HEADING, " ".join(group[0][1].split()), group[0][0], group[1][0], level=level)
        return [head, *_group_blocks(group[2:], base, dropped, has_next)] if len(group) > 2 else [head]
    if _sectioned(group):
        # "OPTIONS" over its indented text, with no blank line between them.
        head = Block(HEADING, group[0][1], group[0][0], group[0][0], level=1)
        return [head, *_group_blocks(group[1:], base, dropped, has_next)]
    if (entry := _RELEASE_ENTRY.match(group[0][1])) and all(_indent(t) > 0 for _, t in group[1:]):
        # "0.43  Added ... module" over its hanging lines (a NEWS file): the release heads what it brought
        n = group[0][0]
        head = Block(HEADING, entry.group(1), n, n, level=1)
        hanging = [(n, group[0][1][entry.end() :]), *((m, t.lstrip()) for m, t in group[1:])]  # its text, as prose
        return [head, *_group_blocks(hanging, base, dropped, has_next)]
    kept = []
    for n, line in group:
        if _RULE.match(line):
            dropped.append(Dropped(n, line.strip(), "a rule line (decoration)"))
        else:
            kept.append((n, line))
    if not kept:
        return []
    if len(kept) == 1 and has_next and looks_like_heading(kept[0][1]):
        text = " ".join(kept[0][1].split())
        return [Block(HEADING, text, kept[0][0], kept[0][0], level=_heading_level(text))]
    if all(_indent(line) >= base + 4 for _, line in kept) or _is_verbatim(kept):
        return [_verbatim(kept)]
    if _tabular([line for _, line in kept]):
        return _rows(kept)
    return _prose_and_items(kept)


def _rows(kept: list[tuple[int, str]]) -> list[Block]:
    """A table's rows, one a line; a line of one column, starting where the last column of the row above does,
    continues it: a description wrapped under its column ("~/.detoxrc  A user's personal detoxrc. ... the sys‐" over "tem-wide")."""
    rows: list[list[tuple[int, str]]] = []
    for n, line in kept:
        last = max((m.end() - 1 for m in _COLUMNS.finditer(rows[-1][0][1].expandtabs(8))), default=-1) if rows else -1
        if abs(_indent(line.expandtabs(8)) - last) <= 1 and not _COLUMNS.search(line.strip()):
            rows[-1].append((n, line))
        else:
            rows.append([(n, line)])
    return [Block(ROW, (b := join_lines(r)).text, b.line, b.end_line, breaks=b.breaks) for r in rows]


def _tabular(lines: list[str]) -> bool:
    """True for lines laid out in columns: most have wide gaps, and a column starts at the same place in
    most of them. Justified text ("If  you  apply  a  patch ...") has wide gaps too, here and there."""
    enough = max(2, len(lines) // 2 + 1)
    widths = [len(line.expandtabs(8).rstrip()) for line in lines]
    if len(lines) > 1 and widths[0] >= 60 and all(w == widths[0] for w in widths[:-1]) and widths[-1] <= widths[0]:
        return False  # justified to one width ("By  default the time-step ... a new" over "OTP  every  30  seconds."): prose
    starts = [{m.end() - 1 for m in _COLUMNS.finditer(line.expandtabs(8))} for line in lines]
    if sum(bool(s) for s in starts) < enough:
        return False
    return any(sum(bool(c & {at - 1, at, at + 1}) for c in starts) >= enough for at in set().union(*starts))


def _is_underline(line: str, above: str) -> bool:
    s = line.strip()
    return s[0] in "=-~^*#" and len(set(s)) == 1 and abs(len(s) - len(above.strip())) <= max(3, len(above) // 4)


def looks_like_heading(line: str) -> bool:
    """True for a short line that reads as a title: numbered, in capitals, or a capitalised label."""
    s = line.strip()
    words = s.split()
    if not 1 <= len(words) <= 10 or s[-1] in ".!?,;:" or _NOT_HEADING_CHARS.search(s):
        return False
    if _NUMBERED_HEADING.match(s) and not s.rstrip(".").replace(".", "").isdigit():
        return True
    letters = [w for w in words if w[0].isalpha()]
    if not letters:
        return False
    if s.isupper():
        return True
    # Title case ("Getting Started") or a short sentence-case label ("Weather and cancellations").
    return letters[0][0].isupper() and words[0][0].isalpha() and len(words) <= 8


def _heading_level(text: str) -> int:
    m = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s", text)
    if m:
        return 1 + m.group(1).count(".")
    return 1 if text.isupper() else 2


def _is_verbatim(kept: list[tuple[int, str]]) -> bool:
    """Lines that read as a command listing: every one starts with a shell or Python prompt."""
    return all(line.lstrip().startswith(("$ ", "# ", ">>> ", "% ")) for _, line in kept)


def _verbatim(kept: list[tuple[int, str]]) -> Block:
    cut = min(_indent(line) for _, line in kept)
    text = "\n".join(line.expandtabs(8)[cut:] for _, line in kept)
    return Block(CODE, text, kept[0][0], kept[-1][0])


def _prose_and_items(kept: list[tuple[int, str]]) -> list[Block]:
    """Split a group into a leading paragraph and list items, each item with its continuation lines."""
    units: list[tuple[bool, list[tuple[int, str]]]] = []
    kept = _aliased(kept)
    for k, (n, line) in enumerate(kept):
        option = _OPTION.match(line)
        if option and not option["text"] and not (k + 1 < len(kept) and _indent(kept[k + 1][1]) > _indent(line)):
            option = None  # alone on its line, no description under it
        if option and (option["term"][0].isupper() or option["term"].isdigit()) and k and _indent(kept[k - 1][1]) == _indent(line) and _continues([kept[k - 1]]):
            option = None  # "... you get a new" over "OTP  every  30  seconds.": a justified sentence going on
        if option:  # the option is the term its description defines
            term = " ".join(option["term"].split())
            units.append((True, [(n, f"{option['indent']}{term}: {option['text'] or ''}".rstrip())]))
        elif _directive(kept, k):  # "port number" over "The port that the SMTP server listens on. ..."
            units.append((True, [(n, f"{line.rstrip()}:")]))
        elif _BULLET.match(line):
            units.append((True, [(n, line)]))
        elif units and units[-1][0] and _indent(line) < _indent(units[-1][1][0][1]) and not _continues(units[-1][1]):
            units.append((False, [(n, line)]))
        elif units:
            units[-1][1].append((n, line))
        else:
            units.append((False, [(n, line)]))
    blocks = []
    for is_item, lines in units:
        if is_item:  # a symbol bullet is markup; a number ("2.") may be what the item is about
            (n, first), *rest = lines
            lines = [(n, _SYMBOL_BULLET.sub("", first)), *rest]
        b = join_lines(lines)
        if is_item:
            b.kind = ITEM
        blocks.append(b)
    return blocks


# A setting's name alone on its line, with its argument, over its description indented deeper: a manual page's
# configuration command ("port number", "tls_starttls [(on|off)]", "auth [(on|off|method)]").
_DIRECTIVE = re.compile(r"^\s*[a-z][\w.-]*(?: [\w\[\](){}|<>=:,.*/'\"-]+){0,3}$")


def _directive(kept: list[tuple[int, str]], k: int) -> bool:
    """True when line `k` names a setting its description, sentences indented deeper under it, defines, opening
    its group or following another's description ("unified" over "preferred by the patch utility" is a value)."""
    line, after = kept[k][1], kept[k + 1][1].lstrip() if k + 1 < len(kept) else ""
    return bool(_DIRECTIVE.match(line)) and after[:1].isupper() and _indent(kept[k + 1][1]) >= _indent(line) + 3 and (
        k == 0 or _indent(kept[k - 1][1]) > _indent(line)
    )


def _aliased(kept: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines with an option each alone on its line, one under another at one indent, as one line: a manual
    page's short and long forms ("-z" over "--successful-only" over "Print only ..."), one term."""
    out: list[tuple[int, str]] = []
    for n, line in kept:
        if out and _indent(line) == _indent(out[-1][1]) and all(
            (m := _OPTION.match(t)) and not m["text"] and m["term"].startswith("-") for t in (out[-1][1], line)
        ):
            out[-1] = (out[-1][0], f"{out[-1][1].rstrip()}, {line.strip()}")
        else:
            out.append((n, line))
    return out


def _continues(lines: list[tuple[int, str]]) -> bool:
    """True when a list item's last line does not end a sentence (the next line carries on)."""
    return not re.search(r"[.!?:]$", lines[-1][1].strip())
