"""The package's shape: imports run one way through the stages, without circles; modules stay small."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# A module may import its own stage and earlier ones, never a later stage.
STAGES = {
    "qa.models": 0, "qa.errors": 0, "qa.settings": 0, "qa.text": 0, "qa.patterns": 0, "qa.cache": 0, "qa.sqlite": 0,
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
