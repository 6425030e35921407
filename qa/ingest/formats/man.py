"""Manual pages in their troff source (.1 to .9, .man): the man macros and BSD's mdoc.

No well-kept Python reader of troff exists, and rendering with groff or mandoc would make the
index depend on what a machine has installed. The parts a question needs are few: the title
(".TH ENTR 1", ".Dt ENTR 1"), sections (".SH"/".Sh"), paragraphs (".PP"/".Pp"), options as tagged
items (".TP" over its tag line, ".IP", mdoc's ".It Fl r"), literal displays (".nf"/".fi", ".EX",
".Bd -literal", ".Dl") kept as code, and the text with its fonts and escapes removed ("\\-t" is
"-t"; ".BR sxiv (1)" is "sxiv(1)"; mdoc's ".Op Fl c Ar file" is "[-c file]"). Every other request
(".ad", ".de" ... "..", ".if") and every comment is listed as dropped, with its line.
"""

from __future__ import annotations

import re

from qa.ingest.formats.tbl import Table
from qa.ingest.structure import CODE, HEADING, ITEM, PARAGRAPH, Block, Dropped, Parsed, join_lines

# The first control line of a manual page's source, comments aside.
_MAN_START = re.compile(r"^[.'][ \t]*(?:TH|Dt|SH|Sh)\b", re.M)
_NAMED = {
    "em": "—", "en": "–", "hy": "-", "aq": "'", "dq": '"', "lq": '"', "rq": '"', "oq": "'", "cq": "'",
    "bu": "•", "co": "©", "rg": "®", "tm": "™", "mu": "×", "<=": "≤", ">=": "≥", "ti": "~", "ha": "^",
    "rs": "\\", "ga": "`", "at": "@", "sh": "#", "Do": "$", "ba": "|", "lB": "[", "rB": "]",
}  # fmt: skip
_ESCAPE = re.compile(
    r"\\(?:\((?P<two>..)|\[(?P<long>[^\]]*)\]|\*(?:\(..|\[[^\]]*\]|.)|f(?:\(..|\[[^\]]*\]|.)|s[-+]?\d"
    r"|[nk](?:\(..|\[[^\]]*\]|.)|(?P<one>.))"
)
_ONE = {"-": "-", "e": "\\", "\\": "\\", " ": " ", "~": " ", "0": " ", "'": "'", "`": "`", ".": "."}
_STRINGS = {"lq": '"', "rq": '"', "R": "®", "(Tm": "™", "(lq": '"', "(rq": '"', "Lt": "<", "Gt": ">", "Le": "≤",
            "Ge": "≥", "Am": "&", "Ba": "|", "Lq": '"', "Rq": '"', "Pi": "π", "Ne": "≠", "q": '"'}
# Requests that only lay text out, and mdoc macros that carry nothing a reader needs.
_LAYOUT = frozenset(
    "ad na hy nh ft ne in ti ta ll ps vs tr cc PD ss cs bd ul cu fi nf so mso Os Bk Ek Ed El UC DT ns rs".split()
)
_CONTROL = re.compile(r"^[.'][ \t]*(\S*)[ \t]*(.*)$")
_TABLE_END = re.compile(r"^[.'][ \t]*TE\b")
_END_DEFINITION = re.compile(r"^[.'][ \t]*\.\s*$")
_TEXT = frozenset("UR MT SY OP".split())  # man macros whose arguments are text
_BREAKS = frozenset("PP P LP Pp Lp sp br HP RS RE".split())
_TAG_LIKE = re.compile(r"^(?!.*[.!?:]$).{1,80}$")  # a short line, no sentence: what DocBook puts over ".RS"
_FONTS = frozenset("B I SM SB".split())
_ALTERNATE = frozenset("BR BI IB IR RB RI".split())
# mdoc: macros that enclose what follows them, and the delimiters that cling to their neighbour.
_ENCLOSE = {"Op": "[]", "Dq": '""', "Qq": '""', "Sq": "''", "Ql": "''", "Pq": "()", "Bq": "[]", "Aq": "<>", "Brq": "{}"}
_CLOSING = frozenset(".,;:)]?!")
_MDOC_WORDS = {"Bx": "BSD", "Ox": "OpenBSD", "Fx": "FreeBSD", "Nx": "NetBSD", "Ux": "UNIX", "At": "AT&T UNIX"}


def is_man_source(raw: str) -> bool:
    """True when the text holds a manual page's title or section line (".TH", ".Dt", ".SH", ".Sh"): after
    comments, or after the macros a generator defines first (Pod::Man, rst2man)."""
    return bool(_MAN_START.search(raw))


def plain(text: str) -> str:
    """Troff text with its escapes resolved and its font changes gone ("\\fB\\-t\\fR" is "-t")."""
    text = text.split('\\"', 1)[0]
    text = text[:-1] if text.endswith("\\") and not text.endswith("\\\\") else text  # a line going on

    def one(m: re.Match) -> str:
        if m["two"] is not None:
            return _NAMED.get(m["two"], "")
        if m["long"] is not None:
            return _NAMED.get(m["long"], "")
        if m.group(0).startswith("\\*"):
            return _STRINGS.get(m.group(0)[2:].strip("[]"), "")
        if m["one"] is not None:
            return _ONE.get(m["one"], "")
        return ""

    return _ESCAPE.sub(one, text)


def _arguments(rest: str) -> list[str]:
    """A macro line's arguments: words, or "quoted words" with "" for a quote (a quote left open runs to the end
    of the line: '.B "\\--retry' is "--retry")."""
    return [a[1 : -1 if len(a) > 1 and a.endswith('"') else None].replace('""', '"') if a.startswith('"') else a
            for a in re.findall(r'"(?:[^"]|"")*"?|\S+', rest)]  # fmt: skip


class _Mdoc:
    """mdoc's callable macros within a line: ".Op Fl c Ar file" is "[-c file]"."""

    def __init__(self) -> None:
        self.name = ""

    def line(self, words: list[str]) -> str:
        out: list[str] = []
        self._words(words, out)
        return _spaced(out)

    def _words(self, words: list[str], out: list[str]) -> None:
        i = 0
        while i < len(words):
            w = words[i]
            if w in _ENCLOSE:
                inner = words[i + 1 :]
                tail = len(inner)
                while tail and inner[tail - 1] in _CLOSING:
                    tail -= 1
                part: list[str] = []
                self._words(inner[:tail], part)
                out.append(_ENCLOSE[w][0] + _spaced(part) + _ENCLOSE[w][1])
                out += inner[tail:]
                return
            if w == "Fl":
                out.append("-" + (words[i + 1] if i + 1 < len(words) and words[i + 1] not in _CALLABLE else ""))
                i += 2 if len(out[-1]) > 1 else 1
                if out[-1] == "-" and i < len(words) and words[i] in _CALLABLE:
                    out.append("\0")  # ".Fl Cm r": the flag's letter set by the next macro, "-r"
                continue
            if w == "Nm":
                nxt = words[i + 1] if i + 1 < len(words) and words[i + 1] not in _CALLABLE | _CLOSING else ""
                self.name = self.name or nxt
                out.append(nxt or self.name)
                i += 2 if nxt else 1
                continue
            if w == "Xr" and i + 2 < len(words):
                out.append(f"{words[i + 1]}({words[i + 2]})")
                i += 3
                continue
            if w == "Ns":
                out.append("\0")
            elif w == "Nd":
                out.append("—")
            elif w in ("Oo", "Oc"):
                out.append("[" if w == "Oo" else "]")
            elif w == "Ar" and (i + 1 == len(words) or words[i + 1] in _CALLABLE | _CLOSING):
                out.append("file ...")
            elif w in _MDOC_WORDS:
                out.append(_MDOC_WORDS[w])
            elif w not in _CALLABLE:
                out.append(w)
            i += 1


_CALLABLE = frozenset(
    "Ad An Ap Ar Cd Cm Dv Em Er Ev Fa Fl Fn Ft Ic Li Lk Ms Mt Nm No Ns Pa Pf Sx Sy Tn Va Vt Xr Nd Oo Oc".split()
) | frozenset(_ENCLOSE) | frozenset(_MDOC_WORDS)  # fmt: skip


def _spaced(words: list[str]) -> str:
    """Words joined with spaces, punctuation clinging to the word before it, "(" to the one after."""
    text = ""
    for w in words:
        if w == "\0":
            text += "\0"
        elif not text or text.endswith(("\0", "(", "[")) or w in _CLOSING or w == ")":
            text += w
        else:
            text += " " + w
    return text.replace("\0", "")


def parse_man(raw: str) -> Parsed:
    """Return the blocks of a manual page's troff source (man or mdoc macros)."""
    blocks: list[Block] = []
    dropped: list[Dropped] = []
    lines: list[tuple[int, str]] = []  # the open paragraph or item
    kind = PARAGRAPH
    code: list[tuple[int, str]] | None = None
    tag_next = False  # ".TP": the next line is the item's tag
    skipping = False  # inside ".de" ... ".." or ".ig" ... ".."
    mdoc = _Mdoc()
    title = ""

    def flush(new_kind: str = PARAGRAPH) -> None:
        nonlocal lines, kind
        if lines:
            b = join_lines(lines)
            b.kind = kind
            blocks.append(b)
        lines, kind = [], new_kind

    def put(n: int, text: str) -> None:
        """A line of text: the tag of the item ".TP" opened, or more of the open paragraph."""
        nonlocal lines, tag_next
        if not text:
            return
        if tag_next:
            flush(ITEM)
            lines, tag_next = [(n, _tag(text))], False
        else:
            lines.append((n, text))

    def end_code() -> None:
        nonlocal code
        if code:
            blocks.append(Block(CODE, "\n".join(t for _, t in code), code[0][0], code[-1][0]))
        code = None

    table: Table | None = None
    for n, line in enumerate(raw.split("\n"), 1):
        if table is not None:  # tbl: its options and format lines, then rows of cells till ".TE"
            if _TABLE_END.match(line):
                blocks.extend(table.rows)
                table = None
                dropped.append(Dropped(n, line, "a tbl table's end"))
            elif reason := table.line(n, line):
                dropped.append(Dropped(n, line, reason))
            continue
        if skipping and not _MAN_START.match(line):  # a definition ends at ".." (". ." too), or at a section
            skipping = not _END_DEFINITION.match(line)
            dropped.append(Dropped(n, line, "a troff definition"))
            continue
        skipping = False
        control = line[:1] in (".", "'")
        name, rest = "", ""
        if control:
            m = _CONTROL.match(line)
            name, rest = (m.group(1), m.group(2)) if m else ("", "")
            if name.startswith('\\"') or not name:
                dropped.append(Dropped(n, line, "a troff comment" if name else "an empty request"))
                continue
        if code is not None:
            if name in ("fi", "EE", "Ed", "Ve"):
                end_code()
            elif control and name not in _BREAKS:
                dropped.append(Dropped(n, line, "a troff request"))
            elif not control:
                code.append((n, plain(line)))
            continue
        if not control:
            put(n, plain(line).strip())
            continue
        words = _arguments(rest)
        if name in ("TH", "Dt"):
            title = f"{words[0]}({words[1]})" if len(words) > 1 else (words[0] if words else "")
            dropped.append(Dropped(n, line, "a manual page's header (its title kept)"))
        elif name in ("SH", "Sh", "SS", "Ss"):
            flush()
            blocks.append(Block(HEADING, plain(" ".join(words)), n, n, level=2 if name in ("SH", "Sh") else 3))
        elif name in ("TP", "TQ"):
            flush(ITEM)
            tag_next = True
        elif name == "IP":
            flush(ITEM)
            tag = plain(words[0]) if words else ""
            if tag and tag not in ("•", "*", "-", "o"):
                lines = [(n, _tag(tag))]
        elif name == "It":
            flush(ITEM)
            tag = plain(mdoc.line(words))
            if tag:
                lines = [(n, _tag(tag))]
        elif name == "RS" and kind == PARAGRAPH and len(lines) == 1 and _TAG_LIKE.match(lines[0][1]):
            kind, lines = ITEM, [(lines[0][0], _tag(lines[0][1]))]  # DocBook's ".PP", a tag line, ".RS": an item
        elif name in ("br", "sp") and kind == ITEM and len(lines) > 1 and lines[-1][1].endswith((".", "!", "?")):
            continue  # a break after a sentence in an item's prose: the item goes on (not a list of lines)
        elif name in _BREAKS or name in ("Bl", "El", "Bd"):
            flush()
            if name == "Bd" and any(w in ("-literal", "-unfilled") for w in words):
                code = []
        elif name == "TS":
            flush()
            table = Table(plain)
            dropped.append(Dropped(n, line, "a tbl table's start"))
        elif name in ("nf", "EX", "Vb"):  # "Vb": Pod::Man's verbatim block
            flush()
            code = []
        elif name in ("Dl", "D1"):
            flush()
            blocks.append(Block(CODE, plain(mdoc.line(words)), n, n))
        elif name in ("de", "de1", "dei", "ig", "am", "am1", "ami"):
            skipping = True
            dropped.append(Dropped(n, line, "a troff definition"))
        elif name in _FONTS or name in _ALTERNATE:
            put(n, plain((" " if name in _FONTS else "").join(words)))
        elif name in ("Dd",):
            dropped.append(Dropped(n, line, "a manual page's date"))
        elif name in _LAYOUT or name in ("if", "ie", "el", "ds", "nr", "UE", "ME", "YS"):
            dropped.append(Dropped(n, line, "a troff request"))
        elif name in _CALLABLE or name in _TEXT:  # mdoc's ".Nm entr", ".Fl r", ".Xr find 1"; man's ".UR", ".SY"
            put(n, plain(mdoc.line([name, *words]) if name in _CALLABLE else " ".join(words)))
        else:  # a generator's own macros (Pod::Man's ".IX" index entries, rst2man's ".INDENT")
            dropped.append(Dropped(n, line, "a troff macro"))
    end_code()
    flush()
    return Parsed([*blocks, *(table.rows if table else [])], dropped, title=title)  # a table left open ends with the page



def _tag(text: str) -> str:
    """An item's tag as the term its text defines: "-p:" (a tag ending in a colon keeps its one colon)."""
    return text if text.endswith(":") else f"{text}:"

