"""The package's shape: imports run one way through the stages, without circles; modules stay small."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BUNDLED

ROOT = Path(__file__).resolve().parent.parent
# A module may import its own stage and earlier ones, never a later stage.
STAGES = {
    "qa.models": 0, "qa.records": 0, "qa.errors": 0, "qa.settings": 0, "qa.text": 0, "qa.patterns": 0, "qa.cache": 0, "qa.sqlite": 0,
    "qa.ingest": 1,
    "qa.question": 2,
    "qa.search": 3,
    "qa.answer": 4,
    "qa.chat": 5,
    "qa.pipeline": 6,
    "qa.feedback": 7,
    "qa.http": 8, "qa.eval": 8, "bots.discord": 8,
    "qa.cli": 9,
}  # fmt: skip


def _modules() -> dict[str, Path]:
    found = {}
    for base in ("qa", "bots"):
        for path in (ROOT / base).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return {m: p for m, p in found.items() if m not in ("qa", "bots")}  # the empty roots


def _stage(module: str) -> int | None:
    for prefix, stage in sorted(STAGES.items(), key=lambda kv: -len(kv[0])):
        if module == prefix or module.startswith(prefix + "."):
            return stage
    return None


def _imports(path: Path, known: set[str]) -> set[str]:
    """The project modules `path` imports, at the top or inside functions."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        out |= {n for n in names if n in known}
    return out


MODULES = _modules()
GRAPH = {m: _imports(p, set(MODULES)) - {m} for m, p in MODULES.items()}


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_a_stage_imports_no_later_stage(module: str) -> None:
    own = _stage(module)
    assert own is not None, f"{module} belongs to no stage: add it to STAGES"
    later = [m for m in GRAPH[module] if (_stage(m) or 0) > own]
    assert not later, f"{module} (stage {own}) imports later stages: {later}"


def test_no_import_circles() -> None:
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycle = [*path[path.index(module) :], module]
            pytest.fail("import circle: " + " -> ".join(cycle))
        if module in done:
            return
        for nxt in GRAPH[module]:
            if MODULES[nxt].name != "__init__.py":  # a package's own __init__ is not a circle
                visit(nxt, [*path, module])
        done.add(module)

    for module in sorted(GRAPH):
        visit(module, [])


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_small(module: str) -> None:
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    assert lines <= 320, f"{module} has {lines} lines; split it (house style: under ~300)"


def test_ask_imports_neither_fastapi_nor_discord() -> None:
    code = "import sys, qa.cli.app, qa.pipeline; print(sorted(m for m in ('fastapi', 'discord', 'uvicorn') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# What `qa ask` (the console script's fast path, answer printed to a pipe) must not load: each
# was on its path once and cost start-up time (issue 14). rich prints only to a terminal;
# rapidfuzz only corrects typos (and symspellpy's English dictionary, 82,765 words, is read only
# for a word the corpus lacks); the ingest rules only build an index; pydantic validates outside
# input at the other boundaries (its import and model building were a third of the start-up).
ASK_NEVER_LOADS = (
    "typer", "click", "rich", "rapidfuzz", "importlib.metadata", "email", "scipy", "bm25s", "pydantic",
    "qa.cli.app", "qa.ingest.boilerplate", "qa.ingest.clean", "qa.ingest.decode", "qa.ingest.structure",
    "qa.search.opensearch", "qa.search.units",
)  # fmt: skip
ASK = (
    "import sys; sys.argv = ['qa', *sys.argv[1:]]; from qa.cli.fast import main; main(); "
    "english = sys.modules['qa.question.english']; "
    "read = ['the English dictionary'] if english._dictionary.cache_info().currsize else []; "
    "print('LOADED', sorted(m for m in {never!r} if m in sys.modules) + read, file=sys.stderr)"
)


def _ask(env_root: Path, *args: str, **env: str) -> str:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("QA_", "PYDANTIC_", "FORCE_COLOR", "TTY_"))}
    done = subprocess.run(
        [sys.executable, "-c", ASK.format(never=ASK_NEVER_LOADS), *args],
        capture_output=True,
        text=True,
        check=True,
        env=base | {"QA_INDEX": str(env_root), "QA_CORPUS": str(BUNDLED)} | env,
    )
    return done.stderr.rpartition("LOADED ")[2].strip()


@pytest.mark.parametrize("as_json", [False, True])
def test_ask_loads_only_what_answering_needs(bundled_index_root: Path, as_json: bool) -> None:
    args = ["ask", "Who threatened to sue Microsoft?", *(["--json"] if as_json else [])]
    assert _ask(bundled_index_root, *args) == "[]"
