"""Documentation answers that name what to type: an option told in prose, an environment variable set with
"=", the other case a sentence's "Otherwise" tells, the document of the tool a question names, and the
words documentation uses for a chat question's ("throttle" for "limit", "quit" for "exit")."""

from __future__ import annotations

from collections.abc import Callable

from qa.pipeline import Pipeline

BotOver = Callable[[dict[str, str]], Pipeline]

_UPGRADER = (
    "# upgrader\n\nA tool to upgrade syntax for newer versions of the language.\n\n## f-strings\n\n```diff\n"
    "-'{foo} {bar}'.format(foo=foo, bar=bar)\n+f'{foo} {bar}'\n-'{} {}'.format(foo, bar)\n+f'{foo} {bar}'\n```\n\n"
    "note: upgrader is intentionally timid and will not create an f-string if it would make the expression longer.\n\n"
    "Availability:\n\n- --py36-plus is passed on the commandline.\n\n## printf-style strings\n\n```diff\n"
    "-'%s %s' % (a, b)\n+'{} {}'.format(a, b)\n```\n\nUnless --keep-percent-format is passed.\n"
)

_PIPEVIEW = (
    ".TH PIPEVIEW 1\n.SH NAME\npipeview \\- monitor the progress of data through a pipe\n.SH DESCRIPTION\n"
    "pipeview shows the progress of data through a pipeline.\n.SH OPTIONS\n.TP\n.B \\-L RATE, \\-\\-rate\\-limit RATE\n"
    "Limit the transfer to a maximum of RATE bytes per second.\n.TP\n.B \\-q, \\-\\-quiet\nNo output.\n.TP\n"
    ".B \\-1, \\-\\-once\nSet the clock once and exit, without running as a daemon.\n"
)


def test_a_chat_word_finds_the_word_documentation_uses(bot_over: BotOver) -> None:
    bot = bot_over({"pipeview.1": _PIPEVIEW})
    assert "--rate-limit" in bot.ask("how do i throttle a pipe to a max speed with pipeview").answer
    assert "--once" in bot.ask("can pipeview just set the clock one time and quit?").answer
    bot = bot_over(
        {
            "supervise.1": ".TH SUPERVISE 1\n.SH OPTIONS\n.TP\n.B \\-r, \\-\\-respawn\nRespawn the client when it terminates.\n.TP\n"
            ".B \\-L, \\-\\-delay=#\nDelay between respawn attempt bursts (seconds).\n.TP\n.B \\-n, \\-\\-name=name\nGuarantee "
            "a single named instance.\n",
        }
    )
    assert "--respawn" in bot.ask("how do i get supervise to restart my program automatically").answer


def test_a_sentence_of_another_tools_document_answers_no_question_naming_this_one(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "knocker.1": ".TH KNOCKER 1\n.SH OPTIONS\n.TP\n.B Cmd_Timeout = <timeout>\nTime to wait (in seconds) between "
            "Start_Command and Stop_Command.\n",
            "dar-tutorial.md": "# Tutorial\n\ndar writes a backup as slices.\n\nWe need to pause between slices to change the "
            "usb key when it is full: --pause or -p\n\nAs we don't want to stick in front of the screen, we ask dar to ring "
            "the bell: --beep\n",
        }
    )
    answer = bot.ask("i back up to several usb sticks with dar. how do i make it stop and wait between slices?")
    assert answer.answer.startswith("We need to pause between slices")
    assert {c.doc_id for c in answer.citations} == {"dar-tutorial"}  # not knocker's "Time to wait ... Stop_Command"


def test_a_variable_set_with_an_equals_sign_is_an_environment_variable(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "envload.md": "# envload\n\nenvload reads key-value pairs from a .env file and can set them as environment "
            "variables.\n\n```python\nfrom envload import load_env\n\nload_env()  # reads variables from a .env file and sets "
            "them\n```\n\n## Disabling\n\nSet ENVLOAD_DISABLED=1 to disable load_env() from loading .env files or streams.\n",
        }
    )
    answer = bot.ask("is there some env var i can set to stop load_env from reading .env files?")
    assert "ENVLOAD_DISABLED=1" in answer.answer


def test_the_other_case_an_otherwise_tells_follows_the_case_it_is_the_other_of(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "lynxish.html": "<html><head><title>URL schemes</title></head><body><h1>URL schemes</h1><h2>ftp</h2><p>The default "
            "port is :21 and the default username is anonymous. For anonymous ftp, the browser uses your personal mail address "
            "as the password if it has been defined via the options menu. Otherwise, the browser uses the dummy password "
            "WWWUser.</p><p>If a username is included, the browser will prompt you for the password.</p></body></html>",
        }
    )
    answer = bot.ask("what password does it send for anonymous ftp if i never set my mail address?")
    assert "WWWUser" in answer.answer


def test_which_flag_is_answered_by_a_sentence_of_the_option(bot_over: BotOver) -> None:
    bot = bot_over({"upgrader.md": _UPGRADER})
    answer = bot.ask("which flag do i pass so upgrader actualy converts .format() calls into f-strings?")
    assert "--py36-plus" in answer.answer.split("[2]")[0]  # not after the diff it is needed for


_ZIPAPP = (
    "Environment variables\n=====================\n\nzapp reads these when the archive runs.\n\nZAPP_ROOT\n^^^^^^^^^\n\n"
    "This should be populated with a full path, it overrides ~/.zapp as the default base dir for zapp's extraction cache.\n\n"
    "ZAPP_FORCE_EXTRACT\n^^^^^^^^^^^^^^^^^^\n\nThis forces re-extraction of dependencies even if they've already been "
    "extracted.\n\nZAPP_ENTRY_POINT\n^^^^^^^^^^^^^^^^\n\nThis overrides the entry point given at build time.\n"
)


def test_a_setting_or_option_a_heading_names_leads_the_answer_to_can_i(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "zapp.rst": _ZIPAPP,
            "cryptmount.1": ".TH CRYPTMOUNT 1\n.SH OPTIONS\n.SS -i duration, -idle duration\n.PP\nOnly for forward mode: "
            "automatically unmount the filesystem if it has been idle for the specified duration.\n.SS -ro\n.PP\nMount the "
            "filesystem read-only.\n",
        }
    )
    answer = bot.ask("zapp unpacks stuff into my home folder, can i point the extraction cache somewhere else")
    assert answer.answer.startswith("ZAPP_ROOT: This should be populated")
    answer = bot.ask("can cryptmount unmount itself automaticaly after it's been idle for a while")
    assert "-i duration, -idle duration: Only for forward mode" in answer.answer


def test_a_how_to_acting_on_ones_named_before_asks_of_no_unheard_thing(bot_over: BotOver) -> None:
    bot = bot_over({"zapp.rst": _ZIPAPP})
    answer = bot.ask("i hotfixed something in the extracted deps of an archive, how do i make it re-extract fresh ones")
    assert answer.answer.startswith("ZAPP_FORCE_EXTRACT: This forces re-extraction")


def test_a_word_an_identifier_joins_is_a_word_of_the_corpus_not_a_slip(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "entropyd.txt": "entropyd, an entropy source\n\nThe --write option will set write_wakeup_threshold to the given "
            "value. Makeup of the pool is checked at start. A minimum of 1024 is recommended.\n",
        }
    )
    result = bot.explain("what's a sensible minimum for the write wakeup threshold", None)
    assert "wakeup" in result.query.text and "makeup" not in result.query.text


_DOMAINSPLIT = (
    "# domainsplit\n\nSplit a URL into its subdomain, domain and suffix.\n\n## Options\n\nYou can set default options in a "
    'config file or with an environment variable:\n\n```\nexport DOMAINSPLIT_DEFAULT_OPTIONS="--timeout 1.2"\n```\n\n'
    "Or set the default for new extractors in code.\n"
)


def test_a_question_naming_one_tool_is_not_answered_from_another_tools_document(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "pbzip3.txt": "Parallel BZIP3 (PBZIP3)\n\nPBZIP3 is a parallel implementation of the bzip3 block-sorting file "
            "compressor that uses threads.\n\nThe only switch you will likely need to use is -d to decompress files and -p "
            "to set the number of processors.\n",
            "domainsplit.md": _DOMAINSPLIT,
        }
    )
    assert bot.ask("is there an env variable or config file where i can set default options for pbzip3?").abstained
    bot = bot_over(
        {
            "md2man.txt": "md2man\n\nmd2man converts Markdown files to roff manual pages.\n\nThe only switch you will likely "
            "need to use is -o to name the output file and -s to set the manual section.\n",
            "domainsplit.md": _DOMAINSPLIT,
        }
    )  # a name with a figure inside names its thing too
    assert bot.ask("is there an env variable or config file where i can set default options for md2man?").abstained
    assert "DOMAINSPLIT_DEFAULT_OPTIONS" in bot.ask("is there an env variable where i can set default options for domainsplit?").answer


def test_whether_a_tool_does_a_rare_thing_its_own_document_never_names_is_refused(bot_over: BotOver) -> None:
    usage = "".join(
        f"       {c:<5} (or {alias:<9}) - {what}\n"
        for c, alias, what in [("ed", "edit", "Edit/Update XML document(s)"), ("sel", "select", "Select data or query XML document(s)"),
                               ("tr", "transform", "Transform XML document(s) using XSLT"), ("val", "validate", "Validate XML document(s)")]
    )  # fmt: skip
    bot = bot_over(
        {
            "xmlkit.txt": "XMLKit\n\nXMLKit is a set of command line utilities which can be used to transform, query, "
            "validate, and edit XML documents and files using a simple set of shell commands.\n\nUsage:\n\n    bash$ xmlkit\n"
            "    Usage: xmlkit [<options>] <command> [<cmd-options>]\n    where <command> is one of:\n" + usage.replace("       ", "    ")
            + "\nXMLKit can convert a document to other formats with XSLT stylesheets.\n",
            "jsonfmt.md": "# jsonfmt\n\njsonfmt pretty-prints json files and converts yaml files to json.\n",
        }
    )
    assert bot.ask("can xmlkit convert an xml document to json?").abstained  # only jsonfmt's README says json
    assert not bot.ask("can xmlkit transform an xml document with xslt?").abstained


def test_a_manual_page_names_its_tool_even_by_a_common_word(bot_over: BotOver) -> None:
    # "guardian" is an English word, yet GUARDIAN(1) is the tool the question names: not logsink's sentence
    bot = bot_over(
        {
            "guardian.1": ".TH GUARDIAN 1\n.SH NAME\nguardian \\- turn other processes into daemons\n.SH DESCRIPTION\n"
            "If you try to restart a named guardian client, and it stops instead, then it probably wasn't started with "
            "the \\-\\-respawn option.\n.SH OPTIONS\n.TP\n.B \\-r, \\-\\-respawn\nRespawn the client when it terminates.\n",
            "logsink.html": "<html><head><title>The logsink program</title></head><body><h1>The logsink program</h1>"
            "<p>Processors should not background themselves: logsink considers the processing done when its processor "
            "direct child dies.</p><p>logsink reads and compresses logs.</p></body></html>",
        }
    )
    assert "--respawn" in bot.ask("how do i get guardian to restart my program automatically when it dies").answer.split("[1]")[0]


def test_a_how_to_told_by_the_word_an_option_is_named_after_quotes_that_option(bot_over: BotOver) -> None:
    # "Every directory name is matched against the ignore patterns" tells how; "-i, --ignore" is what to type
    bot = bot_over(
        {
            "complexr.rst": "complexr\n========\n\nThe command line\n++++++++++++++++\n\nTo control which files are analyzed, "
            "you use the options ``-e, --exclude`` and\n``-i, --ignore``. Both accept a comma-separated list of glob patterns. "
            "Every filename is matched\nagainst the *exclude* patterns. Every directory name is matched against the\n*ignore* "
            "patterns.  If any of the patterns matches, complexr won't even descend\ninto them.\n",
            "pipeview.1": _PIPEVIEW,
            "domainsplit.md": _DOMAINSPLIT,
        }
    )
    assert "--ignore" in bot.ask("how do i make complexr skip certain directories entirely").answer


def test_which_option_answered_by_sentences_naming_none_is_refused(bot_over: BotOver) -> None:
    # no option of dupefind deletes anything: "use DUPEFIND" names no option to type
    bot = bot_over(
        {
            "dupefind.txt": "dupefind - Duplicate file finder\n\nIf you wish to find duplicate files on Windows, use DUPEFIND.\n\n"
            "The report lists each cluster of duplicate files once, with the size of its files.\n",
            "pipeview.1": _PIPEVIEW,
        }
    )
    assert bot.ask("which dupefind option deletes the duplicate files it finds automatically?").abstained
    assert "--quiet" in bot.ask("which pipeview option gives no output?").answer


def test_a_rare_word_of_the_askers_own_thing_is_no_thing_the_document_must_name(bot_over: BotOver) -> None:
    # "my dev server" is the asker's: the manual need not say "dev" to tell how to restart it
    bot = bot_over(
        {
            "rerun.1": ".TH RERUN 1\n.SH NAME\nrerun \\- run arbitrary commands when files change\n.SH DESCRIPTION\nrerun "
            "listens for keyboard input and responds to the following commands.\n.SH OPTIONS\n.TP\n.B \\-r\nReload a "
            "persistent child process.\nIf the \\-r option is set this will terminate and restart the child process as if a "
            "file change event occurred.\n",
            "pipeview.1": _PIPEVIEW,
        }
    )
    answer = bot.ask("how do i get rerun to kill and restart my dev server whenever a file changes")
    assert not answer.abstained and "-r" in answer.answer


def test_an_environment_variables_own_line_answers_which_variable(bot_over: BotOver) -> None:
    # "If $XDG_CONFIG_HOME is set, ..." names a variable; "PEEK_USER: Path of the user configuration file" is the one to set
    bot = bot_over(
        {
            "peek.1": ".TH PEEK 1\n.SH FILES\n.TP\n.B $XDG_CONFIG_HOME/peek/config\nIf $XDG_CONFIG_HOME is set, read user "
            "configuration from $XDG_CONFIG_HOME/peek/config.\n.SH ENVIRONMENT VARIABLES\n.TP\n.B PEEK_USER\nPath of the user "
            "configuration file (defaults to ~/.peekrc or $XDG_CONFIG_HOME/peek/config).\n.TP\n.B PEEK_EDITOR\nThe editor "
            "command to use when visiting files.\n",
            "pipeview.1": _PIPEVIEW,
        }
    )
    answer = bot.ask("how do i tell peek to use a diffrent user config file via an environment variable")
    assert answer.answer.startswith("PEEK_USER")



def test_a_version_told_by_the_sentence_before_the_best_one_answers_which_version(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "watcher.1": ".TH WATCHER 1\n.SH NAME\nwatcher \\- wait for changes to files\n.SH DESCRIPTION\nwatcher waits for "
            "changes to files and prints them.\n.SH OPTIONS\n.TP\n.B \\-F, \\-\\-fanotify\nWatch using fanotify (default). "
            "fanotify support for reporting events was added in kernel v5.9. With older kernels the command will fail.\n"
            ".TP\n.B \\-q, \\-\\-quiet\nPrint less.\n"
        }
    )
    # "With older kernels the command will fail." names no version; the sentence before it does
    answer = bot.ask("watcher fails on my older kernel, what kernel version does the fanotify mode need?")
    assert not answer.abstained and "v5.9" in answer.answer


_THROTTLE = (
    "throttle README\n\nthrottle keeps a process from using more than a given share of the CPU.\n\n"
    "Running in the background\n\nIf we want to run throttle in the background we can use\n\n"
    "    throttle -p 12345 -l 25 -b\n\nthe -b flag tells throttle to run in the background, returning control to the\n"
    "shell.\n\nThrottle can also be told to watch a process by its name with the -e flag.\n"
)


def test_a_verb_paired_with_one_the_text_uses_is_no_unheard_deed(bot_over: BotOver) -> None:
    # cpulimit's README: "detach", which it never says, is said again as "run in the background", which it does
    bot = bot_over({"throttle.txt": _THROTTLE})
    answer = bot.ask("how do i make throttle detach and run in the backgrond after i start it")
    assert not answer.abstained and "-b" in answer.answer
    assert bot.ask("how do i make throttle encrypt its log").abstained  # a deed it never tells of, alone


def test_a_flag_asked_for_a_deed_no_cited_sentence_tells_is_refused(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "partool-README.txt": "partool creates recovery files for damaged downloads.\n\nOptions:\n\n  -r<n>  : Level of redundancy (%)\n"
            "  -n<n>  : Number of recovery files (max 31)\n  -u     : Uniform recovery file sizes\n\nThe \"-u\" and \"-n\" options can be "
            "used to control exactly how many recovery files are created and how the recovery blocks are distributed among them.\n",
            "pdfseek-README.txt": "pdfseek searches text in PDF files.\n\nOptions:\n\n  --password=PASS : Use PASS to decrypt an encrypted "
            "PDF file.\n  -i             : Ignore case.\n",
        }
    )
    assert bot.ask("does partool have an option to encrypt the recovery files with a password?").abstained
    assert "-n<n>" in bot.ask("is there a partool option to set the number of recovery files?").answer  # a setting's verb
    assert "-u" in bot.ask("is there a partool flag to make the recovery files the same size").answer  # a light verb


def test_an_intensifier_is_no_word_to_find(bot_over: BotOver) -> None:
    bot = bot_over(
        {
            "parcheck-README.txt": "parcheck repairs damaged downloads.\n\nIt is possible to repair damaged files (using exactly the amount of "
            "recovery data that corresponds to the amount of damage), rather than requiring the complete reconstruction of the damaged "
            "file.\n\nOptions:\n\n  -q [-q]  : Be more quiet (-qq gives silence)\n  -v [-v]  : Be more verbose\n  -p       : Purge backup "
            "files on successful recovery\n"
        }
    )
    answer = bot.ask("running parcheck from cron and it spams output, how do i shut it up completely")
    assert answer.answer.startswith("-q [-q]"), answer.answer  # not "the complete reconstruction of the damaged file"


def test_a_short_form_of_an_english_word_is_no_rare_word_the_document_must_hold(bot_over: BotOver) -> None:
    readme = (
        "# bumpit\n\nbumpit bumps version numbers in your files.\n\nAll options can optionally be specified in a config file called "
        ".bumpit.cfg so that once you know how bumpit needs to be configured for one project you can just run it.\n\nIf no .bumpit.cfg "
        "exists, bumpit will also look into setup.cfg for configuration.\n\n## Options\n\n--current-version VERSION: the current "
        "version of the software package.\n"
    )
    answer = bot_over({"bumpit-README.md": readme}).ask("if theres no .bumpit.cfg in the repo does it look anywhere else for settings?")
    assert not answer.abstained and "setup.cfg" in answer.answer  # "repo": a repository, the asker's, whatever the README calls it


def test_where_the_asker_runs_it_is_no_thing_asked_of(bot_over: BotOver) -> None:
    page = (
        ".TH PICKER 1\n.SH NAME\npicker \\- a fuzzy text selector for the terminal\n.SH OPTIONS\n.TP\n.B \\-e, \\-\\-show\\-matches=QUERY\n"
        "Non-interactive mode. Print the matches in sorted order for QUERY to stdout.\n.TP\n.B \\-l, \\-\\-lines=LINES\n"
        "How many lines of items to display.\n.TP\n.B \\-v, \\-\\-version\nUsage help.\n"
    )
    bot = bot_over({"picker.1": page})
    answer = bot.ask("is there a way to run picker non interactively, like just print the sorted matches for a query from a script?")
    assert not answer.abstained and answer.answer.startswith("-e, --show-matches=QUERY"), answer.answer  # no "script" in the page
