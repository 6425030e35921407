"""Question kinds: the question proper inside a message that first sets a scene."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from qa.pipeline import Pipeline
from qa.question.asides import split_aside
from qa.question.frames import unframed
from qa.question.kinds import classify
from qa.question.options import unoffered
from qa.question.scenes import situation, split_ask
from qa.question.spell import Speller, spelled


@pytest.mark.parametrize(
    ("message", "scene", "ask"),
    [
        (
            "digital trends says musk helped found openai in 2015, what year does the other article say he quit",
            "digital trends says musk helped found openai in 2015",
            "what year does the other article say he quit",
        ),
        (
            "bgr says its unclear which products he meant. does any other article say who it was aimed at?",
            "bgr says its unclear which products he meant",
            "does any other article say who it was aimed at?",
        ),
        (
            "the report says 210k a month but what does the other one say it costs?",
            "the report says 210k a month",
            "what does the other one say it costs?",
        ),
        # Typed without the comma: the question proper opens with its question word and an auxiliary.
        (
            "digital trends says musk helped found openai in 2015 what year does the other article say he quit",
            "digital trends says musk helped found openai in 2015",
            "what year does the other article say he quit",
        ),
        # where the asker keeps meeting it, then the question without a comma
        (
            "so i keep seeing this musk vs microsoft stuff when did he threaten to sue them",
            "so i keep seeing this musk vs microsoft stuff",
            "when did he threaten to sue them",
        ),
        # A message's preamble before a colon sets the scene, however long
        ("quick one before my meeting: what did musk tweet at microsoft?", "quick one before my meeting", "what did musk tweet at microsoft?"),
        # Whether the articles say it, asked after the question: the question is asked.
        ("my boss asked me how much microsoft paid in the settlement, do the articles say?", "", "my boss asked me how much microsoft paid in the settlement"),
        ("musk said microsoft trained on tweets which is illegal right", "", "musk said microsoft trained on tweets which is illegal right"),
        ("what did digital trends say about when musk quit", "", "what did digital trends say about when musk quit"),
        # A clause that constrains the question is part of it, not a scene.
        (
            "Prior to Super Bowl 50, when were the Broncos last there?",
            "",
            "Prior to Super Bowl 50, when were the Broncos last there?",
        ),
        ("Besides the Normans, who else invaded Italy?", "", "Besides the Normans, who else invaded Italy?"),
        # A yes/no question after a comma refines the first question: no scene.
        ("who wrote the digital trends piece, and is he staff", "", "who wrote the digital trends piece, and is he staff"),
        # A statement, then a question of it ("that"): the statement is the scene ...
        (
            "so microsoft is cutting twitter off from its ad platform, what day does that kick in",
            "so microsoft is cutting twitter off from its ad platform",
            "what day does that kick in",
        ),
        # ... but a condition is no statement, nor are a few words naming a thing.
        ("if the teacher keeps order, what does it take time away from", "", "if the teacher keeps order, what does it take time away from"),
        ("joe wituschek's piece, which site was that on", "", "joe wituschek's piece, which site was that on"),
        # The trouble told before a how-to question is its scene.
        ("grep -r keeps descending into node_modules, how do i skip a directory", "grep -r keeps descending into node_modules", "how do i skip a directory"),
        # The asker's own situation before a comma is a scene.
        ("i'm behind a proxy and pyenv install fails, what do i set", "i'm behind a proxy and pyenv install fails", "what do i set"),
        # "what does that stand for" asks of the capitals the scene named.
        ("i keep seeing DMC in one article, what does that stand for", "i keep seeing DMC in one article", "what does DMC stand for"),
        # a message telling capitals were spelled out asks what they stand for ("api" typed low: no English word)
        ("one article spelled out API weirdly, what did it call it", "one article spelled out API weirdly, what did it call it", "what does API stand for"),
        ("one article spelled out api weirdly, what was it", "one article spelled out api weirdly, what was it", "what does api stand for"),
        # A question is no scene for the one after it.
        ("what does ^0.2.3 allow in semver? does it pull in 0.3.x", "", "what does ^0.2.3 allow in semver? does it pull in 0.3.x"),
        # ... but sets the scene for a question typed with "whats" after it.
        (
            "does pip upgrade all the deps too or only when needed? whats the default strategy",
            "does pip upgrade all the deps too or only when needed",
            "whats the default strategy",
        ),
        # "does an article say that" after a statement asks the statement
        ("musk became twitter ceo in october 2022 right? does an article say that", "", "musk became twitter ceo in october 2022 right"),
        # "whats it called" after a scene and its question: the question before it asks, after the scene
        (
            "i keep typing the same flags every time, can i save my own defaults in a config file somewhere? whats it called",
            "i keep typing the same flags every time",
            "can i save my own defaults in a config file somewhere",
        ),
        # where the asker met the news is no scene: it lends the question no word ("reddit")
        ("saw this on reddit earlier. who is suing who?", "", "who is suing who?"),
        # A sentence trailing off into its blank ("... with... what?") is no scene for the remark after it.
        ("smart campaigns with... what? forgot the full name of the thing", "", "smart campaigns with... what? forgot the full name of the thing"),
        ("the verge says reddit charges for access to its... what? its data or a platform", "", "the verge says reddit charges for access to its... what? its data or a platform"),
        # "what do the articles conclude" after a question asks the sources' view of it: no scene and its question
        (
            "so is the threat legit or is musk just stirring the pot? what do the articles conclude",
            "",
            "so is the threat legit or is musk just stirring the pot? what do the articles conclude",
        ),
        # "quick q while im waiting ...": the asker's own situation, before the question a dash opens
        (
            "quick q while im waiting for coffee, for those of us who use the tool — which things stop working",
            "quick q while im waiting for coffee, for those of us who use the tool",
            "which things stop working",
        ),
        # a topic's label before a colon ("lpeg re module:", "mblaze:") sets the scene; a question before one does not
        ("lpeg re module: how do i replace every match in a string?", "lpeg re module", "how do i replace every match in a string?"),
        ("mblaze: how to save a sequence?", "mblaze", "how to save a sequence?"),
        ("what does this print: foo bar baz", "", "what does this print: foo bar baz"),
        # a statement, then a question ending on a word pointing back at it
        ("musk made fun of bill gates at some point, how did gates respond to that", "musk made fun of bill gates at some point", "how did gates respond to that"),
        (  # or on a word pointing back at a thing it named ("that temp dir")
            "aunpack keeps making these Unpack-1234 style folders in my cwd, what's the default name pattern for that temp dir",
            "aunpack keeps making these Unpack-1234 style folders in my cwd",
            "what's the default name pattern for that temp dir",
        ),
        # a premise, then "but" and a wh-question of what it lacks
        ("microsoft put 10 billion into openai, but which month was the deal signed", "microsoft put 10 billion into openai", "which month was the deal signed"),
        ("did musk say that, but why", "", "did musk say that, but why"),  # a question first: no premise
        # a label before a comma and a question pointing back at it: the question, the pronoun standing for the label
        ("the bgr writer, does he think it is fair", "", "does the bgr writer think it is fair"),
        ("that 42k enterprise tier, is it meant for small devs", "", "is that 42k enterprise tier meant for small devs"),
        # what a writer thinks, then a question of it: the scene, not a question about the writer
        (
            "the bgr writer seems to think not paying is kinda shady, what legal issue did they say it skirts with?",
            "the bgr writer seems to think not paying is kinda shady",
            "what legal issue did they say it skirts with?",
        ),
        # the asker's label for the question ("random question", "dumb q") before their situation
        (
            "ok random question, my roommate and i are arguing about this, who won the nba finals last year?",
            "ok random question, my roommate and i are arguing about this",
            "who won the nba finals last year?",
        ),
        # the question opening with a preposition or after filler still opens after the scene
        ("i follow the getty case, it's fascinating. on what date did getty file it?", "i follow the getty case, it's fascinating", "on what date did getty file it?"),
        (
            "my manager keeps bringing this up in standups, so basically what day did musk post the threat?",
            "my manager keeps bringing this up in standups",
            "basically what day did musk post the threat?",
        ),
        (  # "they" asks which things the scene told of, not who its subject (the outlets saying it) is
            "Digital Trends and BGR both say some social networks will remain available. Which ones are they?",
            "Digital Trends and BGR both say some social networks will remain available",
            "Which ones are they?",
        ),
        (  # "One article ... said that": no one's name for "he"
            "One article said that in December Musk told something about OpenAI. What did he say Twitter would do?",
            "One article said that in December Musk told something about OpenAI",
            "What did he say Twitter would do?",
        ),
    ],
)
def test_scene_and_question_proper(message: str, scene: str, ask: str) -> None:
    assert split_ask(message) == (scene, ask)


def test_an_emoji_between_two_words_ends_the_scene() -> None:
    read = spelled("musk runs like 5 companies 💀 which ones is he ceo of 🤔", Speller({}))
    assert read == "musk runs like 5 companies. which ones is he ceo of"
    assert split_ask(read) == ("musk runs like 5 companies", "which ones is musk ceo of")  # "he": the scene's doer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # A clause first sets the scene; the question proper after its comma gives the kind.
        ("when xmltodict parses an element with text, what key does the text end up under?", "which"),
        ("When John Fox left as head coach for the Broncos, who replaced him?", "who"),
        ("if i lower the chunk size, how much memory does it use", "how_much"),
        # no comma: the question word and its verb open the question proper
        ("when using -p which device file does memtester map by default", "what"),
        ("when i hit save settings in s-tui where does that config end up", "where"),
        # "when did ..." asks the date, whatever follows its comma
        ("when did he quit, and why", "when"),
        # a label before a colon names the topic; the question after it gives the kind
        ("lpeg re module: how do i replace every occurrence of a pattern?", "how"),
        ("trevor's piece: did musk stick around at openai", "yes_no"),
        # "where" after another question word is a relative: it tells which one, it asks no place
        ("what did musk write in the tweet where he threatened to sue microsoft", "what"),
        ("What was the last Super Bowl where the Broncos wore white uniforms?", "what"),
        ("Other than New York where did Tesla conduct experiments?", "where"),
    ],
)
def test_a_clause_before_the_question_proper_does_not_give_the_kind(question: str, kind: str) -> None:
    assert classify(question).kind == kind


def test_an_embedded_question_gives_the_kind() -> None:
    assert classify("does any other article say who the accusation was aimed at?").kind == "who"
    assert classify("did the article mention when it happened").kind == "when"
    assert classify("Does the Verdict article mention Reddit?").kind == "yes_no"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # A named source framing an embedded question says nothing either; a person is no source.
        ("does the digital trends piece say how much twitter charges", "how_much"),
        ("does the verdict article say when the tweet happened", "when"),
        ("does musk say when", "yes_no"),
        # A polite frame is read away; "do you know if ..." is still a yes/no question.
        ("do you know what a community member would need to teach", "what"),
        ("can you tell me james hutton published his theories in what year", "year"),
        ("tell me when musk tweeted", "when"),
        # a statement ending in the question word asks it: "on what day" asks when
        ("musk made the threat on what day of the week?", "when"),
        ("Do you know who founded OpenAI?", "who"),
        ("do you know if musk sued google", "yes_no"),
        # "what for?" asks why; "what is it used for" does not.
        ("what for?", "why"),
        ("but what for", "why"),
        ("what is it used for", "what"),
        # A hedge dropped into a question does not change its kind.
        ("who exactly wrote the bgr article", "author"),
        ("when again did musk quit the board", "when"),
        ("how even much does twitter charge", "how_much"),
        ("what does twitter charge for api access", "how_much"),
        ("what is the monthly subscription cost of smart campaigns", "how_much"),  # two words before "cost"
        ("and what are they charging for", "what"),  # the thing charged for, no sum
        ("what is reddit planning to charge companies for?", "what"),  # its object between: still the thing
        ("what is twitter going to charge", "how_much"),
        ("whats openai valued at these days", "how_much"),  # a value asked: a figure answers it
        ("what is the valuation of openai", "how_much"),
        ("what was openai's valuation after the microsoft investment", "how_much"),
        ("what's reddit charging per month for its api", "how_much"),  # what it charges: a sum
        ("what does the enterprise tier cost", "how_much"),
        ("what is the cost of living", "how_much"),
        ("what's openai valued at now with microsoft involved", "how_much"),  # words after it: still asked
        ("is openai valued at $30 billion", "yes_no"),  # a value given, not asked
        # A statement with a tag asks to confirm it.
        ("x.ai was incorporated in nevada right?", "yes_no"),
        ("musk's tweet was a reply, not a standalone post, right?", "yes_no"),
        ("dt reckons it was a principled decision, is that right", "yes_no"),
        ("what is the right price", "how_much"),
        ("which car was priced at 20000 dollars", "which"),  # the thing priced is asked, not its price
        ("what exact day in february did twitter announce it", "when"),
        ("anyone know what date reddit starts charging for its api", "when"),
        # Fragments: the value asked for named first, or "when" last; chat words after the question.
        ("exact date of musk's lawsuit tweet?", "when"),
        ("openai founded when", "when"),
        ("the price of oil is stable until when?", "what"),
        ("what is openai valued at rn", "how_much"),
        ("what happened then", "what"),
        ("which outlet first reported that microsoft is dropping twitter", "who"),  # one the text names
        ("which publication did digital trends credit for the story", "who"),
        ("which outlet published the story", "outlet"),
        ("so according to bgr whats the likely reason microsoft dropped twitter", "why"),
        ("and what was his reasoning for it", "why"),  # a reason asked by its holder
        ("what's the likely reason microsoft dropped twitter support", "why"),  # "what's", apostrophe typed
        ("what made microsoft drop twitter", "why"),  # what made it happen: why it did
        ("What causes rock extension?", "why"),
        ("what made it", "what"),  # a thing made, no deed
        ("so whats the launch date for truthgpt", "when"),  # the date of an event named before "date"
        ("what is the release date of the album", "when"),
        ("what was their motivation", "why"),
        # Chat openers before the question proper say nothing of its kind.
        ("ok so whats his title there", "role"),
        ("his title?", "role"),
        ("who's the bgr writer and whats his title there", "role"),  # the name is told with the title
        ("whats the exact headline on the bgr article", "title"),
        ("whats the full headline on the bgr one", "title"),  # "one" for the article
        ("what's the headline for the verdict piece", "title"),
        ("um so who wrote the bgr article", "author"),
        # A request for a summary; a capitalised "Summary for ..." is a name, not a request.
        ("summarize the bgr article", "summary"),
        ("tl;dr", "summary"),
        ("can i get a quick summary", "summary"),
        ("what is the digital trends article about", "summary"),
        ("what's this whole thing about", "summary"),
        ("what is all this about", "summary"),
        ("what's the lawsuit about", "what"),
        ("what are the articles about", "summary"),
        ("what are these docs about", "summary"),
        ("What did Lindzen criticize about the Summary for Policymakers?", "what"),
        ("what was the lawsuit about", "what"),
        # "where" after what a thing is called tells where it is, it asks no place
        ("what's microsoft's social management tool called where twitter is getting removed?", "which"),
        ("so where is x.ai based", "where"),
    ],
)
def test_the_kind_of_a_question_typed_in_chat(question: str, kind: str) -> None:
    assert classify(question).kind == kind


@pytest.mark.parametrize(
    ("question", "options"),
    [
        ("is musk suing openai or microsoft", ("openai", "microsoft")),
        ("did musk threaten microsoft or google lol", ("microsoft", "google")),
        ("was it on april 19 or april 20?", ("april 19", "april 20")),
        ("Is the Apollo program considered a success or failure?", ("success", "failure")),
        ("is twitter charging for api access or not", ()),
        ("did he sue or what", ()),
        ("is microsoft dropping twitter or facebook from its ad platform and the app", ()),  # "or" far from the end
        ("who is suing microsoft or openai", ()),  # no yes/no question
        ("was musks tweet a reply to smth or standalone", ("reply", "standalone")),  # "to smth" is no part of it
        # "to something" names no option of its own
        ("was musk's lawsuit tweet a standalone post or a reply to something", ("standalone post", "a reply")),
        # asked again after "or", and told against what is denied
        ("was musks post a standalone tweet or was it a reply", ("standalone tweet", "a reply")),
        # a thing against a deed asked again ("or was he replying"): the thing keeps its article
        ("was 'lawsuit time' a fresh tweet or was he replying to something", ("a fresh tweet", "replying")),
        ("musk's lawsuit tweet was a reply, not a standalone post, right?", ("a reply", "a standalone post")),
        # "was it X or Y that ...": the two offered for who did what follows
        ("was it getty or shutterstock thats going after stable diffusion, i always mix them up", ("getty", "shutterstock")),
        ("was it the verge or bgr that said musk picked microsoft", ("verge", "bgr")),
    ],
)
def test_the_two_answers_a_yes_no_question_offers(question: str, options: tuple[str, ...]) -> None:
    assert classify(question).options == options


def test_a_name_the_corpus_lacks_offered_beside_a_known_one_is_no_unknown_name() -> None:
    assert unoffered(["shutterstock"], ("getty", "shutterstock")) == []
    assert unoffered(["shutterstock", "sony"], ("sony music", "shutterstock")) == ["shutterstock", "sony"]  # neither known
    assert unoffered(["nadella"], ("getty", "shutterstock")) == ["nadella"]


@pytest.mark.parametrize(
    ("message", "asked", "aside"),
    [
        ("why is microsoft dropping twitter in the first place? seems petty", "why is microsoft dropping twitter in the first place?", "seems petty"),
        ("does it support xslt 2.0? i need for-each-group", "does it support xslt 2.0?", "i need for-each-group"),
        ("what is x? what is y?", "what is x? what is y?", ""),  # each ends in a question mark: both asked
        # The other way it could be, typed after a yes/no question, is a remark.
        ("did musk actually file the lawsuit or is it just talk", "did musk actually file the lawsuit", "or is it just talk"),
        # ... but a thing offered as the other answer is an option of the question
        ("was musks post a standalone tweet or was it a reply", "was musks post a standalone tweet or was it a reply", ""),
        # A question typed after a first one refines it: the first is the question proper.
        (
            "which features are users losing on the tool? can they still schedule stuff",
            "which features are users losing on the tool?",
            "can they still schedule stuff",
        ),
        ("how much? like per month", "how much? like per month", ""),  # too short a question to stand alone
        # What the asker does not mean is set apart.
        ("which edition does rustfmt assume when run directly instead of thru cargo fmt", "which edition does rustfmt assume when run directly", "instead of thru cargo fmt"),
        # ... and so is when it happens, told by a deed after "before"
        ("how many retries does fping do by default before giving up on a host?", "how many retries does fping do by default", "before giving up on a host"),
        # A guess offered after a comma is a remark.
        (
            "what year did musk help found openai, if i remember right it was like mid 2010s",
            "what year did musk help found openai",
            "if i remember right it was like mid 2010s",
        ),
        # ... and so is a value guessed before the hedge: it is the asker's, no answer to leave out
        ("how much did microsoft pour into openai last year, 10 billion i think?", "how much did microsoft pour into openai last year", "10 billion i think"),
        # ... and so is a value guessed with a tag ("was it?", "wasnt it") or bare after a question asking for one
        ("whats the most twitter wanted to charge for api access, 100k a month was it?", "whats the most twitter wanted to charge for api access", "100k a month was it"),
        ("what was the fight about covid, that was 2019 wasnt it", "what was the fight about covid", "that was 2019 wasnt it"),
        ("when did the cutoff kick in, may 1st?", "when did the cutoff kick in", "may 1st"),
        ("what year was that, 2016?", "what year was that", "2016"),
        ("did it start in may, 2023?", "did it start in may, 2023?", ""),  # a yes/no question: the value is asked about
        # an apology or thanks after the question mark says nothing to find
        ("which day does it stop working? sorry if this is obvious, i only read fast", "which day does it stop working?", "i only read fast"),
        ("who wrote the bgr one? thanks a lot for the help", "who wrote the bgr one?", ""),
        # A second question joined to a first asks less: the first is the question proper ...
        ("how many does it keep by default and what param raises it?", "how many does it keep by default", "and what param raises it"),
        # ... unless the first is a yes/no question, often only the way into the second
        ("is the stash entry still there, and what do i run after fixing it?", "is the stash entry still there, and what do i run after fixing it?", ""),
        # The asker's own words after a comma ("need it for a slide", "lmk", "bc it seemed ..."), one after another.
        (
            "was that to save money or something else, article kinda buries it, anyway thx",
            "was that to save money or something else",
            "article kinda buries it anyway thx",
        ),
        ("is it about money or principle, bc it seemed cheap, lmk", "is it about money or principle", "bc it seemed cheap lmk"),
        ("has anything been filed, need it for a slide", "has anything been filed", "need it for a slide"),
        # ... or after a full stop: an emoji between two words ends a sentence
        ("what did musk tweet at microsoft. i need the exact words", "what did musk tweet at microsoft", "i need the exact words"),
        # what the thing does wrong now, told after the how-to: "it only checks the top folder"
        ("how do i make fdupes go into subdirectories too, it only checks the top folder", "how do i make fdupes go into subdirectories too", "it only checks the top folder"),
        ("how do i keep the logs, it keeps deleting them", "how do i keep the logs", "it keeps deleting them"),
        # ... not an explanation of the question's own words ("i.e."), nor a comma inside a short question
        ("how do i hide node_modules, i.e. skip dirs matching a pattern?", "how do i hide node_modules, i.e. skip dirs matching a pattern?", ""),
        # ... an example of the asker's after "e.g." is an aside: the question asks the way, not the example
        ("how do i run a shell command before it connects, e.g. to bring up a vpn?", "how do i run a shell command before it connects", "e.g. to bring up a vpn"),
        # ... what "they" (the writers) do, told after it
        ("what does API stand for in the verdict piece, they spell it kinda weird", "what does API stand for in the verdict piece", "they spell it kinda weird"),
        ("ok, i see", "ok, i see", ""),
        # The sources' view asked of the question before it names nothing to find; the other way it could be,
        # after a name and "just", is a remark
        ("is the threat legit or is musk just trolling, what do the articles think", "is the threat legit", "or is musk just trolling"),
        ("is the threat legit, what do the articles say", "is the threat legit", ""),
        # ... a few words after it at most: more ask the text itself
        (
            "In the BGR article, what does the writer say using data for AI training without compensating others skirts with?",
            "In the BGR article, what does the writer say using data for AI training without compensating others skirts with?",
            "",
        ),
        # a guess in brackets, wherever it stands; brackets telling no guess stay
        ("the msft x openai deal (the $12b one i think?) - what word is used for it", "the msft x openai deal - what word is used for it", "the $12b one i think?"),
        ("what does jq (the json tool) print for null", "what does jq (the json tool) print for null", ""),
        # the asker doubting their own memory names nothing to find
        ("was it a wednesday when elon threatened microsoft or am i mixing it up", "was it a wednesday when elon threatened microsoft", ""),
        ("musk cofounded openai in 2015, or did i dream that", "musk cofounded openai in 2015", ""),
        # how the answer be given ("like the actual number") names nothing to find
        ("how much did microsoft invest in openai exactly, like the actual number", "how much did microsoft invest in openai exactly", ""),
        # "the other one?" says nothing the words after it do not: they are what it asks of
        ("and the other one? the digital trends piece", "and the digital trends piece?", ""),
        # a guess closing a remark after the question: both set apart
        (
            "What is the name of it? I saw it written with a dot in the middle, I think, but I am not sure of the letters.",
            "What is the name of it?",
            "I saw it written with a dot in the middle I think, but I am not sure of the letters",
        ),
    ],
)
def test_a_remark_after_the_question_mark_is_set_apart(message: str, asked: str, aside: str) -> None:
    assert split_aside(message) == (asked, aside)


@pytest.mark.parametrize(
    ("question", "own", "words", "meant"),
    [
        # Many words of its own: the scene's names only (rare in English) ...
        ("i have three pythons and node-gyp picks one, what flag points it at the right python", ["flag", "point", "right", "python"], ["three", "picks", "gyp"], ["gyp"]),
        # ... three or fewer: every word of the scene.
        ("i'm behind a proxy and pyenv fails, what do i set", ["set"], ["proxy", "pyenv", "fails"], ["proxy", "pyenv", "fails"]),
        ("my working dir has uncommited changes, which flag skips that check", ["flag", "skip", "check"], ["working", "dir", "changes"], ["working", "dir", "changes"]),
        # No situation of the asker's own: nothing.
        ("musk is suing microsoft, what do i set", ["set"], ["musk", "suing"], []),
        # ... unless the question points back at what it tells of: its names ("it" is xclipr).
        ("xclipr runs in the background after a copy, where does it write errors to", ["write", "errors"], ["xclipr", "runs", "background", "copy"], ["xclipr"]),
        # A statement before a full stop: its names.
        ("assertItemsEqual is gone on py3 and tests break. what's the six helper", ["six", "helper"], ["assertitemsequal", "gone", "py3", "tests", "break"], ["assertitemsequal", "py3"]),
        # A question of its own first: what the one after it refines, every word.
        ("how do i get groff output on a4 paper in landscape? which -d option?", ["d", "option"], ["groff", "a4", "landscape"], ["groff", "a4", "landscape"]),
    ],
)
def test_the_askers_situation_lends_the_question_its_words(question: str, own: list[str], words: list[str], meant: list[str]) -> None:
    scene, _ = split_ask(question)
    lent = SimpleNamespace(surface={w: w for w in words}, unknown=[], unknown_names=[], subjects=set())  # the scene's query, as read
    assert situation(question, scene, own, lent) == meant


@pytest.mark.parametrize(
    ("question", "text", "kind"),
    [
        # A question asked inside a polite frame, its verb last.
        ("Hello, could you tell me who the current CEO of Microsoft is?", "who is the current CEO of Microsoft", "who"),
        # A setting asked for, whatever amount it shows.
        ("what flag shows how much time was spent in each syscall", None, "what"),
        ("which option tells how many bytes are printed", None, "what"),
        # "for my summary:" tells what the answer is for; the question follows.
        ("for my summary: musk is ceo of tesla and what other company", None, "who"),
        ("musk co-founded openai in what yr", None, "year"),
        # "pls" after the question is no word of it
        ("who even is twitter's ceo pls", "who is twitter's ceo", "who"),
        # chat's openers ("bro", "dude") and emoji: an emoji between two words ends a sentence, elsewhere it goes
        ("bro what did musk tweet 😂", "what did musk tweet", "what"),
    ],
)
def test_frames_around_the_kind_asked(question: str, text: str | None, kind: str) -> None:
    asked = classify(spelled(question, Speller({})))
    assert asked.kind == kind
    assert text is None or asked.text == text


def test_a_statement_ending_in_what_asks_to_fill_in_its_last_clause() -> None:
    message = "one article argues asking ai companies to pay for data is reasonable, because otherwise it skirts with what?"
    assert split_ask(message) == (
        "one article argues asking ai companies to pay for data is reasonable",
        "because otherwise it skirts with what",
    )
    assert split_ask("what did musk say about microsoft, and what?")[0] == ""  # a question first: no scene
    # after a sentence, its trailing dots and "exactly": "... the sentence was long... a violation of what exactly?"
    message = "they said it would be a violation of something, and i did not catch the last word... a violation of what exactly?"
    assert split_ask(message) == ("they said it would be a violation of something, and i did not catch the last word", "a violation of what")
    # what the asker is "trying to pin down" is the question, the sentence before it the scene
    message = "he was part of openai early on but then left. i'm trying to pin down when he actually quit its board"
    assert split_ask(message) == ("he was part of openai early on but then left", "i'm trying to pin down when he actually quit its board")
    assert classify("i'm trying to pin down when he actually quit its board").kind == "when"
    # a label before the comma after a sentence names what "that piece" is: it goes with the question
    message = "i want to credit the reporters properly. The Digital Trends one, who is the author of that piece?"
    assert split_ask(message) == ("i want to credit the reporters properly", "The Digital Trends one, who is the author of that piece?")
    assert "pin" not in unframed("i'm trying to pin down when he actually quit its board").split()
    # a question asking only how the answer be given, after a statement telling the question asked: that one
    message = "my boss keeps asking me why microsoft even bothered to pull twitter, it seems weird. what was the reason given or suspected?"
    assert split_ask(message) == ("", "why microsoft even bothered to pull twitter, it seems weird")
    assert split_aside("why microsoft pulled twitter, since it seems like a weird move") == ("why microsoft pulled twitter", "since it seems like a weird move")
    assert "bothered" not in unframed("why did microsoft even bother to pull twitter").split()
    # "how many" inside a how-to asks to set the number of things; opening a question it asks a count
    assert unframed("how do i tell lbzip2 how many threads to use") == "how do i tell lbzip2 the number of threads to use"
    assert unframed("how many threads does lbzip2 use") == "how many threads does lbzip2 use"
    # making someone pay is charging them; paying attention is no charge
    assert unframed("which site is making ai companies pay for its data").split() == ["which", "site", "is", "charging", "ai", "companies", "for", "its", "data"]
    assert "charging" not in unframed("what made him pay attention to openai")
    # the asker's doubt ("maybe i am wrong but", "if i understood right") and "the name they write" ask nothing
    assert unframed("maybe I am wrong but what is the exact name they write").split() == ["but", "what", "is", "the", "name"]
    assert unframed("so if I understood right Microsoft have a tool").split() == ["so", "Microsoft", "have", "a", "tool"]
    # "around the same time": when, told against the turn before; no word to find
    assert unframed("which music label pushed back against ai training around the same time").split()[-2:] == ["ai", "training"]
    # what a thing was "meant to be" is what it was
    assert unframed("what was openai originally meant to be").split() == ["what", "was", "openai", "originally", "to", "be"]
    # stopping letting people do a thing leaves them unable to do it
    assert unframed("when does microsoft stop letting people get into their accounts") == "when does microsoft stop unable people get into their accounts"


def test_anything_that_helps_after_the_trouble_asks_of_the_trouble() -> None:
    message = "we rsync .gz archives every night and it always sends the whole file. anything in gzip that helps with that?"
    assert split_ask(message) == ("we rsync .gz archives every night and it always sends the whole file", "anything in gzip that helps with that?")
    assert unframed("anything in gzip that helps with that?").split() == ["anything", "in", "gzip"]


def test_a_pronoun_asking_what_someone_did_after_a_scene_names_the_scenes_subject() -> None:
    assert split_ask("did microsoft respond to the threat? what did they say") == ("did microsoft respond to the threat", "what did microsoft say")
    assert split_ask("has the company responded yet? what did they say")[1] == "what did company say"
    # where the asker met it is no one asked of: "saw X weighed in, what did they say" asks what X said
    assert split_ask("saw universal music group weighed in, what did they say about it?")[1] == "what did universal say about it?"
    assert split_ask("did openai stop using customer data? when was that")[1] == "when was that"  # no one asked of


def test_a_bare_how_after_a_statement_asks_how() -> None:
    assert classify("the build hides the compiler commands and i need to see them. how?").kind == "how"
    assert classify("how?").kind == "how"


def test_a_fragment_ending_in_what_it_asks_asks_that() -> None:
    # typed as into a search box: the thing asked of last, its kind's word after it
    assert classify("musk microsoft lawsuit reason").kind == "why"
    assert classify("reddit api price per call").kind == "how_much"
    assert classify("what is the reason").kind == "why"
    assert classify("price per call is high, right?").kind != "how_much"


def test_a_fragment_ending_in_date_asks_when() -> None:
    assert classify("musk lawsuit date?").kind == "when"
    assert classify("is that the date?").kind == "yes_no"
    # a fragment opening with the date asked and then what it dates
    assert classify("cutoff date for twitter in microsoft's ad tool?").kind == "when"
    assert classify("exact date musk posted the lawsuit tweet?").kind == "when"
    assert classify("date is what i need").kind != "when"
    # a fragment asking "when?", then narrowing it ("which month"): when
    assert classify("x.ai founded when? which month").kind == "when"
    # a way to do something, asked with an amount inside: how-to, not a duration
    assert classify("how do i get strace to show how long each syscall took?").kind == "how"
    assert classify("how long does the build take?").kind == "how_many"
    assert classify("is there a way to limit how many reruns happen in total?").kind == "how"
    assert classify("can i change how long it waits").kind == "how"
    assert classify("can i ask how many users there are").kind == "how_many"  # asking is no way to do a thing
    # "openai founding year?" asks a year; "per month or per year?" asks which rate
    assert classify("openai founding year?").kind == "year"
    assert classify("per month or per year?").kind != "year"
    assert unframed("openai founding year?").split() == ["openai", "founding?"]
    # "is it true ...": whether, asked of the statement after it; "true" is no word to find
    assert unframed("is it true twitter api goes up to 210k").split() == ["is", "it", "twitter", "api", "goes", "up", "to", "210k"]
    assert unframed("is that really true").split() == ["is", "that", "really", "true"]  # nothing after it: the word itself
    # "my boss asked me X": X is asked
    assert unframed("my boss asked me how much microsoft paid twitter").split() == ["how", "much", "microsoft", "paid", "twitter"]
    assert unframed("ok so a friend wants to know why musk left").split() == ["why", "musk", "left"]
    # "i'm trying to figure out X, one of the articles gave an actual number": X is asked
    assert unframed("i'm trying to figure out how much money microsoft put into openai, one of the articles gave an actual number").split() == [
        "how", "much", "microsoft", "put", "into", "openai",
    ]


def test_whose_view_a_hedge_and_a_light_verb_at_the_end_frame_the_question() -> None:
    # "in one commentator's view", "might be said to": whose view and a hedge; "what could it count as": a frame
    assert unframed("which problem might it be said to skirt, in one commentator's view?").split() == ["which", "problem", "might", "it", "be", "to", "skirt,", "?"]
    assert unframed("what could it count as").split() == ["what", "could", "it", "as"]
    # "on what calendar date", "was the threat made": the date asked, a light verb after its noun ("made of" is none)
    assert unframed("on what calendar date was the threat made?").split() == ["on", "what", "date", "was", "the", "threat?"]
    assert unframed("of what material were the pellets made?").split()[-1] == "made?"


def test_which_kind_at_the_end_and_supposed_to_have_frame_the_question() -> None:
    assert unframed("what twitter data did msft train on, like which kind").split()[-2:] == ["on,", "which"]
    assert unframed("what data is microsoft supposed to have used").split() == ["what", "data", "is", "microsoft", "have", "used"]


def test_a_tag_and_a_learner_s_how_is_called_are_no_words_to_find() -> None:
    assert unframed("x.ai was incorporated in nevada right?").split() == ["x.ai", "was", "incorporated", "in", "nevada", "?"]
    assert unframed("it was a reply, wasn't it").split() == ["it", "was", "a", "reply"]
    assert unframed("How is called the expensive plan?").split() == ["How", "is", "the", "expensive", "plan?"]
    assert "right" in unframed("is that the right plan?").split()  # a word asked, not a tag


def test_the_source_opening_a_statement_is_no_word_asked() -> None:
    assert unframed("one article said training ai without paying could skirt with what legal issue").split() == [
        "training", "ai", "without", "paying", "could", "skirt", "with", "what", "legal", "issue",
    ]
    assert unframed("the bgr piece argues that paying is fair").split() == ["paying", "is", "fair"]
    # only an opening source frames: a saying asked about stays
    assert unframed("what has musk said one article got wrong").split() == ["what", "has", "musk", "said", "one", "article", "got", "wrong"]


def test_who_wants_to_know_frames_the_question() -> None:
    assert unframed("legal is asking, what's the ECCN for zlib?") == "what's the ECCN for zlib?"
    assert unframed("my boss asked me: how much does it cost") == "how much does it cost"
    assert unframed("what is asking for help called") == "what is asking for help called"  # asked of, no frame


def test_the_low_or_high_end_asked_is_an_end_of_a_range() -> None:
    assert unframed("so whats the cheapest the twitter api goes per month, like the low end").split() == [
        "whats", "the", "the", "twitter", "api", "goes", "per", "month,", "the",
    ]
    assert unframed("what's the high end per month").split() == ["what's", "the", "per", "month"]
    assert not unframed("and the top price?").split()  # a range's end asked alone: no word to find


def test_the_whole_before_a_thing_and_going_to_do_are_no_words_to_find() -> None:
    assert unframed("yo when did musk do the whole lawsuit time tweet").split()[-4:] == ["the", "lawsuit", "time", "tweet"]
    assert "going" not in unframed("what is reddit going to do exactly?").split()


def test_whats_it_called_after_a_which_question_asks_that_question() -> None:
    assert split_ask("which dataset exactly did elon say openai used illegaly, whats it called") == (
        "", "which dataset exactly did elon say openai used illegaly",
    )
    # after a statement it points back at what the statement named: the scene stays
    assert split_ask("the article says openai used a specific data set. what's it called?")[0] == "the article says openai used a specific data set"


def test_called_after_a_word_pointing_back_is_no_word_to_find() -> None:
    assert unframed("whats that one called again").split() == ["whats", "that", "again"]  # "that one": a pronoun
    assert unframed("what did universal call it?").split() == ["what", "did", "universal", "it?"]  # the words they used
    assert unframed("what is it called").split() == ["what", "is", "it"]
    # a thing named before it: "called" may be how the text names it
    assert unframed("what was the region called").split() == ["what", "was", "the", "region", "called"]


def test_the_headline_of_an_article_named_by_a_dotted_name_is_its_title() -> None:
    assert classify("headline of the x.ai article?").kind == "title"
    assert classify("what's the title of the bgr piece").kind == "title"


def test_which_article_is_an_outlets_asks_for_it_by_its_title(pipeline: Pipeline) -> None:
    assert classify("Which of the articles was published by BGR?").kind == "title"
    assert classify("which one is the bgr article").kind == "title"
    assert classify("which one was the google one?").kind != "title"  # no article: a thing the text names
    talk = pipeline.ask("Which of the articles was published by BGR?")
    assert "BGR" in talk.answer and not talk.abstained
    then = pipeline.ask("And at what time was it published?", talk.conversation_id)
    assert then.answer.startswith("5:07PM")  # the article just named


def test_a_writer_claimed_of_an_article_asks_its_author() -> None:
    # "right?" after it asks to confirm; the answer is who wrote it, the one claimed or not
    assert classify("the digital trends article was written by joe wituschek right?").kind == "author"
    assert classify("was the bgr piece written by trevor mogg?").kind == "author"
    assert classify("the eulogy was written by his son right?").kind == "yes_no"  # no article: the text tells


def test_a_time_claimed_for_an_article_asks_when_it_went_up() -> None:
    assert classify("bgr posted their article in the morning right? like 9am?").kind == "published"
    assert classify("the verdict piece went up on monday right?").kind == "published"
    assert classify("the company posted the results in the morning").kind != "published"  # no article
    assert classify("what time did bgr publish their musk microsoft article").kind == "published"
    assert classify("what time of day did bgr put its story out").kind == "published"  # the time of day asked too
    assert classify("what time did bgr publish it, i think it was afternoon?").kind == "published"  # "it": the article
    # "when did it come out" asks when an article appeared; "when does it come out" of a thing yet to come
    assert classify("when did it come out").kind == "published"
    assert classify("when does it come out").kind == "when"
    assert classify("when will it come out").kind == "when"


def test_an_outlets_one_is_its_article() -> None:
    # "the bgr one": the article of that outlet, as "the bgr article" is; "one" alone is no article
    assert classify("when was the bgr one published").kind == "published"
    assert classify("when did the verdict one come out").kind == "published"
    assert classify("when was one of them arrested").kind == "when"
    # "theirs": the outlet's article
    assert classify("what time did bgr publish theirs").kind == "published"


def test_an_articles_timestamp_is_when_it_went_up_not_a_timestamp_a_program_writes() -> None:
    assert classify("what timezone is the bgr timestamp in").kind == "published"
    assert classify("bgr timestamp is in what time zone").kind == "published"
    assert classify("how do i add seconds to the timestamp in irssi").kind == "how"
    assert classify("my log lines have no year in the timestamp, what year goes there").kind != "published"


def test_which_outlet_pointed_something_out_asks_which_article_says_it() -> None:
    assert classify("which outlet pointed out that musk didnt back up his claim with any evidence").kind == "source"
    assert classify("which article notes that no lawsuits were filed").kind == "source"


@pytest.mark.parametrize(("text", "kind"), [("tldr why is microsoft ditching twitter", "why"), ("tl;dr?", "summary"), ("eli5 how does the api pricing work", "how")])
def test_a_summary_request_before_a_question_asks_the_question(text: str, kind: str) -> None:
    assert classify(text).kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("According to the Verdict article, has any lawsuit actually been filed yet?", "yes_no"),
        ("according to the digital trends piece, when does the change take effect", "when"),
        ("In the BGR article, who is the author?", "author"),  # which article: the one it names
    ],
)
def test_according_to_a_named_article_only_says_where_to_look(text: str, kind: str) -> None:
    assert classify(text).kind == kind
