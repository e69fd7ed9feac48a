"""Fixtures for the network lab: real namespaces, sshd, tgtd (root only).

Outside CI a machine without root (or without the tools) skips these tests
with the reason; with ``CI=true`` they must run, so a missing capability fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.lab.netlab import NetLab, missing_tools, netns_list, reap_stale_labs


def _why_not() -> str:
    if os.geteuid() != 0:
        return "the network lab needs root (network namespaces, sshd, tgtd)"
    missing = missing_tools()
    if missing:
        return f"the network lab needs {', '.join(missing)} (make test installs them as root)"
    return ""


def require_lab() -> None:
    reason = _why_not()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="session")
def netns_before() -> Iterator[set[str]]:
    require_lab()
    reap_stale_labs()  # a killed run's lab would swallow our traffic
    before = netns_list()
    yield before
    assert netns_list() == before, "the lab left network namespaces behind"


@pytest.fixture(scope="session")
def shared_lab(
    netns_before: set[str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[NetLab]:
    """One lab for the tests that only read (ssh, checks that pass)."""
    built = NetLab(3, folder=tmp_path_factory.mktemp("netlab"), prefix=f"xps{os.getpid() % 1000}")
    built.up()
    try:
        yield built
    finally:
        built.down()


@pytest.fixture
def fresh_lab(netns_before: set[str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[NetLab]:
    """A lab of its own for a test that breaks something."""
    built = NetLab(
        3,
        folder=tmp_path_factory.mktemp("netlab"),
        prefix=f"xpf{os.getpid() % 1000}",
    )
    built.up()
    try:
        yield built
    finally:
        built.down()
