"""Take a vote on "answer n of conversation c" and queue it with the answer it rates.

    recorder = Recorder(pipeline, writer)
    recorder.vote(answer.conversation_id, answer.turn, "down", "wrong person", voter="discord:42", surface="discord")

The answer is read from the conversation store (memory or Redis), so any surface and any worker
can take the vote; an unknown conversation or turn is refused with a QAError the adapters map.
"""

from __future__ import annotations

from typing import Protocol

from qa.chat.conversation import Conversation
from qa.errors import TurnNotFound
from qa.feedback.models import Exchange, Feedback, Surface, Vote
from qa.feedback.writer import FeedbackWriter

CONTEXT_TURNS = 3
COMMENT_CHARS = 1000


class Conversations(Protocol):
    """What the recorder needs of a pipeline: its conversations."""

    def conversation(self, conversation_id: str) -> Conversation: ...


def feedback_for(
    conversation: Conversation,
    turn: int,
    vote: Vote,
    comment: str | None = None,
    *,
    voter: str = "",
    surface: Surface = "http",
) -> Feedback:
    """The vote on `conversation`'s answer number `turn` (0: the first), with that answer and the turns before it."""
    position = turn - conversation.first_turn
    if not 0 <= position < len(conversation.turns):
        raise TurnNotFound(
            f"conversation {conversation.id!r} has no answer {turn} "
            f"(it holds answers {conversation.first_turn} to {conversation.first_turn + len(conversation.turns) - 1})"
        )
    rated = conversation.turns[position]
    earlier = conversation.turns[max(0, position - CONTEXT_TURNS) : position]
    comment = " ".join((comment or "").split())[:COMMENT_CHARS] or None
    return Feedback(
        conversation_id=conversation.id,
        turn=turn,
        vote=vote,
        comment=comment,
        voter=voter,
        surface=surface,
        question=rated.question,
        answer=rated.answer,
        abstained=rated.abstained,
        confidence=rated.confidence,
        span=rated.span,
        citations=rated.citations,
        context=[Exchange(question=t.question, answer=t.answer) for t in earlier],
    )


class Recorder:
    """Votes from every surface, checked against the conversations and handed to the writer thread."""

    def __init__(self, conversations: Conversations, writer: FeedbackWriter) -> None:
        self.conversations, self.writer = conversations, writer

    def vote(
        self,
        conversation_id: str,
        turn: int,
        vote: Vote,
        comment: str | None = None,
        *,
        voter: str = "",
        surface: Surface = "http",
    ) -> Feedback:
        """Queue the vote and return it; ConversationNotFound or TurnNotFound if there is no such answer."""
        conversation = self.conversations.conversation(conversation_id)
        feedback = feedback_for(conversation, turn, vote, comment, voter=voter, surface=surface)
        self.writer.submit(feedback)
        return feedback
