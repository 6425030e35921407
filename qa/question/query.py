"""Turn a question into search terms: typo-corrected words, their stems, and unknown names."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qa.patterns import CALENDAR, DOTTED_NAME, lazy_pattern, undotted
from qa.question.capitals import proper_names
from qa.question.descriptions import described_one
from qa.question.english import misplaced
from qa.question.frames import plain_verbs, unframed
from qa.question.holdings import Holdings, asks_holdings
from qa.question.relatives import opposite, relative, relatives
from qa.question.shorthand import CHAT_SHORTHAND
from qa.question.slips import kin_known, slip_of_known
from qa.question.spell import CHAT_FILLER, RARE_IN_ENGLISH, Speller, echoes, english_frequency, unheard_of
from qa.question.synonyms import SAYING, alternatives, forms
from qa.question.wordings import closed_up, compounds, identifiers, joined, known, owned, spelt_amounts, stem
from qa.text import STOPWORDS, normalize, stem_words, words

NAME_WEIGHT = 1.5
ALTERNATIVE_MATCH = 0.7  # a word of the same group ("court" for "sue") is evidence, but weaker than the word itself


@dataclass
class Query:
    """A question as the retriever sees it.

    `terms` are stems, each with a weight (1 for the question's own words, less for words
    carried over from earlier turns of a conversation).
    """

    text: str
    words: list[str]
    terms: dict[str, float]
    corrections: dict[str, str] = field(default_factory=dict)
    alternatives: dict[str, list[str]] = field(default_factory=dict)
    forms: dict[str, list[str]] = field(default_factory=dict)  # other forms of the same word ("kept")
    surface: dict[str, str] = field(default_factory=dict)
    relations: list[tuple[str, str]] = field(default_factory=list)
    subjects: set[str] = field(default_factory=set)
    unknown: list[str] = field(default_factory=list)
    unknown_names: list[str] = field(default_factory=list)
    holdings: Holdings | None = None  # "what companies is musk ceo of": what someone heads is asked

    def bag(self) -> list[str]:
        """The terms as a BM25 query, each repeated by weight: twice, once if carried, three times if a name.

        Another form of a term ("left" for "leave", "unclear" for "clear") weighs as the term;
        other alternatives once.
        """
        bag = [t for t, w in self.terms.items() for _ in range(round(2 * w))]
        bag += [f for t, fs in self.forms.items() for f in fs for _ in range(round(2 * self.terms.get(t, 0.5)))]
        return bag + [a for t, alts in self.alternatives.items() for a in alts if a not in self.forms.get(t, ())]

    def asked(self) -> set[str]:
        """The stems an answer sentence may share with the question: its terms and their alternatives. A
        figure carried from the last answer is none: "how much?" asks it again."""
        own = {t for t, w in self.terms.items() if w >= 1 or not any(c.isdigit() for c in t)}
        return own | {a for alts in self.alternatives.values() for a in alts}

    def unheard(self, word: str, term: str | None = None) -> bool:
        """True when the corpus never uses `word` (as typed) nor any word standing for it (`term`: its stem)."""
        return word in self.unknown and not self.alternatives.get(term or stem_words([word])[0])

    def match(self, term: str, stems: set[str] | frozenset[str]) -> float:
        """1 when `stems` hold the term, ALTERNATIVE_MATCH when only one of its alternatives, else 0."""
        if term in stems:
            return 1.0
        forms = self.forms.get(term)
        if forms and not stems.isdisjoint(forms):
            return 1.0
        alternatives = self.alternatives.get(term)
        return ALTERNATIVE_MATCH if alternatives and not stems.isdisjoint(alternatives) else 0.0


# "which ones are staying?", "hide certain dirs", "did they confirm it somewhere": no thing or place named
_NO_CONTENT = STOPWORDS | CHAT_FILLER | {"ones", "certain", "particular", "somewhere", "anywhere", "someplace"}
# "and sony music?", "what about apple" after a turn: another of what it asked of, a name if the corpus lacks it
_ANOTHER = re.compile(r"^\W*(?:and|(?:and |so )?(?:what|how) about)\s+(?:the\s+)?[\w.'’&-]+(?:\s+[\w.'’&-]+)?\W*$", re.I)
# "co-founded", "cofounder": the deed or role is the word; "co-teaching", "co-ed", "co-NP" are names of their own.
_CO_DEED = re.compile(r"\bco-(?![a-z]*ing\b)[a-z]{3,}|^(?!.*\bco\b)")  # or "cofound", split by the analysis


def analyse(
    question: str,
    speller: Speller | None,
    known_stems: set[str] | dict[str, int],
    context: list[str] = (),
    aliases: dict[str, set[str]] | None = None,
    proper: set[str] | frozenset[str] = frozenset(),
    polar: bool = False,
    turns: int = 0,
) -> Query:
    """Return the query for `question`; `context` words (from earlier turns, the first `turns` of them, then the
    scene or remark of the same message) weigh half, the earlier turns' together at most the question's own.

    `aliases` maps a name's stem to the other parts of the full names it belongs to
    ("elon" -> {"musk"}), which count as alternatives of it. `proper`: words the corpus only
    writes with a capital, which name the other side of a relation however the question is typed.
    """
    raw = identifiers(compounds(joined(words(spelt_amounts(unframed(question), known_stems)), proper), known_stems, owned(question)), known_stems)
    turns = len(undotted(context[:turns])[0])  # the earlier turns' words counted as split below ("x.ai": "x", "ai")
    context, carried_dotted = undotted(context)  # "when was it founded?" after "X.AI.": the name carried whole, however short ("x")
    corrections: dict[str, str] = {}
    fixed = []
    for i, w in enumerate(raw):
        c = speller.correct(w) if speller and not known(w, known_stems) else w
        c = w if c != w and (echoes(c, [*raw[max(0, i - 1) : i], *raw[i + 1 : i + 3]]) or misplaced(c, raw[max(0, i - 1) : i])) else c
        if c != w:
            corrections[w] = c
        fixed.append(c)
    fixed = [w for w in plain_verbs(fixed) if w != "unable" or w in raw or "unabl" in known_stems]  # "can't": "unable" where a text writes it
    fixed = _BROKE_LAW.sub("illegal", " ".join(fixed)).split() if "law" in fixed else fixed  # "broke the law": did something illegal
    co_deed, one = _CO_DEED.search(question.lower()) is not None, described_one(question)  # "the music one": "music" names it
    content = [w for w in fixed if w not in _NO_CONTENT and not _shorthand(w, question, known_stems) and not (co_deed and w == "co") and not (one is not None and w == "one")]
    told_where = re.match(r"\W*where(?:'d|’d)?\b", question, re.I) is not None  # "where'd they announce it": the medium asked
    posted = re.match(r"\W*(?:(?:and|so|wait|ok|okay|hm+)\W+)*what\b.*\b(?:tweet|post|write|say)(?:ed)?(?:\s+(?:that\s+)?(?:they|he|she|it|we)\s+(?:did|do|does|done))?(?:\s+(?:exactly|again|then|tho|though|lol|actually))?\W*$", question, re.I) is not None  # "what did he tweet?", "what'd he say they did": a post asked
    if context and not told_where and not posted and (points_back(question, content) or points_back("that", [w for w in content if w not in _named_back(question)])):
        content = []  # "when did he say that?": "say" names nothing, the last turn's words say what
    lowered = _lowered_names(content, proper, question, set(corrections.values()))
    dotted = [m[1].lower() for m in DOTTED_NAME.finditer(question)]  # "x.ai": a name
    names = set(stem_words([corrections.get(n, n) for n in proper_names(question)] + lowered + dotted + [w for w in one or () if w in content]))
    # A figure the question names ("return code 255", "in 2020") tells the sentence as a name does, but a
    # sentence may say it otherwise ("the following year"): it weighs as a name and is no subject (SQuAD
    # dev, questions with a figure: 2 answers lost, 20 near-topic variants more refused; as a subject, 50
    # lost for 177).
    figures = {w for w in content if any(c.isdigit() for c in w) or (w[:1] == "-" and w[1:2].isalpha())}
    # Short acronyms (AI, API, CEO) weigh as names but are capitalised common nouns more often
    # than subjects: a sentence need not hold them to be about the question.
    acronyms = {a.lower() for a in re.findall(r"\b[A-Z]{2,3}s?\b", question)}
    acronyms |= {w for w in lowered if len(w) <= 3}
    subjects = names - set(stem_words(sorted(acronyms)))
    carried = set()
    if not subjects:
        # "who is building it?" after "what's truthgpt": the name carried over is what the question is
        # about, as if it had said it.
        # "and his new ai company?" after "musk's chatgpt rival": a person, a name that is part of a full name (a
        # question of its own words, asking no others; "when did he tweet that?" after "who tweeted that openai ...": every one)
        named = set(stem_words([w for w in context if w in proper and len(w) > 3 and w not in CALENDAR] + carried_dotted))
        people = {n for n in named if (aliases or {}).get(n)} if _PERSONAL.search(question) and len(content) > 1 and not _OTHER.search(question) else set()
        subjects = carried = people or named
    terms: dict[str, float] = {}
    for s in (relative(s, known_stems, polar) for s in stem_words(content)):
        # A name the question spells with a capital is its subject: it weighs more.
        terms[s] = NAME_WEIGHT if s in names or s in figures else 1.0
    own = sum(w for t, w in terms.items() if t not in _UNITS)  # "is that per year or what": a unit asked, no words of its own
    for s in stem_words([w for w in context if w not in STOPWORDS]):
        terms.setdefault(relative(s, known_stems, polar), 1.0 if s in carried else 0.5)
    told = {relative(s, known_stems, polar) for s in stem_words([w for w in context[:turns] if w not in STOPWORDS])}
    lent = [t for t, w in terms.items() if w == 0.5 and t in told]
    if own and 0.5 * len(lent) > own:  # a long turn before: its words together weigh as much as the question's own
        terms.update({t: own / len(lent) for t in lent})
    surface = {relative(s, known_stems, polar): w for w, s in zip(content, stem_words(content), strict=True)}
    same = {t: f for t, w in surface.items() if (f := [*forms(w, t, known_stems), *opposite(t, known_stems, polar)])}
    for w in (w for w in context if w not in STOPWORDS):  # "... a self signed cert, how do i skip the check": a certificate
        if (t := relative(stem(w), known_stems, polar)) in terms and t not in same and (f := forms(w, t, known_stems)):
            same[t] = f
    for t, w in surface.items():  # "regenerate": the corpus's "generated" does it again (not "replaced", a word of its own)
        if t not in known_stems and w.startswith("re") and len(w) >= 7 and english_frequency(w) <= 2 * RARE_IN_ENGLISH and (base := stem(w[2:])) in known_stems:
            same.setdefault(t, []).append(base)
    for whole, parts in closed_up(question, known_stems).items():  # "pyrate-limiter": PyrateLimiter holds both
        for t in stem_words(parts):
            same.setdefault(t, []).append(whole)
    things = {t for t, w in surface.items() if t in SAYING and re.search(rf"\b{_THING_OF} {re.escape(w)}\b", question, re.I)}
    unknown = [w for s, w in surface.items() if s not in known_stems and not same.get(s) and not slip_of_known(s, known_stems)]
    for t in [t for t, w in surface.items() if w in unknown and w in owned(question) and terms[t] > 1]:  # "fail my CI": no text's name
        del terms[t]
    unnamed = [  # "-R" names a letter, which no index keeps as a word: whether a text names it is not known
        n
        for n in proper_names(question)
        if (st := stem(corrections.get(n, n))) not in known_stems and not kin_known(st, known_stems) and len(n) > 1
    ] + [w for w in unknown if len(w) > 1 and (unheard_of(w) or w in _options(question) or _coded(w, known_stems) or (context and _ANOTHER.match(question)))]  # "nadella", "--ultra", "crc32"
    return Query(
        text=question,
        words=fixed,
        terms=terms,
        corrections=corrections,
        alternatives={
            t: sorted({*alts, *same.get(t, ())})
            for t in terms
            if (alts := [a for a in _alternatives(t, known_stems, aliases if t in names else None, polar) if not (t in things and a in SAYING)])
            or same.get(t)
        },
        forms=same,
        surface=surface,
        relations=_relations(question, proper),
        subjects=subjects,
        unknown=unknown,
        unknown_names=[n for n in dict.fromkeys(unnamed) if n not in owned(question)],  # "in my makefile": theirs
        holdings=asks_holdings(question),
    )


_UNITS = frozenset(stem_words("year years month months week weeks day days hour hours minute minutes second seconds time date".split()))


def _options(question: str) -> set[str]:
    """The words of the command-line options a question spells ("do i need --ultra": "ultra")."""
    return {w for m in _OPTION.finditer(question) for w in words(m.group(1))}


_OPTION = re.compile(r"(?<!\S)--?([A-Za-z][\w-]*)")
_CODED = re.compile(r"([a-z]{2,})\d+[a-z\d]*")


def _coded(word: str, known_stems: set[str] | dict[str, int]) -> bool:
    """True for a name of letters and figures ("crc32", "sha256") whose letters the corpus never uses either
    ("romans3", typed for "Romans 3", is a word of the corpus and a figure)."""
    return bool(m := _CODED.fullmatch(word)) and not known(m.group(1), known_stems)


_POSSESSIVE_ROLE = lazy_pattern(
    r"\b(\w[\w.&-]*?)(?:'s|’s|s)?\s+(ceo|boss|chief|head|founder|co-founder|owner|president|chairman|cto|cfo)\b", re.I
)
# "who runs microsoft advertising": the verbs that ask a thing's head, as "the head of" does.
HEAD_VERBS = "runs|leads|heads|manages|owns"
_RELATION = re.compile(rf"\b(?:the|a|an) (\w+) (?:of|at|for) (\w[\w.&'-]*)|^\W*who ({HEAD_VERBS}) (\w[\w.&'-]*)")


# "when did he say that?", "where was this?", "who said it?": a question about what was just said.
POINTS_BACK = re.compile(
    r"\b(?:that|this|it)\W*$|^\W*(?:(?:why|how|when|where|what)\s+)?(?:is|was|does|did|do|can|will|would|should|could|has)\s+(?:that|this)\b",
    re.I,
)  # "... why does that happen", "... is that a bug in sed"
# Verbs that name nothing of their own in such a question: it asks about the last answer's event.
_LIGHT = frozenset(
    "say said says happen happened do did done go went tell told tweet tweeted post posted write wrote announce"
    " announced claim claimed mention mentioned make made".split()
)


def _named_back(question: str) -> set[str]:
    """The noun of "that deal", "this lawsuit": what was just told of, named otherwise."""
    return {m.group(1).lower() for m in re.finditer(r"\b(?:that|this)\s+(\w+)\b(?!\s+(?:is|was|are|were|does|did)\b)", question, re.I)}


def points_back(question: str, content: list[str]) -> bool:
    """True for a question about what was just said: ending in "that", "this" or "it", its content
    words (typos fixed) none but verbs of saying or happening ("when did he say that?")."""
    return bool(POINTS_BACK.search(question)) and all(w in _LIGHT for w in content)


def _relations(question: str, proper: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(role, name) stem pairs such as ("ceo", "microsoft") from "the CEO of Microsoft" (or of
    "microsoft", typed in lower case, when the corpus only writes it with a capital)."""
    pairs = []
    text = normalize(question)
    found = [(m[1] or m[3], m[2] or m[4]) for m in _RELATION.finditer(text)]  # "who runs microsoft": a head of it
    found += [(m.group(2), m.group(1)) for m in _POSSESSIVE_ROLE.finditer(text)]  # "microsoft's ceo", "twitter ceo"
    for head_text, name_text in found:
        head, name = words(head_text), words(name_text)
        named = name_text[:1].isupper() or (bool(name) and name[0] in proper)
        if named and head and name and head[0] not in STOPWORDS:
            pairs.append((stem_words(head[:1])[0], stem_words(name[:1])[0]))
    return pairs


# Words before a thing, not a deed: "the tweets", "his comment", "user tweets".
_THING_OF = r"(?:the|a|an|his|her|its|their|our|my|your|these|those|this|user|users|people'?s?)"


def _alternatives(
    term: str, known_stems: set[str] | dict[str, int], aliases: dict[str, set[str]] | None, polar: bool
) -> list[str]:
    """The corpus stems that stand for `term`: its synonyms, relatives and, for a name, its aliases."""
    found = {*alternatives(term, known_stems), *relatives(term, known_stems, polar), *(aliases or {}).get(term, ())}
    return sorted(found - {term})


_PERSONAL = re.compile(r"\b(?:he|his|him|she|her|hers)\b", re.I)
_BROKE_LAW = re.compile(r"\b(?:break|breaks|broke|broken|breaking) (?:the |any )?laws?\b")
_OTHER = re.compile(r"\b(?:other|else|besides)\b", re.I)  # "what other companies does he run": the ones named before count


def _lowered_names(
    content: list[str], proper: set[str] | frozenset[str], question: str, corrected: set[str]
) -> list[str]:
    """Names typed in lower case ("reddit", "openai"): words the corpus only writes with a capital
    that an English dictionary hardly knows ("french", "verdict" are common words, not taken).
    The dictionary is read only for such a word that the question's capitals do not already mark
    as a name: written in lower case, its first word, or a typo's correction."""
    first = words(question)[:1]
    found = [
        w
        for w in content
        if w in proper and (w in corrected or w in first or re.search(rf"(?<!\w){re.escape(w)}(?!\w)", question))
    ]
    return [w for w in found if english_frequency(w) <= RARE_IN_ENGLISH] if found else []


def _shorthand(word: str, question: str, known_stems: set[str] | dict[str, int]) -> bool:
    """True for chat shorthand ("lol", "ppl", "rn", "w"): one of chat's known three-letter words, or a word
    of one or two letters, that neither the corpus nor an English dictionary holds, not written in capitals
    (an acronym). Another three-letter word is an acronym typed in lower case: "does it support gpu"."""
    return (
        (len(word) <= 2 or word in CHAT_SHORTHAND)
        and word.isalpha()
        and not known(word, known_stems)
        and not re.search(rf"\b{re.escape(word.upper())}\b", question)
        and not english_frequency(word)  # last: reading the dictionary costs `qa ask` 30 ms
    )
