"""Errors a user can act on. Adapters show the message as is and never a traceback.

QAError
 ├── EmptyQuestion        the question has no words
 ├── QuestionTooLong      the question is over the length limit
 ├── CorpusNotFound       the corpus folder does not exist or is not a folder
 ├── CorpusEmpty          the folder holds no readable document
 ├── DocumentUnreadable   a document could not be read or parsed
 ├── DocumentNotFound     no document has that id
 ├── ConversationNotFound no conversation has that id (it may have expired)
 ├── TurnNotFound         the conversation has no answer with that number
 ├── IndexCorrupt         the index on disk is damaged (it is then rebuilt)
 ├── StoreUnavailable     the conversation store (Redis) cannot be reached
 ├── BackendUnavailable   the search cluster (OpenSearch) cannot answer: down, auth refused, index missing, red
 └── BadSetting           a setting has a value that cannot work
"""


class QAError(Exception):
    """An error the user can fix; the message is shown as is."""


class EmptyQuestion(QAError): ...


class QuestionTooLong(QAError): ...


class CorpusNotFound(QAError): ...


class CorpusEmpty(QAError): ...


class DocumentUnreadable(QAError): ...


class DocumentNotFound(QAError): ...


class ConversationNotFound(QAError): ...


class TurnNotFound(QAError): ...


class IndexCorrupt(QAError): ...


class StoreUnavailable(QAError): ...


class BackendUnavailable(QAError): ...


class BadSetting(QAError): ...
