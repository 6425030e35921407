"""Small groups of common English words that news text uses for one another.

BM25 matches words, not meanings, so "stop supporting" misses "cease supporting". These
groups are general English (verbs of saying, starting, stopping, paying...), not words of
one corpus; a question word's group members that the corpus holds are searched for too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.text import stem_words

GROUPS = [
    "say says said tell told claim claimed state stated tweet tweeted announce announced comment commented speak spoke wording",
    "post posted posting tweet tweeted tweeting",
    "push pushed pushing pushes encourage encouraged encourages encouraging urge urged urges nudge nudged",  # "when did musk post it": a tweet
    "stop stopped cease ceased end ended halt halted pause paused drop dropped abandon abandoned quit quitting remove removed disable disabled block blocked suspend suspended",
    "lose loses losing lost unable longer loose",  # "loose" is how lose is often typed
    "stop stops stopped stopping longer",  # "no longer keep its API free": stopped; "drop" or "end" is no "longer"
    "delete deleted deletes erase erased remove removed removes wipe wiped eliminate eliminated eliminates rid pull pulled pulling",  # "pulled twitter from its ad tools"
    "leave leaves left quit quits quitting resign resigned depart departed",
    "drop dropped ditch ditched ditching dump dumped dumping scrap scrapped bail bailed",
    "start started begin began launch launched",
    "start started launch launched create created form formed found founded establish established",
    "problem problems issue issues bug bugs",
    "verbose verbosity chatty noisy",  # "how chatty is its logging"
    "memory ram",
    "gpu gpus graphics",  # "graphics processors", "graphics cards": GPUs
    "photo photos picture pictures pic pics image images",
    "exit exits return returns",
    "status code codes",  # "exit status 5": return code 5
    "buy bought purchase purchased acquire acquired",
    "pay paid payment fee fees cost costs price charge charges charged charging money compensate compensated compensation",
    "build builds building built develop develops developed developing",
    "build builds building built create creates created creating",
    "behind creator creators maker makers",  # "which company is behind chatgpt": "ChatGPT creator OpenAI"
    "settings config configs configuration configurations preferences",  # "its settings file": "an alternate config file"
    "sue sued suing lawsuit lawsuits litigation court prosecute prosecuted prosecuting",
    "threat threaten threatened threatens warn warned",
    "accuse accused accusing accusation accusations allege alleged allegation allegations",
    "use used using utilize utilized utilizing",
    "scrape scraped scrapes scraping mine mined mining harvest harvested harvesting gather gathered",
    "illegal illegally unlawful unlawfully improper improperly",
    "company companies firm firms business businesses",
    "boss ceo chief head run runs running",
    "boss ceo owner owns owned",
    "invest invested investment investments fund funded put sink sank sunk",
    "ai artificial",
    "advertising ad ads advertisement",
    "rival rivalry competitor competition compete competes competing",
    "dataset data",
    "let lets allow allows allowed enable enables permit permits",
    "counterweight counterweights counterbalance counterbalances balance",  # "meant to balance out google": "a counterweight to Google"
    "willing keen eager",  # "is microsoft willing to pay": "... is not keen on paying"
    "stay stays remain remains continue continues keep keeps",
    "keep keeps kept preserve preserves preserved retain retains retained",
    "fight fights fought feud dispute disputes disagree disagreed clash clashed odds beef beefing war",
    "network networks platform platforms channel channels",
    "outlet outlets publication publications newspaper newspapers magazine magazines website websites",
    "folder folders directory directories",
    "skip skips skipped skipping ignore ignores ignored ignoring exclude excludes excluded excluding",
    "recover recovers recovered recovering salvage salvaged salvaging rescue rescued rescuing",
    "override overrides overriding overridden overwrite overwrites overwriting overwritten clobber clobbers clobbered",
    "key keys keystroke keystrokes character characters shortcut shortcuts hotkey hotkeys",  # "the detach key"
    "feature features tool tools",
    "tool tools service services platform platforms",  # "microsoft's tool": "Microsoft's social media management service"
    "web internet online",
    "save saves saved store stores stored keep keeps kept",
    "break broke breach breached violate violated violation",
    "illegal illegally unlawful law",
    "reason reasons explanation explanations cause",
    "upset annoyed angry mad frustrated unhappy beef grudge salty pissed dissatisfied",
    "old previous former earlier past",
    "view views viewed viewing look looks looked looking",
    "show shows showed shown showing display displays displayed displaying",  # "show me the commands it would run": "are displayed instead"
    "run runs running execute executes executed executing",
    "proof proofs evidence prove proved",
    "give gave provide provides provided providing",  # "did he give any proof": "no further evidence provided"; not "given permission"
    "need needs needed require requires required requirement requirements",
    "true valid legitimate correct accurate",
    "aim aimed aiming target targeted targeting pointed",
    "change changed changes changing modify modified modifies modifying alter altered",
    "become becomes became turn turns turned",
    "want wants wanted wanting demand demands demanded demanding",
    "pricey expensive costly",
    "hash hashes checksum checksums digest digests",
    "replace replaces replaced replacing swap swaps swapped swapping substitute substitutes substituted",
    "limit limits limited limiting throttle throttles throttled throttling cap caps capped capping",
    "ceiling ceilings max maximum",  # "put a ceiling on the sleep time": max_delay
    "limit limits max maximum",  # "is there a limit on how many peers": "The maximum number of peers is 55"
    "exit exits exited exiting quit quits quitting",
    "restart restarts restarted respawn respawns respawned relaunch relaunches relaunched",
    "sure certain confident confidence guaranteed",  # "only what it is completely sure is dead": "100% confidence"
    "look looks looked looking check checks checked checking search searches searched searching",  # "where does it look for a config file": "it will check in the current directory for"
    "throw throws threw thrown throwing raise raises raised raising",  # "what does it throw": "will raise a ValueError"
    "cycle cycles cyclic circular loop loops",  # "if my graph has a cycle": "a circular dependency"
    "check checks checked checking verify verifies verified verifying validate validates validated validation validating",  # "skip the check": "disable certificate validation"
]

# Verbs of saying: a word of them typed as a thing ("the tweets", "his comment") is no saying.
SAYING = frozenset(stem_words(GROUPS[0].split()))

# Irregular verbs: the stemmer cannot join "left" to "leave" or "bought" to "buy".
# (and nouns made with "-ure", which the stemmer keeps apart from their verbs)
IRREGULAR = """begin began begun|break broke broken|bring brought|build built|buy bought|choose chose chosen
come came|drive drove driven|fall fell fallen|feel felt|fight fought|fly flew flown
get got gotten|give gave given|go went gone|grow grew grown|hear heard|hold held|keep kept
know knew known|lead led|leave left|lose lost|make made|mean meant|meet met|pay paid|run ran
say said|see saw seen|seek sought|sell sold|send sent|show showed shown|speak spoke spoken
spend spent|stand stood|steal stole stolen|take took taken|teach taught|tell told|think thought
understand understood|win won|write wrote written|rise rose risen|throw threw thrown|wear wore worn
become became|arise arose arisen|blow blew blown|catch caught|deal dealt|draw drew drawn|drink drank drunk
eat ate eaten|feed fed|flee fled|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen
hide hid hidden|overcome overcame|ride rode ridden|ring rang rung|shake shook shaken|shine shone|shoot shot
sing sang sung|sink sank sunk|sit sat|sleep slept|stick stuck|strike struck|swear swore sworn
swim swam swum|swing swung|tear tore torn|undergo underwent undergone|wake woke woken|weep wept
withdraw withdrew withdrawn|dig dug|bend bent|lend lent|creep crept|kneel knelt|sweep swept|spin spun
fail failure failures|close closure|disclose disclosure|expose exposure|erase erasure|seize seizure"""
# Clipped words and their full forms, as people type them about software ("repo" is "repository") and
# months ("feb" is "february"; "mar" and "may" are words of their own).
CLIPPED = """repo repos repository repositories|env environment|var vars variable variables|conf confs config configs configuration
info information|dir dirs directory directories|app apps application applications|auth authentication
docs documentation|admin admins administrator administrators|spec specs specification|stats statistics
pref prefs preference preferences|arg args argument arguments|param params parameter parameters|temp temporary|max maximum|min minimum|char chars character characters
pkg pkgs package packages|lib libs library libraries|msg msgs message messages|db dbs database databases
dev devs developer developers|biz business businesses|dupe dupes duplicate duplicates|cert certs certificate certificates
jan january|feb february|apr april|jun june|jul july|aug august|sep sept september|oct october|nov november|dec december"""
# Every word of the clipped table, long or short: a short one is how people type a corpus word, no slip.
CLIPPED_WORDS = frozenset(re.split(r"[|\s]+", CLIPPED))
_FORMS = [g.strip() for text in (IRREGULAR, CLIPPED) for line in text.splitlines() for g in line.split("|")]
# British and American spellings of one word: "licence"/"license", "colour"/"color", "centre"/"center".
_SPELLINGS = [
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ense(s)?$"), r"ence\1"),
    (re.compile(r"our(s|ed|ing)?$"), r"or\1"),
    (re.compile(r"(?<=[^aeiou])or(s|ed|ing)?$"), r"our\1"),
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"iz(e|es|ed|ing|ation|ations)$"), r"is\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"yz(e|es|ed|ing)$"), r"ys\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"ter(s)?$"), r"tre\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ll(ed|ing)$"), r"l\1"),
    (re.compile(r"(?<=[aeiou])l(ed|ing)$"), r"ll\1"),
]


def _table(groups: list[str]) -> dict[str, frozenset[str]]:
    """Each stem of the groups -> the stems of every group it belongs to."""
    table: dict[str, frozenset[str]] = {}
    for group in groups:
        members = frozenset(stem_words(group.split()))
        for stem in members:
            table[stem] = table.get(stem, frozenset()) | members
    return table


@lru_cache(maxsize=1)
def _by_stem() -> dict[str, frozenset[str]]:
    return _table(GROUPS)


@lru_cache(maxsize=1)
def _forms_by_stem() -> dict[str, frozenset[str]]:
    return _table(_FORMS)


def forms(word: str, stem: str, known: set[str] | dict[str, int]) -> list[str]:
    """The stems of other forms of the same word that the corpus holds: "kept" for "keep" (an irregular
    verb), "licens" for "licence" (a British or American spelling)."""
    spelled = {pattern.sub(repl, word) for pattern, repl in _SPELLINGS if len(word) > 4 and pattern.search(word)}
    found = set(_forms_by_stem().get(stem, ())) | set(stem_words(sorted(spelled)))
    return sorted(s for s in found if s != stem and s in known)


# A word and the broader ones a text may say it with, not the other way: "elon's new ai startup" is "his new
# company X.AI", but "which other companies ..." asks of no startup.
BROADER = {
    "startup": "company companies firm firms business businesses",
    # a casual word a question puts money with: "how much did microsoft pour into openai" ("invested $10 billion");
    # not "pump", a pump's in SQuAD ("what is an example of a pump component?": a near-topic variant answered)
    "pour": "invest invested investment",
    "bet": "invest invested investment",  # "elon's gpu bet": "Elon has invested in Nvidia's AI chip GPUs"
}


@lru_cache(maxsize=1)
def _broader_by_stem() -> dict[str, frozenset[str]]:
    return {s: frozenset(stem_words(broad.split())) for word, broad in BROADER.items() for s in stem_words([word, f"{word}s"])}


def alternatives(stem: str, known: set[str] | dict[str, int]) -> list[str]:
    """Return the stems of `stem`'s group, and of the broader words for it, that the corpus holds (not `stem`)."""
    found = _by_stem().get(stem, frozenset()) | _broader_by_stem().get(stem, frozenset())
    return sorted(s for s in found if s != stem and s in known)


def group(word: str) -> frozenset[str]:
    """The stems of the groups `word` belongs to (its own stem alone when none)."""
    stem = stem_words([word])[0]
    return _by_stem().get(stem, frozenset({stem}))
