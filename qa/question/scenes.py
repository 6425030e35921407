"""A chat message around its question: the scene it sets first ("digital trends says X, but what does
the other article say ...?") and a remark typed after it ("... in the first place? seems petty")."""

from __future__ import annotations

import re

from qa.patterns import MEANS_WORDS, SETTING_NOUNS
from qa.question.capitals import proper_names
from qa.question.frames import HEARSAY, QUESTION_LABEL, hearsay_subject
from qa.question.holdings import asks_holdings
from qa.question.kinds import FILLER, WONDER, Question
from qa.question.query import Query
from qa.question.spell import CHAT_FILLER, RARE_IN_ENGLISH, english_frequency
from qa.text import STOPWORDS, normalize

# "digital trends says X, but what does the other article say ...?": the question proper follows the
# last break that a question word opens, after a sentence or a clause saying what a source says; what
# stands before it only sets the scene.
# "is there a way to get more colors", "i think theres a flag for that": a means asked for
_MEANS_THERE = rf"(?:i think )?(?:is )?there(?:['’]?s| is)? (?:a|an|any|some) (?:{'|'.join(MEANS_WORDS)})\b"
_ASK_STARTS = (
    r"(?:what(?:s|'s|’s)?|which|who(?:s|'s|’s)?|whom|whose|when|where(?:s|'s|’s)?|why|how(?:s|'s|’s)?|does|do|did|is|are|was|were|can(?!['’]t\b[^?]*$)|could|has|have|had"  # "... ? can't edit the code calling it": a remark
    r"|will|would|should|anything|any\s+way|i think (?=there)"  # "... the whole file. anything in gzip that helps with that?"
    rf"|{WONDER}|any\s+idea)\b"  # "..., so i was wondering how"
)
# "..., so basically what day ...", "... fascinating. on what date ...": filler or a preposition before the question word
_LEAD = r"(?:(?:basically|actually|honestly|seriously|really|um+|uh+)\s+)*(?:(?:on|in|at|by|for|from|since|until|to)\s+(?=(?:what|which|whom|whose)\b))?"
_BREAK = re.compile(rf"(?:[.?!;:]\s+|\s+[-–—]+\s+|,\s+(?:but\s+|so\s+|and\s+)?|\s+(?:but|so)\s+)(?=(?:but\s+|so\s+|and\s+)?{_LEAD}{_ASK_STARTS})", re.I)
# A message that opens as a question, after any filler: no statement of what a source says comes first.
ASKING = re.compile(rf"^\W*(?:(?:{FILLER}|quick question)\b\W*)*{_ASK_STARTS}", re.I)
_AUX = r"(?:does|did|do|is|was|are|were|has|have|had|will|would|can|could)\s"
WHETHER = re.compile(rf"^\W*(?:(?:{FILLER}|and|but|so)\b\W*)*(?:{_AUX}|should\s)", re.I)
_UNMARKED = re.compile(rf"(?<=\w)\s+(?=what\s+(?:\w+\s+)?{_AUX}|which\s+\w+\s+{_AUX}|(?:when|where|why|how)\s+{_AUX}|how (?:much|many|long|old)\s)", re.I)
_OF_IT = re.compile(
    r"^\W*(?:and |so )?(?:what|which|when|where|why|how)\b[^,?]*?(?:\b(?:does|did|is|was|will|would)\s+(?:that|it)\b"
    r"|\b(?:to|about|of|on) (?:that|this|it)\W*$|\b(?:for|of|in|on|about|from|with) (?:that|this|these|those) [\w-]+)",  # "..., how did gates respond to that", "... for that temp dir"
    re.I,
)
# "if the teacher focuses on order, what does it take time from": a condition, no statement.
_IF = re.compile(r"^\W*(?:if|when|whenever|while|since|although|though|because|as|after|before|in|on|at|despite|given|unless|once|for)\b", re.I)
# "quick q: if keychain can't get the lock, how long does it wait": the case the question is asked of
_CONDITION = re.compile(rf"^\W*(?:{QUESTION_LABEL}\W+)?(?:if|when|whenever|unless|once)\b", re.I)
# "quick q while im waiting for coffee, ...": the asker's own situation first
_MINE = re.compile(
    rf"^\W*(?:(?:ok|so|hey|hi|um|well)\W+)*(?:{QUESTION_LABEL}\W+(?:while\s+)?)?(?:for (?:my|our|an?|the) [\w-]+(?: [\w-]+)?\W+)?"
    r"(?:i|i'm|im|i've|ive|my|we|we're|our)\b", re.I  # "for a footnote i need the date, ..."
)
_HOW_TO = re.compile(
    rf"^(?:so |and |but )?(?:how (?:do|can|should|would|could|to) (?:i|we|you|u\b)?|(?:what|which) (?:\w+ )?{SETTING_NOUNS}\b|{_MEANS_THERE}(?!.*\b(?:that|this|it|those|these)\b))", re.I
)
# A statement whose last clause ends by asking "what": the blank to fill in.
_FILL_IN = re.compile(r"^(?P<scene>.*\w)(?:\s*,|\s*[.!?…]{1,3})\s+(?P<ask>[^,.!?…]*\w\s+what)(?:\s+(?:exactly|again|then))?\W*$", re.I)  # "... the sentence was long... a violation of what exactly?"
# "reddit will charge for access to its... what?": a sentence trailing off into its blank, not a break.
_TRAILS_OFF = re.compile(r"\.\.\s+what\b\W*(?:$|[?,])", re.I)
_REPORTS = re.compile(r"\b(?:says?|said|mentions?|mentioned|reports?|reported|writes?|wrote|claims?|claimed|thinks?|argues?)\b", re.I)


# "i keep seeing DMC in one of the articles, what does that stand for": the capitals named before it.
_STANDS_FOR = re.compile(r"\bw(?:h)?at\s+(?:does|do|did)\s+(?:it|this|that|they)\s+(?:say\s+(?:it|this|that|they)\s+)?stands?\s+for\b", re.I)
_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9&]{1,6}\b")


def _short_unknown(scene: str) -> list[str]:
    """The short words of `scene` English does not know, typed in lower case: "dmc" as for DMC."""
    return [w for w in re.findall(r"\b[a-z]{2,5}\b", scene) if not english_frequency(w) and w not in CHAT_FILLER and not re.fullmatch(FILLER, w)]


# "one of the articles spelled out API weirdly, what did it call it": what the capitals stand for.
_SPELT_OUT = (
    re.compile(r"\bspel(?:led|t|ls|l|ling)\s+out\s+(?:the\s+)?([A-Za-z][A-Za-z0-9&]{1,6})\b", re.I),
    re.compile(r"\b([A-Za-z][A-Za-z0-9&]{1,6})\s+(?:was\s+|is\s+|got\s+)?spel(?:led|t)\s+out\b", re.I),
    # "API, how is one article spelling out this abbreviation?": the label, then the abbreviation pointed at
    re.compile(rf"^\W*(?:{FILLER}\W+)*([A-Za-z][A-Za-z0-9&]{{1,6}})\s*[,:]\s.*\bspel\w*\s+out\s+(?:this|that|the|its)\s+(?:abbreviation|acronym)\b", re.I),
)


def _scene_break(question: str, m: re.Match[str]) -> bool:
    """True for a break after a statement or question that sets the scene of the question after it."""
    return bool(
        len(question[: m.start()].split()) >= 3
        and not _TRAILS_OFF.match(question, m.start() - 1)
        # a question is a scene for a wh-question after it ("did openai stop using data? when was that"), none
        # for a yes/no question refining it ("which features are they losing? can they still schedule stuff")
        and (
            m.group()[0] in ".!:"
            # "who wrote the bgr piece, and is he staff?" refines its question; "bgr says X, but did it ..." asks
            # "i have three pythons and node-gyp picks the wrong one, what flag ...": the asker's situation
            or (_MINE.match(question) and re.match(_LEAD + _ASK_STARTS, question[m.end() :], re.I) and not _ASKED_IN.search(question, 0, m.start()))
            # "grep -r keeps descending into node_modules, how do i skip a directory": the trouble, then the how-to
            or (not ASKING.match(question) and len(question[: m.start()].split()) >= 4 and _HOW_TO.match(question[m.end() :]))
            # "so microsoft is cutting twitter off, what day does that kick in": a statement, then a question of it
            or (not ASKING.match(question) and not _IF.match(question) and len(question[: m.start()].split()) >= 5 and _OF_IT.match(question[m.end() :]))
            # "microsoft put 10 billion into openai, but which month was the deal signed": a premise, then what it lacks
            or (not ASKING.match(question) and not _IF.match(question) and "but" in m.group().lower() and len(question[: m.start()].split()) >= 4 and _WH.match(question, m.end()))
            or (
                not (ASKING.match(question) and WHETHER.match(question[m.end() :]))
                and (m.group()[0] == "?" or _REPORTS.search(question[: m.start()]))
            )
        )
    )


# "for my homework i'd like to know how the stock reacted, did it go up": the situation holds the question
_WH = re.compile(r"(?:what|which|when|where|who|whom|why|how)\b", re.I)
_ASKED_IN = re.compile(rf"\b{WONDER}\b", re.I)


def _labelled(question: str, m: re.Match[str]) -> bool:
    """True for a break at the colon after a topic's label: "lpeg re module: how do i replace ...", "mblaze: how
    to ...", or at a comma before a question pointing back at it: "the bgr writer, does he think ..."."""
    if ASKING.match(question) or len(question[: m.start()].split()) > 4:
        return False
    return m.group()[0] == ":" or (m.group()[0] == "," and _POINTED.match(question, m.end()) is not None)


_THAT_ONE = re.compile(r"\b(?:that|this) (?:piece|article|story|one|report)\b", re.I)  # the label before the comma
_POINTED = re.compile(r"\s*(?:does|do|did|is|was|are|were|has|have|can|will|would) (he|she|it|they|that|this)\b", re.I)


def split_ask(question: str) -> tuple[str, str]:
    """The scene a question sets, if any, and the question proper ("", question when there is none); a
    pointing "what does that stand for" asks of the capitals the scene named ("what does DMC stand for"),
    as does a message telling they were spelled out ("... spelled out API weirdly, what did it call it")."""
    for m in (m for pattern in _SPELT_OUT for m in pattern.finditer(question)):  # capitals, or a word English does not use
        if (short := m.group(1)).isupper() or english_frequency(short.lower()) <= RARE_IN_ENGLISH:
            return question, f"what does {short} stand for"
    if (m := _STANDS_FOR.search(question)) and (named := _CAPITALS.findall(question[: m.start()]) or _short_unknown(question[: m.start()])):
        return question[: m.start()].rstrip(" ,.;:-"), f"what does {named[-1]} stand for"
    breaks = [m for m in _BREAK.finditer(question) if (_labelled(question, m) or _scene_break(question, m)) and not _OFFERED.match(question, m.end())]
    if not breaks and not ASKING.match(question):
        # Typed without the comma: "digital trends says musk helped found openai in 2015 what year does the
        # other article say ...": a statement of what a source says, then the question's own word.
        breaks = [m for m in _UNMARKED.finditer(question) if _REPORTS.search(question[: m.start()]) or re.match(HEARSAY, question, re.I)]
    fill_in = not breaks and not ASKING.match(question) and not _IF.match(question) and _FILL_IN.match(question)
    if fill_in and len(fill_in.group("scene").split()) >= 4:
        return fill_in.group("scene"), fill_in.group("ask")  # "one article argues X, because otherwise it skirts with what?"
    if not breaks:
        return "", question
    cut = breaks[-1]
    ask = question[cut.end() :]
    if cut.group()[0] == "," and _THAT_ONE.search(ask) and (ends := list(re.finditer(r"[.!?]\s+", question[: cut.start()]))) and len(question[ends[-1].end() : cut.start()].split()) <= 4:
        return question[: ends[-1].start()], question[ends[-1].end() :]  # "... properly. The Digital Trends one, who wrote that piece?"
    if cut.group()[0] == "," and (pointed := _POINTED.match(question, cut.end())) and _labelled(question, cut):
        # "the bgr writer, does he think ...": "does the bgr writer think ...", the pronoun standing for the label
        return "", f"{question[cut.end() : pointed.start(1)]}{question[: cut.start()]}{question[pointed.end(1) :]}".strip()
    if re.fullmatch(rf"{VIEW}\W*", ask, re.I):  # "... or is musk just stirring the pot? what do the articles conclude"
        return "", question
    if (form_only(ask) or re.fullmatch(r"(?:so )?how\W*", ask, re.I)) and ((first := ASKING.match((inner := split_ask(question[: cut.start()]))[1])) or (told := _EMBEDDED.search(inner[1]))):
        # "why did microsoft drop twitter? what was the reason given": the first asks, or "my boss asks me why ..." does
        return inner if first else ("", told["ask"])
    if (_CALLED.match(ask) and ASKING.match(question)) or _SAYS_SO.match(ask):  # "which dataset did he say they used,
        return "", question[: cut.start()]  # whats it called", "musk became ceo in 2022 right? does an article say that"
    if _CALLED.match(ask) and ASKING.match((inner := split_ask(question[: cut.start()]))[1]):
        return inner  # "i keep typing the same flags, can i save my defaults in a config file? whats it called": the first asks
    if asks_holdings(question) and not asks_holdings(ask) and re.match(r"\W*(?:which|what)\b", ask, re.I):
        return "", question  # "one article say musk is ceo of other companies too, which companies it is naming": the whole asks
    if right := _RIGHT_ONE.match(ask):  # "... may 1st. is that the right date?": what date
        return question[: cut.start()], f"what {right.group(1)} really"  # a true value asked (`_CORRECTING`)
    if _CALLED.match(ask) and (said := _MENTIONS_A.match(question[: cut.start()])):  # "verdict mentions a parent company ..., whats it called"
        return "", f"which {said['thing']} does {said['src']} mention"
    if _MET_ON.fullmatch(question[: cut.start()]) and len(ask.split()) >= 3:
        return "", ask  # "saw this on reddit earlier. who is suing who?": where the asker met it lends no word
    return (question[: cut.start()], _their(ask, question[: cut.start()])) if len(ask.split()) >= 3 else ("", question)


MET_BY, MET_WHEN = r"\W*(?:(?:so|ok|hey|yo)\W+)*(?:i |we )?(?:just )?", r"(?:earlier|today|yesterday|lately|recently|last night|this morning)"  # "so i just saw", "earlier"
_MET = rf"{MET_BY}(?:saw|seen|read|heard|found|spotted)(?: about)? (?:this|it|that)(?: story| news| thread| post)? (?:on|in|at|from) (?:the )?[\w.]+(?: {MET_WHEN})?"
_MET_ON = re.compile(rf"{_MET}\W*", re.I)
MET_FIRST = re.compile(rf"{_MET}\s*[.!?,;:]+\s+", re.I)


_EMBEDDED = re.compile(r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|know)\s+(?:me\s+|us\s+)?(?P<ask>(?:why|how|when|where|who|what|which)\b[^.?!;]*)", re.I)  # "asking me why ..."
# Words asking how an answer be given, not what: "could you quote his words for me", "what was the reason given".
_FORM = frozenset(
    "quote quotes quoted word words wording exact exactly actual like number figure reason reasons behind given report reports reported reporting coverage"
    " article articles source sources detail details explain explanation please pls thanks according possible suspected".split()
)


def form_only(ask: str) -> bool:
    """True for a question asking only how its answer be given ("could you quote his words for me")."""
    words = re.findall(r"[a-z]+", ask.lower())
    return any(w in _FORM for w in words) and all(w in _FORM or w in STOPWORDS for w in words)


# "is that the right date?" after a claim: the date asked
_RIGHT_ONE = re.compile(
    r"^\W*(?:so |but )?(?:is|was) (?:that|this|it) (?:really |even )?the (?:right|correct|actual|real|true) (date|day|time|year|month|number|figure|amount|price|name)\W*$", re.I
)
# "..., was it in a press release or somewhere else?": a guess offered after the question, none of its own
_OFFERED = re.compile(r"(?:like\s+)?(?:was|is|were|are|did|does)\s+(?:it|that|this|they|he|she)\b[^,?]*?\s+or\s+(?:what|something|smth|some\w+ else|elsewhere)\W*$"
                      r"|(?:or\s+)?(?:was|is)\s+it\s+(?:the\s+|an?\s+)?[\w'’.&-]+(?:\s+[\w'’.&-]+){0,2}\W*$", re.I)  # "... demand? was it the verge?"
# "... does an article say that", "..., do the articles say?": whether a source says what was asked before it
_SAYS_SO = re.compile(
    r"^\W*(?:and |so )?(?:does|did|do|can) (?:an?|any|the|either|one of the|some) (?:\w+ )?(?:articles?|sources?|pieces?|texts?|ones?|reports?)"
    r" (?:say|mention|confirm|back|support|state|report)s?(?: (?:that|this|so|it))?\W*$", re.I)
# "the verdict article mentions a parent company at the bottom": a thing a source names, whose name is asked
_MENTIONS_A = re.compile(r"^\W*(?:the |one )?(?P<src>[\w.'’-]+(?: [\w.'’-]+)?(?: (?:article|piece|story|one|post))?) (?:mentions|names|talks about|brings up|refers to|cites)"
                         r" (?:a|an|some|this|another) (?P<thing>[\w-]+(?: [\w-]+){0,2}?)(?: (?:at|in|near|on|towards?) [^.?!,]*)?\W*$", re.I)
_CALLED = re.compile(r"^\W*(?:and |so )?(?:what(?:'s|’s|s| is| was)|whats) (?:it|that|this|they|them)(?: (?:called|named))?\W*$", re.I)
# "did microsoft respond to the threat? what did they say": "they" is the scene's subject, the name after its
# auxiliary ("did microsoft ...") or opening it ("microsoft dropped twitter, why did they do that").
_DOER = re.compile(rf"^(\W*(?:and |so |but )?(?:(?:what|why|how|when|where|which)\s+(?:\w+\s+)?)?{_AUX}\s*)(they|he|she)\b", re.I)
_SUBJECT = re.compile(rf"^\W*(?:(?:{FILLER}|and|but|so)\b\W*)*(?:{_AUX}\s*)?(?:the\s+)?([A-Za-z][\w.&'’-]*)")


_NO_DOER = frozenset("one another some each every any".split())  # "One article ... said that ...": no one's name


def _their(ask: str, scene: str) -> str:
    """The question with a pronoun asking what someone did ("what did they say") naming the scene's subject; not
    one asking which things they are ("... some social networks will remain available. Which ones are they?")."""
    if not (m := _DOER.match(ask)) or re.match(r"\W*(?:which|what)\s+ones?\s+(?:is|are|was|were)\s+(?:they|it)\W*$", ask, re.I) or not (s := _SUBJECT.match(re.sub(HEARSAY, "", scene, flags=re.I))) or s.group(1).lower() in STOPWORDS | _NO_DOER:
        return ask
    return f"{m.group(1)}{s.group(1)}{ask[m.end() :]}"


def situation(text: str, scene: str, own: list[str], lent: Query, named: bool = False) -> list[str]:
    """The words of a scene telling the asker's own situation before a comma ("i have three pythons installed
    and node-gyp picks the wrong one, what flag ...") that the question means too: all of them when it asks
    in three words or fewer of its own (`own`), else its names (words rare in English: "gyp"), as of any statement
    before a full stop ("assertItemsEqual doesn't exist on py3. what's the six helper ..."). A scene that is a
    question of its own ("... in landscape? which -d option?") says what the one after it refines: all its words.
    A question naming what it asks of (`named`: "..., so what day did musk make the threat") needs no more words."""
    rest, words = text[len(scene) :].lstrip(), telling(lent, bool(own))  # the scene's words (`lent`: its query)
    if _CORRECTING.search(rest):  # "... tops out around $100k a month. what's the highest figure the articles give"
        words = _uncorrected(words, lent)
    if rest[:1] == "?":  # "how do i get groff output on a4 paper in landscape? which -d option?": what it refines
        return words
    how_to = _HOW_TO.match(rest[1:].lstrip())
    mine = rest[:1] in ",." and (_MINE.match(scene) or how_to or _CONDITION.match(scene))
    if mine and len(own) <= 3 and (not named or how_to):  # "..., which pwgen option?": the tool named, not what for
        return words
    if not mine and rest[:1] != "." and not _POINTING.search(rest):  # "xsel runs in the background ..., where does it write errors": its names
        return []
    # its names; a statement's before a full stop too: "assertItemsEqual doesn't exist on py3. what's the six helper"
    return [w for t, w in lent.surface.items() if w in words and (english_frequency(w.lower()) <= RARE_IN_ENGLISH or t in lent.subjects)]  # or "Musk"


_POINTING = re.compile(r"\b(?:it|its|they|them|their|he|him|his|she|her)\b", re.I)
# "..., what do the articles think": the sources' view on the question before it, no words of its own.
VIEW = (
    r"(?:so |and |but )?(?:what|how) (?:do|does|did) (?:the |these |those |any of the )?"
    r"(?:articles?|sources?|pieces?|outlets?|reports?|writers?) (?:think|say|conclude|reckon|suggest|make of it)\b(?:\s+[^\s?]+){0,4}?"
)  # "... about it all": a few words at most ("what does the writer say using data ... skirts with" asks the text)



# "reddit now wants payment for its data - which media outlet reported this?": the statement's source in the text
_POSTED = re.compile(r"\b(?:tweet(?:s|ed)?|post(?:s|ed)?|blog|announcement|statement|video)\b", re.I)
_OF_DOC = re.compile(r"\b(?:article|story|piece|report|coverage|document)s?\b", re.I)  # not "post": a tweet is one
_REPORTED_THIS = re.compile(r"\b(?:reported|covered|said|says|claimed|wrote|broke)\s+(?:this|that|it)\W*$", re.I)


def reported_by(kind: Question, scene: str) -> Question:
    """`kind`, or for "which outlet reported this" after a statement (the scene, or the words before its question
    word), a who-question: the source the text names for it ("As reported by Business Insider, ..."), not the
    outlet of an article; "when was that posted" after a scene telling of a tweet asks when the tweet was."""
    if kind.kind == "published" and _POSTED.search(scene) and not _OF_DOC.search(kind.text):
        return Question(kind.text, "when")
    if kind.kind != "outlet" or not _REPORTED_THIS.search(kind.text):
        return kind
    before = re.split(r"\b(?:which|what)\b", kind.text, maxsplit=1, flags=re.I)[0]
    return Question(kind.text, "who") if scene or len(before.split()) >= 3 else kind


# "which outlet did he get that from", "where did bgr get the reddit thing from, which outlet": the source cited
_OUTLET_NOUN = r"(?:outlet|site|website|publication|paper|source)s?"
_GOT_FROM = re.compile(
    rf"\b(?:where|(?:which|what)\s+(?:\w+\s+)?{_OUTLET_NOUN})\s+(?:did|does|do)\s+[\w'’.-]+(?:\s+[\w'’.-]+)?"
    r"\s+(?:get|got|take|took|pull|pulled)\s+(?P<what>this|that|it|the\s+[\w\s'’-]{1,30}?)\s+from\b",
    re.I,
)
_OUTLET = re.compile(rf"\b{_OUTLET_NOUN}\b", re.I)


def as_reported(ask: str) -> str:
    """"which outlet did bgr get that from" asked as "which outlet reported that": the source the text cites for
    a claim ("As reported by Business Insider, ..."), whose words the claim gives, not the outlet's word."""
    if not (m := _GOT_FROM.search(ask)) or not _OUTLET.search(ask):
        return ask
    return f"which outlet reported {m.group('what')}"


# "who was it really?", "is that the right date?": the true value asked, after a claim to check ("i heard musk ...")
_CORRECTING = re.compile(
    r"\b(?:really|actually|right|correct|real|true)\b|\b(?:articles?|text|sources?) (?:actually )?(?:give|gives|say|says|have|has|report)\b", re.I
)


def telling(lent: Query, asks: bool) -> list[str]:
    """The words of a scene (`lent`: its query) but, when the question after it has words of its own (`asks`), the
    common words no text writes: the asker's telling ("my friend says", "or maybe i mix it with another story")."""
    return [w for w in lent.surface.values() if not asks or w not in lent.unknown or english_frequency(w.lower()) <= RARE_IN_ENGLISH]


def checked_claim(asked: str, context: list[str], lent: Query, own: list[str] = ()) -> tuple[list[str], list[str]]:
    """The words a question lends from the scene before it (`lent`) after `context`, and the scene's names no text
    writes (all its unheard words for "my wifi router keeps dropping, how do i fix it", no word of its own: `own`);
    asking a claim's true value, without its figures and unknown names, the detail to correct ("may 1st")."""
    words, checked = [w for w in telling(lent, bool(own)) if w not in context], _CORRECTING.search(asked) is not None
    doer = [w for w in [hearsay_subject(lent.text)] if w and lent.unheard(w)]  # "i heard amazon also dropped twitter ...": no text's
    told = [w for w in lent.unknown if lent.unheard(w)] if _HOW_TO.match(asked) and not own else []  # not "..., which flag is that"
    return [*context, *(_uncorrected(words, lent) if checked else words)], [] if checked else [*lent.unknown_names, *doer, *told]


def _uncorrected(words: list[str], lent: Query) -> list[str]:
    """`words` of a claim to check without its figures and the words the corpus never writes: the wrong detail."""
    return [w for w in words if not any(c.isdigit() for c in w) and w not in lent.unknown and w not in lent.unknown_names]


# "what's the company called": a thing the turn or statement before spoke of, named again
_THE = re.compile(r"\bthe (\w+)\b(?! of\b)", re.I)


def named_again(question: str, topic: list[str]) -> bool:
    """True for a question naming no name of its own that names "the X" of `topic` (the words of the turn or the
    statement before it): "what's the company called" after "musk is getting into ai with a new company"."""
    return not proper_names(question) and any(w.lower() in topic for w in _THE.findall(normalize(question)))
