"""Answers over documentation: an FAQ's answer, a command announced by a colon."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from qa.pipeline import Pipeline
from qa.settings import Settings

BotOver = Callable[[dict[str, str]], Pipeline]

DOCS = Path(__file__).resolve().parent.parent / "data" / "docs"


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Pipeline:
    return Pipeline(Settings(corpus=DOCS, index=tmp_path_factory.mktemp("docs-answers"), answer_cache=0))


def test_an_faq_question_is_answered_by_the_sentence_after_it(docs: Pipeline) -> None:
    # The README's FAQ: "**Can I use it for navigation?** No. Predictions can be wrong ...".
    answer = docs.ask("can i use tidewatch for navigation")
    assert answer.answer.startswith("No. Predictions can be wrong by half an hour")
    assert "?" not in answer.answer.split("[1]")[0]


def test_a_sentence_ending_in_a_colon_is_quoted_with_what_it_announces(docs: Pipeline) -> None:
    answer = docs.ask("what command shows the next launch window")
    first, second = answer.answer.split("[1]", 1)
    assert first.rstrip().endswith(":")
    assert second.lstrip().startswith("tidewatch window --slipway porthcurno --draught 1.2")


@pytest.mark.parametrize("question", ["what is tidewatch", "what does tidewatch do?"])
def test_what_a_document_is_that_a_question_names_by_title_is_its_first_sentence_of_prose(
    docs: Pipeline, question: str
) -> None:
    # The README opens with its title and two badge lines: the first sentence of prose comes after them.
    answer = docs.ask(question)
    assert answer.answer.startswith("“tidewatch”: tidewatch downloads tide predictions from harbour gauges")
    assert [c.passage_id for c in answer.citations] == [answer.citations[0].doc_id + "#0"]


def test_the_docs_sets_questions_they_cannot_answer_are_refused(docs: Pipeline) -> None:
    # "locomotives" is in no document: nothing there counts them ("eleven miles" is no count of them).
    for question in (
        "How many locomotives does the Moorland Heritage Railway own?",
        "Who founded the company that makes tidewatch?",
        "What port does the tidewatch web server listen on?",
    ):
        assert docs.ask(question).abstained, question


def test_a_when_question_about_a_changelog_entry_takes_its_headings_date(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "CHANGELOG.md": "# Changelog\n\n## Version 2.0 (March 2024)\n\nThe old --fast flag was removed.\n\n"
            "## Version 1.4 (October 2023)\n\nAdded dark mode. Fixed a crash when a note title contained an emoji.\n",
            "FAQ.md": "# FAQ\n\nDoes quillmark support LaTeX math?\n\nMath is rendered with KaTeX when the math option is on.\n",
        }
    )
    assert bot.ask("when was dark mode added").answer.startswith("October 2023. Added dark mode [1].")
    # A clause saying "when" is no date: the heading's is.
    assert bot.ask("when was the emoji crash fixed").answer.startswith("October 2023.")
    assert bot.ask("when was the fast flag removed").answer.startswith("March 2024.")
    # An FAQ's answer need not repeat the name its question asks about.
    latex = bot.ask("does it do latex")
    assert not latex.abstained and "KaTeX" in latex.answer


_README = """# quillmark

quillmark converts Markdown notes into a static website with full-text search.

## Installation

Install it from PyPI:

```bash
pip install quillmark
```

## Quick start

Create a new site in the current folder, then serve it on port 8000:

```bash
quillmark init mysite
quillmark serve --port 8000
```

The `serve` command rebuilds pages whenever a note changes.

## Publishing

Run `quillmark build` to write the site into the `public/` folder.
"""


def test_a_runner_up_announcing_a_command_brings_the_command(bot_over: BotOver) -> None:
    bot = bot_over({"README.md": _README})
    answer = bot.ask("what command serves the site").answer
    # The best sentence names the serve command; the one announcing it ends in a colon: the command follows.
    assert answer.startswith("The serve command rebuilds pages") and "quillmark serve --port 8000" in answer


def test_prose_left_unfinished_before_a_code_block_brings_the_command(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# verbump\n\nverbump raises the version number in every file that holds it.\n\n"
            "## Scripting\n\nPass `--dry-run` to see what would change without writing anything.\n\n"
            "To print only the upcoming version in a shell script, the line becomes\n\n"
            "    verbump -n minor | cut -d= -f2\n\n## Licence\n\nMIT.\n"
        }
    )
    # the best sentence is the one on --dry-run; the runner-up, unfinished, brings its command
    answer = bot.ask("how do i get the upcoming version without writing anything, in a script").answer
    assert answer.startswith("Pass --dry-run") and "verbump -n minor | cut -d= -f2" in answer
    # "shell" is a word of its own ("she'll" typed without its apostrophe is none): the unfinished sentence is best
    assert "verbump -n minor | cut -d= -f2" in bot.ask("how do i get the upcoming version in a shell script").answer


def test_an_amount_told_in_the_next_sentence_of_an_item_answers_how_long(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "tagger.1": ".TH TAGGER 1\n.SH NAME\ntagger \\- write tags to audio files\n.SH OPTIONS\n.TP\n.B LABEL\n"
            "Specifies a label to embed in the comment field of each finished track. Can be up to 40 characters long. "
            "Supports the same syntax as NAMEFORMAT.\n.TP\n.B NAMEFORMAT\nSpecifies how files are named.\n"
        }
    )
    answer = bot.ask("how long can the LABEL i embed in each track be in tagger?")
    assert not answer.abstained and "40 characters" in answer.answer


def test_words_of_the_heading_above_a_sentence_count_toward_it(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": _README,
            "CHANGELOG.md": "# Changelog\n\n## Version 2.0 (March 2024)\n\nThe old --fast flag was removed.\n\n"
            "## Version 1.4 (October 2023)\n\nAdded the solar theme and dark mode for every theme.\n",
        }
    )
    # "quick start" is only the section's heading; the sentence under it gives the port.
    assert "port 8000" in bot.ask("which port does the quick start use").answer
    assert "dark mode" in bot.ask("what happened in version 1.4").answer


def test_a_how_to_question_is_answered_by_the_sentence_announcing_the_command(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "CONTRIBUTING.md": "# Contributing to tideline\n\nThis guide explains how to set up a development environment, run the tests"
            " and send a pull request.\n\n## Running the tests\n\nThe test suite uses pytest. Run it from the repository"
            " root:\n\n```\npytest -q\n```\n\nSlow tests are marked with `@pytest.mark.slow` and skipped unless you pass"
            " `--runslow`.\n",
        }
    )
    answer = bot.ask("how do i run the tests").answer
    # Not the guide's introduction, which holds every word asked: the sentence giving the command, and it.
    assert answer.startswith("Run it from the repository root:") and "pytest -q" in answer


def test_software_docs_words_as_people_type_them(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# snapvault\n\nsnapvault takes encrypted backups of a folder.\n\n## Requirements\n\n"
            "It needs about 200 MB of free memory during a backup.\n\n## Retention\n\n"
            "Older snapshots are deleted by `snapvault prune`, which you should run after every backup.\n\n"
            "## Environment variables\n\n| Variable | Meaning |\n|---|---|\n"
            "| `SNAPVAULT_PASSWORD` | The repository password |\n| `SNAPVAULT_CACHE` | Where the block cache lives |\n",
        }
    )
    # an amount of data is an amount; "ram" is memory
    assert bot.ask("how much ram does it need").answer.startswith("200 MB.")
    # "env var" is an environment variable
    assert "SNAPVAULT_PASSWORD" in bot.ask("which env var sets the password").answer
    # "when should I ..." asks what a step comes after, not a date
    prune = bot.ask("when should i run prune")
    assert not prune.abstained and "after every backup" in prune.answer
    # a path typed is the asker's own ("/usr/local/bin"): its words are not things asked of that the docs lack
    answer = bot.ask("is there an env var so /usr/local/bin/snapvault keeps its block cache in another folder")
    assert not answer.abstained and "SNAPVAULT_CACHE" in answer.answer


def test_a_follow_up_asking_how_to_fix_it_is_asked_about_the_trouble_named_before(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "troubleshooting.md": "# Troubleshooting\n\n## The backup stops with repository is locked\n\n"
            "Another snapvault process holds the lock, or a previous run crashed. If no other backup is running,"
            " remove the stale lock with `snapvault unlock`.\n\n## Backups are slow\n\n"
            "The first backup uploads everything and can take hours. Raising the number of upload threads with"
            " `--threads 8` helps on fast links.\n",
        }
    )
    first = bot.ask("my repository is locked")
    fix = bot.ask("how do i fix it", conversation_id=first.conversation_id)
    assert not fix.abstained and "snapvault unlock" in fix.answer
    slow = bot.ask("why are backups slow")
    faster = bot.ask("how can i speed them up", conversation_id=slow.conversation_id)
    assert not faster.abstained and "--threads 8" in faster.answer


def test_how_long_is_answered_by_a_time_said_with_an_article(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# pagelint\n\n## Running a check\n\nExternal links are not checked unless you add `--external`. Checking"
            " external links is slow, because every link is fetched; a site with 2,000 links takes about a minute.\n",
        }
    )
    answer = bot.ask("how long does a site with 2000 links take")  # refused while "a minute" was no length
    assert not answer.abstained and "about a minute" in answer.answer


def test_settings_a_reference_page_names_in_headings_as_people_type_them(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "s3-config.rst": "S3 settings\n===========\n\nThese values control transfers:\n\n"
            "* ``addressing_style`` - Specifies which addressing style to use.\n"
            "* ``max_queue_size`` - The maximum number of tasks in the task queue.\n\n"
            "addressing_style\n----------------\n\n**Default** - ``auto``\n\n"
            "There are two styles of constructing an endpoint: virtual and path.\n\n"
            "max_queue_size\n--------------\n\n**Default** - ``1000``\n\n"
            "A larger max queue size will require more memory.\n",
            "codes.md": "# Return codes\n\n* `1` -- At least one transfer failed.\n* `2` -- The command could not be parsed."
            "\n* `255` -- Command failed. The return code tells scripts what went wrong.\n",
        }
    )
    # The heading is the setting asked about (its words typed apart): the line under it gives the default.
    assert bot.ask("what is the default addressing style").answer.startswith("Default - auto")
    assert bot.ask("whats the default max queue size").answer.startswith("Default - 1000")
    # A figure asked about is as telling as a name: the item that names it, not the sentence about codes.
    assert bot.ask("what does return code 255 mean").answer.startswith("255 -- Command failed")


def test_a_default_asked_in_other_words_is_the_default_line_of_the_section_described(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "awscli-s3-config.rst": "S3 settings\n===========\n\nThe AWS CLI has settings for its transfer commands.\n\n"
            "multipart_threshold\n-------------------\n\n**Default** - ``8MB``\n\n"
            "When uploading, downloading, or copying a file, the S3 commands will switch to multipart operations "
            "if the file reaches a given size threshold.\n\n"
            "max_queue_size\n--------------\n\n**Default** - ``1000``\n\n"
            "The AWS CLI internally queues up tasks that are then executed by consumers.\n",
        }
    )
    # The sentence asked about names no size; the line above it, in its section, gives it. "aws cli" is
    # the file's name written as one word, no slip of the keys for "ascii".
    answer = bot.ask("at what file size does the aws cli switch to multipart uploads by default?")
    assert answer.answer.startswith("8MB.") and not answer.abstained
    assert [c.text for c in answer.citations][:2] == ["Default - 8MB", "When uploading, downloading, or copying a file, the S3 commands will switch to multipart operations if the file reaches a given size threshold."]


def test_the_default_of_a_setting_is_the_sentence_stating_it_not_one_saying_by_default(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README": "3. DETACHING\n\nBy default, dtach scans the keyboard input looking for the detach character.\n"
            "When the detach character is pressed, dtach will detach from the current session.\n\n"
            "The default detach character is ^\\ (Ctrl-\\). This can be changed with the -e option.\n",
            "lfs.md": "# lfs\n\n`lfs.lock_dir(path, [seconds_stale])` creates a lockfile in the directory.\n\n"
            "If the lock exists it checks if it is stale, using the second parameter (default for the second "
            "parameter is INT_MAX).\n",
        }
    )
    # "key" is what a keyboard's character is called; the sentence stating its default answers
    assert bot.ask("whats the default detach key in dtach").answer.startswith("The default detach character is ^\\")
    # the setting named before "param" is the one asked about
    assert "INT_MAX" in bot.ask("what's the default for the seconds_stale param in lfs.lock_dir?").answer


def test_how_do_i_change_a_thing_is_answered_by_the_setting_s_own_line(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# hexyl\n\nhexyl is a hex viewer for the terminal. It uses a colored output to distinguish "
            "different categories of bytes (NULL bytes, printable ASCII characters and non-ASCII).\n\n"
            "## Customizing colors\n\nThe variables used are as follows:\n\n"
            "* `HEXYL_COLOR_ASCII_PRINTABLE`: Any non-whitespace printable ASCII character\n"
            "* `HEXYL_COLOR_NULL`: The null byte (`0x00`)\n"
            "* `HEXYL_COLOR_OFFSET`: The lefthand file offset\n",
        }
    )
    answer = bot.ask("hey how do i change the color hexyl uses for null bytes? they're kinda hard to see on my theme")
    assert answer.answer.startswith("HEXYL_COLOR_NULL: The null byte")


def test_a_version_asked_for_needs_a_sentence_that_names_one(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# quillmark\n\nQuillmark is a single binary written in Go.\n\n## Installation\n\n"
            "Quillmark needs Git 2.30 or newer to read page dates.\n\n## Changes\n\n"
            "New in version 0.4.2: Quillmark needs fewer libraries.\n",
        }
    )
    assert "2.30" in bot.ask("what version of git do i need").answer
    # The text says it is written in Go, not which Go version it needs.
    assert bot.ask("what version of go is needed").abstained
    # Its own version 0.4.2 is no Python version.
    assert bot.ask("what version of python does quillmark need").abstained


def test_a_release_asked_for_by_its_version_needs_a_version_number(bot_over: BotOver) -> None:
    tools = "# Tools\n\nThe browse tool of ninja draws the dependency graph in a web browser on port 8000.\n"
    # Port 8000 is a number, no version: the text never says when the browse tool came.
    assert bot_over({"tools.md": tools}).ask("which ninja version added the browse tool").abstained
    tools += "\nThe cleandead tool was added in ninja version 1.10 and removes files no rule builds.\n"
    assert "1.10" in bot_over({"tools.md": tools}).ask("which ninja version added the cleandead tool").answer


def test_limits_and_habits_a_reference_states(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# pebblejar\n\n## FAQ\n\n### Can I set an expiry on a key?\n\nYes: pass `ttl=` in seconds to"
            " `jar.set()`. Expired keys are removed the next time the file is opened.\n\n## API\n\n"
            "Keys must be strings of at most 255 characters.\n",
            "MIGRATING.txt": "MIGRATING TO 2.0\n\nThe upgrade keeps every key. Keys longer than 255 characters are\n"
            "cut to 255, and a warning lists them.\n",
        }
    )
    # "how long can X be" asks a length, not a time
    assert bot.ask("how long can a key be").answer.startswith("255.")
    # "when are ... removed" asks when it happens, which a clause tells ("the next time ...")
    assert "the next time the file is opened" in bot.ask("when are expired keys deleted").answer
    # "chars" are characters; "what happens" asks nothing by its "happens"
    assert "cut to 255" in bot.ask("what happens to keys over 255 chars when upgrading").answer


def test_a_list_item_borrows_the_words_of_the_sentence_announcing_its_list(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "codes.md": "# tool\n\nThe tool prints a report.\n\nThese are the return codes of a run:\n\n"
            "* `0` -- Success.\n* `1` -- Some checks failed.\n* `130` -- The process received a SIGINT (Ctrl-C).\n\n"
            "Reports are written to report.html.\n",
        }
    )
    evidence = {e.sentence.text: e for e in bot.gather("what does exit code 130 mean").evidence}
    assert {"return", "code"} <= evidence["130 -- The process received a SIGINT (Ctrl-C)."].near
    assert not evidence["Reports are written to report.html."].lead  # prose after the list: no list's item
    assert "130 -- The process received a SIGINT" in bot.ask("what does exit code 130 mean").answer


def test_a_yes_no_question_about_something_no_document_mentions_is_refused(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# pebblejar\n\npebblejar is a tiny key-value store. It supports Python 3.10 and later.\n\n"
            "## FAQ\n\n### Does it upload my photos?\n\nNo. Everything stays on your computer.\n",
        }
    )
    # "encryption" is nowhere: "It supports Python 3.10" says nothing of it
    assert bot.ask("does pebblejar support encryption").abstained
    # "pics" are photos: the FAQ answers it
    assert bot.ask("does pebblejar upload my pics").answer.startswith("No.")
    # an adverb after the thing asked is no thing asked of: "forever" need not be written
    assert bot.ask("does pebblejar upload my photos forever").answer.startswith("No. Everything stays on your computer")


def test_an_option_of_a_kind_no_document_names_is_refused(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# pebblejar\n\npebblejar is a tiny key-value store.\n\n## Options\n\n"
            "- `--verbose`: print each key as it is written to the store, so you can run it over a whole directory at once.\n"
            "- `--dry-run`: show what would be written without writing it.\n",
        }
    )
    # no document says "recursive", though the rest of the question is there word for word
    assert bot.ask("does pebblejar have a recursive option so i can run it over a whole directory at once?").abstained
    # an option of a kind it names is answered
    assert not bot.ask("does pebblejar have a verbose option so i can see each key as it is written?").abstained


def test_a_how_to_question_about_something_no_document_mentions_is_refused(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# pebblejar\n\npebblejar is a tiny key-value store.\n\n## Compression\n\n"
            "To enable compression, run:\n\n```\npebblejar config set compress on\n```\n",
        }
    )
    assert "pebblejar config set compress on" in bot.ask("how do i enable compression").answer
    # "encryption" is nowhere: the compression command does not enable it
    assert bot.ask("how do i enable encryption").abstained
    # what the verb acts on is no word of any text, wherever it stands in the question
    assert bot.ask("how do i enable server side encryption").abstained
    # a word after a preposition only sets the scene: compression is enabled the same way in a notebook
    assert "pebblejar config set compress on" in bot.ask("how do i enable compression inside a notebook").answer


def test_whether_it_supports_a_rare_thing_no_text_names_is_refused(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# pebblejar\n\npebblejar is a tiny key-value store. It loads its configuration from "
            "a .env file when one is present.\n",
        }
    )
    assert bot.ask("does pebblejar load its configuration from a .env file").answer.startswith("Yes.")
    # no text says yaml or toml: "it loads its configuration from a .env file" is no yes
    assert bot.ask("does pebblejar also support loading yaml or toml config files?").abstained
    # a time after the thing asked of is no thing asked of: "after the upgrade" is not what it loads
    assert not bot.ask("will pebblejar still load its configuration from a .env file after the upgrade?").abstained


def test_a_how_to_verb_the_announced_command_holds_or_a_light_verb_refuses_nothing(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# pebblejar\n\npebblejar is a tiny key-value store.\n\n## Big files\n\n"
            "It has a streaming mode with a small memory footprint, suitable for big dumps:\n\n"
            "```\n>>> pebblejar.load(open('dump.db'), streaming=True)\n>>> print(store.keys())\n```\n\n"
            "It can also be used from the command line.\n\n## Shutting down\n\n"
            "To stop using pebblejar before your program exits, simply call close().\n",
        }
    )
    # "load" is not in the sentence but in the code it announces, which the answer quotes
    answer = bot.ask("how do i load a giant dump without filling the memory")
    assert not answer.abstained and "pebblejar.load(" in answer.answer
    # "turn ... off" is no verb the text must repeat: "stop using" tells it
    assert "close()" in bot.ask("how do i turn pebblejar off before my program exits").answer


def test_a_glossary_entry_answers_its_own_term_not_another_kind_of_it(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "glossary.html": "<html><body><main><h1>Glossary</h1><dl><dt>Amber status</dt>"
            "<dd>A sailing at risk of disruption because of weather.</dd><dt>Relief vessel</dt>"
            "<dd>A ferry that takes over a route while the usual ferry is in dry dock.</dd></dl></main></body></html>",
        }
    )
    assert bot.ask("what does amber status mean").answer.startswith("Amber status: A sailing at risk")
    assert bot.ask("what is a green status").abstained


def test_who_made_it_needs_a_sentence_naming_someone(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# quillmark\n\nquillmark turns Markdown notes into a website.\n\n## Usage\n\n"
            "- `quillmark new mysite` creates a new site skeleton.\n- `quillmark serve` starts a preview server.\n",
            "LICENSE.md": "# License\n\nThe tideline server was written by Maren Holt.\n",
        }
    )
    assert "Maren Holt" in bot.ask("who wrote the tideline server").answer
    # "quillmark new mysite creates a new site skeleton" names no one who created quillmark.
    assert bot.ask("who created quillmark").abstained
    # "starts a preview server" names someone's start of nothing: no founding verb, nor a word of its own
    assert bot.ask("who founded the tideline server").abstained
    assert bot.ask("what does quillmark new do").answer.startswith("quillmark new mysite creates a new site skeleton")


def test_a_step_is_quoted_with_the_command_written_under_it(bot_over: BotOver) -> None:
    # zstd's README: numbered steps, each with its command on a line of its own inside the item.
    bot = bot_over(
        {
            "packer-README.md": "# packer\n\npacker compresses small files well.\n\n### Dictionary how to:\n\n"
            "1. Create the dictionary\n\n   `packer --train samples/* -o dict`\n\n"
            "2. Decompress with dictionary\n\n   `packer -D dict --decompress FILE.pk`\n",
        }
    )
    answer = bot.ask("whats the command to decompress with a dictionary")
    assert answer.answer.startswith("Decompress with dictionary [1] packer -D dict --decompress FILE.pk [2]")
    assert "packer --train samples/* -o dict" in bot.ask("how do i create a dictionary").answer
    # not a question for a command: the step alone
    assert "--decompress" not in bot.ask("is there a dictionary step for decompressing").answer.split("[1]")[0]


def test_what_a_readme_named_after_its_project_is_and_what_an_entry_of_several_paragraphs_says(
    bot_over: BotOver,
) -> None:
    bot = bot_over(
        {
            # no heading: the first sentence names it by another name first
            "packer-README.md": "Packerstandard, or packer as short version, is a fast lossless compressor.\n\n"
            "## Build\n\nRun make to build packer from the root of the repository.\n",
            "groups.html": "<html><body><main><h1>Groups</h1><dl><dt>warden</dt><dd><p>Daemons that guard the "
            "spool run as user warden.</p><p>The warden user is also handy for local tools.</p></dd><dt>dip</dt>"
            "<dd><p>The group's name stands for \"Dialup IP\".</p></dd></dl></main></body></html>",
        }
    )
    assert bot.ask("what is packer").answer.startswith("“Packerstandard, or packer as short version, is a fast")
    assert bot.ask("what is the warden user for").answer.startswith("warden: Daemons that guard the spool")
    assert bot.ask("what does dip stand for").answer.startswith("Dialup IP.")
    # software's own name, typed in lower case, is a name: a sentence without it does not answer
    assert bot.ask("who wrote packer").abstained


def test_a_later_sentence_of_a_definition_tells_about_its_term(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "tool.html": "<html><body><h2>OPTIONS</h2><dl>"
            "<dt>--maxdepth VALUE</dt><dd>Adjust the maximum depth of the template stack before libxslt(3) "
            "concludes it is in an infinite loop. The default is 3000.</dd>"
            "<dt>--maxvars VALUE</dt><dd>Maximum number of variables. The default is 15000.</dd>"
            "<dt>--nonet</dt><dd>Do not use the Internet to fetch DTDs, entities or documents.</dd>"
            "</dl></body></html>"
        }
    )
    # "The default is 3000." is the default of --maxdepth, the term its item defines; "libxslt(3)" is no value.
    answer = bot.ask("what is the default value for --maxdepth?")
    assert "3000" in answer.answer and "15000" not in answer.answer.split("[2]")[0]
    assert "3000" in bot.ask("whats the default maxdepth").answer


def test_a_default_told_late_in_a_long_definition_is_found_and_one_only_naming_it_is_not(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "config.html": "<html><body><h2>Limits</h2><dl>"
            "<dt>queue-size</dt><dd>The maximum size in bytes of a client queue. A client whose queue grows "
            "beyond it is dropped.</dd>"
            "<dt>burst-size</dt><dd>The burst size is the amount of data (in bytes) sent to a listener at "
            "connection time. This is to fill the buffer of media players quickly. The default is 64 kbytes, "
            "which most players need. It applies to all mount points unless a mount point overrides it. Keep it "
            "smaller than queue-size.</dd></dl>"
            "<h2>Mount points</h2><dl><dt>burst-size</dt><dd>This optional setting overrides the default burst "
            "size as defined in limits. The value is in bytes.</dd>"
            "<dt>max-listeners</dt><dd>How many listeners a mount point takes at most.</dd></dl></body></html>"
        }
    )
    # The later passage of the item continues "burst-size:" and is found by it; the mount point's sentence
    # names "the default burst size" but tells no value.
    answer = bot.ask("whats the default burst size?").answer
    assert answer.startswith("burst-size: The burst size is") and "The default is 64 kbytes" in answer.split("[2]")[0]


def test_a_default_told_under_the_settings_heading_beats_an_example_setting_it(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# gofetch\n\n## Environment variables\n\ngofetch downloads each release it installs "
            "from a remote.\n\n#### `GOFETCH_REMOTE`\n\n"
            "String (Default: https://releases.gofetch.dev)\n\nTo install from a mirror of your own:\n\n"
            "```console\nGOFETCH_REMOTE=https://mirror.example.com/gofetch\n```\n\n#### `GOFETCH_DEBUG`\n\n"
            "Integer (Default: 0)\n\nSet the debug level for gofetch.\n",
        }
    )
    # the example sets the variable, the line under its heading tells its default; the name typed with a slip
    answer = bot.ask("whats the default for GOFETCH_REMOT? like where does it download from if i dont set it").answer
    assert "releases.gofetch.dev" in answer.split("[1]")[0]


def test_a_count_asked_by_default_is_the_default_told_in_words_not_an_examples_figure(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "quickfind.txt": "QUICKFIND(1)\n\nOPTIONS\n"
            "       -x, --exec command\n              Execute command for each search result in parallel (use\n"
            "              --threads=1 for sequential command execution).\n\n"
            "       -j, --threads num\n              Set number of threads to use for searching & executing (default:\n"
            "              number of available CPU cores).\n\n"
            "       -s, --case-sensitive\n              Perform a case-sensitive search.\n",
        }
    )
    answer = bot.ask("how many threads does quickfind use by default when searching?")
    assert not answer.abstained and "number of available CPU cores" in answer.answer.split("[1]")[0]


def test_a_default_told_in_the_item_after_the_one_naming_the_parameter_answers_it(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "dtt.html": "<html><body><h1>dtt</h1><dl><dt>dtt.file_data(value, yaml_loader=None)</dt>"
            "<dd><p>Method decorator to add to your test methods.</p><ul>"
            "<li><p><code>yaml_loader</code> can be used to customize yaml deserialization.</p></li>"
            "<li><p>The default is None, which results in using the yaml.safe_load method.</p></li>"
            "</ul></dd></dl><p>The timeout of each test is not set by dtt.</p></body></html>",
        }
    )
    answer = bot.ask("using dtt file_data with a yaml file, which yaml loader does it use if i dont pass one")
    assert not answer.abstained and "yaml.safe_load" in answer.answer


def test_a_place_a_deed_or_a_phrasal_verb_the_text_never_writes_is_no_thing_asked_of(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# peekaboo\n\npeekaboo prints the variables of a call.\n\n## Installing\n\n"
            "To make peek() available in every module without needing to be imported in every module, you can "
            "install() it in your root module.\n\n## Viewer\n\nCall peekaboo.show() to open an interactive viewer "
            "window with the graph instead of writing an image file.\n\n## Links\n\nThe options for a deleted link are: "
            "keep (the link stays) and purge (the target of the link is deleted too). The default is keep.\n",
        }
    )
    # "everywhere": where, no thing; "pop up": show; "get nuked": a deed done to it, no thing named
    assert "install()" in bot.ask("im sick of importing it in every module, can i make peek available everywhere?").answer
    assert "show()" in bot.ask("is there some interactive viewer peekaboo can pop up").answer
    assert "The default is keep" in bot.ask("if a link is deleted what happens by default? does the target get nuked").answer
    assert bot.ask("can peekaboo export to a spreadsheet?").abstained  # a thing it never names
    # "somehow", "by tweaking ...": a manner and a deed the text never writes, no thing asked of
    assert "show()" in bot.ask("can peekaboo show me the graph somehow").answer
    assert "install()" in bot.ask("can i make peek available in every module just by tweaking the root module?").answer


def test_a_compound_describing_the_thing_after_it_and_a_chatty_log_need_no_words_of_their_own(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "glint.txt": "GLINT(1)\n\nOPTIONS\n       -F     Run glint as a filter: its output uses glint's internal "
            "markup. The utility glint2html translates that markup into HTML.\n\n       -q     Print nothing but errors.\n\n"
            "LOGGING\n       The default log level is notice (5). The debug level generates the most verbose output.\n",
        }
    )
    # "syntax-highlighted output": the output is the thing asked of, the compound only describes it
    assert "glint2html" in bot.ask("actually is there a way to turn glint's -F syntax-highlighted output into html").answer
    assert "notice" in bot.ask("how chatty is glint logging out of the box, like what log level does it use").answer.lower()


_OPTIONS = {
    "ENVIRONMENT.md": "# Environment variables\n\n"
    "* `$SYSTEMD_OFFLINE=[0|1]` — if set to 1, then systemctl will refrain from talking to PID 1.\n"
    "* `$KERNEL_INSTALL_BYPASS` — If set to \"1\", execution of kernel-install is skipped. This can be useful "
    "if kernel-install is invoked unconditionally by package managers in a postinstall script.\n"
    "* `$SYSTEMD_EMOJI=0` — if set to 0, tools print no emoji.\n",
    "xsltproc.html": "<html><body><h2>OPTIONS</h2><dl>"
    "<dt>--nonet</dt><dd>Do not use the Internet to fetch DTDs, entities or documents.</dd>"
    "<dt>--novalid</dt><dd>Skip loading the document's DTD.</dd></dl>"
    "<h2>DIAGNOSTICS</h2><p>10: Processing was stopped by a terminating message.</p></body></html>",
}


def test_an_identifiers_words_and_shape_answer_as_people_type_them(bot_over: BotOver) -> None:
    bot = bot_over(_OPTIONS)
    # "$KERNEL_INSTALL_BYPASS" holds "bypass"; "--nonet" is a flag; "that" points at the sentence before it.
    answer = bot.ask("our package manager calls kernel-install in a postinstall script. how do i bypass it?")
    assert not answer.abstained and "KERNEL_INSTALL_BYPASS" in answer.answer
    chosen = bot.explain("xsltproc keeps trying to download DTDs from the internet and hangs. what flag stops that")
    assert chosen.composition.sentence.startswith("--nonet")  # not "10: Processing was stopped ..."
    answer = bot.ask("is there an environment variable to make systemctl stop talking to pid 1?")
    assert not answer.abstained and "SYSTEMD_OFFLINE" in answer.answer


def test_a_version_a_yes_no_question_names_must_be_in_its_sentence(bot_over: BotOver) -> None:
    intro = "<p>xsltproc supports XSLT 1.0 stylesheets and the EXSLT extensions.</p><h2>OPTIONS"
    bot = bot_over({"xsltproc.html": _OPTIONS["xsltproc.html"].replace("<h2>OPTIONS", intro)})
    assert bot.ask("does xsltproc support XSLT 2.0 stylesheets?").abstained  # no "Yes." from XSLT 1.0
    assert bot.ask("does xsltproc support XSLT 1.0 stylesheets?").answer.startswith("Yes.")


_FAQ = """Frequently asked questions about packrat

Q:  I need to use a script that runs "packrat -9". On a machine with
    256 MiB of RAM, packrat says that it cannot allocate memory. Can I
    make the script work without modifying it?

A:  Set a default memory usage limit for compression. You can do it in
    a shell initialization script such as ~/.bashrc:

        PACKRAT_DEFAULTS=--memlimit=150MiB

Q:  I told packrat to use many threads but it uses only one processor
    core. What is wrong?

A:  Many threads cannot be used when the input is smaller than the block
    size. Lower the block size with --block-size.
"""


def test_a_hard_wrapped_faq_is_answered_after_its_q_and_a_marks(bot_over: BotOver) -> None:
    # The question matches the "Q:" paragraph, any sentence of it: the answer is the "A:" paragraph's,
    # with the sentence after its first.
    bot = bot_over({"faq.txt": _FAQ})
    memory = bot.ask("a script runs packrat -9 and packrat says it cannot allocate memory, can i fix it without modifying it")
    assert memory.answer.startswith("A: Set a default memory usage limit for compression [1]. You can do it")
    assert "PACKRAT_DEFAULTS" in memory.answer
    threads = bot.ask("told packrat to use 8 threads but it only uses one core, whats wrong")
    assert threads.answer.startswith("A: Many threads cannot be used")


def test_a_default_told_after_its_items_definition_answers_by_default(bot_over: BotOver) -> None:
    # inadyn.conf(5): "forced-update = SEC: How often the IP should be updated ... Default is equal to 30 days."
    text = ("# tidectl.conf\n\n## Settings\n\n- `forced-update = SEC`: How often the tide table should be fetched again even "
            "if it is not changed. The time should be given in seconds. Default is equal to 30 days.\n"
            "- `period = SEC`: How often the harbour is checked, in seconds.\n")
    answer = bot_over({"tidectl.conf.md": text}).ask("how often does tidectl fetch the table again even if it hasnt changed, by default")
    assert not answer.abstained and "30 days" in answer.answer.split(" [1]")[0]
    assert len({c.text for c in answer.citations}) == len(answer.citations)  # each sentence quoted once


def test_a_default_asked_of_what_a_setting_holds_is_that_settings(bot_over: BotOver) -> None:
    # markdownify's README: "which bullet characters ... by default" asks the default of "bullets", the
    # characters it holds; "Defaults to '*+-'" closes that item, three sentences down.
    text = ("Options\n=======\n\nsub_symbol, sup_symbol\n  Define the chars that surround sub and sup text. Defaults to an "
            "empty string, because this is non-standard behavior.\n\nbullets\n  An iterable (string, list, or tuple) of bullet "
            "styles to be used. If the iterable only contains one item, it will be used regardless of how deeply lists are "
            "nested. Otherwise, the bullet will alternate based on nesting level. Defaults to ``'*+-'``.\n\nstrong_em_symbol\n"
            "  In markdown, both * and _ are used to encode strong or emphasized texts. Either of these symbols can be chosen "
            "by the options ASTERISK (default) or UNDERSCORE respectively.\n")
    answer = bot_over({"tidefmt.rst": text}).ask("which bullet characters does tidefmt use for lists by default?")
    assert answer.answer.startswith("bullets:") and "'*+-'" in answer.answer.split(" [2]")[0]  # not the chars' item first


def test_an_error_the_question_quotes_is_answered_by_what_follows_it(bot_over: BotOver) -> None:
    # libfaketime's README: the message quoted back is no answer; "please clean up /dev/shm" after it is.
    text = ("Troubleshooting\n\nA stale shared memory segment can stay behind when processes are killed.\n"
            "Thus, if you run across the following error message\n\n"
            "  packrat: In shm_create(), shm_open failed: File exists\n\n"
            "please clean up /dev/shm as described above. This matters on long-running servers.\n")
    bot = bot_over({"README": text})
    answer = bot.ask("getting 'packrat: In shm_create(), shm_open failed: File exists' after killing a few processes, what do i do")
    assert answer.answer.startswith("please clean up /dev/shm")


def test_a_how_to_verb_and_its_particle_written_as_one_word_is_told(bot_over: BotOver) -> None:
    # "how do i set up ...": "To setup for zsh:" tells it, where "To enable for zsh:" would not.
    bot = bot_over(
        {
            "guide.md": "# Command completion\n\npackrat comes with support for command line completion in bash and zsh.\n\n"
            "To setup for zsh:\n\n```\npackrat completion --zsh >> ~/.zprofile\n```\n",
        }
    )
    answer = bot.ask("how do i set up packrat tab completion in zsh")
    assert not answer.abstained and "packrat completion --zsh" in answer.answer



def test_the_default_of_a_setting_is_read_under_its_heading_and_not_from_anothers(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "s3.rst": "S3 settings\n===========\n\nThe aws s3 commands, cp, sync and mv, have settings of their own. "
            "For example, aws s3 cp localdir s3://bucket/ --recursive uploads files in parallel.\n\n"
            "multipart_threshold\n-------------------\n\nDefault - 8MB\n\nWhen copying a file, the commands switch to "
            "multipart operations if the file reaches a given size threshold. The multipart_threshold controls this value.\n\n"
            "max_concurrent_requests\n-----------------------\n\nDefault - 10\n\nThe most requests aws s3 cp sends at once.\n",
        }
    )
    # the heading is the identifier the question names whole: "Default - 8MB" holds it
    assert "8MB" in bot.ask("what's the default multipart_threshold for aws s3 cp").answer
    # no sentence names a timeout: another setting's default is no answer
    assert bot.ask("what's the default timeout when aws s3 cp copies a file").abstained


def test_the_default_of_a_setting_is_looked_for_under_its_heading_below_busier_sentences(bot_over: BotOver) -> None:
    busy = " ".join(f"For example, aws s3 cp localdir{i} s3://bucket/ --recursive uploads the files of dir{i} in parallel." for i in range(6))
    bot = bot_over(
        {
            "s3.rst": "AWS S3 settings\n===============\n\nThe aws s3 transfer commands, which include the aws s3 cp, sync, "
            f"mv and rm commands, have settings of their own.\n\nmax_concurrent_requests\n-----------------------\n\n{busy}\n\n"
            "multipart_threshold\n-------------------\n\nDefault - 8MB\n\nWhen copying a file, the commands switch to "
            "multipart operations if the file reaches a given size threshold.\n",
        }
    )
    # The sentences naming "aws s3 cp" rank first, but only the one under its heading states its default.
    assert bot.ask("what's the default multipart_threshold for aws s3 cp").answer.startswith("Default - 8MB")


_BUILDER = """# gyrobuild

gyrobuild compiles native addons for the runtime.

## Options

Command: --jobs=$n; Description: Run make in parallel.

Command: --python=$path; Description: Set path to the Python binary.

Command: --nodedir=$path; Description: Set the path to the node source code.

## Networking

If you want to use a proxy for downloads, set the http_proxy and https_proxy environment variables.

## Redirects

By default gyrobuild follows redirects when it fetches headers. You can disable redirection handling with the
--no-redirects option.
"""


def test_how_to_questions_that_tell_the_askers_situation_first(bot_over: BotOver) -> None:
    bot = bot_over({"README.md": _BUILDER})
    # The situation before the comma lends its names; "what flag do i pass" asks an option, "pass" no word of it.
    answer = bot.ask("i have like three pythons installed and gyrobuild keeps picking the wrong one, what flag do i pass to point it at the right python binary")
    assert "--python=$path" in answer.answer
    # A short question leans on all of its situation's words.
    assert "http_proxy" in bot.ask("i'm behind a corporate proxy and gyrobuild can't download anything, what do i set").answer
    # Stopping something is disabling it.
    assert "--no-redirects" in bot.ask("how do i stop gyrobuild from following redirects").answer


_FINDER = """FINDER(1)

NAME
    finder - print lines that match patterns

OPTIONS
    --exclude-dir=GLOB
        Skip any command-line directory with a name suffix that matches the pattern GLOB.

    -o FILE, --output=FILE
        Write the match statistics to FILE instead of the standard error stream.

    --foldlevel=N
        Start with N levels of context folded. The default value is 0.
"""


def test_the_trouble_told_before_a_how_to_question_is_its_scene(bot_over: BotOver) -> None:
    bot = bot_over({"finder.txt": _FINDER})
    # The trouble before the comma only sets the scene; "how do i skip a directory" is asked.
    assert "--exclude-dir" in bot.ask("finder keeps descending into node_modules and takes forever, how do i skip a directory").answer
    # "stderr" is what the page spells "standard error".
    assert "--output" in bot.ask("finder dumps its stats to stderr and mixes with my program's errors, how do i write them to a file instead").answer
    # An option the page never names is no form of one it does.
    assert bot.ask("what's the default value of foldlevelstart in finder?").abstained


def test_the_thing_a_file_is_named_after_is_held_by_its_every_sentence(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "rustc-codegen-options.md": "# Codegen Options\n\n## codegen-units\n\n"
            "This flag controls the maximum number of code generation units the crate is split into.\n\n"
            "The default value, if not specified, is 16 for non-incremental builds.\n\n"
            "## incremental\n\nThis flag allows you to enable incremental compilation.\n",
            "build-guide.md": "# Build guide\n\nThe rustc compiler is run by cargo with its own flags.\n",
        }
    )
    # "rustc" is nowhere in the page's text, title or headings, but the page is rustc's
    answer = bot.ask("default number of codegen units in rustc for non-incremental builds?")
    assert not answer.abstained and "is 16 for non-incremental builds" in answer.answer


def test_a_sentence_naming_an_options_argument_brings_the_option(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "strace-manpage.txt": "STRACE(1)\n\nDESCRIPTION\n       Character pointers are dereferenced and printed as C strings.\n"
            "       Only the first strsize (32 by default) bytes of strings are printed; longer strings have an\n"
            "       ellipsis appended following the closing quote.\n\n"
            "OPTIONS\n       -o file\n       --output=file\n              Write the trace output to the file filename.\n\n"
            "       -s strsize\n       --string-limit=strsize\n              Specify the maximum string size to print.\n",
        }
    )
    # "strsize" names the argument of "-s strsize": the option is quoted with the sentence that explains it
    answer = bot.ask("strace cuts off strings after a few chars, how do i get longer strings printed?").answer
    assert "Only the first strsize" in answer and "-s strsize, --string-limit=strsize" in answer


_MANPAGE = """FAKEISH(1)                  General Commands Manual                 FAKEISH(1)

NAME
       fakeish - run a command in an environment faking root privileges

OPTIONS
       -l library, --lib library
              Specify an alternative wrapper library.

       -b fd  Specify fd base (TCP mode only). fd is the minimum file
              descriptor number to use for TCP connections; this may be
              important to avoid conflicts with the file descriptors used by
              the programs being run under fakeish.
"""


def test_a_word_opening_an_options_text_is_no_kind_of_the_thing_asked(bot_over: BotOver) -> None:
    bot = bot_over({"fakeish-manpage.txt": _MANPAGE})
    # a capitalised word opening an option's text ("Specify fd base") is no kind of fd ("the lowest fd")
    answer = bot.ask("how do i specify the lowest fd for fakeish tcp connections")
    assert not answer.abstained and answer.answer.startswith("-b fd")


def test_an_option_asked_for_a_thing_its_document_never_names_is_refused(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "tracer.md": "# tracer\n\n## Output\n\nThe -o file option writes the trace to a file instead of stderr. "
            "The -c option prints a table of call counts and times.\n",
            "exporter.md": "# exporter\n\nThe exporter writes its reports as JSON when given --format json.\n",
        }
    )
    # "json" is in another document only: no option of tracer's prints it
    assert bot.ask("which tracer option writes its output as json?").abstained
    answer = bot.ask("which tracer option writes the trace to a file?")
    assert not answer.abstained and "-o file" in answer.answer


def test_a_default_asked_of_a_program_another_document_never_names_is_refused(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "routerd.man": "ROUTERD(8)\n\nCONFIGURATION\n\nlocal-port port: This specifies the TCP port on which "
            "routerd will listen for connections from a configuration client.\n",
            "INSTALL": "Installing buildfarm\n\nCreate a buildfarm account on server machines so that buildfarmd can "
            "run with minimal privilege. Start buildfarmd on each server machine.\n",
        }
    )
    # "buildfarmd" is in INSTALL only: routerd's port is no default of it
    assert bot.ask("what tcp port does buildfarmd listen on by default? need to open it in my firewall").abstained
    answer = bot.ask("what tcp port does routerd listen on?")
    assert not answer.abstained and "local-port" in answer.answer


def test_the_default_of_a_setting_a_program_uses_is_that_settings(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "manual.html": "<h1>Copas</h1><p>When using the copas.receive([size]) method on a UDP socket, the size parameter "
            "is not optional. This limitation is removed when the socket is wrapped (it then defaults to 8192, the max "
            "UDP datagram size).</p>",
        }
    )
    # "the default timeout copas uses": the timeout's default, which no sentence gives (8192 is a size's)
    assert bot.ask("whats the default timeout copas uses on a socket receive before it gives up?").abstained
    assert "8192" in bot.ask("whats the default size copas uses for a wrapped udp socket receive").answer


def test_a_how_to_about_a_programs_timestamp_asks_no_articles_date(bot_over: BotOver) -> None:
    bot = bot_over({"faq.html": "<h1>Frequently Asked Questions</h1><p>Irssi answers to common questions.</p>"
                    "<p>Q: How do I show seconds in the timestamp?</p>"
                    "<p>A: /FORMAT timestamp {timestamp %%H:%%M:%%S} - and remember to add the trailing space.</p>"})
    assert "/FORMAT timestamp" in bot.ask("how do i add seconds to the timestamp in irssi").answer


def test_how_many_a_program_uses_by_default_needs_a_default_of_that(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "iperf3.1": ".TH IPERF3 1\n.SH OPTIONS\n.TP\n.BR -P \", \" --parallel \" n\"\nnumber of parallel client streams to "
            "run, from 1 to 128.\n.TP\n.BR -t \", \" --time \" n\"\ntime in seconds to transmit for. The default is 10.\n",
        }
    )
    # "from 1 to 128" bounds the streams, no default count is given
    assert bot.ask("how many parallel streams does iperf3 use by default without -P").abstained
    assert "The default is 10" in bot.ask("what's the default transmit time in iperf3").answer


def test_a_default_quoted_of_another_thing_is_no_default_of_the_one_asked(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "FAQ": "dnsmasq FAQ\n\nQ: What does the dhcp-authoritative option do?\n\nA: When no DHCP server replies to the "
            "client, it takes some time for the client to time out and start to get a new lease. Setting this option makes "
            "dnsmasq send a NAK reply to the client. The client then gets a new lease at once.\n\nQ: Why do my Windows "
            "clients not register their names?\n\nA: Windows needs option 81 for that. It is sent only on request. Recent "
            "releases add it.\n\nQ: Do DHCP clients send their host name?\n\nA: By default, none of the DHCP clients send "
            "the host-name when asking for a lease.\n",
        }
    )
    # a default is spoken of in another entry, of the host-name sent: no default lease time is given
    assert bot.ask("hey whats the default dhcp lease time in dnsmasq").abstained


def test_a_figure_beside_the_setting_asked_is_no_default_of_it(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "crackit.1": ".TH CRACKIT 1\n.SH NAME\ncrackit \\- test passwords\n.SH OPTIONS\n.TP\n.B \\-w, \\-\\-wordlist FILE\n"
            "Read candidate words from FILE in wordlist mode (pass 2 of 3).\n.TP\n.B \\-t, \\-\\-timeout SECONDS\n"
            "Stop after SECONDS. The default is 600.\n",
        }
    )
    # "(pass 2 of 3)" is a figure, no default wordlist: none is given
    assert bot.ask("what's the default wordlist file crackit uses if i dont pass one?").abstained
    assert "The default is 600" in bot.ask("what's the default timeout in crackit").answer


def test_where_a_file_is_kept_is_refused_when_no_sentence_writes_a_path(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "fdupes.1": "FDUPES(1)\n\nOPTIONS\n\n-c --cache\n    Speed up file comparisons by keeping track of their "
            "signatures in a database.\n\n-r --recurse\n    For every directory given follow subdirectories encountered within.\n\n"
            "FILES\n\nThe configuration is read from ~/.config/fdupes/fdupes.conf when it exists.\n",
        }
    )
    # the cache's database is named, where it is kept is not
    assert bot.ask("where does fdupes keep its cache database file by default when i use --cache?").abstained
    assert "~/.config/fdupes/fdupes.conf" in bot.ask("where does fdupes read its configuration file from?").answer


def test_a_flag_for_a_thing_named_with_hyphens_is_refused_when_the_sentence_lacks_its_words(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# sd\n\nsd is an intuitive find and replace tool.\n\n## Usage\n\nIf you need patterns to match across line "
            "boundaries, use the -A / --across flag. Use the -F / --fixed-strings flag to treat patterns as literal strings.\n",
        }
    )
    # nothing says "case" or "insensitive": the --across flag is for another kind of matching
    assert bot.ask("does sd have a flag for case-insensitive matching?").abstained
    assert "--fixed-strings" in bot.ask("which sd flag treats patterns as fixed-strings?").answer
    # a deed named with hyphens ("gpg-sign") is told by its head word ("signed"): pass.1's signcommits
    bot = bot_over({"vault.md": "# vault\n\n## git\n\nIf the git config key vault.signcommits is set to true, then all "
                    "commits it creates will be signed using the default git signing key.\n\n## Storage\n\nEach password "
                    "is kept in its own file.\n\nThe files are encrypted with gpg.\n"})
    assert "vault.signcommits" in bot.ask("is there a way to make vault gpg-sign the git commits it creates?").answer


def test_a_count_is_no_release_number_heading_a_changelog_entry(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "NEWS": "0.22 Added key binding to enter a line while keeping it out of the history list (Control+O by default)\n\n"
            "0.21 The history file now keeps 300 lines by default.\n",
        }
    )
    # "0.22" heads an entry that tells no number of lines; the entry that does answers
    assert "300" in bot.ask("how many lines does it keep in the history file by default?").answer
    bot = bot_over({"NEWS": "0.22 Added key binding to enter a line while keeping it out of the history list (Control+O by default)\n"})
    assert bot.ask("how many lines does it keep in the history file by default?").abstained


def test_an_option_a_question_spells_that_its_document_never_writes_is_refused(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "cli.rst": "Command line interface\n======================\n\nUse --only to filter warnings by category. "
            "Use --no-unused-args to ignore unused arguments. Luacheck fixes nothing by itself; it reports warnings.\n",
        }
    )
    # "fix" is a word of the text, "--fix" no option of it
    assert bot.ask("is there a --fix option in luacheck that auto fixes the warnings?").abstained
    assert not bot.ask("is there a --no-unused-args option in luacheck?").abstained


def test_which_flag_is_answered_by_an_options_own_line(bot_over: BotOver) -> None:
    # The prose about netlink sockets holds more of the words asked; the option's line is what "which flag" asks.
    bot = bot_over(
        {
            "ss-manpage.txt": "SS(8)\n\nOPTIONS\n\n"
            "-p, --processes\n    Show process using socket.\n\n"
            "-d, --dccp\n    Display DCCP sockets.\n\n"
            "NETLINK\n\nFor netlink sockets the process context is shown as follows: a socket holding a valid pid "
            "shows the process context.\n",
        }
    )
    composition = bot.explain("which ss flag tells me what process/pid is holding each socket?").composition
    assert composition.sentence.startswith("-p, --processes")


def test_a_trouble_told_in_a_problems_list_is_answered_by_what_follows_it(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "PROBLEMS.txt": "Known problems\n\n"
            "* When I try to run tideview, I get the error:\n  Error: Widget viewport has zero width and/or height\n\n"
            "This error means you haven't installed the application defaults file, Tideview.ad; `make install' does it.\n\n"
            "* My charts print the year as 19100.\n\n"
            "Use the year register instead of the two-digit one.\n",
        }
    )
    answer = bot.ask("tideview dies with 'Widget viewport has zero width and/or height', what's missing?")
    assert answer.answer.startswith("This error means you haven't installed the application defaults file")
    assert bot.ask("my charts print the year as 19100, what do i use?").answer.startswith("Use the year register")


def test_a_manual_page_answers_from_its_source(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "tidectl.1": ".TH TIDECTL 1\n.SH NAME\ntidectl \\- print tide tables for a harbour\n.SH OPTIONS\n.TP\n.B \\-p\n"
            "Enable private mode, in which tidectl writes no cache files.\n.TP\n.B \\-t\nStart in table mode.\n",
            "README.md": "# harbourkit\n\nharbourkit bundles tidectl with a map of every harbour in Kent.\n",
        }
    )
    assert "-p: Enable private mode" in bot.ask("what does the -p option do in tidectl").answer
    # "straight" says how it starts, not what is started: no thing the text must name
    assert "-t: Start in table mode" in bot.ask("how do i start tidectl straight in table mode?").answer
    assert bot.ask("how do i start tidectl in csv mode?").abstained


def test_what_a_call_gives_by_default_needs_a_sentence_naming_that(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "manual.html": "<html><body><h1>lfs reference</h1><ul><li>lfs.mkdir (dirname): Creates a new directory. "
            "Returns true in case of success.</li><li>lfs.touch (filepath [, atime [, mtime]]): Set access and "
            "modification times of a file. Times default to the current time.</li></ul></body></html>",
        }
    )
    # no sentence names the permissions a new directory gets
    assert bot.ask("what permissions does lfs.mkdir give new directories by default? like 755 or 777?").abstained
    assert "current time" in bot.ask("what times does lfs.touch set by default").answer


def test_the_default_of_an_option_is_read_from_its_line_in_the_programs_listing(bot_over: BotOver) -> None:
    listing = (
        "usage: tidy [-h] [--in-place] [--max-line-length n] [files ...]\n\n"
        "options:\n"
        "  -h, --help            show this help message and exit\n"
        "  -i, --in-place        make changes to files in place\n"
        "  --max-line-length n   set maximum allowed line length (default: 79)\n"
        "  --indent-size n       number of spaces per indent level (default:\n"
        "                        4)\n"
    )
    bot = bot_over(
        {
            "README.rst": "tidy\n====\n\ntidy formats Python code.\n\nOptions\n=======\n\n::\n\n"
            + "".join(f"    {line}" if line.strip() else line for line in listing.splitlines(keepends=True))
            + "\nConfiguration\n=============\n\nAn example::\n\n    [tool.tidy]\n    max_line_length = 120\n    in-place = true\n",
        }
    )
    answer = bot.ask("whats the default max line length tidy uses?")
    assert answer.answer.startswith("--max-line-length n   set maximum allowed line length (default: 79)")
    # each option is a unit of its own, its wrapped description with it
    assert "--indent-size n       number of spaces per indent level (default:\n                        4)" in bot.ask(
        "what is the default indent size"
    ).answer


def test_what_the_asker_would_rather_not_do_and_seeing_are_no_words_the_text_must_hold(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "hotkeyd.1": ".TH HOTKEYD 1\n.SH DESCRIPTION\nhotkeyd is a daemon that reacts to input events by executing "
            "commands.\n.SH SIGNALS\nIf hotkeyd receives a SIGUSR1 (resp. SIGUSR2) signal, it will reload its "
            "configuration file (resp. toggle the grabbing state of all its bindings).\n",
            "lint.rst": "Configuration\n=============\n\nlinty uses a set of rules to check source files for problems.\n\n"
            "If you need to know the exact list of files that linty would process, without really linting them, "
            "you can use ``--list-files``::\n\n    linty --list-files .\n",
        }
    )
    # "resp." ends no sentence; "without restarting it" says what is not wanted, no word to find
    answer = bot.ask("how do i get hotkeyd to reload its configuration file without restarting it")
    assert answer.answer.startswith("If hotkeyd receives a SIGUSR1 (resp. SIGUSR2) signal, it will reload")
    assert "--list-files" in bot.ask("how can i see which files linty would check without actually linting them").answer


def test_a_default_no_sentence_gives_is_refused_though_the_setting_is_described(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "chordd.1": ".TH CHORDD 1\n.SH OPTIONS\n.TP\n.BI -t \" timeout\"\nTimeout in seconds for the recording of "
            "chord chains.\n.TP\n.BI -r \" redir_file\"\nRedirect the commands output to the given file.\n",
            "server.rst": "Arguments\n=========\n\nunix_socket_perms\n    Octal permissions to use for the Unix domain "
            "socket (string).\n\n    Default: ``'600'``\n",
        }
    )
    assert bot.ask("what's the default timeout for chordd chord chains if i dont pass -t?").abstained
    assert "600" in bot.ask("what permissions does the server use for the unix socket by default").answer


def test_a_how_to_answer_names_the_call_whose_section_tells_it(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "re.md": "# re\n\nThe re module supports a regex syntax for patterns.\n\n## Functions\n\n"
            "### re.gsub (subject, pattern, replacement)\n\nDoes a global substitution, replacing all occurrences of "
            "pattern in the given subject by replacement.\n\n### re.updatelocale ()\n\nUpdates the pre-defined "
            "character classes to the current locale.\n",
        }
    )
    # the sentence says what is done; the heading of its section, what to call
    assert bot.ask("how do i replace every occurrence of a pattern in a string?").answer.startswith("re.gsub (subject")
    assert "re.updatelocale ()" in bot.ask("is there a function to refresh the character classes for my locale").answer
    # a question asking no way to do a thing is answered by the sentence alone
    assert bot.ask("what does the re module support").answer.startswith("The re module supports")


def test_a_tool_named_by_its_documents_title_is_asked_about_in_that_document(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "## zq: queue utilities\n\nThese small utilities allow creating very lightweight job queue "
            "systems which require no setup.\n\nzq runs jobs in sequence, one after another. Each job writes its "
            "output to a log file in the queue directory.\n\nBy default, job IDs are per-directory, but you can set "
            "`$ZQDIR` to put them elsewhere.\n\nUse zqtail to follow the output of the running jobs.\n",
            "README": "MAILTOOL(7)         Miscellaneous Information Manual         MAILTOOL(7)\n\nNAME\n     "
            "mailtool - tools for handling mail\n\nDESCRIPTION\n     mailtool deals with messages (which are files), "
            "folders (which are\n     maildir folders) and the current message (kept as a symlink in the\n     "
            "current directory).\n\n     The tools read the message list from standard input.\n",
        }
    )
    # "zq" opens the title of one document: the other's sentence holding more of the words tells nothing of it
    answer = bot.ask("is there a way to keep the zq queue files somewhere else instead of the current directory?")
    assert all(c.doc_id == "README.md" for c in answer.citations), answer.answer
    assert bot.ask("what does zq write to the queue directory?").answer.startswith("Each job writes its output")


def test_a_sentence_broken_off_by_a_code_block_goes_on_in_it(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "build.html": "<html><body><h2>Building</h2><p>The options below are given to the configure command."
            "</p><h3>Just-in-time compiling</h3><p>Just-in-time (JIT) compiler support is included in the build by "
            "specifying</p><pre>  --enable-jit</pre><p>This support is available only for certain hardware "
            "architectures. If in doubt, use</p><pre>  --enable-jit=auto</pre><p>which enables JIT only if the "
            "hardware is supported.</p><h3>Shared libraries</h3><p>Setting --disable-shared builds static "
            "libraries only.</p><p>The complete list of options for configure is output by running configure "
            "--help.</p></body></html>",
        }
    )
    # "turns on" is "enable"; the option on a line of its own finishes the sentence before it, which tells what it does
    answer = bot.ask("what configure flag turns on the jit?").answer
    assert "--enable-jit" in answer.split("[2]")[0] and "by specifying" in answer


def test_a_how_to_answer_is_the_near_best_sentence_naming_an_option(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "squash.1": ".TH SQUASH 1\n.SH DESCRIPTION\nSquash compresses using threads to make use of multiple "
            "cores. The input is cut into 128 KB chunks, and each file Squash writes ends in .sq.\n.PP\nThe number of compress threads is set by default to "
            "the number of cores, which can be changed using the -p option. Specifying -p 1 avoids the use of threads "
            "entirely.\n.SH OPTIONS\n.TP\n.B -k --keep\nDo not delete the original file after processing.\n"
            ".TP\n.B -f --force\nOverwrite the output file if it exists.\n.TP\n.B -q --quiet\nPrint no messages.\n"
            ".TP\n.B -r --recursive\nProcess the files of each directory given.\n.TP\n.B -S --suffix sss\nWrite "
            "the output file with the suffix sss instead of .sq.\n.TP\n.B -v --verbose\nTell the name of each file "
            "processed.\n.SH BUILDING\nRun make to build squash, then make install to copy it to /usr/local/bin. "
            "Run make check to make sure it works.\n",
        }
    )
    # the best sentence holds the words asked (even "make"), but only one naming the option tells what to do
    assert "-p" in bot.ask("how do i make squash not use threads at all").answer.split("[1]")[0]
    # no way asked: the sentence holding the words
    assert bot.ask("does squash use threads").answer.startswith("Yes. Squash compresses using threads")


def test_a_setting_asked_for_is_named_by_the_heading_of_the_section_telling_it(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "options.rst": "Configuration options\n=====================\n\nEach setting below goes in the config "
            "file.\n\nGeneral\n-------\n\n"
            "show_hints\n^^^^^^^^^^\nShow the list of completions while you type (default: True).\n"
            "When this is off, press tab to see them.\n\n"
            "match_mode\n^^^^^^^^^^\nThere are three modes: ``prefix``, ``substring`` and ``fuzzy``. Fuzzy "
            "matching finds completions whose characters come in order (default: prefix).\n\n"
            "Keyboard\n--------\n\nThe keys below are read at start-up.\n",
        }
    )
    # the sentence tells what the setting does; the heading of its section is what to set
    assert "match_mode: Fuzzy" in bot.ask("is there a way to get fuzzy matching for completions? which setting").answer
    assert bot.ask("how do i stop the completion list showing while i type").answer.startswith("show_hints: ")
    # asked what it does, not what to set: the sentence alone
    assert bot.ask("what does fuzzy matching do").answer.startswith("Fuzzy matching finds completions")


def test_a_small_count_or_a_figure_typed_with_spaces_is_no_amount_to_find(bot_over: BotOver) -> None:
    bot = bot_over({"city.txt": "According to the 2001 census, the city of Newcastle had a population of 189,863.\n"})
    assert "2001" in bot.ask("newcastle had a population of 189 863 according to what year's census").answer
    assert not bot.ask("the census gave 1 figure for newcastle's population, what was it").abstained


def test_a_size_judged_for_someone_answers_whether_it_is_a_lot_for_them(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "pricing.md": "# Pricing\n\nThe team plan costs $500 a year and includes ten seats. While that's a hefty sum "
            "for a hobbyist, most companies never notice it. Invoices are sent in January.\n",
        }
    )
    answer = bot.ask("is 500 dollars a year a lot for a hobbyist?")
    assert not answer.abstained and "hefty sum for a hobbyist" in answer.answer


def test_which_version_of_a_tool_added_something_needs_the_release_named(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# nq\n\nnq queues commands to run them in the background, one after another.\n\n## Helpers\n\n"
            "nqterm wraps nq and displays the nqtail output in a new tmux or screen window.\n\n## Changes\n\n"
            "Version 1.0 lets you choose the queue directory with NQDIR.\n",
        }
    )
    # the sentence telling what nqterm does names no release that added it
    assert bot.ask("which version of nq added the nqterm helper?").abstained
    assert bot.ask("which nq release first added the nqterm helper?").abstained  # a release is a version
    assert "Version 1.0" in bot.ask("which nq version lets me choose the queue directory").answer


def test_the_version_needed_is_told_by_a_near_sentence_naming_one_of_the_thing_asked(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "natsorter.rst": "natsorter\n=========\n\nSort lists naturally.\n\nTesting\n-------\n\nYou can specify a particular "
            "python version with the -e flag, e.g. tox -e py36.\n\nRequirements\n------------\n\nnatsorter requires Python 3.7 or greater.\n",
        }
    )
    answer = bot.ask("which python version do i need at minimum for natsorter?")
    assert answer.answer.startswith("natsorter requires Python 3.7 or greater")  # not the sentence naming none


def test_the_version_needed_is_told_further_down_by_a_sentence_giving_the_thing_its_number(bot_over: BotOver) -> None:
    # the words of the question match the sentences on using it; "Python 3.6+" is far below them
    bot = bot_over(
        {
            "README.md": "# soy\n\nConsole printing and formatting for Python.\n\n## Usage\n\nAn instance of Printer, initialized"
            " with the default config. Useful as a quick shortcut if you don't need to customize initialization. You need"
            " a printer instance for each stream.\n\n## Installation\n\nIt's super lightweight, has zero dependencies and"
            " works with Python 3.6+.\n\n## Colors\n\nColors are applied to messages with the color argument.\n",
        }
    )
    assert "Python 3.6+" in bot.ask("which python version do i need for soy?").answer.split("[1]")[0]


def test_a_default_asked_of_an_identifier_or_a_place_needs_a_default_told(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# zap\n\n## Environment\n\n- `_ZAP_FZF_OPTS`: Custom options to pass to fzf during interactive "
            "selection.\n- `_ZAP_ECHO`: When set, prints the matched directory before navigating to it.\n\n## Options\n\n"
            "- `-c <path/to/config>`: Specifies a configuration file to use.\n- `-d <type1,type2>`: Enables debugging.\n",
        }
    )
    # what the variable is for is told, not what it is when unset
    assert bot.ask("what's the default value of _ZAP_FZF_OPTS in zap? like what fzf options does it pass if i don't set it").abstained
    assert "_ZAP_ECHO" in bot.ask("what does _ZAP_ECHO do").answer
    # "-c" names a file to use, not where zap looks for one
    assert bot.ask("where does zap look for its config file by default if i don't pass -c?").abstained
    # the condition first: an option's line listing its choices tells no default
    bot = bot_over(
        {
            "dupes.txt": "DUPES(1)\n\nOPTIONS\n       -o --order=WORD\n              order files according to WORD: time - sort by "
            "modification time, name - sort by filename\n\n       -i --reverse\n              reverse order while sorting\n",
        }
    )
    assert bot.ask("if i dont pass --order to dupes, what order does it sort the files in each set by default?").abstained


def test_a_measure_compared_against_is_no_thing_the_text_must_name(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# mbox\n\n## Examples\n\nList the new messages: `mlist -N ~/Maildir/INBOX`\n\n"
            "Or delete messages beyond a certain age: `mlist ~/Maildir/INBOX | mpick -t 'mtime < \"-365d\"' | xargs rm`\n",
        }
    )
    # "older than a year" compares by a measure the text writes otherwise ("-365d"), no thing asked of
    answer = bot.ask("is there a way with mbox to delete all messages in my inbox older than a year?")
    assert not answer.abstained and "mpick -t" in answer.answer
    # a thing no text names is still refused
    assert bot.ask("is there a way with mbox to delete all messages in my inbox with a lua script?").abstained


def test_a_remedy_asked_by_its_noun_after_the_trouble_is_a_how_to(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "duf.md": "# duf\n\n## Themes\n\nIf duf doesn't detect your terminal's colors correctly, you can set a theme:\n\n"
            "    duf --theme light\n\n## Filters\n\nYou can show only specific devices: `duf --only local`\n",
        }
    )
    # "what's the fix" asks how to mend the trouble told before it: "fix" is no word the text must hold
    answer = bot.ask("duf colors look totally wrong on my light terminal, it doesnt seem to detect the background. what's the fix")
    assert not answer.abstained and "--theme light" in answer.answer


def test_is_there_a_way_to_quotes_the_command_after_the_step(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README.md": "# tmx\n\n## Usage\n\nStart a project:\n\n```\ntmx start [project]\n```\n\n"
            "Append a project's windows to the current session (instead of creating a new session)\n\n```\ntmx start [project] --append\n```\n",
        }
    )
    # "is there a way to ..." asks what to type, as "how do i ..." does: the command under the step comes with it
    answer = bot.ask("is there a way to add a projects windows to the session im already in instead of creating a new session")
    assert not answer.abstained and "--append" in answer.answer


def test_a_count_asked_by_default_is_read_from_the_items_default_sentence(bot_over: BotOver) -> None:
    # nodeenv's README: "-j JOBS, --jobs=JOBS: Sets number of parallel commands ..." then "The default is 2 jobs.",
    # the sentence stating the default, which holds the count
    text = ("tidepool\n========\n\ntidepool creates isolated tide.js environments.\n\nInstall tide.js with 4 parallel "
            "commands for compilation::\n\n    $ tidepool --without-ssl --jobs=4 env\n\nConfiguration\n-------------\n\n"
            "The defaults are read from a config file::\n\n    [tidepool]\n    tide = 'latest'\n    jobs = '2'\n\nCompilation options\n"
            "^^^^^^^^^^^^^^^^^^^\n\n``-j JOBS, --jobs=JOBS``\n    Sets number of parallel commands at tide.js compilation. "
            "The default is 2 jobs.\n\n``--load-average=LOAD``\n    Sets maximum load average for executing parallel "
            "commands at tide.js compilation.\n")
    answer = bot_over({"README.rst": text}).ask("how many parallel jobs does tidepool use when compiling tide by default")
    assert not answer.abstained and "2 jobs" in answer.answer


def test_a_thing_the_asker_calls_theirs_is_no_word_the_docs_must_use(bot_over: BotOver) -> None:
    # yamllint's docs: "my CI" is the asker's own; the option making warnings fail is what is asked.
    text = ("Running yamllint\n\nBy default, yamllint exits with code 0 when only warnings are found.\n\n"
            "--strict: Return a non-zero exit code when warnings are found, so that warnings fail the run.\n\n"
            "--format FORMAT: Choose the output format, for example parsable or colored.\n")
    answer = bot_over({"usage.rst": text}).ask("yamllint exits 0 when there are only warnings, how do i make warnings fail my CI too?")
    assert not answer.abstained and "--strict" in answer.answer


def test_a_rare_word_with_a_prefix_before_a_word_the_docs_use_is_told_by_it(bot_over: BotOver) -> None:
    # XMLStarlet's guide: "reformat" is "format" again, "--indent-tab" indents with tabs
    text = ("Formatting\n\nxmlkit fo --indent-tab file.xml: Format the document, indenting with a tab instead of spaces.\n\n"
            "xmlkit fo --indent-spaces 4 file.xml: Format the document, indenting with four spaces.\n")
    answer = bot_over({"guide.md": text}).ask("how do i reformat an xml file with xmlkit so it indents with tabs rather then spaces?")
    assert not answer.abstained and "--indent-tab" in answer.answer


_DUPFIND = (".TH DUPFIND 1\n.SH NAME\ndupfind \\- finds duplicate files\n.SH OPTIONS\n.TP\n.BR \\-removeidentinode \" \" \\fItrue\\fR|\\fIfalse\\fR\n"
            "Removes items found which have identical inode and device ID. Default\nis true.\n.TP\n"
            ".BR \\-checksum \" \" \\fImd5\\fR|\\fIsha1\\fR|\\fIsha256\\fR\nWhat type of checksum to be used: md5, sha1 or sha256. The default is\n"
            "sha1 since version 1.4.0.\n.TP\n.BR \\-makehardlinks \" \" \\fItrue\\fR|\\fIfalse\\fR\nReplace duplicate files with hard links. Default is\nfalse.\n")


def test_a_default_asked_by_another_word_is_the_one_its_own_sentence_names(bot_over: BotOver) -> None:
    # rdfind's man page: a hash is a checksum ("hash" no slip for "has"); "The default is sha1" names its
    # own default, not the "Default is true." ending the item before it
    answer = bot_over({"dupfind.1": _DUPFIND}).ask("whats the default hash dupfind uses?")
    assert not answer.abstained and "sha1" in answer.answer.split("[2]")[0] and not answer.answer.startswith("True")


def test_dupes_are_duplicates_and_a_swap_replaces(bot_over: BotOver) -> None:
    answer = bot_over({"dupfind.1": _DUPFIND}).ask("how do i make dupfind swap the dupes for hard links instead of just listing them")
    assert not answer.abstained and "-makehardlinks" in answer.answer


def test_an_inflection_of_a_common_word_is_no_rare_word_the_docs_must_use(bot_over: BotOver) -> None:
    # doc8's README: "complains" is rarer in English than jargon's threshold, "complain" is not
    text = ("Usage\n\n    $ lintkit --help\n\n    --max-line-length int\n                maximum allowed line length (default: 79).\n"
            "    --ignore code  ignore the given error codes.\n\nlintkit checks reStructuredText files for style.\n")
    answer = bot_over({"README.rst": text}).ask("whats the default max line length lintkit complains about?")
    assert not answer.abstained and "79" in answer.answer


@pytest.mark.parametrize(
    ("question", "told"),
    [
        ("my xml file is slightly broken, can xmlkit try to salvage it?", "--recover"),
        ("which option makes xmlkit skip what my .gitignore lists", "--ignore-from-file"),
        ("will xmlkit clobber a file that already exists?", "--force"),
    ],
)
def test_an_option_asked_in_other_common_words_is_found(bot_over: BotOver, question: str, told: str) -> None:
    # general English: salvage is recover, skip is ignore, clobber is overwrite
    text = ("xmlkit options\n\n--recover: Try to recover what is parsable from a broken document.\n\n"
            "--ignore-from-file FILE: Ignore the paths listed in FILE, such as .gitignore.\n\n"
            "--rate-limit RATE: Limit the transfer to a maximum of RATE bytes per second.\n\n"
            "--force: Overwrite an output file that already exists.\n")
    answer = bot_over({"xmlkit.md": text}).ask(question)
    assert not answer.abstained and told in answer.answer.split(" [1]")[0]


def test_a_one_letter_option_the_question_names_finds_its_line(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "linkfarm.1": ".TH LINKFARM 1\n.SH NAME\nlinkfarm \\- manage symlink farms\n.SH OPTIONS\n"
            ".TP\n.B \\-d dir\nSet the farm directory to dir. Defaults to the current directory.\n"
            ".TP\n.B \\-t dir\nSet the target directory to dir instead of the parent of the farm directory.\n"
            ".TP\n.B \\-v\nPrint each link as it is made.\n"
            ".SH DESCRIPTION\nlinkfarm makes symlinks from a target directory to the packages of a farm directory.\n"
        }
    )
    # "-t" is searched for as a word: its line answers first (not the description naming a target directory)
    assert bot.ask("what does -t do in linkfarm").answer.startswith("-t dir: Set the target directory")


def test_a_list_a_sentence_announces_is_quoted_whole_though_a_passage_ends_inside_it(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "configuration.rst": "Configuration\n=============\n\nPass a file with ``-c``:\n\n.. code-block:: bash\n\n"
            "    linterx -c /path/to/myconfig file.yaml\n\n"
            "If ``-c`` is not provided, linterx will look for a configuration file in the following locations:\n\n"
            "- a file named ``.linterx`` in the current working directory\n"
            "- a filename referenced by ``$LINTERX_CONFIG_FILE``, if set\n"
            "- a file named ``~/.config/linterx/config``, if present\n\n"
            "Finally if no config file is found, the default configuration is applied.\n"
        }
    )
    answer = bot.ask("where does linterx look for its config file if i dont pass one?").answer
    # the items bear no bullet once read: each of them follows the sentence announcing them, in order
    assert answer.index("following locations:") < answer.index(".linterx in") < answer.index("$LINTERX_CONFIG_FILE") < answer.index("~/.config/linterx/config")


def test_a_later_paragraph_of_an_option_s_item_is_quoted_with_the_option(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "linkfarm.html": "<html><body><h1>Invoking linkfarm</h1><dl>"
            "<dt><code>--adopt</code></dt><dd><p><strong>Warning!</strong> This alters your farm directory.</p>"
            "<p>When linking, if a target already exists but is a plain file, linkfarm refuses to go on. "
            "This option changes that behaviour so that the file is moved into the package instead.</p></dd>"
            "<dt><code>--verbose</code></dt><dd><p>Print each link as it is made.</p></dd></dl></body></html>",
            "README.md": "# linkfarm\n\nlinkfarm makes symlinks from a target directory to the packages of a farm.\n",
        }
    )
    answer = bot.ask("linkfarm says a plain file already exists in the target, can it move that file into my package instead?").answer
    # "This option ..." is the second paragraph of --adopt's definition: the option's name comes with it
    assert "--adopt" in answer and answer.index("--adopt") < answer.index("This option changes that behaviour")


def test_where_a_program_keeps_what_it_creates_by_default_is_the_path_its_default_names(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "usage.rst": "Usage\n=====\n\nBy default Brisk uses virtualenv as the environment backend for the sessions, "
            "but it also supports conda and no backend at all.\n\nBy default Brisk stores environments in ./.brisk, "
            "however, you can change this using --envdir.\n\nBy default, Brisk deletes and recreates environments "
            "every time it is run.\n",
        }
    )
    # "it creates" tells whose environments: the setting asked is where they are kept, which a path answers
    answer = bot.ask("where does brisk keep the environments it creates by default?")
    assert not answer.abstained and "./.brisk" in answer.answer


def test_how_often_is_answered_by_a_frequency_not_by_a_time(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "README": "linkwatch\n\nAt startup linkwatch checks the link after 30 seconds.\n\n"
            "Periodically (every 10 minutes), linkwatch checks the link with a probe.\n",
        }
    )
    # both sentences give a time; "how often" asks the one given as a frequency
    assert bot.ask("how often does linkwatch check the link?").answer.startswith("Every 10 minutes.")


def test_an_everyday_word_another_document_writes_in_capitals_is_no_name_a_yes_no_question_needs(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "rinetd.txt": "rinetd\n\nAllow and deny rules hold IP addresses. Host names are NOT permitted in allow and deny rules.\n",
            "siege.txt": "siege\n\nSiege can send a PUT request with a file as its body.\n",
        }
    )
    # "put" is HTTP's PUT in the other document, no name the rinetd sentence must hold
    answer = bot.ask("can i put hostnames in rinetd allow / deny rules instead of ips?")
    assert not answer.abstained and "NOT permitted" in answer.answer


def test_a_how_to_question_is_answered_in_the_documents_words_not_the_askers(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "rinetd.txt": "rinetd\n\nThe kill -1 signal (SIGHUP) can be used to cause rinetd to reload its configuration file "
            "without interrupting existing connections. Under Linux the process id is saved in the file /var/run/rinetd.pid "
            "to facilitate the kill -HUP.\n",
            "siege.txt": "siege\n\n--no-follow: This directive instructs siege not to follow 3xx redirects. Siege can also "
            "read its URLs from a file.\n",
            "asciinema.md": "# asciinema\n\n## rec\n\nRun asciinema rec to record a terminal session.\n\n- `-e, --env=<var-names>` - List of environment variables to capture, defaults to SHELL,TERM\n"
            "- `-t, --title=<title>` - Set the title of the asciicast\n",
        }
    )
    # "re-read" is reloading, one deed with its prefix, no thing named by two words the sentence must hold
    assert "SIGHUP" in bot.ask("how do i get rinetd to re-read its config without killing the existing connections").answer
    # where a file is kept "by default": the only place the text gives, a path, though it says no "default"
    assert "/var/run/rinetd.pid" in bot.ask("where does rinetd keep its pid file by default?").answer
    # the asker's own figures ("301/302") are no detail a how-to answer must hold
    assert "--no-follow" in bot.ask("how do i stop siege from following 301/302 redirects?").answer
    # "the default set of env vars": the vars' default, not a "set"'s
    assert "SHELL,TERM" in bot.ask("whats the default set of env vars that asciinema rec captures?").answer


def test_a_phrase_or_an_adjective_of_a_thing_is_read_as_the_documents_word_for_it(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "aide.conf.5": ".TH AIDE.CONF 5\n.SH OPTIONS\n.TP\n.B report_quiet (type: bool, default: false)\n"
            "Suppress report output if no differences to the database have been found.\n.TP\n"
            ".B report_url (type: URL)\nThe URL that the output is written to.\n",
            "lpeg.html": "<html><head><title>LPeg</title></head><body><h2>lpeg.locale ([table])</h2><p>Returns a table with "
            "patterns for matching some character classes according to the current locale. The table has fields "
            "named alnum, alpha, digit and space.</p><h2>lpeg.match (pattern, subject)</h2><p>Matches the pattern "
            "against the subject string.</p></body></html>",
        }
    )
    # "shut up" is keeping quiet, which "Suppress report output" and report_quiet tell
    assert "report_quiet" in bot.ask("how do i make aide shut up when there were no differences found").answer
    # "locale-aware" names the locale; "aware" is how the classes stand to it, no word the sentence must hold
    assert "lpeg.locale" in bot.ask("how can i get locale-aware char classes like alpha or digit patterns in lpeg").answer


def test_what_the_asker_would_do_is_asked_in_their_own_figures_and_clauses(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "mairix.1": ".TH MAIRIX 1\n.SH SEARCH PATTERNS\n.TP\n.B z:low-high\nMatch messages whose size lies in the "
            "specified range. The sizes may be given in k or M.\n.TP\n.B f:word\nMatch words in the From: header.\n",
            "wdiff.txt": "wdiff\n\nBuilding\n\nThe configure script accepts these options:\n\n`--with-default-pager=PATH'\n"
            "    to use PATH as the default pager for --auto-pager mode for users\n    that have not set the PAGER "
            "environment variable.\n",
        }
    )
    # "can i ...": the asker's own figures ("between 10 and 20 kb") are no detail the answer must hold
    assert "size lies in the specified range" in bot.ask("can i search my mail by message size with mairix, say only mails between 10 and 20 kb?").answer
    # "when building X from source how do i ...": a clause on when, then the how-to it asks (no "when" question)
    answer = bot.ask("when building wdiff from source how do i set which pager it falls back to when PAGER isnt set?")
    assert "--with-default-pager" in answer.answer


def test_a_short_form_of_an_everyday_word_written_with_a_capital_is_no_name_the_sentence_must_hold(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "vulture.md": "# Vulture\n\nVulture finds dead code.\n\n## Config files\n\nYou can also store command line "
            "arguments in pyproject.toml under the tool.vulture section. See Config files above.\n",
        }
    )
    answer = bot.ask("can i keep my vulture flags in a config file instead of typing them on every run")
    assert not answer.abstained and "tool.vulture" in answer.answer


def test_an_option_listed_without_a_colon_answers_which_flag(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "sumdeep.md": "# sumdeep\n\nsumdeep has a feature called \"audit\" which:\n\n> * Can also use a list of known hashes to "
            "audit a set of FILES\n> * Reports whether each file matched a known hash\n\nOptions for audits:\n\n> -a Audit mode.\n>\n"
            "> -k <file> - The -k option must be used to load the audit file\n>\n> -v - Verbose mode, prints every known file\n",
        }
    )
    answer = bot.ask("in sumdeep audit mode which flag do i use to load the file of known hashes")
    assert answer.answer.startswith("-k <file> - The -k option"), answer.answer


def test_a_links_words_are_no_words_of_the_sentence_pointing_to_it(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "zipapp.rst": "zipapp\n======\n\nReproducibility\n---------------\n\nzipapp can create reproducible artifacts. By using "
            "the ``--reproducible`` option or by setting ``SOURCE_DATE_EPOCH`` during creation, the output is the same "
            "each time.\n\nFor more information, see https://reproducible-builds.org/.\n",
        }
    )
    answer = bot.ask("how do i get zipapp to produce reproducable builds")
    assert answer.answer.startswith("zipapp can create reproducible artifacts"), answer.answer


def test_a_listing_is_given_without_a_yes_or_no(bot_over: BotOver) -> None:
    # autoflake's README: "does autoflake also remove unused function arguments?" best matched by a config
    # listing ("args: [--remove-all-unused-imports, --in-place]"), which says neither yes nor no
    text = ("# tideclean\n\nRemoves unused imports.\n\n```yaml\n-   repo: https://example.org/tideclean\n    hooks:\n"
            "    -   id: tideclean\n        args: [--remove-all-unused-imports, --in-place]\n```\n")
    answer = bot_over({"README.md": text}).ask("does tideclean also remove unused function arguments in place?")
    assert not answer.answer.startswith(("Yes.", "No."))


def test_one_thing_or_only_another_asks_which_not_whether_the_deed_goes_for_both(bot_over: BotOver) -> None:
    # sshuttle's manual: "does it also push my dns lookups thru the tunnel or only tcp" asks which goes through
    # it, answered by the option capturing DNS requests, which says nothing of pushing
    text = (
        "# tidetunnel\n\nWith Tidetunnel, connections go over an SSH session.\n\n## Options\n\n"
        "- `--dns`: Capture local DNS requests and forward to the remote DNS server. Useful when only some DNS lookups"
        " should be resolved on the remote side of the tunnel.\n"
        "- `--latency-control`: Trade throughput for latency.\n"
    )
    bot = bot_over({"README.md": text})
    answer = bot.ask("does tidetunnel also push my dns lookups thru the tunnel or only tcp")
    assert not answer.abstained and "--dns" in answer.answer, answer.answer
    assert bot.ask("does tidetunnel also push my dns lookups thru the tunnel").abstained  # whether it goes for dns too



def test_a_two_letter_tools_file_names_the_tool() -> None:
    # "yq-README": whether yq does something is asked of yq's document ("does yq support csv input?": it never
    # says csv, another document does); "go" and "id" are English words, no tool's name
    from qa.search.retrieve import file_named

    assert file_named("yq-README") == {"yq"} and file_named("jq") == {"jq"}
    assert file_named("go-notes") == frozenset() and file_named("id-guide") == frozenset()


def test_what_a_tool_tells_you_is_what_it_shows_not_what_it_says(bot_over: BotOver) -> None:
    readme = (
        "# hashtag\n\nhashtag identifies the different types of hashes used to encrypt data.\n\nIt is able to identify a single "
        "hash or parse a file. hashtag is also capable of including the corresponding hashcat mode in its output.\n\n## Usage\n\n"
        "```\n$ hashtag [-h] [-m] [-o FILE] INPUT\n```\n\n-m, --mode: show corresponding hashcat mode in output\n"
    )
    bot = bot_over({"hashtag.md": readme})
    for question in ("does hashtag tell you what hashcat mode number to use for the hash", "does hashtag tell u the hashcat mode"):
        answer = bot.ask(question)
        assert not answer.abstained and "hashcat mode" in answer.answer, question


_MAN_PAGE = """QUILLZIP(1)                 General Commands Manual                QUILLZIP(1)

NAME
       quillzip - a small block compressor

OPTIONS
       -z     Compress. This is the default operation mode.

       -B#    Block size [4-7](default : 6)
              -B4= 64KB ; -B5= 256KB ; -B6= 1MB ; -B7= 4MB

       -BI    Produce independent blocks (default)

       -BD    Blocks depend on predecessors (improves compression ratio)

       -N, --now=TIME
              use this time as the current time (default=`now')

       -s, --time-step-size=DURATION
              time-step duration (default=`30s')
"""


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # "(default : 6)" states the block size's default; "Produce independent blocks (default)" is another's
        ("what block size does quillzip use by default", "(default : 6)"),
        # "what time step" asks a setting, not a time; "this time (default=`now')" names no step
        ("what time step does quillzip use if i dont specify anything?", "30s"),
    ],
)
def test_a_default_given_in_brackets_after_the_setting_it_names(bot_over: BotOver, question: str, told: str) -> None:
    answer = bot_over({"quillzip.txt": _MAN_PAGE}).ask(question)
    assert not answer.abstained and told in answer.answer.split("[1]")[0], answer.answer


_RELEASES = {
    "quillzip.md": "# quillzip\n\nquillzip compresses files in blocks.\n\n## Releasing\n\n"
    "Releases are made by tagging a commit; each release is published to PyPI by the CI job.\n",
    "tarnish.md": "# tarnish\n\ntarnish polishes old tarballs.\n\n## License\n\ntarnish is released under the MIT license.\n",
}


def test_a_noun_asked_that_the_named_tools_document_never_uses_is_refused(bot_over: BotOver) -> None:
    bot = bot_over(_RELEASES)
    # quillzip's README never says "license": "Releases are made by tagging" tells none, tarnish's is another's
    assert bot.ask("what license is quillzip released under? need it for our legal review").abstained
    answer = bot.ask("what license is tarnish released under")
    assert not answer.abstained and "MIT" in answer.answer


def test_a_figure_asked_is_taken_from_the_sentence_after_that_says_the_word_the_best_lacks(bot_over: BotOver) -> None:
    # the best sentence says "datetime fields" but no figure; two sentences on, "limit" and its figure
    doc = (
        "# scanf\n\nscanf reads values out of strings with a format pattern.\n\n"
        "Note: attempting to match too many datetime fields in a single scanf() will currently result in a"
        " resource allocation issue. A TooManyFields exception will be raised in this instance. The current"
        " limit is about 15. It is hoped that this limit will be removed one day.\n\n"
        "Fields are separated by braces in the pattern.\n"
    )
    answer = bot_over({"scanf.md": doc}).ask("roughly how many is the limit for datetime fields in scanf?")
    assert not answer.abstained and answer.answer.startswith("15"), answer.answer
