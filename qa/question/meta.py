"""Questions about the documents themselves (who wrote one, for which outlet), read in the light of
the question before: "and the bgr one?" after "who wrote the verdict article?", "where does he work?"
after a question about an author, "who's the bgr writer?" naming an outlet."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from qa.patterns import MENTIONING
from qa.question.descriptions import Descriptions
from qa.question.kinds import OPENING, Question
from qa.text import STOPWORDS, normalize, stem_words, words

_WRITER = r"(?:author|writer|reporter|journalist|contributor|columnist|correspondent)"
AUTHOR_WORD = re.compile(rf"\b{_WRITER}", re.I)
_WRITER_SAYS = re.compile(
    rf"\b{_WRITER}s?\s+(?:\w+\s+)?(?:said|says|say|thinks?|thought|argues?|argued|claims?|claimed|agrees?|agreed|feels?|felt"
    r"|believes?|believed|suggests?|suggested|reckons?|means?|meant|wrote that|writes that)\b",
    re.I,
)
_WRITES_FOR = re.compile(r"\bwho (?:wrote|writes|reports|reported) (?:for|at)\b", re.I)
_WHO_IS = re.compile(
    r"^(?:who(?: is| was|'s|’s)\s+(?P<name>[\w.' -]+?)|what (?:does|did) (?P<doer>[\w.' -]+?) do(?: for (?:a living|work))?)\W*$",
    re.I,
)
# "and the bgr one?", "what about verdict", "no i meant the bgr one": the question before, of another.
_ELLIPSIS = re.compile(r"^(?:and|(?:and )?(?:what|how) about|(?:(?:no|nah|sorry|oops)\W+)?i meant)\b", re.I)
# "where does trevor mogg work?", "what outlet is joe wituschek with?": an author's outlet.
_OUTLET = r"(?:(?:web|news)\s?site|site|outlet|publication|(?:news)?paper|magazine|blog)"
_ASKS_OUTLET = re.compile(
    rf"(?:^|,\s*|\s)(?:so |and )?(?:where (?:does|did|is|was)\b(?!.*\b(?:live|lives|living|reside|resides|born|grow|grew|move|moved|university|college|school|stud(?:y|ied))\b)|(?:what|which) {_OUTLET}\b"
    r"|who (?:does|did) \w+(?: \w+)? (?:work|write) for\b|(?:work|writ)\w* for (?:what|which)\b"  # "... is writing for which website?"
    r"|(?:works|writes|wrote|writing) for\W*$)",  # "trevor mogg writes for"
    re.I,
)
# "where did he work before bgr?": an outlet before the one the corpus names, which it does not tell.
_FORMER = re.compile(r"\b(?:before|previously|prior to|used to|formerly|in the past)\b", re.I)
# "what did trevor mogg write about?", "which article did she write?": what an author wrote.
_WROTE_WHAT = re.compile(
    r"^(?:so |and |ok )?(?:what|which (?:article|story|piece|one)) (?:did|does|has) (?P<who>[\w.' -]+?) "
    r"(?:write|wr[io]te|written|cover(?:ed)?)(?: about| on)?\W*$",
    re.I,
)
_PRONOUN = frozenset({"he", "she", "they"})
# "where does he work?", "who does she write for?", "what outlet is that?" after a question about an
# author: the outlet.
_WORKS_FOR = re.compile(
    rf"^(?:so |and )?(?:where|who|(?:what|which) {_OUTLET}) (?:does|did) (?:he|she|they) "
    rf"(?:work|write)(?: for| at)?\W*$|^(?:so |and )?(?:what|which) {_OUTLET}"
    r"(?: is (?:that|it|this))?\W*$",
    re.I,
)


def follow_kind(question: Question, previous: Question | None) -> Question:
    """"and the bgr one?" after "who wrote the verdict article?" asks the same about another article:
    an elliptical follow-up of no narrower kind takes the kind of a question about a document, or of one
    asking a value ("and reddit?" after "how much is twitter charging?" asks how much too)."""
    if previous is not None and previous.kind == "published" and (ZONE_ASKED.search(question.text) or _TIMED_ONLY.match(question.text)):
        return Question(question.text, "published")  # "what timezone is that", "at what time?" after "when did it go up"
    if question.kind == "what" and previous is not None and previous.kind in ("how_much", "how_many") and _RANGE_END.match(question.text):
        return Question(question.text, previous.kind)  # "whats the top end" after "how much are those": the range's highest
    if question.kind != "what" or previous is None or not _ELLIPSIS.match(question.text) or _ASKS_WHAT.search(question.text):
        return question  # "and over what exactly?" after "who threatened to sue ...?" asks a what
    return Question(question.text, previous.kind) if previous.is_meta or previous.kind in _VALUES else question


_RANGE_END = re.compile(r"^\W*(?:(?:and|so|ok|but)\W+)*(?:what(?:'s|’s|s| is| was)? )?the (?:top|upper|high|bottom|lower|low)(?: end| figure| number| price)?\W*$", re.I)
_TIMED_ONLY = re.compile(r"^\W*(?:and\s+|so\s+|ok\s+)?(?:at\s+)?(?:what|which)\s+(?:time|hour|day|date)(?:\s+(?:exactly|of day))?\W*$|^\W*(?:and\s+)?(?:what\s+)?time\W*$", re.I)
ZONE_ASKED = re.compile(r"\btime ?zones?\b", re.I)
_ASKS_WHAT = re.compile(r"\b(?:what|which)\b(?! about\b)", re.I)
_VALUES = frozenset({"when", "year", "how_much", "how_many", "who", "where", "why"})


def asks_byline(question: Question) -> bool:
    """True when a question that names an article's outlet asks for its writer ("who's the bgr writer",
    "bgr author?"); "who's the hamlet writer" names no article and asks the text."""
    if _WRITER_SAYS.search(question.text):  # "the bgr writer said ... skirts with what?": the writer's view asked
        return False
    return question.kind in ("who", "what") and bool(AUTHOR_WORD.search(question.text) or _WRITES_FOR.search(question.text))


def about_author(question: Question, previous: Question | None, authors: Mapping[str, str] | None = None) -> Question:
    """"what's his title?" asks an author's title only right after a question about the author
    (`previous`: the conversation's last question); otherwise it asks the text ("what").
    "who is joe wituschek?" asks about an author (`authors`: the corpus's, lower-cased, each with their bio or "")."""
    authors = authors or {}
    plain = re.sub(r"[^\w\s]", "", re.sub(r"['’]s\b", "", question.text.lower()))  # "joe wituschek's piece"
    named_author = _names_an_author(question.text, authors)  # "wituschek job title?"
    if _author_named(question.text, authors) or (named_author and question.kind != "title" and _ROLE_WORD.search(plain)) or (
        named_author and question.kind in ("yes_no", "what") and _ROLE_NOUN.search(plain)  # "is trevor mogg a senior editor?"
    ):
        return Question(question.text, "role")  # "who is joe wituschek?", "joe wituschek job title at bgr?"
    # "bgr author?" asked an article's writer as "who's the bgr writer" does
    about = previous is not None and (
        previous.kind in ("author", "role") or _author_named(previous.text, authors) or asks_byline(previous)
        or (previous.kind in ("outlet", "bio") and (bool(_PERSONAL.search(previous.text)) or _names_an_author(previous.text, authors)))  # "which outlet does he write for?", "... the piece by trevor mogg"
        or (bool(_WROTE_THE.search(previous.text)) and _names_an_author(previous.text, authors))  # "joe wituschek wrote one of these right?"
    )
    # "who is trevor mogg?" "and joe wituschek?"
    named = (m := _ELLIPSIS.match(question.text)) and " ".join(question.text[m.end() :].strip(" ?!.").lower().split())
    if about and (named in authors or _WHO_IS_HE.match(question.text)):  # "who is this person? a journalist?"
        return Question(question.text, "role")
    if wrote := _WROTE_WHAT.match(question.text):
        who = wrote.group("who").lower()
        if who in authors or (who in _PRONOUN and about):
            return Question(question.text, "title")
    if named_author and question.kind == "yes_no" and _WROTE_THE.search(question.text):
        return Question(question.text, "author")  # "trevor mogg wrote the bgr one right?": who wrote it
    if _BIO_ASKED.search(question.text) and (
        named_author or AUTHOR_WORD.search(question.text) or (about and _PERSONAL.search(question.text))
    ):
        return Question(question.text, "bio")  # "how long has he been covering tech?": the author's bio
    if about and _WORKS_FOR.match(question.text):
        return Question(question.text, "outlet")
    if _ASKS_OUTLET.search(question.text) and (named_author or (about and _PERSONAL.search(question.text))) and not _FORMER.search(question.text):
        return Question(question.text, "outlet")  # "what outlet is trevor mogg with?", "where does he work?"
    if (named_author or (about and _PERSONAL.search(question.text))) and _in_bio(plain, authors, about):
        return Question(question.text, "bio")  # "so trevor mogg moved from britain to where": what the bio tells
    if question.kind != "role" or AUTHOR_WORD.search(question.text) or about:
        return question
    return Question(question.text, "what")


# What an author's bio tells: "how long has he been covering tech", "the bgr writer's background".
_BIO_ASKED = re.compile(
    r"\bhow (?:long|many years) (?:has|have|had|is|was|did) (?:[\w.'’]+ ){1,4}?(?:been )?(?:cover|writ|report|work|in|doin|blogg)\w*"
    r"|\b(?:experience|expertise|background|bio|biography|credentials)\b|\bhow old (?:is|was)\b"
    r"|\b(?:where|(?:which|what) (?:country|city|town|place))(?:['’]s| (?:does|did|do|is|was))? [\w.'’]+(?: [\w.'’]+){0,6}? (?:live|lives|living|reside|based|from|move|moved|grow up|grew up|go to|went to|stud(?:y|ied)|graduate|attend)\b"  # "where does he live now"
    r"|\b(?:which|what) (?:university|college|school|degree)\b|\b(?:lives?|living|resides?|based|moved|grew up|comes? from)(?: (?:in|to|now))? where\b|\bwhere (?:he|she) (?:worked|works|lives|lived|studied|grew up|went)\b",  # his schooling; "lives where now"
    re.I,
)
_WROTE_THE = re.compile(
    r"\b(?:wrote|write|writes|written)\s+(?:(?:the|that)\s+(?:[\w.'’-]+\s+){0,3}?(?:one|article|piece|story|post|report)|one of (?:these|them|those|the (?:articles|pieces|stories)))\b", re.I
)
_PERSONAL = re.compile(r"\b(?:he|she|they|his|her|their|him|them|(?:that|the|this) (?:guy|dude|man|woman|lady|person|author|writer|reporter))\b", re.I)
_WHO_IS_HE = re.compile(r"^\W*(?:(?:and|so|ok)\W+)?who(?:['’]s|s| is| was) (?:he|she|this person|that person|this guy|that guy|the author|the writer)\b", re.I)
_ROLE_NOUN = re.compile(r"\b(?:editor|writer|reporter|contributor|journalist|columnist|correspondent)\b")
_ROLE_WORD = re.compile(r"\b(?:job title|title|role|position|job)\b")


def _names_an_author(text: str, authors: Mapping[str, str]) -> bool:
    """True when `text` names one of the corpus's authors, in full or by last name."""
    plain = re.sub(r"[^\w\s]", "", re.sub(r"['’]s\b", "", text.lower()))
    return any(re.search(rf"\b{re.escape(a)}\b", plain) for a in [*authors, *_last_names(authors)])


def _in_bio(plain: str, authors: Mapping[str, str], about: bool) -> bool:
    """True when the question shares a word, other than a name, with the bio of an author it names, or of the
    one asked of before ("so trevor mogg moved from britain to where": "... Trevor moved from one tea-loving
    island nation that drives on the left (Britain) to another (Japan)")."""
    asked = set(stem_words([w for w in words(plain) if w not in STOPWORDS])) - _META_STEMS
    return any(
        asked - set(stem_words(words(author))) & set(stem_words(words(" ".join(w for w in bio.split() if w.islower()))))  # no name: "BGR"
        for author, bio in authors.items()
        if bio and (about or any(re.search(rf"\b{re.escape(n)}\b", plain) for n in [author, *_last_names([author])]))
    )


_META_STEMS = frozenset(stem_words(sorted(STOPWORDS)))


def _last_names(authors: Iterable[str]) -> list[str]:
    """The last names of authors named in full, long enough to name one ("wituschek", "mogg")."""
    return [a.split()[-1] for a in authors if " " in a and len(a.split()[-1]) >= 4]


def _author_named(text: str, authors: Iterable[str]) -> bool:
    """True for "who is <author>?" or "what does <author> do?"."""
    m = _WHO_IS.match(text)
    return bool(m) and (m.group("name") or m.group("doer")).lower() in authors


# What makes an outlet or author named in a question the source asked ("what does bgr say", "per the
# verdict piece", "in bgr's article"), rather than its subject ("when was bgr founded?").
_AS_SOURCE = re.compile(
    r"\b(?:articles?|pieces?|stor(?:y|ies)|posts?|reports?(?:ed|ing|ers?)?|writers?|authors?|journalists?|editors?|guy|coverage|says?|said|saying"
    r"|mentions?(?:ed)?|claims?(?:ed)?|according|per|thinks?|think|covers?(?:ed)?|writes?|wrote|explains?(?:ed)?"
    r"|suggests?(?:ed)?|argues?(?:d)?|describes?(?:d)?|description|talks?(?:ed)?|brings? up|brought up|discuss(?:es|ed)?|gives?|gave|states?|cites?|cited|credits?|credited|sources?"
    r"|calls?|called|puts? it|in|from|version|take|one|expects?|expected|predicts?|predicted|believes?|believed|reckons?|feels?|felt"
    r"|conclu(?:des?|ded|sion)|warns?|warned|notes?|noted|hints?|hinted|impl(?:ies|ied|y))\b",
    re.I,
)


# Words naming an article: "the x.ai article", "the dmc piece", "the bgr one".
DOC_WORDS = r"(?:article|piece|story|writeup|write-up|post|report|one)"
# "in the article that mentions covid", "the piece that talks about bill gates shorting tesla": the article naming it
_MENTIONING_ONE = re.compile(
    rf"\s*\b(?:(?:in|from|per|according to)\s+)?the\s+{DOC_WORDS}\s+(?:(?:that|which)\s+(?:also\s+)?(?:mention(?:s|ed)?|brings? up|talks?(?: also)? about|discuss(?:es)?|covers?|names?)|covering|mentioning|about|on)\s+(?P<topic>(?:[^,?;.!]|\.(?=\w))+?)\s*(?=\s-|[,?;!]|\.(?!\w)|$)",
    re.I,
)


class Bylines:
    """The outlets and authors documents name ("bgr" -> its documents), to find those a question names."""

    def __init__(self, owners: dict[str, list[str]], topics: dict[str, str] | None = None, texts: dict[str, str] | None = None) -> None:
        self.owners, self.topics, self.texts = owners, topics or {}, texts or {}
        self.described = Descriptions(self.texts)  # "the tesla boss": the one the texts call so
        self._stems: dict[str, frozenset[str]] = {}
        names = "|".join(re.escape(n) for n in sorted(owners, key=len, reverse=True))
        self.pattern = re.compile(rf"\b({names})(?:'s)?\b", re.IGNORECASE) if owners else None
        # "the x.ai article": the one document writing that name
        told = "|".join(re.escape(n) for n in sorted(self.topics, key=len, reverse=True))
        self.topic = re.compile(rf"(?<![\w.])({told})(?:'s)?\s+(?={DOC_WORDS}s?\b)", re.IGNORECASE) if told else None

    def is_byline(self, text: str | None) -> bool:
        """True when `text` (a short answer: "Digital Trends", "Joe Wituschek") names an outlet or author."""
        return bool(text and self.pattern and self.pattern.fullmatch(normalize(text).strip(" .")))

    def outlet_in(self, question: str) -> str:
        """The outlet or author `question` names ("verdict" in "what does the verdict article say"), else ""."""
        return m.group(1) if self.pattern and (m := self.pattern.search(normalize(question))) else ""

    def named(self, question: str, earlier: str = "", cited: str | None = None) -> tuple[set[str], str]:
        """The documents whose outlet or author the question names, and the question without those names.

        "does it bring up copyright?" after a question naming an article (`earlier`), or asking which one
        says something (its answer `cited` first), names that article."""
        text = normalize(question)
        if _IT_SAYS.match(text) and not (self.pattern and self.pattern.search(text)):
            named = self.named(earlier)[0] if earlier else set()
            return named or ({cited} if cited and (_WHICH_ARTICLE.match(earlier) or " same " in text) else set()), question
        if self.pattern is None or not self.pattern.search(text):
            if self.topic is not None and (m := self.topic.search(text)):  # "does the x.ai article think ...?"
                return {self.topics[m.group(1).lower()]}, " ".join(self.topic.sub("", text).split())
            if (m := _MENTIONING_ONE.search(text)) and (mentioning := self.mentioning(m["topic"])):  # "in the article that mentions covid"
                return mentioning, " ".join(f"{text[: m.start()]}{text[m.end() :]}".split()).lstrip(" ,;:-")
            return set(), question
        named = {d for m in self.pattern.finditer(text) for d in self.owners[m.group(1).lower()]}
        if _ELLIPSIS.match(text) and earlier and self.named(earlier)[0]:  # "and bgr?" after "what date does verdict give"
            return named, self.pattern.sub("", text)
        if not _AS_SOURCE.search(text) and not (self.pattern.match(text) and not _WH.search(text)):  # "verdict api stands for"
            return set(), question  # "when was bgr founded?" asks about the outlet, not what its article says
        # "what does verdict say api stands for": with its source gone, "say" is no word asked either
        return named, " ".join(_SOURCE_SAYS.sub(r"\1", self.pattern.sub("", text)).split())

    def mentioning(self, topic: str) -> set[str]:
        """The documents holding every word of `topic`, when some do and others do not."""
        if not self._stems:
            self._stems = {d: frozenset(stem_words(words(t.lower()))) for d, t in self.texts.items()}
        wanted = set(stem_words([w for w in words(topic.lower()) if w not in STOPWORDS]))
        found = {d for d, held in self._stems.items() if wanted <= held} if wanted else set()
        return found if len(found) < len(self._stems) else set()

    def read(self, scene: str, asked: str) -> tuple[set[str], str]:
        """The article a statement before the question names as the one read ("i was reading the digital
        trends one and it says ...; how long after?"), and the statement without it; none when the question
        asks of any or another article ("bgr says $210k but what does the x.ai article say ...")."""
        # "digital trends says X but i think another article gives the year ...": not the one named
        if _ELSEWHERE.search(asked):
            return set(), scene
        return (set(), self.named(scene)[1]) if _ANOTHER_ONE.search(scene) else self.named(scene)


_WH = re.compile(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b", re.I)  # a keyword fragment has none
OTHER = re.compile(r"\b(?:other|another)\b", re.I)  # "does any other article say ...": not the one named
_ANOTHER_ONE = re.compile(r"\b(?:another|other|a different|a second) (?:articles?|pieces?|stor(?:y|ies)|outlets?|sources?|sites?|reports?)\b", re.I)
_ELSEWHERE = re.compile(r"\b(?:other|another|any|articles?|pieces?|stor(?:y|ies)|outlets?|sources?|sites?)\b", re.I)
_IT_SAYS = re.compile(
    r"^\W*(?:and |so |but )?(?:(?:how|what|why|who|whom|when|where) )?(?:does|did|do) (?:it|they|that one|(?:that|this|the) (?:same )?(?:article|piece|story|one))\s+"
    r"(?:even |also |ever )?(?:say|describe|call|" + MENTIONING + r"|explain)\b",
    re.I,
)
_POINTER = re.compile(r"\b(?:it|its|they|them|their|that|those|this|these|he|him|his|she|her)\b", re.I)


def asks_of_it(question: str) -> bool:
    """True for "how do they describe it" after a question naming an article: the article says, of the
    thing the last turn asked about (a pronoun after its verb), not of the article itself ("does it
    bring up copyright?")."""
    return bool(m := _IT_SAYS.match(normalize(question))) and bool(_POINTER.search(normalize(question)[m.end() :]))


_WHICH_ARTICLE = re.compile(r"^\W*(?:which|what) (?:article|story|piece|one|outlet|site|report)s?\b", re.I)
_SOURCE_SAYS = re.compile(
    rf"^(\W*(?:(?:{OPENING})\W+)*(?:(?:what|how|why|when|where|who|which)(?:\s+(?:date|day|year|time|number|figure|price|amount)|(?:\s+[\w'’-]+){{1,4}}?)?\s+(?:does|did|do)\s+)?)"
    r"(?:(?:the|that|this)\s+(?:articles?|pieces?|story|report|writer|author|guy|one)\s+)?"  # "how does the bgr article describe"
    r"(?:(?:exactly|actually|really|even|just)\s+)?(?:says?|said|thinks?|claims?|writes?|wrote|gives?|gave|states?|suggests?|suggested|argues?|argued"
    r"|describ(?:e|es|ed)|characteri[sz](?:e|es|ed)|portray(?:s|ed)?|calls?|called"  # "what does verdict call reddit"
    r"|mentions?|mentioned|brings? up|brought up|talks? about)\b"  # "verdict brings up reddit too right"
    r"|(?<=^)\W*(?:['’]s\s+)?(?:description|characteri[sz]ation|portrayal)\s+of\b",  # "verdict's description of reddit?"
    re.I,
)


def picks_article(rest: str) -> bool:
    """True for what is left of a question once the outlet or author it names is taken out, when it only asks
    which article that is ("ok which one is" of "ok which one is digital trends")."""
    return _PICKS.fullmatch(rest) is not None


_PICKS = re.compile(r"\W*(?:\w+\W+)?(?:which|what) (?:one|article|story|piece)s? (?:is|was)(?: the)?(?: one)?(?: from| by)?\W*", re.I)
