"""Contains all the data models used in inputs/outputs"""

from .answers import Answers
from .error import Error
from .limit_error import LimitError
from .note import Note
from .note_request import NoteRequest
from .pagination import Pagination
from .reply_request import ReplyRequest
from .reply_response import ReplyResponse
from .response_item import ResponseItem
from .response_list import ResponseList
from .response_meta import ResponseMeta
from .star_request import StarRequest
from .star_response import StarResponse
from .submission import Submission
from .submit_request import SubmitRequest
from .submit_response import SubmitResponse
from .success import Success

__all__ = (
    "Answers",
    "Error",
    "LimitError",
    "Note",
    "NoteRequest",
    "Pagination",
    "ReplyRequest",
    "ReplyResponse",
    "ResponseItem",
    "ResponseList",
    "ResponseMeta",
    "StarRequest",
    "StarResponse",
    "Submission",
    "SubmitRequest",
    "SubmitResponse",
    "Success",
)
