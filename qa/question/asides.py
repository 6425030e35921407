"""A remark typed after a chat message's question ("... in the first place? seems petty"), a guess offered
("..., if i remember right it was like mid 2010s"), the asker's purpose (", wanna save my settings") or a second
question refining the first: its words count half, the question proper comes first."""

from __future__ import annotations

import re

from qa.question.scenes import ASKING, MET_BY, MET_FIRST, MET_WHEN, VIEW, WHETHER, form_only

# "why is microsoft dropping twitter? seems petty": a remark after the question mark, no question itself.
_ASIDE = re.compile(r"^(?P<ask>.*\w.*\?)\s+(?P<aside>[^?]*\w[^?]*?)\W*$")
# "did musk actually file the lawsuit or is it just talk": the other way it could be, a remark of its own.
_OR_ELSE = re.compile(
    r"^(?P<ask>.*\w)\s*,?\s+(?P<aside>or (?:(?:is|was|are|were) (?:it|that|this|they|he|she|[\w.'’-]+(?= (?:just|simply|only|merely)\b))|(?:it|that|this) (?:is|was)(?= (?:just|simply|only|merely)\b)) .*\w.*?)\W*$", re.I
)


# "... a standalone tweet or was it a reply": the other answer offered, no remark
_OTHER_THING = re.compile(
    r"^or \w+ \w+ (?:(?:an?|the) [\w-]+(?: [\w-]+)?|\w+ing(?: (?:to|on|at|about) (?:something|someone|smth|sth|anything))?)\W*$", re.I
)  # "... or was he replying to something": the other deed offered


# "what year did musk help found openai, if i remember right it was like mid 2010s": a guess of its own.
_GUESS = re.compile(
    r"^(?P<ask>.*\w)\s*[,;]\s+(?P<aside>(?:if i (?:remember|recall)|iirc|i think|i believe|i guess|correct me|maybe|perhaps|probably)\b(?! there['’]?s (?:a|an|some) (?:way|flag|option|setting)\b).*?"
    r"|[^,;?]{1,30}?\s(?:i think|i believe|i guess|iirc|maybe|right|(?:was|is)(?:n['’]?t)? (?:it|that)|no|yeah|correct))\W*$", re.I
)  # "how much did microsoft pour into openai, 10 billion i think?": the guess comes first


# "what year was that, 2016?", "when did it kick in, may 1st?": a value guessed after a question asking for one.
_VALUE_GUESS = re.compile(
    r"^(?P<ask>.*\w)\s*,\s+(?P<aside>(?:[^\s,;?]+\s+){0,3}(?:[^\s,;?]*\d[^\s,;?]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+[^\s,;?]+){0,2}?)\W*$",
    re.I,
)


# "whats musk's own chatbot called, xGPT or something?": a name guessed, a guess only when the corpus never names it
_OR_SO = re.compile(r"^(?P<ask>.*\w)\s*,\s+(?P<aside>[^,;?]{1,30}?\s+or (?:something|smth|sth|so))\W*$", re.I)


# "which edition does rustfmt assume when i run it directly instead of thru cargo fmt": what is not asked about;
# "how many retries does fping do by default before giving up on a host?": when, no words the answer needs.
_INSTEAD = re.compile(r"^(?P<ask>.*\w)\s*,?\s+(?P<aside>(?:instead of|rather than|before \w+ing)\s[^?,;]*?)(?P<then>\s*,\s*(?:which|what) \w+)?\W*$", re.I)  # "..., which flag"
_PURPOSE = re.compile(r"^(?!\W*how\b)(?P<ask>.*?\w)(?:\s*,\s+(?P<want>(?:i )?(?:wanna|want to|need to|gotta)\s)|\s*,?\s+(?P<so>so (?:that )?(?:i|we|u|you)\s))(?P<rest>[^?]*?)\W*$", re.I)


# "how many does it keep by default and what param raises it?": a second question, whose words count half.
_SECOND_ASK = re.compile(
    r"^(?P<ask>.*\w)\s*,?\s+(?P<aside>and (?:what|which|how|where|when|why|who|is there|can i|do i|should i)\b.*?)\W*$", re.I
)


# "was it a wednesday ... or am i mixing it up", "..., or did i dream that": the asker doubting their own memory
_SELF_DOUBT = re.compile(r"^(?P<ask>.*\w)\s*,?\s+or (?:am|was|did|do|have) i\b[^?]*?\W*$", re.I)
_VIEW_ASKED = re.compile(rf"^(?P<ask>.*\w\W*?)\s*[,;?—-]+\s+(?P<aside>{VIEW})\W*$", re.I)
# "..., article kinda buries it, anyway thx", "..., need it for a slide": the asker's own words after a comma.
_REMARK = re.compile(
    r"^(?P<ask>.*\w\W*?)\s*[,.!]\s+(?P<aside>(?:(?:i|im|i'm|ive|i've|id|i'd|my|we|we're|our|need|needs|trying|only|anyway|lmk|ty|thx|thanks"
    r"|tia|cheers|pls|plz|please|sorry|article|the article|seems|seemed|kinda|lol|haha|just curious|asking|(?:bc|cuz|because|since) (?:it|i|im|i'm|we)"
    r"|(?:it|they) (?:only|keeps|keep|always|never|just|still|doesnt|doesn't|dont|don't|wont|won't)|(?:they|he|she) (?:spell|call|phrase|word)\w*)\b(?!\.)[^?]*?|[^,?]*?\b(?:lmk|thx|ty|tia)))\W*$",
    re.I,
)


_ASKS_LAST = re.compile(r"[.!;]\s+(?:so )?(?:how|why|which|what|where)\W*$", re.I)  # "..., i just want grip to write one html file. how?"
_EXAMPLE = re.compile(r"^(?P<ask>.*\w)\W*\s(?P<aside>(?:e\.?g\.?|eg|for example|for instance)\W+[^?]*?)\W*$", re.I)  # "..., e.g. to bring up a vpn?"
_POINTER = re.compile(r"^\W*((?:and|what about|how about))\s+(?:the |that )?(?:other|another|second|first|last)\s+(?:one|article|piece|story|site)s?\W*$", re.I)
_REQUESTED = re.compile(r"^(?P<ask>.*\w\W*?)\s*[,;?]\s+(?P<aside>[^,;?]*\w[^,;?]*?)\W*$")
# A guess in brackets: "(the $12b one i think?)", "(iirc)".
_GUESSED = re.compile(r"\s*\(([^()]*(?:\?|\bi (?:think|guess|believe)\b|\biirc\b|\bmaybe\b|\bright\b)[^()]*)\)", re.I)


# "... it stops working? sorry if this is obvious, I only read fast": an apology or thanks after the question, no word to find
_POLITE = re.compile(r"^\W*(?:sorry|apologies|thanks|thank you|thx|ty)\b", re.I)


def before_remark(text: str) -> str:
    """`text` up to its last question mark when words follow it ("From which day does that start? Maybe I mix it
    with another story, ..."), else `text`."""
    cut = text.rfind("?")
    return text[: cut + 1] if 0 < cut < len(text.rstrip()) - 1 else text


# "so musk co-founded openai? my friend says he had nothing to do with it": another's claim, what is checked, no word asked
_HEARD_FROM = re.compile(
    r"^(?P<ask>.*\w.*\?)\s+(?:(?:my|a|our) (?:\w+ )?(?:friend|buddy|mate|boss|coworker|colleague|brother|sister|dad|mom|mum|roommate|teacher|wife|husband|partner)"
    r"|some(?:one|body)|people|every(?:one|body)) (?:says|said|thinks|thought|claims|claimed|insists|insisted|swears|swore|told me|tells me|keeps saying)\b[^?]*$", re.I)


def split_aside(question: str, names: frozenset[str] | set[str] = frozenset()) -> tuple[str, str]:
    """The question proper and a remark typed after it ("seems petty", "i remember something spicy"), or a
    question refining a first one ("which features are they losing? can they still schedule stuff"), or
    (question, "") when none follows it; `names`: the corpus's names, which a guess of one keeps asked."""
    if (m := _REQUESTED.match(question)) and form_only(m.group("aside")) and len(m.group("ask").split()) >= 3:
        return split_aside(m.group("ask"), names)  # "..., could you quote his words for me?": how to answer, no words to find
    if (m := _GUESSED.search(question)) and len((rest := f"{question[: m.start()]} {question[m.end() :]}").split()) >= 3:
        ask, aside = split_aside(" ".join(rest.split()), names)  # "the msft x openai deal (the $12b one i think?) - what word ..."
        return ask, f"{m.group(1)} {aside}".strip()
    if (m := _VIEW_ASKED.match(question) or _SELF_DOUBT.match(question)) and len(m.group("ask").split()) >= 3:
        return split_aside(m.group("ask"), names)  # the sources' view asked of it, or the asker's doubt: no words to find
    if (m := _OR_ELSE.match(question)) and WHETHER.match(question) and len(m.group("ask").split()) >= 3 and not _OTHER_THING.match(m.group("aside")):
        return m.group("ask"), m.group("aside")
    if (m := _SECOND_ASK.match(question)) and ASKING.match(m.group("ask")) and not WHETHER.match(m.group("ask")) and len(m.group("ask").split()) >= 3:
        return m.group("ask"), m.group("aside")
    if (m := _OR_SO.match(question)) and len(m.group("ask").split()) >= 3 and not names.intersection(re.findall(r"[\w.'’-]+", m.group("aside").lower())):
        return m.group("ask"), m.group("aside")
    if (m := _VALUE_GUESS.match(question)) and ASKING.match(m.group("ask")) and not WHETHER.match(m.group("ask")) and len(m.group("ask").split()) >= 3:
        return m.group("ask"), m.group("aside")
    if (m := _GUESS.match(question) or _INSTEAD.match(question)) and len(m.group("ask").split()) >= 3:
        ask, aside = split_aside(f"{m.group('ask')}{m.groupdict().get('then') or ''}", names)  # "what is it? i saw it ..., i think"
        return ask, f"{aside} {m.group('aside')}".strip()
    if (m := _PURPOSE.match(question)) and len(m.group("ask").split()) >= 3:
        return m.group("ask"), f"{m.group('want') or m.group('so')}{m.group('rest')}"
    if (m := _REMARK.match(question) or _EXAMPLE.match(question)) and len(m.group("ask").split()) >= 3 and not _ASKS_LAST.search(m.group("aside")):
        ask, aside = split_aside(m.group("ask"), names)
        return ask, f"{aside} {m.group('aside')}".strip()
    m = _ASIDE.match(question)
    if m and (pointer := _POINTER.match(m.group("ask"))) and not ASKING.match(m.group("aside")):
        return f"{pointer[1]} {m.group('aside')}?", ""  # "and the other one? the digital trends piece": and the digital trends piece?
    if not m or len(m.group("ask").split()) < 3 or (ASKING.match(m.group("aside")) and not WHETHER.match(m.group("aside"))):
        return question, ""
    if (said := re.match(r"(?:like|i\.?e\.?|as in|something like)\s+", m.group("aside"), re.I)) and not ASKING.match(m.group("aside")[said.end() :]):
        return f"{m.group('ask')} {m.group('aside')[said.end() :]}", ""  # "how long has it been running? like an elapsed time counter": said again
    return m.group("ask"), "" if _POLITE.match(m.group("aside")) else m.group("aside")


# "saw musk is suing microsoft on reddit earlier": where and when the asker met the news, inside what they tell
_MET_WHERE = re.compile(rf"^({MET_BY}(?:saw|seen|read|heard)\b[^.?!]*?) (?:on|in|at) (?:the )?[\w.]+ {MET_WHEN}\b", re.I)


_WORK = r"(?:school\s+|class\s+|final\s+)?(?:report|essay|homework|assignment|paper|thesis|presentation|project|notes)"
# "... microsoft? i need the exact date for my report pls", "quick q for my report: ...": what the asker needs it for
_NEEDED_FOR = re.compile(
    rf"(?:(?<=[.?!])\s*(?:i|we)\s+(?:need|want|wanna|gotta|have to|must)\b[^.?!]{{0,40}}?\s(?:for|in)\s+(?:context\s+(?:in|for)\s+)?(?:my|our|the|a)\s+{_WORK}"
    rf"|(?<=[.?!])\s*(?:for|in)\s+(?:context\s+(?:in|for)\s+)?(?:my|our)\s+{_WORK}|\s(?:for|in)\s+(?:my|our)\s+{_WORK}(?=\s*:))"
    r"(?:\s+(?:pls|please|plz|thx|thanks))?\W*?(?=\W*$|\s*:)", re.I)


def unsaid(message: str) -> str:
    """`message` without what tells only where the asker met the news ("saw this on reddit earlier.", "saw musk is
    suing microsoft on reddit earlier"), what they need the answer for ("... ? i need it for my report") or what
    another claims ("... ? my friend says he had nothing to do with it")."""
    message = _NEEDED_FOR.sub("", message)
    if (m := _HEARD_FROM.match(message)) and len(m.group("ask").split()) >= 3:
        message = m.group("ask")
    m = MET_FIRST.match(message)
    if m and len(message[m.end() :].split()) >= 3:
        return message[m.end() :]
    return _MET_WHERE.sub(r"\1", message, count=1)
