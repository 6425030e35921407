"""Chat's short forms, read as the words they stand for before a question's typos are fixed: function words
("abt", "w", "n"), "2" and "4" for "to" and "for", question words run together ("howmuch") or clipped
("what'd"), programmers' short forms a text spells out ("stderr"), a "%" standing alone, an acronym spoken
letter by letter ("a p i"); an emoji between two words ends a sentence. A corpus that writes the short form keeps it."""

from __future__ import annotations

import re
from collections.abc import Callable

from qa.patterns import lazy_pattern
from qa.question.english import english_frequency

# Chat's short forms of function words, which decide how a question is read ("which outlet wrote abt
# the dmc" asks which article is about the DMC; "n wat tier", "acc to bgr", "ai cos"); a corpus that uses the form keeps it.
_CHAT = {"abt": "about", "bout": "about", "r": "are", "u": "you", "ur": "your", "thru": "through", "b4": "before", "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks", "hr": "hour", "hrs": "hours"}
_CHAT |= {"bc": "because", "cuz": "because", "coz": "because", "bcuz": "because", "w": "with", "tho": "though", "n": "and", "acc": "according", "cos": "companies", "alot": "a lot"}
# Chat's words of three letters that are no acronym however a corpus's names begin ("lol" is no "League of Legends"), its short forms too.
CHAT_SHORTHAND = frozenset(
    "lol pls plz tho idk imo tbh smh ngl omg wtf btw fyi ppl thx nvm irl ikr brb afk bcz wat wut tbf hmm yep nah yup ofc"
    " lmk rly srs tmr sth abt wym hbu wyd idc ftw tfw jfc smth".split()
) | frozenset(_CHAT)
# Programmers' and chat's short forms, which a text may spell out ("stderr": "standard error"): read long when the
# corpus lacks the short form and holds every word of the long one.
_SPELT_OUT = {
    "stderr": "standard error", "stdout": "standard output", "stdin": "standard input", "env": "environment",
    "dir": "directory", "dirs": "directories", "config": "configuration", "repo": "repository", "repos": "repositories",
    "arg": "argument", "args": "arguments", "cmd": "command", "pkg": "package", "pkgs": "packages", "dep": "dependency",
    "deps": "dependencies", "auth": "authentication", "perms": "permissions", "msg": "message", "docs": "documentation",
    "lib": "library", "libs": "libraries", "exe": "executable", "mem": "memory", "ram": "memory", "genai": "generative ai",
    "legit": "legitimate", "info": "information", "convo": "conversation", "govt": "government", "gov": "government",
}  # fmt: skip
_SHORT_FORM = lazy_pattern(rf"\b(?:{'|'.join(_SPELT_OUT)})\b(?![&'’/.-]\w)", re.I)
_HOW_MANY_MONEY = lazy_pattern(r"\bhow many (?=(?:money|cash|funding)\b)", re.I)
_WH_DID = lazy_pattern(r"\b(what|who|where|when|why|how)['’]?d\b", re.I)
_RUN_TOGETHER = lazy_pattern(r"\b(what|who|where|when|why|how|which)(much|many|long|did|does|do|is|was|are|were|can|could|would|should|will)\b", re.I)
_PERCENT_SIGN = lazy_pattern(r"(?<![\w%])%(?!\S)")  # a sign standing alone for the word, no "50%"
_CHAT_WORD = lazy_pattern(rf"(?<!-)\b(?:{'|'.join(_CHAT)})\b(?![&'’/.-]\w)")  # lower case: "R&D", "U.S." are no chat, "-r" an option
# "threaten 2 sue", "pay 4 its data": a lone 2 or 4 between two lower-case words, typed for "to" or "for"; not a
# count of what follows ("4 companies", "2 million", "4 of 4"), nor a number after a name or what numbers things.
_DIGIT_WORD = lazy_pattern(r"(?<=[a-z] )[24](?= [a-z]+\b)")
_NUMBERED = frozenset("the a an every each than only about around over under nearly almost all top phase series version stage level tier step part season episode chapter volume page gen generation type class grade model number no round".split())
_NOT_AFTER = frozenset("of and or to for in on at by per percent times x million billion thousand k m b bn pm am day hour minute second week month year".split())
_PLURAL_LOOKING = frozenset("its his this us is was has does yes thus".split())


def _digit_word(text: str, m: re.Match[str]) -> str:
    """ "to" or "for" for a lone 2 or 4 typed between two words for it, else the figure as typed."""
    before, after = re.findall(r"\S+", text[: m.start()])[-1], re.findall(r"[a-z]+", text[m.end() :])[0]
    counted = after.endswith("s") and not after.endswith("ss") and after not in _PLURAL_LOOKING  # "4 companies"
    if counted or not before.isalpha() or not before.islower() or before in _NUMBERED or not english_frequency(before) or after in _NOT_AFTER:
        return m.group()  # "Channel 4", "gpt 4", "phase 2": a name's or a thing's number
    return "to" if m.group() == "2" else "for"


_Y_WHY = lazy_pattern(r"(?:^|(?<=[,.;!?] )|(?<=\bso )|(?<=\bbut ))y(?= (?:did|does|do|is|are|was|were|will|would|r|not|dont|doesnt|didnt|isnt|wont|cant)\b)")  # "y did ms drop it"
_MONEY_SIGNS = lazy_pattern(r"(?<!\S)\${2,}(?!\S)")  # "reddit wants $$ for its data": money
# An emoji between two words ends a sentence ("bro runs like 5 companies 💀 which ones ..."); elsewhere it is no word.
_EMOJI = lazy_pattern(r"\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F\u200D]+\s*")


# "when did bgr publish there article", "pay for there data": "there" typed for "their" before a thing owned
# (not "is there data", "are there articles").
_THERE_OWNED = lazy_pattern(r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\bthere(?= (?:own |new |latest |first )?(?:article|story|piece|post|report|data|api|website|site|ceo)s?\b)", re.I)


# "what does a p i stand for", "the c e o of tesla": an acronym spoken letter by letter, as a dictating phone writes it.
_LETTER_RUN = lazy_pattern(r"(?<![\w'’.-])(?:[A-Za-z] ){1,4}[A-Za-z](?![\w'’-])")


# "sooo slow", "whyyy": a letter held three times or more for stress, read as the word it stresses
_HELD = lazy_pattern(r"\b[a-z]*([a-z])\1{2,}[a-z]*\b")


def _unheld(word: str, known: Callable[[str], bool]) -> str:
    """`word` with a letter held for stress written once (or twice: "sooon" is "soon"), where that is a word; a
    letter typed once too often ("marrry") is read as that slip first."""
    if len(word) < 4 or known(word) or not word.strip("ivxlcdm"):
        return word  # "aaa", "zzz": a name or a sound, no word stressed; "xxxiii" a number
    slipped, twice, once = (re.sub(r"([a-z])(\1{2,})", r, word) for r in (lambda m: m[2], r"\1\1", r"\1"))
    return next((w for w in (slipped, twice, once) if known(w) or english_frequency(w)), word)  # "marrry": "marry", a slip


def unshortened(text: str, known: Callable[[str], bool]) -> str:
    """`text` with chat's and programmers' short forms read as the words they stand for, unless the corpus
    `known` to hold a word writes the short form itself."""
    text = _EMOJI.sub(lambda m: ". " if m.start() and m.end() < len(text) and text[m.start() - 1].isalnum() and text[m.end()].isalnum() else " ", text).strip()
    text = _LETTER_RUN.sub(lambda m: joined if known((joined := m.group().replace(" ", "")).lower()) else m.group(), text)  # "b g r": no "are"
    text = _HELD.sub(lambda m: _unheld(m.group(), known), text)  # "sooo slow"
    text = _CHAT_WORD.sub(lambda m: m.group() if known(m.group()) else _CHAT[m.group()], text)
    text = _Y_WHY.sub("why", text)
    text = _THERE_OWNED.sub("their", text)
    text = _MONEY_SIGNS.sub("money", _PERCENT_SIGN.sub("percent", text))  # "what % of openai does msft own"
    text = _WH_DID.sub(r"\1 did", text)  # "what'd he say", "where'd they announce it"
    text = _RUN_TOGETHER.sub(lambda m: m.group() if known(m.group().lower()) else f"{m[1]} {m[2]}", text)  # "howmuch"
    text = _HOW_MANY_MONEY.sub("how much ", text)  # "how many money musk pay": money is no count
    text = _DIGIT_WORD.sub(lambda m: _digit_word(text, m), text)  # "threaten 2 sue": to
    return _SHORT_FORM.sub(lambda m: _spelt_out(m.group(), known), text)


def _spelt_out(word: str, known: Callable[[str], bool]) -> str:
    """The long form of a programmer's short form when the corpus holds it and not the short one."""
    long = _SPELT_OUT[word.lower()]
    return long if not known(word.lower()) and all(known(w) for w in long.split()) else word
