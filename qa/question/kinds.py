"""What a question asks for, read from its wording: a date, an amount, a name, a reason...

The kind decides which span of the best sentence answers it (see `qa.answer.spans`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from qa.patterns import SETTING_NOUNS
from qa.question.options import choices
from qa.text import normalize

Kind = Literal["when", "year", "how_much", "how_many", "who", "which", "where", "why", "yes_no", "how", "what", "author", "role", "bio", "source", "outlet", "published", "title", "summary", "documents"]

_DOC = r"(?:article|story|piece|report|post|item|text|coverage|document)"
# "is there a bgr article", "do u have the verdict one", "is one of these from bgr?": whether an outlet or author's article is there
ASKS_EXISTS = re.compile(
    rf"^\W*(?:(?:ok|okay|so|hmm+|hey|wait)\W+)*(?:(?:is there|do (?:you|u) have|have (?:you|u) got) (?:an?|any|the) [\w'’.&-]+(?: [\w'’.&-]+){{0,2}} (?:{_DOC}|one)|(?:(?:is there|do (?:you|u) have|have (?:you|u) got) (?:an?|any) (?:{_DOC}|one)|(?:do (?:you|u) have )?anything"
    rf"|(?:is|are) (?:any|one|some) of (?:these|them|those|the {_DOC}s)(?: {_DOC}s)?) (?:from|by) [\w'’.&-]+(?: [\w'’.&-]+){{0,2}})(?: in here| here| in there)?\W*$", re.I)
# Words people use to ask about a document itself ("who wrote it", "what does X stand for"): a typo of
# one is corrected to it though the text may never use it.
ASKING_WORDS = (
    "article story piece report post coverage document author writer reporter journalist byline published "
    "publication outlet website site publisher headline title role write wrote written writes stand stands"
).split()
# A chat fragment naming what it asks of, no question word first: "musk lawsuit date?", "reddit api price?".
FRAGMENT = r"^(?!(?:is|are|was|were|do|does|did|what|which|who|how|why|where|when)\b)[\w.'’ -]{1,40}"
_RULES: list[tuple[Kind, str]] = [
    # "what flag shows how much time ...", "which option sets how many ...": a setting, not an amount.
    ("what", rf"^(?:what|which) (?:\w+ )?{SETTING_NOUNS}\b"),
    # "how do i get strace to show how long each syscall took": a way to do it, not a duration
    # "is there a way to limit how many reruns happen", "can i change how long it waits": a way too
    ("how", r"^(?:(?:so|and|but|ok) )?(?:how (?:do|can|could|should) (?:i|we|you|u)|is there (?:a|any) way to|is it possible to|(?:can|could) (?:i|we|u) (?!(?:ask|know|find|see|check|learn|get)\b))\b(?=.*\bhow (?:much|many|long|old|far|big|often)\b)"),
    # "which outlet first reported that microsoft ...", "which outlet did the articles cite": a publication
    # the text names, not the article's own.
    (
        "who",
        r"^(?:which|what) (?:outlets?|publications?|news sites?|websites?|sites?|media outlets?) (?:\w+ )?(?:first |originally |initially )?"
        r"(?:report(?:s|ed|d)?|broke|revealed|claimed|said) (?:that|on|about)\b"
        r"|^(?:which|what) (?:outlets?|publications?|news sites?|websites?|sites?|sources?) (?:did|does|do) [\w ]{1,40}? "
        r"(?:cite|credit|quote|mention|link to|refer to)\b",
    ),
    (  # questions about a document itself, answered from its metadata
        "author",
        rf"\bwho(?:'s| is| was) the (?:author|writer|byline)(?: of| on)?\b|\bwho (?:wrote|authored|penned)\b|\b(?:author|writer|byline) of\b|\bwritten by whom\b|\bwhose {_DOC}\b|\bwho is behind the {_DOC}"
        r"|\bthe (?:writer|author)\b[^?]*\bwhat(?:'s|’s|s| is| was) (?:his|her|their) (?:full )?name\b",  # "... there is the writer, ... what is his name"
    ),
    (
        # The author's title: "what's the author's role", or "what's his title there" after "who wrote it?".
        "role",
        r"\b(?:the )?(?:author|writer|reporter|journalist)(?:'s|’s)? (?:job )?(?:title|role|position|job)\b"
        r"|\b(?:title|role|position|job) of the (?:author|writer|reporter|journalist)\b"
        r"|(?:^|\band )(?:what(?:'s|’s|s)?|what (?:is|was)) (?:his|her|their) (?:job )?(?:title|role|position|job)\b"  # "who's X and whats his title"
        r"|^\W*(?:and |so )?(?:his|her|their) (?:job )?(?:title|role|position|job)(?: there)?\W*$"  # "his title (there)?"
        r"|^what (?:does|did) (?:he|she|they) do(?: there| for (?:a living|work))?\W*$",
    ),
    (
        # "what's the title of the digital trends article", "the bgr piece's headline".
        "title",
        rf"\b(?:title|headline) (?:of|on|for|in) (?:the|this|that|their|its|[\w'’.&-][\w'’.& -]{{0,39}}) (?:{_DOC}|one)\b|\b{_DOC}(?:'s|’s)? (?:title|headline)\b"
        # "which one is the bgr article", "which of the articles was published by bgr": the article, by its title
        rf"|^\W*(?:which|what) (?:one|{_DOC}|of the {_DOC}s|of them)(?: is| was)? (?:the [\w'’.&-]+(?: [\w'’.&-]+)? {_DOC}|(?:published |written )?(?:by|from) [\w'’.&-]+(?: [\w'’.&-]+)?)\W*$"
        rf"|{ASKS_EXISTS.pattern}",  # "is there a bgr article in here": that article, by its title
    ),
    (
        "outlet",
        rf"\b(?:which|what) (?:outlet|publication|site|website|newspaper|magazine|news site|publisher|media outlet)s?\b(?!.*\b(?:credit\w*|cite[sd]?|citing)\b).*\b(?:{_DOC}s?|(?:are|is) (?:these|those|they) from|publish\w*|wr[io]te?\w*|ran|runs?|posted|(?:covered|reported) (?:this|it|the (?:story|news))\b)\b|\bwho published\b|^(?:which|what) (?:outlet|publication|news site|publisher)\W*$|^(?:which|what) (?:outlet|publication|site|website|newspaper|magazine|publisher)s? (?:is|was) (?:it|this|that)(?: (?:from|on|in)\b|\W*$)|{FRAGMENT}(?:'s|’s) (?:outlet|publication|publisher)\W*$|\bwhere (?:was|is) (?:the|this|that|[\w' ]{{1,40}}) {_DOC} published\b|\bpublished (?:by|on|in) (?:which|what)\b",
    ),
    (
        "published",
        rf"\bwhen (?:was|were|is) (?:the|this|that|their|[\w' ]{{1,40}}) (?:{_DOC}s?|one) (?:published|written|posted|released|out)\b|\bpublication (?:date|time)\b|(?<!\bin the )(?<!\bto the )(?<!\bmy )\btimestamp\b|\b(?:date|day) (?:of|was) (?:the|this) (?:[\w.'’&-]+ ){{0,2}}?{_DOC}\b|\bwhat date (?:was|is) (?:the|this|[\w' ]{{1,40}}) {_DOC}"
        # "what date did the bgr article come out", "what time did it go up": when a document appeared (not "does")
        # "when did bgr publish its article", "what time did verdict post the story".
        rf"|\b(?:when|what (?:date|day|time)(?: of (?:the )?day)?|at what time) did [\w' ]{{1,40}}? (?:publish|post|put out|run) (?:its|their|the|this|that|an?) (?:[\w'-]+ ){{0,3}}{_DOC}|publish (?:it|that|this|theirs|his|hers)\b"
        rf"|\b(?:when|what (?:date|day|time)(?: of (?:the )?day)?|at what time) (?:they|he|she|[\w.'’-]+) (?:published|posted) (?:it|that|this)\W*$"  # "what time of the day they published it"
        rf"|\b(?:when|what (?:date|day|time)(?: of (?:the )?day)?|at what time) did [\w' ]{{1,40}}? put (?:its|their|the|this|that|an?) (?:[\w'-]+ ){{0,3}}{_DOC}s? (?:out|up)\b"  # "put their story out"
        rf"|\b(?:when|what (?:date|day|time)|(?:at )?what time)\b(?!\s+(?:does|do|will|would|shall)\b).*\b(?:{_DOC}|it|this|that|one)\b.*\b(?:published|posted|come out|came out|go(?:ne)? up|went up|go(?:ne)? live|went live|(?:get|got) (?:published|posted))\b"
        rf"|{FRAGMENT}\b{_DOC}s? (?:published|posted|came out|went up)(?: when| on| date)?\W*$"  # "bgr piece posted when"
        rf"|{FRAGMENT}\b{_DOC}s? (?:(?:publish(?:ed|ing)?|publication|post(?:ed|ing)?) )?(?:date|time|day)(?: and (?:date|time))?\W*$",  # "... publish date and time?", "bgr article date?"
    ),
    ("year", rf"^(?:in )?(?:what|which) year\b|\bwhat year\b|^(?:the )?(?:exact )?year (?:of|when)\b|{FRAGMENT}(?<!per )(?<!a )(?<!each )(?<!every )(?<!last )(?<!this )(?<!next )\byear\W*$"),  # "openai founding year?"
    (
        "when",
        r"^(?:\w+ )?(?:when|since when|until when|by when)\b|^(?:on |by |from |until |in |at |since )?(?:what|which) (?:exact |specific |particular )?(?:date|day|month|time|weekday|decade|century|era|period)\b(?! ?(?:steps?|stamps?|zones?|formats?|limits?|outs?|frames?|windows?|units?|intervals?|spans?|slots?|series)\b)|^(?:what|which)(?:'s|’s| is| was) the (?:exact |actual |specific |precise |particular )?(?:[a-z]+ )?(?:date|day)\b|\bwhen (?:did|was|were|is|are|does|do|will|has|have|had|can|could)\b"
        # chat fragments: "exact date of musk's tweet?", "openai founded when"
        rf"|^(?:the )?(?:exact |specific )?(?:date|day|time) (?:of|when)\b|{FRAGMENT}\bdate\W*$|\b(?:on|by|until|since) (?:what|which) (?:exact |specific |particular )?(?:date|day|weekday)\b"  # "musk made the threat on what day?"
        r"|^(?:the )?(?:exact |specific |precise |actual )?(?!(?:is|are|was|were|what|which)\b)(?:[a-z]+ )?date (?!(?:is|was|are|were)\b)[a-z]"  # "cutoff date for twitter?"
        rf"|^(?!(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b)\w.* (?!since\b|until\b|till\b)\w+ when(?:\W*$|\?)",
    ),
    (
        "how_much",
        r"\bhow much\b|\bhow expensive\b|\b(?:what|which)(?:'s| is| was| are| were)? (?:the )?(?:(?:\w+ )?[\w.-]+['’]s? )?(?:(?!default )\w+ ){0,2}(?<!\bto )(?:price|cost|fee|fees|amount|sum|charge|rate|value|worth|tuition|salary|wage|budget|revenue)\b|\bhow high\b"
        rf"|{FRAGMENT}\b(?:price|prices|pricing|cost|costs|fee|fees|amount|funding|net worth|valuation|damages(?: sought)?)(?: (?:per|a|each) \w+)?\W*$"  # "reddit api price (per call)?"
        r"|\b(?:valued|priced) at\b(?!\s*(?:about |around |over |under |more |less |least )?[$€£\d])|\b(?:what|which)(?:'s| is| was)? (?:the )?(?:(?:\w+ )?[\w.-]+['’]s? )?valuation\b"
        # "what's reddit charging per month", "what does the pro plan cost": the sum it charges
        r"|\bwhat(?:'s|’s| is| are| was| were| does| do| did| will)\s+(?:[\w.'’-]+\s+){1,4}?(?:charg(?:e|es|ing)|cost(?:s|ing)?)\b(?!\s+(?:of|to)\b|(?:\s+[\w'’-]+){0,3}?\s+for\W*$)",  # "what are they charging (companies) for": the thing
    ),
    (
        "how_many",
        r"\bhow many\b|\bhow (?:old|long|far|large|big|tall|fast|often)\b|\b(?:what|which)(?:'s| is| was| were| are)? (?:the )?(?:(?:\w+ )?[\w.-]+['’]s? )?(?:\w+ )?(?:number|percentage|percent|proportion|share|age|population|size|length|distance|height|weight|temperature|speed|score|total)\b",
    ),
    (
        "why",
        r"^why\b|\bwhy\b|\b(?:what|which)(?:'s|’s)? (?:is |was |were )?(?:the |his |her |their |its )?(?:(?:likely|main|real|actual|official|stated|probable|possible|supposed) )?(?:reasons?|reasoning|motives?|motivation|rationale|cause|explanation)\b|\bhow come\b|\bfor what reason\b"
        rf"|^(?:\w+ )?what for\W*$|{FRAGMENT}\b(?:reasons?|motives?)\W*$"  # "what for?", "musk lawsuit reason": the reason
        r"|^(?:\w+ )?what (?:made|makes|caused|causes|led|prompted|pushed|drove) (?!(?:it|them|him|her)\W*$)",  # "what made microsoft drop twitter"
    ),
    (
        "who",
        r"^(?:who|whom|whose)\b|\bwho\b|\b(?:which|what) (?:\w+ ){0,2}?(?:person|people|man|woman|individual|executive|ceo|founder|billionaire|company|companies|firm|firms|organi[sz]ations?|group|business|businesses|startup|record label|label|platform|tech giant|giant|publications?|team|network|player|artist|band|agency|university|college|school|party|president|king|queen|emperor|leader|scientist|church|club|newspaper|magazine|brand|channel|station|family|dynasty|tribe|language|religion|networks?|sites?|services?|apps?|products?)\b|\bname of the (?:person|company|firm|ceo)\b|\b(?:what|which) (?:is|was|were|are) the names?\b"
        r"|\bwhere (?:does|did|do) (?:the |that |this |their |its )?(?:[\w.'’-]+ ){0,3}?(?:info|information|news|report|claims?|numbers|figures)\b.*\b(?:come|came) from\b",  # a source: "where does the reddit info come from"
    ),
    ("where", r"^where\b|^(?!\W*(?:(?:from|to|of|for|by|with|in) )?(?:what|which|who|whom|whose|when|how)\b).*?(?<!\bcalled )(?<!\bnamed )(?<!\bone )(?<!\bpart )\bwhere\b|\b(?:what|which) (?:\w+ )?(?:country|countries|city|cities|state|place|location|region|area|town|county|district|continent|island|river|venue|stadium|building|nation|province)\b"),  # "what did musk write in the tweet where he ...": a "where" after another question word tells which one
    ("yes_no", r"^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might)\b"),
    (
        "which",
        r"^(?:which|what) \w+ (?:is|was|are|were|did|does|do|has|had)\b|^(?:which|what)\b.*\b(?:called|named|name)\b",
    ),
    ("how", r"^how\b|[.,;:!?]\s*how\W*$"),  # "... and i need to see them. how?"
]
# "according to the articles" says where to look, which is always the corpus.
_ACCORDING = re.compile(
    r",?\s*(?:according to (?:the|these|your) (?P<said>(?:[\w.'’-]+\s+){0,3}?)|(?:in|from) (?:the|these|your) )(?:articles?|reports?|texts?|news|sources?|corpus|documents?|pieces?|stor(?:y|ies))\b", re.I
)
_WHO_IS_NAME = re.compile(r"^[Ww]ho (?:is|was|are|were) (?:[A-Z][\w.'-]*\s*){1,4}\??$")
_REFERS = re.compile(rf"\b(?:{_DOC}s?|it|this|that|one)\b", re.I)
_COMPILED = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _RULES]


@dataclass(frozen=True)
class Question:
    """A question's text and the kind of answer it asks for."""

    text: str
    kind: Kind
    options: tuple[str, ...] = ()
    """the two answers a yes/no question offers: "is musk suing openai or microsoft" -> ("openai", "microsoft")"""

    @property
    def is_meta(self) -> bool:
        """True for a question about a document (its author, outlet or date)."""
        return self.kind in ("author", "role", "bio", "outlet", "published", "title")


# "which article mentions truthgpt?": asks which document says something (the frame is no word to find).
_SOURCE = re.compile(
    # "which outlet says X" asks which article; "which outlet reported X" may mean one the text cites, as may "which
    # outlet did the bgr one say pointed out X".
    r"^(?:(?:which|what) (?:articles?|stor(?:y|ies)|pieces?|ones?|documents?|docs?|pages?|files?"
    r"|(?:outlets?|publications?)(?! report))"
    r"|how many (?:of (?:the |these |those )?)?(?:articles|stories|pieces|documents|docs|pages|files|outlets)"
    r"|(?:do|does|did) (?:all|every|each|both)(?: of)? (?:the |these |those )?(?:articles?|stor(?:y|ies)|pieces?|documents?"
    r"|docs?|sources?|outlets?)) "
    r"(?:(?:did|does|do) (?:the|that|this) (?:[\w.'’-]+ ){0,3}?(?:article|story|piece|report|one) (?:say|said) )?"
    r"(?:mention(?:s|ed)?|says?|said|claim(?:s|ed)?|talk(?:s|ed)? about|cover(?:s|ed)?|report(?:s|ed)?|wr(?:ites?|ote) about"
    r"|br(?:ings?|ought) up|quote(?:s|d)?|name(?:s|d)?|agree(?:s|d)?(?: that| on)?|confirm(?:s|ed)?(?: that)?|point(?:s|ed)? out|note(?:s|d)?|highlight(?:s|ed)?|stress(?:es|ed)?)\s+"
    r"(?!(?:this|it|that|these|those|the (?:story|news))\W*$)",  # "which outlets covered this": each one's metadata
    re.I,
)


# "says who?", "source?", "according to whom?" after an answer: which articles say what it said.
SAYS_WHO = re.compile(
    r"^(?:(?:ok|so|and|but|wait|lol)\W+)*(?:says? who|who says(?: so| that)?|sources?|(?:what'?s|what is) (?:the|your) sources?"
    r"|according to (?:who|whom|what)|where does it say (?:that|so)|where(?:'s| is) that from|who said so"
    # "which outlet reported that?", "which article gave that figure?", "which piece is that from": the one whose article the last answer quoted
    r"|(?:which|what) (?:outlets?|sites?|websites?|publications?|articles?|papers?|pieces?|stor(?:y|ies)) (?:(?:reported|said|wrote|published|says|reports|writes|gave|gives|had|has"
    r"|mentioned|mentions|cited|cites) (?:that|this|it)(?: (?:figure|number|price|amount|date|quote|claim|stat|info|detail|bit))?|(?:was|is) (?:that|this|it) (?:in|from|on))"
    r"|where did (?:you|u) get (?:that|this)(?: (?:figure|number|price|amount|date|quote|claim|stat|info|from))*)\W*$",
    re.I,
)


def source_topic(text: str) -> str:
    """What a "which article mentions X?" question asks to find: X ("" for "says who?": the last answer's)."""
    if SAYS_WHO.match(text):
        return ""
    return _SOURCE.sub("", text) or text


# Chat drops the apostrophe: "whos the ceo", "wheres it based", "hows it work".
_UNPOSTROPHED = re.compile(r"\b(who|what|where|when|how|why)s\b", re.I)
# "does any other article say who ...?", "does the verdict piece say when ...?" ask who, when: the frame
# around the embedded question says nothing.
_FRAME = re.compile(
    r"^(?:does|do|did|can|could|will|would)\s+(?:any|either|another|the|an?)?\s*(?:other\s+)?"
    r"(?:(?!say|mention|tell)[\w.&'-]+\s+){0,2}?"  # the source's name: "the verdict article", "the bgr one"
    r"(?:articles?|sources?|pieces?|stor(?:y|ies)|reports?|one|of (?:them|the articles))\s+"
    r"(?:say|mention|tell|give|state|explain|report|note|know)s?\s+(?:us\s+)?(?=(?:who|whom|whose|what|which|when|where|why|how)\b)",
    re.I,
)


# "do you know what ...", "can you tell me when ...": a polite frame around the question proper (it is no yes/no
# question); "do you know if ..." still is one, as is "i was wondering whether ..." (`_WONDERED`).
WONDER = (r"(?:i (?:wonder|was wondering|am wondering|want to know|wanna know|would like to know)|i['’]?d like to know|i(?:['’]?m| am) "
          r"(?:wondering|(?:just )?trying to (?:find out|figure out|pin down|work out|nail down)))")  # "i'm trying to pin down when"
_POLITE = re.compile(
    r"^(?:and |but |so )?(?:(?:(?:do|does|did) )?(?:you|u|ya|anyone|anybody|someone|somebody) (?:know|remember)s?|any ?(?:one|body) knows?|any (?:idea|clue)s?"
    rf"|(?:can|could|would|will) (?:you|u|ya|anyone|someone|somebody) (?:please )?(?:tell|show|remind) (?:me|us)|(?:please )?tell (?:me|us)|{WONDER})"
    r",?\s+(?!if\b|whether\b)", re.I,
)  # fmt: skip
_WONDERED = re.compile(rf"^(?:{WONDER}|any (?:idea|clue)s?),?\s+(?:if|whether)\b", re.I)


# A question asked inside another, its verb last: "who the current ceo of microsoft is".
_EMBEDDED = re.compile(r"^(who|what|which|where)\s+(?!is\b|was\b|are\b|were\b)(.+?)\s+(is|was|are|were)\W*$", re.I)


_TOPIC_ASKED = re.compile(r"^(?:and |so |but )?(?P<topic>(?!(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did)\b)[^,?]{3,60}),\s*what (?:(?:is|was) it|it (?:is|was|says?|said)|does it say)\W*$", re.I)  # "and his job title there, what it says?"
# Words a chat message opens with before the question proper ("ok so whats his title", "um and which ...").
OPENING = r"ok|okay|so|um+|uh+|hey|hi|hello|yo|oh|ah|well|wait|hm+|huh|wow|whoa|btw|anyway|alright|lol|thanks|thank you|thx|ty|got it|bro|bruh|dude|omg|lmao|ngl|tbh|(?:just )?curious(?= (?:what|who|how|why|when|where|which|if|whether)\b)"  # a chat message's opening words
QUESTION_LABEL = r"(?:sorry if (?:(?:this|it|that) is |(?:its|it's|thats|that's) )?(?:a |an )?)?(?:quick|dumb|stupid|silly|noob|random|obvious) q(?:uestion)?"  # "ok dumb question but what ..."
FILLER = rf"(?:{OPENING}|(?:tl;? ?dr|eli5)(?=\W+(?:why|who|what|when|where|how|which)\b))"  # "tldr why ...?": why
_JOINED = re.compile(r"^(?:and|but|or)\s+(?=\w)", re.I)
_LEADING_FILLER = re.compile(rf"^(?:{FILLER}\b[\s,.!:;-]*)+(?=\w)", re.I)
# Hedges a person drops anywhere into a question ("who exactly wrote it", "when again did he quit"): they say nothing of
# its kind and would only break the patterns above. Hedges that are no words of the text either (the query reads them
# away too); "exactly", "really"... are function words there already.
HEDGES = r"basically|honestly|literally|seriously|definitely|supposedly|apparently|precisely|specifically|possibly|probably|roughly|approximately|completely|totally|entirely|absolutely"
_HEDGE = re.compile(rf"\b(?:exactly|actually|really|even|again|just|roughly|{HEDGES})\s+", re.I)


# "summarize the bgr article", "tl;dr", "what is this about", "what are the articles about": what a document
# (or the corpus) is about, told by its title and its first sentence.
_SUMMARY = re.compile(
    r"\b(?:summari[sz]e|tl;? ?dr|gist|eli5)\b|^(?:\w+ ){0,3}?(?:a |the )?(?:quick |short |brief )?summary\b(?!\s*:\s*\w)"
    r"|^(?:so )?what(?:'s|’s|s| is| are)? (?:(?:this|that|it)(?: whole thing| whole story| story| news| all)?|all this"
    r"|(?:the|these|those|this|that) (?:[\w.&'-]+ ){0,2}(?:articles?|pieces?|stor(?:y|ies)|posts?|reports?|news|corpus"
    r"|documents?|docs?|files?|pages?|ones?))"
    r" (?:all |really )?about\W*$"
    # "what happened?", "what's going on", "what's the story": what the corpus (or the article just cited) tells.
    r"|^(?:so )?what(?:'s|’s|s| is)? (?:happened|happening|going on|the (?:story|news|deal|situation))\W*$",
    re.I,
)


# "how many articles are there", "what docs do you have", "list the articles": the corpus itself.
_INVENTORY = re.compile(
    r"^(?:how many|what|which) (?:articles|documents|docs|stories|sources|files|pieces|texts|pages) "
    r"(?:are there|r there|(?:do|have) (?:you|u) (?:have|got)|are (?:in|loaded|indexed|available)\b.*|can (?:you|u) (?:see|read|search))\W*$"
    r"|^(?:list|show)(?: me)?(?: the| all| all the| your)? (?:articles|documents|docs|stories|sources|files)\W*$"
    r"|^what (?:is|are) the (?:titles|names) of the (?:articles|documents|docs|stories)\W*$"
    r"|^what is in (?:the|your|this) (?:corpus|collection|library|knowledge base|index)\W*$",
    re.I,
)


# A statement with a tag asking to confirm it: "umg sued openai right?", "it was a reply, no?", "..., was it?".
_TAGGED = re.compile(
    r"^(?!(?:what|wat|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b)"
    r"\w.*\w(?:[\s,]+(?:right|correct|yeah|yea|no|true|innit|(?:isn|wasn|didn|doesn|aren|weren)['’]?t (?:it|he|she|they|that|there))|,\s*(?:is|was|are|were|did|does|has|have) (?:it|he|she|they|that|there))\W*$",
    re.I,
)
_TRAILING = re.compile(r"(?:\s+(?:lol|lmao|haha|tho|though|rn|then|too|anyway|exactly|again|btw|right|pls|plz|please|thx|thanks))+\W*$", re.I)


# "when xmltodict parses X, what key ...?", "if i lower Y, what happens": a clause sets the scene, the
# question comes after its comma.
_CLAUSE_FIRST = re.compile(
    r"^(?:when|if|after|before|once|while|whenever) (?!(?:did|was|were|is|are|does|do|will|has|have|had|can|could)\b)"
    r"[^,?]{3,80}?(?:, | (?=how (?:do|can|should|could|would|to)\b|(?:which|what|where) (?:[\w-]+ ){0,2}(?:does|do|did|is|are|will|should|can)\b|what happens\b))(?=(?:what|which|who|whom|whose|where|how|why|when|is|are|do|does|did|can|should|will)\b)",
    re.I,
)


# "lpeg re module: how do i replace ...", "trevor's piece: did musk ...": a label names the topic, the question
# comes after its colon.
_QUESTION_LABELED = re.compile(rf"^(?:(?:{FILLER})\W+)*{QUESTION_LABEL}\W+but\W+(?=\w)", re.I)  # "ok dumb question but what ...": "but" hides the question word
# "the verdict story, what publication is it from": a short label, then a question pointing back at it.
_COMMA_LABELED = re.compile(r"^(?:\S+\s+){0,3}\S+,\s+(?=(?:what|which|who|where|when)\b[^,?]*?\b(?:is|was|does|did) (?:it|this|that|he|she|they)\b)", re.I)
_LABELED = re.compile(r"^[^:?]{2,40}:\s+(?=(?:what|which|who|whom|whose|where|when|how|why|is|are|do|does|did|can|could|should|will)\b)", re.I)


# An article's writer or time claimed ("the dt article was written by joe wituschek right?", "bgr posted their
# article in the morning right?"): the answer is who wrote it or when it went up, the one claimed or not.
_CLAIMED = (
    ("author", re.compile(rf"\b{_DOC}s?(?: piece)? (?:was |is |were )?(?:written|authored|penned) by\b", re.I)),
    ("published", re.compile(
        rf"\b(?:(?:published|posted|put out|put up|ran) (?:its|their|the|this|that|an?) {_DOC}s?|{_DOC}s? (?:was |were |went |got )?(?:published|posted|up|live))"
        r" (?:in the (?:morning|afternoon|evening|night)|at (?:\d|noon|midnight)|around \d|on \w+day|late|early)", re.I)),
)


def classify(question: str) -> Question:
    """Return the question with the kind of answer it asks for ("what" when nothing narrower fits)."""
    text = _UNPOSTROPHED.sub(r"\1 is", " ".join(normalize(question).split()))
    if m := _CLAUSE_FIRST.match(text) or _LABELED.match(text) or _QUESTION_LABELED.match(text) or _COMMA_LABELED.match(text):
        asked = classify(text[m.end() :])
        return Question(text, asked.kind, asked.options)
    if _INVENTORY.search(_LEADING_FILLER.sub("", text)):  # before "in the corpus" goes: it may be the question
        return Question(text, "documents")
    said = m["said"].strip() if (m := _ACCORDING.search(text)) and m["said"] else ""  # "according to the BGR article": in it
    rest = _ACCORDING.sub("", text).strip(" ,;:")
    text = (f"{rest.strip(' ,;:?')} in the {said} article?" if said else rest) or text
    text = _POLITE.sub("", framed := _HEDGE.sub("", _LEADING_FILLER.sub("", text))) or text
    if text != framed:  # "could you tell me who the ceo of microsoft is": who is the ceo of microsoft
        text = _EMBEDDED.sub(r"\1 \3 \2", text)
    text = _TOPIC_ASKED.sub(r"what is \g<topic>", _FRAME.sub("", text) or text)
    if _SOURCE.match(text) or SAYS_WHO.match(text):
        return Question(text, "source")
    if _SUMMARY.search(text):
        return Question(text, "summary")
    if _WHO_IS_NAME.match(text):
        return Question(text, "what")  # "Who is Bill Gates?" asks for a description, not a name
    tagged = _TAGGED.match(text) or _WONDERED.match(text)  # "x.ai was founded in nevada right?": a statement to confirm
    text = _TRAILING.sub("", text) or text  # "what is openai valued at rn"
    if claimed := next((kind for kind, pattern in _CLAIMED if pattern.search(text)), None):
        return Question(text, claimed)
    if tagged:
        return Question(text, "yes_no", choices(text))
    bare = _JOINED.sub("", text) if _JOINED.match(text) else text  # "and what exact date ...?": its kind; its text keeps "and"
    for kind, pattern in _COMPILED:
        # "Who wrote the eulogy?" asks the text; "who wrote the bgr piece / it" asks about a document.
        if (pattern.search(text) or (bare is not text and pattern.search(bare))) and (kind != "author" or _REFERS.search(text)):
            return Question(text, kind, choices(bare) if kind == "yes_no" else ())
    return Question(text, "what")
