"""Who said it: "what did LinkedIn say about this?" is not answered by a sentence in which someone
else says something that names LinkedIn ("the company said that ... Facebook, Instagram, and LinkedIn
will continue ..."). The one asked about must stand before one of the sentence's verbs of saying, or
a pronoun before its last one. A sentence that names them but has no one say anything ("Google's Bard is
trained on ...") does not tell what they said either."""

from __future__ import annotations

import re

from qa.answer.quoting import following
from qa.answer.roles import HOLDERS
from qa.patterns import lazy_pattern
from qa.question.query import Query
from qa.question.synonyms import SAYING, group
from qa.search.retrieve import Evidence, near_top
from qa.text import STOPWORDS, capitalised, stem_words, words

_OPENS = r"^(?:(?:and|so|but|ok|okay|then)\W+)*"  # "and what did ...", "ok what X said"
_SAYER = r"((?!(?:is|was|are|were|did|does|do|has|have|had)\b)\w[\w.&'’-]*(?: \w[\w.&'’-]*){0,2})"  # one asked of, no auxiliary
_ASKS_SAID = lazy_pattern(
    # the one asked about: one to three words ("linkedin", "bill gates", "the company")
    rf"{_OPENS}(?:(?:(?:what|how)(?: \w+){{0,2}}?|which(?: \w+){{0,4}}?) )?(?:did|does|do|has|have|had) ((?:the )?\w[\w.&'’-]*(?: \w[\w.&'’-]*){{0,2}}) "
    r"(say|tweet|claim|announce|think|write|reply|respond|react|comment|state|tell(?! (?:you|u)\b)|describe|argue|believe|accuse|report"
    r"|said|tweeted|claimed|announced|replied|responded|reacted|commented|stated|told)\b",  # "has microsoft responded"
    re.I,
)
# Typed without its auxiliary: "what sam altman said about ...", "what satya nadella say back to elon".
_ASKS_SAID_BARE = lazy_pattern(rf"{_OPENS}(?:what|how) {_SAYER} (say|said|says|tweeted|claimed|replied|responded|commented|reply|respond|comment)\b", re.I)
# "could you tell me what musk wrote in the tweet": words written, when a post is asked of (`_spoken`), not "what early greek wrote about air"
_ASKS_WRITTEN_BARE = lazy_pattern(rf"{_OPENS}what {_SAYER} (wrote|posted)\b", re.I)
_PRONOUNS = frozenset("he she they it his her their its".split())
# Verbs asking for words spoken or written, not a belief ("what did Tesla think ..." is answered by "theorized").
_SPOKEN = frozenset("say tweet comment reply respond react tell state announce claim".split())
_NOT_SAID = frozenset("to his her its their the a an this that no any".split())
_WROTE = frozenset(stem_words(["write", "wrote", "written", "writes"]))
_RESPONDING = frozenset({"respond", "react", "reply"})
_SUBJECT_AFTER = lazy_pattern(r"\W*,\s*((?:the )?(?:[A-Z][\w'’.&-]*\s*)+)")
_IN_RESPONSE = lazy_pattern(r"\b(?:in|as an?) (?:response|reply|reaction|answer) to ((?:[\w'’.-]+ ?){1,6})", re.I)
# What reports speech without a verb of saying: a quotation, "according to X".
# a quote, or a verb reporting one's words: "Musk recently confirmed that he's making plans ..."
_REPORTED = lazy_pattern(r"[\"“”]|\baccording to\b|\b(?:confirm|reveal|admitt?|insist|warn|promis|explain)(?:s|ed|e)?\b", re.I)


# "what was microsoft's official response": what they said, asked by its noun.
_ASKS_RESPONSE = lazy_pattern(
    r"^(?:what|how) (?:is|was|were) ((?:the )?\w[\w.&-]*(?: \w[\w.&-]*)?)(?:'s|’s) (?:\w+ )?(response|reply|reaction|statement|comment)\b", re.I
)
# A chat fragment naming whose response it asks: "microsoft response musk lawsuit threat", "openai comment on it?".
_ASKS_RESPONSE_FRAGMENT = lazy_pattern(
    r"^((?!(?:what|how|why|when|who|whom|which|where|is|are|was|were|did|does|do|has|have|had|any|the|a|an)\b)\w[\w.&-]*(?: \w[\w.&-]*)?)"
    r"(?:'s|’s)? (?:official |public |first )?(response|reply|reaction|statement|comment)s?\b",
    re.I,
)
_VERB_OF = {"response": "respond", "reaction": "react", "statement": "state", "said": "say", "says": "say", "tweeted": "tweet",
            "claimed": "claim", "replied": "reply", "responded": "respond", "commented": "comment", "post": "tweet", "posted": "tweet", "wrote": "say",
            "announced": "announce", "reacted": "react", "stated": "state", "told": "tell"}
_QUOTED = lazy_pattern(r"[\"“][^\"“”]*[\"”]")
_ROLE_HELD = lazy_pattern(rf"\bthe (?:[A-Z][\w'’.&-]* )+(?i:{'|'.join(HOLDERS)})\b")


_OWN_VOICE = frozenset("writer author article piece story post columnist".split())
_ACCORDING = re.compile(r"\baccording to ((?:[\w.'’-]+\s+){0,2}[\w.'’-]+)", re.I)


def said_by_another(question: str, sentence: str, query: Query, proper: set[str] | None = None) -> bool:
    """True when `question` asks what someone said and `sentence` names them only after its last verb of
    saying, with no pronoun before that verb: another says it, about them."""
    if m := _ASKS_SAID.match(question) or _ASKS_RESPONSE.match(question) or _ASKS_SAID_BARE.match(question) or _ASKS_RESPONSE_FRAGMENT.match(question):
        return _another_said(m.group(1), _VERB_OF.get(v := m.group(2).lower(), v), sentence, query, proper or set())
    return False


def _another_said(who: str, verb: str, sentence: str, query: Query, proper: set[str]) -> bool:
    """True when `sentence` names `who` only after its last verb of saying (`verb` or one standing for it)."""
    own = [w for w in words(who) if w not in STOPWORDS]
    if own and set(own) <= _OWN_VOICE:
        return False  # "does the writer think ...": the article's own words, whoever it quotes
    doer = stem_words(own)
    if doer and set(doer) <= set(stem_words(query.unknown)):
        return True  # "what did the judge say?": the corpus never names one
    if doer and not any(d in query.terms for d in doer):
        return False  # "what does verdict say about reddit": the article read, no sayer asked of
    tokens = words(sentence)
    stems = stem_words(tokens)
    if any(query.match(d, set(stem_words(words(m.group(1))))) for m in _ACCORDING.finditer(sentence) for d in doer):
        return False  # "According to Musk, Microsoft mined user tweets ...": theirs, whatever verbs follow
    saying = group("say") | group(verb) | _WROTE  # "allegedly" reports no one's words asked with "say"
    # "too early to say", "his comment": a word of saying after "to" or a determiner says no one said anything
    spoken = verb in _SPOKEN
    said = [i for i, s in enumerate(stems) if s in saying and not (spoken and i and tokens[i - 1].lower() in _NOT_SAID)]
    last = max(said, default=None)
    if last is None and doer and verb in _SPOKEN and not _REPORTED.search(sentence):
        if verb in _RESPONDING and (m := _IN_RESPONSE.search(sentence)):
            # "This threat from Elon comes as a reply to Microsoft dropping Twitter ...": not the one responded to;
            # "In response to the announcement, Musk suddenly accused ...": who acts after it responds
            if any(query.match(d, set(stem_words(words(m.group(1))))) for d in doer):
                return True
            subject = _SUBJECT_AFTER.match(sentence[m.end(1) :])  # its doer: the names after the clause
            return subject is not None and not any(query.match(d, set(stem_words(words(subject.group(1))))) for d in doer)
        # named, but no one says anything (SQuAD dev: 1 of 63 such questions answered right is lost)
        return any(query.match(d, set(stems)) for d in doer)
    if last is None or not doer or _PRONOUNS & set(tokens[max(0, last - 4) : last]):
        return False
    if spoken and not any(query.match(d, set(stems)) for d in doer):
        # "what law does musk say microsoft broke": "Universal Music Group spoke out ..., claiming ..."
        before = sentence[: at.start()] if (at := re.search(rf"\b{re.escape(tokens[last])}\b", sentence, re.I)) else ""
        # the words quoted are what is said, "the Twitter CEO" a role, not another named: both may be theirs
        before = _ROLE_HELD.sub(" ", _QUOTED.sub(" ", before))
        return any(w.lower() not in STOPWORDS for w in re.findall(r"\b[A-Z][\w'’-]*", before))
    if not any(query.match(d, set(stems[: last + 1])) for d in doer):
        return any(query.match(d, set(stems[last:])) for d in doer)
    # "... that Microsoft is about to remove Twitter ..., Elon Musk fired back ..., claiming ...": the nearest
    # name before the verb of saying that does something itself ("fired", "said"; not "Twitter's data") says it
    upper = capitalised(sentence)
    if len(upper) != len(tokens) or not set(words(who)) & proper:  # "what do some sources say": no name
        return False
    for m in _OWNER_SAYS.finditer(sentence):  # "Microsoft's OpenAI announced ...": OpenAI says it, not Microsoft
        if any(query.match(d, set(stem_words([m[1].lower()]))) for d in doer) and stem_words([m[2].lower()])[0] in saying:
            return True
    for name in range(last - 1, 0, -1):
        if upper[name] and not upper[name + 1] and (tokens[name + 1].endswith("ed") or stems[name + 1] in saying):
            start = name
            while start > 0 and upper[start - 1]:
                start -= 1
            # "the general secretary of National Association of ... Teachers, said": a name after "of" is no doer
            after_of = start > 0 and tokens[start - 1] in _OF
            return not after_of and not any(query.match(d, set(stems[start : name + 1])) for d in doer)
    return False


_OF = frozenset("of in at by for from with to on about into".split())
_OWNER_SAYS = lazy_pattern(r"\b([A-Z][\w.&-]*)['’]s\s+(?:[A-Z][\w.&-]*\s+)+([a-z]+)\b")


# "did microsoft ever respond to the threat", "microsoft's official reply": a response asked of its maker.
_ASKS_REPLY = lazy_pattern(
    r"\b(?:did|does|do|has|have|will)\s+([\w.'’-]+)\s+(?:\w+ly\s+|ever\s+|even\s+|already\s+)?(?:respond|reply|replied|react|answer)"
    r"|\b([\w.'’-]+?)(?:'s|’s)?\s+(?:official\s+|formal\s+|public\s+)?(?:response|reply|reaction)\b",
    re.I,
)
_REPLY_TO = r"\b(?:reply|replies|replied|response|responded|responds|reaction|reacted)\s+to\s+(?:[\w'’-]+\s+){0,2}?"


def replied_to_instead(question: str, sentence: str, proper: set[str] | None = None) -> bool:
    """True for "did microsoft ever respond to the threat?" answered by "This threat from Elon comes as a reply to
    Microsoft dropping Twitter": the one asked of is replied to there, not replying."""
    if not (m := _ASKS_REPLY.search(question)):
        return False
    who = (m.group(1) or m.group(2) or "").lower()
    if who not in (proper or ()):
        return False
    replied = re.search(_REPLY_TO + rf"{re.escape(who)}\b", sentence, re.I)
    return replied is not None and not re.search(rf"\b{re.escape(who)}\b", sentence[: replied.start()], re.I)


# "the exact words elon musk tweeted", "the precise wording of musk's tweet": what one said, word for word
_ASKS_WORDING = lazy_pattern(
    r"\b(?:exact|precise|actual)\s+(?:words?|wording|quote|text)\s+(?:of\s+)?(?:that\s+|the\s+)?((?:[\w.&'’-]+\s+){0,2}?[\w.&-]+?)(?:['’]s)?\s+"
    r"(tweet|tweeted|post|posted|said|statement|wrote)\b",
    re.I,
)
_SAYING = lazy_pattern(r"\b(?:said|says|tweeted|wrote|writes|posted|added|told|claimed|read)\b", re.I)  # "The tweet reply read, "..."
# "musk's exact words in that tweet": the one whose words are asked
_OWN_WORDS = lazy_pattern(r"\b(\w[\w.&-]*)['’]s\s+(?:exact|precise|actual)\s+(?:words?|wording|quote)\b()", re.I)
_QUOTE_WINDOW = 0.9  # how close to the best a sentence quoting the one asked may be
_FAR_QUOTE = 0.4  # how close, when none is that close and the words themselves are asked
_VERBATIM = lazy_pattern(r"\b(?:exact(?:ly)?|precise(?:ly)?|word(?:s|ing)|quote)\b", re.I)
_WRITTEN = frozenset("write wrote tweet tweeted post posted".split())
_IN_POST = lazy_pattern(r"\b(?:tweets?|posts?|exact(?:ly)?|words?|quote)\b", re.I)


def quoting(question: str, query: Query, evidence: list[Evidence], by_deed: bool = True) -> tuple[Evidence, None] | None:
    """For "what did musk say (exactly)": a near-best sentence quoting words in quotation marks with a verb of
    saying, by the one asked, named in it or by a role another sentence gives them ('"They trained illegally ...
    Lawsuit time," the Twitter CEO said in a tweet'), over a better one only using the verb ("It's too early to
    say if Twitter's CEO will ..."); of several, the one told with the deed asked (`by_deed`), else the first."""
    m = _asks_words(question)
    if not (v := _spoken(m, question)):
        return None
    who = [t for t in stem_words(words(m.group(1))) if t in query.terms]
    # "what did he say?" after "who's threatening to sue microsoft?": the words alone asked, the last turn's lifting
    # the sentences telling the deed over its quote: one further down is near enough
    alone = by_deed and all(t in SAYING or t in who or t in query.subjects for t, w in query.terms.items() if w >= 1)
    def by_them(window: float, most: int = 8) -> list[Evidence]:
        near = (e for e in near_top(evidence, window, most) if _QUOTED.search(e.sentence.text) and _SAYING.search(e.sentence.text))
        return [e for e in near if all(query.match(t, set(e.stems)) for t in who) or (
            (role := _ROLE_HELD.search(e.sentence.text)) and _holds_role(role.group().removeprefix("the "), who, evidence))]
    # the words themselves asked ('what exactly did he write', 'his exact words'): a quote of theirs further down,
    # unless the best sentence goes on with one (`words_after`)
    far = (_VERBATIM.search(question) or v in _WRITTEN) and not ((nxt := following(evidence[0], evidence)) and _QUOTED.search(nxt.sentence.text))
    by = by_them(_QUOTE_WINDOW - 0.1 * alone) or (by_them(_FAR_QUOTE, 16) if far else [])
    if by and by_deed and (_VERBATIM.search(question) or v in _WRITTEN):  # and one further down, told with the deed
        by = [*by, *(e for e in by_them(_FAR_QUOTE, 16) if e not in by)]
    # "what did musk tweet when he threatened microsoft": the quote whose telling, or the sentence before it, says
    # the deed ('"... Lawsuit time," the Twitter CEO said' after "Musk's threat comes as ..."), not the words quoted
    if not by or not by_deed:  # a value asked ("wat date did musk tweet the lawsuit threat"): the first, near the top
        return (by[0], None) if by else None
    deed = [t for t, w in query.terms.items() if w >= 1 and t not in who and t not in query.subjects]  # not names
    return max(by, key=lambda e: sum(query.match(t, _telling(e)) for t in deed)), None


def _telling(e: Evidence) -> set[str]:
    """The stems of a quoting sentence outside its quotation marks, and of the sentence before it."""
    return set(stem_words(words(_QUOTED.sub(" ", e.sentence.text)))) | set(e.context)


def _spoken(m: re.Match[str] | None, question: str) -> str:
    """The verb of the words `m` asks for ("say", "tweet", "write" ...), "" for none spoken: "what did luther
    write" asks a work, "what did musk write in his tweet" words."""
    v = (m.group(2) or "say").lower() if m else ""
    written = v in ("write", "wrote")  # "what did luther write" asks a work
    return v if m and (("say" if _IN_POST.search(question) else "") if written else _VERB_OF.get(v, v)) in _SPOKEN else ""


def _asks_words(question: str) -> re.Match[str] | None:
    """The one whose words a question asks and its verb: "what did musk tweet", "musk's exact words"."""
    return _ASKS_SAID.match(question) or _ASKS_SAID_BARE.match(question) or _ASKS_WRITTEN_BARE.match(question) or _ASKS_WORDING.search(question) or _OWN_WORDS.search(question)


def words_after(question: str, query: Query, best: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """For "what were musk's exact words ...": when the best sentence tells the deed without its words ("... Musk
    fired back with the threat of a lawsuit, ..."), the next one quoting them ('"They trained illegally using Twitter
    data," Musk tweeted, adding: "Lawsuit time."'), which the answer goes on with."""
    if not _spoken(_asks_words(question), question) or _QUOTED.search(best.sentence.text):
        return None
    after = following(best, evidence)
    return after if after and _QUOTED.search(after.sentence.text) and _SAYING.search(after.sentence.text) else None


def _holds_role(role: str, who: list[str], evidence: list[Evidence]) -> bool:
    """True when a sentence found names the one asked right after the role: "Twitter CEO Elon Musk" for "Twitter CEO"."""
    named = re.compile(rf"\b{re.escape(role)},?\s+((?:[A-Z][\w'’.-]*\s*){{1,3}})")
    return bool(who) and any(set(who) <= set(stem_words(words(m[1]))) for e in evidence for m in named.finditer(e.sentence.text))
