"""reStructuredText (Python and Sphinx documentation), read with docutils.

Sections give each block its heading path; a paragraph's wrapped lines are joined; a list item,
an admonition ("Note: ..."), a definition ("term: definition"), a field ("Version: 1.2") and a
command-line option ("-q, --quiet: Print errors only.") are one unit each; a table row names its
columns as a Markdown table row does; literal blocks are code, kept verbatim. Sphinx's roles
(":func:`build`", ":ref:`the guide <guide>`") keep their text; its directives keep their content
("versionadded", "function") or, when they hold no prose ("toctree", "autoclass"), are dropped and
listed; "raw" HTML keeps its text, never its markup. File inclusion and raw output are off: a
document never reads another file.
"""

from __future__ import annotations

import re
from typing import Any

from qa.errors import DocumentUnreadable
from qa.ingest.structure import CODE, HEADING, ITEM, PARAGRAPH, ROW, Block, Dropped, Parsed, front_matter

# Sphinx's roles: their text is what a reader sees ("the guide" of ":ref:`the guide <guide>`").
_ROLES = (
    "ref doc func meth class mod attr data const exc obj term envvar option program file command kbd guilabel"
    " menuselection samp abbr dfn any numref keyword token mailheader manpage pep rfc download"
)
# Sphinx's directives whose content is prose the reader sees, read as an admonition labelled by its name.
_PROSE_DIRECTIVES = (
    "versionadded versionchanged deprecated seealso centered hlist glossary productionlist only tab tabs"
    " function method class attribute module data exception decorator envvar option program describe object"
)
# Directives that say nothing to a reader (tables of contents, generated API pages, index entries).
_SILENT_DIRECTIVES = (
    "toctree index highlight currentmodule literalinclude automodule autoclass autofunction automethod autodata"
    " autoattribute autoexception autosummary tabularcolumns sectionauthor moduleauthor codeauthor include"
)
_SETTINGS = {
    "report_level": 5,
    "halt_level": 5,
    "warning_stream": False,
    "doctitle_xform": False,
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "syntax_highlight": "none",
}
_VERSIONED = {
    "versionadded": "New in version",
    "versionchanged": "Changed in version",
    "deprecated": "Deprecated since version",
}
_LABELLED = re.compile(r"^(.*?)\s*<[^<>]+>$", re.S)


def parse_rst(raw: str, name: str = "the file") -> Parsed:
    """Return the blocks of a reStructuredText document; its first top-level heading is its title. Raise
    DocumentUnreadable when docutils cannot read it (`name`: the file, for the message)."""
    from docutils.core import publish_doctree  # imported here: only indexing needs it

    _register()
    try:
        doctree = publish_doctree(raw, settings_overrides=_SETTINGS)
    except Exception as exc:  # docutils' own failures (a SystemMessage, a recursion in a nested table)
        raise DocumentUnreadable(f"{name} is not readable reStructuredText ({type(exc).__name__}: {exc})") from exc
    walker = _Walker()
    meta = walker.front_matter(doctree)
    walker.walk(doctree, depth=0, kind=PARAGRAPH)
    title = meta.pop("title", "") or next((b.text for b in walker.blocks if b.kind == HEADING and b.level == 1), "")
    return Parsed(walker.blocks, walker.dropped, title=title, meta=meta)


class _Walker:
    """Turns docutils' node tree into blocks."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.dropped: list[Dropped] = []

    def front_matter(self, doctree: Any) -> dict[str, str]:
        """The fields a document opens with (":title: ...", ":author: ..."), taken out of it: title, author,
        outlet and date are its metadata, the others are listed as dropped, as a Markdown front matter's."""
        first = next((c for c in doctree.children if c.tagname not in ("comment", "target")), None)
        if first is None or first.tagname not in ("docinfo", "field_list"):
            return {}
        meta: dict[str, str] = {}
        for field in first.children:
            if field.tagname == "field":
                key, value = _flat(field.children[0].astext()), _flat(field.children[1].astext())
            else:  # docinfo's own fields: <author>, <date>, <version>...
                key, value = field.tagname, _flat(field.astext())
            self.dropped.append(front_matter(_line(field), f":{key}: {value}", key, value, meta))
        doctree.remove(first)
        return meta

    def walk(self, node: Any, depth: int, kind: str) -> None:
        for child in node.children:
            name = child.tagname
            if name == "section":
                self.walk(child, depth + 1, kind)
            elif name == "title":
                line = _line(child)
                self.blocks.append(Block(HEADING, _flat(child.astext()), max(1, line - 1), line, level=max(1, depth)))
            elif name == "paragraph":
                self._prose(child, kind)
            elif name == "literal_block":
                self._code(child)
            elif name in ("bullet_list", "enumerated_list"):
                for item in child.children:
                    self.walk(item, depth, ITEM)
            elif name in ("definition_list_item", "field", "option_list_item"):
                self._labelled(child)
            elif name in ("note", "warning", "tip", "important", "caution", "hint", "attention", "danger", "error"):
                self._admonition(name.capitalize(), child)
            elif name == "admonition":
                self._admonition("", child)
            elif name == "table":
                self._table(child)
            elif name in ("image", "figure", "comment", "target", "substitution_definition", "system_message", "raw"):
                self._drop(child)
            else:  # block quotes, lists of definitions, fields or options, containers: what they hold
                self.walk(child, depth, kind)

    def _prose(self, node: Any, kind: str) -> None:
        from docutils import nodes

        # An image inline ("|PyPI Version| |Build Status|", a badge) is no text: its alt is not read
        images = list(node.findall(nodes.image))
        for image in images:
            self._drop(image)
        text = ("".join(t.astext() for t in node.findall(nodes.Text)) if images else node.astext()).strip()
        if text:
            self.blocks.append(_wrapped(kind, text, _line(node)))
        elif self.blocks and self.blocks[-1].kind != CODE and self.blocks[-1].text.rstrip().endswith(":"):
            # "Become my boss to help me work on this awesome software:" / "|Patreon|": it announced a badge
            gone = self.blocks.pop()
            self.dropped.append(Dropped(gone.line, gone.text[:120], "a line announcing only an image"))

    def _code(self, node: Any) -> None:
        text = node.astext().rstrip("\n")
        if text.strip():
            line = _line(node)
            self.blocks.append(Block(CODE, text, line, line + text.count("\n")))

    def _labelled(self, node: Any) -> None:
        """"term: definition", "Version: 1.2", "-q, --quiet: Print errors only." as one unit."""
        label_node = node.children[0]
        label = ", ".join(o.astext() for o in label_node.children) if label_node.tagname == "option_group" else None
        label = _flat(label or label_node.astext())
        body = " ".join(_flat(c.astext()) for c in node.children[1:])
        lines = [n.line for n in node.traverse() if getattr(n, "line", None)] or [_line(node)]
        line, last = min(lines), max(lines)
        if node.tagname == "definition_list_item":  # docutils gives it its definition's line; a term is one line
            line -= 1
        self.blocks.append(Block(ITEM, f"{label}: {body}" if body else label, line, last))

    def _admonition(self, label: str, node: Any) -> None:
        """A note or warning: its paragraphs, the first one labelled ("Note: Drafts are always shown.")."""
        start = len(self.blocks)
        self.walk(node, 0, PARAGRAPH)
        titled = [b for b in self.blocks[start:] if b.kind == HEADING]  # a generic admonition's title
        if titled and not label:
            label = titled[0].text
            self.blocks.remove(titled[0])
        first = next((b for b in self.blocks[start:] if b.kind != CODE), None)
        if first is not None and label:
            first.text = f"{label}: {first.text}"
            first.breaks = [b + len(label) + 2 for b in first.breaks]

    def _table(self, node: Any) -> None:
        head: list[str] = []
        for part in node.traverse(lambda n: n.tagname in ("thead", "tbody")):
            for row in part.children:
                cells = [_flat(entry.astext()) for entry in row.children]
                if part.tagname == "thead":
                    head = cells
                    continue
                if not any(cells):
                    continue
                if head and len(head) == len(cells):
                    text = "; ".join(f"{h}: {c}" if h else c for h, c in zip(head, cells, strict=True) if c)
                else:
                    text = " | ".join(c for c in cells if c)
                line = _line(row) or next((_line(p) for p in row.traverse() if _line(p)), 0)
                self.blocks.append(Block(ROW, text, line, line))

    def _drop(self, node: Any) -> None:
        text = _flat(node.get("uri", "") or node.rawsource or node.astext())
        if text and node.tagname != "system_message":
            self.dropped.append(Dropped(_line(node), text[:120], f"reStructuredText {node.tagname.replace('_', ' ')}"))


def _wrapped(kind: str, text: str, line: int) -> Block:
    """A block of `text`, its wrapped lines joined with spaces, each join a break."""
    parts = [" ".join(p.split()) for p in text.split("\n")]
    joined, breaks = "", []
    for k, part in enumerate(parts):
        if k:
            joined += " "
            breaks.append(len(joined))
        joined += part
    return Block(kind, joined, line, line + len(parts) - 1, breaks=breaks)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _line(node: Any) -> int:
    """The source line of `node`: its own, its first descendant's that has one, else its nearest ancestor's."""
    found = next((n.line for n in node.traverse() if getattr(n, "line", None)), None)
    while not found and node is not None:
        found, node = node.line, node.parent
    return found or 0


def _role(name: str, rawtext: str, text: str, lineno: int, inliner: Any, options: Any = None, content: Any = None):
    """A Sphinx role read as its text: ":ref:`the guide <guide>`" is "the guide", ":func:`~pkg.build`" "build"."""
    from docutils import nodes
    from docutils.utils import unescape

    text = unescape(text)
    labelled = _LABELLED.match(text)
    shown = labelled.group(1) if labelled else text.lstrip("!~")
    if not labelled and text.startswith("~"):
        shown = shown.rsplit(".", 1)[-1]
    return [nodes.literal(rawtext, shown)], []


_registered = False


def _register() -> None:
    """Teach docutils Sphinx's roles and directives (once per process)."""
    global _registered
    if _registered:
        return
    from docutils import nodes
    from docutils.parsers.rst import Directive, directives, roles

    class _AnyOptions(dict):
        """Every option a directive is given is accepted and ignored."""

        def __contains__(self, key: object) -> bool:
            return True

        def __getitem__(self, key: str) -> Any:
            return directives.unchanged

    class _Prose(Directive):
        has_content, optional_arguments, final_argument_whitespace = True, 1, True
        option_spec = _AnyOptions()

        def run(self) -> list[Any]:
            node = nodes.admonition()
            argument = " ".join(" ".join(self.arguments).split())
            label = _VERSIONED.get(self.name)
            if label:  # ".. versionadded:: 2.1 The minify argument.": "New in version 2.1: The minify argument."
                version, _, said = argument.partition(" ")
                label, argument = f"{label} {version}", said
            else:
                label, argument = " ".join([self.name.capitalize(), argument]).strip(), ""
            node += nodes.title(label, label)
            if argument:
                node += nodes.paragraph(argument, "", *self.state.inline_text(argument, self.lineno)[0])
            self.state.nested_parse(self.content, self.content_offset, node)
            if len(node.children) == 1:  # a label and nothing under it: the label is the text
                node.children[0] = nodes.paragraph(label, label)
            node.line = node.children[0].line = self.lineno
            return [node]

    class _Silent(Directive):
        has_content, optional_arguments, final_argument_whitespace = True, 1, True
        option_spec = _AnyOptions()

        def run(self) -> list[Any]:
            return [nodes.comment(self.block_text, self.block_text)]

    class _RawText(Directive):
        """".. raw:: html": the text of the markup, never the markup itself (raw output stays off)."""

        has_content, required_arguments, final_argument_whitespace = True, 1, True
        option_spec = _AnyOptions()

        def run(self) -> list[Any]:
            from qa.ingest.formats.html import parse_fragment  # the reader of HTML inside Markdown too

            blocks = parse_fragment("\n".join(self.content), self.lineno)[0] if self.content else []
            text = " ".join(b.text for b in blocks)
            return [nodes.paragraph(text, text)] if text else []

    known_directive, known_role = directives.directive, roles.role

    def directive(name: str, language: Any, document: Any) -> tuple[Any, list[Any]]:
        """A directive docutils does not know (CMake's ".. variable:: NAME") is prose under its name."""
        found, messages = known_directive(name, language, document)
        return (found, messages) if found is not None else (_Prose, [])

    def role(name: str, language: Any, lineno: int, reporter: Any) -> tuple[Any, list[Any]]:
        """A role docutils does not know (":variable:`CMAKE_BUILD_TYPE`") shows its text."""
        found, messages = known_role(name, language, lineno, reporter)
        return (found, messages) if found is not None else (_role, [])

    directives.directive, roles.role = directive, role
    directives.register_directive("raw", _RawText)
    for name in _ROLES.split():
        roles.register_local_role(name, _role)
    for name in _PROSE_DIRECTIVES.split():
        directives.register_directive(name, _Prose)
    for name in _SILENT_DIRECTIVES.split():
        directives.register_directive(name, _Silent)
    _registered = True
