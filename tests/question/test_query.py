"""Questions into search terms: proper names, weights, typo fixes and unknown words."""

from __future__ import annotations

import pytest

from qa.question.capitals import proper_names
from qa.question.query import NAME_WEIGHT, Query, analyse, relative
from qa.question.spell import Speller
from qa.search.index import Index
from qa.text import stem_words, stems, words


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("What did Universal Music Group say about AI training?", ["universal", "music", "group", "ai"]),
        ("Microsoft dropped Twitter, why?", ["twitter"]),  # the first word is capitalised anyway
        ("Hi there. Who is Musk?", ["musk"]),  # so is the first word of each sentence
        ("What did I miss about Musk?", ["musk"]),
        ("why did the company drop twitter?", []),
        ("WHAT DID MUSK SAY ABOUT MICROSOFT", []),  # all caps: capitals say nothing
        ("OPENAI NONPROFIT???", []),
        ("What Did Musk Say About Microsoft", []),  # title case: capitals say nothing
        ("Musk", []),
        # an everyday word in capitals is stressed, no name; an acronym or a short word in capitals is one
        ("what was openai ORIGINALLY created as, NASA style?", ["nasa"]),
        ("does it NEVER use the RAM", ["ram"]),
        # a literal as code writes it names no one
        ("if i give Version() a bad string, does it just return None?", ["version"]),
        ("is verbose True by default in Flask?", ["flask"]),
    ],
)
def test_proper_names(question: str, names: list[str]) -> None:
    assert proper_names(question) == names


KNOWN = {"musk", "microsoft", "accus", "train", "founder", "openai", "universal", "music", "group"}


def test_content_words_weigh_one_names_more_and_stopwords_nothing() -> None:
    q = analyse("What is Musk accusing Microsoft of?", None, KNOWN)
    assert q.terms == {"musk": NAME_WEIGHT, "accus": 1.0, "microsoft": NAME_WEIGHT}
    assert q.words == ["what", "is", "musk", "accusing", "microsoft", "of"]
    assert q.unknown == [] and q.unknown_names == []
    # a contraction typed without its apostrophe is a function word, unless it spells a word of its own
    assert set(analyse("which shell does it use if ill set it", None, {"shell", "use", "set"}).terms) == {"shell", "use", "set"}


def test_ones_names_nothing() -> None:
    # "and which ones are staying?": the things are the last turn's; "ones" would match "in one spot".
    assert "one" not in analyse("and which ones are staying?", None, KNOWN).terms


def test_the_x_one_names_its_thing_by_x_not_by_one() -> None:
    # "the music one": the one of music, which a sentence must name; "one" would match "a principled one"
    q = analyse("what did the music one say exactly", None, KNOWN | {"say", "one"})
    assert "one" not in q.terms and "music" in q.subjects
    # a rank names no thing ("the newest one"), and a number of something is one ("the one billion")
    assert analyse("upgrade it to the newest one", None, KNOWN | {"newest", "upgrad"}).subjects == set()
    assert "one" in analyse("did the deal cost one billion", None, KNOWN | {"deal", "cost", "one", "billion"}).terms
    # "one" before the noun it ranks or names is no such word: "the number one pick", "the Westwood One broadcast"
    assert "one" in analyse("Newton was the number one pick in which draft?", None, KNOWN | {"number", "one", "pick"}).terms
    assert "one" in analyse("What area did the Westwood One broadcast cover?", None, KNOWN | {"area", "one", "broadcast"}).terms


def test_capitals_in_an_all_caps_question_do_not_make_names() -> None:
    q = analyse("WHAT IS MUSK ACCUSING MICROSOFT OF?", None, KNOWN)
    assert q.terms == {"musk": 1.0, "accus": 1.0, "microsoft": 1.0}


def test_context_words_weigh_half_and_never_lower_the_question_own() -> None:
    q = analyse("Why did Musk do that?", None, KNOWN, context=["musk", "microsoft", "training", "the"])
    assert q.terms == {"musk": NAME_WEIGHT, "microsoft": 0.5, "train": 0.5}


def test_bag_repeats_terms_by_weight() -> None:
    q = Query(text="", words=[], terms={"musk": NAME_WEIGHT, "accus": 1.0, "train": 0.5})
    assert sorted(q.bag()) == sorted(["musk"] * 3 + ["accus"] * 2 + ["train"])


def test_an_empty_question_has_no_terms() -> None:
    q = analyse("what is it?", None, KNOWN)
    assert q.terms == {} and q.bag() == []


@pytest.mark.parametrize(
    ("stem", "known", "expected"),
    [
        ("found", {"founder"}, "found"),  # "co-founder" is who, not the founding: an alternative only
        ("founder", {"found"}, "found"),
        ("creat", {"creation"}, "creation"),  # another form of the word stands for it
        ("train", {"train", "trainer"}, "train"),  # a stem the corpus holds stays
        ("cat", {"cater"}, "cat"),  # too short to guess at
        ("zebra", {"musk"}, "zebra"),
        ("formatt", {"format"}, "format"),  # "formatter": a doubled consonant before the ending
        ("accur", {"accuraci"}, "accuraci"),  # "accurate" and "accuracy"
        ("gpu", {"gpus"}, "gpus"),  # a plural the stemmer keeps after "u"
        ("explain", {"explan"}, "explan"),  # "explanation": a vowel the noun drops
        ("explan", {"explain"}, "explain"),
        ("plan", {"plain"}, "plan"),  # too short a word to drop a vowel of
    ],
)
def test_relative_stems(stem: str, known: set[str], expected: str) -> None:
    assert relative(stem, known) == expected


def test_derived_word_finds_the_corpus_stem() -> None:
    # An agent noun is no form of the verb ("co-founder" says who, not when): an alternative, matched in part.
    q = analyse("Who founded OpenAI?", None, KNOWN)
    assert "found" in q.terms and "founder" in q.alternatives["found"]


def test_out_of_corpus_words_and_names_are_reported() -> None:
    q = analyse("Who painted the Mona Lisa?", Speller({"pointed": 1, "musk": 1}), KNOWN)
    assert q.corrections == {}  # "painted" is a real word, not a typo of "pointed"
    assert q.unknown_names == ["mona", "lisa"]
    assert set(q.unknown) == {"painted", "mona", "lisa"}


def test_an_option_no_text_spells_is_an_unknown_name() -> None:
    known = {"zstd", "level", "compress", "fast", "need"}
    assert analyse("do i need --ultra for zstd", None, known).unknown_names == ["ultra"]
    # a name of letters and figures no text uses ("crc32") is a thing the corpus never mentions
    assert analyse("which function computes a crc32 checksum", None, known).unknown_names == ["crc32"]
    assert analyse("what word did he add in romans3 28", None, known | {"roman", "word", "add"}).unknown_names == []
    assert analyse("do i need --fast for zstd", None, known).unknown_names == []  # the text has it
    assert analyse("is ultra compression fast", None, known).unknown_names == []  # an English word, no option
    # a one-letter option ("-R") is a letter no index keeps as a word: whether a text names it is not known
    assert analyse("what does zstd -R even do", None, known).unknown_names == []
    assert analyse("whats the difference between zstd -R and -D", None, known).unknown_names == []


def test_a_word_english_lacks_and_no_slip_explains_is_an_unknown_name_however_typed() -> None:
    q = analyse("what did satya nadella say about it", Speller({"musk": 1, "said": 1}), KNOWN)
    assert "nadella" in q.unknown_names
    q = analyse("who did musk threten to sue", Speller({"musk": 1}), KNOWN)
    assert q.unknown_names == []  # one slip from "threaten"
    q = analyse("afaik what did Nadella say", Speller({"musk": 1}), KNOWN)
    assert q.unknown_names == ["nadella"] and "afaik" not in q.terms  # once; chat filler is no content
    q = analyse("hey, with musk how do i go the other way", Speller({"musk": 1}), KNOWN)
    assert "hey" not in q.terms and "musk" in q.terms  # a greeting before a word no opener goes with is no content either


def test_what_the_asker_calls_theirs_is_no_unknown_name() -> None:
    # "in my makefile": where the asker hit it, not what the corpus must name; "Makefile" alone is asked about.
    q = analyse("musk exits with code 4 in my makefile, what does that mean?", Speller({"musk": 1}), KNOWN)
    assert q.unknown_names == []
    assert analyse("what is a makefile", Speller({"musk": 1}), KNOWN).unknown_names == ["makefile"]


def test_a_name_the_corpus_writes_longer_or_shorter_is_not_unknown() -> None:
    # "Saharan" where the corpus says "Sahara", "Mullet" where it says "Mullett": the same name.
    known = {**{k: 1 for k in KNOWN}, "sahara": 1, "mullett": 1, "amazon": 1}
    assert analyse("How much Saharan dust falls on the Amazon?", None, known).unknown_names == []
    assert analyse("What did Michael Mullet call it?", None, known).unknown_names == ["michael"]
    assert analyse("How much Martian dust falls on the Amazon?", None, known).unknown_names == ["martian"]
    # a part of an identifier the corpus writes: "dualstack" in "use_dualstack_endpoint"
    known["use_dualstack_endpoint"] = 1
    assert analyse("can I use Dualstack here?", None, known).unknown_names == []


def test_chat_shorthand_is_no_content_but_a_capitalised_acronym_is() -> None:
    q = analyse("lol why is musk mad w microsoft rn", None, KNOWN)
    assert set(q.terms) == {"musk", "mad", "microsoft"}  # "mad" is English, so it still counts
    q = analyse("when is GTA 6 out, asking for a frnd", None, KNOWN)
    assert "gta" in q.terms and "frnd" in q.terms  # an acronym, and a word of four letters


def test_other_forms_of_a_word_match_it_fully() -> None:
    q = analyse("how long do they keep the licence", None, {"kept", "licens"})
    assert q.forms == {"keep": ["kept"], "licenc": ["licens"]}  # an irregular verb, a British spelling
    assert q.match("keep", {"kept"}) == 1.0 and q.match("licenc", {"licens"}) == 1.0
    assert analyse("what has it become", None, {"becam"}).forms == {"becom": ["becam"]}
    # a noun made with "-ure" is its verb's form, which the stemmer keeps apart
    assert analyse("when does it report a failure", None, {"report", "fail"}).forms == {"failur": ["fail"]}
    assert analyse("is the exposure logged", None, {"expos", "log"}).forms == {"exposur": ["expos"]}
    assert "long" not in q.terms and q.unknown == []  # "how long" frames the question


def test_words_that_open_a_chat_message_are_no_content() -> None:
    assert set(analyse("wait, when did he tweet that", None, {"tweet"}).terms) == {"tweet"}
    assert set(analyse("ok so hey who sued microsoft", None, KNOWN).terms) == {"su", "microsoft"}
    assert "wait" in analyse("How long do I have to wait?", None, {"wait"}).terms  # a verb, not an opener
    assert set(analyse("hey quick one, whats musk accusing microsoft of", None, KNOWN).terms) >= {"microsoft"}
    assert not {"hey", "quick", "one"} & set(analyse("hey quick one, whats musk accusing microsoft of", None, KNOWN).terms)
    assert "quick" in analyse("how quick was the reply", None, {"quick", "repli"}).terms  # a word of the question
    # an interjection before the question ("huh, when was that?") is no word a sentence must hold
    assert set(analyse("huh, when was that?", None, {"huh"}).terms) == set()
    assert set(analyse("wow ok who sued microsoft", None, KNOWN).terms) == {"su", "microsoft"}


def test_chat_frames_and_hedges_around_a_question_are_no_content() -> None:
    known = {"microsoft", "invest", "openai", "money", "question", "text", "think"}
    q = analyse("quick question how much money did microsoft basically invest in openai in the text i think pls", None, known)
    assert set(q.terms) == {"microsoft", "invest", "openai"}
    # an apology for the question asked ("sorry if dumb q") is its label too
    assert set(analyse("sorry if this is a dumb question, who did microsoft invest in", None, known | {"sorri"}).terms) == {"microsoft", "invest"}
    assert "think" in analyse("what did microsoft think of openai", None, known).terms  # a verb of the question
    # a guess offered after the question ("like was it a press release or what") asks for nothing
    guessed = analyse("how did musk make the threat, like was it a press release or what", None, {"musk", "threat", "press"})
    assert set(guessed.terms) == {"musk", "threat"}
    guessed = analyse("where did microsoft post that it drops twitter, a blog post or what", None, {"microsoft", "post", "blog", "drop", "twitter"})
    assert set(guessed.terms) == {"microsoft", "post", "drop", "twitter"}
    assert "press" in analyse("was it a press release or a tweet", None, {"press", "releas", "tweet"}).terms
    # "supposed to be", "everyone's talking about": what is asked is the rest
    known |= {"truthgpt", "race", "suppos", "everyon", "talk"}
    assert set(analyse("what's truthgpt supposed to be", None, known).terms) == {"truthgpt"}
    assert set(analyse("what is the race everyone's talking about", None, known).terms) == {"race"}
    assert "talk" in analyse("what did musk talk about", None, known).terms
    # "cut off" is "stop": the text says "cease" or "stop"; "cutting costs" is no stopping
    assert "stop" in analyse("when is microsoft cutting off twitter", None, known | {"stop", "cut"}).terms
    assert "cut" in analyse("is microsoft cutting costs", None, known | {"stop", "cut"}).terms
    assert analyse("?", None, known).terms == {} and "stop" in analyse("cut off", None, {"stop"}).terms  # no word after
    # a phrasal verb's particle after its object: "cut openai off" is "stop openai"; "cut the costs off" is left
    assert "stop" in analyse("did musk cut openai off from the data", None, known | {"stop", "cut"}).terms
    assert "cut" in analyse("did musk cut the data off", None, known | {"stop", "cut", "data"}).terms
    # "what word did they use to describe X": a word of the text asked, "word", "use", "describe" nothing to find
    assert set(analyse("what word did they use to describe the deal", None, known | {"word", "use", "describ", "deal"}).terms) == {"deal"}
    # "what am i missing" after the trouble: the remedy is asked, no word of it to find
    missing = analyse("my watcher gets errors like the fd is closed, what am i missing", None, known | {"watcher", "error", "fd", "close", "miss"})
    assert "miss" not in missing.terms and "watcher" in missing.terms
    # "i read somewhere ...": where the asker met it, nothing asked for
    assert "read" not in analyse("i read somewhere musk cut openai off, is that true?", None, known | {"read", "stop"}).terms
    assert "read" in analyse("who read the statement", None, known | {"read", "statement"}).terms
    assert set(analyse("what features go away then", None, {"featur", "stop"}).terms) == {"featur", "stop"}
    # a setting is "turned on" or "off" where documentation writes "enable" or "disable"
    assert "enabl" in analyse("what flag turns on the jit", None, {"flag", "enabl", "jit", "turn"}).terms
    assert "disabl" in analyse("can i turn off colors", None, {"disabl", "color", "turn"}).terms
    assert "turn" in analyse("when did the tide turn", None, {"tide", "turn"}).terms
    # "walk away from", "step down", "cough up", "put online": leave, resign, pay, published
    assert "leav" in analyse("what year did musk walk away from the board", None, known | {"leav", "board", "walk"}).terms
    assert "pay" in analyse("is microsoft willing to cough that up", None, known | {"pay", "willing", "cough"}).terms
    assert "publish" in analyse("when was the piece put online", None, known | {"publish", "piec", "put"}).terms
    # "still" works on as "continue" ("will linkedin still work"), not before a role still held ("still ceo")
    assert "continu" in analyse("will linkedin still work", None, known | {"continu", "linkedin", "work"}).terms
    assert "continu" not in analyse("is he still ceo at twitter", None, known | {"continu", "ceo", "twitter"}).terms
    # "broke the law" is what a text calls "illegal"
    assert {"microsoft", "illeg"} == set(analyse("did microsoft break the law?", None, known | {"illeg", "law"}).terms)
    # what people "can't" do is what a text says they are "unable" to do
    assert "unabl" in analyse("what cant ppl do anymore", None, known | {"unabl", "peopl"}).terms
    # money "pumped into" a company is invested in it
    assert "invest" in analyse("how much cash has microsoft pumped into openai", None, known | {"invest", "pump", "cash"}).terms
    # "leave some imports alone", "leave one block of code untouched": what a text says it ignores or skips
    assert "ignor" in analyse("how do i make it leave some imports alone", None, {"ignor", "import", "leav", "alon"}).terms
    assert "ignor" in analyse("tell autopep8 to leave one block of code untouched", None, {"ignor", "block", "code", "leav"}).terms
    assert "leav" in analyse("when did he leave the board", None, {"leav", "board", "ignor"}).terms  # no "alone": a leaving
    # "spit out" is what documentation calls "output"
    assert "output" in analyse("can pip-audit spit out an sbom", None, {"output", "sbom", "spit"}).terms
    # "gone ahead and filed": filed, "go ahead" frames the deed
    assert set(analyse("has musk gone ahead and filed it", None, {"musk", "gone", "ahead", "file"}).terms) == {"musk", "file"}
    # a "tool" is what a text may call a service or a platform
    assert "servic" in analyse("is microsoft's tool dropping twitter", None, {"servic", "tool", "microsoft", "drop", "twitter"}).alternatives["tool"]
    # "willing" is what a text says "keen" or "eager"
    assert "keen" in analyse("is microsoft willing to pay", None, {"keen", "pay", "microsoft", "will"}).alternatives["will"]
    # "musk's own answer to chatgpt": its rival ("the answer to the riddle" is an answer)
    assert "rival" in analyse("what's musk's own answer to chatgpt", None, known | {"rival", "answer", "chatgpt"}).terms
    assert "answer" in analyse("what is the answer to the riddle", None, known | {"rival", "answer", "riddl"}).terms
    # the asker makes or gets a tool do a deed: the deed is asked, not the making
    known = {"make", "fdupe", "go", "subdirectori", "get", "print", "tree"}
    assert set(analyse("how do i make fdupes go into subdirectories", None, known).terms) == {"fdupe", "go", "subdirectori"}
    assert set(analyse("is there a way to get tree to print subdirectories", None, known).terms) == {"tree", "print", "subdirectori"}
    assert "make" in analyse("how did fdupes make subdirectories", None, known).terms
    # "..., any of the articles say?" asks which source says it: no word of the question
    known = {"musk", "pay", "twitter", "say", "articl"}
    assert set(analyse("how much did musk pay for twitter, any of the articles say?", None, known).terms) == {"musk", "pay", "twitter"}
    assert set(analyse("how much did musk pay for twitter, do any of the articles say", None, known).terms) == {"musk", "pay", "twitter"}
    assert "say" in analyse("what did musk say about twitter", None, known).terms
    # "need to embed ...": what the asker wants done is asked, not their need; a need asked about stays
    known = {"need", "emb", "array", "flag", "instal"}
    assert set(analyse("need to embed a c array, which flag", None, known).terms) == {"emb", "array", "flag"}
    assert "need" in analyse("what do i need to install", None, known).terms


def test_the_kind_of_value_asked_for_is_no_word_to_find() -> None:
    known = {"microsoft", "drop", "twitter", "date", "year", "day", "time"}
    assert set(analyse("what date does microsoft drop twitter", None, known).terms) == {"microsoft", "drop", "twitter"}
    assert set(analyse("In which year did Microsoft drop Twitter?", None, known).terms) == {"microsoft", "drop", "twitter"}
    assert "time" in analyse("what time of day does microsoft drop twitter", None, known).terms  # "time of day": asked
    assert "date" in analyse("who set the date", None, known).terms
    framed = {"needlework", "kind", "name", "region", "tapestri"}
    assert set(analyse("What kind of needlework is the tapestry?", None, framed).terms) == {"needlework", "tapestri"}
    assert set(analyse("What is the name of the region?", None, framed).terms) == {"region"}
    assert "kind" in analyse("was the king kind", None, framed).terms
    assert set(analyse("What is another name for the tapestry?", None, framed).terms) == {"tapestri"}
    assert set(analyse("What genre of needlework is the tapestry?", None, framed).terms) == {"needlework", "tapestri"}
    # a reason asked by its holder: "his reasoning" is the kind asked, which "because" gives
    reasons = {"musk", "reason", "sue"}
    assert set(analyse("what was his reasoning for suing musk", None, reasons).terms) == {"su", "musk"}
    assert "reason" in analyse("did musk give a reason", None, reasons).terms
    # "i.e." and "e.g." say again what comes after them: no letters to find
    listed = {"nm", "list", "symbol", "undefin", "e", "i"}
    assert set(analyse("how do i get nm to list the symbols, i.e. the undefined ones?", None, listed).terms) == {"nm", "list", "symbol", "undefin"}


@pytest.fixture(scope="module")
def speller_and_stems(bundled_index: Index) -> tuple[Speller, set[str]]:
    return Speller(bundled_index.vocabulary), set(bundled_index.passage_freq)


def test_typos_and_odd_casing_on_the_bundled_corpus(speller_and_stems: tuple[Speller, set[str]]) -> None:
    q = analyse("wat did univrsal musik say abut ai trainng", *speller_and_stems)
    assert {"univrsal": "universal", "musik": "music", "trainng": "training"}.items() <= q.corrections.items()
    assert {"universal", "music", "train", "ai"} <= set(q.terms)
    assert q.unknown == []


def test_shouted_question_on_the_bundled_corpus(speller_and_stems: tuple[Speller, set[str]]) -> None:
    q = analyse("OPENAI NONPROFIT???", *speller_and_stems)
    assert q.terms == {"openai": 1.0, "nonprofit": 1.0}
    assert q.corrections == {}


def test_unknown_nonsense_is_not_corrected_into_corpus_words(speller_and_stems: tuple[Speller, set[str]]) -> None:
    q = analyse("zzkq vlorp", *speller_and_stems)
    assert q.corrections == {}
    assert q.unknown == ["zzkq", "vlorp"]


def test_misspelled_name_is_not_unknown(speller_and_stems: tuple[Speller, set[str]]) -> None:
    q = analyse("What did Microsft say to Elon Musk?", *speller_and_stems)
    assert q.corrections == {"microsft": "microsoft"}
    assert q.unknown_names == []


def test_misspelled_name_keeps_its_name_weight(speller_and_stems: tuple[Speller, set[str]]) -> None:
    q = analyse("What did Microsft say to Elon Musk?", *speller_and_stems)
    assert q.terms["microsoft"] == NAME_WEIGHT


def test_a_name_typed_in_lower_case_is_a_name_when_the_corpus_capitalises_it_and_english_hardly_knows_it() -> None:
    known = {"reddit", "charg", "api", "access", "french", "verdict"}
    proper = frozenset({"reddit", "api", "french", "verdict"})
    q = analyse("how much is reddit charging for api access exactly", None, known, proper=proper)
    assert q.terms["reddit"] == NAME_WEIGHT and q.subjects == {"reddit"}  # "api" weighs as a name, not a subject
    assert q.terms["api"] == NAME_WEIGHT
    plain = analyse("what did the french verdict say", None, known, proper=proper)
    assert plain.subjects == set() and plain.terms["french"] == 1.0  # common English words stay words


def test_an_un_form_matches_fully_but_never_replaces_the_question_word() -> None:
    # "reason" is not in the corpus but "unreason" is: the question still asks for a reason, so
    # its synonyms ("explanation") are searched; "clear" is matched by "unclear" as fully as a form.
    q = analyse("did microsoft give any reason for dropping twitter", None, {"microsoft", "unreason", "explan", "drop"})
    assert "reason" in q.terms and "unreason" not in q.terms
    assert "explan" in q.alternatives["reason"]
    clear = analyse("is it clear", None, {"unclear"}, polar=True)
    assert clear.match("clear", {"unclear"}) == 1.0
    assert clear.bag().count("unclear") == clear.bag().count("clear") == 2


def test_an_un_form_is_the_opposite_outside_a_yes_no_question() -> None:
    # "is it unclear?" is answered by "unclear"; "how do I uninstall it?" is not by "install it".
    q = analyse("how do i uninstall quillmark", None, {"instal", "quillmark"})
    assert q.match("uninstal", {"instal"}) == 0.0
    assert "instal" not in q.bag()


def test_an_identifier_typed_as_words_is_searched_as_the_corpus_writes_it() -> None:
    # "max queue size": the setting max_queue_size a heading or a table names; the words stay, for prose.
    q = analyse("how do i set the max queue size", None, {"max_queue_s", "max", "queue", "size", "set"})
    assert "max_queue_s" in q.terms
    assert {"max", "queue", "size"} <= set(q.terms)
    assert "max_queu" not in q.terms  # only what the corpus holds



def test_a_hyphened_name_the_corpus_writes_closed_up_is_each_of_its_parts() -> None:
    # "pyrate-limiter": "PyrateLimiter requires Python 3.10+" holds both words, as one
    known = {"pyratelimit", "pyrat", "limit", "python", "version"}
    q = analyse("min python version for pyrate-limiter", None, known)
    assert "pyratelimit" in q.alternatives["pyrat"] and "pyratelimit" in q.alternatives["limit"]
    assert q.match("limit", {"pyratelimit", "python"}) == 1.0  # held in full, as another form of the word
    assert "pyratelimit" not in analyse("min python version for pyrate limiter", None, known).alternatives.get("pyrat", [])


@pytest.mark.parametrize(
    "question",
    ["whats the deal with musk and microsoft", "what's going on between musk and microsoft", "what is up with musk and microsoft"],
)
def test_a_chat_idiom_that_only_asks_what_is_going_on_leaves_the_names(question: str) -> None:
    q = analyse(question, None, {"musk", "microsoft", "deal", "go"})
    assert set(q.terms) == {"musk", "microsoft"}


def test_a_deal_named_in_the_question_stays_a_word() -> None:
    assert "deal" in analyse("what happened to the deal with openai", None, {"deal", "openai"}).terms


def test_a_lower_case_name_is_found_as_the_first_word_and_after_a_typo_is_fixed() -> None:
    known = {"reddit", "charg", "api"}
    proper = frozenset({"reddit"})
    assert analyse("Reddit charging for api?", None, known, proper=proper).subjects == {"reddit"}
    fixed = analyse("is redit charging", Speller({"reddit": 100}), known, proper=proper)
    assert fixed.subjects == {"reddit"}


def test_a_name_typed_as_two_words_is_the_corpus_name() -> None:
    q = analyse("how much did microsoft invest in open ai", None, {"microsoft", "invest", "openai"}, proper=frozenset({"openai"}))
    assert "openai" in q.terms and "open" not in q.terms
    assert "open" in analyse("is the store open", None, {"store", "open"}, proper=frozenset({"openai"})).terms
    # heard, not read: "read it", "red it" are Reddit, one letter off; not where someone reads ("i didnt read it")
    known, proper = {"reddit", "charg", "read", "tweet", "manifest.in"}, frozenset({"reddit", "manifest.in"})
    assert "reddit" in analyse("how much is read it charging", None, known, proper=proper).terms
    assert "reddit" in analyse("besides red it who charges", None, known, proper=proper).terms
    assert "reddit" not in analyse("i didnt read it, what did the tweet say", None, known, proper=proper).terms
    assert "manifest.in" not in analyse("what goes in my manifest in", None, known, proper=proper).terms  # a name of letters only


def test_a_closed_compound_neither_corpus_nor_english_knows_is_read_as_its_words() -> None:
    known = {"chip", "gpus", "invest", "feed", "entir", "salp", "xsltproc", "make", "file"}
    q = analyse("which chipmaker's gpus did he invest in", None, known)
    assert {"chip", "maker"} <= set(q.terms) and not q.unknown_names
    assert {"feed", "entir"} <= set(analyse("what feedsentirely on salps", None, known).terms)
    # "dataset" for the text's "data set": a short second word too, no name the corpus never mentions
    q = analyse("which company used a specific dataset", None, {"compani", "use", "specif", "data", "set"})
    assert {"data", "set"} <= set(q.terms) and not q.unknown_names
    # what the asker calls theirs stays one word ("in my makefile")
    assert "make" not in analyse("xsltproc fails in my makefile", None, known).terms
    # typed run together, the first a word of the corpus English lacks: "apiprice" is "api price"
    assert {"api", "price"} <= set(analyse("whats the apiprice range", None, {"api", "rang"}).terms)


def test_does_the_article_say_frames_the_question() -> None:
    q = analyse("why does the article say theres an ai rivalry", None, {"articl", "say", "rivalri", "ai"})
    assert "say" not in q.terms and "articl" not in q.terms and "rivalri" in q.terms
    other = analyse("does any other article say who the accusation was aimed at", None, {"say", "accus", "aim"})
    assert set(other.terms) == {"accus", "aim"}


@pytest.mark.parametrize(
    "question", ["who is microsoft's CEO", "what is the name of microsofts ceo", "who is the microsoft ceo"]
)
def test_a_possessive_or_compound_role_is_a_relation(question: str) -> None:
    q = analyse(question, None, {"microsoft", "ceo", "name"}, proper=frozenset({"microsoft"}))
    assert q.relations == [("ceo", "microsoft")]


def test_a_name_typed_without_its_special_letters_is_the_name_the_corpus_writes() -> None:
    from qa.text import stems

    known = {s: 1 for s in stems("Maria Skłodowska-Curie was born in Warsaw; Bolesław and Søren")}
    query = analyse("Where was Maria Sklodowska born?", None, known)
    assert "sklodowska" in query.terms and not query.unknown_names
    assert set(stems("Bolesław Søren straße")) == set(stems("Boleslaw Soren strasse"))


def test_common_paraphrases_are_searched_as_alternatives() -> None:
    # "keep supporting" is said "continue to be available"; "fought" is "at odds"; "networks" are "channels".
    known = {"continu", "odd", "channel", "microsoft", "musk"}
    q = analyse("which social networks will microsoft keep supporting", None, known)
    assert "continu" in q.alternatives["keep"] and "channel" in q.alternatives["network"]
    assert "odd" in analyse("musk and microsoft fought before", None, known).alternatives["fought"]
    # chat's "ditching" is dropping; a "beef with" someone is being upset with them
    known = {"drop", "upset", "microsoft", "twitter"}
    assert "drop" in analyse("why is microsoft ditching twitter", None, known).alternatives["ditch"]
    assert "upset" in analyse("what's musk's beef with openai", None, known).alternatives["beef"]
    # whether a claim is true is whether it is valid
    assert "valid" in analyse("is that true", None, {"valid", "claim"}, polar=True).alternatives[stems("true")[0]]
    # an accusation "aimed at" someone is one "pointed toward" them
    assert "point" in analyse("who was the accusation aimed at", None, {"point", "allegat"}).alternatives["aim"]
    # stopping requests from following redirects is disabling redirection
    assert "disabl" in analyse("how do i stop requests following redirects", None, {"disabl", "redirect"}).alternatives["stop"]
    # being pushed toward something is being encouraged to it; to post is to tweet
    assert "encourag" in analyse("which tier are companies pushed toward", None, {"encourag", "tier"}).alternatives["push"]
    assert "tweet" in analyse("when did musk post it", None, {"tweet", "musk"}).alternatives["post"]
    # getting rid of folds is eliminating them
    assert "elimin" in analyse("which command gets rid of all the folds", None, {"elimin", "fold"}).alternatives["rid"]
    # data "on the web" is data on the internet
    assert "internet" in analyse("which ai tool is trained on web data", None, {"internet", "data"}).alternatives["web"]
    # reddit "wanting" payment is reddit "demanding" it
    assert "demand" in analyse("is reddit wanting payment", None, {"demand", "reddit", "payment"}).alternatives["want"]
    # features "lost" are those users will "no longer" be able to use
    assert "longer" in analyse("which features are users losing", None, {"longer", "featur", "user"}).alternatives["lose"]
    # what a company "turned into" is what it "has become"
    assert "becom" in analyse("what has openai turned into", None, {"becom", "openai"}).alternatives["turn"]


def test_a_prefixed_word_is_read_with_or_without_the_hyphen_the_corpus_writes() -> None:
    # The corpus writes "co-founder" (two words to the tokenizer) and "nonprofit" (one).
    known = {"co", "founder", "nonprofit", "openai", "musk"}
    # "co" is no word a sentence must hold: a co-founder is a founder ("Musk helped to form OpenAI")
    terms = analyse("was musk a cofounder of openai or nah", None, known).terms
    assert "founder" in terms and "co" not in terms
    assert "co" not in analyse("did musk co-found openai", None, known | {"found"}).terms
    assert "co" in analyse("how many teachers are involved when co-teaching", None, {"co", "teach", "teacher"}).terms
    assert "nah" not in analyse("was musk a cofounder of openai or nah", None, known).terms  # a tag, not a word
    # "cofounding" too, where the corpus says founding otherwise ("form")
    assert "found" in analyse("did musk stay after cofounding openai", None, {"co", "form", "openai", "musk"}).terms
    assert "nonprofit" in analyse("was openai a non-profit", None, known).terms
    assert "reread" in analyse("did he reread it", None, {"read"}).terms  # "re" itself unknown: left whole
    # a common English word is no prefix and a word: "pretty" is not "pre" + "tty"
    assert "pretti" in analyse("the build shows pretty colors", None, {"pre", "tti", "build", "color"}).terms


def test_the_corpus_saying_it_frames_a_question() -> None:
    q = analyse("what does one of the articles say API stands for", None, {"api", "say", "one", "articl"})
    assert set(q.terms) == {"api"}


def test_chat_idioms_that_frame_a_question_are_not_searched_for() -> None:
    known = {"microsoft", "drop", "twitter", "first", "place", "right"}
    q = analyse("why did microsoft drop twitter in the first place", None, known)
    assert set(q.terms) == {"microsoft", "drop", "twitter"}
    assert "right" not in analyse("is microsoft dropping twitter right now", None, known).terms
    for hedged in ("is microsoft definitely dropping twitter", "is microsoft gonna drop twitter probably"):
        assert set(analyse(hedged, None, known).terms) == {"microsoft", "drop", "twitter"}
    # "kick in" says when something starts; "anymore" and "what day of the week" say nothing the answer holds
    # "kick in" is when it starts: "starting April 25", "set to take effect"
    assert set(analyse("when does the microsoft twitter thing kick in?", None, known).terms) == {"microsoft", "twitter", "start"}
    # "get rid of it" asks a remedy for the trouble named before; "get rid of a virtualenv" asks to delete one
    assert "rid" in analyse("how do i get rid of a virtualenv", None, known | {"virtualenv", "rid"}).terms
    assert "rid" not in analyse("how do i get rid of it", None, known | {"rid"}).terms
    # "due to" tells a schedule or a cause, which the answer states, not names ("starting April 25")
    assert "du" not in analyse("when is the twitter removal due to take effect", None, known | {"remov", "du"}).terms
    # "is it reported to be ...": a hedge on the deed asked, no report to find
    hedge = analyse("is microsoft reported to be dropping twitter", None, known | {"report"})
    assert set(hedge.terms) == {"microsoft", "drop", "twitter"}
    assert "report" in analyse("which outlet reported that microsoft is dropping twitter", None, known | {"report", "outlet"}).terms
    # "switched off" is when it stops ("... cease supporting Twitter ... take effect on April 25")
    assert set(analyse("when does the twitter thing get switched off in microsoft's tool", None, known).terms) >= {"twitter", "stop"}
    assert set(analyse("what can't twitter do anymore", None, known).terms) == {"twitter"}
    assert set(analyse("how did microsoft drop twitter, like was it sudden", None, known).terms) >= {"microsoft", "drop"}
    assert "like" not in analyse("how did microsoft drop twitter, like was it sudden", None, known).terms
    assert set(analyse("what day of the week did microsoft drop twitter", None, known).terms) == {
        "microsoft",
        "drop",
        "twitter",
    }
    # "who is behind X" asks who makes it; "behind" is no word the answer holds
    assert set(analyse("who is behind twitter", None, known).terms) == {"twitter"}
    assert "behind" in analyse("what fell behind twitter", None, known | {"behind"}).terms


def test_a_month_carried_from_the_last_turn_is_no_subject() -> None:
    known = {"found", "musk", "openai", "februari", "say"}
    proper = {"musk", "openai", "february"}
    q = analyse("when was it founded", None, known, context=["musk", "say", "openai", "february"], proper=proper)
    assert q.subjects == {"musk", "openai"} and q.terms["februari"] == 0.5


def test_running_a_company_is_no_owning_data_but_owning_one_is_being_its_boss() -> None:
    known = {"ceo", "boss", "owner", "musk", "twitter", "pay", "develop", "reddit"}
    run = analyse("what companies does musk run", None, known)
    assert "ceo" in run.alternatives["run"] and "owner" not in run.alternatives["run"]  # "data owners"
    assert "boss" in analyse("who owns twitter", None, known).alternatives["own"]
    assert "pay" in analyse("why does reddit want money", None, known).alternatives["money"]
    assert "develop" in analyse("what is musk planning to build", None, known).alternatives["build"]


def test_a_light_verb_before_a_noun_of_action_is_no_word_to_find() -> None:
    known = {"musk", "lawsuit", "threat", "make", "decis", "microsoft"}
    assert set(analyse("on what day did musk make the lawsuit threat", None, known).terms) == {"musk", "lawsuit", "threat"}
    assert "make" not in analyse("when did microsoft make its decision", None, known).terms
    assert "make" in analyse("what does microsoft make", None, known).terms  # a verb of its own here


def test_a_three_letter_word_english_lacks_is_an_acronym_unless_chat_uses_it() -> None:
    # "gpu" asks something the corpus may not hold; "lol" and "rn" ask nothing.
    assert "gpu" in analyse("does bm25s support gpu", None, {"bm25s", "support"}).terms
    assert set(analyse("who is musk suing lol rn", None, {"musk", "su"}).terms) == {"musk", "su"}


def test_a_figure_asked_about_weighs_as_a_name_but_is_no_subject() -> None:
    q = analyse("what does return code 255 mean", None, {"return", "code", "255", "mean"})
    assert q.terms["255"] == NAME_WEIGHT and q.terms["code"] == 1.0
    assert "255" not in q.subjects


def test_a_dotted_name_typed_in_lower_case_is_a_subject() -> None:
    # "who did musk hire as ceo of x.ai?": the answer must name X.AI, not only its CEO's "Musk"
    q = analyse("who did musk hire as ceo of x.ai", None, {"x", "ai", "hire", "ceo", "musk"})
    assert "x" in q.subjects and q.terms["x"] == NAME_WEIGHT
    assert "schema" not in analyse("what does schema.yaml hold", None, {"schema", "yaml", "hold"}).subjects  # a file


def test_an_option_asked_about_weighs_as_a_name_but_is_no_subject() -> None:
    # rrdcached(1): "how often does rrdcached write ... if i leave -w alone": the "-w" item, which holds few of
    # the other words, is the one asked about.
    q = analyse("how often does rrdcached write to disk if i leave -w alone", None, {"rrdcach", "write", "disk", "-w"})
    assert q.terms["-w"] == NAME_WEIGHT and q.terms["disk"] == 1.0
    assert "-w" not in q.subjects
    assert analyse("does it work with non-ascii names", None, {"work", "non-ascii", "name"}).terms.get("non-ascii", 1.0) == 1.0


def test_prepositions_ask_nothing() -> None:
    assert set(analyse("what does bm25s need besides python", None, {"bm25s", "need", "python"}).terms) == {
        "bm25s",
        "need",
        "python",
    }



def test_an_ordinal_is_its_number_and_sue_one_stem() -> None:
    # "after 25th April" is "April 25"; "the 3rd century" the third.
    assert stems("after 25th April, the 1st and 22nd") == ["25", "april", "1", "22"]
    assert stem_words(["sue", "sued", "suing"]) == ["su", "su", "su"]


def test_an_index_sentence_holds_its_identifiers_words_and_what_their_shape_names() -> None:
    from qa.text import indexed_stems

    assert {"kernel", "instal", "bypass", "environ", "variabl"} <= set(indexed_stems("$KERNEL_INSTALL_BYPASS – skip it."))
    assert {"flag", "option"} <= set(indexed_stems("--nonet: Do not use the Internet."))
    # A variable inside a path is where a file is, not a variable the sentence tells about.
    assert "environ" not in indexed_stems("$XDG_CONFIG_HOME/fontconfig/fonts.conf is the per-user file.")


def test_modifying_a_file_is_changing_it() -> None:
    # "--dry-run: ... without actually changing any files" answers "without modifying any files".
    q = analyse("can i check a patch without modifying any files?", None, {"chang", "file", "patch"})
    assert "chang" in q.alternatives["modifi"]


def test_an_end_of_a_range_asked_for_is_no_word_to_find() -> None:
    # "the most expensive option", "and the lowest?": a sentence states the range ("between $42,000 and
    # $210,000"), naming neither end so. A superlative of a thing is searched for ("the highest price").
    known = {"twitter", "api", "cost", "month", "highest", "price", "oil", "expens", "lowest", "option"}
    assert set(analyse("how much is the most expensive option per month", None, known).terms) == {"month"}
    assert set(analyse("and the lowest?", None, known, context=["api", "cost"]).terms) == {"api", "cost"}
    assert {"highest", "price"} <= set(analyse("what was the highest price of oil", None, known).terms)
    # "the top of the range" is its high end
    known |= {"top", "rang"}
    assert set(analyse("twitter wants $42,000 a month, but whats the top of the range", None, known).terms) == {"twitter", "want", "month", "42000"}


def test_the_light_verb_of_giving_an_option_is_no_word_asked() -> None:
    # "what flag do i pass to ...": the flag is asked for, "pass" is how it is given (no sentence need say it).
    q = analyse("what flag do i pass to point it at python", None, {"flag", "python", "point"})
    assert "flag" in q.terms and "pass" not in q.terms and "python" in q.terms


def test_the_frame_of_a_question_asking_whom_a_source_cites_is_no_word_asked() -> None:
    # "which outlet did X cite for Y": a name the text gives with "as reported by", not with these words
    q = analyse("which outlet did bgr cite for the reddit payment thing", None, {"reddit", "payment", "report"})
    assert "outlet" not in q.terms and "cite" not in q.terms and "reddit" in q.terms


def test_an_amount_in_chat_short_form_is_searched_as_written_out() -> None:
    assert "42000" in analyse("the $42k plan, what tier is that", None, {"42000", "plan", "tier"}).terms
    # a range says its scale once, for both ends: "42-210k" is 42k to 210k
    assert {"42000", "210000"} <= set(analyse("is 42-210k a month a lot", None, {"42000", "210000", "month"}).terms)
    assert "10" in analyse("10-5k files", None, {"10", "5000", "file"}).terms  # no range: 10 is above 5
    q = analyse("did microsoft invest 10bn", None, {"microsoft", "invest", "10", "billion"})
    assert {"10", "billion"} <= set(q.terms)
    # ... unless the corpus writes it so: "dust -z 10M" is a size in a tool's docs
    q = analyse("how do i only show files bigger than 10M", None, {"show", "file", "10m", "10", "million"})
    assert "10m" in q.terms and "million" not in q.terms


def test_put_in_is_invest_only_when_money_is_asked_of() -> None:
    known = {"put", "cargo", "toml", "strip", "invest", "microsoft", "openai"}
    assert "invest" not in analyse("what do i put in Cargo.toml to strip them", None, known).terms
    assert "invest" in analyse("how much did microsoft put in openai", None, known).terms


def test_the_askers_wanting_is_no_word_to_find_anywhere_in_the_message() -> None:
    known = {"bash", "script", "jq", "exit", "code", "want", "null"}
    q = analyse("writing a bash script with jq, and i want jq's exit code to say null", None, known)
    assert "want" not in q.terms and {"exit", "code", "null"} <= set(q.terms)


def test_what_the_article_says_frames_the_question_it_holds() -> None:
    known = {"api", "say", "microsoft", "musk"}
    assert set(analyse("what does it say API stands for", None, known).terms) == {"api"}
    assert "say" in analyse("what does it say about musk", None, known).terms  # asks what it says: kept


def test_like_the_max_after_a_comma_is_the_end_of_a_range_asked() -> None:
    q = analyse("how much though, like the max per month", None, {"like", "max", "month"})
    assert set(q.terms) == {"month"}


def test_a_word_of_saying_typed_as_a_thing_is_no_saying() -> None:
    known = {"microsoft", "tweet", "say", "said", "claim", "post"}
    thing = analyse("how did microsoft get the tweets", None, known)
    assert "say" not in thing.alternatives.get("tweet", []) and "post" in thing.alternatives["tweet"]
    deed = analyse("what did musk tweet about microsoft", None, known)
    assert "say" in deed.alternatives["tweet"]  # a deed: what he said
    assert "say" in analyse("which outlet is it that tweeted", None, known).alternatives["tweet"]  # "that" opens a clause


def test_certain_or_particular_things_name_no_thing() -> None:
    q = analyse("how do i hide certain filesystem types from the output", None, {"hide", "filesystem", "type", "output"})
    assert "certain" not in q.terms and {"hide", "filesystem", "type", "output"} <= set(q.terms)
    assert "particular" not in analyse("skip particular dirs", None, {"skip", "dir"}).terms


def test_a_word_in_two_groups_matches_each_group_but_the_groups_stay_apart() -> None:
    # "build" is "create" and "develop"; "created" is not "developed" (SQuAD dev near-topic: "... was the
    # tapestry created?" matched "developed" junk)
    build = analyse("does microsoft build its own models", None, {"microsoft", "creat", "develop", "model"})
    assert build.match("build", {"creat"}) > 0 and build.match("build", {"develop"}) > 0
    create = analyse("when was the tapestry created", None, {"tapestri", "develop", "build"})
    assert create.match("creat", {"build"}) > 0 and create.match("creat", {"develop"}) == 0


def test_taking_data_is_said_many_ways_but_a_collection_is_no_harvest() -> None:
    # "how'd msft get the tweets, scraping?": "Microsoft mined user tweets"; "the glass collection" is no data mined
    q = analyse("how did microsoft get the tweets, scraping?", None, {"microsoft", "tweet", "mine", "harvest", "collect"})
    assert q.match("scrape", {"mine"}) > 0 and q.match("scrape", {"harvest"}) > 0
    assert q.match("scrape", {"collect"}) == 0


def test_no_longer_doing_a_thing_is_stopping_it_but_no_drop_or_end() -> None:
    # "Earlier in February, Twitter announced that it will no longer keep its API free to use"
    q = analyse("twitter api stopped being free when?", None, {"twitter", "api", "free", "longer", "stop"})
    assert q.match("stop", {"longer"}) > 0
    drop = analyse("where did microsoft publish the news that it drop twitter", None, {"microsoft", "drop", "longer", "twitter"})
    assert drop.match("drop", {"longer"}) == 0


def test_a_word_done_again_is_told_by_the_word_the_corpus_uses() -> None:
    # "regenerate" where the corpus writes "generated": the doc's word holds it
    q = analyse("what tool do i need to regenerate the man page", None, {"generat": 3, "tool": 2, "man": 2, "page": 2})
    assert q.match("regener", {"generat"}) == 1.0 and "regenerate" not in q.unknown


def test_a_one_letter_option_is_a_word_of_its_own() -> None:
    assert words("if i dont pass -t, where does stow put e-mail --target") == [
        "if", "i", "dont", "pass", "-t", "where", "does", "stow", "put", "e", "mail", "target"
    ]  # fmt: skip
    assert "-t" in analyse("what does -t do", None, KNOWN | {"-t"}).terms


def test_another_asked_of_in_a_follow_up_is_a_name_when_the_corpus_lacks_it() -> None:
    # "and sony music?" after "what did universal music group say": Sony, which no text names, not Universal
    known = {"univers", "music", "group", "say", "ai"}
    assert analyse("and sony music?", None, known, context=["universal", "music", "group"]).unknown_names == ["sony"]
    assert analyse("sony music ai?", None, known).unknown_names == []  # standing alone, an everyday word may be a slip


def test_a_narrower_word_may_be_told_by_a_broader_one_not_the_other_way() -> None:
    # "elon's new ai startup" is "his new company X.AI"; "which other companies ..." asks of no startup
    known = {"startup", "compani", "new", "ai", "elon", "name", "firm"}
    assert {"compani", "firm"} <= set(analyse("whats the name of elon's new ai startup", None, known).alternatives["startup"])
    assert "startup" not in analyse("which other companies did elon found", None, known).alternatives.get("compani", [])


def test_two_english_words_written_as_one_are_no_unknown_name() -> None:
    # "autodiscover" is "auto" and "discover": a thing of English the docs may say apart ("automatically discover")
    known = {"url", "type", "calendar", "xandiko", "discov"}
    assert analyse("thunderbird wont autodiscover, what url do i type in for the calendar", None, known).unknown_names == []
    assert analyse("did satya nadella reply", None, known).unknown_names == ["nadella"]


def test_the_earlier_turns_words_are_capped_together_however_a_dotted_name_splits() -> None:
    # "x.ai" splits into "x" and "ai": the earlier turn's last word ("plans") is still one of its words, capped
    known = {"x", "ai", "compani", "plan", "founder", "launch", "chatbot"}
    q = analyse("who founded it", None, known, ["x.ai", "company", "launch", "chatbot", "plans"], turns=5)
    carried = [q.terms[t] for t in ("compani", "launch", "chatbot", "plan")]
    assert len(set(carried)) == 1 and carried[0] < 0.5, q.terms
