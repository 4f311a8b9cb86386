"""One resource class per tag of the Cogram API, sync and async, with their raw-response twins."""

from .members import (
    AsyncMembers,
    AsyncMembersWithRawResponse,
    Members,
    MembersWithRawResponse,
)
from .projects import (
    AsyncProjects,
    AsyncProjectsWithRawResponse,
    Projects,
    ProjectsWithRawResponse,
)
from .users import (
    AsyncUsers,
    AsyncUsersWithRawResponse,
    Users,
    UsersWithRawResponse,
)

__all__ = (
    "AsyncMembers",
    "AsyncMembersWithRawResponse",
    "AsyncProjects",
    "AsyncProjectsWithRawResponse",
    "AsyncUsers",
    "AsyncUsersWithRawResponse",
    "Members",
    "MembersWithRawResponse",
    "Projects",
    "ProjectsWithRawResponse",
    "Users",
    "UsersWithRawResponse",
)
