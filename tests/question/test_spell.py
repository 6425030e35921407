"""Typo correction against a corpus vocabulary."""

from __future__ import annotations

import pytest

from qa.pipeline import Pipeline
from qa.question.english import RARE_IN_ENGLISH, lemma_frequency, misplaced
from qa.question.slips import kin_known, slip_of_known
from qa.question.spell import (
    Speller,
    english_frequency,
    max_distance,
    plausible_slip,
    spelled,
    unheard_of,
)
from qa.search.index import Index
from qa.text import STOPWORDS

VOCABULARY = {"universal": 2, "music": 5, "training": 3, "microsoft": 9, "pointed": 1, "group": 3, "lawsuit": 2}


@pytest.fixture(scope="module")
def bundled_speller(bundled_index: Index) -> Speller:
    return Speller(bundled_index.vocabulary)


@pytest.mark.parametrize(
    ("typo", "word"),
    [("univrsal", "universal"), ("musik", "music"), ("trainng", "training"), ("microsft", "microsoft")],
)
def test_typos_are_corrected(typo: str, word: str) -> None:
    assert Speller(VOCABULARY).correct(typo) == word


def test_a_three_letter_slip_is_read_only_as_the_one_word_it_fits() -> None:
    assert Speller({"used": 3, "user": 2, "data": 1}).correct("usd") == "used"
    assert Speller({"used": 3, "usda": 2}).correct("usd") == "usd"  # "used" or "usda": no guess
    assert Speller({"lot": 3, "lots": 2}).correct("lol") == "lol"  # chat's word, no letter left out of "lots"
    assert Speller({"say": 3, "data": 1}).correct("sya") == "say"  # two letters swapped, of the one word it fits
    assert Speller({"say": 3, "sa": 1, "ysa": 1}).correct("sya") == "sya"  # "say" or "ysa": no guess


@pytest.mark.parametrize(
    ("typo", "word"),
    [
        ("univrsal", "universal"),
        ("musik", "music"),
        ("trainng", "training"),
        ("microsft", "microsoft"),
        ("lawsiut", "lawsuit"),
        ("abut", "about"),  # a real word, but "about" is far more common: a slip of the keys
        ("usd", "used"),  # three letters no English word, one left out of the one corpus word it fits
    ],
)
def test_typos_are_corrected_against_the_bundled_corpus(bundled_speller: Speller, typo: str, word: str) -> None:
    assert bundled_speller.correct(typo) == word


# "win" is one letter from "in", a hundred times commoner, but a slip rarely drops the first letter.
@pytest.mark.parametrize("word", ["painted", "music", "microsoft", "the", "zzkq", "vlorp", "elephant", "lol", "win"])
def test_known_real_or_hopeless_words_are_left_alone(bundled_speller: Speller, word: str) -> None:
    # "painted" is one edit from the corpus's "pointed", but it is a real English word.
    assert bundled_speller.correct(word) == word


@pytest.mark.parametrize("token", ["ai", "ab", "x", "2023", "42000", "x1", "gpt4", "co-op"])
def test_short_numeric_and_mixed_tokens_are_untouched(token: str) -> None:
    assert Speller({"aim": 1, "2024": 1, "x2": 1, "gpt": 1, "coop": 1}).correct(token) == token


def test_edit_distance_grows_with_the_word() -> None:
    assert [max_distance(w) for w in ("musk", "music", "universal")] == [1, 2, 2]
    # Two edits are too many for a four-letter word: "mask" would reach "musk" in one, "mxsx" not.
    assert Speller({"musk": 1}).correct("mxsx") == "mxsx"
    assert Speller({"musk": 1}).correct("muks") == "musk"


def test_three_letter_words_are_corrected_to_function_words_only() -> None:
    speller = Speller({"lot": 9, "low": 9, "twitter": 1})
    assert speller.correct("lol") == "lol"  # chat shorthand, not "lot" or "low"
    assert speller.correct("wat") in STOPWORDS  # "what" (or "at"): dropped from the query either way


def test_correction_prefers_the_word_with_the_same_first_letter() -> None:
    assert Speller({"training": 1, "raining": 1}).correct("trainng") == "training"


def test_english_frequencies_are_looked_up() -> None:
    assert english_frequency("the") > english_frequency("painted") > 0
    assert english_frequency("zzyzxq") == english_frequency("") == english_frequency("the of") == 0


def test_a_typo_keeps_its_first_letter_when_a_candidate_does() -> None:
    # "acusing" is one edit from "causing" (commoner) and from "accusing".
    speller = Speller({"causing": 50, "accusing": 1})
    assert speller.correct("acusing") == "accusing"


def test_a_typo_is_corrected_to_a_stem_the_corpus_inflects_but_never_two_letters_shorter() -> None:
    speller = Speller({"invested": 3, "investment": 1})
    assert speller.correct("ivest") == "invest"  # the corpus says "invested"; "ive" is two letters short
    assert Speller({"twitter": 1}).correct("ivest") == "invest"  # not "ive" (i've): the English word, one slip


def test_a_word_is_corrected_once_then_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    speller = Speller({"training": 1})
    calls: list[str] = []
    real = speller._correct
    monkeypatch.setattr(speller, "_correct", lambda w: calls.append(w) or real(w))
    assert speller.correct("trainng") == speller.correct("trainng") == "training"
    assert calls == ["trainng"]


def test_a_slip_in_a_questions_first_word_is_read_as_the_question_word() -> None:
    speller = Speller({"twitter": 3, "microsoft": 3, "drop": 2})
    assert spelled("wen does microsoft drop twitter", speller) == "when does microsoft drop twitter"  # not "we"
    assert spelled("Wat did microsoft drop?", speller) == "What did microsoft drop?"
    assert spelled("microsoft wen", speller).split()[0] == "microsoft"  # only the question's first word
    assert spelled("wait is it true microsoft dropped twitter", speller).startswith("wait ")  # a common word, as meant


def test_chat_shorthand_for_the_question_word_is_read_as_it() -> None:
    speller = Speller({"twitter": 3, "microsoft": 3, "api": 2})
    assert spelled("hw much is twitters api", speller).startswith("how much ")  # two letters, first word only
    assert spelled("wht did microsoft drop", speller).startswith("what did ")  # vowels left out
    assert spelled("wut is the api", speller).startswith("what is ")  # not "but"
    assert spelled("whn did microsoft drop twitter", speller).startswith("when did ")
    assert spelled("so hw", speller) == "so hw"  # a short word elsewhere is left alone
    assert spelled("is it the api", speller) == "is it the api"  # a real first word stays
    # money is no count: "how many money" is typed for "how much money"; "how many people" stays
    assert spelled("how many money twitter ask for api", speller).startswith("how much money ")
    assert spelled("how many people use the api", speller).startswith("how many people ")


def test_chat_short_forms_of_function_words_are_read_as_written_out() -> None:
    speller = Speller({"outlet": 3, "wrote": 2, "dmc": 2, "r": 1})
    assert spelled("which outlet wrote abt the dmc", speller) == "which outlet wrote about the dmc"
    assert spelled("u said it was b4 the dmc thru april", speller) == "you said it was before the dmc through april"
    assert spelled("R&D in the U.S.", speller) == "R&D in the U.S."  # capitals and joined forms are no chat
    # a corpus that writes "r" (the language) keeps it
    assert spelled("what r the tools", speller) == "what r the tools"
    assert spelled("n what tier is it acc to bgr", speller) == "and what tier is it according to bgr"
    assert spelled("is 210k a month alot for the dmc", speller) == "is 210k a month a lot for the dmc"
    assert spelled("what % of it, not 50% or 10 %?", speller) == "what percent of it, not 50% or 10 %?"
    assert spelled("what'd he say, where'd they go", speller) == "what did he say, where did they go"
    assert spelled("should ai cos pay", speller) == "should ai companies pay"
    # a question word run together with the next: "howmuch", "whatdid"; a corpus's own word ("whois") stays
    assert spelled("howmuch did it cost, whatdid he say", speller) == "how much did it cost, what did he say"
    assert spelled("whois lookup", Speller({"whois": 2})) == "whois lookup"
    assert spelled("cog -r fails, can u help", Speller({"cog": 2})) == "cog -r fails, can you help"  # "-r": an option


def test_a_comparative_of_a_corpus_word_is_no_typo() -> None:
    speller = Speller({"new": 3, "late": 2, "big": 2, "charge": 2, "news": 4})
    words = ["newer", "newest", "later", "latest", "bigger"]
    assert [speller.correct(w) for w in words] == words
    assert speller.correct("chargr") == "charge"  # a slip that happens to end in "r" is still corrected


def test_a_slip_from_an_english_word_no_corpus_word_is_near_reads_as_that_word() -> None:
    speller = Speller({"unclear": 2, "microsoft": 3})
    assert speller.correct("cleear") == "clear"  # which "unclear" then answers
    assert speller.correct("roghly") == "roughly"  # a hedge, then read away
    assert speller.correct("nadella") == "nadella"  # no English word is one slip away: a name
    assert speller.correct("painted") == "painted"  # an English word itself
    assert speller.correct("pinterest") == "pinterest"  # a name, not "interest" with a key struck before it


def test_a_real_word_of_a_paraphrase_group_the_corpus_uses_is_not_corrected() -> None:
    # "feuding" is rare in English and two edits from "finding", but the corpus says "at odds".
    speller = Speller({"finding": 3, "odds": 2, "disagreed": 1})
    assert speller.correct("feuding") == "feuding"
    # nor is it one without: a real word two edits from a corpus word is no double slip
    assert Speller({"finding": 3}).correct("feuding") == "feuding"
    assert Speller({"finding": 3}).correct("fiding") == "finding"  # one letter dropped: a slip


def test_a_word_english_often_uses_is_no_slip_for_a_function_word() -> None:
    # "hash" is one letter from "has", a hundred times commoner: still a word of its own, not "has" typed badly
    speller = Speller({"has": 5, "checksum": 1})
    assert speller.correct("hash") == "hash"
    assert speller.correct("hsa") == "has"  # a slip of the keys still reads as the function word


def test_a_figure_is_no_slip_of_another() -> None:
    # "leder" may be "leader" mistyped; 2019 is not 2018 mistyped
    assert slip_of_known("leder", {"leader"})
    assert not slip_of_known("2019", {"2018"})


def test_a_letter_changed_for_one_far_away_on_the_keyboard_is_no_slip() -> None:
    assert not plausible_slip("toml", "tool")  # m is nowhere near o: a name of its own
    assert plausible_slip("acess", "access") and plausible_slip("recieve", "receive")  # dropped, swapped
    assert plausible_slip("twotter", "twitter") and plausible_slip("musc", "musk")  # a neighbour, by ear
    speller = Speller({"tool": 3, "user": 4, "config": 2})
    assert speller.correct("toml") == "toml"
    # a real English word two edits from a corpus word is that word, not a double slip
    assert speller.correct("unset") == "unset"


def test_a_name_typed_without_its_vowels_is_read_as_the_corpus_name() -> None:
    speller = Speller({**VOCABULARY, "twitter": 4, "first": 7}, names=frozenset({"microsoft", "twitter"}))
    assert speller.correct("msft") == "microsoft"
    assert speller.correct("twtr") == "twitter"
    # its possessive typed without the apostrophe: "msfts ad tool"
    assert speller.correct("msfts") == "microsoft"
    # A word one slip from a corpus word is that word; a shorthand no name holds stays as typed.
    assert speller.correct("frst") == "first"
    assert speller.correct("grpc") == "grpc"
    # Without the names, nothing is guessed.
    assert Speller(VOCABULARY).correct("msft") == "msft"


def test_a_slip_of_a_stem_reads_as_the_corpus_word_of_that_stem() -> None:
    # "artical" is one edit from the stem "articl", two from "article": read as the word, not the stem.
    assert Speller({"article": 3, "articles": 1, "music": 2}).correct("artical") == "article"


def test_a_prefixed_english_word_is_no_slip_for_another_word(bundled_speller: Speller) -> None:
    # "cofounded" is "co" + "founded", not a slip for "confounded".
    assert bundled_speller.correct("cofounded") == "cofounded"
    assert bundled_speller.correct("threten") == "threaten"


def test_a_contraction_is_no_slip_for_its_verb() -> None:
    # "doesn" of "doesn't" is no slip for "does": the negation stays.
    assert spelled("so it doesn't rewrite files", Speller({"does": 3, "rewrite": 1, "files": 2})) == "so it doesn't rewrite files"


def test_a_programmers_short_form_reads_long_when_only_the_long_form_is_written() -> None:
    speller = Speller({"standard": 2, "error": 3, "directory": 1, "dir": 1})
    assert spelled("time dumps its stats to stderr", speller) == "time dumps its stats to standard error"
    assert spelled("other genai tools", Speller({"generative": 1, "ai": 4})) == "other generative ai tools"
    assert spelled("is the threat legit", Speller({"legitimate": 1, "threat": 2})) == "is the threat legitimate"
    # the corpus writes "dir" itself: left as typed
    assert spelled("how do i drop the first dir", speller) == "how do i drop the first dir"


def test_a_longer_identifier_is_no_form_of_a_shorter_one() -> None:
    # "Saharan" is a form of "Sahara"; "foldlevelstart" is another option than "foldlevel".
    assert kin_known("saharan", {"sahara"})
    assert not kin_known("foldlevelstart", {"foldlevel"})


def test_an_identifiers_parts_are_no_words_to_correct() -> None:
    speller = Speller({"error": 3, "buffer": 2, "but": 5})
    assert spelled("what does Z_BUF_ERROR mean", speller) == "what does Z_BUF_ERROR mean"
    assert spelled("what does Z_BUF_EROR mean", speller) == "what does Z_BUF_EROR mean"


def test_a_slip_nearer_an_english_word_than_any_corpus_word_reads_as_it() -> None:
    speller = Speller({"read": 5, "microsoft": 3})  # "reason" is not in the corpus
    assert speller.correct("reasn") == "reason"
    assert speller.correct("microsft") == "microsoft"


def test_a_short_form_of_a_corpus_word_is_no_slip() -> None:
    # "param" is how people type "parameter": not "para", one letter away
    speller = Speller({"parameters": 3, "para": 5, "arguments": 2, "arc": 4})
    assert speller.correct("param") == "param"
    assert speller.correct("arg") == "arg"
    assert speller.correct("parra") == "para"  # a slip of a word the corpus has is still one
    assert speller.correct("params") == "params"  # its plural too


def test_an_american_spelling_is_english_by_its_british_form() -> None:
    # The dictionary spells "catalogue", "favourite", "theatre", "cancelled": "catalog" is no name to refuse.
    for american, british in [("catalog", "catalogue"), ("favorite", "favourite"), ("analyze", "analyse"), ("theater", "theatre"), ("canceled", "cancelled")]:
        assert english_frequency(american) == english_frequency(british) > 0
    assert not unheard_of("catalog")
    assert english_frequency("claer") == 0  # a slip stays a slip ("clare" is no American "claer")


def test_no_slip_is_read_as_the_word_typed_beside_it(bundled_speller: Speller) -> None:
    # "satya" is two slips from "says", but "did says say" repeats the next word: a name the corpus lacks
    assert bundled_speller.correct("satya") == "says"
    assert spelled("did satya say anything back to elon", bundled_speller) == "did satya say anything back to elon"
    # the verb two words on, after a surname the corpus lacks: "did satya nadela say" is no "did says nadela say"
    assert spelled("what did satya nadela say abt the lawsuit", bundled_speller).startswith("what did satya nadela say")
    assert spelled("who did musk threten to sue", bundled_speller) == "who did musk threaten to sue"


def test_an_english_word_one_slip_from_a_title_name_is_read_as_the_name() -> None:
    # "pigz" titles a document and English lacks it: "what does -R do in pigs" asks of pigz
    vocabulary = {"pigz": 40, "compress": 12, "pids": 3, "threads": 5}
    assert Speller(vocabulary, titled=frozenset({"pigz", "compress"})).correct("pigs") == "pigz"
    # without the title, or for a title word English has, the real word stays as typed
    assert Speller(vocabulary).correct("pigs") == "pigs"
    assert Speller({"vivid": 9, "colors": 3}, titled=frozenset({"vivid"})).correct("livid") == "livid"


def test_a_setting_name_with_a_slip_is_read_as_the_corpus_one() -> None:
    # "hist_lenght" is bpython's hist_length; an identifier two slips from two names stays as typed
    vocabulary = {"hist_length": 3, "hist_file": 2, "history": 5, "tfenv_remote": 4, "auto_a": 1, "auto_b": 1}
    speller = Speller(vocabulary)
    assert speller.correct("hist_lenght") == "hist_length"
    assert speller.correct("tfenv_remot") == "tfenv_remote"
    assert speller.correct("auto_c") == "auto_c"  # "auto_a" or "auto_b": no one meant
    assert speller.correct("hist_file") == "hist_file"


def test_a_slip_keeping_its_first_letter_reads_as_the_english_word_the_corpus_lacks(pipeline: Pipeline) -> None:
    # "lable" is one edit from the corpus's "able" and from English's "label"; a slip rarely changes the first letter
    assert "label" in pipeline.query("which music lable is pushing back on ai").surface.values()


def test_a_slip_after_a_determiner_is_no_function_word() -> None:
    assert misplaced("whether", ["the"]) and not misplaced("whether", ["know"]) and not misplaced("weather", ["the"])


def test_a_letter_left_out_is_likelier_than_one_typed_too_many(bundled_speller: Speller) -> None:
    # "reportd" is one slip from "report", "reports" and "reported": a letter left out ("reported") is likeliest
    assert bundled_speller.correct("reportd") == "reported"
    assert bundled_speller.correct("musik") == "music"  # a letter changed before one typed too many ("musk")


def test_a_word_the_corpus_lacks_is_read_as_the_homophone_it_writes() -> None:
    # dictated or typed in haste: "threatened to sew microsoft", "quit openai's bored"
    speller = Speller({"sue": 3, "board": 2, "tier": 1, "weak": 1})
    assert [speller.correct(w) for w in ("sew", "bored", "tear")] == ["sue", "board", "tier"]
    assert speller.correct("week") == "weak"  # the homophone the corpus writes, whichever way round
    assert Speller({"sue": 3, "sew": 1}).correct("sew") == "sew"  # a word the corpus writes is meant


def test_a_misspelled_hedge_is_read_as_the_hedge_not_a_corpus_word() -> None:
    # "basicly" is "basically", which the question's framing reads away, not the corpus's "basic"
    speller = Speller({"basic": 5, "actual": 3, "definite": 2, "exact": 2})
    assert [speller.correct(w) for w in ("basicly", "acutally", "definately", "exactley")] == ["basically", "actually", "definitely", "exactly"]
    assert speller.correct("basik") == "basic"  # a slip of a corpus word far from any hedge stays one


def test_an_inflected_word_is_as_common_as_its_plain_form() -> None:
    # the dictionary counts "resolves" apart, under the bar of rare words; "resolve" is common
    assert english_frequency("resolves") <= RARE_IN_ENGLISH < lemma_frequency("resolves")
    assert lemma_frequency("compresses") >= english_frequency("compress")
    assert lemma_frequency("configuring") >= english_frequency("configure")
    assert lemma_frequency("ntpdig") == 0  # a name stays rare


def test_another_letter_before_a_corpus_word_is_another_name_not_a_slip() -> None:
    # "does gkermit support zmodem transfers?" asks of ZMODEM, which the text never names, not of a modem
    speller = Speller({"modem": 3, "ftp": 4, "transfer": 2})
    assert speller.correct("zmodem") == "zmodem"
    assert speller.correct("sftp") == "sftp"
    assert speller.correct("mmodem") == "modem"  # its first letter typed twice is a slip
    assert not slip_of_known("apng", {"png", "file"}) and slip_of_known("ppng", {"png"})  # nor is it a known word's slip


def test_a_form_of_a_corpus_word_english_lacks_is_no_slip_for_an_english_word() -> None:
    speller = Speller({"torrent": 12, "torrents": 1, "port": 3})
    assert speller.correct("torrenting") == "torrenting"  # no "tormenting": the corpus's "torrent" is meant
    assert speller.correct("roghly") == "roughly"  # a slip of an English word the corpus lacks still reads as it


def test_a_clipped_word_is_how_people_type_one_no_slip() -> None:
    # "param" is "parameter" clipped, not a slip of the corpus's "parse" or "part"
    speller = Speller({"parse": 5, "parsing": 3, "part": 2, "period": 2, "seconds": 1})
    assert speller.correct("param") == "param"
