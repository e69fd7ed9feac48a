"""64-host tables fill a slice per event: every row arrives, what is typed stays, and Next
follows the checks of the whole plan, never of the rows shown so far."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableWidget

from tests.ui.conftest import Run, settle
from wizard.plan import HostPlan
from wizard.ui.delegates import PASSWORD_ROLE
from wizard.ui.model import WizardModel
from wizard.ui.pages.base import ROWS_PER_EVENT
from wizard.ui.pages.hosts import HostsPage
from wizard.ui.pages.network import NetworkPage
from wizard.xapi.trust import PinStore

HOSTS = 64


def _model() -> WizardModel:
    model = WizardModel(PinStore())
    model.plan.hosts = [HostPlan(f"192.0.2.{i + 1}", f"xcp-{i + 1:02d}") for i in range(HOSTS)]
    model.plan.master = "192.0.2.1"
    net = model.plan.storage_network
    net.vlan, net.subnet, net.first_ip = 200, "10.200.0.0/24", "10.200.0.100"
    return model


def _type_in_cell(qtbot: Any, table: QTableWidget, row: int, column: int, text: str) -> None:
    """F2 on the cell, the text over what it had, Return: as a user edits a cell."""
    table.setCurrentCell(row, column)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    (editor,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_64_host_storage_table_fills_every_row_keeps_edits_and_next_follows_the_plan(
    qtbot: Any, run: Run
) -> None:
    assert HOSTS > 2 * ROWS_PER_EVENT  # the rows come in several slices
    model = _model()
    model.plan.hosts[0].storage_ip = model.plan.hosts[50].storage_ip = "10.200.0.40"
    page = NetworkPage(model)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.initializePage()
    page.show()
    # From the first event: the duplicate on row 51 holds Next, shown yet or not.
    assert not page.isComplete()
    run(settle(model))
    assert not page.filling.filling
    names = [page.ips.item(i, 0).text() for i in range(HOSTS)]  # type: ignore[union-attr]
    assert names == [f"xcp-{i + 1:02d}" for i in range(HOSTS)]
    assert "also given to" in page.ips.item(50, 4).text()  # type: ignore[union-attr]
    _type_in_cell(qtbot, page.ips, 50, 3, "10.200.0.41")
    _type_in_cell(qtbot, page.ips, 60, 3, "10.200.0.99")
    assert model.plan.hosts[50].storage_ip == "10.200.0.41" and page.isComplete()
    # Another VLAN changes every row: they fill again, with what was typed.
    page.vlan.setFocus()
    page.vlan.selectAll()
    qtbot.keyClicks(page.vlan, "300")
    run(settle(model))
    assert model.plan.storage_network.vlan == 300 and page.isComplete()
    assert page.ips.item(60, 3).text() == "10.200.0.99"  # type: ignore[union-attr]
    assert all(
        "VLAN 300" in page.ips.item(i, 1).text()  # type: ignore[union-attr]
        for i in range(HOSTS)
    )
    assert model.plan.storage_ips()["192.0.2.61"] == "10.200.0.99"


def _shown_hosts_page(qtbot: Any) -> tuple[WizardModel, HostsPage]:
    """The Hosts page with 64 hosts whose certificates are known, shown: its first slice in."""
    model = _model()
    for host in model.plan.hosts:
        model.add_address(host.address, "ab" * 32)
    page = HostsPage(model)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.initializePage()
    page.show()
    return model, page


def test_a_64_host_hosts_table_fills_every_row_and_acts_on_the_row_chosen(
    qtbot: Any, run: Run
) -> None:
    model, page = _shown_hosts_page(qtbot)
    # Removing a row further down than the first slice, before the loop runs on: that host.
    page.table.selectRow(40)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "192.0.2.41" not in model.addresses() and len(model.rows) == HOSTS - 1
    run(settle(model))
    assert not page.filling.filling
    shown = [page.table.item(i, 1).text() for i in range(HOSTS - 1)]  # type: ignore[union-attr]
    assert shown == model.addresses()
    # Trust on the last row, with the keyboard: that host is trusted, and shows it.
    page.table.setCurrentCell(HOSTS - 2, 0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert model.rows[-1].trusted and not model.rows[-2].trusted
    run(settle(model))
    last = page.table.item(HOSTS - 2, 0)
    assert last is not None and last.checkState() == Qt.CheckState.Checked
    assert not page.isComplete()  # not connected yet


def test_a_password_typed_into_a_hosts_row_still_to_fill_stays(qtbot: Any, run: Run) -> None:
    model, page = _shown_hosts_page(qtbot)
    assert page.filling.filling  # row 41 comes in a later slice
    _type_in_cell(qtbot, page.table, 40, 7, "own-secret")
    run(settle(model))
    assert model.host_passwords == {"192.0.2.41": "own-secret"}
    own = page.table.item(40, 7)  # filled after the typing, with what was typed
    assert own is not None and own.data(PASSWORD_ROLE) == "own-secret"
