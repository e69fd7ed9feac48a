"""Awaiting several things at once, without leaving any of them running behind a failure."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

T = TypeVar("T")


async def side_by_side(*calls: Awaitable[T]) -> list[T]:
    """Await ``calls`` concurrently, like ``asyncio.gather``, but let every one finish.

    A failure is raised only once all have ended, so no XAPI call is still running
    behind a build that already stopped (and a re-run starts from a settled pool).
    """
    import asyncio  # here: modules the first page imports use this; it must not load asyncio

    results = await asyncio.gather(*calls, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return list(results)  # type: ignore[arg-type]
