"""Votes on answers: stored off the answering path, listed, and exported as an eval set.

writer = FeedbackWriter(open_store(settings_path, url=None))
writer.submit(Feedback(conversation_id=..., turn=0, vote="up", question=..., answer=...))
"""

from qa.feedback.models import Exchange, Feedback, Surface, Vote
from qa.feedback.store import FeedbackStore, PostgresFeedbackStore, SqliteFeedbackStore, open_store
from qa.feedback.writer import FeedbackWriter

__all__ = [
    "Exchange",
    "Feedback",
    "FeedbackStore",
    "FeedbackWriter",
    "PostgresFeedbackStore",
    "SqliteFeedbackStore",
    "Surface",
    "Vote",
    "open_store",
]
