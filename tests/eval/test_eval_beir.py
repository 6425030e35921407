"""qa eval retrieval on a BEIR-layout collection the tests write themselves, and every kind of bad input."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner, Result

from qa.cli.eval import eval_app
from qa.eval.beir import BadDataset, read_beir, read_bundled
from qa.settings import ROOT

DOCS = {
    "d1": ("Cats", "A cat purrs when it is content."),
    "d2": ("Dogs", "A dog fetches the ball in the park."),
    "d3": ("Birds", "Birds fly south before the winter."),
    "d4": ("Fish", "Fish swim in the cold river."),
    "d5": ("Interleukin", "IL-6 levels rise in p53-null tumours."),
    "d6": ("Kinase", "TNF-α signalling activates NF-κB."),
}
# q1-q4 find their document first; q5 shares no word with any document, so nothing is retrieved.
QUERIES = {
    "q1": "Which animal purrs?",
    "q2": "dogs fetch balls",
    "q3": "IL6 in p53 tumours",
    "q4": "TNF-alpha signalling",
    "q5": "quantum chromodynamics",
    "t1": "birds flying south",
}
TEST = {"q1": "d1", "q2": "d2", "q3": "d5", "q4": "d6", "q5": "d3"}
TRAIN = {"t1": "d3"}


def write_beir(folder: Path) -> Path:
    """A six-document collection in BEIR layout; the qrels use CRLF as BEIR's do."""
    (folder / "qrels").mkdir(parents=True)
    with open(folder / "corpus.jsonl", "w", encoding="utf-8") as f:
        for doc_id, (title, text) in DOCS.items():
            f.write(json.dumps({"_id": doc_id, "title": title, "text": text, "metadata": {}}) + "\n")
    with open(folder / "queries.jsonl", "w", encoding="utf-8") as f:
        for qid, text in QUERIES.items():
            # metadata is never read: a shape no reader expects must not matter
            f.write(json.dumps({"_id": qid, "text": text, "metadata": [{"d1": "SUPPORT"}]}) + "\n")
    for split, judged in (("test", TEST), ("train", TRAIN)):
        rows = "".join(f"{q}\t{d}\t1\r\n" for q, d in judged.items())
        (folder / "qrels" / f"{split}.tsv").write_bytes(f"query-id\tcorpus-id\tscore\r\n{rows}".encode())
    return folder


@pytest.fixture
def beir(tmp_path: Path) -> Path:
    return write_beir(tmp_path / "tiny")


def invoke(*args: str) -> Result:
    """Run `qa eval ...` as main() assembles it."""
    cli = typer.Typer()
    cli.add_typer(eval_app, name="eval")
    return CliRunner().invoke(cli, ["eval", *args], env={"COLUMNS": "200"})


def test_read_beir_reads_the_split_and_strips_crlf(beir: Path) -> None:
    coll = read_beir(beir, "test")
    assert coll.doc_ids == list(DOCS)
    assert coll.titles[0] == "Cats"
    assert coll.qrels == {q: {d: 1} for q, d in TEST.items()}
    assert set(coll.queries) == set(TEST)  # only the queries judged in the split
    assert coll.queries["q1"] == "Which animal purrs?"
    assert read_beir(beir, "train").qrels == {"t1": {"d3": 1}}


def test_json_has_the_issue_keys_and_hand_checked_values(beir: Path) -> None:
    result = invoke("retrieval", "--beir", str(beir), "--split", "test", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"nDCG@10", "R@100", "RR@10", "queries", "index_seconds", "queries_per_second"} <= set(data)
    # Four of five queries find their one relevant document first; q5 finds nothing: 4/5 each.
    assert data["queries"] == 5
    assert data["nDCG@10"] == pytest.approx(0.8)
    assert data["R@100"] == pytest.approx(0.8)
    assert data["RR@10"] == pytest.approx(0.8)
    assert data["index_seconds"] >= 0 and data["queries_per_second"] > 0


@pytest.mark.parametrize("options", [[], ["--rm3"], ["--backend", "rank-bm25", "--k1", "1.5", "--b", "0.6"]])
def test_both_backends_and_rm3_rank_the_same_first_documents(beir: Path, options: list[str]) -> None:
    result = invoke("retrieval", "--beir", str(beir), "--json", "--depth", "100", *options)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["RR@10"] == pytest.approx(0.8)


def test_table_and_report(beir: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    result = invoke("retrieval", "--beir", str(beir), "--report", str(page))
    assert result.exit_code == 0, result.output
    for label in ("nDCG@10", "R@100", "RR@10", "queries / second", "RM3 off"):
        assert label in result.stdout
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "quantum chromodynamics" in html  # the worst query is shown


def test_the_bundled_set_gives_retrieval_metrics() -> None:
    coll = read_bundled(ROOT / "data" / "eval" / "questions.jsonl", ROOT / "data" / "corpus")
    assert len(coll) == 5 and coll.qrels
    result = invoke("retrieval", "--json", "--depth", "100")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    # Five documents: every one that shares a term with the question is ranked.
    assert figures["R@100"] >= 0.95 and figures["queries"] == len(coll.qrels)


def _drop(name: str) -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        path = folder / name
        if path.is_dir():
            for child in path.iterdir():
                child.unlink()
            path.rmdir()
        else:
            path.unlink()

    return change


def _append(name: str, text: str) -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        with open(folder / name, "a", encoding="utf-8", newline="") as f:
            f.write(text)

    return change


def _replace(name: str, text: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).write_text(text, encoding="utf-8")


BAD = {
    "no corpus": (_drop("corpus.jsonl"), "corpus.jsonl is missing"),
    "no queries": (_drop("queries.jsonl"), "queries.jsonl is missing"),
    "no qrels folder": (_drop("qrels"), "qrels is missing"),
    "unknown document": (_append("qrels/test.tsv", "q1\td99\t1\r\n"), "document 'd99'"),
    "unknown query": (_append("qrels/test.tsv", "q99\td1\t1\r\n"), "query 'q99'"),
    "short qrels line": (_append("qrels/test.tsv", "q1 d1 1\r\n"), "separated by tabs"),
    "score not a number": (_append("qrels/test.tsv", "q1\td1\tyes\r\n"), "not a whole number"),
    "empty qrels": (_replace("qrels/test.tsv", "query-id\tcorpus-id\tscore\r\n"), "holds no judgment"),
    "malformed corpus line": (_append("corpus.jsonl", '{"_id": "d7", "text": \n'), "corpus.jsonl:7: not valid JSON"),
    "corpus line not an object": (_append("corpus.jsonl", "[1, 2]\n"), "expected a JSON object"),
    "document without text": (_append("corpus.jsonl", '{"_id": "d7", "title": "x"}\n'), "lacks 'text'"),
    "duplicate document": (_append("corpus.jsonl", '{"_id": "d1", "text": "again"}\n'), "appears twice"),
    "malformed query line": (_append("queries.jsonl", "{oops}\n"), "queries.jsonl:7: not valid JSON"),
    "empty corpus": (_replace("corpus.jsonl", ""), "is empty"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_is_a_one_line_error(beir: Path, case: str) -> None:
    change, message = BAD[case]
    change(beir)
    with pytest.raises(BadDataset, match=message.replace("(", r"\(").replace("[", r"\[")):
        read_beir(beir, "test")
    result = invoke("retrieval", "--beir", str(beir), "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("error:") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--split", "dev"], "no split 'dev' (qrels/dev.tsv); splits there: test, train"),
        (["--b", "2"], "bad setting: b"),
        (["--depth", "5"], "--depth must be between 100 and 1000"),
    ],
)
def test_bad_options_are_one_line_errors(beir: Path, args: list[str], message: str) -> None:
    result = invoke("retrieval", "--beir", str(beir), *args)
    assert result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_missing_folder_and_a_file_are_refused(tmp_path: Path) -> None:
    result = invoke("retrieval", "--beir", str(tmp_path / "nowhere"))
    assert result.exit_code == 1 and "does not exist" in result.stderr
    (tmp_path / "file").write_text("x")
    result = invoke("retrieval", "--beir", str(tmp_path / "file"))
    assert result.exit_code == 1 and "is a file" in result.stderr


def test_subcommands_have_help_and_are_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("retrieval", "answers"):
        result = invoke(name, "--help")
        assert result.exit_code == 0 and "Example:" in result.stdout
        assert f"qa eval {name}" in readme
