"""tbl's tables in a manual page's troff source (".TS" ... ".TE"): rows of cells, the format lines dropped."""

from __future__ import annotations

import re
from collections.abc import Callable

from qa.ingest.structure import ROW, Block

_TAB_OPTION = re.compile(r"\btab\s*\((.)\)")


class Table:
    """A tbl table's lines: options ("tab(:);"), format lines ("lt lt.") and rows of cells split at the tab
    character, a cell "T{" going on over lines till "T}"; each row a block of its cells ("always | Always use
    colors, even when stdout is not a terminal.")."""

    def __init__(self, plain: Callable[[str], str]) -> None:
        self.plain = plain  # troff text as words, its escapes resolved
        self.tab, self.formatting = "\t", True
        self.rows: list[Block] = []
        self.cells: list[str] = []
        self.open: list[str] | None = None  # the lines of a "T{" cell
        self.first = 0

    def line(self, n: int, line: str) -> str:
        """Read one line; the reason it is dropped, or "" when its text is kept."""
        if self.formatting:
            if line.rstrip().endswith(";") and (m := _TAB_OPTION.search(line)):
                self.tab = m.group(1)
            self.formatting = not line.rstrip().endswith(".")  # the last format line ends in a full stop
            return "a tbl table's format"
        if line[:1] in (".", "'"):
            self.formatting = line.startswith(".T&")  # new format lines for the rows after it
            return "a tbl table's format" if self.formatting else "a troff request"
        self.first = self.first or n
        rest = line
        if self.open is not None:
            if not line.startswith("T}"):
                self.open.append(self.plain(line).strip())
                return ""
            self.cells.append(" ".join(t for t in self.open if t))
            self.open, rest = None, line[2:].removeprefix(self.tab)
            if not rest:
                return self._end(n)
        for i, cell in enumerate(parts := rest.split(self.tab)):
            if cell.strip() == "T{" and i == len(parts) - 1:
                self.open = []
                return ""
            self.cells.append(self.plain(cell).strip())
        return self._end(n)

    def _end(self, n: int) -> str:
        """The row ends: kept when a cell has text (not a rule of "_" or "=")."""
        cells = [c for c in self.cells if c and c not in ("_", "=")]
        if cells:
            self.rows.append(Block(ROW, " | ".join(cells), self.first, n))
        self.cells, self.first = [], 0
        return ""
