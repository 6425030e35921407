"""Pick where conversations live: this process's memory, or Redis shared by every worker."""

from __future__ import annotations

from qa.chat.conversation import ConversationStore, MemoryStore
from qa.settings import Settings


def store_for(settings: Settings) -> ConversationStore:
    """Redis when `settings.redis_url` is set (shared by every worker and machine), else this process's memory."""
    if settings.redis_url:
        from qa.chat.redis_store import RedisStore

        return RedisStore.from_settings(settings)
    return MemoryStore(settings.conversation_ttl_seconds, settings.max_conversations)
