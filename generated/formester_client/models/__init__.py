"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .form import Form
from .form_list import FormList
from .list_submissions_filters import ListSubmissionsFilters
from .message import Message
from .page_meta import PageMeta
from .submission import Submission
from .submission_data import SubmissionData
from .submission_envelope import SubmissionEnvelope
from .submission_list import SubmissionList
from .submissions_meta import SubmissionsMeta

__all__ = (
    "Error",
    "Form",
    "FormList",
    "ListSubmissionsFilters",
    "Message",
    "PageMeta",
    "Submission",
    "SubmissionData",
    "SubmissionEnvelope",
    "SubmissionList",
    "SubmissionsMeta",
)
