"""The lab itself: a killed run's leftovers never swallow a new lab's traffic."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lab.conftest import require_lab
from tests.lab.netlab import LabError, NetLab, netns_list, reap_stale_labs, run, subnet_in_use

pytestmark = pytest.mark.lab


def test_a_routed_management_subnet_is_refused_plainly(shared_lab: NetLab, tmp_path: Path) -> None:
    taken = shared_lab.state.mgmt_prefix
    assert subnet_in_use(taken)
    second = NetLab(1, folder=tmp_path, prefix="xpclash", mgmt_prefix=taken)
    with pytest.raises(LabError, match=rf"{taken}\.0/24 is already routed"):
        second.up()
    assert not {ns for ns in netns_list() if ns.startswith("xpclash-")}
    # Left to choose, a new lab takes a subnet nobody routes.
    assert NetLab(1, folder=tmp_path, prefix="xpfree").state.mgmt_prefix != taken


def test_reaping_deletes_only_labs_nobody_runs_in(shared_lab: NetLab) -> None:
    require_lab()
    stale = ["xpdead7-sw", "xpdead7-h1"]
    for ns in stale:
        run(["ip", "netns", "add", ns])
    reaped = reap_stale_labs()
    assert "xpdead7" in reaped
    assert shared_lab.prefix not in reaped  # its sshd daemons still live in it
    remaining = netns_list()
    assert not set(stale) & remaining
    assert set(shared_lab.namespaces()) <= remaining
