"""What a documentation answer names to type: the option or setting a how-to or "which flag" question asks
for, the call or setting its section's heading names, the option whose argument a sentence speaks of."""

from __future__ import annotations

import re

from qa.question.frames import LIGHT_VERBS
from qa.question.query import Query
from qa.question.spell import RARE_IN_ENGLISH, english_frequency
from qa.search.retrieve import Evidence, near_top
from qa.text import ENV_NAME, STOPWORDS, stem_words, words

OPTION_WINDOW = 0.65  # an option's own line this near the best sentence's score answers "which flag ..."


# "-s strsize, --string-limit=strsize: ...": an option's term and the placeholder of its argument.
_OPTION_TERM = re.compile(r"^\s*--?\w[\w-]*(?:[ =]\[?=?([a-z][\w-]*)\]?)?(?:,\s*--?\w[\w-]*(?:[ =]\[?=?([a-z][\w-]*)\]?)?)*\s*:")


# "--enable-jit" on a line of its own, after "JIT support is included in the build by specifying".
_OPTION_ALONE = re.compile(r"\s*--?[A-Za-z][\w-]*(?:=\S+)?\s*")
# "-k <file> - The -k option must be used to load the audit file", "-a  Audit mode.": an option listed without a colon
_OPTION_LISTED = re.compile(r"^\s*--?[A-Za-z][\w-]*(?:[ =](?:<[^>]+>|\[[^\]]+\]|[A-Z][A-Z_]*))?(?:\s+[-–—]\s+|\s{2,}|\s+(?=[A-Z][a-z]))\S")
_ASKS_FLAG = re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+)?(?:flag|option|switch)s?\b", re.I)
# "HEXYL_COLOR_NULL: The null byte (0x00)", "channel_timeout: ...": a setting's own line.
_SETTING_TERM = re.compile(r"^\s*(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+)\s*:")
_ASKS_CHANGE = re.compile(r"\bhow (?:do|can|would|should) (?:i|we|you|u) (?:change|set|configure|customi[sz]e|adjust|pick|tweak)\b", re.I)


# "re.gsub (subject, pattern, replacement)", "--max-depth N": a heading naming the call or option its section tells of.
_SIGNATURE = re.compile(r"^(?:[A-Za-z_][\w.:]*\s*\([^()]*\)|--?[A-Za-z][\w-]*(?:[ =]\S+)?(?:,\s*--?[A-Za-z][\w-]*(?:[ =]\S+)?)*|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)$")
# ... or whether it can do something: "can gocryptfs unmount itself after it's been idle" ("-i duration, -idle duration")
_ASKS_CALL = re.compile(
    r"\b(?:function|method|call|command|option|flag|setting|variable|key)s?\b|\bset\b|\bhow (?:do|can|could|would|should) (?:i|we|you|u)\b|\bhow to\b"
    r"|^\W*(?:can|does|is there)\b|\b(?:can|could) (?:i|we|u)\b", re.I)  # fmt: skip


def signature_of(question: str, best: Evidence) -> str | None:
    """For a question asking how to do something, or for a function: the heading naming the call or option
    whose section the best sentence is in, when the sentence does not name it ("re.gsub (subject, pattern,
    replacement)" of "Does a global substitution, replacing all occurrences of pattern ...")."""
    heading = best.heading[-1].strip() if best.heading else ""
    if not _SIGNATURE.match(heading) or not _ASKS_CALL.search(question):
        return None
    return None if re.split(r"[\s(=]", heading, maxsplit=1)[0] in best.sentence.text else heading


def option_line(question: str, near: list[Evidence], query: Query) -> Evidence | None:
    """For "which ss flag shows the process holding a socket?": the first of `near` that is an option's own
    line ("-p, --processes: Show process using socket."), not prose that holds more of the words asked; for
    "how do i change the color hexyl uses for null bytes?", a setting's own line ("HEXYL_COLOR_NULL: ...")."""
    nearer = near_top(near, OPTION_WINDOW)
    if _ASKS_VARIABLE.search(question) and near and not _VARIABLE.search(near[0].sentence.text):
        return next((e for e in nearer if _VARIABLE.search(e.sentence.text)), None)  # "Set ENVLOAD_DISABLED=1 to ..."
    asks_variable = _ASKS_VARIABLE.search(question) and near and not _VARIABLE_TERM.match(near[0].sentence.text)
    if asks_variable and (own := next((e for e in nearer if _VARIABLE_TERM.match(e.sentence.text)), None)):
        return own  # a variable's own line: "TIGRC_USER: Path of the user configuration file ..."
    if _ASKS_FLAG.search(question):
        line = next((e for e in nearer if _OPTION_TERM.match(t := e.sentence.text) or _OPTION_LISTED.match(t) or _OPTION_ALONE.fullmatch(t)), None)
        # else, when the best names no option, a sentence of one: "--py36-plus is passed on the commandline."
        told = near and (_INLINE_OPTION.search(t := near[0].sentence.text) or _THIS_OPTION.match(t))  # "This option is useful to ..."
        return line or (None if told else next((e for e in nearer if _OPTION_FIRST.match(e.sentence.text)), None))
    if _ASKS_CHANGE.search(question):
        return next((e for e in nearer if _SETTING_TERM.match(e.sentence.text)), None)
    # "how do i make pigz not use threads at all": a near sentence naming an option and holding every word asked
    # but a light verb ("Specifying -p 1 avoids the use of threads entirely"), when the best names none
    # ("Pigz compresses using threads ...")
    if _ASKS_WAY.search(question) and near and not _INLINE_OPTION.search(near[0].sentence.text):
        wanted = [t for t in query.terms if t not in LIGHT_VERBS]
        return next((e for e in near[1:] if _INLINE_OPTION.search(e.sentence.text) and all(e.holds(t, query) for t in wanted)), None)
    return None


_ASKS_WAY = re.compile(r"\bhow (?:do|can|could|would|should) (?:i|we|you|u)\b|\bhow to\b|\b(?:is there|any) (?:a )?way\b", re.I)
# "is there an env var to ...": a sentence naming one ("$TIGRC_USER", "Set ENVLOAD_DISABLED=1")
_ASKS_VARIABLE = re.compile(r"\benv(?:ironment)?\s+var(?:iable)?s?\b", re.I)
_VARIABLE = re.compile(rf"\${ENV_NAME}\b|(?<![\w$]){ENV_NAME}=")
_VARIABLE_TERM = re.compile(rf"\s*\$?{ENV_NAME}\s*:")
_OPTION_FIRST = re.compile(r"\W*--?[A-Za-z][\w-]*\s+[a-z]")  # an option the sentence is of: "--py36-plus is passed ..."
_THIS_OPTION = re.compile(r"\W*(?:this|that|such an?)\s+(?:option|flag|switch)\b", re.I)
_INLINE_OPTION = re.compile(r"(?:^|[\s(`'\"])--?[A-Za-z][\w-]*")


def option_of(best: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """The option item whose argument's placeholder the best sentence names, when it is not one itself: "Only the
    first strsize (32 by default) bytes of strings are printed" is set by "-s strsize, --string-limit=strsize"
    (a placeholder English hardly uses: "-o file" is not named by every sentence saying "file")."""
    if _OPTION_TERM.match(best.sentence.text):
        return None
    said = set(words(best.sentence.text))
    for e in evidence:
        if e is not best and (m := _OPTION_TERM.match(e.sentence.text)) and any(p and p in said and english_frequency(p) <= RARE_IN_ENGLISH for p in m.groups()):
            return e
    return None


def _asks_to_type(question: str) -> bool:
    """True for a how-to or which-option question: what to type is asked."""
    return bool(_ASKS_WAY.search(question) or _ASKS_FLAG.search(question))


_NAMED_OPTION = re.compile(r"(?<![\w-])--?([A-Za-z][a-z]{3,})\b(?!-)")


def option_named(question: str, query: Query, best: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """For "how do i make xenon skip certain directories": when the best sentence names no option but says the
    word an option of its document is named after, standing for a word asked ("... against the ignore patterns"),
    the sentence giving that option ("... you use the options -e, --exclude and -i, --ignore")."""
    if not _asks_to_type(question) or _INLINE_OPTION.search(best.sentence.text):
        return None
    said = set(best.stems)
    for e in evidence:
        if e is not best and e.sentence.doc_id == best.sentence.doc_id:
            named = stem_words([o.lower() for o in _NAMED_OPTION.findall(e.sentence.text)])
            if any(o in said and any(0 < query.match(t, {o}) < 1 for t in query.terms) for o in named):  # not "--session" of "sessions"
                return e
    return None


# What one types to set an option: "-p", "--force", "report_format", "TCPFlags", "TIGRC_USER", "Listen:", "size=10"
_TYPED = re.compile(
    r"(?:^|[\s(`'\"=\[])--?[A-Za-z][\w-]*|\b[A-Za-z][a-z0-9]*(?:_[A-Za-z0-9]+)+\b|\b[A-Z][a-z]+[A-Z]\w*\b|^\W*[\w.-]+\s*(?::\s|=)|\b\w+=\S"
)


def optionless(question: str, cited: list[Evidence], query: Query | None = None) -> bool:
    """True for "which duff option deletes the duplicates it finds?" answered by sentences naming no option or
    setting to type ("If you wish to find duplicate files on Windows, use DUFF"): what is asked is not there; or
    for "is there a figlet flag to print in color?" answered by ones holding no word of what the flag is for."""
    if _ASKS_FLAG.search(question) and not any(_TYPED.search(e.sentence.text) for e in cited):
        return True
    if query is None or not (m := _FLAG_FOR.search(question)):
        return False
    deed = next((w for w in words(m.group(1)) if w not in STOPWORDS and w not in _SETTING_VERBS and len(w) > 2), None)
    if deed is None or query.unheard(deed):  # "a setting to relax that": a word no text uses may be told otherwise
        return False
    held, t = set().union(*(set(e.stems) | set(e.around) for e in cited)), stem_words([deed])[0]
    return not (query.match(t, held) if t in query.terms else t in held)


# "is there a flag to print in color", "an option for ignoring merge commits": what the flag is for, its deed first
# (not a verb any setting does: "an option to set the number of files")
_SETTING_VERBS = LIGHT_VERBS | frozenset("set sets setting change changes specify control choose pick configure adjust enable turn tell use allow".split())
_FLAG_FOR = re.compile(r"\b(?:flag|option|switch|setting|param(?:eter)?)s?\s+(?:to|for|that|which)\s+([^?,.;]+)", re.I)


NEAR_OPTION = 0.5  # an option's own line this near the best sentence's score is quoted with it (docs dev sets: 0.4, 0.6 -1 each)
# An option's or a call's own line: "-s, --v4split=MASK (IPv4): Split ...", "lfs.symlinkattributes (filepath): ..."
_OWN_LINE = re.compile(r"^\s*(?:--?[A-Za-z][\w-]*[^:]{0,50}|[A-Za-z_][\w.:]*\s*\([^()]*\))\s*:\s")


def option_near(question: str, best: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """For "how do i chop a network into subnets with sipcalc": when the best sentence names no option or call to
    type ("The ability to split a network based on a smaller netmask"), the first near line of its document that
    is one's own ("-s, --v4split=MASK (IPv4): Split the current network into subnets of MASK size.")."""
    if not _asks_to_type(question) or _TYPED.search(best.sentence.text):
        return None
    near = (e for e in evidence if e is not best and e.sentence.doc_id == best.sentence.doc_id and e.score >= NEAR_OPTION * best.score and e.kind != "code")
    return next((e for e in near if _OWN_LINE.match(t := e.sentence.text) or _OPTION_LISTED.match(t)), None)


# "my script exits with status 5, what does that mean": a code a program returns, which a list of them tells on
# a line of its own ("5      Invalid/incorrect password").
_CODE_WORDS = frozenset(stem_words(["exit", "exits", "return", "returns", "status", "code", "error"]))


def code_listed(query: Query, evidence: list[Evidence]) -> Evidence | None:
    """For a question naming a program's exit, return or error code (a number): the list item defining it."""
    codes = [t for t in query.terms if t.isdigit() and len(t) <= 3]
    if len(codes) != 1 or not _CODE_WORDS & set(query.terms):
        return None
    return next((e for e in evidence if e.kind == "item" and re.match(rf"\s*{codes[0]}:\s", e.sentence.text)), None)
