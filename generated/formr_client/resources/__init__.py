"""One resource class per tag of the Formr Submissions API, sync and async, with their raw-response twins."""

from .responses import (
    AsyncResponses,
    AsyncResponsesWithRawResponse,
    Responses,
    ResponsesWithRawResponse,
)
from .submit import (
    AsyncSubmit,
    AsyncSubmitWithRawResponse,
    Submit,
    SubmitWithRawResponse,
)

__all__ = (
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncSubmit",
    "AsyncSubmitWithRawResponse",
    "Responses",
    "ResponsesWithRawResponse",
    "Submit",
    "SubmitWithRawResponse",
)
