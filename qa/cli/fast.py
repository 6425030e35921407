"""The `qa` console script: a plain `qa ask QUESTION [options]` is answered without the command framework.

typer (with click) and the other commands cost a tenth of a second at start; `qa ask`, the
command people run most, needs none of them. Anything else (another command, --help, an
option this parser does not know, a bad value) goes to the full typer app unchanged; an error
while answering prints the same one-line `error:` and exits 1, as the full app does.
"""

from __future__ import annotations

import sys
from typing import Any

_VALUED = {"-k": "top_k", "--top-k": "top_k", "--corpus": "corpus", "--index": "index", "--backend": "backend"}


def parse_ask(argv: list[str]) -> tuple[str, dict[str, str], bool] | None:
    """`ask QUESTION [--json] [-k N] [--corpus D] [--index D] [--backend B]` as (question, options, json); else None."""
    if not argv or argv[0] != "ask":
        return None
    question: str | None = None
    options: dict[str, str] = {}
    as_json = False
    rest = iter(argv[1:])
    for arg in rest:
        name, eq, value = arg.partition("=")
        if arg == "--json":
            as_json = True
        elif name in _VALUED and eq:
            options[_VALUED[name]] = value
        elif arg in _VALUED:
            given = next(rest, None)
            if given is None:
                return None
            options[_VALUED[arg]] = given
        elif arg.startswith("-") or question is not None:
            return None  # --help, an unknown option, a second argument: the full app says what is wrong
        else:
            question = arg
    return None if question is None else (question, options, as_json)


def ask(question: str, options: dict[str, str], as_json: bool) -> bool:
    """Answer and print; False, having printed nothing, when the full app should handle the command."""
    from qa.errors import QAError
    from qa.records import dump
    from qa.settings import InvalidSetting, Settings

    top_k = options.pop("top_k", None)
    if top_k is not None and not (top_k.isdigit() and 1 <= int(top_k) <= 50):
        return False
    try:
        settings = Settings(**options)  # type: ignore[arg-type]
    except InvalidSetting:
        return False
    from qa.cli.render import error_line, print_answer, print_json, report_progress
    from qa.pipeline import Pipeline

    try:
        answer = Pipeline(settings, progress=report_progress).ask(question, top_k=int(top_k) if top_k else None)
    except QAError as exc:
        error_line(str(exc))
        sys.exit(1)
    if as_json:
        print_json(dump(answer))
    else:
        print_answer(answer)
    return True


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the `qa` console script."""
    parsed = parse_ask(sys.argv[1:] if argv is None else argv)
    if parsed is not None and ask(*parsed):
        return None
    from qa.cli.app import main as full

    return full()


if __name__ == "__main__":
    main()
