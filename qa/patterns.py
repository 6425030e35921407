"""Regular expressions for the kinds of values answers are made of: dates, money, numbers."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, cast


class _Lazy:
    """A regular expression compiled the first time it is used (compiling costs start-up time)."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def _re(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(*self._args)
        return self._compiled

    def search(self, *args: Any) -> re.Match[str] | None:
        return self._re().search(*args)

    def match(self, *args: Any) -> re.Match[str] | None:
        return self._re().match(*args)

    def fullmatch(self, *args: Any) -> re.Match[str] | None:
        return self._re().fullmatch(*args)

    def finditer(self, *args: Any) -> Any:
        return self._re().finditer(*args)

    def __getattr__(self, name: str) -> Any:  # findall, sub, split, pattern, flags...
        return getattr(self._re(), name)


def lazy_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled on first use: for the many patterns a question may never need."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))


MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
# Month and weekday names (lower case): written with a capital, yet no names of anything a question is about.
CALENDAR = frozenset([*MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# A weekday named: "Wednesday", "on a monday".
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1\d|20)\d\d"  # 1000-2099: history as well as news
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "the 14th", "the eighteenth": a century's number.
_ORDINAL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)"
)

# Counts written in words: exact ones, then vague ones ("several" is a count, not an exact one).
EXACT_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
)
_NUMBER_WORDS = EXACT_NUMBER_WORDS + r"|dozens?|hundreds|thousands|millions|billions|several|half"
# "1695–1696", "between 1835 and 1842", "the winter of 1973–74": a span of years, when a clause or
# punctuation follows it ("1500-2000 soldiers" is a count).
_SEASON = r"(?:winter|summer|spring|autumn|fall)\s+of\s+"
_YEARS = (
    rf"(?:(?:between|from)\s+{_YEAR}\s+(?:and|to|until|till)\s+{_YEAR}|(?:{_SEASON})?{_YEAR}\s*[–-]\s*(?:{_YEAR}|\d\d)"
    rf"|{_SEASON}{_YEAR})(?=[,.;:)]|\s+(?:and|when|as|the|in|on|at|by|during|after|before|until|while|which|was|were)\b|$)"
)
# Full dates first (longest match wins in an alternation read left to right); an ISO date ("2024-05-02")
# before a year range ("2024-05").
DATE = lazy_pattern(
    rf"\b{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b|\b{_YEARS}|\b(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR}"
    rf"|{_MONTH}\s+{_DAY}\b|{_DAY}\s+{_MONTH}\b|{_MONTH}\s+{_YEAR}|{_WEEKDAY}(?:\s+\(\s*{_DAY}\s+{_MONTH},?\s+{_YEAR}\s*\))?"
    rf"|(?:early|late|mid|the beginning of|the end of|earlier|later)(?:\s+in)?\s+{_MONTH}|(?<=[Ii]n\s){_MONTH}\b"
    rf"|(?<=[Ii]n\s){_YEAR}s?\b|(?<=[Ss]ince\s){_YEAR}\b|(?<=[Bb]y\s){_YEAR}\b|(?:the\s+)?(?:(?:early|late|mid|(?:first|second) half of the|(?:first|second|third|last) quarter of the)\s+|mid-)?{_ORDINAL}(?:\s+(?:and|to|or)\s+(?:the\s+)?{_ORDINAL})?[\s-]+centur(?:y|ies)(?:\s+(?:BCE?|AD|CE)\b)?|\b\d{{1,4}}\s?(?:BCE?|AD)\b|\bAD\s?\d{{1,4}}\b|(?<=[Ii]n\s)[1-9]\d\d(?=\s+(?:as|and|when|by|after|before|until|with|the)\b|[,.;)])|(?:the\s+)?{_YEAR}s\b|(?:last|this|next)\s+(?:year|month|week)|(?:earlier\s+)?today|yesterday"
    rf"|(?:\d[\d,.]*|{_NUMBER_WORDS}|a few|several|many)(?:\s+(?:million|billion|thousand|hundred))?\s+(?:years?|months?|weeks?|days?|decades?|centuries)\s+ago"
    # "c1600", "circa 1850"; "during the Second World War": an event named with capitals dates what happened in it
    rf"|\bc\.?\s?{_YEAR}\b|\bcirca\s+{_YEAR}\b|(?<=[Dd]uring\s)(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)"
)
FULL_DATE = lazy_pattern(
    rf"\b(?:{_WEEKDAY},?\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR}))"
)
_AMOUNT = r"(?:US)?[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:[mbk]n?\b|million|billion|trillion|thousand))?"
MONEY = lazy_pattern(
    rf"(?:(?:between|from)\s+)?{_AMOUNT}(?:\s+(?:and|to|(?:all the way )?up to)\s+{_AMOUNT})?"
    rf"(?:\s+(?:per|a|an|each)\s+(?:month|year|week|day|hour|query|request))?"
    rf"|\b\d[\d,]*(?:\.\d+)?\s+(?:dollars|euros|pounds)\b"
    r"|\b(?:(?:hundreds|tens) of )?(?:millions|billions|trillions) of (?:dollars|euros|pounds)\b",
    re.IGNORECASE,
)
# A time of day: "01:30", "10:15 am", "5:07PM", "5pm".
CLOCK = lazy_pattern(r"\b(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]\.?m\b\.?)?|\b(?:1[0-2]|0?[1-9])\s?[ap]\.?m\b\.?", re.I)
# "at what time did he die?" asks a time of day, not a date: "what time period/frame" and "what time of year" do not.
ASKS_CLOCK = lazy_pattern(r"^(?:at |by |around |about )?what time (?!(?:period|frame|span|zone|limit|line|scale|step|stamp|slot|window|interval|unit|format|out)s?\b|of\b)(?:\w+ )?\w+", re.I)
TIME_OF_DAY = lazy_pattern(r"\b(?:noon|midnight|midday|morning|afternoon|evening|night|dawn|dusk|o'clock)\b", re.I)
# "when should I ...": what a procedure is done after or before, not a date.
# "when should I run prune?", "when are expired keys removed?": a step or a habit, told by what it follows.
PROCEDURAL = lazy_pattern(r"\W*when (?:(?:should|do|can|must|would|shall) (?:i|you|we|one)\b|(?:is|are|does|do)\b)", re.I)
RELATIVE_TIME = lazy_pattern(
    r"\b(?:after|before|whenever|(?:every|each|the next|the first) time|once|until)\b[^,;:.!?()]{3,80}", re.I
)
# A file or folder a document names: "~/.aws/config", "/usr/local/bin", "public/", "src/lib.rs" (not
# "and/or", "KB/s", "TCP/IP"): where a docs question's answer often is.
PATH = lazy_pattern(
    r"(?<![\w/])(?:~?/[A-Za-z_.][\w.@-]*(?:/[\w.@-]+)*/?|[A-Za-z_][\w.@-]+/(?:[\w.@-]+/)*(?:[\w@-]+\.[A-Za-z]\w*)?)(?<!\.)(?![\w/])"
)
NUMBER = lazy_pattern(
    # "about a third", "two-thirds" first: at the same place a count in words ("two") would win
    r"(?<![\w-])(?<!\d\.)(?:(?:a|one|two|three)[\s-](?:third|quarter|fifth|tenth)s?"
    rf"|\d+\s?[–-]\s?\d+(?!\d)|\d(?:[\d,]*\d)?(?:\.\d+)?[½¼¾]?(?:\s?(?:%|percent|million|billion|trillion|thousand))?|(?:{_NUMBER_WORDS})(?:[\s-](?:{_NUMBER_WORDS}))*(?:\s(?:percent|million|billion|trillion|thousand))?"
    # "won the cup twice", "increased sevenfold", "almost a million people"
    rf"|twice|thrice|(?:{EXACT_NUMBER_WORDS}|\d+)-?fold|\d+(?:\.\d+)?[x×]|an? (?:million|billion|thousand|hundred|dozen))(?!\w)"
    r"|(?<![\w.])\d+(?:\.\d+)?(?=(?:ms|sec|secs|min|mins|kb|mb|gb|tb|kib|mib|gib|s|m|h|k|g)\b)",  # "500ms", "64kb": the figure of a unit written on
    re.IGNORECASE,
)
# A bare number does not answer "how much"; a percentage, "10 million" or "twice" may.
SCALED = lazy_pattern(r"%|percent|million|billion|trillion|thousand|hundred|twice|thrice|fold\b|\d[x×]$|half|third|quarter", re.I)
# How often something happens: "every June", "twice a year", "biennial", "annually".
FREQUENCY = lazy_pattern(
    rf"\b(?:every|each)\s+(?:other\s+|\w+\s+)?(?:second|minute|hour|day|night|week|weekend|month|year|decade|century|season|summer|winter|"
    rf"spring|autumn|{_MONTH}|{_WEEKDAY})s?\b|\b(?:once|twice|thrice|(?:{EXACT_NUMBER_WORDS}|\d+) times)\s+(?:a|an|per|every|each)"
    r"\s+\w+|\b(?:annual(?:ly)?|biennial(?:ly)?|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|hourly)\b",
    re.I,
)
MEASURED = lazy_pattern(
    r"(?:\s+times\b|[\s-](?:square |cubic )?(?:(?:kilo|centi|milli)?(?:met(?:re|er)s?|litres?|liters?|grams?)|miles?|acres?"
    r"|hectares?|tons?|tonnes?|pounds?|lbs?|gallons?|barrels?|calories|watts?|kilowatts?|megawatts?|horsepower"
    r"|feet|foot|ft|inch(?:es)?|yards?|km|cm|mm|kg|m|degrees?|stor(?:ey|ie)s|floors"
    r"|[kmgtp]i?b|(?:kilo|mega|giga|tera)?bytes?|(?:kilo|mega|giga)bits?|[kmg]bps|[kmg]hz)\b|\s?°\s?[CF]\b)",
    re.I,
)


# How long after something a thing happens ("after more than six hours").
DURATION = lazy_pattern(
    r"(?:(?<=\bafter )|(?<=\bwithin )|(?<=\bevery )|(?<=\bfor )|(?<=\bin ))(?:(?:more|less) than |over |under |up to )?(?:\d+|a|an|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|twelve|twenty|thirty|sixty)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b",
    re.I,
)
# A count written with its unit's letter ("12h", "30s", "512MB", "10k").
COMPACT = lazy_pattern(r"(?<![\w.-])\d+(?:\.\d+)?(?:ms|s|m|h|d|w|k|kb|mb|gb|tb|x)\b", re.I)


# Units a count is given in ("nine months", "115 °F"), kept with it unless the question names them.
UNIT = lazy_pattern(
    r"\s?(?:°\s?[CF]|K|mph|rpm|km|kg|mm|cm|m|mi|ft|sq|(?:thousand|million|billion|(?:square\s+|cubic\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|miles?|feet|foot|inch(?:es)?|yards?"
    r"|(?:kilo|centi|milli)?met(?:re|er)s?|tonnes?|tons?|pounds?|kilograms?|grams?|acres?|hectares?|degrees?|people))s?)(?!\w)"
)
YEAR = lazy_pattern(rf"\b{_YEAR}\b")
# A bare number this recent is a year more often than a count ("in 2019", but "1,500 soldiers").
RECENT_YEAR = lazy_pattern(r"(?:1[89]|20)\d\d")


def parse_date(text: str) -> date | None:
    """Return the first full date (day, month and year) written in `text`, if any."""
    m = FULL_DATE.search(text)
    if not m:
        return None
    month = m.group("m1") or m.group("m2")
    day = m.group("d1") or m.group("d2")
    year = m.group("y1") or m.group("y2")
    try:
        return date(int(year), MONTHS[month.lower().rstrip(".")], int(re.sub(r"\D", "", day)))
    except (KeyError, ValueError):
        return None


def human_date(iso: str) -> str:
    """Return an ISO date as a person writes it: 2023-04-19 -> April 19, 2023 (any other text as it is)."""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso  # a .jsonl may give "spring 2023"
    return f"{d.strftime('%B')} {d.day}, {d.year}"


# A list item as plain text writes it: "• Schedule Tweets", "- foo", "2. bar".
LIST_ITEM = re.compile(r"^\s*(?:[•*·▪–-]|\d{1,2}[.)])\s")
# The term a list item or definition defines, before its colon or dash: "--maxdepth VALUE: Adjust ...".
TERM = re.compile(r"\s*(?:[•*·▪–-]\s+|\d{1,2}[.)]\s+)?(?P<term>(?:[^:.!?]|\.{3}|…){1,40}?)\s*(?::\s|\s[-–—]{1,2}\s)")  # "--blue=...: ..."


# Verbs asking whether a text names something: "does it mention X", "does the bgr article bring up X".
MENTIONING = r"(?:mention|bring up|talk about|discuss|cover)"
# What a setting is called when asked for: "what flag ...", "which option ...", "what env variable ...".
SETTING_NOUNS = r"(?:flags?|options?|switch(?:es)?|commands?|settings?|arguments?|args?|parameters?|params?|variables?)"
# The means an asker asks for by "is there a ... for that": one list for the scene split and the anchoring.
MEANS_WORDS = ("way", "flag", "option", "setting", "mode", "switch")


# "how do i ...", "where do i put ...", "which flag do i need ...", "can i ...": what the asker would do, in their own
# words and figures ("where can one find ..." asks no asker's deed)
ASKER_DOES = re.compile(
    r"^\W*(?:\w+ )?(?:how (?:do|can|should|would|could) (?:i|we|you|one)"
    r"|(?:where|(?:which|what) (?:\w+ ){0,2}?\w+) (?:do|can|should|would|could) (?:i|we|u)\b|how to|(?:can|could) (?:i|we|u|it)\b"
    r"|is there (?:a|an|any|some) (?:way|flag|option|mode|switch|setting|env(?:ironment)? var(?:iable)?|variable|command)\b"  # the asker's means
    r"|i (?:only |just )?(?:want|need) [\w.-]+ to\b)",  # "i only want vulture to show ...": what they would make it do
    re.I,
)
# "how do i enable encryption?", "how to delete it": a procedure, asked for by its verb and what it acts on.
HOW_TO_VERB = re.compile(
    r"^\W*(?:\w+ )?how (?:do|can|should|would|could) (?:i|we|you|one) (?:\w+ly )?([a-z][\w-]*)|^\W*how to ([a-z][\w-]*)", re.I
)

# "x.ai", "node.js": a name written with a dot, which the index splits into its parts
DOTTED_NAME = re.compile(r"(?<![\w.])([a-z]\w*)\.(?:ai|io|js|net|com|org|app|dev|ly)\b", re.I)


def undotted(context: list[str]) -> tuple[list[str], list[str]]:
    """`context` with its dotted names split into their parts ("x.ai": "x", "ai"), and those names' first parts."""
    dotted = [m[1].lower() for w in context if (m := DOTTED_NAME.fullmatch(w))]
    return [p for w in context for p in (w.split(".") if DOTTED_NAME.fullmatch(w) else [w])], dotted


# Spans of time: "soon after", "a few weeks", "13 years and 48 days", the unit after a number ("500ms", " seconds").
SOON = lazy_pattern(r"\b(?:soon|shortly|not long|immediately|right) (?:after(?:wards?)?|thereafter|later)\b", re.I)
A_TIME = lazy_pattern(r"\b(?:an?|one|half an?|a few|a couple of) (?:second|minute|hour|day|week|month|year|decade)s?\b", re.I)
_UNITS_OF_TIME = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)"
TIMES = lazy_pattern(rf"\b\d[\d,.]*\s{_UNITS_OF_TIME}(?:,?\s(?:and\s)?\d[\d,.]*\s{_UNITS_OF_TIME})+\b", re.I)
TIME_UNIT = lazy_pattern(rf"(?:[\s-](?:{_UNITS_OF_TIME}|decades?|centuries)|(?<=\d)(?:ms|s|secs?|mins?|h|hrs?))\b", re.I)
# "As reported by Business Insider, ...", "according to Mashable": a source credited before a name, no doer of the deed told
_CREDITED_BEFORE = lazy_pattern(r"\b(?:(?:as )?reported by|according to|per|via)\s+(?:the\s+)?", re.I)
_CREDIT_NAMED = r"([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,2})"
# A name the text credits with pointing out, reporting or noting what it tells ("..., as Mashable points out, ..."), by the deed
CREDITS = {
    "point": lazy_pattern(rf"\bas {_CREDIT_NAMED} (?:points?|pointed) out\b"),
    "report": lazy_pattern(  # "reports from various publications, including Mashable, claimed ..."
        rf"\b(?:as )?(?:first )?reported by {_CREDIT_NAMED}|\bas {_CREDIT_NAMED} (?:first )?report(?:s|ed)\b"
        rf"|\breports? from (?:\w+ ){{0,2}}(?:publications|outlets|sites|media|news sites),? including {_CREDIT_NAMED}"
    ),
    "note": lazy_pattern(rf"\bas {_CREDIT_NAMED} not(?:es|ed)\b"),
}


def credited_at(sentence: str) -> set[int]:
    """Where the names a sentence credits as its sources start ("As reported by Business Insider, ...", "..., as
    Mashable points out, ..."): sources, no doers of the deeds told."""
    found = {m.end() for m in _CREDITED_BEFORE.finditer(sentence)}
    return found | {m.start(g) for p in CREDITS.values() for m in p.finditer(sentence) for g in range(1, (m.re.groups or 0) + 1) if m.group(g)}
