"""The words around a question that frame it rather than ask anything: a chat message's opening
("wait, ...", "ok so ..."), idioms ("stand for", "how long"), hedges ("actually", "or nah") and
light verbs ("make the threat"). They are read away before the question's words are searched for."""

from __future__ import annotations

import re
from itertools import pairwise

from qa.patterns import MENTIONING, SETTING_NOUNS
from qa.question.kinds import HEDGES, OPENING, QUESTION_LABEL

# "i read somewhere ...", "my friend told me ...": where the asker met a claim
HEARSAY = (
    r"^\W*(?:(?:so|and|but|ok|wait)\W+)*(?:(?:(?:i|we) (?:think|thought|believe|guess) )?(?:i|we) (?:(?:just|also) )?(?:read|saw|heard)|(?:i|we) (?:keep|kept) (?:seeing|hearing|reading)(?: about)?|(?:just |also )?(?:saw|heard)(?= \w)|some(?:one|body) (?:told me|said)|people (?:say|said)"
    r"|(?:my |a )?(?:friend|buddy|coworker|colleague|boss) (?:told me|said))(?: (?:somewhere|online|elsewhere|earlier|that))*\b"
)


def hearsay_subject(text: str) -> str:
    """The word right after where the asker met a claim ("i heard amazon also dropped ..."): its doer; else ""."""
    m = re.match(HEARSAY + r"\W+([\w.-]+)", text, re.I)
    return m[1].lower() if m else ""


# "quick q", "dumb question but ...": the asker's label for the question that follows
# "wait, when did he tweet that", "ok so who ...": words that open a chat message before its question.
_OPENER = re.compile(
    rf"^(?:(?:{OPENING}|{QUESTION_LABEL}|also|and|but|right|like|tho|quick|real quick|one|question|sorry|ngl|tbh|anyone know|does anyone know|any (?:idea|clue)s?"
    r"|real talk|gotcha)\b[\s,.!:;-]*)+"  # "ok thanks, and ...": the last answer taken
    r"(?=(?:what|wat|whats|which|who|whos|whom|whose|when|where|wheres|why|how|is|are|was|were|do|does|did|can|could"
    r"|has|have|had|will|would|should|any|the|he|she|they|it|i)\b)",
    re.I,
)
# "What does API stand for?", "how long ...?", "how much money ...?", "what's the deal with ...": the idiom frames the question, it is no word to find.
_IDIOM = re.compile(
    r"\b(?:stands?|short)\s+for\b|\b(?:supposed|expected|meant) to (?:live|sit|go)\b(?=\W*$)|\bcit(?:e|es|ed|ing)\b(?= (?:which|what)\b| for\b)|\bsource(?= for (?!(?:that|this|it)\b))|(?:(?<=^which )|(?<=^what )|(?<=\bcites which )|(?<=\bcite which ))(?:outlet|publication)s?\b|\b(?:acronym|abbreviation|initialism)s?\b(?= (?:[\w.&-]+ ){1,2}(?:stands?|is short) for\b)|(?<=\bhow )(?:long|old|far|big|large|tall|high|often|fast|wide|deep|heavy)\b"
    r"|(?<=\bhow much )(?:money|cash)\b|(?:(?<=\bthat )|(?<=\bthis )|(?<=\bwhich ))one\b(?! of\b)|(?:(?<=\bppl )|(?<=\bpeople )|(?<=\bfolks ))think\b"  # "what does that one mean", "why do ppl think"
    r"|\bcalendar(?= (?:date|day|year)\b)|\b(?:full|real) (?:form|name|words?)\b(?=.*\b(?:abbreviations?|acronyms?|initials|(?:the|those|these) letters)\b)|\b(?:behind|of|for) (?:the|those|these|that) (?:abbreviation|acronym|initials|letters)\b(?=(?: [A-Z][A-Z0-9&]{1,7}s?)?\W*$)"  # "on what calendar date ...", "the full form ... for the abbreviation API"
    r"|(?<=\btrying to )(?:find out|figure out|pin down|work out|nail down)\b"  # "i'm trying to pin down when ..."
    r"|\bbother(?:s|ed|ing)?(?= to\b)"  # "why did microsoft even bother to pull twitter": why it pulled it
    r"|\b(?:meant|supposed|intended)(?= to be\b)"  # "what was openai originally meant to be": what it was
    # "in one commentator's view", "be said to skirt", "what could it count as": whose view, a hedge, a frame
    r"|\bin (?:one |the |an? )?(?:commentator|writer|author|critic|analyst|expert|observer|reporter)['’]?s? (?:view|opinion|words|take)\b"
    r"|(?<=\bbe )said(?= to\b)|\bcount(?:s|ed)?(?= as\b)"
    r"|\bdue(?= to\b)"  # "when is the removal due to take effect", "what was the delay due to": no thing to find
    r"|\b(?:go|goes|went|gone|going)\s+ahead\s+(?:and|to)\b"  # "has musk gone ahead and filed suit": filed
    r"|\b(?:reported|said|rumou?red|believed|thought|alleged)(?= to (?:be|have)\b)"  # "is it reported to be taking action": a hedge
    r"|(?:(?<=\bwhat )|(?<=\bwhich ))(?:(?:year|date|day|month|time|weekday)\b(?! of\b)|day of (?:the )?week\b)"  # "what year ...?": the kind of value asked, stated
    r"|^\W*(?:(?:um+|uh+|ok|okay|so|hey|yo|wait|lol|hm+)\W+)*(?:the )?(?:exact )?(?:year|date|day(?: of (?:the )?week)?|time) (?:of|when)\b"  # "exact date of musk's tweet?", "day of week of ..."
    # "what kind of needlework", "what is the name of the region": the frame of a "what" question.
    r"|(?:(?<=\bwhat )|(?<=\bwhich ))(?:kind|type|sort|genre|variety|category|class|form|style)s?(?= of\b|\W*$)"  # "like which kind"
    r"|(?<=\bthe )name(?= of\b)|(?:(?<=\bit )|(?<=\bthat )|(?<=\bthis )|(?<=\bone )|(?<=\bthey )|(?<=\bhow is )|(?<=\bhow are ))(?:called|named)\b|(?<=\bthe )(?:(?:exact|actual|specific|precise) )?(?:date|day|year)(?= of\b)"
    r"|(?:(?<=\bwhat is the )|(?<=\bwhat was the )|(?<=\bwhats the )|(?<=\bwhat's the )|(?<=\bwhat’s the ))(?:(?:exact|actual|specific|precise|real) )?(?:date|day|year|number|figure|amount)(?=\W*$)"
    # "what's the likely reason microsoft dropped twitter": the kind asked, which "due to", "because" give
    r"|(?:(?<=\bthe )|(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<=\bits ))(?:(?:likely|main|real|actual|official|stated|probable|possible|primary|only) )?"
    r"(?:reasons?|reasoning|motives?|motivation|rationale|explanation)\b"
    # "is it true twitter api goes up to 210k", "is that right that ...": whether, asked of the statement after it
    r"|(?<=^is it )(?:really )?(?:true|right|correct)(?: that)?\b|(?<=^is that )(?:really )?(?:true|right|correct)(?: that)?(?=\s+\w)"
    # "who is behind truthgpt?": who makes it, which a sentence says with the maker's verb, not "behind".
    r"|(?:(?<=\bwho's )|(?<=\bwhos )|(?<=\bwho is )|(?<=\bwho was )|(?<=\bwho are )|(?<=\bwho were ))behind\b"
    r"|\b(?:the|another) (?:name|term|word)(?= for\b)"
    # "what was the adjective", "which verb does it use": a word of the text asked for, no word to find.
    r"|(?:(?<=\bthe )|(?<=\bwhat )|(?<=\bwhich ))(?:adjective|adverb|verb|noun|wording)s?\b"
    # "... 'not what i ...' what was the rest", "whats the exact line": the words quoted asked, no word to find
    r"|(?<=\bthe )rest(?: of (?:it|that))?(?=\W*$)|(?<=\bthe )(?:(?:exact|actual|full|whole) )?(?:line|quote|phrase|bit|sentence|wording)(?=\W*$)"
    # "my boss asked me how much ...", "a friend wants to know why ...": who asks, before what is asked
    r"|^\W*(?:(?:so|and|but|ok|okay)\W+)*(?:my|our|a) (?:\w+ )?\w+ (?:asked|asks|was asking|is asking|keeps asking|wants to know|wanted to know)(?: (?:me|us))?\b"
    # Chat frames and hedges around a question: "quick question", "i think", "in the text", "pls".
    rf"|\b{QUESTION_LABEL}\b|\bi (?:think|guess|wonder|mean|meant)\b(?! i (?:read|saw|heard)\b)|\b(?:i (?:was |am )?|i['’]?m )wondering\b|\b(?:i|we)['’]d like(?: to know| to)?\b|\bin the text\b|\bpl[sz]\b|\bremind me\b|(?<=,) ?like\b(?! (?:a|an|the|this|that|these|those)\b(?! (?:max|min|maximum|minimum|highest|lowest|high|low|cheapest|priciest)\b))"
    rf"|\b(?:{HEDGES}|kinda|sorta|gonna|wanna|gotta)\b|\bor (?:nah|not|no|what)\W*$|\bgoing to(?= (?:do|happen)\b)"  # "what is reddit going to do": the future
    r"|,\s*(?:is (?:it|that|this)|(?:it|that|this) is) (?:really )?(?:true|right|correct)(?=\W*$)|(?<=\w)(?:[\s,]+(?:right|innit|(?:isn|wasn|didn|doesn|aren|weren)['’]?t (?:it|he|she|they|that|there))|,\s*(?:is|was|are|were|did|does|has|have) (?:it|he|she|they|that|there))(?=\W*$)"  # "..., right?"
    # "maybe i am wrong but", "if i understood right", "i am not sure"; "the exact name they write": the asker's doubt, the text's own words
    r"|\bmaybe (?:i am|i['’]?m) wrong\b|\bif i understood(?: (?:it|that|this))? (?:right|correctly|well)\b|\b(?:i am|i['’]?m) not (?:sure|certain)\b|\bcorrect me if (?:i am|i['’]?m) wrong\b"
    r"|(?:(?<=\bname )|(?<=\bword )|(?<=\bterm )|(?<=\btitle ))(?:they|it|the articles?) (?:write|writes|wrote|use|uses|used|give|gives|gave)\b"
    r"|\b(?:i\.\s?e|e\.\s?g)\b\.?"  # "..., i.e. the undefined ones": what follows says it again
    # "..., like was it a press release or what", "..., a blog post or what": a guess offered after the question, nothing it asks for.
    r"|,\s*(?:like\s+)?(?:(?:was|is|were|are|did|does)\s+(?:it|that|this|they|he|she)\b|(?:maybe\s+)?(?:an?|some)\s)[^,?]*?\s+or\s+(?:what|something|smth|some\w+ else|elsewhere)\W*$"
    # "is that just a rumor or did they confirm it somewhere official": whether it was told, no rumour named
    r"|\bjust (?:an? )?rumou?rs?\b|(?<=\bsomewhere )official\b|\b(?:in the first place|(?:around|at|about) the same time|at (?:some|one) point|to begin with|anyways?|at all|or something|or whatever|for real|right now|these days|so far"
    r"|exact(?= \w)|any ?more)\b"
    r"|(?:(?<=\bsomething )|(?<=\bsmth )|(?<=\bsth )|(?<=\banything )|(?<=\bstuff ))similar\b"  # "doing smth similar": like the last one, no word to find
    # "anything in gzip that helps with that?": the help asked for is the answer, no word to find
    r"|\b(?:that|which|to) (?:would |could |might |can )?help(?:s)?(?: (?:with|me|us))?(?: (?:that|this|it))?\W*$"
    # "what's truthgpt supposed to be", "the race everyone's talking about": chat framing around what is asked.
    r"|\bsupposed to(?= (?:be|do|mean|have)\b)"
    # "whats that thing called again": a name asked of what came before, no word to find
    r"|(?:(?<=\bit )|(?<=\bthat )|(?<=\bthis )|(?<=\bthing ))called(?: again)?(?=\W*$)"
    r"|(?<=\w )call(?= (?:it|that|this|them)\W*$)"  # "what did universal call it": the words they used
    r"|\b(?:that )?(?:every(?:one|body)|people|ppl)(?:'s|’s|s| is| are|'re)? (?:talking|talks|talk|going on)(?: about)?\W*$"
    # "when does it kick in": when it starts, which a sentence says with a date and "take effect", "starting".
    # A light verb before a noun of action says nothing the noun does not: "make the threat" is "threaten".
    r"|\b(?:make|makes|made|making|take|takes|took|taking|give|gives|gave|giving)(?= (?:the|a|an|his|her|its|their|this|that) (?:\w+ )?"
    r"(?:\w+(?:tion|sion|ment|ance|ence|al)|threat|claim|call|move|offer|deal|bid|attempt|promise|demand|remark|comment"
    r"|change|step|effort|case|decision|tweet|post)s?\b)|\b(?:show|shows|showed|shown|showing)(?= (?:(?:any|some|the|his|her|their|its|no|real) )?(?:proof|evidence)\b)"  # "show any proof": give it
    r"|(?:^|(?<=[.!?] ))what(?:'s|’s|s| is)?\s+(?:the\s+(?:deal|story|situation)|going\s+on|happening|up)(?=\s+(?:with|between)\b|\W*$)"
    # "how do i make fdupes go into subdirectories", "is there a way to get it to ...": the asker causes a deed, the deed is asked
    r"|(?:(?<=\bhow do i )|(?<=\bhow can i )|(?<=\bhow do you )|(?<=\bhow can you )|(?<=\bhow do we )|(?<=\bhow to )|(?<=\bway to ))"
    r"(?:make|get|let)\b(?= \S+ \S+)"
    # "how much is the most expensive option", "and the lowest?": an end of a range, which a sentence states
    # as "between $42,000 and $210,000", naming neither end so.
    r"|(?<=\bthe )(?:(?:top|bottom|upper|lower|high|low)(?: end)? of (?:the |that |this )?(?:price )?range|(?:upper|lower|top|bottom|high|low) end\b|(?:lowest|highest|low|high|top|bottom|max|min) (?:end|tier|option|plan|one)|cheapest|priciest|most expensive"
    r"|least expensive|(?:price )?range|(?:max|min)(?=\s+per\b|\W*$))(?: (?:end|tier|option|plan|one))?\b|^\W*(?:and )?the (?:lowest|highest|max|min|maximum|minimum|top|bottom)(?: (?:price|cost|amount|figure|number))?\W*$"
    # "need to embed a binary file as a c array, which flag": what the asker wants done is what is asked.
    r"|^\W*(?:(?:i|we)(?:'m|’m| am| are|'re)? )?(?:really |just )?(?:need|want|wanna|have|would like|'d like|trying|try(?:ing)? hard)(?: to)?(?: (?:figure|find|work) out\b| understand\b)?\b(?= \w)"
    # "..., one of the articles gave an actual number": which source says it, no word asked for
    r"|,?\s*(?:one of )?(?:the |these |one |an? |some )?(?:articles?|stor(?:y|ies)|pieces?|reports?) (?:gave|gives|give|had|has|have|mentioned|mentions|listed|lists|named|names)"
    r" (?:an? |the )?(?:actual |exact |specific |real )?(?:number|figure|amount|date|name|year|price)s?\b"
    # "..., and i want jq's exit code to" (not "who did Philip I want to marry")
    r"|(?:[,;]\s*|\b(?:and|but|so|because|cause|cuz|now)\s+)(?:i|we) (?:really |just |only )?(?:want|need|wanna|would like|'d like)(?: to)?\b(?= \w)"
    r"|\b(?:(?:does|do|did) (?:(?:one|any|either|none) of )?(?:the|this|that|each|any|either|another|one)|(?<=, )(?:any|one|either) of the)(?: other)? (?:articles?|stor(?:y|ies)|pieces?|reports?|texts?|sources?|ones?)"
    r" (?:(?:even|also|ever|actually) )?(?:say|claim|report|suggest|explain|give|" + MENTIONING + r")s?\b"
    r"|(?:(?<=\bthe )|(?<=\ban ))(?:right|correct|actual|real|true|exact)\b(?= (?:date|day|time|year|month|number|figure|amount|price|name|answer|one)\b)|(?<=\bthe )whole(?= [a-z])"  # "is that the right date?", "the whole lawsuit time tweet"
    r"|\b(?:the|these) (?:articles?|texts?|sources?) (?:actually )?(?:give|gives|say|says|report|reports)\W*$"  # "the highest figure the articles give"
    r"|\b(?:give|gives|say|says|report|reports|list|lists|have|has|quote|quotes|cite|cites|" + MENTIONING + r"s?) (?:the same|a|an|any|the) (?:(?:actual|exact|specific|real|different) )?(?:number|figure|amount|date|price|one|thing|answer)s?\b(?: (?:too|as well|also))?"  # "does verdict give the same number?"
    r"|\bthe same (?:(?:upper|lower|top|bottom|highest|lowest|high|low) )?(?:number|figure|amount|date|price|range)s?\b(?: (?:too|as well|also))?"  # "does the verdict piece give the same upper figure"
    r"|(?<=\bthat )(?:[\w.'’-]+ ){0,4}?(?:give|gives|say|says|report|reports|mention|mentions)\W*$"  # "... that digital trends and verdict give"
    r"|(?:(?<=\bwhat )|(?<=\bwho )|(?<=\bwhom )|(?<=\bwhen )|(?<=\bwhere ))(?:does|did|do) (?:it|they) say(?: it means?(?=\W*$)|(?= (?!about\b|abt\b|on\b)\w))|\b(?:does|did|do) (?:it|they) say(?= (?:first )?(?:reported|broke|published)\b)"  # "what does it say API stands for", "who does it say ... aimed at"
    r"|(?:(?<=\w what )|(?<=\w, what ))(?:does|did) it say(?=\W*$)|\bspell(?:s|ed|ing)? out\b(?= (?:what|the (?:abbreviation|acronym)|[A-Z]{2,8}s?\b))"  # "one of them spells out what api stands for lol what did it say"
    # "one article said training ai on data without paying could skirt with what": the source opening a statement
    r"|(?:^\W*|[,;]\s*)(?:(?:so|and|but|ok|i read|i saw)\s+)*(?:one of (?:these|them|those)|(?:one of the|one|an?|the|that|this|some)\s+(?:[\w.-]+\s+)?"
    r"(?:articles?|stor(?:y|ies)|pieces?|reports?|posts?|writers?|authors?|reporters?|journalists?))\s+(?:said|says|say|mentions?"
    r"|mentioned|argues?|argued|claims?|claimed|suggests?|suggested|notes?|noted|writes?|wrote|states?|stated|points? out"
    r"|pointed out|spells? (?:it )?out|spelled (?:it )?out|spelt (?:it )?out|thinks?|thought|believes?|believed)\b(?:\s+that\b)?"
    # "..., it just sleeps and does nothing, what am i missing": the remedy is asked, the trouble told before
    r"|\bwhat (?:am|are) (?:i|we) (?:missing|doing wrong)\b|\bwhat (?:did|do) (?:i|we) (?:miss|do wrong)\b"
    # "i read somewhere musk already cut openai off ..., is that true?": where the asker met it, no word asked for
    r"|" + HEARSAY +
    # "in the piece with the section on musk's x.ai ambitions, when did ...": which article, told by what it holds
    r"|^\W*(?:in|according to|from|per) (?:the|that|this|one) (?:[\w.'’-]+ ){0,2}?(?:article|piece|story|report|post|one)s? (?:that|which|with|where|about|on)\b[^,?]{0,80}[,:]" +
    # "does it bring up copyright at all?", "does that one mention ...": whether the article says it
    r"|^\W*(?:and |so |but )?does (?:it|that one|this one) (?:even |also |ever )?" + MENTIONING + r"\b",
    re.I,
)


# "how do i fix it?", "how can i speed them up?": a remedy asked for, the trouble named before.
_REMEDY = re.compile(
    r"\b(how (?:do|can|should|would|could) (?:i|we|you|one) )(?:fix|solve|resolve|repair|handle|avoid|prevent|deal with"
    r"|get around|work around|get rid of(?= (?:it|them|this|that)\b)|(?:speed|sort|clear) (?=(?:it|them|this|that) up\b))",  # "get rid of a virtualenv": deleting it
    re.I,
)
# "..., what's the fix", "is there a workaround for that?": a remedy asked for by its noun, the trouble named before.
_REMEDY_NOUN = re.compile(
    r"\b(?:what(?:'s|’s|s| is| would be)|is there|any)(?: a| an| the)? (?:easy |simple |quick |good |best |proper |known )?"
    r"(?:(?:fix|solution|workaround|work-around|remedy)(?:es|s)?(?: (?:for|to) (?:it|this|that|these|those))?|way around (?:it|this|that))(?=\W*$)",
    re.I,
)


# "what flag do i pass to ...", "which option should i use": the kind of thing asked (an option the
# answer names, "--python=$path") and the light verb of giving it.
_SETTING = re.compile(
    rf"\b((?:what|which) (?:cli |command[- ]line )?{SETTING_NOUNS})"
    r" (?:do|does|should|can|could|would|must|will) (?:i|we|you|u) (?:pass|use|give|add|set|specify|supply|put|need)\b(?= \w)",
    re.I,
)


# "which outlet did bgr cite for the reddit thing": the kind of name asked and the citing, which a sentence says with "as reported by".
_CITED = re.compile(r"^\W*(?:which|what) (?:outlets?|publications?|sources?|(?:news )?sites?|websites?) (did|does|do)\b(.*?)\b(?:cite|credit)\b", re.I)


# "how does the article describe reddit", "how do they characterize it": a description an article gives, which
# need not use the word ("How did Luther describe his time": "Luther described this period ...": a person's does).
# "what word did they use to describe the deal": a word of the text asked, "word" and "use" nothing to find
_WORD_USED = re.compile(
    r"(?:^|(?<=[-–—:,] ))(\W*(?:and |so |but )?what )(?:word|term|adjective|phrase)s? ((?:did|does|do) (?:[\w.'’-]+ ){0,4}?)(?:use|used|pick|call)(?: to (?:describe|call)| for)?\b",
    re.I,
)
_DESCRIBED = re.compile(
    r"^(\W*(?:and |so |but )?how (?:do|does|did) (?:it|they|(?:the|that|this) (?:[\w.'’-]+ )?(?:article|piece|story|writeup|post|report|writer|author|one)) )"
    r"(?:describe|characteri[sz]e|portray)\b",
    re.I,
)


# "did musk back up his claim with any proof": a claim backed up is proved (an opinion backed up by scripture is not)
_BACKED_UP = re.compile(r"\bback(?:s|ed|ing)? up (?=(?:his|her|their|the|that|this|its|those|these) (?:claims?|allegations?|accusations?)\b)|(?<!\bto )(?<!\bi )(?<!\bwe )(?<!\byou )\bback(?:s|ed|ing)? (?:it|that|this|them) up\b ?", re.I)  # not "want to back them up"
_ANSWER_TO = re.compile(r"(\b(?:own|an)|['’]s) answer to\b", re.I)
# "stop letting people log in": they will be unable to (no longer able)
_STOP_LETTING = re.compile(r"\b(stop|stops|stopped|stopping|quit|quits) (?:letting|allowing) ", re.I)
# "how do i tell it how many threads to use": a how-to setting the number of them
_HOW_MANY_TO = re.compile(r"^(\W*how (?:do|can|could|should|would) (?:i|we|you|u|one) .*?\b)how many\b", re.I)
_PLUG = re.compile(r"\bpull(?:ed|s|ing)?\s+the\s+plug\b", re.I)  # "pulled the plug on twitter": stopped it
_MAKE_PAY = re.compile(r"\b(?:make|makes|making|made) ((?:[\w'’-]+ ){1,3}?)pay\b(?! (?:attention|off|out)\b)", re.I)  # "making ai companies pay": charging them
# "who are they going after": whom they sue, which a sentence tells with "sue", "prosecute", "lawsuit"
_GOING_AFTER = re.compile(r"\b(?:go|goes|going|went|gone)\s+after\b", re.I)
_GET_OUT = re.compile(r"\b(how (?:do|can|could|should|would) (?:i|we|you|u) |how to )get out of\b", re.I)  # "how do i get out of a tio session": quit it
_TO_COURT = re.compile(r"\b(take|takes|taking|took|taken)\s+((?:[\w.'’-]+\s+){0,2}?)to\s+court\b", re.I)  # "take microsoft to court": sue it
_SUE = {"take": "sue", "takes": "sues", "taking": "suing", "took": "sued", "taken": "sued"}
# "who broke the microsoft ad news": who reported it first, which a sentence tells with "reported", "reports"
_BROKE = re.compile(r"\bbr(?:oke|eak|eaks|eaking|oken)\s+(?=(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:news|story)\b)", re.I)


_COME_OUT = re.compile(r"^(\W*when\b.*?)\b(?:come|comes|coming|came) out\b", re.I)  # "when's it coming out": released
# "where does the reddit info (in the bgr piece) come from": its source, which "as reported by" tells
_COME_FROM = re.compile(r"^(.*?\bwhere (?:does|did|do)\b.*?\b(?:info|information|news|report|claims?|numbers|figures)\b.*?)\b(?:come|came) from\b", re.I)
_STORY = re.compile(r"(\b(?:for|about|on|of|with|in|get|got) the [\w.'’-]+) (?:news|story|drama|saga|situation)(?=\W*$|\s+from\W*$)", re.I)  # "... cite for the reddit news", "get the reddit news from": reddit's
_OWN_VERB = re.compile(r"(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bmy )(?<!\byour )(?<!\bour )(?<![’']s )\bown\b", re.I)  # "does microsoft own it", not "its own"


def unframed(question: str) -> str:
    """`question` without its chat opening and framing idioms (each idiom left as a space)."""
    question = _STORY.sub(r"\1", _DATED.sub(r"\1", _CITED.sub(r"\1\2", _OPENER.sub("", _ASKED_BY.sub("", question)))))
    question = _BROKE.sub("reported ", _PLUG.sub("stop", _DESCRIBED.sub(r"\1", _WORD_USED.sub(r"\1\2", question))))
    question = _OWN_VERB.sub("owns", _BACKED_UP.sub("prove ", question))  # "did musk back up his claim": prove it
    question = _HOW_MANY_TO.sub(r"\1the number of", question)  # "how do i tell lbzip2 how many threads to use"
    question = _STOP_LETTING.sub(r"\1 unable ", question)  # "when does microsoft stop letting people get into their accounts"
    question = _ANSWER_TO.sub(r"\1 rival to", question)  # "musk's own answer to chatgpt": its rival
    question = _MADE.sub(r"\1", _GOING_AFTER.sub("suing", _MAKE_PAY.sub(r"charging \1", _GET_OUT.sub(r"\1quit", question))))  # "was musk's threat against microsoft made?"
    return _IDIOM.sub(" ", _SETTING.sub(r"\1", _REMEDY.sub(r"\1", _REMEDY_NOUN.sub("how do i", question))))


def sued(question: str) -> str:
    """`question` with "take X to court" as "sue X", "when's it coming out" as "when's it released": the deed every reading sees."""
    question = _COME_FROM.sub(r"\1from", question)
    return _COME_OUT.sub(r"\1released", _TO_COURT.sub(lambda m: f"{_SUE[m[1].lower()]} {m[2]}".rstrip(), question))


def defaulted(question: str) -> str:
    """`question` with a setting left unset said as its default too ("if i dont pass a bitrate": "... with the default bitrate")."""
    question = _FALLS_BACK.sub("default", question)  # "what does it fall back to": its default
    if re.search(r"\bdefault|^\W*where\b", question, re.I):  # "where": a path tells it (and "if i dont pass one" says which)
        return question  # "whats the default for GOFETCH_REMOTE? like where does it download from if i dont set it"
    question = _BOXED.sub("by default", question)  # "does it drop idle connections out of the box"
    if (m := _UNSET.match(question)) and (rest := question[m.end() :].strip(" ,")):
        return f"{m[0].strip()}, {rest.rstrip(' ?')} by default?"  # "if i dont give hashid a hash, what does it read from"
    return _UNSET.sub(lambda m: f" with the default {m[1] or m[2]}{m[0]}" if m[1] or m[2] else f" by default{m[0] if '-' in m[0] else ''}", question)  # "if i dont specify anything": no word to find


_BOXED = re.compile(r"\bout of the box\b", re.I)
_FALLS_BACK = re.compile(r"\bfall(?:s|ing)? back(?= (?:to|on)\b)", re.I)


# "which branch does it diff against when i dont specify one", "if i dont pass a bitrate, ...": the default asked
_UNSET = re.compile(
    r"\s*\b(?:(?:if|when|unless) (?:i|you|we|u) (?:do not|don'?t|don’t|never|didn'?t|didn’t) (?:set|specify|pass|give|provide|choose|pick|configure|supply|add|use|change|tweak|touch|override)"
    r"(?: [\w.-]+)?? (?:any(?:thing)?|one|it|them|that|(?:a|an|the|any) ([\w-]+)|-{1,2}\w[\w-]*"  # "if i dont give hashid a hash", "... pass -n"
    r"|([\w.-]+)(?=\s*(?:[,?]|$|(?:to|for|in|on|when|what|how)\b)))"  # "if i dont pass tablefmt to tabulate": a setting named bare
    r"|(?:with no|without(?: (?:a|an|the|any))?) -{1,2}\w[\w-]*(?: (?:flag|option|switch))?)(?![\w-])(?! up\b)",  # "par2 create with no -r flag"; "set it up": none
    re.I,
)
# "when was the threat made?": the light verb after a noun of action says nothing the noun does not.
_MADE = re.compile(r"(\b(?:threat|announcement|decision|statement|claim|comment|accusation|allegation|offer|move|change)s?\b[^?]{0,60}?)\s+made(?=\W*$)", re.I)


# "legal is asking, what's the ECCN for zlib?", "my boss asked me: ...": who wants to know, nothing asked of.
_ASKED_BY = re.compile(
    r"^\W*(?:[\w'’]+\s+){1,3}?(?:is |was |are |were |keeps? |kept )?ask(?:ing|ed|s)(?: me| us)?\s*[,:;-]\s*"
    r"(?=(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|should|will)\b)",
    re.I,
)
# "musk lawsuit date?", "musk lawsuit reason": a fragment asking the date or reason of what it names (not "when
# is the court date").
_DATED = re.compile(r"^(?!\W*(?:wh\w*|how\w*|is|are|was|were|do|does|did)\b)([\w'’ -]{1,40}?)(?<!\bper)(?<!\beach)(?<!\bevery)(?<!\bnext)(?<!\blast)(?<!\bthis)\s+(?:date|year|reasons?|motives?)(?=\W*$)", re.I)

# Light verbs (stems): a question's "make", "get", "come" tell little a text must hold ("when did the reports
# come out": "reports emerged on Wednesday"; "how do i get it to ...", "was BSkyB going to pay").
LIGHT_VERBS = frozenset("come go get make have do take let keep".split())


# Words a text says otherwise: "will still work" asks what continues ("continue", "remain"), "what can't users do" what
# they are "unable" to; the phrasal verbs "cut off" and "go away" are "stop", money "put into" something is invested.
_PLAIN = {"still": "continue", "cant": "unable", "cannot": "unable"}
_MONEY_WORDS = frozenset("much money cash funds funding billion billions million millions dollars capital amount sum".split())
_ASKING_PRICE = {"ask": "charge", "asks": "charges", "asking": "charging", "asked": "charged", "want": "charge", "wants": "charges"}
# The object a phrasal verb's particle may follow: a pronoun or a name ("cut openai off"), no phrase.
_SEPARABLE = re.compile(r"it|them|him|her|that|this|(?!(?:the|a|an|his|its|their|my|your|our|all|some|any|more|down|up|out)$)[a-z][\w.-]*")
_PHRASAL = {
    ("cut", "off"): "stop", ("cuts", "off"): "stops", ("cutting", "off"): "stopping",
    ("cut", "out"): "remove", ("cuts", "out"): "removes", ("cutting", "out"): "removing",  # "cut twitter out of its ad tool"
    ("put", "into"): "invest", ("put", "in"): "invest", ("puts", "into"): "invests", ("putting", "into"): "investing", ("pump", "into"): "invest", ("pumped", "into"): "invested", ("pumps", "into"): "invests", ("pumping", "into"): "investing",
    ("kick", "in"): "start", ("kicks", "in"): "starts", ("kicked", "in"): "started", ("kicking", "in"): "starting",
    ("take", "effect"): "start", ("takes", "effect"): "starts", ("took", "effect"): "started",
    ("go", "away"): "stop", ("goes", "away"): "stops", ("going", "away"): "stopping", ("went", "away"): "stopped",
    ("switch", "off"): "stop", ("switched", "off"): "stopped", ("switches", "off"): "stops",
    ("shut", "off"): "stop", ("shuts", "off"): "stops", ("add", "back"): "restore", ("adds", "back"): "restores", ("bring", "back"): "restore",
    ("turn", "on"): "enable", ("turns", "on"): "enables", ("turned", "on"): "enabled", ("turning", "on"): "enabling",
    ("switch", "on"): "enable", ("turn", "off"): "disable", ("turns", "off"): "disables", ("turned", "off"): "disabled",
    ("line", "up"): "coincide", ("lines", "up"): "coincides", ("lined", "up"): "coincided", ("lining", "up"): "coinciding",
    ("shut", "up"): "quiet", ("shuts", "up"): "quiet",  # "make aide shut up when ...": report_quiet, "suppress"
    ("set", "up"): "create", ("sets", "up"): "creates", ("setting", "up"): "creating",  # "what was openai set up as"
    ("walk", "away"): "leave", ("walks", "away"): "leaves", ("walked", "away"): "left", ("walking", "away"): "leaving",
    ("step", "down"): "resign", ("steps", "down"): "resigns", ("stepped", "down"): "resigned", ("stepping", "down"): "resigning",
    ("cough", "up"): "pay", ("coughs", "up"): "pays", ("coughed", "up"): "paid", ("coughing", "up"): "paying",
    ("put", "online"): "published", ("posted", "online"): "published",  # "when was the bgr piece put online"
    ("tell", "you"): "show", ("tells", "you"): "shows", ("tell", "u"): "show", ("tells", "u"): "shows",  # "does hashid tell you the hashcat mode"
    ("spit", "out"): "output", ("spits", "out"): "outputs", ("spitting", "out"): "outputting", ("pop", "up"): "show", ("pops", "up"): "shows",  # "can pip-audit spit out an sbom"
    ("stick", "around"): "stay", ("stuck", "around"): "stayed", ("sticks", "around"): "stays", ("bail", "on"): "leave", ("bailed", "on"): "left",
}


def plain_verbs(words: list[str], money: bool | None = None) -> list[str]:
    """`words` (lower case) with "still" and each phrasal verb of `_PHRASAL` as the one word a text uses;
    "put in" is "invest" when money is asked of (`money`; by default when the words name an amount); "how
    much is twitter asking / does it want" asks a price: "charging", "charge" ("want to" is no price)."""
    out: list[str] = []
    if money is None:
        money = bool(_MONEY_WORDS & set(words)) or any(w[:1] == "$" or w[:1].isdigit() for w in words)
    priced = ("how", "much") in pairwise(words)
    for i, w in enumerate(words):
        if priced and w in _ASKING_PRICE and words[i + 1 : i + 2] != ["to"]:  # "how much is twitter asking": charging
            out.append(_ASKING_PRICE[w])
        elif not money and _PHRASAL.get((out[-1] if out else "", w), "").startswith("invest"):
            out.append(_PLAIN.get(w, w))  # "what do i put in Cargo.toml": no money put in
        elif len(out) > 1 and out[-1].endswith("ly") and (out[-2], w) in _PHRASAL:  # "put really into"
            out[-2:] = [_PHRASAL[(out[-2], w)], out[-1]]
        elif out and (out[-1], w) in _PHRASAL:
            out[-1] = _PHRASAL[(out[-1], w)]
        elif len(out) > 1 and (out[-2], w) in _PHRASAL and _SEPARABLE.fullmatch(out[-1]) and (money or not _PHRASAL[(out[-2], w)].startswith("invest")):
            out[-2] = _PHRASAL[(out[-2], w)]  # "cut openai off", "turn it on": "stop openai", "enable it"
        elif w in ("alone", "untouched") and (left := next((j for j in range(len(out) - 1, max(len(out) - 6, -1), -1) if out[j] in _LEAVE), None)) is not None:
            out[left] = _LEAVE[out[left]]  # "make it leave some imports alone": what a text says it ignores, skips
        else:  # "is he still ceo at twitter": a role still held, no "continue" a text must write
            out.append(w if w == "still" and words[i + 1 : i + 2] and words[i + 1] in ("ceo", "boss", "head", "chief", "chairman", "president", "owner", "founder", "leader") else _PLAIN.get(w, w))
    return out


_LEAVE = {"leave": "ignore", "leaves": "ignores", "leaving": "ignoring"}
