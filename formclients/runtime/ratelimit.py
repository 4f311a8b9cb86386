"""The in-process sliding-window limiter under the name the mocks import it by.

The limiter and its SQLite and Redis siblings live in `formclients.runtime.limiter`.
"""

from .limiter.memory import InProcessLimiter as SlidingWindowLimiter

__all__ = ["SlidingWindowLimiter"]
