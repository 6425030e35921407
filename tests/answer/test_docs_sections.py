"""Documentation answers that lie past the sentence a question matches: the section an FAQ's table of contents
names, the code a chain of announcing sentences leads to, the step told after the trouble."""

from __future__ import annotations

from collections.abc import Callable

from qa.answer.sections import does_asked
from qa.models import Sentence
from qa.pipeline import Pipeline
from qa.search.retrieve import Evidence
from qa.text import stem_words, words

BotOver = Callable[[dict[str, str]], Pipeline]

_TIDYLOG = (
    "tidylog\n=======\n\nColoured, tidy logging for Python programs.\n\nInstallation\n------------\n\n"
    "The tidylog package is available on PyPI and installs with pip.\n\nThread names\n------------\n\n"
    "If you're moving from ``logging.basicConfig()`` to ``tidylog.setup()`` you may notice that log lines no\n"
    "longer show the thread name. This is because tidylog leaves thread names out unless you explicitly\n"
    "ask for them. There are two ways to do that:\n\n"
    "1. The easy way is to pass the ``threads`` argument to ``tidylog.setup()``::\n\n"
    "    tidylog.setup(threads=True)\n\n"
    "   This became supported in release 2.3.\n\n"
    "2. Alternatively you can change the log format to include 'threadName'::\n\n"
    "    %(asctime)s %(threadName)s %(levelname)s %(message)s\n\n"
    "Colours\n-------\n\nOn Windows tidylog turns on native ANSI support when the terminal has it.\n"
)

_FROB_FAQ = (
    "<html><head><title>The frob editor FAQ</title></head><body><h1>The frob editor FAQ</h1>"
    "<h2>Contents</h2><blockquote>"
    '<a href="#2.1">2.1. Help! My arrow keys print letters when frob runs inside tmux! What now?</a><br>'
    '<a href="#2.2">2.2. With what keystroke can I save a file under a new name?</a><br>'
    '<a href="#2.3">2.3. How do I make frob my default editor?</a><br></blockquote>'
    "<h2>2. Running</h2>"
    '<h3><a name="2.1"></a>2.1. Help! My arrow keys print letters when frob runs inside tmux! What now?</h3>'
    "<blockquote><p>Start frob with the <b>--raw-keys</b> option, or put the line <b>set rawkeys</b> in your .frobrc. "
    "Mouse support is then turned off.</p></blockquote>"
    '<h3><a name="2.2"></a>2.2. With what keystroke can I save a file under a new name?</h3>'
    "<blockquote><p>Press Ctrl+O and edit the name shown.</p></blockquote>"
    '<h3><a name="2.3"></a>2.3. How do I make frob my default editor?</h3>'
    "<blockquote><p>Set the EDITOR variable in your shell's startup file.</p></blockquote></body></html>"
)

_PUSHIT = (
    "# pushit\n\nUpload files and folders to object storage from the command line.\n\n## Usage\n\n"
    "```\npushit ./photos s3://bucket/photos\n```\n\n## Troubleshooting\n\n"
    "### Upload stops after ~30 minutes\n\n"
    "The storage service closes connections after about 30 minutes for large files.\n"
    "Use `--resume` to reuse earlier partial uploads and skip finished files.\n\n"
    "### Permission denied\n\nIf the bucket refuses the upload, pushit stops that file and reports it at the end.\n"
)

_QPATH = (
    "qpath\n=====\n\nPick values out of nested data with short path strings.\n\nAPI\n===\n\n"
    "The qpath library has two functions that work on Python data. You can use ``lookup`` and give it the\n"
    "expression and the data::\n\n    >>> import qpath\n    >>> qpath.lookup('a.b', {'a': {'b': 1}})\n    1\n\n"
    "Similar to the re module, you can use the ``compile`` function to compile the qpath expression and use this\n"
    "parsed expression to perform repeated lookups::\n\n"
    "    >>> import qpath\n    >>> expr = qpath.compile('a.b')\n    >>> expr.lookup({'a': {'b': 1}})\n    1\n\n"
    "This is useful if you're going to use the same qpath expression against many documents.  This avoids having\n"
    "to reparse the qpath expression each time you look up a new document.\n\nOptions\n=======\n\n"
    "Both functions take an ``options`` argument that changes how values are compared.\n"
)

_SNAPR = (
    "SNAPR(1)\n\nNAME\n       snapr - simple screen capture from the command line\n\nDESCRIPTION\n"
    "       snapr (SNAP Reader) is a simple screenshot tool that keeps things small.\n\n"
    "       snapr has many useful features:\n\n"
    "       •  Support for multiple image formats.\n"
    "       •  The screenshot's quality is configurable.\n\n"
    "OPTIONS\n"
    "       -o, --overwrite\n"
    "              By default snapr does not overwrite the output FILE, use this option to enable it.\n\n"
    "       -p, --pointer\n              Capture the mouse pointer.\n\n"
    "       -E, --strip-escapes\n"
    "              Strip out ANSI escape sequences on each line before reading it. This allows snapr to be used\n"
    "              with colorlog.\n\n"
    "       -c     Prefix each line of output with a hash sign, making it a comment line for shell scripts.\n"
)


def test_a_chain_of_announcing_sentences_leads_to_its_code(bot_over: BotOver) -> None:
    bot = bot_over({"tidylog.rst": _TIDYLOG})
    answer = bot.ask("moved from logging.basicConfig to tidylog and now my log lines dont show thread names anymore, how do i get them back?")
    assert "tidylog.setup(threads=True)" in answer.answer  # the trouble, "There are two ways ...:", "The easy way ...::", its code


def test_an_faq_contents_entry_is_answered_by_the_section_it_names(bot_over: BotOver) -> None:
    bot = bot_over({"frob.html": _FROB_FAQ})
    answer = bot.ask("ugh my arrow keys print letters whenever frob runs inside tmux, anything i can do about it?")
    assert "--raw-keys" in answer.answer
    assert "Ctrl+O" not in answer.answer  # the section's own sentences, not the next one's


def test_a_how_to_after_a_trouble_gets_the_step_told_after_it(bot_over: BotOver) -> None:
    bot = bot_over({"pushit.md": _PUSHIT})
    answer = bot.ask("storage service cuts off my large file upload after like 30 minutes, how do i get pushit to pick up where it stopped")
    assert "--resume" in answer.answer


def test_a_how_to_answered_by_what_this_stands_for_quotes_it(bot_over: BotOver) -> None:
    bot = bot_over({"qpath.rst": _QPATH})
    answer = bot.ask("i run the same qpath query over like 50k json docs, is there a way to not reparse the expression evry time?")
    assert "qpath.compile('a.b')" in answer.answer  # "This avoids having to reparse ...": what "this" is, told before it


def test_a_list_announced_without_a_word_asked_is_no_step(bot_over: BotOver) -> None:
    bot = bot_over({"snapr.txt": _SNAPR})
    query = bot.query("how do i force snapr to overwrite", ["making", "new", "screenshot", "files"])  # the trouble's words weigh half

    def told(text: str) -> Evidence:
        return Evidence(Sentence("snapr", 0, len(text), text), stem_words(words(text)), "snapr#1", "snapr", 1.0)

    # "how do i ...": a sentence announcing the steps holds a word of the asking, not only the tool's name
    assert does_asked(told("To overwrite an existing file, pass the flag:"), query)
    assert not does_asked(told("snapr has many useful features, for new screenshot files:"), query)


def test_a_sentence_going_on_in_a_list_item_is_quoted_with_its_term(bot_over: BotOver) -> None:
    bot = bot_over({"snapr.txt": _SNAPR})
    answer = bot.ask("my log was made with colorlog so its full of escape codes and snapr output is garbage. any way around that?")
    assert "--strip-escapes" in answer.answer  # "This allows snapr to be used with colorlog.", with the option it is of


_PYDOC = "".join(
    f"     |  {line}\n" if line else "     |\n"
    for line in [
        "add_rows(self, rows, header=True)",
        "    Add several rows in the rows stack",
        "",
        "    - The 'rows' argument can be either an iterator returning arrays,",
        "      or a by-dimensional array",
        "",
        "reset(self)",
        "    Reset the instance: every row is removed",
        "",
        "set_chars(self, array)",
        "    Set the characters used to draw lines between rows and columns",
        "",
        "set_max_width(self, max_width)",
        "    Set the maximum width of the table",
        "",
        "    - max_width is an integer, specifying the maximum width of the table",
        "    - if set to 0, size is unlimited, therefore cells won't be wrapped",
        "",
        "set_precision(self, width)",
        "    Set the desired precision for float/exponential formats",
        "",
        "    - width must be an integer >= 0",
        "    - default value is set to 3",
    ]
)


def test_a_long_code_block_is_read_stanza_by_stanza(bot_over: BotOver) -> None:
    bot = bot_over({"minitable.md": f"# minitable\n\nPython module to draw simple ASCII tables.\n\n## Documentation\n\n```\nclass Minitable\n{_PYDOC}```\n"})
    answer = bot.ask("how do i set the precision of floats in minitable")
    assert "set_precision(self, width)" in answer.answer
    assert "add_rows" not in answer.answer  # a method's help on its own, not the whole page of them
