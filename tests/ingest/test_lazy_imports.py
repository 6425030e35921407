"""Answering from a built index imports none of the format parsers' libraries (qa ask starts fast)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from qa.search.index import IndexConfig, open_index

DOCS = Path(__file__).resolve().parent.parent / "data" / "docs"
HEAVY = ("markdown_it", "lxml", "pypdf", "charset_normalizer", "docutils")

ASK = """
import sys
from pathlib import Path
from qa.pipeline import Pipeline
from qa.settings import Settings
Pipeline(Settings(corpus=Path(sys.argv[1]), index=Path(sys.argv[2]))).ask("Who looks after the backup system?")
print(" ".join(m for m in {heavy!r} if m in sys.modules))
"""


def test_asking_from_a_built_index_imports_no_parser(tmp_path: Path) -> None:
    open_index(DOCS, tmp_path, IndexConfig())
    done = subprocess.run(
        [sys.executable, "-c", ASK.format(heavy=HEAVY), str(DOCS), str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == ""
