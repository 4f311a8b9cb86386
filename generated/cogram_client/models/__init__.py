"""Contains all the data models used in inputs/outputs"""

from .error import Error
from .error_detail import ErrorDetail
from .project import Project
from .project_create import ProjectCreate
from .project_member import ProjectMember
from .project_member_page import ProjectMemberPage
from .project_member_upsert import ProjectMemberUpsert
from .project_page import ProjectPage
from .project_update import ProjectUpdate
from .user import User
from .user_page import UserPage
from .user_update import UserUpdate

__all__ = (
    "Error",
    "ErrorDetail",
    "Project",
    "ProjectCreate",
    "ProjectMember",
    "ProjectMemberPage",
    "ProjectMemberUpsert",
    "ProjectPage",
    "ProjectUpdate",
    "User",
    "UserPage",
    "UserUpdate",
)
