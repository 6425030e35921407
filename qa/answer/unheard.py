"""Questions about what no text names: a word the corpus never uses, nor any word standing for it, asked
the value of ("how many locomotives"), as the doer ("did apple ...?") or as the thing a yes/no or how-to
question is about ("does it support encryption?"). No sentence can answer them."""

from __future__ import annotations

import re
from functools import lru_cache

from qa.answer.polarity import OPINING, WEIGHS
from qa.patterns import HOW_TO_VERB, SETTING_NOUNS, UNIT
from qa.question.english import lemma_frequency
from qa.question.kinds import Question
from qa.question.meta import AUTHOR_WORD
from qa.question.query import Query
from qa.question.spell import PREFIXES, RARE_IN_ENGLISH, english_frequency
from qa.question.synonyms import CLIPPED_WORDS
from qa.question.wordings import owned
from qa.search.retrieve import Evidence, file_named
from qa.text import STOPWORDS, stem_words, words

# The thing a question asks the value of: "how many X", "what is the X of ...", "what is Y's X", "what X of";
# not a state ("what's missing?", "what's happening?").
_ASKS_NOUN = (
    re.compile(r"\bhow many (?P<np>\w+)", re.I),
    re.compile(
        r"\b(?:what|which|who)(?:'s|’s|s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|an?\s+|(?!\w+(?:ing|ed)\W*$))(?:name\s+of\s+(?:the\s+)?)?"
        r"(?P<np>(?:[\w.-]+['’]s?\s+)?(?:\w+\s+)?\w+)(?=\s+(?:of|in|at|from|last|this|next|per|who|that)\b|\W*$|\s*,)",  # "... revenue last year, anyone know"
        re.I,
    ),
    re.compile(r"\b(?:what|which)\s+(?!kind\b|type\b|sort\b|part\b|number\b|amount\b|percent)(?P<np>\w+)\s+of\b", re.I),
    re.compile(r"\s[-–—]\s*(?P<np>\w+)\W*$"),  # "bill gates lawsuit against musk - outcome?"
    re.compile(r"^(?!.*\b(?:what|which|who|whom|when|where|why|how)\b).*\band\s+(?P<np>[a-z]+)\W*$", re.I),  # "x.ai founding date and headcount"
    # "where is x.ai headquarters": the place asked of the thing a word names
    re.compile(r"^where (?:is|are|was|were) (?P<np>(?:[\w.-]+['’]?s?\s+){0,3}[\w.-]+)\W*$", re.I),
    # "how much does twitter blue cost": the thing priced
    re.compile(r"\bhow much (?:does|do|did|will|would|is|are|was)\s+(?:the\s+|an?\s+)?(?P<np>(?:[\w.-]+\s+){0,2}?[\w.-]+)\s+cost\b", re.I),
)


# Nouns naming the kind of value asked, not a thing a text must name: "what was the monthly range" is
# answered by "between $42,000 and $210,000".
_VALUE_NOUNS = frozenset("range amount total sum figure value rate price cost fee number count".split())
# Nouns of "what's the deal / story / situation": what goes on is asked, no thing a text must name.
_GOINGS_ON = frozenset("deal story situation scoop lowdown gist".split())
_OF_THING = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?(?:[\w.-]+\s+){0,2}?([\w.-]+)(?=\W*$|\s+(?:these|this|now|today|per|a|each|in|for|on)\b)", re.I)


# An amount asked in a currency: "in euros", "in pounds", "in yen".
_IN_CURRENCY = re.compile(r"\bin (euros?|pounds?|yen|rupees?|yuan|francs?|pesos?|rubles?|bitcoin|btc|eur|gbp|inr|jpy)\b", re.I)


# "how much is musk asking for in damages", "... as a fine": what the amount is
_IN_WHAT = re.compile(
    r"\bhow much\b.*\b(?:in|as)\s+(?:an?\s+)?(?!(?:total|all|advance|cash|full|return|exchange)\b)([a-z]{3,})"
    r"(?:\s+(?:from|for|against|to|over)\s+[\w.'’ -]{1,30}?)?\W*$",  # "... in damages from microsoft?"
    re.I,
)


def unheard_asked(question: Question, query: Query) -> bool:
    """True when the thing asked the number or value of ("how many locomotives", "what is microsoft's
    market cap", "what version of gpt") is a word the corpus never uses, nor any word standing for it:
    no text gives it. A kind asked for ("which chip maker") is not: its answer is a name."""
    if (m := _IN_CURRENCY.search(question.text) or _IN_WHAT.search(question.text)) and query.unheard(m.group(1).lower()) and not UNIT.fullmatch(m.group(1).removesuffix("s")):
        return True  # "whats twitter's api price in euros", "how much is musk asking for in damages": no text gives one so
    for pattern in _ASKS_NOUN:
        if m := pattern.search(question.text):
            noun = re.split(r"['’]", m.group("np").split()[-1])[0].lower()
            if noun in _GOINGS_ON:  # "and getty? whats their deal": what is going on, no thing asked the value of
                return False
            if noun in _VALUE_NOUNS:  # "the monthly price of twitter blue": the value of the thing after "of"
                of = _OF_THING.match(question.text, m.end())
                return bool(of) and query.unheard(of.group(1).lower())
            return query.unheard(noun)
    return False


# How a deed is done, not what it is done to: "straight", "automatically" ("apply" and "reply" are deeds).
_ADVERB = re.compile(r"^(?:straight|right|again|first|back|away|anyway|always|forever|only|also|too|just|everywhere|anywhere|elsewhere|somehow|anyhow|(?!(?:ap|re|sup)ply$)\w{3,}ly)$")
# What a how-to verb acts on ends where a preposition or a clause begins.
_PREPOSITION = re.compile(
    r"\b(?:in|inside|on|with|without|for|from|to|into|onto|at|by|via|when|while|so|before|after|instead|if|using|that|thats|that's|that’s|which)\b", re.I  # "a property thats been set higher up": a clause of it
)


_WHEN_AFTER = re.compile(r"\s+(?:after|before|until|till|since|during|following|past)\s+(?:the\s+|that\s+|this\s+|its\s+)?[\w-]+\W*$", re.I)


# "... messages older than a year?", "files bigger than 10mb": a measure to compare by, no thing asked of
_THAN = re.compile(r"\s+(?:older|newer|younger|longer|shorter|bigger|smaller|larger|more|less|fewer)\s+than\s+\S+(?:\s+\w+)?\W*$", re.I)
_SIZED = re.compile(r"\s+for\s+(?:a\s+\w+\s+)?(?:(?:of\s+)?the\s+size\s+of\s+[\w']+|[\w']+\s+size)\W*(?:tho|though)?\W*$", re.I)
_WORKS = frozenset({"work", "works", "working", "worked"})
_RELATING = frozenset({"involved", "associated", "connected", "linked", "related", "tied", "affiliated"})
_OPINING_STEMS = frozenset(stem_words(sorted(OPINING)))


# "does enca have a recursive option", "is there a timeout option": the kind of option asked
_OPTION_KIND = re.compile(r"\b(?:have|has|got|there|support|supports)\s+(?:an?|any|some)\s+([\w-]+)\s+(?:option|flag|setting|mode|switch|parameter|param)s?\b", re.I)


def unheard_object(question: Question, query: Query) -> bool:
    """True for a yes/no question whose last word asked ("... support encryption?", "... upload to
    dropbox?"), or a rare word in it, or a how-to question whose verb acts on a thing ("how do i enable
    server side encryption?"), that the corpus never uses, nor any word standing for it; or that asks for an
    option of a kind the corpus never names ("does enca have a recursive option ...?")."""
    if (kind := _OPTION_KIND.search(question.text)) and all(query.unheard(w) for w in words(kind.group(1))):
        return True
    how_to = HOW_TO_VERB.match(question.text)
    if (question.kind != "yes_no" and not how_to) or not query.surface:
        return False
    # "will my linkedin stuff still work?": working is what it does, no thing asked of
    # "... retry a crashing process forever?": an adverb is no thing asked of
    # "was musk involved with them at all?": a tie between the two asked, no thing asked of
    last, word = ([(t, w) for t, w in query.surface.items() if w not in _WORKS and w not in _RELATING and not _ADVERB.match(w)] or list(query.surface.items()))[-1]
    # "... schedule tweets through it after the cutoff?": a time after it is no thing asked of
    # "... a big deal for a company microsoft's size?", "... older than a year?": a measure, no thing asked of
    if timed := _WHEN_AFTER.search(question.text) or _SIZED.search(question.text) or _THAN.search(question.text):
        typed = set(words(question.text[: timed.start()])) - _WORKS
        last, word = next(((t, w) for t, w in reversed(query.surface.items()) if w in typed), (last, word))
    if how_to:  # what the verb acts on, not the last word: "how do i load a .env file inside a notebook"
        mine = owned(question.text) | set(words(" ".join(_PAIRED.findall(question.text))))  # "fail my CI": the asker's own, no thing asked of
        mine |= {p for p in re.findall(r"\b([a-z]+)-\w", question.text.lower()) if p in PREFIXES}  # "non-interactively"
        if _ONES.search(acts := _PREPOSITION.split(question.text[how_to.end() :], maxsplit=1)[0]):
            return False  # "... re-extract fresh ones": the thing is one named before
        acted_on = [w for w in words(acts)
                    if w in query.surface.values() and not _ADVERB.match(w) and w not in mine]  # "start sxiv straight in ...": no thing
        # its head, or a rare word naming its kind: "a giant dump" asks of a dump, "a sourdough starter" of sourdough
        rare = acted_on[-2:-1] if acted_on[-2:-1] and english_frequency(acted_on[-2]) <= RARE_IN_ENGLISH else []
        return any(query.unheard(w) for w in [*rare, *acted_on[-1:]])
    # "does it support yaml or toml config files?": a rare word no text uses asks of what is not there
    pathed = _asker_own(question.text) | _offered(question, query)  # "/usr/bin/time": the asker's own
    if (any(t in _OPINING_STEMS for t in query.terms) or WEIGHS.search(question.text)) and query.unheard(word, last):
        return False  # "does the bgr writer think paying for data is fair", "is it a big deal": a view asked, in the writer's words
    rare = any(
        w.isalpha() and w not in pathed and t not in _OPINING_STEMS and not _DONE.fullmatch(w) and query.unheard(w, t) and english_frequency(w) <= RARE_IN_ENGLISH
        for t, w in query.surface.items()
    )
    return rare or (word not in pathed and query.unheard(word, last) and not _DONE_TO.search(question.text))


_DONE_TO = re.compile(r"\b(?:get|gets|got|getting|be|been|being)\s+\w{3,}ed\W*$", re.I)  # "does the target get nuked?": a deed, no thing


_ONES = re.compile(r"\bones?\W*$", re.I)
_DONE = re.compile(r"\w{3,}(?:ed|ing)")  # "is there some way to get pinged ...", "just by tweaking the crontab line": a rare deed, no thing asked of


def _offered(question: Question, query: Query) -> set[str]:
    """The words of a yes/no question's options ("a reply to smth or standalone") when a text uses every word
    asked of one of them: the text may answer with that one, so the other's words need no text."""
    asked = set(query.surface.values())
    options = [[w for w in words(o) if w in asked] for o in question.options]
    if any(o and not any(query.unheard(w) for w in o) for o in options):
        return {w for o in options for w in o}
    return set()


# The doer of a question's event: the word after its auxiliary ("did apple ...?", "what does bgr think ...?",
# "is it true tim cook backed ...?")
_DOER = re.compile(r"^\W*(?:(?:and|so|but|ok)\s+)?(?:(?:what|when|where|why|how(?:\s+(?:much|many))?|which \w+|(?:(?:on|in|at|by) )?what (?:date|day|month|year|time))\s+)?(?:did|does|do|has|have|will|would|is it true(?: that)?)\s+(the\s+)?(\w+)(?![\w'’])\s*(\w*)", re.I)


# The owner a question opens with: "apple's statement on ...?", "what was google's reaction?" (not "what's").
_OWNER = re.compile(
    r"^\W*(?:(?:what|how|which \w+)(?:['’]s|\s+(?:is|was|were|are|about))?\s+)?(?:the\s+)?"
    r"(?!(?:what|who|how|where|when|why|that|it|there|here|he|she|let)['’])(\w+)['’]s\s+[a-z]",
    re.I,
)


def unheard_doer(question: Question, query: Query, proper: set[str] | None) -> bool:
    """True when the doer of the question's event ("did apple ...?", "what does apple say?") or the owner it
    opens with ("apple's statement on ...?") is a word no text uses, nor any standing for it: none tells what
    it did. "the acronym CSM", "lev's stadium": the doer is the word after it; "the author" is the text's."""
    owner = (o := _OWNER.match(question.text)) and query.corrections.get(o[1].lower(), o[1].lower())
    if owner and owner in query.surface.values() and query.unheard(owner):
        return True
    if not (m := _DOER.match(question.text)):
        return False
    the, doer, then = m[1], *(query.corrections.get(w.lower(), w.lower()) for w in m.groups()[1:])
    heard = set(query.surface.values()) - set(query.unknown)
    if the and len(doer) <= 2 and doer not in query.surface.values() and then:  # "the eu regulators": the next
        doer, then = then, ""
    classifies = the and then in heard and (then in proper or stem_words([then])[0] in query.subjects)  # "the acronym CSM", not "the judge toss"
    return doer in query.surface.values() and query.unheard(doer) and not classifies and not AUTHOR_WORD.match(doer)


# The deed a who-question asks the doer of: "who replaced musk ...", "who is going to replace him", "..., who won";
# a verb's irregular past is taken where its participle is the same ("won", "built": "was won by").
_IRREGULAR = "won|made|sold|bought|led|left|lost|paid|built|sent|brought|held|fought|kept|met|taught|spent|heard"
_WHO_DID = re.compile(
    r"(?:^|[,.;?!]\s)\W*(?:\w+\s+)?who\s+(?:(?:(?:is|are|was|were)\s+going\s+to|will|would|might|could)\s+(?P<will>[a-z]+)"
    rf"|(?P<did>[a-z]+(?:ed|s)|{_IRREGULAR}))\b"
)


def unheard_deed(question: Question, query: Query) -> bool:
    """True for "who replaced X?" when no text uses the verb asked, nor any word standing for it: none tells
    who did it."""
    if not (m := _WHO_DID.search(question.text.lower())):
        return False
    verb = m["will"] or m["did"]
    return verb not in STOPWORDS and query.unheard(query.corrections.get(verb, verb))


def unheard_act(question: Question, query: Query, proper: set[str]) -> bool:
    """True for "why did microsoft buy reddit?", "when did tesla stop ...": the deed after a one-word doer is a
    word no text uses, nor any standing for it: none tells when or why it was done."""
    if question.kind not in ("why", "when") or not (m := _DOER.match(question.text)) or m[1]:
        return False
    deed = query.corrections.get(m[3].lower(), m[3].lower())
    return deed not in STOPWORDS and deed not in proper and deed in query.surface.values() and query.unheard(deed)


# "which flag makes it print json?", "what's the env var for ...": an option asked for by what it does; "what
# port does distccd listen on by default?": a default, which belongs to one program too.
_ASKS_OPTION = re.compile(
    r"\b(?:option|flag|switch|setting|default|env(?:ironment)? var(?:iable)?|config(?:uration)? (?:option|key|field|setting))s?\b", re.I
)


def rare_untold(question: Question, query: Query, best: Evidence, document: str) -> bool:
    """True for a how-to, which-option or default question with a word English hardly uses ("json", "apng") that the
    sentence, its headings, its title and the whole of its document lack: an option for another thing; or one
    naming a thing by words joined with hyphens that the sentence lacks (`compound_untold`)."""
    if compound_untold(question, query, best) or (document and _option_untold(question.text, document)):
        return True
    # "can xmlstarlet convert an xml document to json?": whether the tool its file is named after does it
    whether = question.kind == "yes_no" and bool(file_named(best.sentence.doc_id) & set(query.terms))
    if not document or not (HOW_TO_VERB.match(question.text) or _ASKS_OPTION.search(question.text) or whether):
        return False
    pathed = _asker_own(question.text) | owned(question.text)  # "restart my dev server": the asker's own
    rare = [  # "repo" is a short form of an English word ("repository"), no rare one
        t for t, w in query.surface.items() if len(w) >= 3 and w.isalpha() and w not in pathed and w not in CLIPPED_WORDS and max(lemma_frequency(w), english_frequency(t)) <= RARE_IN_ENGLISH
    ]
    # "reformat", "multicore": a prefix before a word the document uses ("format", "cores") tells of it
    told = _stems_of(document)
    pairs = [stem_words([a, b]) for a, b in _SLASHED.findall(question.text.lower())]
    said = {a for a, b in pairs if b in told} | {b for a, b in pairs if a in told}  # "dotfiles / hidden files": the other name told
    return any(not query.match(t, best.around) and not query.match(t, told) and not _base_told(t, told) and t not in said for t in rare)


_SLASHED = re.compile(r"\b([a-z]+)\s*/\s*([a-z]+)\b")


def noun_untold(question: Question, query: Query, best: Evidence, document: str) -> bool:
    """True for "what license is dunamai released under?" answered from the document of the tool it names, which
    never uses the noun asked ("license") nor a word standing for it: another document's may ("yq ... license")."""
    m = _WHAT_NOUN.match(question.text)
    if not m or not document or _GENERIC.fullmatch(noun := m[1].lower()) or not file_named(best.sentence.doc_id) & set(query.terms):
        return False
    term = stem_words([noun])[0]
    return term in query.terms and not query.match(term, _stems_of(document))


_WHAT_NOUN = re.compile(r"^\W*(?:what|which)\s+([a-z]{3,})\s+(?:is|are|was|were|does|do|did|can|will|would|should|has)\b", re.I)
_GENERIC = re.compile(rf"{SETTING_NOUNS}|kinds?|types?|sorts?|ways?|things?|ones?|parts?|versions?|values?|numbers?|amount|files?|formats?|words?|keys?|characters?|chars?|names?")


def _base_told(stem: str, told: frozenset[str]) -> bool:
    """True when `stem` is a prefix before a stem (four letters or more) of `told`: "reformat", "multicore"."""
    return any(stem.startswith(p) and len(stem) - len(p) >= 4 and stem[len(p) :] in told for p in PREFIXES)


# "a flag for case-insensitive matching", "turn on dns-over-tls": a thing named by words joined with hyphens.
_COMPOUND = re.compile(r"\b[a-z]{2,}(?:-[a-z]{2,})+\b", re.I)

# "locale-aware", "yaml-based", "unicode-friendly": the first word names the thing, the last how it stands to it
_OF_THE_FIRST = frozenset(stem_words("aware based friendly specific related compatible enabled like style wide safe dependent".split()))


def compound_untold(question: Question, query: Query, best: Evidence) -> bool:
    """True for a how-to, which-option or yes/no question naming a thing by words joined with hyphens
    ("case-insensitive", "dns-over-tls") when the sentence, the one before it and its headings lack its last
    word: it tells of another thing ("gpg-sign" is told by "signed", whoever signs)."""
    if question.kind != "yes_no" and not (HOW_TO_VERB.match(question.text) or _ASKS_OPTION.search(question.text)):
        return False
    offered = " ".join(question.options or ()).lower()  # "high-voltage or low-voltage?": one of them is told
    # "re-read", "re-run": a deed done again, "non-interactively" a way it is not done: no thing named by two words
    # "machine-readable numbers", "syntax-highlighted output": a compound describing the thing named after it
    described = {m[1].lower() for m in re.finditer(r"([\w-]+-\w+(?:able|ible|ed))\s+[a-z]", question.text, re.I)}
    for compound in (c for c in _COMPOUND.findall(question.text) if c.lower() not in offered and c.lower() not in described and not c.lower().startswith(("re-", "non-"))):
        parts = [p for p in stem_words(compound.lower().split("-")) if p not in STOPWORDS and p != "co"]  # "co-found": found
        head = parts[:1] if parts[-1:] and parts[-1] in _OF_THE_FIRST else parts[-1:]  # "locale-aware": the locale
        if compound.lower() not in best.sentence.text.lower() and not all(query.match(p, best.around) or p in best.around for p in head):
            return True
    return False


# An option as a question spells it: "is there a --fix option", "what does -n do".
_SPELLED_OPTION = re.compile(r"(?<!\S)--?[A-Za-z][\w-]*\b")


def _option_untold(question: str, document: str) -> bool:
    """True when the question spells an option ("--fix") that the best sentence's document never writes."""
    return any(not re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", document) for o in _SPELLED_OPTION.findall(question))


# "... without restarting it": what the asker would rather not do, no word the text must hold.
_WITHOUT = re.compile(r"\bwithout ([^,.;?!]+)", re.I)


def _asker_own(text: str) -> set[str]:
    """The words of the paths a question types ("/usr/local/bin/snapvault") and of what the asker would rather
    not do ("... without restarting it"): the asker's own, not things asked of."""
    spans = [*re.findall(r"\S*/\S*", text), *(m.group(1) for m in _WITHOUT.finditer(text)), *_PAIRED.findall(text), *_SETTING.findall(text)]
    return {w for p in spans for w in words(p)}


_SETTING = re.compile(r"\b(?:from|in|inside|within|via) (?:a|my|our|the) ((?:shell |bash |python )?(?:script|cron ?job|crontab|ci|pipeline|makefile|dockerfile|terminal|notebook|loop))\W*$", re.I)  # "... from a script": where the asker runs it


_PAIRED = re.compile(r"\bhow (?:do|can) i (?:make \w+ )?(\w+) and \w+", re.I)  # "make cpulimit detach and run in the background": a verb said again


@lru_cache(maxsize=64)
def _stems_of(document: str) -> frozenset[str]:
    """The stems of a document's words, remembered for the few documents answers come from."""
    return frozenset(stem_words(words(document)))
