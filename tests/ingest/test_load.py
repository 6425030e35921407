"""Loading: every file format, the metadata of the bundled articles, and the corpus errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import BUNDLED, BUNDLED_IDS

from qa.errors import CorpusEmpty, CorpusNotFound, DocumentUnreadable
from qa.ingest.load import load_corpus, load_file, with_metadata
from qa.models import Document


def one(folder: Path) -> Document:
    docs = load_corpus(folder)
    assert len(docs) == 1
    return docs[0]


def test_txt_document_id_is_the_file_name(tmp_path: Path) -> None:
    (tmp_path / "harbour-news.txt").write_text("The council voted to close the old town to cars.\n", encoding="utf-8")
    doc = one(tmp_path)
    assert doc.id == "harbour-news"
    assert doc.text.strip() == "The council voted to close the old town to cars."
    assert doc.source == str(tmp_path / "harbour-news.txt")


def test_windows_line_endings_and_bom_are_read_as_plain_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("\ufeffFirst line.\r\nSecond line.\r\n".encode())
    # Lines of one paragraph are wrapped prose: joined with a space.
    assert one(tmp_path).text == "First line. Second line."


def test_markdown_front_matter_becomes_metadata_and_markup_is_removed(tmp_path: Path) -> None:
    (tmp_path / "ferry.md").write_text(
        "---\n"
        'title: "Ferry prices rise"\n'
        "author: Jane Doe\n"
        "outlet: The Daily Planet\n"
        "date: 2024-03-06\n"
        "---\n"
        "# Ferry prices rise\n\n"
        "Operators blamed **fuel costs** for the [increase](https://example.com/fuel).\n\n"
        "![a ferry](ferry.jpg)\n",
        encoding="utf-8",
    )
    doc = one(tmp_path)
    assert (doc.title, doc.author, doc.outlet, doc.date) == (
        "Ferry prices rise",
        "Jane Doe",
        "The Daily Planet",
        "2024-03-06",
    )
    assert "Operators blamed fuel costs for the increase." in doc.text
    for markup in ("---", "title:", "**", "](", "https://", "#", "ferry.jpg"):
        assert markup not in doc.text


HTML_PAGE = """<!doctype html>
<html><head>
<title>Harbour city bans cars | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<script>var tracking = "ANALYTICS_SNIPPET";</script>
<style>p { color: red; }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World news</a></nav>
<article>
<p>The city council of Port Ellis voted on Tuesday to close the old town to private cars &amp; vans.</p>
<p>Mayor Tom Briggs said the ban would <em>cut traffic noise</em> by half.</p>
</article>
<script>document.write("INJECTED_AD")</script>
</body></html>
"""


def test_html_title_meta_and_visible_text(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    doc = one(tmp_path)
    assert doc.title == "Harbour city bans cars | The Daily Planet"
    assert (doc.author, doc.outlet, doc.date) == ("Jane Doe", "The Daily Planet", "2024-03-05")
    # Paragraphs stay paragraphs; entities are decoded; inline tags do not break a sentence.
    assert doc.text.split("\n\n") == [
        "The city council of Port Ellis voted on Tuesday to close the old town to private cars & vans.",
        "Mayor Tom Briggs said the ban would cut traffic noise by half.",
    ]
    for hidden in ("ANALYTICS_SNIPPET", "INJECTED_AD", "color: red", "World news", "Home", "<"):
        assert hidden not in doc.text


def test_html_headline_wins_over_the_title_tag(tmp_path: Path) -> None:
    page = HTML_PAGE.replace("<article>", "<article><h1>Port Ellis closes its old town to cars</h1>")
    (tmp_path / "page.htm").write_text(page, encoding="utf-8")
    assert one(tmp_path).title == "Port Ellis closes its old town to cars"


def test_jsonl_holds_many_documents(tmp_path: Path) -> None:
    rows = [
        {"id": "q1", "title": "Cats", "text": "A cat purrs."},
        {"id": 7, "text": "A dog fetches.", "author": "Jane Doe"},
    ]
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    docs = load_corpus(tmp_path)
    assert [(d.id, d.title, d.text) for d in docs] == [("q1", "Cats", "A cat purrs."), ("7", "", "A dog fetches.")]
    assert docs[1].author == "Jane Doe"
    assert docs[0].source == f"{tmp_path / 'docs.jsonl'}:1"


@pytest.mark.parametrize(
    "bad_line",
    ["{not json", '{"id": "x"}', '["a list"]', '{"id": "", "text": "no id"}', '{"id": "x", "text": 5}'],
)
def test_jsonl_bad_line_names_file_and_line(tmp_path: Path, bad_line: str) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "Fine."}) + "\n\n" + bad_line + "\n" + json.dumps({"id": "b", "text": "Fine."}),
        encoding="utf-8",
    )
    with pytest.raises(DocumentUnreadable, match=rf"{re.escape(str(path))}:3\b"):
        load_corpus(tmp_path, strict=True)
    warnings: list[str] = []
    (tmp_path / "good.txt").write_text("A cat purrs.", encoding="utf-8")
    assert [d.id for d in load_corpus(tmp_path, warn=warnings.append)] == ["good"]
    assert len(warnings) == 1 and f"{path}:3" in warnings[0]


EXPECTED_METADATA = {
    "000_3eae4d3813b44498": {"author": "Trevor Mogg", "outlet": "Digital Trends", "date": "2023-04-19"},
    "001_21e62f6ad766e5e3": {"author": "Joe Wituschek", "outlet": "BGR", "date": "2023-04-19"},
    "002_890c5c9d10bfe8b2": {"author": None, "date": "2023-04-19"},
    "003_eb8d1d1d17b4e45c": {"outlet": "Verdict", "date": "2023-04-19"},
    "004_d348144b868c9696": {"date": None},
}


@pytest.fixture(scope="module")
def bundled_docs() -> dict[str, Document]:
    return {d.id: d for d in load_corpus(BUNDLED)}


def test_bundled_corpus_is_five_articles(bundled_docs: dict[str, Document]) -> None:
    assert sorted(bundled_docs) == BUNDLED_IDS == sorted(EXPECTED_METADATA)


@pytest.mark.parametrize(("doc_id", "expected"), EXPECTED_METADATA.items())
def test_bundled_metadata(bundled_docs: dict[str, Document], doc_id: str, expected: dict[str, str | None]) -> None:
    doc = bundled_docs[doc_id]
    assert {field: getattr(doc, field) for field in expected} == expected


@pytest.mark.parametrize(
    ("doc_id", "title"),
    [
        ("000_3eae4d3813b44498", "Elon Musk threatens to sue Microsoft over AI training"),
        (
            "001_21e62f6ad766e5e3",
            "Elon Musk claims Microsoft illegally trained its AI using Twitter data, threatens lawsuit",
        ),
        ("004_d348144b868c9696", "Elon Musk Suing Microsoft Over Twitter Data's Illegal Use"),
    ],
)
def test_bundled_title_is_the_headline_not_page_chrome(
    bundled_docs: dict[str, Document], doc_id: str, title: str
) -> None:
    assert bundled_docs[doc_id].title == title


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusNotFound, match="does not exist"):
        load_corpus(tmp_path / "nowhere")


def test_file_instead_of_folder(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("A cat purrs.", encoding="utf-8")
    with pytest.raises(CorpusNotFound, match="not a folder"):
        load_corpus(path)


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusEmpty):
        load_corpus(tmp_path)


def test_only_empty_files_and_other_formats(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.md").write_text("\n   \n\t\n", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 not read")
    (tmp_path / ".hidden.txt").write_text("A hidden note.", encoding="utf-8")
    with pytest.raises(CorpusEmpty):
        load_corpus(tmp_path)


def test_non_utf8_file_is_read_in_its_own_encoding(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A cat purrs.", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Le caf\xe9 est pr\xeat. Un th\xe9 tr\xe8s chaud.".encode("latin-1"))
    docs = {d.id: d for d in load_corpus(tmp_path, strict=True)}
    assert docs["latin1"].text == "Le café est prêt. Un thé très chaud."


def test_nested_folders_give_path_ids(tmp_path: Path) -> None:
    (tmp_path / "news" / "2024").mkdir(parents=True)
    (tmp_path / "news" / "2024" / "harbour.txt").write_text("The council voted.", encoding="utf-8")
    (tmp_path / "top.md").write_text("A top-level note.", encoding="utf-8")
    assert [d.id for d in load_corpus(tmp_path)] == ["news/2024/harbour", "top"]


def test_two_files_with_the_same_name_keep_both_the_second_by_its_full_name(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A cat purrs.", encoding="utf-8")
    (tmp_path / "a.md").write_text("A dog fetches.", encoding="utf-8")
    docs = {d.id: d.text for d in load_corpus(tmp_path, strict=True)}
    assert docs == {"a": "A dog fetches.", "a.txt": "A cat purrs."}  # a.md comes first


def test_documents_of_a_jsonl_file_may_not_take_an_id_read_before(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("A dog fetches.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "a", "text": "A cat purrs."}) + "\n", encoding="utf-8")
    with pytest.raises(DocumentUnreadable, match="'a'"):
        load_corpus(tmp_path, strict=True)
    assert [d.text for d in load_corpus(tmp_path)] == ["A dog fetches."]


def test_plain_documents_named_in_capitals_and_manual_pages_are_read(tmp_path: Path) -> None:
    (tmp_path / "INSTALL").write_text("Run make, then make install.\n", encoding="utf-8")
    (tmp_path / "FAQ").write_text("Q: Does it run on BSD?\n\nA: Yes, on every BSD.\n", encoding="utf-8")
    (tmp_path / "tidectl.1").write_text('.TH TIDECTL 1\n.SH NAME\ntidectl \\- print tide tables\n', encoding="utf-8")
    (tmp_path / "Makefile").write_text("all:\n\tcc -o tide tide.c\n", encoding="utf-8")
    (tmp_path / "tide").write_bytes(b"\x7fELF\x00\x00binary")
    docs = {d.id: d for d in load_corpus(tmp_path, strict=True)}
    assert sorted(docs) == ["FAQ", "INSTALL", "tidectl"]  # no build file, no program
    assert docs["INSTALL"].text == "Run make, then make install."
    assert (docs["tidectl"].title, docs["tidectl"].text) == ("TIDECTL(1)", "NAME\n\ntidectl - print tide tables")


def test_a_plain_document_named_in_capitals_with_a_suffix_of_its_topic_is_read(tmp_path: Path) -> None:
    # "README.sslcerts", "INSTALL.unix": what the plain text is about; a picture or data file named so is not
    (tmp_path / "README.sslcerts").write_text("Put your certificates in SSL_CERT_DIR.\n", encoding="utf-8")
    (tmp_path / "INSTALL.unix").write_text("Run make, then make install.\n", encoding="utf-8")
    (tmp_path / "LOGO.PNG").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "CONFIG.json").write_text('{"a": 1}\n', encoding="utf-8")
    docs = {d.file: d for d in load_corpus(tmp_path, strict=True)}
    assert sorted(docs) == ["INSTALL.unix", "README.sslcerts"]
    assert docs["README.sslcerts"].text == "Put your certificates in SSL_CERT_DIR."


def test_compressed_documents_are_read_as_the_file_inside(tmp_path: Path) -> None:
    # /usr/share/doc ships "README.gz", "changelog.gz", manual pages as "tool.1.gz"
    import bz2
    import gzip
    import lzma

    (tmp_path / "README.gz").write_bytes(gzip.compress(b"Tidectl keeps\nits settings in ~/.tiderc.\n"))
    (tmp_path / "tidectl.1.gz").write_bytes(gzip.compress(b".TH TIDECTL 1\n.SH NAME\ntidectl \\- print tide tables\n"))
    (tmp_path / "guide.md.bz2").write_bytes(bz2.compress(b"# Guide\n\nRun `tidectl -p` for private mode.\n"))
    (tmp_path / "notes.html.xz").write_bytes(lzma.compress(b"<html><body><p>High water at noon.</p></body></html>"))
    (tmp_path / "tide.tar.gz").write_bytes(gzip.compress(b"not a document"))  # an archive, no document
    docs = {d.id: d for d in load_corpus(tmp_path, strict=True)}
    assert sorted(docs) == ["README", "guide", "notes", "tidectl"]
    assert docs["README"].text == "Tidectl keeps its settings in ~/.tiderc."  # wrapped lines joined, as in README
    assert (docs["tidectl"].title, docs["tidectl"].text) == ("TIDECTL(1)", "NAME\n\ntidectl - print tide tables")
    assert "`" not in docs["guide"].text and docs["notes"].text == "High water at noon."
    assert docs["README"].file == "README.gz"


def test_a_compressed_file_that_cannot_be_unpacked_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("High water at noon.\n", encoding="utf-8")
    (tmp_path / "README.gz").write_bytes(b"not gzip at all")
    warnings: list[str] = []
    docs = load_corpus(tmp_path, warn=warnings.append)
    assert [d.id for d in docs] == ["a"]
    assert len(warnings) == 1 and "README.gz cannot be unpacked" in warnings[0], warnings
    with pytest.raises(DocumentUnreadable, match=r"README\.gz cannot be unpacked"):
        load_corpus(tmp_path, strict=True)


def test_load_file_reads_one_file(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("Skip to main content\n\nHarbour city votes to ban cars\n\nBy Jane Doe\n\nText.", encoding="utf-8")
    [doc] = load_file(path, "x")
    assert (doc.id, doc.title, doc.author) == ("x", "Harbour city votes to ban cars", "Jane Doe")


def test_dateline_gives_the_date() -> None:
    doc = with_metadata(Document(id="x", text="Harbour city votes\n\nPublished Mar 3rd, 2024 5:07PM EDT\n\nText."))
    assert doc.date == "2024-03-03"
    assert doc.dateline == "Published Mar 3rd, 2024 5:07PM EDT"  # kept as written: the time, the page's form


def test_an_embedded_posts_signature_dates_the_document_but_is_no_dateline() -> None:
    text = "Harbour city votes\n\nThe mayor agreed.\n\nCars go.\n\n— Jane Doe (@janedoe) March 3, 2024\n\nMore text."
    doc = with_metadata(Document(id="x", text=text))
    assert doc.date == "2024-03-03" and doc.dateline is None


def test_the_dates_of_a_life_in_an_opening_sentence_do_not_date_the_document() -> None:
    # an encyclopedia's opening sentence gives a life's dates, no publication date; a news lede's date dates it
    life = "Nikola Tesla (10 July 1856 – 7 January 1943) was a Serbian American inventor.\n\nHe moved to New York."
    assert with_metadata(Document(id="x", text=life)).date is None
    born = "Jane Doe (born 5 May 1960) is a harbour engineer.\n\nShe lives in Kiel."
    assert with_metadata(Document(id="x", text=born)).date is None
    lede = "On Wednesday, April 19, 2023, the council voted to ban cars.\n\nThe mayor agreed."
    assert with_metadata(Document(id="x", text=lede)).date == "2023-04-19"


@pytest.mark.parametrize(
    "line",
    [
        "By early March, the council had voted to close the old town to private cars.",
        "By using this site, you consent to our use of cookies.",
    ],
)
def test_sentence_opening_with_by_is_not_a_byline(line: str) -> None:
    doc = with_metadata(Document(id="x", text=f"Harbour city votes to ban cars\n\n{line}\n\nThe mayor agreed."))
    assert doc.author is None


@pytest.mark.parametrize(
    ("byline", "author", "role"),
    [
        ("Trevor Mogg\n\nContributing Editor", "Trevor Mogg", "Contributing Editor"),
        ("By Jane Doe, Staff Writer", "Jane Doe", "Staff Writer"),
        ("By Jane Doe", "Jane Doe", None),
    ],
)
def test_the_bylines_role_is_kept_with_its_author(byline: str, author: str, role: str | None) -> None:
    doc = with_metadata(Document(id="x", text=f"Harbour city votes to ban cars\n\n{byline}\n\nThe mayor agreed."))
    assert (doc.author, doc.author_role) == (author, role)


def test_a_role_is_not_given_to_an_author_the_file_names_otherwise() -> None:
    doc = with_metadata(Document(id="x", author="Ann Lee", text="Title of it all\n\nTrevor Mogg\n\nContributing Editor\n\nText."))
    assert (doc.author, doc.author_role) == ("Ann Lee", None)


def test_a_short_title_above_a_saved_article_is_its_title(tmp_path: Path) -> None:
    paragraph = "Nikola Tesla (10 July 1856 - 7 January 1943) was a Serbian American inventor, " * 3
    (tmp_path / "tesla.txt").write_text(f"Nikola Tesla\n\n{paragraph}\n\nHe was born in Smiljan.\n", encoding="utf-8")
    (doc,) = load_corpus(tmp_path)
    assert doc.title == "Nikola Tesla"
    assert "Serbian American inventor" in doc.text  # the article itself is kept whole


def test_the_authors_bio_under_the_article_is_kept_with_the_author() -> None:
    text = (
        "Harbour city votes to ban cars\n\nBy Jane Doe\n\nThe mayor agreed.\n\n"
        "Jane Doe is a Staff Writer for Harbour News. Jane covers city hall and has for over 12 years.\n\nRead more"
    )
    doc = with_metadata(Document(id="x", text=text))
    assert doc.author_bio == "Jane Doe is a Staff Writer for Harbour News. Jane covers city hall and has for over 12 years."
    assert with_metadata(Document(id="y", text="Harbour city votes to ban cars\n\nThe mayor agreed.")).author_bio is None



def test_an_author_box_under_the_article_gives_the_bio_that_names_them() -> None:
    # Digital Trends: "Trevor Mogg / Contributing Editor / Not so many moons ago, Trevor moved from ..."
    text = (
        "Harbour city votes to ban cars\n\nBy Jane Doe\n\nThe mayor agreed.\n\nJane Doe\n\nContributing Editor\n\n"
        "Not so many moons ago, Jane moved from one rainy harbour town to another, and she still loves ferries.\n\nRead more"
    )
    doc = with_metadata(Document(id="x", text=text))
    assert doc.author_bio == "Not so many moons ago, Jane moved from one rainy harbour town to another, and she still loves ferries."


def test_the_signature_of_an_embedded_post_is_kept_as_metadata() -> None:
    text = "Harbour city votes to ban cars\n\nThe mayor agreed.\n\nCars out.\n\n— Ann Lee (@annlee) May 2, 2023\n\nMore text."
    assert with_metadata(Document(id="x", text=text)).embeds == ["- Ann Lee (@annlee) May 2, 2023"]
