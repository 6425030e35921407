"""Wire the stages together: the one object the CLI, the HTTP service and the Discord bot hold."""

from __future__ import annotations

import dataclasses
import re
import threading
from dataclasses import dataclass
from functools import cached_property

from qa.answer.compose import Composition, abstain, compose
from qa.answer.endings import ending
from qa.answer.holdings import holder
from qa.answer.media import ASKS_CITED, MEDIA_WORDS, asks_where_told
from qa.answer.naming import asks_kind
from qa.answer.places import asks_path, files_words
from qa.answer.polarity import DOUBT_WORDS, doubted
from qa.answer.sources import MENTIONS, not_there, sources
from qa.cache import Lru
from qa.chat.conversation import Conversation, ConversationStore, MemoryStore, leans_on_context, make_turn, named_back
from qa.chat.followups import cited_outlet, earlier_turn, follow_evidence, no_reason_given, quoted_hit
from qa.errors import ConversationNotFound, DocumentNotFound, EmptyQuestion, QuestionTooLong
from qa.models import Answer, Document, Hit
from qa.question.asides import before_remark, split_aside, unsaid
from qa.question.echoes import echoed
from qa.question.facts import expand_acronyms
from qa.question.frames import defaulted, sued
from qa.question.kinds import ASKING_WORDS, Question, classify, source_topic
from qa.question.meta import OTHER, Bylines, about_author, asks_byline, asks_of_it, follow_kind, picks_article
from qa.question.query import POINTS_BACK, Query, analyse
from qa.question.scenes import ASKING, as_reported, checked_claim, named_again, reported_by, situation, split_ask
from qa.question.spell import Speller, spelled
from qa.search.index import Index, Progress
from qa.search.locate import locate
from qa.search.opening import open_configured, rebuild_configured
from qa.search.retrieve import Evidence, candidate_sentences, joined, search, weigh
from qa.search.weights import term_weights
from qa.settings import Settings
from qa.text import stems, words

_CALLED = re.compile(r"^\W*(?:(?:so|and|ok|okay)\W+)?(?:what(?:'s|’s|s| is| was)?) (?:it|that|this|that one)(?: gonna be| going to be| to be)? called\W*$", re.I)


@dataclass
class Result:
    """An answer with what led to it: for evals and debugging, not for users."""

    answer: Answer
    composition: Composition
    query: Query
    hits: list[Hit]


@dataclass
class Gathered:
    """A question's kind and query, the passages found and their sentences weighed: what an answer is made from."""

    kind: Question
    query: Query
    hits: list[Hit]
    evidence: list[Evidence]
    named: frozenset[str] = frozenset()  # the documents it names and was searched in alone ("does the verdict article say")


class Pipeline:
    """Answers questions over one corpus; safe to share between threads once `index` is loaded.

    pipeline = Pipeline(Settings()); pipeline.ask("Who threatened to sue Microsoft?").answer
    """

    def __init__(self, settings: Settings, *, store: ConversationStore | None = None, progress: Progress | None = None) -> None:
        self.settings = settings
        self.store = store if store is not None else MemoryStore(settings.conversation_ttl_seconds, settings.max_conversations)
        self.progress = progress
        self._lock = threading.Lock()
        self._queries: Lru[tuple[str, tuple[str, ...]], Query] = Lru(1024)
        self._spellings: Lru[str, str] = Lru(1024)
        self._answers: Lru[tuple[str, int], tuple[Composition, Query, list[Hit]]] = Lru(settings.answer_cache)

    @cached_property
    def index(self) -> Index:
        """The index, opened (and built or rebuilt if needed) on first use."""
        with self._lock:
            return open_configured(self.settings, self.progress)

    @property
    def loaded(self) -> bool:
        """True once the index is open (answers no longer wait for it)."""
        return "index" in self.__dict__

    def rebuild(self) -> Index:
        """Build the index afresh, save it in place and use it."""
        with self._lock:
            built = rebuild_configured(self.settings, self.progress)
        for derived in ("_known", "_proper", "_aliases", "_bylines", "_authors"):
            self.__dict__.pop(derived, None)
        for cache in (self._queries, self._answers, self._spellings):
            cache.clear()
        self.__dict__["index"] = built
        return built

    @cached_property
    def _known(self) -> tuple[Speller, set[str]]:
        """The speller over the corpus's and its metadata's words; every stem a query may match ("awscli" of awscli-s3.rst)."""
        ix, facts = self.index, self.index.facts
        vocabulary = {w: 1 for w in [*facts.meta_words, *facts.proper, *ASKING_WORDS]} | dict(ix.vocabulary)
        known = set(ix.passage_freq) | {s for name in [*facts.bylines, *facts.proper, *facts.meta_words] for s in stems(name)}
        return Speller(vocabulary, frozenset(facts.proper), self._authors, frozenset(facts.meta_words)), known

    def _spelled(self, text: str) -> str:
        """`text` with its typos fixed and a thing described named ("the tesla boss"), so that it is read as meant (once)."""
        if (found := self._spellings.get(text)) is None:
            speller, known = self._known
            found = self._bylines.described.read(sued(spelled(expand_acronyms(text, self.index.facts.acronyms, known), speller)))
            self._spellings.put(text, found)
        return found

    @cached_property
    def _proper(self) -> set[str]:
        """Words the corpus writes only with a capital, inside sentences: names."""
        return set(self.index.facts.proper)

    @cached_property
    def _aliases(self) -> dict[str, set[str]]:
        """Parts of the same full name ("Elon Musk"): a sentence may call him either."""
        return {k: set(v) for k, v in self.index.facts.aliases.items()}

    def query(self, question: str, context: list[str] = (), polar: bool = False, turns: int = 0) -> Query:
        """The analysed query for `question` (`polar`: yes/no; `turns`: `context` words from earlier turns), analysed once."""
        key = (question, tuple(context), polar, turns)
        found = self._queries.get(key)
        if found is None:
            found = analyse(question, *self._known, context, self._aliases, self._proper, polar, turns)
            self._queries.put(key, found)
        return found

    def _content_words(self, question: str) -> list[str]:
        """The question's content words as the analysis reads them: typos fixed, shorthand dropped."""
        return list(self.query(self._spelled(question)).surface.values())  # "umg": Universal Music Group

    def search(self, text: str, k: int | None = None) -> list[Hit]:
        """Return the best passages for `text`, best first."""
        return search(self.index, self.query(self._check(text)), k or self.settings.top_k)

    def ask(self, question: str, conversation_id: str | None = None, top_k: int | None = None) -> Answer:
        """Answer `question`, continuing the conversation `conversation_id` if given."""
        return self.explain(question, conversation_id, top_k).answer

    def explain(
        self,
        question: str,
        conversation_id: str | None = None,
        top_k: int | None = None,
        exclude: frozenset[str] = frozenset(),
    ) -> Result:
        """Answer `question` and return what the answer was made from; `exclude`: document ids not to search."""
        question = asked = self._check(question)
        conversation = Conversation() if conversation_id is None else self.conversation(conversation_id)
        if conversation.turns:  # "who owns it?" after "Verdict.": Verdict's owner; "and reddit? are they ...": reddit
            asked = named_back(question, last := conversation.turns[-1], self._bylines.is_byline(last.span), self._bylines.outlet_in(last.question) or cited_outlet(question, last, self.index.documents))
        own = self._content_words(unsourced := self._bylines.named(asked := unsaid(asked))[1])  # "digital trends mentions bard": no topic; "saw this on reddit earlier. ...": none
        context = conversation.context_for(unsourced, own) if conversation.turns else []  # "does the Verdict piece ...": no new name
        lent = context  # the words searched with; `context` is what the turn is about
        if context and _CALLED.match(asked) and "?" not in last.question and not ASKING.match(last.question):  # "one article says musk is
            asked, lent = f"{last.question.rstrip(' .!')}, {asked}", []  # starting a new ai company" then "what's it called": one message
        k = top_k or self.settings.top_k
        key = None if context or exclude else (asked, k)  # a standalone question's answer depends on nothing else
        found = self._answers.get(key) if key else None
        if found is None:
            found = self._compose(asked, lent, conversation, k, exclude)
            if key:
                self._answers.put(key, found)
        composition, query, hits = found
        c = composition
        turn = conversation.add(
            make_turn(
                question, context, c.answer, c.abstained,
                own=own,
                subjects=[w for t, w in query.surface.items() if t in query.subjects and w in own],
                confidence=c.confidence,
                span=c.span,  # "Digital Trends" for "which article ...": no name to carry, the article is "it"
                byline=self._bylines.is_byline(c.span),
                citations=c.citations,
            )
        )
        self.store.put(conversation)
        answer = Answer(
            question=question,
            answer=composition.answer,
            abstained=composition.abstained,
            confidence=composition.confidence,
            citations=[locate(self.index, c) for c in composition.citations],
            conversation_id=conversation.id,
            turn=turn,
        )
        return Result(answer, composition, query, hits)

    def gather(
        self, question: str, context: list[str] = (), exclude: frozenset[str] = frozenset(), k: int | None = None,
        earlier: tuple[str, str | None] = ("", None),
    ) -> Gathered:  # fmt: skip
        """Analyse `question` and find its evidence; `earlier`: the last turn's question and first document cited."""
        k, turns = k or self.settings.top_k, len(context)
        scene, asked = split_ask(spelled := defaulted(self._spelled(question)))  # "if i dont pass one": by default
        asked, aside = split_aside(as_reported(asked), self._proper)  # "... in the first place? seems petty": its words count half
        said_by, aside = self._bylines.named(aside) if aside else (set(), aside)  # "... why wouldnt they pay? digital trends had some theory": its
        context = [*context, *(w for w in self._content_words(aside) if w not in context)] if aside else context
        kind = reported_by(read := classify(asked := echoed(asked)), scene)  # "... bought openai for how much?"; "... which outlet reported this": who
        body = before_remark(spelled) if aside else spelled  # not "... ? because in the title of one ..."
        if scene and kind is read and (whole := about_author(classify(body), None, self._authors)).is_meta and (not kind.is_meta or self._bylines.named(scene)[0]):
            scene, asked, kind = "", spelled, whole  # "the article by trevor mogg, which site is that from": its outlet; "i read the bgr article. when was it published?"
        named, rest = ({}, asked) if kind.is_meta else self._bylines.named(asked, *earlier)
        named = named or ({} if kind.is_meta or kind.kind in ("who", "which") else said_by)  # not "which site broke it? dt cited someone"
        context = [] if named and rest == asked and not asks_of_it(asked) else context  # "does it bring up copyright?": the article
        if named and asks_byline(kind):  # "who's the bgr writer?": that article's byline
            kind, named, rest = Question(kind.text, "author"), {}, asked
        kind = Question(kind.text, "title") if named and picks_article(rest) else kind  # "ok which one is digital trends": its title
        if scene and OTHER.search(asked):  # "bgr says X. does any other article say ...?": not BGR's
            exclude = exclude | self._bylines.named(scene)[0]
        elif scene and not named and not kind.is_meta:  # "i was reading the digital trends one and it says ...": its
            named, scene = self._bylines.read(scene, asked)
        own, unknown, whole = self._content_words(rest) if scene else [], [], False
        if scene and (len(own) <= 1 or named_again(asked, words(scene)) or (POINTS_BACK.search(asked) and leans_on_context(asked, own))) and not OTHER.search(asked):
            # "did openai stop using customer data? when was that", "... DTDs from the internet and hangs. what flag stops that": the turn before
            lent, whole = self.query(self._spelled(scene)), not own and not context  # its words and unknown names ("did yusuf mehdi respond? what'd he say"); all asked of ("musk's starting an ai firm, whats it called")
            context, unknown = checked_claim(asked, context, lent, own)  # "i heard it was may 1st. whats the right date": no "1st"
        elif scene:  # "i have three pythons and node-gyp picks the wrong one, what flag ...": its names
            context = [*context, *(w for w in situation(spelled, scene, own, self.query(self._spelled(scene)), any(w in self._proper for w in own)) if w not in context)]
        query = self.query(source_topic(rest) if kind.kind == "source" else rest, context, kind.kind == "yes_no", min(turns, len(context)))
        query = dataclasses.replace(query, unknown_names=[*query.unknown_names, *unknown]) if unknown else query
        searched = dataclasses.replace(query, terms={t: max(w, 1.0) for t, w in query.terms.items()}) if whole else query  # searched for as asked
        k = max(k, 50) if kind.kind == "source" else k  # "which articles mention X": each one's best passage
        k = 2 * k if kind.kind == "why" or asks_kind(kind.kind, asked) is not None else k  # a reason, or examples, often said apart from the words asked
        if named:  # "Does the Verdict article say ...?": search that article only
            hits = [h for h in search(self.index, searched, max(k, 50), exclude) if h.passage.doc_id in named][:k]
        else:
            hits = search(self.index, searched, k, exclude)
        # passages naming him ("what else does he run"), a medium ("where ... announce it"), a doubt ("gonna sue or just trolling"); in the article named
        also = holder(query.holdings, query, self._proper) if query.holdings else MEDIA_WORDS if asks_where_told(kind) else DOUBT_WORDS if doubted(kind) else files_words(query) if asks_path(kind) else None
        hits = joined(hits, [h for h in search(self.index, self.query(" ".join(sorted(also))), 30, exclude) if not named or h.passage.doc_id in named]) if also else hits
        return Gathered(kind, query, hits, self._weighed(query, hits), frozenset(named))

    def _weighed(self, query: Query, hits: list[Hit]) -> list[Evidence]:
        """The sentences of the passages found, weighed against the query, best first."""
        return weigh(candidate_sentences(self.index, hits), query, term_weights(self.index, query))

    def _compose(
        self, question: str, context: list[str], conversation: Conversation, k: int, exclude: frozenset[str]
    ) -> tuple[Composition, Query, list[Hit]]:
        earlier = earlier_turn(conversation)  # the last turn's question and first document cited, read once
        g = self.gather(question, context, exclude, k, earlier)
        last_kind = classify(self._spelled(earlier[0])) if conversation.turns else None  # typos fixed ("who wrote the bgr artcle")
        last_kind = about_author(last_kind, None, self._authors) if last_kind and not last_kind.is_meta else last_kind  # "where is he from" of the writer: his bio
        kind = about_author(follow_kind(g.kind, last_kind), last_kind, self._authors)
        kind = Question(kind.text, "who") if kind.kind == "where" and ASKS_CITED.search(kind.text) else kind  # "where did bgr get the reddit news from": whom it cites
        if ended := ending(question, g.named, earlier[1], self.index):  # "how does the digital trends piece wrap up"
            return ended, g.query, g.hits
        evidence = g.evidence
        if conversation.turns:
            quoted = quoted_hit(g.kind, g.query, g.hits, conversation.turns[-1], question, self.index)  # "when did musk say that"
            evidence = follow_evidence(question, g.kind, last_kind, g.query, self._weighed(g.query, [*g.hits, quoted]) if quoted else evidence, conversation, context)
        composition = compose(
            kind,
            g.query,
            evidence,
            self.index.documents,
            proper=self._proper, min_confidence=self.settings.min_confidence,
            previous=earlier[1] if context or (kind.is_meta and conversation.turns) else None,  # "what outlet?" after "who is joe wituschek?": the last one
        )
        if context and not composition.abstained and no_reason_given(kind, g.query, composition.citations, conversation.turns[-1]):
            composition = abstain(0.1, "no sentence found gives a reason")  # "why though?" after what none explains
        if kind.kind == "source" and not composition.abstained:  # "which article(s) mention X?": name them first
            text, names, cited = sources(question, composition.answer, composition.citations, evidence, self.index.documents)
            composition = dataclasses.replace(composition, answer=text, span=names, citations=cited)
        if composition.abstained and g.named and kind.kind == "yes_no" and MENTIONS.search(question):
            composition = self._elsewhere(g, composition)
        return composition, g.query, g.hits

    def _elsewhere(self, g: Gathered, refused: Composition) -> Composition:
        """ "does the verdict article mention x.ai?" when no sentence of it does: no, and the one that does."""
        evidence = self._weighed(g.query, search(self.index, g.query, self.settings.top_k, g.named))
        found = compose(g.kind, g.query, evidence, self.index.documents, self.settings.min_confidence, self._proper)
        if found.abstained:
            return refused
        said = re.sub(r"^(?:Yes|No|It is not clear)\. ", "", found.answer)  # what the other article says, no verdict
        text = not_there(g.named, said, found.citations[0].doc_id, self.index.documents)
        return dataclasses.replace(found, answer=text, span="No")

    @cached_property
    def _authors(self) -> dict[str, str]:
        """The documents' authors, lower-cased, each with their bio (or "")."""
        return {d.author.lower(): d.author_bio or "" for d in self.index.documents.values() if d.author}

    @cached_property
    def _bylines(self) -> Bylines:
        """Every outlet and author the documents name, to find the documents a question names."""
        return Bylines(self.index.facts.bylines, self.index.facts.topics, {d.id: d.text for d in self.index.documents.values()})

    def document(self, doc_id: str) -> Document:
        """Return the cleaned document `doc_id`."""
        try:
            return self.index.documents[doc_id]
        except KeyError:
            raise DocumentNotFound(f"no document has the id {doc_id!r}") from None

    def conversation(self, conversation_id: str) -> Conversation:
        """Return the stored conversation, or raise ConversationNotFound."""
        if (found := self.store.get(conversation_id)) is None:
            raise ConversationNotFound(f"no conversation {conversation_id!r} (it may have expired)")
        return found

    def _check(self, question: str) -> str:
        question = " ".join(question.split())
        if not question or not any(c.isalnum() for c in question):
            raise EmptyQuestion('the question is empty: ask something, e.g. "Who threatened to sue Microsoft?"')
        if (n := len(question)) > (limit := self.settings.max_question_chars):
            raise QuestionTooLong(f"the question is {n} characters long; the limit is {limit}")
        return question


