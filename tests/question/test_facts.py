"""Corpus facts (names, aliases, bylines) are built with the index, saved with it and loaded back."""

from __future__ import annotations

from qa.models import Document
from qa.question.facts import corpus_facts, expand_acronyms, fact_parts, file_subject, merge_facts
from qa.search.index import Index, load_index


def test_names_aliases_and_bylines_from_text_and_metadata() -> None:
    docs = [
        Document(id="a", title="Lawsuit threat", text="x", outlet="Verdict", author="Jane Roe"),
        Document(id="b", title="Other", text="y", outlet="Verdict"),
    ]
    sentences = ["He said Elon Musk was right.", "Later Musk and the board met.", "The board met Elon in April."]
    facts = corpus_facts(docs, sentences)
    assert {"elon", "musk", "april"} <= set(facts.proper) and "board" not in facts.proper
    assert facts.aliases["elon"] == ["musk"] and facts.aliases["musk"] == ["elon"]
    assert facts.bylines == {"jane roe": ["a"], "verdict": ["a", "b"]}
    assert {"lawsuit", "verdict", "jane", "roe"} <= set(facts.meta_words)



def test_an_everyday_word_in_capitals_is_no_name_an_acronym_is() -> None:
    # HTTP's "PUT" and "GET", a stressed "NOT": English words; "NNTP", "SIGHUP" no words of English
    sentences = ["Siege sends a PUT or GET request.", "Host names are NOT permitted.", "Send rinetd a SIGHUP over NNTP."]
    facts = corpus_facts([Document(id="a", text="x")], sentences)
    assert {"sighup", "nntp"} <= set(facts.proper) and not {"put", "get", "not"} & set(facts.proper)
    # a short form of an everyday word ("Config" for configuration) heading a sentence's clause is no name either
    facts = corpus_facts([Document(id="a", text="x")], ["Put it in the file. See Config files for more."])
    assert "config" not in facts.proper

def test_a_name_only_one_document_writes_is_a_topic_naming_it() -> None:
    a = fact_parts([Document(id="a", text="x")], ["Musk formed his company X.AI last month.", "Then Musk spoke."])
    b = fact_parts([Document(id="b", text="y")], ["Then Musk sued Microsoft."])
    facts = merge_facts([a, b])
    assert facts.topics["x.ai"] == "a" and "musk" not in facts.topics  # two documents write "Musk"
    assert "microsoft" in facts.topics and facts.topics["microsoft"] == "b"


def test_an_acronym_is_read_from_the_capitalised_words_its_initials_spell_once() -> None:
    docs = [Document(id="a", title="t", text="x")]
    sentences = [
        "After World War II, the Bricks for Warsaw campaign began.",
        "New York and North Yorkshire both start with N and Y.",
    ]
    facts = corpus_facts(docs, sentences)
    assert facts.acronyms["wwii"] == "World War II"
    assert "ny" not in facts.acronyms  # two runs spell it: which one is meant is unknown
    expanded = expand_acronyms("What campaign began after WWII?", facts.acronyms, set())
    assert expanded == "What campaign began after World War II?"
    # An acronym the corpus itself writes is left as it is.
    assert expand_acronyms("after WWII", facts.acronyms, {"wwii"}) == "after WWII"


def test_a_word_capitalised_inside_spells_its_capitals() -> None:
    facts = corpus_facts([Document(id="a", title="t", text="x")], ["Microsoft invested in OpenAI.", "Then LinkedIn spoke."])
    assert facts.acronyms["oai"] == "OpenAI"
    assert "li" not in facts.acronyms  # two letters: too short to tell
    assert expand_acronyms("how much did msft put into oai", facts.acronyms, set()) == "how much did msft put into OpenAI"


def test_a_three_letter_acronym_typed_in_lower_case_is_expanded_but_not_chat_or_english() -> None:
    acronyms = {"umg": "Universal Music Group", "lol": "League of Legends", "cat": "Central Arts Trust"}
    assert expand_acronyms("what did umg say", acronyms, set()) == "what did Universal Music Group say"
    assert expand_acronyms("what did they say lol", acronyms, set()) == "what did they say lol"  # chat
    assert expand_acronyms("is the cat real", acronyms, set()) == "is the cat real"  # an English word
    assert expand_acronyms("umg's deal", acronyms, set()) == "Universal Music Group's deal"
    assert expand_acronyms("umg.com", acronyms, set()) == "umg.com"  # not a word on its own


def test_the_bundled_index_saves_its_facts_and_loads_them(bundled_index: Index) -> None:
    assert (bundled_index.path / "facts.json").is_file()
    loaded = load_index(bundled_index.path).facts
    assert "musk" in loaded.proper and "musk" in loaded.aliases.get("elon", [])
    # What was saved is what the text gives: the facts are the corpus's, not a stale copy.
    fresh = corpus_facts(bundled_index.documents.values(), (s.text for s in bundled_index.sentences), (s.doc_id for s in bundled_index.sentences))
    assert loaded == fresh


def test_what_a_file_is_named_after_is_a_name_however_its_text_writes_it() -> None:
    docs = [
        Document(id="z", title="T", text="zstd is fast.", file="zstd-README.md"),
        Document(id="i", title="T", text="Run it.", file="docs/install.md"),  # "install": an English word
        Document(id="p", title="T", text="Read it.", file="openssh/README.md"),
    ]
    facts = corpus_facts(docs, ["Then zstd is fast.", "You then install it."])
    assert {"zstd", "openssh"} <= set(facts.proper) and "install" not in facts.proper
    assert [file_subject(f) for f in ("zstd.md", "zstd/README.md", "man-db-README.md", "README.md")] == [
        "zstd",
        "zstd",
        "man db",
        "",
    ]
