"""Documentation questions asking a default without the word ("if i dont pass one") and FAQs whose
answer runs over several sentences."""

from __future__ import annotations

from collections.abc import Callable

from qa.answer.defaults import _setting_said
from qa.answer.quoting import _DEFAULT_LINE
from qa.pipeline import Pipeline
from qa.question.asides import split_aside
from qa.question.kinds import classify

BotOver = Callable[[dict[str, str]], Pipeline]

_README = (
    "# cmpcov\n\ncmpcov reports coverage of the lines a branch changed.\n\n## Configuration\n\n```toml\n[tool.cmpcov]\n"
    'compare_branch = "origin/feature"\nquiet = true\n```\n\nWhen comparing branches, cmpcov uses the three-dot diff range '
    "notation by default.\n\nBy default, cmpcov compares the current branch to origin/main.\n\nTo specify a different compare "
    "branch, pass --compare-branch.\n\n## Options\n\n```\n--max-line-length n   set maximum allowed line length (default: 79)\n"
    "--jobs n              number of parallel jobs (default: 1)\n```\n\nSet max_line_length = 120 in [tool.cmpcov] to widen "
    "the max line length.\n"
)


def test_a_setting_left_unset_asks_its_default(bot_over: BotOver) -> None:
    bot = bot_over({"cmpcov.md": _README})
    answer = bot.ask("which branch does cmpcov compare against when i dont specify one?")
    assert "origin/main" in answer.answer.split("[1]")[0]
    assert "origin/main" in bot.ask("which branch does cmpcov compare to if i dont pass one").answer


def test_whose_default_a_possessive_names_is_no_part_of_the_setting(bot_over: BotOver) -> None:
    bot = bot_over({"cmpcov.md": _README})
    assert "(default: 79)" in bot.ask("whats cmpcov's default max line lenght").answer.split("[1]")[0]


def test_an_if_clause_without_a_comma_before_what_leaves_the_setting_asked() -> None:
    # "if i dont set a port in msmtp what port ...": as "if ..., what port ..." does, "port" is the setting
    asked = classify("if i dont set a port in msmtp what port does it connect to by default")
    assert _setting_said(asked) == ["port"]
    assert _setting_said(classify("if i dont set one, what port does it use by default")) == ["port"]


_FAQ = (
    "ftpd frequently asked questions\n\nQ) Help! I cannot log in as root.\nA) Root logins are refused. Put allow_root=YES "
    "in your /etc/ftpd.conf.\n\nQ) Help! Uploads or other write commands give me \"500 Unknown command.\".\nA) By default, "
    "write commands, including uploads and new directories, are disabled. This is a security measure. To enable writes, put "
    "write_enable=YES in your /etc/ftpd.conf.\n\nQ) Help! SSL data connections are not working.\nA) As of v2.1, ftpd only "
    "accepts data connections that are reused sessions of the control connection. This is a security measure. Not all "
    "clients reuse sessions (e.g. curl). You can disable this requirement by changing require_ssl_reuse to NO.\n\n"
    "Q) Does ftpd support IPv6?\nA) Yes, with listen_ipv6=YES.\n"
)


def test_an_faqs_answer_is_quoted_as_far_as_it_goes(bot_over: BotOver) -> None:
    bot = bot_over({"ftpd-faq.txt": _FAQ})
    answer = bot.ask("uploads to my ftpd server fail with 500 unknown command, what do i need to turn on")
    assert answer.answer.startswith("A) By default, write commands") and "write_enable=YES" in answer.answer
    answer = bot.ask("ssl data connections dont work with curl against ftpd, is there a setting to relax that")
    assert "require_ssl_reuse to NO" in answer.answer
    assert "SSL data connections are not working" not in answer.answer  # the entry's question tells nothing


def test_an_faqs_answer_on_the_line_after_its_question_is_no_question(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "lrz.md": "# lrz\n\nlrz compresses large files.\n\n## FAQ\n\n> Q: How do I make a static build?\n>\n> A: "
            "`./configure --enable-static-bin`\n\n> Q: Can I use more memory?\n>\n> A: Try the options \"-U -L 9\". "
            "This uses all available ram.\n\n## Building\n\nRun ./configure and make to build lrz from source.\n",
        }
    )
    assert "--enable-static-bin" in bot.ask("how do i get a static build of lrz, is there a configure flag for it?").answer


def test_an_faqs_question_told_before_its_answer_mark_is_no_answer(bot_over: BotOver) -> None:
    # no "Q:" before it: the question's sentences end where "Answer:" opens the reply
    bot = bot_over(
        {
            "svc-faq.txt": "svc frequently asked questions\n\nDoes svc work on a read-only filesystem\n\nOn my system /etc/ is "
            "mounted read-only by default, and svc has to continue to work there. How can I make svc work on my "
            "system?\n\nAnswer: Use symbolic links, svc deals with them well. Make a ramdisk available.\n\n"
            "Does svc support user services\n\nI want users to run their own services. Is it possible?\n\nAnswer: Yes, run "
            "a second svc instance as that user.\n",
        }
    )
    answer = bot.ask("our /etc is mounted read-only, will svc still work and how")
    assert "Answer: Use symbolic links" in answer.answer.split("[1]")[0], answer.answer



def test_where_a_thing_is_kept_to_do_something_by_default_asks_of_the_thing() -> None:
    from qa.answer.defaults import default_asked
    from qa.question.kinds import classify
    from qa.question.query import analyse

    # "to live" says what the files do there: the default asked is the fragment files' place
    question = "where does fragtool expect the fragment files to live by default"
    query = analyse(question, None, {"fragtool", "expect", "fragment", "file", "live", "default"})
    assert default_asked(classify(question), query) == "file"
    # a rare word followed by a noun goes on the setting's name; followed by a verb, it names whose setting
    question = "whats the default minimum docstring coverage before interrogate reports a failure"
    query = analyse(question, None, {"default", "minimum", "docstr", "coverag", "interrog", "report", "failur"})
    assert default_asked(classify(question), query) == "coverag"
    question = "whats the default timeout copas uses"
    assert default_asked(classify(question), analyse(question, None, {"default", "timeout", "copa", "use"})) == "timeout"
    # "what's X by default" asks X's default as "what's the default X" does
    question = "whats rhash's output format by default if i dont give any options"
    assert default_asked(classify(question), analyse(question, None, {"rhash", "output", "format", "default", "give", "option"})) == "format"
    # a last word no text writes says the setting casually: "how many days ahead" asks of the days
    question = "how many days ahead does when list stuff by default"
    assert default_asked(classify(question), analyse(question, None, {"day", "list", "stuff", "default", "when"})) == "day"
    # "what text ...": what the setting holds, no setting named
    question = "what text does sshpass wait for by default before it sends the pw"
    assert default_asked(classify(question), analyse(question, None, {"text", "sshpass", "wait", "default", "send"})) is None


def test_a_default_told_after_its_value_in_brackets_answers_the_default(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "squeezer.md": "# squeezer\n\nsqueezer compresses large files in chunks. It can work at various chunk sizes, and it "
            "allocates only as much memory as it needs to. Larger chunk sizes give diminishing returns when compressing small "
            "files with squeezer.\n\nThe flags -1 through -9 set the chunk size to 100 KB through 900 KB (the default) "
            "respectively.\n\n## Running unattended\n\nsqueezer is interactive: it asks questions before it runs and takes "
            "the answers you type.\n\n--batch: Don't ask questions, just use the default values.\n",
        }
    )
    answer = bot.ask("whats the default chunk size squeezer compresses with?")
    assert not answer.abstained and "900 KB (the default)" in answer.answer
    # "non-interactively" is a way the run goes, no thing the sentence must name
    answer = bot.ask("how do i run squeezer non-interactively so it just takes the default answers")
    assert not answer.abstained and "--batch" in answer.answer


def test_a_list_of_commands_is_no_sentence_saying_a_thing_goes_on(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "remote.md": "# remote\n\n## Commands\n\n- **Alarm(key, cancel|pause|continue|reset)**\n\n"
            "This command sets or removes an alarm for the key specified.\n",
        }
    )
    # "continue" as one of the commands listed says nothing goes on
    answer = bot.ask("remote: how do i stop an Alarm?")
    assert not answer.abstained and "cancel" in answer.answer


_RADVD = (
    '.TH TIDED.CONF 5\n.SH OPTIONS\n.TP\n.BR "MinTideInterval " seconds\n\nThe minimum time allowed between sending unsolicited '
    "tide reports from the harbour, in seconds.\n\nDefault: 0.33 * MaxTideInterval\n\n.TP\n"
    '.BR "MaxTideInterval " seconds\n\nThe maximum time allowed between sending unsolicited tide reports from the harbour, '
    "in seconds.\n\nMust be no less than 4 seconds and no greater than 1800 seconds.\n\nMinimum when using mobile buoys: 0.07.\n\n"
    "For values less than 0.2 seconds, 0.02 seconds is added to account for scheduling granularities.\n\nDefault: 600 seconds\n\n"
    ".TP\n.BR \"TideLifetime \" seconds\n\nThe lifetime associated with the harbour as a default gauge, in seconds.\n"
)


def test_a_default_told_at_the_end_of_a_long_item_answers_the_setting_left_unset(bot_over: BotOver) -> None:
    # radvd.conf(5): "MaxRtrAdvInterval seconds: The maximum time ..." then three sentences, then "Default: 600 seconds".
    answer = bot_over({"tided.conf.5": _RADVD}).ask("whats the max time tided waits between unsolicited tide reports if i dont set it")
    assert answer.answer.startswith("600 seconds.") and "Default: 600 seconds" in answer.answer


_RRD = (
    "<html><body><h1>OPTIONS</h1><dl>\n<dt><b>-P</b> <i>command</i></dt><dd><p>The -P option affects the socket addresses of "
    "the following -l options.</p></dd>\n<dt><b>-l</b> <i>address</i></dt><dd><p>Tells the daemon to bind to "
    "address and accept incoming connections.</p><p>If no <b>-l</b> option is specified the default socket address, "
    "<code>unix:/tmp/tidecached.sock</code>, will be used.</p></dd>\n"
    "<dt><b>-f</b> <i>timeout</i></dt><dd><p>Every timeout seconds the cache is searched for "
    "updates which are written to disk.</p></dd>\n"
    "<dt><b>-w</b> <i>timeout</i></dt><dd><p>Data is written to disk every timeout seconds.</p><p>If this option is not "
    "specified the default interval of 300 seconds will be used.</p></dd>\n"
    "<dt><b>-z</b> <i>delay</i></dt><dd><p>If specified, tidecached will delay writing of each file to disk for a random "
    "number of seconds.</p></dd>\n</dl></body></html>"
)


def test_an_option_the_question_names_weighs_as_a_name(bot_over: BotOver) -> None:
    # rrdcached(1): "-w timeout: Data is written to disk every timeout seconds." holds none of "rrdcached",
    # "cached", "updates" and "write" ("written"), which the items of other options hold.
    others = "".join(
        f"<dt><b>-{c}</b> <i>{w}</i></dt><dd><p>Cached updates of {w} files are kept until tidecached writes them to disk.</p></dd>\n"
        for c, w in zip("abcdegh", ["journal", "graph", "archive", "index", "socket", "queue", "tree"], strict=True)
    )
    answer = bot_over({"tidecached.html": _RRD.replace("<dl>", "<dl>" + others)}).ask(
        "how often does tidecached write the cached updates to disk if i leave -w alone?"
    )
    assert "300 seconds" in answer.answer and answer.answer.startswith("-w timeout")


def test_where_a_setting_left_unset_points_is_the_path_not_a_name(bot_over: BotOver) -> None:
    answer = bot_over({"tidecached.html": _RRD}).ask("where does the tidecached socket end up when i dont give any -l option")
    assert "/tmp/tidecached.sock" in answer.answer.split("[2]")[0] and not answer.answer.startswith("-P")  # not "P", a name



def test_the_default_is_line_closing_an_item_gives_its_value() -> None:
    # bindfs(1): "--resolved-symlink-deletion=policy: If --resolve-symlinks is enabled, decides what happens ...
    # The options are: ... The default is symlink-only." (section_default reads the item's later lines)
    assert _DEFAULT_LINE.match("The default is symlink-only.")["value"] == "symlink-only"
    assert _DEFAULT_LINE.match("Default: 600 seconds")["value"] == "600 seconds"
    assert _DEFAULT_LINE.match("The default interval is used when no -w is given.") is None


def test_where_a_file_is_kept_is_the_path_a_sentence_further_down_gives(bot_over: BotOver) -> None:
    # tuptime's manual: "If a complete row is deleted and the database is not recreated ..., rowid keep ..."
    # holds "keep" and "database" but no place; "Default is located in '/var/lib/tuptime/tuptime.db'." does.
    manual = (
        "LAPCLOCK MANUAL\n\nDatabase\n\nIf a complete row is deleted and the database is not recreated completely, the rowid"
        " keeps the real startup number.\n\nIn any case, if the database file is not writable by the current user, the changes"
        " are not saved.\n\nBy default the report is printed as a table. By default dates use the local format.\n\nOptions\n\n"
        "-f FILE, --filedb=FILE: Define an alternative database file. Default is located in '/var/lib/lapclock/lapclock.db'.\n\n"
        "-v, --verbose: Print every startup and shutdown with its dates.\n\n-k, --kernel: Keep the kernel version in the report.\n"
    )
    answer = bot_over({"lapclock-manual.txt": manual}).ask("where does lapclock keep its databse by default")
    assert "/var/lib/lapclock/lapclock.db" in answer.answer.split("[2]")[0]


def test_the_reason_typed_after_a_question_is_no_word_to_find() -> None:
    assert split_aside("where does tio read its config from, wanna save my usb adapter settings so i dont retype them") == (
        "where does tio read its config from",
        "wanna save my usb adapter settings so i dont retype them",
    )
    assert split_aside("where can i put codespell settings so i dont need to pass all the flags")[0] == "where can i put codespell settings"
    assert split_aside("how do i set it so i can see hidden files")[1] == ""  # what a how-to asks is the effect it wants


def test_a_settings_file_is_a_configuration_file(bot_over: BotOver) -> None:
    manual = (
        "TIDETOP\n\ntidetop shows the tides of every harbour you name, one line per harbour.\n\nOptions\n\n-c FILE: Read the"
        " configuration from FILE. Without it, tidetop reads ~/.tidetoprc if it exists.\n\n-n: Do not look up harbour names;"
        " print their codes.\n\n-s SECONDS: Refresh the display every SECONDS seconds. The display file is rewritten each time.\n\n"
        "Files\n\nThe harbour list is kept in /usr/share/tidetop/harbours. A lock file is made in /run/tidetop while it runs.\n"
    )
    answer = bot_over({"tidetop.txt": manual}).ask("where does tidetop look for its settings file")
    assert not answer.abstained and "~/.tidetoprc" in answer.answer


def test_getting_out_of_a_session_is_quitting_it(bot_over: BotOver) -> None:
    readme = (
        "# seriom\n\nseriom is a simple serial terminal.\n\n## Sessions\n\nTo start a session, run seriom /dev/ttyUSB0. A session"
        " survives the board being unplugged. The session log is written to the log file.\n\n## Key commands\n\nVarious in session key commands are supported."
        " When seriom is started, press ctrl-t ? to list the available key commands.\n\n```\nctrl-t ?       List available key"
        " commands\nctrl-t b       Send break\nctrl-t c       Show configuration\nctrl-t l       Clear screen\nctrl-t q       Quit\n"
        "ctrl-t s       Show statistics\n```\n\nIf needed, the prefix key (ctrl-t) can be remapped via configuration file.\n"
    )
    answer = bot_over({"seriom-README.md": readme}).ask("how do i get out of a seriom session?? ctrl-c just gets sent to the board lol")
    assert not answer.abstained and "ctrl-t q       Quit" in answer.answer


def test_an_example_commands_folder_and_an_option_named_defaults_tell_no_default(bot_over: BotOver) -> None:
    # xandikos's README: "./bin/xandikos --defaults -d $HOME/dav" runs an example; where its data goes when -d is
    # left out is not said
    text = (
        "# tidedav\n\nTo run a standalone instance, with a pre-created calendar (storing data in $HOME/dav):\n\n"
        "```\n./bin/tidedav --defaults -d $HOME/dav\n```\n\nA server should now be listening on localhost:8080.\n"
    )
    bot = bot_over({"README.md": text})
    assert bot.ask("where does tidedav keep its data by default if i leave out -d").abstained
    assert "8080" in bot.ask("which port does tidedav listen on").answer


def test_a_setting_named_by_two_words_is_held_by_either(bot_over: BotOver) -> None:
    # dtach's README: "the default key combo to detach" is told by "... the detach character, instead of the
    # default ^\": the key is a character, "combo" the asker's word for it
    text = (
        "# tidetach\n\nUse `-e ^A` to attach with ^A (Ctrl-A) as the detach character, instead of the default ^\\\\.\n\n"
        "Sessions live in /tmp by default.\n"
    )
    bot = bot_over({"README.md": text, "notes.md": "# Notes\n\nThis combo of tools works well.\n"})
    answer = bot.ask("whats the default key combo to detach from a tidetach session")
    assert not answer.abstained and "^\\" in answer.answer, answer.answer


_HASHLET = (
    "# hashlet\n\nhashlet identifies the type of a hash.\n\n## Usage\n\nPass one or more hashes on the command line, or a file "
    "with -f. Use --jobs 4 to check four files in parallel jobs on a quad-core machine.\n\n## Options\n\n```\n"
    "INPUT                 input to analyze (default: STDIN)\n--jobs n              number of parallel jobs (default: 1)\n"
    "-q, --quiet           print nothing but the hash types\n```\n\n"
    "Network checks retry three times and wait ten seconds for a reply by default.\n"
)


def test_a_setting_left_unset_by_an_option_or_before_the_question_asks_its_default(bot_over: BotOver) -> None:
    bot = bot_over({"hashlet.md": _HASHLET})
    assert "(default: STDIN)" in bot.ask("if i dont give hashlet a hash or a file what does it read from").answer
    assert "(default: 1)" in bot.ask("hashlet with no --jobs flag, how many parallel jobs do i get").answer
    assert "(default: 1)" in bot.ask("how many jobs does hashlet run in parallel if i dont pass --jobs").answer
    assert bot.ask("does hashlet retry network checks out of the box?").answer.startswith("Yes.")


def test_out_of_the_box_is_by_default() -> None:
    from qa.question.frames import defaulted

    assert defaulted("does it use the three-dot notation out of the box?") == "does it use the three-dot notation by default?"
    assert defaulted("par2 create with no -r flag, how much data do i get") == "par2 create by default with no -r flag, how much data do i get"
    assert defaulted("if i dont give hashid a hash what does it read").endswith("what does it read by default?")


_MANUAL = (
    "OPTIONS\n       --grayscale\n              Converts image to grayscale when using --html or --colors.\n\n"
    "       --red=...\n\n       --green=...\n\n       --blue=...\n              When  converting from RGB to grayscale, use the given"
    " weights to\n              calculate luminance.  The default  is  red=0.2989,  green=0.5866\n              and blue=0.1145.\n\n"
    "       --size=WIDTHxHEIGHT\n              Set output dimension.\n"
)


def test_an_items_later_sentence_tells_the_default_of_an_option_written_with_a_placeholder(bot_over: BotOver) -> None:
    # "--blue=...": the dots are the value's placeholder, no sentence's end
    bot = bot_over({"imgcat.txt": _MANUAL})
    answer = bot.ask("what weights does imgcat use by default when it converts rgb to grayscale")
    assert not answer.abstained and "red=0.2989" in answer.answer
