"""Words that sound alike, which a person typing fast or dictating writes for one another ("musk threatened to
sew microsoft", "quit openai's bored", "the enterprise tear"). General English, not any corpus's words: a
question word the corpus lacks is read as its homophone when the corpus writes that one."""

from __future__ import annotations

# Each group's words sound alike; function words ("there", "too", "by") are left out: they carry no content.
_GROUPS = (
    "sue sew", "board bored", "week weak", "tier tear", "wrote rote", "site sight", "knew new", "peace piece",
    "break brake", "plane plain", "whole hole", "meet meat", "sale sail", "waste waist", "road rode",
    "principal principle", "fair fare", "steal steel", "mail male", "pair pear", "sole soul", "die dye",
    "sent cent scent", "dual duel", "course coarse", "council counsel", "hire higher", "led lead", "past passed",
    "patients patience", "presence presents", "profit prophet", "reign rain rein", "scene seen", "suite sweet",
    "tale tail", "vein vain", "bear bare", "build billed", "capital capitol", "chord cord", "compliment complement",
    "desert dessert", "guest guessed", "idle idol", "lesson lessen", "minor miner", "mourning morning", "naval navel",
    "poll pole", "prey pray", "ceiling sealing", "cereal serial", "stationary stationery", "thrown throne",
    "whale wail", "allowed aloud", "altar alter", "band banned", "bases basis", "border boarder", "bread bred",
    "claws clause", "flew flu flue", "gorilla guerrilla", "jeans genes", "lone loan", "muscle mussel",
    "overdo overdue", "pedal peddle", "rap wrap", "root route", "seam seem", "stake steak", "stair stare",
    "storey story", "suede swayed", "team teem", "tide tied", "toad towed", "wade weighed", "ways weighs",
    "wholly holy",
)
HOMOPHONES: dict[str, tuple[str, ...]] = {w: tuple(o for o in g.split() if o != w) for g in _GROUPS for w in g.split()}


def homophone(word: str, vocabulary: dict[str, int] | set[str]) -> str | None:
    """The word that sounds like `word` which `vocabulary` holds (`word` itself it lacks), else None."""
    return next((h for h in HOMOPHONES.get(word, ()) if h in vocabulary), None)
