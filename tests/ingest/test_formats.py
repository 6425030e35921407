"""Format parsers: wrapped text joined, Markdown and HTML structure, where each passage comes from."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BUNDLED

from qa.ingest.inspect import inspect_file
from qa.ingest.load import is_capture, load_corpus, load_file, read_corpus
from qa.ingest.passages import sentences_of, split_passages
from qa.ingest.sections import location
from qa.models import Document, Passage, where
from qa.pipeline import Pipeline
from qa.settings import Settings

DOCS = Path(__file__).resolve().parent.parent / "data" / "docs"


def passages_of(doc: Document, size: int = 3, overlap: int = 1) -> list[Passage]:
    return split_passages(doc, sentences_of(doc), 0, size, overlap)


def doc_of(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [doc] = load_file(path, path.stem, name)
    return doc


def test_wrapped_sentence_is_found_whole(tmp_path: Path) -> None:
    """The reproduction of issue 12: a sentence wrapped over two lines is one searchable sentence."""
    corpus = tmp_path / "m"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Deep Thought computed the answer to the ultimate\n"
        "question of life over seven and a half million\n"
        "years. The answer it gave was forty-two.\n",
        encoding="utf-8",
    )
    pipeline = Pipeline(Settings(corpus=corpus, index=tmp_path / "mi"))
    [hit] = pipeline.search("seven")
    index = pipeline.index
    assert hit.passage.text.startswith(
        "Deep Thought computed the answer to the ultimate question of life over seven and a half million years."
    )
    first = index.sentences[hit.passage.sentences[0]].text
    assert first.endswith("seven and a half million years.")
    assert (hit.passage.line, hit.passage.end_line) == (1, 3)


def test_plain_text_headings_lists_and_commands(tmp_path: Path) -> None:
    doc = doc_of(
        tmp_path,
        "guide.txt",
        "BACKUPS\n=======\n\n1. Retention\n------------\n\nCopies are kept as follows:\n\n"
        "  - daily copies for 14 days;\n  - monthly copies for\n    12 months.\n\n"
        "Restore a file with:\n\n    scp report.odt fileserver:/srv/shared/\n",
    )
    kinds = [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []]
    assert kinds == [
        ("heading", "BACKUPS"),
        ("heading", "1. Retention"),
        ("paragraph", "Copies are kept as follows:"),
        ("item", "daily copies for 14 days;"),
        ("item", "monthly copies for 12 months."),
        ("paragraph", "Restore a file with:"),
        ("code", "scp report.odt fileserver:/srv/shared/"),
    ]
    [p] = passages_of(doc, size=10)
    assert p.heading == ["BACKUPS", "1. Retention"]
    assert (p.line, p.end_line) == (7, 15)


def test_a_news_file_entry_is_headed_by_its_release(tmp_path: Path) -> None:
    doc = doc_of(
        tmp_path,
        "NEWS",
        "0.45  rlwrap correctly handles bracketed paste\n\n      --only-cook now cooks every prompt.\n\n"
        "0.43  Added the rlwrapfilter.py module\n      and example filters. Filters can now be written in python\n"
        "      as well as perl.\n",
    )
    kinds = [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []]
    assert kinds[:2] == [("heading", "0.45"), ("paragraph", "rlwrap correctly handles bracketed paste")]
    # the release's own line goes on in its hanging lines: one paragraph, under the release
    text = "Added the rlwrapfilter.py module and example filters. Filters can now be written in python as well as perl."
    assert kinds[-2:] == [("heading", "0.43"), ("paragraph", text)]
    last = passages_of(doc, size=1)[-1]
    assert last.heading == ["0.43"] and "written in python" in last.text


def test_plain_text_options_in_columns_are_items_their_option_defines(tmp_path: Path) -> None:
    # A usage text's option table: each option opens an item whose later sentences it still names.
    doc = doc_of(
        tmp_path,
        "usage.txt",
        "jpegtran also recognizes these switches:\n"
        "        -copy none      Copy no extra markers.  This setting\n"
        "                        suppresses all metadata.\n"
        "        -copy all       Copy all extra markers.  This setting preserves\n"
        "                        Exif data.\n"
        "The default behavior is -copy comments.\n",
    )
    kinds = [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []]
    assert kinds == [
        ("paragraph", "jpegtran also recognizes these switches:"),
        ("item", "-copy none: Copy no extra markers. This setting suppresses all metadata."),
        ("item", "-copy all: Copy all extra markers. This setting preserves Exif data."),
        ("paragraph", "The default behavior is -copy comments."),
    ]
    # A manual page's option alone on its line, its description indented under it.
    doc = doc_of(tmp_path, "patch.txt", "       -R  or  --reverse\n              Assume the files were swapped.\n")
    assert [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []] == [
        ("item", "-R or --reverse: Assume the files were swapped.")
    ]
    # Bulleted, its spellings split by "/", a colon after it and a blank line before its description (jq's page).
    doc = doc_of(
        tmp_path,
        "jq.txt",
        "       Some options:\n\n       ○   --raw-output / -r:\n\n           With this option, strings are written\n"
        "           without quotes.\n\n       ○   --slurp/-s:\n\n           Read the entire input into an array.\n",
    )
    assert [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []] == [
        ("paragraph", "Some options:"),
        ("item", "--raw-output / -r: With this option, strings are written without quotes."),
        ("item", "--slurp/-s: Read the entire input into an array."),
    ]
    # A manual page's short and long forms each alone on its line over one description (strace's page).
    doc = doc_of(
        tmp_path,
        "strace.txt",
        "       -z\n       --successful-only\n\t\t   Print only syscalls that returned without an error code.\n\n"
        "       -T\n       --syscall-times[=precision]\n\t\t   Show the time spent in system calls.\n",
    )
    assert [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []] == [
        ("item", "-z, --successful-only: Print only syscalls that returned without an error code."),
        ("item", "-T, --syscall-times[=precision]: Show the time spent in system calls."),
    ]
    # An asciidoc labelled list in a .txt (offlineimap's manual): "-o::" over its indented description.
    doc = doc_of(tmp_path, "offlineimap.txt", "-o::\n\n  Run only once.\n+\nIgnore any autorefresh setting.\n")
    first = (doc.sections or [])[0]
    assert first.kind == "item" and doc.text[first.start : first.end].startswith("-o: Run only once.")


def test_manual_page_sections_variables_and_pipe_separated_options(tmp_path: Path) -> None:
    # A rendered manual page: sections flush left over indented text with no blank line between, an
    # option spelled two ways with "|", an environment variable over its description, and a word the
    # formatter broke with U+2010.
    doc = doc_of(
        tmp_path,
        "xxd.1.txt",
        "NAME\n       xxd - make a hexdump or do the reverse.\n\n"
        "DESCRIPTION\n       xxd creates a hex dump of a given file.\n\n       It can also convert a hex dump back.\n\n"
        "       It can patch binary files.\n\n       It can write C arrays.\n\n"
        "OPTIONS\n       If no infile is given, standard input is read.\n\n"
        "       -i | -include\n              Output in C include file style. A complete static array defini\u2010\n"
        "              tion is written.\n\n"
        "ENVIRONMENT\n       SIMPLE_BACKUP_SUFFIX\n          Extension to use for simple backup file names.\n",
    )
    kinds = [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []]
    assert kinds[7:] == [
        ("heading", "OPTIONS"),
        ("paragraph", "If no infile is given, standard input is read."),
        ("item", "-i | -include: Output in C include file style. A complete static array definition is written."),
        ("heading", "ENVIRONMENT"),
        ("item", "SIMPLE_BACKUP_SUFFIX: Extension to use for simple backup file names."),
    ]
    assert kinds[:4] == [
        ("heading", "NAME"),
        ("paragraph", "xxd - make a hexdump or do the reverse."),
        ("heading", "DESCRIPTION"),
        ("paragraph", "xxd creates a hex dump of a given file."),
    ]


def test_a_manual_pages_configuration_command_over_its_description_is_an_item(tmp_path: Path) -> None:
    # "port number" over the sentences defining it is the term they define, as an option is; a value
    # glossed in lower case ("unified" over "preferred by the patch utility.") stays prose.
    doc = doc_of(
        tmp_path,
        "msmtp.txt",
        "CONFIGURATION FILES\n       host argument\n              The SMTP server to send the mail to.\n"
        "       port number\n              The port that the SMTP server listens on.   The  default  is  25\n"
        "              (\"smtp\").\n\n"
        "       Diffstat recognizes these types of output:\n\n          unified\n                 preferred by the patch utility.\n",
    )
    kinds = [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []]
    assert ("item", "host argument: The SMTP server to send the mail to.") in kinds
    assert ("item", 'port number: The port that the SMTP server listens on. The default is 25 ("smtp").') in kinds
    assert not any(kind == "item" and text.startswith("unified") for kind, text in kinds)


def test_a_line_shown_under_a_colon_is_no_heading(tmp_path: Path) -> None:
    # "IPQoS af21 cs1" alone and indented is what "add this to ssh_config:" introduces, not a heading.
    doc = doc_of(
        tmp_path,
        "README.Debian",
        "To restore the upstream default, add this to ssh_config:\n\n  IPQoS af21 cs1\n\nFor discussion, see the bug.\n",
    )
    kinds = [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []]
    assert ("heading", "IPQoS af21 cs1") not in kinds
    assert [t for _, t in kinds] == [
        "To restore the upstream default, add this to ssh_config:",
        "IPQoS af21 cs1",
        "For discussion, see the bug.",
    ]


def test_justified_text_is_prose_and_aligned_columns_are_rows(tmp_path: Path) -> None:
    # A manual page set justified ("If  you  apply  a  patch"): wide gaps here and there, no columns.
    doc = doc_of(
        tmp_path,
        "patch.1.txt",
        "       If  you  apply  a  patch  you've  already applied, patch thinks it is a\n"
        "       reversed patch, and offers  to  un-apply  the  patch.   This  could  be\n"
        "       construed as a feature.\n\n"
        "       Option     Meaning\n       -R         Reverse the patch.\n       -N         Ignore applied patches.\n",
    )
    kinds = [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []]
    assert kinds[0] == (
        "paragraph",
        "If you apply a patch you've already applied, patch thinks it is a reversed patch, and offers to un-apply "
        "the patch. This could be construed as a feature.",
    )
    assert [k for k, _ in kinds[1:]] == ["row", "row", "row"]


def test_a_description_wrapped_under_its_column_continues_its_row(tmp_path: Path) -> None:
    # A manual page's FILES: a description going on under its column, a word broken there with U+2010.
    doc = doc_of(
        tmp_path,
        "tidyname.1.txt",
        "     tidynamerc      The system-wide tidynamerc file.\n"
        "     ~/.tidynamerc   A user's personal tidynamerc.  Normally it extends the sys\u2010\n"
        "                     tem-wide tidynamerc, unless -f has been given.\n"
        "     latin1.tbl      The default ISO 8859-1 translation table.\n",
    )
    assert [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []] == [
        ("row", "tidynamerc The system-wide tidynamerc file."),
        ("row", "~/.tidynamerc A user's personal tidynamerc. Normally it extends the system-wide tidynamerc, unless -f has been given."),
        ("row", "latin1.tbl The default ISO 8859-1 translation table."),
    ]


def test_justified_lines_with_gaps_in_line_stay_one_paragraph(tmp_path: Path) -> None:
    # Two justified lines whose gaps happen to line up ("By  default", "OTP  every"), and a line that goes on
    # with a word in capitals: one sentence, not rows, and "OTP" no term its line defines.
    doc = doc_of(
        tmp_path,
        "oathtool.1.txt",
        "       By  default the time-step size is 30 seconds, which means you get a new\n"
        "       OTP  every  30  seconds.    You   may   modify   this   with   the   -s\n"
        "       (--time-step-size) parameter:\n",
    )
    kinds = [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []]
    assert kinds == [
        (
            "paragraph",
            "By default the time-step size is 30 seconds, which means you get a new OTP every 30 seconds. You may "
            "modify this with the -s (--time-step-size) parameter:",
        )
    ]


def test_markdown_heading_path_table_rows_and_code(tmp_path: Path) -> None:
    doc = doc_of(
        tmp_path,
        "install.md",
        "# tool\n\nIntro text here.\n\n## Install\n\n```bash\npip install tool\npip install 'tool[x]'\n```\n\n"
        "### Extras\n\n| Extra | Adds |\n| --- | --- |\n| `pdf` | reading PDF files |\n| `web` | the HTTP service |\n",
    )
    assert doc.title == "tool"
    units = sentences_of(doc)
    assert [u.text for u in units] == [
        "Intro text here.",
        "pip install tool\npip install 'tool[x]'",
        "Extra: pdf; Adds: reading PDF files",
        "Extra: web; Adds: the HTTP service",
    ]
    passages = passages_of(doc)
    assert [(p.heading, p.line, p.end_line) for p in passages] == [
        (["tool"], 3, 3),
        (["tool", "Install"], 8, 9),
        (["tool", "Install", "Extras"], 16, 17),
    ]


def test_markdown_images_rules_and_html_are_dropped_not_text(tmp_path: Path) -> None:
    doc = doc_of(
        tmp_path,
        "r.md",
        '<p align="center"><img src="logo.png"></p>\n\n[![CI](badge.svg)](ci)\n\n---\n\nReal *text* with `code`.\n',
    )
    assert doc.text == "Real text with code."


def test_html_main_content_headings_and_table() -> None:
    [doc] = load_file(DOCS / "moorland-railway.html", "moorland-railway", "moorland-railway.html")
    assert doc.title == "Visiting the railway"
    assert doc.outlet == "Moorland Heritage Railway"
    for hidden in ("dataLayer", "font-family", "Volunteer", "Gift vouchers", "Registered charity", "Print this page"):
        assert hidden not in doc.text
    rows = [doc.text[s.start : s.end] for s in doc.sections or [] if s.kind == "row"]
    assert rows[0] == "Ticket: Adult; Return fare: £18.00; Notes: valid all day"
    fares = [p for p in passages_of(doc) if "£48.00" in p.text]
    assert fares and all(p.heading == ["Visiting the railway", "Fares"] for p in fares)


def test_html_heading_inside_an_anchor_is_a_heading_of_its_own() -> None:
    from qa.ingest.formats.html import parse_html

    # an FAQ's question in <a name=...><h3> (closed in the wrong order): its own block, not the first words of the text after
    page = (
        '<html><body><a name="user"><h3>\nIs it possible to allow a user other than root to control a service\n</a></h3>\n'
        'Using the <a href="sv.8.html">sv</a> program only works as root.\n<p>\nAnswer:\nAdjust the permissions.</body></html>'
    )
    blocks = [(b.kind, b.text) for b in parse_html(page).blocks]
    assert blocks[0] == ("heading", "Is it possible to allow a user other than root to control a service")
    assert blocks[1] == ("paragraph", "Using the sv program only works as root.")


def test_passages_never_cross_a_heading() -> None:
    for doc in load_corpus(DOCS):
        for p in passages_of(doc):
            sections = {tuple(s.heading) for s in doc.sections or [] if s.start < p.end and s.end > p.start}
            sections.discard(tuple(p.heading[:-1]))  # the heading block itself stands under its parents
            assert sections <= {tuple(p.heading)}, p.id


@pytest.mark.parametrize("path", sorted(BUNDLED.glob("*.txt")), ids=lambda p: p.stem)
def test_bundled_articles_are_web_captures(path: Path) -> None:
    assert is_capture(path.read_text(encoding="utf-8"))


def test_docs_are_not_web_captures() -> None:
    assert not is_capture((DOCS / "backup-howto.txt").read_text(encoding="utf-8"))


def test_markdown_html_block_headings_are_headings(tmp_path: Path) -> None:
    doc = doc_of(
        tmp_path,
        "README.md",
        '<div align="center">\n<h1>BM25S</h1>\n<p><i>Fast lexical search.</i></p>\n</div>\n\n## Install\n\nRun pip.\n',
    )
    assert doc.title == "BM25S"
    assert [(p.heading, p.text) for p in passages_of(doc)] == [
        (["BM25S"], "Fast lexical search."),
        (["BM25S", "Install"], "Run pip."),
    ]


def test_html_passages_cite_a_line_range_on_a_real_page() -> None:
    """An HTML passage says which lines of the page it spans, like the other formats (rustdoc book, tests/data/real)."""
    name = "rustdoc-what-is-rustdoc.html"
    [doc] = load_file(DOCS.parent / "real" / name, "rustdoc", name)
    places = {p.text.split(".")[0]: where(name, p.heading, p.line, p.end_line, p.page) for p in passages_of(doc)}
    opening = "The standard Rust distribution ships with a tool called rustdoc"
    assert places[opening] == f"{name} › What is rustdoc?, lines 181–184"
    start = doc.text.index("CSS, and JavaScript")  # the wrapped paragraph's last source line
    assert location(doc, start, start + 5)["line"] == 184
    code = doc.text.index("$ cargo new docs --lib")  # a code block: its own lines
    assert location(doc, code, code + 5)["line"] == 187
    rows = [s for s in doc.sections or [] if s.kind == "row"]
    assert all(s.line is not None and s.end_line is not None and s.end_line >= s.line for s in rows)


def test_html_blocks_spread_over_lines_keep_each_word_s_line(tmp_path: Path) -> None:
    page = (
        "<html><body>\n<h2>A heading\n over two lines</h2>\n<p>\n  First <em>em\n  text</em> and\n"
        "  <a href='x'>link</a> tail\n</p>\n<table><tr><th>A</th><th>B</th></tr>\n<tr><td>one\ntwo</td>\n"
        "<td>three</td></tr></table>\n</body></html>\n"
    )
    doc = doc_of(tmp_path, "p.html", page)
    spans = {doc.text[s.start : s.end]: (s.line, s.end_line) for s in doc.sections or []}
    assert spans == {
        "A heading over two lines": (2, 3),
        "First em text and link tail": (5, 7),
        "A: one two; B: three": (10, 12),
    }
    for word, line in [("First", 5), ("text", 6), ("link", 7), ("one two", 11), ("three", 12)]:
        at = doc.text.index(word)
        assert location(doc, at, at + len(word))["end_line"] == line, word


SPHINX_PAGE = """\
:title: Quillmark API
:author: Jane Doe
:category: Reference

Building
========

Call :func:`~quillmark.build` to render a site; see :ref:`the deploy guide <deploy>`.

.. toctree::
   :maxdepth: 2

   intro

.. versionadded:: 2.1
   The ``minify`` argument.

.. note::
   Drafts are always shown by the preview server.

Options
-------

-q, --quiet   Print errors only.

base_url
    The address the site is published at.

+---------+------+
| Host    | Free |
+=========+======+
| Netlify | Yes  |
+---------+------+

.. code-block:: toml

   theme = "paper"
"""


def test_restructuredtext_sections_roles_directives_and_tables(tmp_path: Path) -> None:
    doc = doc_of(tmp_path, "api.rst", SPHINX_PAGE)
    assert (doc.title, doc.author) == ("Quillmark API", "Jane Doe")
    units = [u.text for u in sentences_of(doc)]
    assert units == [
        "Call build to render a site; see the deploy guide.",
        "New in version 2.1: The minify argument.",
        "Note: Drafts are always shown by the preview server.",
        "-q, --quiet: Print errors only.",
        "base_url: The address the site is published at.",
        "Host: Netlify; Free: Yes",
        'theme = "paper"',
    ]
    kinds = [(s.kind, s.heading[-1:], s.line) for s in doc.sections or [] if s.kind != "heading"]
    assert kinds == [
        ("paragraph", ["Building"], 8),
        ("paragraph", ["Building"], 15),
        ("paragraph", ["Building"], 19),
        ("item", ["Options"], 24),
        ("item", ["Options"], 26),
        ("row", ["Options"], 32),
        ("code", ["Options"], 37),
    ]


def test_restructuredtext_directives_and_roles_docutils_does_not_know_keep_their_text(tmp_path: Path) -> None:
    # CMake's manuals: ".. variable:: NAME" and ":variable:`NAME`" are Sphinx extensions of its own.
    doc = doc_of(
        tmp_path,
        "deb.rst",
        "CPack DEB Generator\n===================\n\nUse :variable:`CMAKE_BUILD_TYPE` to keep symbols.\n\n"
        ".. variable:: CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA\n\n"
        " This variable adds custom scripts to the control.tar.gz.\n Typical usage is for postinst and prerm.\n",
    )
    units = [u.text for u in sentences_of(doc)]
    assert "Use CMAKE_BUILD_TYPE to keep symbols." in units
    assert "Typical usage is for postinst and prerm." in units
    assert any(u.startswith("Variable CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA") for u in units)


def test_restructuredtext_drops_only_what_a_reader_never_sees(tmp_path: Path) -> None:
    path = tmp_path / "api.rst"
    path.write_text(SPHINX_PAGE, encoding="utf-8")
    dropped = {d.text: d.reason for d in inspect_file(path).dropped}
    assert dropped[":title: Quillmark API"] == "front matter (title kept as metadata)"
    assert dropped[":category: Reference"] == "front matter"
    assert any(t.startswith(".. toctree::") for t in dropped)
    assert not any("minify" in t or "Drafts" in t for t in dropped)


def test_restructuredtext_never_reads_another_file(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("the password is hunter2", encoding="utf-8")
    doc = doc_of(tmp_path, "inc.rst", "Title\n=====\n\n.. include:: secret.txt\n\nText after.\n")
    assert "hunter2" not in doc.text and "Text after." in doc.text


def test_html_definition_list_terms_join_their_definitions(tmp_path: Path) -> None:
    doc = doc_of(
        tmp_path,
        "glossary.html",
        "<html><body><main><h1>Glossary</h1>\n<dl>\n<dt>Relief vessel</dt>\n"
        "<dd>A ferry that takes over a route while the usual ferry is in dry dock.</dd>\n"
        "<dt>Sailing</dt>\n<dd>One crossing of a ferry.</dd>\n</dl></main></body></html>",
    )
    units = [(s.kind, doc.text[s.start : s.end], s.line, s.end_line) for s in doc.sections or [] if s.kind != "heading"]
    assert units == [
        ("item", "Relief vessel: A ferry that takes over a route while the usual ferry is in dry dock.", 3, 4),
        ("item", "Sailing: One crossing of a ferry.", 5, 6),
    ]
    # a definition in several paragraphs: its first one is read with the term, the rest go on in the item
    doc = doc_of(tmp_path, "users.html", "<dl><dt>daemon</dt><dd><p>Daemons run as it.</p><p>Also handy.</p></dd></dl>")
    assert [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []] == [("item", "daemon: Daemons run as it."), ("item", "Also handy.")]
    # two terms of one definition, as a manual lists an option's short and long names
    doc = doc_of(tmp_path, "time.html", "<dl>\n<dt><code>-p</code></dt>\n<dt><code>--portability</code></dt>\n<dd>Use the POSIX format.</dd></dl>")
    assert [(s.kind, doc.text[s.start : s.end], s.line, s.end_line) for s in doc.sections or []] == [
        ("item", "-p, --portability: Use the POSIX format.", 2, 4)
    ]
    # texinfo's HTML leaves its <dt> unclosed ("<dt>-s<dt>--suppress<dd>..."), which the parser nests
    doc = doc_of(tmp_path, "bbq.html", "<dl><br><dt><code>-s</code><dt><code>--suppress</code><dd>Print only block contents.\n<br><dt><code>-?</code><dt><code>--help</code><dd>Print help.</dl>")
    assert [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or []] == [
        ("item", "-s, --suppress: Print only block contents."),
        ("item", "-?, --help: Print help."),
    ]


def test_html_texinfo_links_between_nodes_are_navigation_not_content(tmp_path: Path) -> None:
    page = (
        '<html><body><div class="node"><a name="Top"></a><p><hr>Next:&nbsp;<a rel="next" href="#Overview">Overview</a>,'
        ' Up:&nbsp;<a rel="up" href="dir.html">(dir)</a></div><h2>bbq</h2><p>bbq edits binary files.</p>'
        '<div class="node"><p><hr>Next:&nbsp;<a href="#Run">Running bbq</a>, Previous:&nbsp;<a href="#Top">Top</a>,'
        ' Up:&nbsp;<a href="#Top">Top</a></div><p>Next: the blocks are read one by one.</p></body></html>'
    )
    doc = doc_of(tmp_path, "bbq.html", page)
    assert [doc.text[s.start : s.end] for s in doc.sections or [] if s.kind != "heading"] == [
        "bbq edits binary files.",
        "Next: the blocks are read one by one.",  # prose opening with "Next:" stays
    ]


def test_html_list_item_opening_with_a_term_on_its_own_line_joins_its_text(tmp_path: Path) -> None:
    doc = doc_of(
        tmp_path,
        "asm.html",
        "<ul>\n<li>\n<code>NOSPLIT</code> = 4\n<br>\nDon't insert the preamble. It must fit.\n</li>\n"
        "<li>\nA sentence first.\n<br>\nThen another.\n</li>\n</ul>",
    )
    units = [(s.kind, doc.text[s.start : s.end], s.line) for s in doc.sections or []]
    assert units == [
        ("item", "NOSPLIT = 4: Don't insert the preamble. It must fit.", 3),
        ("item", "A sentence first.", 8),
        ("item", "Then another.", 10),
    ]


def test_restructuredtext_raw_html_keeps_its_text_never_its_markup(tmp_path: Path) -> None:
    doc = doc_of(tmp_path, "raw.rst", "Intro.\n\n.. raw:: html\n\n   <p>Kept <b>text</b></p><script>alert(1)</script>\n\nAfter.\n")
    assert doc.text == "Intro.\n\nKept text\n\nAfter."


def test_restructuredtext_badges_are_images_not_text(tmp_path: Path) -> None:
    text = (
        "Tool\n====\n\n|PyPI Version| |Build Status|\n\nMonitors files, see |Logo| here.\n\n"
        ".. |PyPI Version| image:: https://img.shields.io/pypi/v/tool.svg\n"
        ".. |Build Status| image:: https://img.shields.io/badge/build-passing.svg\n"
        ".. |Logo| image:: logo.png\n"
    )
    doc = doc_of(tmp_path, "badges.rst", text)
    assert "PyPI" not in doc.text and "Build Status" not in doc.text and "Logo" not in doc.text
    assert "Monitors files, see here." in " ".join(doc.text.split())


def test_restructuredtext_a_line_announcing_only_a_badge_goes_with_it(tmp_path: Path) -> None:
    text = (
        "Tool\n====\n\n.. tip::\n\n    Become **my sponsor** to help me work on this software:\n\n   |Patreon|\n\n"
        "Monitors file system events.\n\nThe options are:\n\n- ``-r``: recurse\n\n"
        ".. |Patreon| image:: https://img.shields.io/badge/patreon-donate.svg\n"
    )
    doc = doc_of(tmp_path, "tip.rst", text)
    # the pitch announced the badge alone: both go; a line announcing a list stays
    assert "sponsor" not in doc.text and "Monitors file system events." in doc.text
    assert "The options are:" in doc.text


def test_restructuredtext_docutils_cannot_read_is_skipped_with_its_reason(tmp_path: Path) -> None:
    from unittest import mock

    import docutils.core

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "ok.md").write_text("# ok\n\nA readable page.\n", encoding="utf-8")
    (corpus / "deep.rst").write_text("Title\n=====\n\nText.\n", encoding="utf-8")
    with mock.patch.object(docutils.core, "publish_doctree", side_effect=RecursionError("too deep")):
        found = read_corpus(corpus)
    assert [d.file for d in found.documents] == ["ok.md"]
    assert found.skipped == ["deep.rst is not readable reStructuredText (RecursionError: too deep)"]


ASCIIDOC = """= Ferrytime Guide
:toc:
:author: Maren Holt

Ferrytime prints ferry departures. See https://example.org/docs[the docs].

== Install

[source,bash]
----
pip install ferrytime
----

NOTE: Python 3.9 or newer is needed.

=== Options

* `--offline` uses the cached timetable.
. Back up the file.
"""


def test_asciidoc_sections_code_lists_and_links(tmp_path: Path) -> None:
    doc = doc_of(tmp_path, "guide.adoc", ASCIIDOC)
    assert (doc.title, doc.author) == ("Ferrytime Guide", "Maren Holt")
    units = [(s.kind, s.heading[-1:], s.line, doc.text[s.start : s.end]) for s in doc.sections or [] if s.kind != "heading"]
    assert units == [
        ("paragraph", ["Ferrytime Guide"], 5, "Ferrytime prints ferry departures. See the docs."),
        ("code", ["Install"], 11, "pip install ferrytime"),
        ("paragraph", ["Install"], 14, "NOTE: Python 3.9 or newer is needed."),
        ("item", ["Options"], 18, "--offline uses the cached timetable."),
        ("item", ["Options"], 19, "Back up the file."),
    ]


MAN_PAGE = r""".\" tidectl manual
.TH TIDECTL 1 "2024-03-01" "tidectl 2.1"
.SH NAME
tidectl \- print tide tables for a harbour
.SH SYNOPSIS
.B tidectl
.RB [ \-p ]
.RI [ harbour ]
.SH OPTIONS
.TP
.B \-p
Enable private mode, in which
.B tidectl
writes no cache.
.TP
.BR \-t ", " \-\-table
Start in table mode.
.SH EXAMPLES
.nf
tidectl \-t dover
.fi
.PP
See also \fBtide\fR(5) \(em the file format.
"""

MDOC_PAGE = r""".Dd March 1, 2024
.Dt FERRYWATCH 1
.Os
.Sh NAME
.Nm ferrywatch
.Nd run a command when a ferry docks
.Sh SYNOPSIS
.Nm
.Op Fl cr
.Ar utility
.Sh DESCRIPTION
The options are as follows:
.Bl -tag -width Ds
.It Fl c
Clear the screen before the
.Ar utility
runs.
.It Fl r
Reload a persistent child process, as
.Xr entr 1
does.
With
.Fl Cm c
too, clear the screen first.
.El
.Pp
To watch the port of Dover:
.Dl ferrywatch -r ./notify dover
"""


def test_man_page_source_title_sections_options_and_code(tmp_path: Path) -> None:
    doc = doc_of(tmp_path, "tidectl.1", MAN_PAGE)
    assert doc.title == "TIDECTL(1)"
    units = [(s.kind, s.heading[-1:], s.line, doc.text[s.start : s.end]) for s in doc.sections or [] if s.kind != "heading"]
    assert units == [
        ("paragraph", ["NAME"], 4, "tidectl - print tide tables for a harbour"),
        ("paragraph", ["SYNOPSIS"], 6, "tidectl [-p] [harbour]"),
        ("item", ["OPTIONS"], 11, "-p: Enable private mode, in which tidectl writes no cache."),
        ("item", ["OPTIONS"], 16, "-t, --table: Start in table mode."),
        ("code", ["EXAMPLES"], 20, "tidectl -t dover"),
        ("paragraph", ["EXAMPLES"], 23, "See also tide(5) — the file format."),
    ]
    # no macro, font change or escape is left in the text
    assert not any(mark in doc.text for mark in ("\\f", "\\-", ".TP", ".B ", "\\("))


def test_a_line_break_after_a_sentence_in_an_item_goes_on_in_the_item(tmp_path: Path) -> None:
    # msmtp(1): "If the mail server rejects ... set this option to on." belongs to set_from_header's item;
    # jhead(1): a break between the lines of a list ("%j Day of year") keeps them apart.
    page = MAN_PAGE.replace("Start in table mode.", "Start in table mode.\n.br\nIf the screen is narrow, set this option.")
    page = page.replace("writes no cache.", "writes no cache:\n.br\n%j Day of year\n.br\n%m Month")
    doc = doc_of(tmp_path, "tidectl.1", page)
    units = [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or [] if s.kind in ("item", "paragraph")]
    assert ("item", "-t, --table: Start in table mode. If the screen is narrow, set this option.") in units
    assert ("item", "-p: Enable private mode, in which tidectl writes no cache:") in units
    assert ("paragraph", "%j Day of year") in units


def test_a_tag_line_over_an_indented_block_is_an_item(tmp_path: Path) -> None:
    # DocBook's man pages (pdfgrep(1)): ".PP", the option's line, ".RS 4", its description, ".RE"
    page = MAN_PAGE.replace(
        ".SH EXAMPLES",
        ".PP\n\\fB\\-\\-password=\\fR\\fIPASSWORD\\fR\n.RS 4\nUse PASSWORD to decrypt the files.\n.RE\n"
        ".PP\nA paragraph of its own.\n.RS 4\nAn indented note.\n.RE\n.SH EXAMPLES",
    )
    doc = doc_of(tmp_path, "tidectl.1", page)
    units = [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or [] if s.kind in ("item", "paragraph")]
    assert ("item", "--password=PASSWORD: Use PASSWORD to decrypt the files.") in units
    # a sentence over an indented block is no tag
    assert ("paragraph", "A paragraph of its own.") in units and ("paragraph", "An indented note.") in units


GROFF_PAGE = """<html><body><h2>OPTIONS</h2>
<p style="margin-left:11%;"><b>&minus;clobber</b></p>
<p style="margin-left:22%;">Overwrite the existing output
files.</p>
<p style="margin-left:11%;"><b>&minus;dir</b> <i>directory</i></p>
<p style="margin-left:22%;">Write the output files to <i>directory</i>.</p>
<p style="margin-left:11%;"><b>&minus;quiet</b></p>
<p style="margin-left:11%;">Options are read from left to right.</p>
</body></html>"""


def test_groffs_html_option_paragraph_and_its_indented_description_are_one_item(tmp_path: Path) -> None:
    # optipng's manual page as groff -Thtml writes it: the option over its description, a minus sign for "\-"
    doc = doc_of(tmp_path, "tide.html", GROFF_PAGE)
    units = [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or [] if s.kind != "heading"]
    assert units == [
        ("item", "-clobber: Overwrite the existing output files."),
        ("item", "-dir directory: Write the output files to directory."),
        ("paragraph", "-quiet"),  # no description indented under it: no item
        ("paragraph", "Options are read from left to right."),
    ]


def test_a_tbl_table_is_rows_of_cells_without_its_format_lines(tmp_path: Path) -> None:
    # pdfgrep(1): "--color WHEN ... WHEN can be:" over a table of values, each cell "T{" ... "T}" over lines
    table = (
        ".TS\ntab(:);\nlt lt.\nT{\n\\fBalways\\fR\nT}:T{\nAlways use colors,\neven on a pipe.\nT}\n_\n"
        "never:Do not use colors.\n.TE\n"
    )
    doc = doc_of(tmp_path, "tidectl.1", MAN_PAGE.replace(".SH EXAMPLES", f".PP\nWHEN can be:\n{table}.SH EXAMPLES"))
    units = [(s.kind, doc.text[s.start : s.end]) for s in doc.sections or [] if s.heading[-1:] == ["OPTIONS"]]
    assert units[-3:] == [
        ("paragraph", "WHEN can be:"),
        ("row", "always | Always use colors, even on a pipe."),
        ("row", "never | Do not use colors."),
    ]
    assert not any(mark in doc.text for mark in ("T{", "T}", "tab(", "lt lt"))


def test_a_quote_left_open_in_a_macro_runs_to_the_end_of_its_line(tmp_path: Path) -> None:
    # multitail(1): '.B "\--retry' names --retry, its last letter no closing quote
    page = MAN_PAGE.replace(".BR \\-t \", \" \\-\\-table", '.B "\\--retry')
    doc = doc_of(tmp_path, "tidectl.1", page)
    assert "--retry: Start in table mode." in doc.text


def test_mdoc_page_source_names_flags_and_cross_references(tmp_path: Path) -> None:
    doc = doc_of(tmp_path, "ferrywatch.1", MDOC_PAGE)
    assert doc.title == "FERRYWATCH(1)"
    units = [(s.kind, s.heading[-1:], doc.text[s.start : s.end]) for s in doc.sections or [] if s.kind != "heading"]
    assert units == [
        ("paragraph", ["NAME"], "ferrywatch — run a command when a ferry docks"),
        ("paragraph", ["SYNOPSIS"], "ferrywatch [-cr] utility"),
        ("paragraph", ["DESCRIPTION"], "The options are as follows:"),
        ("item", ["DESCRIPTION"], "-c: Clear the screen before the utility runs."),
        ("item", ["DESCRIPTION"], "-r: Reload a persistent child process, as entr(1) does. With -c too, clear the screen first."),
        ("paragraph", ["DESCRIPTION"], "To watch the port of Dover:"),
        ("code", ["DESCRIPTION"], "ferrywatch -r ./notify dover"),
    ]


def test_a_numbered_file_that_is_no_man_page_is_plain_text(tmp_path: Path) -> None:
    doc = doc_of(tmp_path, "notes.1", "Backups run nightly at two.\nThey keep seven days.\n")
    assert doc.text == "Backups run nightly at two. They keep seven days."


GENERATED_PAGE = r""".\" Automatically generated by Pod::Man 4.14
.de Vb \" Begin verbatim text
.ft CW
.nf
..
.if n \{\
.    ds -- \(*W-
.\}
.am URL
.  ad l
.  .
.de1 rstReportMargin
\\$1 \\n[an-margin]
..
.IX Title "TIDECTL 1"
.TH TIDECTL 1 "2024-03-01"
.SH "NAME"
.IX Header "NAME"
tidectl \- print tide tables
.SH "EXAMPLES"
.Vb 1
\& tidectl \-t dover
.Ve
"""


def test_a_generated_man_page_keeps_its_text_and_none_of_its_generators_macros(tmp_path: Path) -> None:
    doc = doc_of(tmp_path, "tidectl.1", GENERATED_PAGE)
    assert doc.title == "TIDECTL(1)"
    assert doc.text == "NAME\n\ntidectl - print tide tables\n\nEXAMPLES\n\n tidectl -t dover"


def test_markdown_argument_placeholders_are_text_not_html(tmp_path: Path) -> None:
    from qa.ingest.formats.markdown import parse_markdown

    blocks = parse_markdown("# tool\n\n> -k <file> - load the audit file\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd> to stop.\n").blocks
    assert [b.text for b in blocks[1:]] == ["-k <file> - load the audit file", "Press Ctrl+C to stop."]
