"""An article's title names what each of its sentences is about."""

from __future__ import annotations

from pathlib import Path

from qa.pipeline import Pipeline
from qa.settings import Settings

ARTICLES = {
    "fresno.txt": "Fresno\n\nFresno is the fifth most populous city in California. Its Tower District was built "
    "around a movie theatre from 1939. Streetcars ran along Huntington Boulevard until 1939. The area is also "
    "known for its early twentieth century homes, many of which have been restored in recent decades.\n",
    "valley.txt": "San Joaquin Valley\n\nThe valley is known for its farms. Fresno is known for its raisins, "
    "which growers dry in the sun. Fresno lies in the middle of the valley.\n",
}


def pipeline_over(tmp_path: Path, files: dict[str, str]) -> Pipeline:
    """A pipeline over a corpus of these files (name -> text), its index beside it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return Pipeline(Settings(corpus=corpus, index=tmp_path / "index", answer_cache=0))


def test_a_sentence_need_not_repeat_the_name_its_article_is_titled_with(tmp_path: Path) -> None:
    pipeline = pipeline_over(tmp_path, ARTICLES)
    answer = pipeline.ask("What type of homes is Fresno known for?")
    assert not answer.abstained
    assert answer.answer.startswith("The area is also known for its early twentieth century homes")
    assert answer.citations[0].title.startswith("Fresno")


def test_a_sentence_that_says_it_otherwise_beats_a_weak_one_that_repeats_the_words(tmp_path: Path) -> None:
    # The best sentence holds the names but says "invested", not "money" or "provide"; a sentence
    # that holds "money" and "Tesla" but not Astor is far weaker.
    pipeline = pipeline_over(
        tmp_path,
        {
            "tesla.txt": "Nikola Tesla\n\nIn 1899, John Jacob Astor invested $100,000 for Tesla to develop a new lighting "
            "system. Instead, Tesla used the money to fund his Colorado Springs experiments. Tesla moved to Colorado "
            "Springs in May 1899.\n",
            "city.txt": "Colorado Springs\n\nColorado Springs is a city in Colorado.\n",
        },
    )
    answer = pipeline.ask("How much money did John Jacob Astor provide Tesla with?")
    assert not answer.abstained
    assert answer.answer.startswith("$100,000.") or answer.answer.startswith("In 1899, John Jacob Astor invested")


def test_a_count_in_words_is_as_exact_as_one_in_figures(tmp_path: Path) -> None:
    # "eight" is no vague amount ("several", "today") that a later sentence's figures should beat.
    text = "Ctenophora\n\nThere are eight rows of combs. Each of the rows of combs carries combs of cilia up to 2 millimeters long.\n"
    pipeline = pipeline_over(tmp_path, {"ctenophora.txt": text})
    answer = pipeline.ask("How many rows of combs are there?")
    assert answer.answer.startswith("Eight. There are eight rows of combs [1].")


def test_an_acronym_the_corpus_never_writes_is_read_as_what_it_stands_for_there(tmp_path: Path) -> None:
    pipeline = pipeline_over(
        tmp_path,
        {
            "warsaw.txt": "Warsaw\n\nAfter World War II, under a Communist regime, the \"Bricks for Warsaw\" "
            "campaign was initiated. The city grew again in the 1960s.\n",
            "fresno.txt": "Fresno\n\nFresno is a city in California. Its schools grew after the war.\n",
        },
    )
    answer = pipeline.ask("What campaign did the Communist regime initiate after WWII?")
    assert not answer.abstained and "Bricks for Warsaw" in answer.answer
    assert pipeline.ask("What campaign did the Communist regime initiate after the GFC?").abstained  # unknown: refused


def test_a_readme_is_about_the_project_its_file_is_named_after(tmp_path: Path) -> None:
    readme = (
        '<p align="center"><img src="logo.png" alt="Quickzip"></p>\n\n'
        "__Quickzip__, or `qz` for short, is a fast lossless compression tool for log files.\n\n"
        "Its format is stable and documented in the spec folder.\n\n"
        "## Benchmarks\n\nOn a laptop qz compresses logs at 400 MB/s, twice as fast as gzip.\n"
    )
    other = "# Notes\n\nThe qz tool is mentioned here too, beside gzip and other compressors.\n"
    pipeline = pipeline_over(tmp_path, {"qz.md": readme, "notes.md": other})
    doc = next(d for d in pipeline.index.documents.values() if d.file == "qz.md")
    assert doc.title != "Benchmarks"  # a heading after prose heads a section, not the document
    answer = pipeline.ask("what is qz")
    assert answer.answer.startswith("Quickzip, or qz for short, is a fast lossless compression tool")
    assert answer.citations[0].doc_id == doc.id


def test_what_a_titled_document_is_about_goes_on_into_the_sentence_that_continues_its_first(tmp_path: Path) -> None:
    pipeline = pipeline_over(
        tmp_path,
        {
            "rustdoc.md": "# What is rustdoc?\n\nThe standard Rust distribution ships with a tool called rustdoc. "
            "Its job is to generate documentation for Rust projects. On a fundamental level, rustdoc takes a crate.\n",
            "cargo.md": "# Cargo\n\nCargo is the Rust package manager. Cargo downloads your dependencies.\n",
        },
    )
    answer = pipeline.ask("what does rustdoc do")
    assert "Its job is to generate documentation for Rust projects" in answer.answer
    assert "On a fundamental level" not in answer.answer
    # a second sentence that does not go on about the first ("Cargo downloads ...") is not added
    assert "downloads" not in pipeline.ask("what is cargo").answer
