"""Answer spans: the words beside the sentence's match of the question's, and typed values pointed to by function words."""

from __future__ import annotations

import pytest

from qa.answer.abbreviations import asks_expansion, expansion
from qa.answer.leads import range_end
from qa.answer.phrases import chosen_option, defined, defines, gap_span, phrase_span, wh_span
from qa.answer.reasons import gives_reason
from qa.answer.spans import Span, best_span
from qa.text import stems


def span(sentence: str, question: str) -> str | None:
    found = wh_span(sentence, question, set(stems(question)))
    return found.text if found else None


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        # "What <verb> ...?" asks for the subject: what stands before the verb.
        ("The arrival of cheap cable ended the reign of the old networks.", "What ended the reign of the old networks?", "arrival of cheap cable"),
        # "... <preposition> what?" asks for what follows it.
        ("The vaccine protects children against measles, doctors say.", "The vaccine protects children against what?", "measles"),
        # "What did X <verb>?" asks for the object: what follows the verb.
        ("The council approved a new bridge over the river.", "What did the council approve?", "new bridge over the river"),
        # "How did X <verb>?" asks for what follows the verb.
        ("The rebels crossed the river by night on rafts.", "How did the rebels cross the river?", "night on rafts"),
        # "What <noun> did X ...?" asks for the name that the sentence puts after that noun.
        ("Last year the group bought the Dutch brewery Hopwerk; it paid cash.", "What Dutch brewery did the group buy?", "Hopwerk"),
        ('A new font, "Civic Sans", was made for the signs.', "What new font was made for the signs?", "Civic Sans"),
    ],
)
def test_wh_span_takes_the_side_the_question_points_to(sentence: str, question: str, answer: str | None) -> None:
    assert span(sentence, question) == answer


def test_wh_span_needs_a_match_and_a_wh_word() -> None:
    assert span("Birds fly south before the winter.", "What do fish eat?") is None
    assert span("Birds fly south before the winter.", "Birds fly south before when?") is None


def test_a_gap_answer_stops_at_a_verb() -> None:
    found = gap_span("Rural grids now use cheap solar panels installed by volunteers.", set(stems("What do rural grids use?")))
    assert found is not None and found.text == "cheap solar panels"


@pytest.mark.parametrize(
    ("kind", "sentence", "question", "answer"),
    [
        # A place is named after "in", "at", "near" ...
        ("where", "When Admiral Sato retired in Kyoto in 1931, Minister Abe replaced him.", "Where did Admiral Sato retire?", "Kyoto"),
        # ... the doer of a passive after "by", although "who" asks for a subject ...
        ("who", "Queen Mary opened the Rose Hall, which was designed by Anna Berg in 1890.", "Who designed the Rose Hall?", "Anna Berg"),
        # ... a date after "in", "on", "since" ...
        ("when", "The bridge, built 1921, was closed in 1987.", "When was the bridge closed?", "1987"),
        # ... a file or folder for "where" in documentation ...
        ("where", "Run quillmark build to write the site into the public/ folder.", "Where does the build go?", "public/"),
        # ... an ISO date whole, as changelogs and docs write dates ...
        ("when", "Version 2.3.0 was released on 2024-05-02 with the offline mode.", "When was 2.3.0 released?", "2024-05-02"),
        # ... and the count of the thing asked about before the other numbers.
        ("how_many", "In 12 towns, 3,400 students joined the strike.", "How many students joined the strike?", "3,400"),
    ],
)
def test_best_span_prefers_the_value_a_function_word_points_to(kind: str, sentence: str, question: str, answer: str) -> None:
    found = best_span(sentence, kind, set(stems(question)), question)
    assert found is not None and found.text == answer


@pytest.mark.parametrize(
    ("kind", "sentence", "question", "answer"),
    [
        # A count keeps the unit the question leaves out, not the one it names.
        ("how_many", "He was bedridden for nine months with cholera.", "How long was he bedridden?", "nine months"),
        ("how_many", "Warsaw lies 325 miles east of Berlin.", "How many miles east of Berlin is Warsaw?", "325"),
        # A name keeps its initials, accented capitals and particles.
        ("who", "The group was led by Robert R. Gilruth until 1963.", "Who led the group?", "Robert R. Gilruth"),
        ("who", "In 1525 Luther married Katharina von Bora, a former nun.", "Who did Luther marry?", "Katharina von Bora"),
        ("who", "Radar work in France owed much to Émile Girardeau.", "Who worked on radar in France?", "Émile Girardeau"),
        # An amount is scaled or measured, written in figures or in words.
        ("how_much", "The price of oil had risen by less than two percent per year.", "How much did the price rise?", "two percent"),
        ("how_much", "Ctenophores can eat ten times their own weight in a day.", "How much can they eat?", "ten times"),
        ("how_much", "More than 26,000 square kilometres of farmland are sown for grain.", "How much farmland is grain?", "26,000 square kilometres"),
        # A date long ago is counted back from now; how long something has held, from when it began.
        ("when", "Bacteria evolved probably about 3.5 billion years ago.", "When did bacteria evolve?", "3.5 billion years ago"),
        ("how_many", "It is a principle of EU law since the 1950s.", "How long has it been a principle of EU law?", "the 1950s"),
        ("how_much", "The chambers simulate altitudes up to 250,000 feet.", "How high could the chambers simulate?", "250,000 feet"),
        ("how_much", "Its highest peak, Mount Bogong, rises to 1,986 m.", "How high is Mount Bogong?", "1,986 m"),
        ("how_many", "Agreement was achieved on fourteen points out of fifteen.", "How many points were agreed on?", "fourteen"),
        ("year", "The highway system was created in the 1950s.", "In what year was the highway system created?", "the 1950s"),
        ("how_many", "Warsaw was occupied from 4 August 1915 until 1918.", "How long was Warsaw occupied?", "4 August 1915"),
        ("how_much", "They won by intercepting a pass with 17 seconds left.", "How much time was left?", "17 seconds"),
        # Fractions, multiples and "a million" count; a range of years or "since at least" says how long; a length too.
        ("how_many", "Each boat carried 3½ tons of grain.", "How many tons did each boat carry?", "3½"),
        ("how_many", "The club won the league twice in that decade.", "How many times did the club win the league?", "twice"),
        ("how_much", "Exports grew fivefold within a decade.", "How much did exports grow?", "fivefold"),
        ("how_many", "The famine killed almost a million people.", "How many people did the famine kill?", "a million"),
        ("how_many", "The mill ran from 1820 to 1905, and then it closed.", "How long did the mill run?", "from 1820 to 1905"),
        ("how_many", "The bell has been rung since at least the 12th century.", "How long has the bell been rung?", "the 12th century"),
        ("how_many", "The old wall stretches 300 feet along the river.", "How long is the old wall?", "300 feet"),
        ("how_many", "About a third of the islanders speak Gaelic.", "How many of the islanders speak Gaelic?", "a third"),
        ("how_much", "A censure needs a two-thirds majority of the votes.", "How much of a majority does a censure need?", "two-thirds"),
        ("how_much", "The towers are mostly six stories high.", "How high are the towers?", "six stories"),
        ("how_many", "The sparks reached millions of volts and were up to 40 feet long.", "How long were the sparks?", "40 feet"),
        ("how_many", "The custom lasted until the second quarter of the 18th century.", "How long did the custom last?", "the second quarter of the 18th century"),
        ("how_many", "The ferry crossing took a 45-minute ride.", "How long was the ferry crossing?", "45-minute"),
        # ... a length of text, counted in its words or characters; a bare figure where the sentence gives its unit of time
        ("how_many", "By default the passphrase contains six words without any separator.", "How long is a passphrase by default?", "six"),
        ("how_many", "--timeout TIMEOUT     HTTP timeout in seconds. Default 10", "How long does it wait on http by default?", "10"),
        # A date: a month after a capital "In", a year "c1600", an event named after "during".
        ("when", "In May, the two towns host a music festival.", "When do the towns host the festival?", "May"),
        ("when", "The panelling of the hall is dated c1600.", "When is the panelling dated?", "c1600"),
        ("when", "During the Second World War, the docks were bombed.", "When were the docks bombed?", "the Second World War"),
        ("how_much", "The new backend gives around 2x speedup on large sets.", "How much faster is the new backend?", "2x"),
        ("how_much", "The age gap between the two captains was 9 years and 20 days.", "How much older was the first captain?", "9 years and 20 days"),
        ("how_many", "The siege lasted 2 years, 3 months and 10 days before the town fell.", "How long was the siege?", "2 years, 3 months and 10 days"),
        # How often: a frequency, for "how often" and "when" alike.
        ("how_many", "The biennial fair draws crowds from the region.", "How often is the fair held?", "biennial"),
        ("when", "The fair takes place on the common every summer.", "When does the fair take place?", "every summer"),
        ("how_many", "Every 10 minutes, after a 30 second pause, the daemon checks the link.", "How often does the daemon check the link?", "Every 10 minutes"),
        # Whom someone acts on: not the doer, nor one named beside the doer, however many words name the doer
        ("who", "Board chair, Ann Lee, threatened to sue Acme on Monday.", "who is ann lee threatening to sue", "Acme"),
        ("who", "Board chair, Ann Lee, threatened to sue Acme on Monday.", "okay so who did ann lee threaten", "Acme"),
        # ... or named by a pronoun: whoever stands before the deed's verb did it; after a clause ("the lee thing, ...") too
        ("who", "Board chair Ann Lee threatened to sue Acme on Monday.", "who is she threatening to sue", "Acme"),
        ("who", "Board chair Ann Lee threatened to sue Acme on Monday.", "the lee thing, who's she threatening to sue", "Acme"),
    ],
)
def test_a_typed_span_is_whole(kind: str, sentence: str, question: str, answer: str) -> None:
    found = best_span(sentence, kind, set(stems(question)), question)
    assert found is not None and found.text == answer


def test_a_name_asked_for_follows_called_and_stops_at_the_verb() -> None:
    question = "What was the digitization project called?"
    sentence = "The digitization project called the Factory Project was to list more items in the databases."
    found = phrase_span(sentence, question, set(stems(question)))
    assert found is not None and found.text == "the Factory Project"


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        # "for what season?": the words the sentence puts before "season".
        ("The game decided the champion for the 2015 season.", "The game decided the champion for what season?", "2015"),
        # A name that ends in the noun keeps it.
        ("Warsaw defended itself against the Red Army in 1920.", "What army did Warsaw defend itself against?", "Red Army"),
    ],
)
def test_what_noun_takes_the_words_before_that_noun(sentence: str, question: str, answer: str) -> None:
    found = phrase_span(sentence, question, set(stems(question)))
    assert found is not None and found.text == answer


def test_whom_and_which_year_ask_for_a_name_and_a_year() -> None:
    question = "Tesla's motor was licensed by whom?"
    found = phrase_span("His motor was licensed by George Westinghouse.", question, set(stems(question)))
    assert found is not None and found.text == "George Westinghouse"
    question = "By which year did Chrysler end its luxury model?"
    found = phrase_span("Chrysler ended its luxury sedans at the end of 1981.", question, set(stems(question)))
    assert found is not None and found.text == "1981"


def test_a_source_credited_before_a_name_is_no_doer_unless_a_source_is_asked() -> None:
    sentence = "As reported by Business Insider, Reddit is also now demanding that companies looking to use its data must pay for access."
    question = "which companies besides twitter want to get paid for their data"  # "business" stands for "companies"
    assert best_span(sentence, "who", {*stems(question), "busi"}, question).text == "Reddit"
    question = "which outlet reported that reddit wants companies to pay"
    assert best_span(sentence, "who", {*stems(question), "busi"}, question).text == "Business Insider"
    # "as Mashable points out", "reports from various publications, including Mashable": sources, not the networks asked
    question = "which social networks can microsoft ad customers still manage"
    told = "Firms lose Twitter, though as Mashable points out, firms using Microsoft Advertising can manage Facebook, Instagram, and LinkedIn."
    assert best_span(told, "which", set(stems(question)), question).text != "Mashable"
    assert best_span("It came after reports from various publications, including Mashable, claimed it.", "which", set(stems(question)), question) is None


def test_one_standing_for_a_noun_counts_nothing() -> None:
    question = "how many companies have agreed to pay that amount?"
    sentence = "Its refusal to pay suggests the decision could be a principled one about handing over large fees."
    assert best_span(sentence, "how_many", set(stems(question)), question) is None  # "a principled one": no count
    assert best_span("Only one company agreed to pay.", "how_many", set(stems(question)), question).text == "one"
    question = "how many twitter accounts were managed through microsoft's tools?"
    sentence = "The platform allows ad buyers to manage all their social media accounts in one spot."
    assert best_span(sentence, "how_many", set(stems(question)), question) is None  # "in one spot": no count


def test_a_share_asked_for_is_a_percentage_or_fraction_never_a_count() -> None:
    question = "what percent of twitter's revenue comes from api fees"
    sentence = "Twitter would start charging between $42,000 and $210,000 per month for access to its API."
    assert best_span(sentence, "how_many", set(stems(question)), question) is None
    sentence = "In 2022, 12 percent of Twitter's revenue came from 3,000 API customers."
    assert best_span(sentence, "how_many", set(stems(question)), question).text == "12 percent"
    question = "What percentage of France's population is Protestant?"
    sentence = "About 2,000 churches serve Protestants, over half of France's 1.5 million of them."
    assert best_span(sentence, "how_many", set(stems(question)), question).text == "half"


@pytest.mark.parametrize(
    ("sentence", "kind", "question", "answer"),
    [
        # Years before 1800 are years too (history, not only news).
        ("The Normans invaded Ireland at Bannow Bay in 1169.", "year", "In what year did the Normans invade?", "1169"),
        ("After the Siege of Antioch in 1097, Bohemond ruled the city.", "when", "When was the Siege of Antioch?", "1097"),
        # A bare year answers "when" when no fuller date is written.
        ("Luther's 1524 creedal hymn is a confession of faith.", "when", "When did Luther write the creedal hymn?", "1524"),
        # Times of day, how long after, and counts written with their unit's letter (docs, configs).
        ("Every night at 01:30 the server pulls a copy.", "when", "At what time does the nightly copy run?", "01:30"),
        ("A gauge silent for more than six hours is marked stale.", "when", "When is a gauge marked stale?", "more than six hours"),
        ("max_age | 12h | how old a cached prediction may be", "how_many", "How old may a cached prediction be?", "12h"),
        ("monthly copies are kept for 12 months.", "how_many", "How long are monthly copies kept?", "12 months"),
        ("monthly copies are kept for 12 months.", "how_many", "How many months are copies kept?", "12"),
        # A four-digit count that is no recent year stays a count.
        ("The army numbered 1500 soldiers.", "how_many", "How many soldiers did the army number?", "1500"),
        # Centuries and their ranges, years marked by their era, three-digit years after "in".
        ("The plague returned throughout the 14th to 17th centuries.", "when", "When did the plague return?", "the 14th to 17th centuries"),
        ("It was built in the first half of the eighteenth century.", "when", "When was it built?", "the first half of the eighteenth century"),
        ("The walls date from 300 BC, the gate from later.", "when", "When do the walls date from?", "300 BC"),
        ("The Duchy, which began in 911 as a fiefdom, was established by treaty.", "when", "When was the Duchy founded?", "911"),
        # Spans of years; a count between two numbers is no date.
        ("The Dutch Revolt (1568–1609) was a war.", "when", "When was the Dutch Revolt?", "1568–1609"),
        ("He was building between 1835 and 1842, when money ran out.", "when", "When was he building?", "between 1835 and 1842"),
        ("Strikes came in the winter of 1973–74.", "when", "When did the strikes happen?", "winter of 1973–74"),
        ("Between 1500 and 2000 soldiers died at the fort.", "how_many", "How many soldiers died?", "1500"),
    ],
)
def test_years_of_any_century(sentence: str, kind: str, question: str, answer: str) -> None:
    found = best_span(sentence, kind, set(stems(question)), question)  # type: ignore[arg-type]
    assert found is not None and found.text == answer


@pytest.mark.parametrize(
    ("sentence", "short", "spelled"),
    [
        ("Twitter cut its free Application Developer Interface (API) support.", "API", "Application Developer Interface"),
        ("The Department of Energy (DOE) said so.", "DOE", "Department of Energy"),
        ("The TLS (Transport Layer Security) protocol.", "TLS", "Transport Layer Security"),
        ("The big one (API) said so.", "API", None),  # words that do not start with its letters
    ],
)
def test_an_abbreviation_is_spelled_out_from_the_words_beside_it(sentence: str, short: str, spelled: str | None) -> None:
    found = expansion(sentence, short)
    assert (found.text if found else None) == spelled


def test_stand_for_questions_name_the_abbreviation() -> None:
    assert asks_expansion("according to verdict what does API stand for lol") == "API"
    assert asks_expansion("What is TLS short for?") == "TLS"
    assert asks_expansion("What does the flag stand on?") is None


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("What full form does the Verdict article give for the abbreviation API?", "API"),
        ("one article calls it DMC, i'm no marketer. what is the full name behind those letters?", "DMC"),
        ("what is the full name of the CEO", None),  # a full name asked, no letters
    ],
)
def test_a_full_form_of_letters_asks_their_expansion(question: str, short: str | None) -> None:
    assert asks_expansion(question) == short


def test_a_decimal_point_does_not_end_the_phrase_after_a_copula() -> None:
    question = "What was the average household size?"
    found = phrase_span("The average household size was 3.07.", question, set(stems(question)))
    assert found is not None and found.text == "3.07"


@pytest.mark.parametrize(
    ("sentence", "question", "reason"),
    [
        ("Getty Images is prosecuting Stable Diffusion for allegedly stealing its content.", "why sue stable diffusion", True),
        ("Musk threatened to sue Microsoft for using Twitter's data.", "why did musk threaten microsoft", True),
        # What is paid for is no reason: "compensate others for using their data".
        ("AI companies should compensate others for using their data.", "why should ai companies pay", False),
        ("Microsoft is dropping Twitter due to API fees.", "why is microsoft dropping twitter", True),
        # the reason may hold more of the question's words than what it explains
        ("Microsoft is making this change due to Twitter charging for API usage.", "why is microsoft not paying for the twitter api", True),
        # what stands before the cue is another thing, explained by the question's words
        ("This threat from Elon comes as a reply to Microsoft dropping Twitter.", "why did microsoft drop twitter", False),
        ("This problem is common to compression, and reason is, it learns from past data.", "why is it hard to compress", True),
    ],
)
def test_what_someone_is_sued_or_blamed_for_is_a_reason(sentence: str, question: str, reason: bool) -> None:
    assert gives_reason(sentence, set(stems(question))) is reason


def test_three_digits_after_in_are_a_year_only_before_a_clause() -> None:
    assert best_span("The study looked at patients in 300 cases.", "when", set(stems("When?")), "When was the study?") is None


@pytest.mark.parametrize(
    ("question", "sentence", "says"),
    [
        ("What was Tymnet?", "Tymnet was an international data communications network.", True),
        ("what is a statocyst", "The statocyst (a balance organ) is a sense organ.", True),
        ("what is a statocyst", "The statocyst is protected by a dome.", False),  # says something else of it
        ("What is Internet2?", "Internet2, founded in 1996, is a networking consortium.", True),
        ("What was Tymnet?", "Tymnet was also connected to dozens of other networks.", False),  # no definition: says more
        ("What was Tymnet?", "Users of Tymnet were billed by the hour.", False),
        # by another name first, or as a glossary's entry for it (the kind of thing asked dropped)
        ("what is tls", "Transport Layer Security (TLS) is a cryptographic protocol.", True),
        ("what is zstd", "Zstandard, or zstd as short version, is a fast compression algorithm.", True),
        ("what is zstd", "You can build the zstd binary via buck.", False),
        ("what is the daemon user for", "daemon: Some unprivileged daemons run as daemon.", True),
        ("what is the daemon user for", "proxy: Like daemon, this user is used by some daemons.", False),
    ],
)
def test_a_what_is_question_is_defined_by_a_sentence_opening_with_its_subject(
    question: str, sentence: str, says: bool
) -> None:
    subject = defined(question)
    assert subject is not None and defines(sentence, subject) is says


def test_only_a_short_what_is_question_asks_for_a_definition() -> None:
    assert defined("What is the name of the region that is not defined by the county definitions?") is None
    assert defined("Who wrote the article?") is None


def test_a_typed_span_stands_near_the_question_words_together_not_near_one_of_them() -> None:
    # "MVP" stands beside every name; only Peyton Manning stands beside "XLI" as well.
    sentence = (
        "Bart Starr (MVP of Super Bowls I and II) and Chuck Howley (MVP of Super Bowl V) appeared via video, "
        "while Peyton Manning (MVP of Super Bowl XLI and current Broncos quarterback) shared a stage."
    )
    question = "Who was the MVP of Super Bowl XLI?"
    found = best_span(sentence, "who", set(stems(question)), question)
    assert found is not None and found.text == "Peyton Manning"


def test_the_option_a_sentence_holds_as_it_writes_it() -> None:
    proper = {"twitter", "facebook", "microsoft"}
    assert chosen_option("Microsoft dropped Twitter from its tools.", ("twitter", "facebook"), proper).text == "Twitter"
    # After a negation, or both held, or options that are no names: no choice.
    assert chosen_option("Microsoft no longer supports Twitter.", ("twitter", "facebook"), proper) is None
    assert chosen_option("Twitter and Facebook both.", ("twitter", "facebook"), proper) is None
    assert chosen_option("The API is free.", ("free", "paid"), proper) is None
    assert chosen_option("On Wednesday (19 April, 2023).", ("april 19", "april 20"), proper).text == "19 April"


def test_a_when_question_without_a_time_stated_takes_the_when_clause() -> None:
    sentence = "Language detection is unreliable when text contains two or more languages sharing identical letters."
    span = best_span(sentence, "when", {"languag", "detect", "unreli"}, "when is language detection unreliable")
    assert span is not None and span.text == "text contains two or more languages sharing identical letters"
    # A time stated wins over a clause.
    dated = best_span("It failed when it rained on 19 April 2023.", "when", {"fail"}, "when did it fail")
    assert dated is not None and dated.text == "19 April 2023"


def test_a_one_that_counts_nothing_is_no_count() -> None:
    # "one of the UK's ..." and "Westwood One" count nothing; "with one interception" does.
    assert best_span("Newcastle University is now one of the UK's leading universities.", "how_many", {"univers"}) is None
    assert best_span("Westwood One will carry the game on radio.", "how_many", {"radio"}) is None
    counted = best_span("Newton threw for 265 yards, with one interception.", "how_many", {"intercept"})
    assert counted is not None and counted.text == "one"


def test_a_lone_adverb_is_no_gap_answer_but_a_noun_in_ly_is() -> None:
    asked = set(stems("what did shrewsbury note about the plague"))
    span = gap_span("Shrewsbury previously noted the plague mortality rates.", asked)
    assert span is not None and span.text == "mortality rates"  # not "previously"
    family = gap_span("The family moved to Graz.", set(stems("who moved to Graz")))
    assert family is not None and family.text == "family"


def test_the_one_who_did_it_is_no_answer_to_whom_they_did_it_to() -> None:
    sentence = "Twitter boss Elon Musk threatened to sue Microsoft over the illegal use of Twitter's data."
    for question in ("who did musk threaten to sue", "who is musk threatening to sue", "hey who's musk threatening to sue now", "whos musk suing"):
        found = best_span(sentence, "who", set(stems(question)), question)
        assert found is not None and found.text == "Microsoft"
    subject = "Who threatened to sue Microsoft?"  # asking for the doer, the doer is the answer
    found = best_span(sentence, "who", set(stems(subject)), subject)
    assert found is not None and found.text == "Elon Musk"


def test_a_why_answer_is_the_clause_after_the_reason_cue() -> None:
    from qa.answer.reasons import reason_clause

    sentence = "Microsoft dropped Twitter due to the cost of the API, and the move takes effect in April."
    found = reason_clause(sentence)
    assert found is not None and found.text == "the cost of the API"
    assert sentence[found.start : found.end] == found.text
    assert reason_clause("Microsoft dropped Twitter in April.") is None


def test_how_long_is_answered_by_a_length_of_time_not_any_number() -> None:
    sentence = "Last year Microsoft invested $10 billion in OpenAI, which it has backed for four years."
    question = "how long has microsoft backed openai"
    found = best_span(sentence, "how_many", set(stems(question)), question)
    assert found is not None and found.text == "four years"
    money = "Last year Microsoft invested $10 billion in OpenAI."
    assert best_span(money, "how_many", set(stems(question)), question) is None


def test_how_old_is_answered_by_an_age_not_money_or_a_vague_count() -> None:
    question = "how old is elon musk"
    money = "Elon Musk's Microsoft invested $10 billion in OpenAI, with several other companies."
    assert best_span(money, "how_many", set(stems(question)), question) is None
    aged = "Elon Musk, 51, invested $10 billion in OpenAI."
    found = best_span(aged, "how_many", set(stems(question)), question)
    assert found is not None and found.text == "51"


def test_an_expansion_may_hold_a_word_more_than_its_letters_and_joining_words() -> None:
    from qa.answer.abbreviations import expansion

    found = expansion("The Very high-speed Backbone Network Service (vBNS) came on line in 1995.", "vBNS")
    assert found is not None and found.text == "Very high-speed Backbone Network Service"
    found = expansion("He said the Bank of America (BoA) would pay.", "BoA")
    assert found is not None and found.text == "Bank of America"


def test_the_end_of_a_range_asked_for_is_the_span() -> None:
    sentence = "Twitter would start charging between $42,000 and $210,000 per month."
    whole = Span("$42,000 and $210,000", sentence.index("$42"), sentence.index(" per"))
    assert range_end("and the lowest?", whole) == Span("$42,000", whole.start, whole.start + 7)
    assert range_end("how much is the most expensive option", whole).text == "$210,000"
    assert range_end("how much does it cost", whole) is whole


def test_the_digits_after_a_version_s_point_count_nothing() -> None:
    # "Beginning with iperf-3.16, ..." names a release, no count of streams
    sentence = "Beginning with iperf-3.16, iperf3 will spawn off a separate thread for each test stream."
    assert best_span(sentence, "how_many", stems("parallel streams default"), "how many parallel streams by default") is None
    assert best_span("It spawns 4 streams.", "how_many", stems("streams"), "how many streams").text == "4"


def test_what_time_asks_a_clocks_reading_not_a_date() -> None:
    dated = "Users will be unable to manage tweets through the service starting April 25, as Mashable points out."
    question = "and what time did they post it"
    assert best_span(dated, "when", set(stems(question)), question) is None
    clocked = "The story went up on April 19 at 5:07PM EDT, as Mashable points out."
    found = best_span(clocked, "when", set(stems(question)), question)
    assert found is not None and found.text.startswith("5:07")
    # a time of year or a time period is no clock's
    period = "What time period did the reign of Henry VIII span?"
    assert best_span("Henry VIII reigned from 1509 to 1547.", "when", set(stems(period)), period) is not None
