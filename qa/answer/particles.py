"""Verbs with a particle: "when did elon take over twitter?" asks of a taking over, which "Elon Musk ...
took to Twitter to threaten ..." is not. A verb asked with its particle ("take over", "back down",
"pull out") is told only where the sentence gives the verb that particle too."""

from __future__ import annotations

import re

from qa.question.kinds import Question
from qa.question.synonyms import forms
from qa.search.retrieve import Evidence
from qa.text import stem_words

# Particles that make a verb another verb: "take over" is no "take", "back down" no "back".
_PARTICLES = frozenset("over off up out down back away apart".split())
_TOKEN = re.compile(r"[\w'’]+")
_WITHIN = 3  # words after the verb its particle may stand ("took Twitter over", "pulled the ads out")


def particle_dropped(verb: str, question: Question, best: Evidence) -> bool:
    """True when the question asks `verb` with a particle ("take over") and the sentence has the verb, in
    some form, but never that particle after it ("took to Twitter")."""
    if not verb:
        return False
    asked = [t.lower() for t in _TOKEN.findall(question.text)]
    particle = next((asked[i + 1] for i, t in enumerate(asked[:-1]) if t == verb.lower()), "")
    if particle not in _PARTICLES:
        return False
    stem = stem_words([verb])[0]
    kinds = {stem, *forms(verb, stem, set(best.stems))}
    tokens = [t.lower() for t in _TOKEN.findall(best.sentence.text)]
    at = [i for i, s in enumerate(stem_words(tokens)) if s in kinds]
    return bool(at) and not any(particle in tokens[i + 1 : i + 1 + _WITHIN] for i in at)
