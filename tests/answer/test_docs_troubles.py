"""Documentation questions that tell the asker's trouble before asking ("i keep getting cert errors ..., how do i
skip the check"): the trouble's words find the option, in the words documentation uses for them."""

from __future__ import annotations

from collections.abc import Callable

from qa.pipeline import Pipeline
from qa.question.asides import split_aside

BotOver = Callable[[dict[str, str]], Pipeline]

_FETCHJ = (
    "FETCHJ(1)\n\nNAME\n       fetchj - turn JSON into lines you can grep\n\nOPTIONS\n"
    "       -s, --stream\n              treat each line of input as a separate JSON object\n\n"
    "       -k, --insecure\n              disable certificate validation\n\n"
    "       -j, --json\n              represent fetchj data as JSON stream\n\n"
    "       --no-sort\n              don't sort output (faster)\n\n"
    "       -m, --monochrome\n              monochrome (don't colorize output) mode\n\n"
    "EXAMPLES\n       With those keys removed, the object is flat and turns back into JSON with fetchj --ungron.\n"
    "       Get the last commits from the fetchj repo: fetchj https://api.example.com/repos/fetchj/commits\n"
)

_WATCHR = (
    "WATCHR(1)\n\nNAME\n     watchr - run arbitrary commands when files change\n\nOPTIONS\n"
    "     -r      Reload a persistent child process.  As with the standard mode of\n"
    "             operation, a utility which terminates is not executed again until\n"
    "             a file system event is processed.  SIGTERM is used to terminate\n"
    "             the utility before it is restarted.  watchr waits for the utility\n"
    "             to exit to ensure that resources such as sockets have been closed.\n\n"
    "     -z      Exit after the utility completes.  When combined with -r the utility\n"
    "             will be restarted again only in response to file system events.\n\n"
    "     If the -r option is set this will terminate and restart the child process\n"
    "     as if a file change event had occurred.\n\n"
    "EXAMPLES\n     Auto-reload a web server, or terminate if the server exits\n\n           $ ls * | watchr -rz ./httpd\n"
)


def test_a_word_of_the_trouble_told_is_read_in_full(bot_over: BotOver) -> None:
    bot = bot_over({"fetchj.txt": _FETCHJ})
    question = "i keep getting cert errors when fetchj hits our internal https api w/ a self signed cert, how do i skip the check"
    assert "--insecure" in bot.ask(question).answer  # "cert": the certificate; "check": its validation


def test_the_means_asked_for_that_trouble_is_the_option_the_trouble_describes(bot_over: BotOver) -> None:
    bot = bot_over({"fetchj.txt": _FETCHJ})
    answer = bot.ask("hey my file has one json object per line, fetchj chokes on it. is there a mode for that?")
    assert answer.answer.startswith("-s, --stream")  # not the example naming fetchj and "object"


def test_where_a_tool_looks_is_where_the_text_says_it_checks(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "spellz.rst": "spellz\n======\n\nFix common misspellings in text files.\n\nUsing a config file\n-------------------\n\n"
            "Command line options can also be specified in a config file.\n\nWhen running ``spellz``, it will check in the "
            "current directory for an INI file named ``setup.cfg`` or ``.spellzrc``, containing an entry named ``[spellz]``.\n\n"
            "It does not check for word membership in a complete dictionary, but instead looks for a set of common misspellings.\n\n"
            "Any options specified in the command line will override options from the config files.\n",
        }
    )
    answer = bot.ask("where does spellz look for a config file? i'd rather not pass all the flags on the cli")
    assert ".spellzrc" in answer.answer


def test_what_the_asker_does_not_want_counts_half_before_the_question_too(bot_over: BotOver) -> None:
    asked = "i want entr to restart my dev server when a file changes instead of waiting for it to exit, which flag"
    assert split_aside(asked) == ("i want entr to restart my dev server when a file changes, which flag", "instead of waiting for it to exit")
    bot = bot_over({"watchr.txt": _WATCHR})
    question = "i want watchr to restart my server when a file changes instead of waiting for it to exit, which flag"
    answer = bot.ask(question)
    assert answer.answer.startswith("If the -r option is set")  # not the sentence of waiting for it to exit
    assert not any("waits for the utility" in c.text for c in answer.citations)


def test_what_the_asker_wants_a_tool_to_do_is_asked_in_the_words_the_text_uses(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "deadwood.md": "# deadwood\n\ndeadwood finds unused code in Python programs.\n\n"
            "| Code type | Confidence value |\n|---|---|\n| function argument, unreachable code | 100% |\n| import | 90% |\n\n"
            "You can use the `--min-confidence` flag to set the minimum confidence for code to be reported as unused. "
            "Use `--min-confidence 100` to only report code that is guaranteed to be unused within the analyzed files.\n\n"
            "    dead_code.py:1: unused import 'os' (90% confidence)\n    dead_code.py:8: unused variable 'message' (60% confidence)\n",
        }
    )
    answer = bot.ask("i only want deadwood to show stuff its completely sure is dead, not the maybe-unused junk")
    assert not answer.abstained and "--min-confidence" in answer.answer  # "sure": confidence; "i want it to": the asker's deed


def test_a_question_word_ending_the_message_asks_of_what_comes_before_it() -> None:
    asked = "i dont want a server running, i just want grip to write out one standalone html file. how?"
    assert split_aside(asked) == (asked, "")  # not a remark after "i dont want a server running"
    assert split_aside("why did it drop twitter, i think it was money")[1] == "i think it was money"


def test_conf_is_a_clipped_configuration(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "plannr.txt": "PLANNR(1)\n\nNAME\n       plannr - organizer for the console\n\nFILES\n"
            "       The files are of two different kinds: data and configuration.\n\n"
            "       defaults:\n            <datadir>: $XDG_DATA_HOME/plannr ($HOME/.local/share/plannr)\n"
            "            <confdir>: $XDG_CONFIG_HOME/plannr ($HOME/.config/plannr)\n\n"
            "       All data are saved to disk as text files. It helps keeping track of events and everyday tasks.\n",
        }
    )
    answer = bot.ask("where does plannr keep its conf file by default? i want to back it up")
    assert not answer.abstained and "$HOME/.config/plannr" in answer.answer


def test_a_means_the_asker_believes_in_after_the_trouble_is_the_question() -> None:
    from qa.question.scenes import split_ask

    asked = "hstr looks all black and white for me, i think theres a way to get more colors? how"
    assert split_aside(asked) == (asked, "")  # no guess of the asker's: what they ask for
    assert split_ask(asked) == ("hstr looks all black and white for me", "i think theres a way to get more colors")
    assert split_ask("hstr looks all black and white for me, is there a way to get more colors?")[0] == "hstr looks all black and white for me"
    # ... not when the means asked for points back at the trouble: its words are what is asked of
    asked = "all our env vars start with MYAPP_ , is there a way in environs to not repeat that prefix evrywhere"
    assert split_ask(asked) == ("", asked)


def test_what_a_tool_does_is_its_slogan_and_the_paragraph_saying_what_it_is(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "framer.md": "# framer\n\n**Command line ASCII frames unlimited!**\n\n[Framer](https://example.org/) is a command line "
            "filter program which draws ASCII art frames around your input text.\n\n## Installation\n\nRun `make` and copy the binary.\n",
        }
    )
    answer = bot.ask("hey so what does framer actually do? someone mentioned it in a code review lol")
    assert "draws ASCII art frames around your input text" in answer.answer


def test_what_it_does_after_the_scene_naming_a_tool_is_what_its_document_opens_with(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "flatj.txt": "FLATJ(1)                    User Commands                    FLATJ(1)\n\nNAME\n"
            "       flatj - transform JSON into discrete, greppable assignments\n\nSYNOPSIS\n       flatj [OPTIONS] [FILE|URL]\n\n"
            "DESCRIPTION\n       flatj  transforms  JSON  into  discrete assignments to make it easier to\n"
            "       grep for what you want.\n\nOPTIONS\n       -u, --ungron\n              reverse the operation\n\n"
            "       It's recommended that you alias ungron or norg to flatj.\n",
            "diskping.txt": "DISKPING(1)\n\nNAME\n       diskping - simple disk I/O latency monitoring tool\n\nOPTIONS\n"
            "       -c count\n              stop after count requests\n",
        }
    )
    answer = bot.ask("someone recommended flatj to me, what does it actually do?")
    assert "transform JSON into discrete, greppable assignments" in answer.answer  # not "It's recommended that ..."
    answer = bot.ask("hey so a coworker told me to run diskping on our nfs box, what does that tool actually do?")
    assert "disk I/O latency monitoring" in answer.answer


def test_a_man_pages_header_line_is_no_opening_sentence(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "winctl.txt": "WINCTL(1)              General Commands Manual              WINCTL(1)\n\nNAME\n"
            "       winctl - interact with a EWMH/NetWM compatible X Window Manager.\n\nSYNOPSIS\n       winctl [OPTION]...\n",
        }
    )
    answer = bot.ask("what is winctl actually for?")
    assert "EWMH/NetWM compatible" in answer.answer and "General Commands Manual WINCTL(1) [1]" not in answer.answer


_BACKOFF = (
    "# backoffer\n\nRetry a function when it raises.\n\n## API\n\n"
    "`retry(exceptions=Exception, tries=-1, delay=0, max_delay=None, backoff=1, jitter=0)`\n\n"
    "- `tries`: the maximum number of attempts. default: -1 (infinite).\n"
    "- `max_delay`: the maximum value of delay. default: None (no limit).\n"
    "- `backoff`: multiplier applied to delay between attempts. default: 1 (no backoff).\n\n"
    "## Typing\n\n"
    "The `type` command types the given text. Each keystroke is separated by a delay given by the `--delay` option"
    " (default: 12ms).\n"
)


def test_a_trouble_in_other_words_finds_the_option(bot_over: BotOver) -> None:
    # "ceiling" is a maximum: a word people use for it
    answer = bot_over({"backoffer.md": _BACKOFF}).ask("my backoffer waits keep growing way too long, how do i put a ceiling on the sleep time between attempts?")
    assert not answer.abstained and "max_delay" in answer.answer


_DEPSORT = (
    "# depsort\n\nImplements a topological sort of a directed graph: each node comes after the nodes it depends on.\n\n"
    "## Usage\n\nThe input is a dict mapping each node of the graph to the set of nodes it depends on. The graph may\n"
    "have nodes with no dependencies; they come first.\n\n"
    "`depsort(data)` returns the nodes of the graph as a list of sets: the nodes of each set depend only on\n"
    "nodes of the sets before it.\n\n`depsort_flatten(data)` returns one list of all the nodes, in order.\n\n"
    "A circular dependency will raise a CircularDependencyError, which is derived from ValueError. Its\n"
    "`data` attribute holds the nodes left in the graph.\n\n## Installing\n\nInstall it with pip: `pip install depsort`.\n"
)


def test_what_a_library_throws_is_what_its_text_says_it_raises(bot_over: BotOver) -> None:
    # "throws" is "raise", a "cycle" a circular dependency: words programmers use for one another
    bot = bot_over({"depsort.md": _DEPSORT, "backoffer.md": _BACKOFF})
    answer = bot.ask("if my graph has a cycle depsort throws, what builtin exception can i catch for that?")
    assert not answer.abstained and "ValueError" in answer.answer
