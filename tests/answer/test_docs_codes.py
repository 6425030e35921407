"""A program's exit codes, listed in a manual page's columns ("5      Invalid/incorrect password"): each code is a
list item defining it, under the sentence announcing the list, and a question naming one is answered by it."""

from __future__ import annotations

from collections.abc import Callable

from qa.answer.places import _PATH
from qa.ingest.formats.text import parse_text
from qa.ingest.structure import HEADING, ITEM
from qa.pipeline import Pipeline
from qa.question.frames import unframed

BotOver = Callable[[dict[str, str]], Pipeline]

_MAN = """SSHPASS(1)                  General Commands Manual                 SSHPASS(1)

NAME
       sshpass - noninteractive ssh password provider

DESCRIPTION
       sshpass  is a utility designed for running ssh using the mode referred to
       as "keyboard-interactive" password authentication, but in non-interactive
       mode.

RETURN VALUES
       As  with  any other program, sshpass returns 0 on success.  In case of
       failure, the following return codes are used:

       1      Invalid command line argument

       2      Conflicting arguments given

       3      General runtime error

       4      Unrecognized response from ssh (parse error)

       5      Invalid/incorrect password

       6      Host public key is unknown. sshpass exits without confirming the
              new key.
"""


def test_a_code_in_columns_is_a_list_item_not_a_heading() -> None:
    blocks = parse_text(_MAN).blocks
    items = [b.text for b in blocks if b.kind == ITEM]
    assert "5: Invalid/incorrect password" in items and any(t.startswith("4: Unrecognized response") for t in items)
    assert not any(b.text.startswith("4") for b in blocks if b.kind == HEADING)


def test_a_code_named_by_its_number_is_answered_by_its_item(bot_over: BotOver) -> None:
    bot = bot_over({"sshpass.txt": _MAN})
    for question in ("my script using sshpass exits with status 5, what does that one mean?", "what does exit status 5 mean in sshpass"):
        answer = bot.ask(question)
        assert not answer.abstained and answer.answer.startswith("5: Invalid/incorrect password"), answer.answer


_BMON = """BMON(1)                       General Commands Manual                      BMON(1)

NAME
       bmon - bandwidth monitor and rate estimator

DESCRIPTION
       bmon  is  a  monitoring  and  debugging  tool  to capture networking
       related statistics and prepare them visually in a human friendly way.

OPTIONS
       -r, --read-interval=FLOAT
              Set  interval in seconds in which input modules read statistics
              from their source.

FILES
       /etc/bmon.conf
       $HOME/.bmonrc

SEE ALSO
       ip(8), netstat(8)
"""

_TSP = """TSP(1)                        General Commands Manual                       TSP(1)

NAME
       tsp - task spooler, a simple unix batch system

DESCRIPTION
       tsp will run by default a per user unix task queue. The user can add
       commands to the queue and watch that queue at any moment.

FILES
       /tmp/ts.error
              if tsp finds any internal problem, you should find an error
              report there.
"""


def test_where_a_config_file_is_read_from_is_the_files_section(bot_over: BotOver) -> None:
    bot = bot_over({"bmon.txt": _BMON, "tsp.txt": _TSP})
    answer = bot.ask("where does bmon read its config from? i want to set defaults system wide")
    assert not answer.abstained and "/etc/bmon.conf" in answer.answer.split("[1]")[0], answer.answer
    # the FILES section names no configuration file of tsp's: its error file is no answer
    assert bot.ask("where's the config file for tsp? like a ~/.tsprc or something to set defaults").abstained


def test_an_escape_written_in_a_sentence_is_no_path() -> None:
    # "(\\0)" is no file's path: a sentence about a NUL separator tells no config file's place
    assert not _PATH.search("Use the ASCII NUL character (\\0) as line separator.")
    assert _PATH.search("It reads ~/.watcherrc first.") and _PATH.search(r"It reads C:\\Users\\me\\watcher.ini first.")


def test_backing_files_up_is_no_proving() -> None:
    assert "prove" not in unframed("where does nnn save its session files? want to back them up")
    assert "prove" in unframed("did musk back that up")


_FPING = """FPING(8)                          fping                          FPING(8)

NAME
       fping - send ICMP ECHO_REQUEST packets to network hosts

OPTIONS
       -t, --timeout=MSEC
           Initial target timeout in milliseconds. In the default, non-loop
           mode, the default timeout is 500ms, and it represents the amount of
           time that fping waits for a response to its first request.

       -r, --retry=N
           Retry limit (default 3). This is the number of times an attempt at
           pinging a target will be made, not including the first try.
"""


def test_a_figure_written_on_to_its_unit_is_a_length_of_time(bot_over: BotOver) -> None:
    bot = bot_over({"fping.txt": _FPING})
    answer = bot.ask("in normal (non loop) mode how long does fping wait for the first reply before it considers it timed out? default i mean")
    assert not answer.abstained and "500ms" in answer.answer, answer.answer
