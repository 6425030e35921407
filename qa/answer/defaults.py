"""'What's the default X?': the setting asked about, and the sentence that states its default."""

from __future__ import annotations

import re

from qa.answer.spans import Span
from qa.patterns import PATH, SETTING_NOUNS
from qa.question.kinds import Question
from qa.question.query import Query
from qa.question.spell import RARE_IN_ENGLISH, english_frequency
from qa.search.retrieve import Evidence
from qa.text import STOPWORDS, stem_words, words

_DEFAULT_OF = re.compile(
    r"\b(?:what|which)(?:'s|’s|s| is| are| was)? (?:the |its |their |[\w-]+['’]s )?default\s+(?:(?:value|setting)s? (?:of|for) (?:the )?|for (?:the )?|(?:set|list|number|kind|type|amount)s? of )?"
    r"([\w-]+(?: [\w-]+){0,2})"
    r"|^(?:\W*if [^,?]{1,80}?(?:,\s*|\s+(?=(?:what|which|how)\b)))?\W*(?:what|which|how many|how much) ((?:[\w-]+ ){0,2}?[\w-]+) (?:does|do|did|will|would) [^?]{1,60}?\bby default\b"  # "what permissions does it give ... by default"
    # "where does it look for its config file by default", "where does nox keep the virtualenvs it creates by default"
    r"|^\W*where (?:does|do|did|will|would) [^?]{1,60}?\b([\w-]+)(?: to [\w-]+)?(?: (?:it|they|you|i|we) [\w-]+)? by default\b"  # "... files to live by default"
    r"|^\W*(?:what|which)(?:'s|’s|s| is| are| was) (?:the |its |their |[\w-]+['’]s )?([\w-]+(?: [\w-]+){0,2}?) by default\b",  # "whats rhash's output format by default"
    re.I,
)

_WHERE = re.compile(r"\W*where\b", re.I)
_VALUE_NOUNS = r"(?:characters?|chars?|symbols?|strings?|values?|texts?)"  # what a setting holds, named after it


def default_asked(question: Question, query: Query) -> str | None:
    """The term of X in "what's the default X" ("multipart_threshold"; "key" of "the default detach key in
    dtach": the last word before a function word, or the name before "param", "option"...), else None."""
    if not (said := _setting_said(question)):
        return None
    # "the default timeout copas uses": a name with a verb after it tells whose, the setting comes before
    # ("the default minimum docstring coverage": a noun after it, which goes on the setting's name)
    said = said[: next((i for i, w in enumerate(said[:-1]) if i and english_frequency(w) <= RARE_IN_ENGLISH and said[i + 1].endswith(("s", "ed"))), len(said))]
    if len(said) > 1 and re.fullmatch(rf"{SETTING_NOUNS}|{_VALUE_NOUNS}", said[-1]):  # "the seconds_stale param", "bullet characters"
        said.pop()
    # "the default key combo": a last word no text writes says it casually, the one before it names the setting
    while len(said) > 1 and query.unheard(said[-1]):
        said.pop()
    if len(said) == 1 and re.fullmatch(_VALUE_NOUNS, said[0]):
        return None  # "what text does sshpass wait for by default": what it holds, no setting named
    noun = stem_words(said[-1:])[0] if said else None
    if noun is not None and noun not in query.terms:  # "_ZO_FZF_OPTS": its last part the analysis kept
        noun = next((p for p in reversed(stem_words(re.split(r"[_-]+", said[-1]))) if p in query.terms), noun)
    return noun if noun in query.terms else None


def undefaulted(question: Question, query: Query, best: Evidence, cited: list[Evidence] = ()) -> bool:
    """True for "what's the default X" answered by a sentence that, with the one before it, its title and
    headings, never names X nor a word standing for it: it tells another setting's default; or when neither
    it, the sentence after it nor the others the answer quotes (`cited`) that name X or stand in its passage
    speak of a default ("Default: '600'" under "unix_socket_perms: Octal permissions ..."; not "By default,
    none of the DHCP clients send the host-name" for a lease time). A figure is no default: "'size'
    specifies maximum height ..." names none ("-rgt default thumbnail size?"), nor "John will start with
    "single crack" mode (pass 1)" a wordlist (chat and docs dev sets: one trap more refused each, no answer
    lost)."""
    if (noun := default_asked(question, query)) is None:
        return False
    if not (named := best.holds(noun, query)):  # "yaml_loader" names the loader: the index stems its parts too
        noun = _word_before_held(question, query, noun, best) or noun  # "the default key combo": "the detach character"
    if _WHERE.match(question.text) and best.holds(noun, query) and PATH.search(best.sentence.text) and best.kind != "code":
        return False  # "where does rinetd keep its pid file by default": "... saved in the file /var/run/rinetd.pid" (a
        # command's path is an example's)
    # "Timeout in seconds for the recording of chord chains.": X described, no default nor value given
    # the sentence after it and those the answer quotes, unless opening another item ("The default is 10" of -t
    # tells nothing of the streams of -P)
    near = [e for e in [best.after, *cited] if e and e is not best and (e.holds(noun, query) or e.passage_id == best.passage_id)]
    told = " ".join(e.sentence.text for e in [best, *near] if best.kind != "item" or e.kind != "item" or _item(e) == _item(best) or (named and e.opening is None and _ITS_DEFAULT.match(e.sentence.text)))
    # an option named so is no default told: "xandikos --defaults -d $HOME/dav" gives an example's folder
    said = best.says("default", query) and not _DEFAULTS_OPTION.search(best.sentence.text)
    return not best.holds(noun, query) or not (said or re.search(r"\bdefault", _DEFAULTS_OPTION.sub("", told), re.I))


# "The default is None, which ...": opening an item of its own, a default told of the thing the item before named
_ITS_DEFAULT = re.compile(r"(?:the|its) default (?:is|was|value is)\b|it defaults to\b", re.I)


_DEFAULTS_OPTION = re.compile(r"(?<![\w-])--?[\w-]*default[\w-]*", re.I)


def _word_before_held(question: Question, query: Query, noun: str, best: Evidence) -> str | None:
    """Of a setting named by several words ("the default key combo"), one before its last that `best` holds (or a
    word standing for it: "key" for "the detach character"), else None."""
    m = _DEFAULT_OF.search(question.text)
    said = next(g for g in m.groups() if g).lower().split() if m else []
    last = query.surface.get(noun, noun)
    before = said[: said.index(last)] if last in said else []
    return next((t for t in stem_words(before) if t in query.terms and best.holds(t, query)), None)


def _item(e: Evidence) -> tuple[str, int]:
    """Where the list item `e` stands in begins: its opening sentence's document and offset."""
    first = (e.opening or e).sentence
    return first.doc_id, first.start


def stating_default(question: Question, query: Query, best: Evidence, near: list[Evidence]) -> Evidence | None:
    """For "what's the default X", a sentence near the top stating X's default ("The default detach character
    is ^\\"), when the best one does not; else, when the best one never names X, one under X's heading
    stating a default ("Default - 8MB"). None when neither is needed or found."""
    if (noun := default_asked(question, query)) is None or _states(best, noun, query, phrase := _setting_words(question, query)):
        return None
    near = [e for e in near if e.kind != "code" or _OPTION.match(e.sentence.text)]
    stating = [e for e in near if _states(e, noun, query, phrase)]
    if not stating and not best.holds(noun, query):
        stating = [e for e in near if e.holds(noun, query) and e.says("default", query)]
    return stating[0] if stating else None


# An option's line in a program's listing: "--max-line-length n   set maximum allowed line length (default: 79)".
_OPTION = re.compile(r"--?\w")


def _setting_said(question: Question) -> list[str]:
    """The words naming X in "what's the default X", up to a function word ("block size" of "what block size does
    lz4 use by default"); none when the question asks no default."""
    said = next((g for g in m.groups() if g), "").lower().split() if (m := _DEFAULT_OF.search(question.text)) else []
    return said[: next((i for i, w in enumerate(said) if w in STOPWORDS), len(said))]


def _setting_words(question: Question, query: Query) -> list[str]:
    """The terms of every word naming X in "what's the default X" ("block", "size" of "what block size ...")."""
    return [t for t in stem_words(_setting_said(question)) if t in query.terms]


def _states(e: Evidence, noun: str, query: Query, phrase: list[str] = ()) -> bool:
    """True when "default" stands at most three words before X (or a word standing for it) in the sentence,
    or an option's line names X and its default."""
    if e.kind == "code":
        return e.holds(noun, query) and e.says("default", query)
    said = stem_words(words(e.sentence.text))
    if _BY_DEFAULT.match(e.sentence.text) and any(query.match(noun, {w}) and _valued(said[k + 1 :]) for k, w in enumerate(said)):
        return True  # "By default, diff-cover compares the current branch to origin/main.", not "... looking for the detach character."
    for i in (i for i, w in enumerate(said) if w == "default"):
        named = next((k for k in range(i + 1, min(i + 4, len(said))) if query.match(noun, {said[k]})), None)
        # "the default detach character is ^\", "By default Nox stores virtualenvs in ./.nox"
        if named is not None and (_valued(said[named + 1 :]) or PATH.search(e.sentence.text)):
            return True
    # "The default is 64 kbytes" in the item "burst-size: The burst size is ...", "String (Default:
    # https://releases.hashicorp.com)" under the heading "TFENV_REMOTE": its term or heading names X
    if _AFTER_VALUE.search(e.sentence.text) and e.holds(noun, query):
        return True  # "specify the block size to be 100,000 bytes through 900,000 bytes (the default)"
    if _VALUED_DEFAULT.search(e.sentence.text) and phrase and all(e.says(t, query) for t in phrase):
        return True  # "-B# Block size [4-7](default : 7)" for "what block size ...", not "this time (default=now)" for a time step
    return bool(query.match(noun, e.headed)) and _TELLS_DEFAULT.search(e.sentence.text) is not None


_BY_DEFAULT = re.compile(r"\W*by default\b", re.I)
_VALUED_DEFAULT = re.compile(r"[(\[]\s*default\s*[:=]\s*[^)\]\s][^)\]]*[)\]]", re.I)
_AFTER_VALUE = re.compile(r"\w\s*\((?:the |is )?default\)", re.I)
_TELLS_DEFAULT = re.compile(r"\bdefaults?\b\s*(?:[:=]|(?:is|are|was|to|of)\b)", re.I)


# What follows a default's name when a value is told: a figure, "is", "to", a literal. Not "overrides the
# default burst size as defined in limits", which tells none.
_VALUE_WORDS = frozenset({"is", "are", "was", "be", "of", "to", "tru", "fals", "none", "on", "off", "yes", "no"})


def _valued(said: list[str]) -> bool:
    return any(w.isdigit() or w in _VALUE_WORDS for w in said)


def tells_default(question: Question, query: Query, best: Evidence) -> bool:
    """True for "how many threads does fd use by default" answered by a sentence naming X and its default, in
    words or figures ("-j, --threads num: ... (default: number of available CPU cores)")."""
    return (noun := default_asked(question, query)) is not None and best.holds(noun, query) and bool(_DEFAULT_GIVEN.search(best.sentence.text))


_DEFAULT_GIVEN = re.compile(r"\bdefault(?::| is| value is|s to)\s", re.I)  # "(default: number of ...)", not "(Control+O by default)"


def of_the_default(question: Question, query: Query, best: Evidence, found: list[tuple[Evidence, Span]]) -> list[tuple[Evidence, Span]]:
    """Of the sentences giving a value of the asked type (`found`), when the best one tells the default asked of:
    those telling a default, not an example's value ("use --threads=1 for sequential command execution")."""
    return [f for f in found if tells_default(question, query, f[0])] if tells_default(question, query, best) else found
