"""The Hosts page meets a peer that is not XAPI: the row says so, nothing escapes the slot."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.hostile.conftest import peer_address
from tests.hostile.peers import Peer, fixed, http_answer, running
from tests.ui.conftest import Run, make_wizard, settle
from wizard.simulator import Simulator
from wizard.ui.pages.hosts import HostsPage


def test_a_tls_1_0_peer_added_on_the_hosts_page_is_named_not_xapi(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    peer = Peer(fixed(http_answer(b"")), address=peer_address(sim), port=sim.port, tls="1.0")
    with running(peer):
        _add_and_look(sim, qtbot, run, peer)


def _add_and_look(sim: Simulator, qtbot: Any, run: Run, peer: Peer) -> None:
    wizard = make_wizard(sim, qtbot)
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, HostsPage)
    qtbot.keyClicks(page.address, peer.address)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    run(settle(wizard.model))
    row = next(r for r in wizard.model.rows if r.address == peer.address)
    assert "not as a XenServer or XCP-ng host" in row.error
    assert "older than 1.2" in row.error
    shown = [
        page.table.item(i, j).text()  # type: ignore[union-attr]
        for i in range(page.table.rowCount())
        for j in range(page.table.columnCount())
        if page.table.item(i, j) is not None
    ]
    assert any("not as a XenServer or XCP-ng host" in text for text in shown), shown
