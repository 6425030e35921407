"""Documentation questions worded as users word them: "fall back to" for a default, "show" and "run" for
"display" and "execute", a remark after the question ("can't edit the code calling it")."""

from __future__ import annotations

from collections.abc import Callable

from qa.pipeline import Pipeline

BotOver = Callable[[dict[str, str]], Pipeline]

_INDENTRC = """# indentrc

indentrc reads a `.indentrc` file and applies its settings to every file under the folder it sits in.

## Settings

- `indent_size`: a whole number defining the number of columns used for each indentation level. If this
  equals "tab", the indent_size will be set to the tab size, which should be tab_width if tab_width is
  specified, or the tab size set by the editor if tab_width is not specified.
- `tab_width`: a whole number defining the number of columns used to represent a tab character. This
  defaults to the value of indent_size and should not usually need to be specified.
- `end_of_line`: set to "lf", "cr" or "crlf" to control how line breaks are represented.

## Options

    indentrc [OPTIONS] FOLDER

- `-q, --quiet`: Print nothing but errors.
- `-S, --simulate`: Run indentrc in simulation mode. No changes to the filesystem (writes) will be made,
  and all commands that would be executed are displayed instead.
- `--save-dir=FILE`: When extracting the settings, save the name of the folder which the settings were
  extracted to to the specified file. If the command was not `extract', nothing will be written to it.
- `show_extracted`: If this is set to 1, the command will always show which file was extracted.

## Environment

Set INDENTRC_DISABLED=1 to disable load_indentrc() from applying any settings. Useful when you can't
modify third-party package calls or in production.

Other variables are read from the process environment when the third party plugins are loaded.
"""


def test_falling_back_to_a_value_asks_its_default(bot_over: BotOver) -> None:
    bot = bot_over({"indentrc.md": _INDENTRC})
    answer = bot.ask("quick q about indentrc: if i never set tab_width, what does it fall back to?").answer
    assert "defaults to the value of indent_size" in answer


def test_shown_and_run_are_displayed_and_executed(bot_over: BotOver) -> None:
    bot = bot_over({"indentrc.md": _INDENTRC})
    answer = bot.ask("can indentrc show me the commands it would run without actually extracting or writing anything?").answer
    assert "--simulate" in answer.split("[2]")[0]


def test_a_remark_after_the_question_is_no_question(bot_over: BotOver) -> None:
    bot = bot_over({"indentrc.md": _INDENTRC})
    question = "is there an env var i can set in production to make load_indentrc do nothing? can't edit the third party code calling it"
    assert "INDENTRC_DISABLED=1" in bot.ask(question).answer.split("[2]")[0]


_PINGALL = """PINGALL(8)                  System Manager's Manual                 PINGALL(8)

NAME
       pingall - send ICMP echo probes to network hosts

OPTIONS
       -b, --size=BYTES
            Number of bytes of ping data to send.  The minimum size (normally
            12) allows room for the data that pingall needs to do its work
            (sequence number, timestamp).  The reported received data size
            includes the IP header (normally 20 bytes) and ICMP header (8
            bytes), so the minimum total size is 40 bytes.  Default is 56, as
            in ping.

       -R, --random
            Instead of using all-zeros as the packet data, generate random
            bytes.  Use to defeat, e.g., link data compression.

       Options for controlling metadata (markers) in output files:

       -s, --strip-all
            Strip all markers from the probe log.  Comment and EXIF markers
            are kept otherwise, everything else is discarded.

       -q, --quiet
            Quiet.  Don't show per-probe results, just the final summary.
"""


def test_a_setting_named_in_three_words_asks_the_sentence_stating_its_default(bot_over: BotOver) -> None:
    bot = bot_over({"pingall.txt": _PINGALL})
    assert "Default is 56" in bot.ask("what packet data size does pingall use by default, in bytes?").answer.split("[2]")[0]


def test_a_label_before_a_dash_leaves_the_question_telling_the_askers_deed(bot_over: BotOver) -> None:
    from qa.answer.calibration import asker_does

    question = "privacy thing - how do i get pingall to remove all the exif / metadata junk from my logs before i upload them"
    assert asker_does(question) and not asker_does("privacy thing - pingall removes exif data?")
    answer = bot_over({"pingall.txt": _PINGALL}).ask(question)
    assert not answer.abstained and "--strip-all" in answer.answer


def test_a_time_step_is_no_time_of_day_and_an_unset_setting_leaves_no_word_to_find(bot_over: BotOver) -> None:
    from qa.patterns import ASKS_CLOCK
    from qa.question.frames import defaulted

    assert not ASKS_CLOCK.search("what time step does it use") and ASKS_CLOCK.search("what time did he post it")
    assert defaulted("what does it use if i dont specify anything?") == "what does it use by default?"
    assert defaulted("how many jobs if i dont pass --jobs").endswith("by default if i dont pass --jobs")
    doc = (
        "OTPGEN(1)\n\nDESCRIPTION\n       otpgen generates one-time passwords from a secret key.\n\n"
        "       There are two system parameters for TOTP: the time-step  size  and  the\n       time start.\n\n"
        "       By  default the time-step size is 30 seconds, which means you get a new\n"
        "       OTP  every  30  seconds.    You   may   modify   this   with   the   -s\n"
        "       (--time-step-size) parameter.\n\n"
        "       The previous test uses values from the TOTP specification and will stress test the\n"
        "       tool because the expected window is around 4 million time-steps.\n"
    )
    answer = bot_over({"otpgen.txt": doc}).ask("what time step size does otpgen use if i dont specify anything?")
    assert not answer.abstained and "30 seconds" in answer.answer.split("[2]")[0]


_PWMAKE = """PWMAKE(1)                   General Commands Manual                  PWMAKE(1)

NAME
       pwmake - generate pronounceable passwords

SYNOPSIS
       pwmake [ OPTION ] [ pw_length ] [ num_pw ]

DESCRIPTION
       The pwmake program generates passwords which are designed to be easily
       memorized by humans, while being as secure as possible.

OPTIONS
       -c, --capitalize
              Include at least one capital letter in the password.

       -h, --help
              Print a help message.

       -s, --secure
              Generate completely random, hard-to-memorize passwords.  These
              should only be used for machine passwords.

       -y, --symbols
              Include at least one special symbol in the password.
"""


def test_the_askers_situation_says_what_an_option_asked_for_is_for(bot_over: BotOver) -> None:
    bot = bot_over({"pwmake.txt": _PWMAKE})
    question = "i dont want the pronounceable passwords, i need fully random ones for service accounts. which pwmake option?"
    assert "--secure" in bot.ask(question).answer.split("[2]")[0]


def test_a_setting_named_bare_or_left_unchanged_asks_its_default() -> None:
    from qa.question.frames import defaulted

    assert defaulted("if i dont pass tablefmt to tabulate what format do i get?").endswith("what format do i get by default?")
    assert "with the default debug" in defaulted("what log level does it use if i dont set debug?")
    assert defaulted("how many redirects will axel follow, if i dont change anything?") == "how many redirects will axel follow, by default?"
    assert defaulted("what does it do if i dont set it up right") == "what does it do if i dont set it up right"  # "up": no setting


_KEYRING = """KEYRING(1)                  General Commands Manual                 KEYRING(1)

NAME
       keyring - manage ssh-agent and gpg-agent keys

DESCRIPTION
       When keyring is run, it checks for a running ssh-agent, otherwise it
       starts one.  DH parameter generation may take several minutes.  If you
       want to change this behavior, take a look at the --clear and --timeout
       options, described below.

OPTIONS
       --lockwait seconds
              How long to wait for the lock to become available.  Defaults to
              5 seconds.  Specify a value of zero or more.  If the lock cannot
              be acquired within the specified number of seconds, then this
              keyring process will forcefully take the lock.

       --timeout minutes
              Set a timeout in minutes on your keys.
"""


def test_an_if_clause_before_the_question_tells_the_case_it_asks_of(bot_over: BotOver) -> None:
    bot = bot_over({"keyring.txt": _KEYRING})
    question = "quick q: if keyring can't get the lock, how long does it wait by default before it just takes it anyway?"
    terms = bot.gather(question).query.terms
    assert "lock" in terms and "anyway" not in terms  # the case's words count (half); "anyway" is filler
    answer = bot.ask(question)
    assert not answer.abstained and "Defaults to 5 seconds" in answer.answer


_LISTER = """LISTER(1)                   General Commands Manual                  LISTER(1)

NAME
       lister - a terminal file manager

OPTIONS
       -H     show hidden files

       -i     show current file information in info bar (may be slow)

       -n     start in type-to-nav mode

CONFIGURATION
       A property set in a parent folder's .listerrc holds for every folder under
       it.  To cancel an inherited property, give it the value unset.
"""


def test_a_thing_named_two_ways_with_a_slash_is_told_when_either_is(bot_over: BotOver) -> None:
    bot = bot_over({"lister.txt": _LISTER})
    answer = bot.ask("how do i get lister to show dotfiles / hidden files right from startup?")
    assert not answer.abstained and "-H" in answer.answer.split("[2]")[0]
    assert bot.ask("how do i get lister to show dotfiles / zorblax files right from startup?").abstained


def test_a_clause_after_the_thing_a_how_to_acts_on_is_no_thing_acted_on(bot_over: BotOver) -> None:
    from qa.answer.unheard import unheard_object

    bot = bot_over({"lister.txt": _LISTER})
    gathered = bot.gather("how do i cancel a property thats been set higher up?")
    assert not unheard_object(gathered.kind, gathered.query)  # "property", not "higher", is what is cancelled
    gathered = bot.gather("how do i cancel a subscription")
    assert unheard_object(gathered.kind, gathered.query)


def test_a_rare_deed_done_to_the_asker_is_no_thing_asked_of(bot_over: BotOver) -> None:
    from qa.answer.unheard import unheard_object

    bot = bot_over({"jarvis.md": "# jarvis\n\nWatch jarvis releases on GitHub to be notified when new versions of jarvis are released.\n"})
    # "pinged" is rare and no text's, but it is what would happen to the asker, not a thing jarvis lacks
    gathered = bot.gather("is there some way to get pinged when a new jarvis version is released?")
    assert not unheard_object(gathered.kind, gathered.query)
    gathered = bot.gather("does jarvis support zorblax archives?")
    assert unheard_object(gathered.kind, gathered.query)


_QUERYLIB = """querylib
========

querylib lets you declaratively specify how to extract elements from a JSON document.

Compiling
---------

You can compile an expression once and use it to search many documents::

    >>> expression = querylib.compile('foo.bar')
    >>> expression.search({'foo': {'bar': 'baz'}})
    'baz'

This is useful if you're going to use the same expression to search multiple documents.

Options
-------

You can provide an instance of ``querylib.Options`` to control how an expression is evaluated. The most
common scenario for using an ``Options`` instance is if you want to have ordered output of your dict keys.
To do this you can use either of these options::

    >>> querylib.search('{a: a, b: b}', mydata, querylib.Options(dict_cls=collections.OrderedDict))

Custom functions
----------------

The querylib language has numerous built-in functions, but it is also possible to add your own.
"""


def test_a_how_to_matching_the_trouble_goes_on_to_the_way_announced_after_it(bot_over: BotOver) -> None:
    bot = bot_over({"querylib.rst": _QUERYLIB})
    answer = bot.ask("my querylib multiselect results come back with keys in random order, can i get an ordered dict out?")
    assert "OrderedDict" in answer.answer


_GIFSPIN = (
    "GIFSPIN(1)\n\nNAME\n       gifspin - spin GIF frames into animations\n\nEXAMPLES\n       This animation will move very "
    "quickly: since we didn't specify a delay, a browser will cycle through\n       the frames as fast as it can. Let's slow it "
    "down and pause .5 seconds between frames, using\n       the --delay option.\n\n            gifspin --delay 50 a.gif b.gif "
    "> anim.gif\n\nOPTIONS\n       -d time, --delay time\n              Set the delay between frames to time in hundredths of "
    "a second.\n\n       -l[count], --loopcount[=count]\n              Set the Netscape loop extension to count.\n"
)


def test_the_unit_a_value_is_given_in_is_the_sentence_telling_it(bot_over: BotOver) -> None:
    # "what unit is the frame delay in": "in hundredths of a second", not the example slowing it to .5 seconds
    answer = bot_over({"gifspin.txt": _GIFSPIN}).ask("quick q, what unit is the gifspin frame delay in? i passed -d 5 and its crazy fast")
    assert answer.answer.startswith("Hundredths of a second."), answer.answer


def test_where_a_file_is_supposed_to_live_asks_where_it_is(bot_over: BotOver) -> None:
    # "supposed to live" is how a user says where a file goes: no word a manual writes
    doc = (
        "HASHR(1)\n\nNAME\n       hashr - compute file hashes\n\nOPTIONS\n       --percents\n              Show percents while"
        " computing hashes.\n\nCONFIG FILE\n       HashR looks for a config file at $HOME/.config/hashr/hashrc and"
        " /etc/hashrc.\n\n       The config file consists of lines of the form option = value.\n"
    )
    answer = bot_over({"hashr.txt": doc}).ask("hashr: where is the config file supposed to live? i want percents on by default")
    assert not answer.abstained and "$HOME/.config/hashr/hashrc" in answer.answer.split("[1]")[0], answer.answer


def test_a_limit_asked_is_the_maximum_a_manual_states(bot_over: BotOver) -> None:
    doc = (
        "# tidepool\n\ntidepool downloads torrents.\n\n## Notes\n\nListening ports by default are 6881-6999 for TCP.\n\n"
        "The maximum number of peers is 55. This limit may be exceeded when the download rate is low.\n\n"
        "Selective download stops sending requests once it completes.\n"
    )
    answer = bot_over({"tidepool.md": doc}).ask("is there a limit on how many peers tidepool connects to for one torrent?")
    assert "55" in answer.answer.split("[1]")[0], answer.answer
