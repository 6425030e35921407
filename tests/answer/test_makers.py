"""Who made a thing and who else did something: the sentence must name that maker, or someone besides."""

from __future__ import annotations

from qa.pipeline import Pipeline


def test_what_company_makes_a_thing_needs_a_sentence_telling_its_making(pipeline: Pipeline) -> None:
    # "... Getty Images is prosecuting Stable Diffusion ...": no one makes it
    assert pipeline.ask("what company makes stable diffusion? the one getty is going after").abstained
    assert pipeline.ask("whats the name of the company that makes stable diffusion").abstained  # asked by its name
    # "... its own chips, called Athena": the maker named beside the thing it makes
    answer = pipeline.ask("which company is making the athena chip")
    assert not answer.abstained and "Microsoft" in answer.answer
    answer = pipeline.ask("what's the name of the company making the athena chip")
    assert not answer.abstained and "Microsoft" in answer.answer


def test_others_besides_a_name_followed_by_its_deed_are_refused(pipeline: Pipeline) -> None:
    # "Universal Music Group spoke out ...": the name asked is the only one, however long
    assert pipeline.ask("what other record labels besides universal came out against ai training on their music").abstained


def test_whether_one_also_does_what_another_does_is_refused(pipeline: Pipeline) -> None:
    # "... Reddit and Universal Music Group are charging ..., and ... Getty Images is prosecuting Stable Diffusion"
    assert pipeline.ask("did reddit also sue microsoft over ai training data").abstained
    assert not pipeline.ask("did getty images also sue stable diffusion").abstained


def test_how_much_one_pays_is_not_what_another_charges_others(pipeline: Pipeline) -> None:
    # "... reports claimed that Twitter would start charging between $42,000 and $210,000 per month ..."
    assert pipeline.ask("how much does microsoft pay for facebooks api").abstained
    answer = pipeline.ask("how much will twitter charge for api access")
    assert not answer.abstained and "42,000" in answer.answer


def test_who_else_did_it_with_one_sets_that_one_aside(pipeline: Pipeline) -> None:
    # "Musk helped to form OpenAI in 2015": OpenAI, the thing asked about, is no other doer
    assert pipeline.ask("who else co-founded openai with musk in 2015").abstained
    # a deed done together sets aside the one it was done with, "else" or not ("... of which Musk was a co-founder")
    assert pipeline.ask("who co-founded openai with musk").abstained
    # another named after the word asked is still an answer
    answer = pipeline.ask("what other generative ai tools besides chatgpt were trained with internet data")
    assert "Bard" in answer.answer and not answer.abstained


def test_which_thing_a_name_did_something_to_needs_that_name_doing_it(pipeline: Pipeline, bot_over) -> None:
    # "... Reddit and Universal Music Group are charging ..., and ... Getty Images is prosecuting Stable Diffusion"
    assert pipeline.ask("which image generator did universal music group sue").abstained
    answer = pipeline.ask("which image generator did getty images sue")
    assert not answer.abstained and "Stable Diffusion" in answer.answer
    # a list of doers holds the one asked; one a deed is done to ("was bought") is no doer
    bot = bot_over(
        {
            "ads.txt": "Super Bowl ads\n\nFox, Lionsgate and Paramount paid for trailers to be aired during the game. "
            "Lionsgate paid for Gods of Egypt. Warner was bought by Lionsgate in 2016.\n"
        }
    )
    assert "Gods of Egypt" in bot.ask("what film did lionsgate pay for").answer
    assert not bot.ask("which company did lionsgate buy in 2016").abstained


def test_who_did_a_deed_no_text_tells_of_is_refused(pipeline: Pipeline) -> None:
    # no text replaces or succeeds anyone: "Microsoft invested $10 billion in OpenAI, ... before quitting its board"
    assert pipeline.ask("who replaced elon on the openai board after he quit").abstained
    assert pipeline.ask("who will replace musk as ceo of twitter").abstained
    # an irregular past asked after the scene: no text tells of anyone winning
    assert pipeline.ask("so how did the musk vs microsoft lawsuit end up, who won?").abstained
    # a deed the corpus tells of still has its doer answered
    answer = pipeline.ask("who threatened to sue microsoft")
    assert not answer.abstained and "Musk" in answer.answer


def test_the_name_of_a_thing_of_a_name_needs_the_thing_in_the_sentence(pipeline: Pipeline) -> None:
    # "... from companies like OpenAI, and their in-house AI projects": no chip is named, only linked to
    assert pipeline.ask("what's the name of microsoft's in-house chip").abstained
    # the thing told of: "... his new company X.AI"
    answer = pipeline.ask("what's the name of elon's new ai company")
    assert not answer.abstained and "X.AI" in answer.answer
    # a model asked by name: "Elon has invested in Nvidia's AI chip GPUs" tells of no model
    assert pipeline.ask("which nvidia gpu model did elon buy").abstained
    assert pipeline.ask("whats the model name of the nvidia chips elon bought").abstained
    # "what's the X called": "... possibly called TruthGPT" calls a competitor, no data set
    assert pipeline.ask("whats the dataset called?").abstained
    assert "TruthGPT" in pipeline.ask("what is musk's chatgpt rival called").answer


def test_one_that_is_not_the_only_one_is_quoted_with_the_others_after_it(pipeline: Pipeline) -> None:
    # "... but Musk isn't the only company starting to push back ...": the others come in the next sentence
    answer = pipeline.ask("besides twitter, who else is pushing back against ai companies using their data")
    assert not answer.abstained and "Reddit is also now demanding" in answer.answer
    assert answer.answer.index("isn't the only") < answer.answer.index("Reddit is also")


def test_the_sentence_next_to_the_best_one_holding_a_word_asked_it_lacks_is_quoted_next(pipeline: Pipeline) -> None:
    # "... the idea that AI companies should compensate others ..." then "Arguments can be made that, without
    # doing so, it skirts with copyright infringement.": "skirting" is only in the second
    answer = pipeline.ask("bgr says ai firms that don't compensate others for data are skirting with what")
    assert not answer.abstained and "copyright infringement" in answer.answer
    # "doing so" makes the deed before its own, so that sentence wins, and the one saying the deed comes next
    assert answer.answer.index("skirts with") < answer.answer.index("compensate others") < answer.answer.index("[2]")


def test_the_sentence_before_a_best_one_opening_with_it_is_quoted_when_it_holds_a_word_asked(bot_over) -> None:
    bot = bot_over(
        {
            "amazon.txt": "Rainforest theories\n\nBetty Meggers wrote the book Amazonia: Man and Culture in a "
            "Counterfeit Paradise in 1971. It argued that the rainforest could only sustain small populations. "
            "Later digs found large settlements along the river.\n"
        }
    )
    answer = bot.ask("which book argued the rainforest could only sustain small populations")
    assert not answer.abstained and "Counterfeit Paradise" in answer.answer


def test_the_sentence_before_is_quoted_when_it_holds_a_word_of_the_scene(bot_over) -> None:
    bot = bot_over(
        {
            "slsh.txt": "Running scripts\n\nA script is loaded by slsh and its statements run in order. Functions it "
            "defines are compiled as they are read. Also slsh's -t command-line option may be used to turn off the "
            "automatic execution of slsh_main. This allows the syntax of the entire script to be checked for errors "
            "instead of running it.\n\nStartup files\n\nAt startup the shell reads its rc file from the configured "
            "directory. The file may define paths and load modules.\n\nModules\n\nModules are loaded with the "
            "require function. Each module lives in its own shared library.\n"
        }
    )
    # the question's own word ("flag") is in neither; the scene's "slsh_main" is in the sentence before
    told = bot.explain("i want to just check my script for syntax errors without running slsh_main, which flag is that?")
    assert told.composition.sentence.startswith("This allows the syntax")
    assert "-t command-line option" in (told.composition.candidate or "")


def test_the_thing_a_clause_describes_is_named_beside_it(pipeline: Pipeline) -> None:
    # "what's the X that's ... called": the name standing beside "tools" ("... advertising tools, Smart Campaigns"),
    # not the only other capitalised name in a sentence ("Elon.")
    answer = pipeline.ask("what's the microsoft tool that's dropping twitter called?")
    assert not answer.answer.startswith("Elon") and "Smart Campaigns" in answer.citations[0].text
    # "the name of the X thats ...", typed without its apostrophe, too
    answer = pipeline.ask("whats the name of the microsoft tool thats droping twitter")
    assert "Smart Campaigns" in answer.citations[0].text


def test_the_company_behind_a_thing_is_its_creator(pipeline: Pipeline) -> None:
    # "... how ChatGPT creator OpenAI has grown increasingly close to Microsoft ..."
    answer = pipeline.ask("which company is behind chatgpt")
    assert not answer.abstained and "ChatGPT creator OpenAI" in answer.answer.split("[1]")[0]
