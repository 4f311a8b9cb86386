"""One resource class per tag of the Formester API, sync and async, with their raw-response twins."""

from .forms import (
    AsyncForms,
    AsyncFormsWithRawResponse,
    Forms,
    FormsWithRawResponse,
)
from .submissions import (
    AsyncSubmissions,
    AsyncSubmissionsWithRawResponse,
    Submissions,
    SubmissionsWithRawResponse,
)

__all__ = (
    "AsyncForms",
    "AsyncFormsWithRawResponse",
    "AsyncSubmissions",
    "AsyncSubmissionsWithRawResponse",
    "Forms",
    "FormsWithRawResponse",
    "Submissions",
    "SubmissionsWithRawResponse",
)
