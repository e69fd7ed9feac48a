"""Each page: validation next to the field, Next enabled only when it may be, Back keeps input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import sdk_session
from tests.ui.conftest import Run, make_wizard, settle
from wizard.simulator import Simulator
from wizard.ui.app import PoolWizard, autopilot
from wizard.ui.pages.base import PageId
from wizard.ui.pages.build import BuildPage
from wizard.ui.pages.compat import CompatibilityPage
from wizard.ui.pages.hosts import HostsPage
from wizard.ui.pages.iscsi import IscsiPage
from wizard.ui.pages.network import NetworkPage


def _to_hosts(wizard: PoolWizard) -> HostsPage:
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, HostsPage)
    return page


def _connect(wizard: PoolWizard, run: Run) -> None:
    page = _to_hosts(wizard)
    for row in wizard.model.rows:
        wizard.model.trust(row.address, True)
    page.connect_hosts()
    run(settle(wizard.model))
    assert page.isComplete(), page.status.text()


def _to_compat(wizard: PoolWizard, run: Run) -> CompatibilityPage:
    """Connected, then Next to the Compatibility page."""
    _connect(wizard, run)
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, CompatibilityPage)
    return page


def _to_iscsi(wizard: PoolWizard, run: Run) -> IscsiPage:
    """Connected, then Next past Compatibility and the storage network."""
    _connect(wizard, run)
    for _ in range(3):
        wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, IscsiPage)
    return page


def test_hosts_page_validates_addresses_and_requires_trust(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    wizard = make_wizard(sim, qtbot)
    page = _to_hosts(wizard)
    page.address.setText("192.0.2.300")
    page.add()
    assert "not an IPv4 address" in page.address_error.text()
    assert page.address.text() == "192.0.2.300"  # the user's input stays
    page.address.setText("10.0.0.0/8")
    page.scan()
    assert "scan at most" in page.address_error.text()
    assert not page.isComplete()
    page.connect_hosts()  # nothing trusted yet: no password leaves this machine
    assert "Confirm the certificate" in page.status.text()
    assert wizard.model.ctx is None
    # ticking "Trust" pins the fingerprint shown
    trust = page.table.item(0, 0)
    assert trust is not None
    trust.setCheckState(Qt.CheckState.Checked)
    assert wizard.model.session.pins.get(sim.hosts[0].address) == sim.hosts[0].fingerprint
    for row in wizard.model.rows:
        wizard.model.trust(row.address, True)
    page.connect_hosts()
    run(settle(wizard.model))
    assert page.isComplete()
    assert page.table.item(0, 3).text() == "xcp-01"  # type: ignore[union-attr]


def test_a_scan_names_each_host_from_its_certificate_before_any_login(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    wizard = make_wizard(sim, qtbot)
    for row in list(wizard.model.rows):
        wizard.model.remove_address(row.address)
    page = _to_hosts(wizard)
    base = sim.hosts[0].address.rsplit(".", 1)[0]
    wizard.model.plan.port = sim.port
    page.address.setText(f"{base}.1-20")
    page.scan()
    run(settle(wizard.model))
    shown = sorted(  # in the order the hosts answered
        (page.table.item(i, 1).text(), page.table.item(i, 3).text())  # type: ignore[union-attr]
        for i in range(page.table.rowCount())
    )
    assert shown == [
        (h.address, f"xcp-0{n} (certificate)") for n, h in enumerate(sim.hosts, start=1)
    ]
    assert wizard.model.ctx is None  # nothing logged in: the names come from the certificates
    assert not any(row.trusted for row in wizard.model.rows)


def test_join_information_moves_trust_to_another_wizard(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from PySide6.QtGui import QGuiApplication

    from wizard.ui.model import WizardModel
    from wizard.xapi.trust import PinStore

    first = make_wizard(sim, qtbot)
    page = _to_hosts(first)
    page.copy_join_info()
    assert "Trust the hosts' certificates first" in page.status.text()
    for row in first.model.rows:
        first.model.trust(row.address, True)
    page.copy_join_info()
    line = QGuiApplication.clipboard().text()
    assert line.startswith("XPW1-") and sim.hosts[0].password not in line

    # Another laptop: nothing known, no fingerprint fetched, nothing trusted yet.
    second = PoolWizard(WizardModel(PinStore()))
    qtbot.addWidget(second)
    second.show()
    second.model.set_password(sim.hosts[0].password)
    other = _to_hosts(second)
    damaged = line[:-1] + ("0" if line[-1] != "0" else "1")
    other.address.setText(damaged)
    other.add()
    assert "damaged" in other.address_error.text() and other.address.text() == damaged
    other.address.setText(line)
    other.add()
    assert [r.address for r in second.model.rows] == [h.address for h in sim.hosts]
    assert all(r.trusted for r in second.model.rows)
    other.connect_hosts()
    run(settle(second.model))
    assert other.isComplete(), other.status.text()


def test_compatibility_blocks_a_different_cpu_vendor(
    make_sim: Callable[..., Simulator], qtbot: Any, run: Run
) -> None:
    sim = make_sim("mixed-cpu")
    wizard = make_wizard(sim, qtbot)
    page = _to_compat(wizard, run)
    assert not page.isComplete()
    assert "AuthenticAMD" in page.details.toPlainText()
    assert "blocker" in page.why.text()  # beside the disabled Next
    # the host's CPU-vendor cell is marked
    cpu_vendor = page.matrix.model().index(2, 2)
    assert cpu_vendor.data() == "✗"
    assert "AuthenticAMD" in cpu_vendor.data(Qt.ItemDataRole.ToolTipRole)
    assert page.matrix.model().index(1, 2).data() == "✓"  # the other member's is fine


def test_a_forced_join_needs_the_host_name_typed_and_can_be_taken_back(
    make_sim: Callable[..., Simulator], qtbot: Any, run: Run
) -> None:
    sim = make_sim("mixed-cpu")
    amd = sim.hosts[2].address
    wizard = make_wizard(sim, qtbot)
    page = _to_compat(wizard, run)
    assert page.force.isVisibleTo(page) and not page.unforce.isVisibleTo(page)
    dialog = page.ask_force_join()
    assert dialog is not None and dialog.address == amd
    assert "VM_INCOMPATIBLE_WITH_THIS_HOST" in dialog.text.text()
    assert not dialog.force.isEnabled()
    dialog.typed.setText("xcp-0")  # not the name: nothing is forced
    assert not dialog.force.isEnabled()
    dialog.reject()
    run(settle(wizard.model))
    assert not wizard.model.plan.hosts[2].force_join and not page.isComplete()
    dialog = page.ask_force_join()
    assert dialog is not None
    dialog.typed.setText("xcp-03")
    assert dialog.force.isEnabled()
    dialog.force.click()
    run(settle(wizard.model))
    assert wizard.model.plan.hosts[2].force_join
    assert wizard.model.forced_joins() == {amd}
    assert "the join will be FORCED" in page.details.toPlainText()
    assert not page.force.isVisibleTo(page) and page.unforce.isVisibleTo(page)
    assert not page.isComplete()  # a forced join is a warning: it must be acknowledged
    page.accept.setChecked(True)
    assert page.isComplete()
    page.recheck.click()  # reading the hosts again keeps the consent
    run(settle(wizard.model))
    assert wizard.model.forced_joins() == {amd} and page.isComplete()
    from wizard.ui.pages.base import plan_html

    assert "xcp-03</b> (" in plan_html(wizard.model)
    assert "FORCED (unsupported)" in plan_html(wizard.model)
    # the build uses the consent given on this page
    assert run(wizard.model._context()).forced_joins == {amd}
    page.unforce.click()
    run(settle(wizard.model))
    assert not wizard.model.plan.hosts[2].force_join and not page.isComplete()
    assert page.force.isVisibleTo(page)


def test_a_confirmed_forced_join_builds_and_the_finish_page_says_what_it_costs(
    make_sim: Callable[..., Simulator], qtbot: Any, run: Run
) -> None:
    from wizard.plan import HostPlan

    sim = make_sim("mixed-cpu")
    amd = sim.hosts[2].address
    wizard = make_wizard(sim, qtbot)
    model = wizard.model
    model.plan.hosts = [HostPlan(r.address, force_join=r.address == amd) for r in model.rows]
    model.confirmed_forced_joins.add(amd)  # as the dialog does once the name is typed
    assert run(autopilot(wizard, None)) is True
    api = sdk_session(sim.hosts[0]).xenapi
    assert amd in {api.host.get_address(h) for h in api.host.get_all()}
    finish = wizard.currentPage()
    text = finish.summary.toPlainText()  # type: ignore[attr-defined]
    assert "Mixed CPU vendors (unsupported)" in text and "xcp-03: their CPUs" in text


def test_a_host_joins_an_ha_pool_once_ha_may_be_turned_off_for_the_join(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from tests.faults.conftest import build
    from wizard.demo import lab_plan
    from wizard.ui.pages.base import plan_html

    two = lab_plan(sim)
    two.hosts = two.hosts[:2]
    with ThreadPoolExecutor(1) as other:  # its own event loop, not the window's
        other.submit(build, sim, two).result()  # a pool of two with HA, built earlier
    wizard = make_wizard(sim, qtbot)
    page = _to_compat(wizard, run)
    assert "the pool it would join has HA enabled" in page.details.toPlainText()
    assert page.pause_ha.isVisibleTo(page) and not page.isComplete()
    page.pause_ha.setChecked(True)
    run(settle(wizard.model))
    assert wizard.model.pause_ha
    text = page.details.toPlainText()
    assert "the pool it would join has HA enabled" not in text
    assert "HA is turned off for the joins of xcp-03" in text
    page.accept.setChecked(True)
    assert page.isComplete()
    assert "HA is turned off while the new hosts join" in plan_html(wizard.model)
    assert run(wizard.model._context()).pause_ha
    # the pool phase (iSCSI page) turns HA off: closing before the build asks first
    wizard.next()
    wizard.next()
    iscsi = wizard.currentPage()
    assert isinstance(iscsi, IscsiPage)
    iscsi.create_network()
    run(settle(wizard.model))
    assert wizard.model.ha_left_off()
    wizard.reject()
    assert wizard.isVisible() and wizard.stop_question is not None
    assert wizard.stop_question.windowTitle() == "Close with HA off?"
    wizard.stop_question.reject()


def test_re_check_after_fixing_a_blocker_unblocks_next(
    make_sim: Callable[..., Simulator], qtbot: Any, run: Run
) -> None:
    sim = make_sim("busy-member")
    wizard = make_wizard(sim, qtbot)
    page = _to_compat(wizard, run)
    assert not page.isComplete() and "Re-check" in page.why.text()
    # The admin shuts the VM down on the member, then asks the wizard to look again.
    busy = sim.world.machines[sim.hosts[1].address]
    with sim.world.lock:
        vm = next(ref for ref, v in busy.db.all("VM") if v["name_label"] == "print-server")
        busy.db.update("VM", vm, power_state="Halted", resident_on="OpaqueRef:NULL")
    page.recheck.click()
    run(settle(wizard.model))
    assert "print-server" not in page.details.toPlainText()
    page.accept.setChecked(True)
    assert page.isComplete()


def test_warnings_need_an_acknowledgement(
    make_sim: Callable[..., Simulator], qtbot: Any, run: Run
) -> None:
    sim = make_sim("mixed-cpu")
    wizard = make_wizard(sim, qtbot)
    wizard.model.remove_address(sim.hosts[2].address)  # leave the two Intel generations
    page = _to_compat(wizard, run)
    assert "avx512f" in page.details.toPlainText()
    assert page.accept.isVisibleTo(page) and not page.isComplete()
    page.accept.setChecked(True)
    assert page.isComplete()


def test_network_page_validates_as_you_type_and_back_keeps_input(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    wizard = make_wizard(sim, qtbot)
    _connect(wizard, run)
    wizard.next()
    compat = wizard.currentPage()
    assert isinstance(compat, CompatibilityPage) and compat.isComplete()
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, NetworkPage)
    assert page.isComplete()
    page.vlan.setValue(0)
    assert "outside 1-4094" in page.errors["vlan"].text() and not page.isComplete()
    page.vlan.setValue(300)
    page.subnet.setText("10.300.0.0/24")
    assert "not a subnet" in page.errors["subnet"].text()
    page.subnet.setText("10.30.0.0/24")
    page.first_ip.setText("10.30.0.5")
    assert page.isComplete()
    ip = page.ips.item(1, 3)
    assert ip is not None and ip.text() == "10.30.0.6"
    interface = page.ips.item(1, 1)  # NIC, tag and MTU on every host's row
    assert interface is not None and interface.text() == "eth1, VLAN 300, MTU 9000"
    third = page.ips.item(2, 3)
    assert third is not None
    third.setText("10.30.0.60")
    ip = page.ips.item(1, 3)
    assert ip is not None
    ip.setText("10.30.0.60")  # a duplicate, typed by hand
    check = page.ips.item(2, 4)  # the second host with that IP is marked
    assert check is not None and "also given to" in check.text()
    assert not page.isComplete()
    ip = page.ips.item(1, 3)
    assert ip is not None
    ip.setText("10.30.0.50")
    page.mtu.setCurrentText("90o0")  # a typo: the error names it, and Back keeps it
    assert page.errors["mtu"].text() and not page.isComplete()
    wizard.back()
    wizard.next()
    assert page.mtu.currentText() == "90o0" and page.errors["mtu"].text()
    page.mtu.setCurrentText("9000")
    wizard.back()
    wizard.next()
    assert page.mtu.currentText() == "9000"
    assert page.vlan.value() == 300 and page.subnet.text() == "10.30.0.0/24"
    assert wizard.model.plan.storage_ips()[sim.hosts[1].address] == "10.30.0.50"


def test_a_host_can_use_another_nic_for_storage_picked_from_its_own_nics(
    make_sim: Callable[..., Simulator], qtbot: Any, run: Run, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QComboBox

    from tests.engine.test_export_xe_runs import PER_HOST_NIC

    scenario = tmp_path / "per-host-nic.toml"
    scenario.write_text(PER_HOST_NIC)
    sim = make_sim(str(scenario))
    wizard = make_wizard(sim, qtbot)
    _connect(wizard, run)
    wizard.next()
    wizard.currentPage().accept.setChecked(True)  # type: ignore[attr-defined]
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, NetworkPage)
    third = page.ips.item(2, 1)
    assert third is not None and third.text() == "eth1, VLAN 200, MTU 9000"
    page.ips.editItem(third)  # as a double-click or F2 does
    editor = page.ips.findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    labels = [editor.itemText(i) for i in range(editor.count())]
    assert labels == [
        "eth0 (up, 10000 Mbit/s)",
        "eth1 (up, 10000 Mbit/s)",
        "eth2 (up, 10000 Mbit/s)",
    ]
    editor.setCurrentIndex(editor.findData("eth2"))
    editor.activated.emit(editor.currentIndex())  # the user picks it
    assert wizard.model.plan.hosts[2].nic == "eth2"
    third = page.ips.item(2, 1)
    assert third is not None and third.text() == "eth2, VLAN 200, MTU 9000"
    assert [h.nic for h in wizard.model.plan.hosts[:2]] == ["", ""]  # the others follow the page
    assert page.isComplete()
    # picking the page's NIC again means "as the others" (the chosen editor closed itself)
    assert not [c for c in page.ips.findChildren(QComboBox) if c.isVisible()]
    page.ips.editItem(third)
    (editor,) = [c for c in page.ips.findChildren(QComboBox) if c.isVisible()]
    editor.setCurrentIndex(editor.findData("eth1"))
    editor.activated.emit(editor.currentIndex())
    assert wizard.model.plan.hosts[2].nic == ""


def test_iscsi_page_offers_reattach_and_formats_only_after_typing_the_name(
    make_sim: Callable[..., Simulator], qtbot: Any, run: Run
) -> None:
    sim = make_sim("reused-lun")
    wizard = make_wizard(sim, qtbot)
    page = _to_iscsi(wizard, run)
    assert not page.isComplete()  # nothing discovered yet
    page.create_network()
    run(settle(wizard.model))
    page.discover_targets()
    run(settle(wizard.model))
    run(settle(wizard.model))
    assert page.luns.rowCount() == 2
    assert page.luns.item(0, 5).text() == "Production iSCSI"  # type: ignore[union-attr]
    assert page.existing.currentData() == "reattach" and page.isComplete()
    page.existing.setCurrentIndex(page.existing.findData("format"))
    assert not page.isComplete() and "Type its name" in page.error.text()
    page.confirm_name.setText("Production iSCS")
    assert not page.isComplete()
    page.confirm_name.setText("Production iSCSI")
    assert page.isComplete() and wizard.model.confirm_destroy


def test_full_build_through_the_gui_keeps_the_window_responsive(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    import itertools
    import time

    from PySide6.QtCore import QTimer

    wizard = make_wizard(sim, qtbot)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    assert run(autopilot(wizard, None)) is True
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 1.0, f"the event loop stalled for {max(gaps):.2f} s"
    assert wizard.currentId() == PageId.FINISH
    api = sdk_session(sim.hosts[0]).xenapi
    pool = api.pool.get_record(api.pool.get_all()[0])
    assert pool["ha_enabled"] and len(api.host.get_all()) == 3
    shared = [s for s in api.SR.get_all_records().values() if s["shared"]]
    assert len(shared) == 2 and all(len(s["PBDs"]) == 3 for s in shared)
    assert sim.hosts[0].password not in wizard.grab().toImage().text()
    build = wizard.pages[PageId.BUILD]
    assert isinstance(build, BuildPage)
    log_text = build.log.toPlainText()
    # Steps by their titles, as the Review page names them, never by internal keys.
    assert "[Join the members]" in log_text and "[join]" not in log_text
    assert "Enable High Availability" in log_text


def test_remember_puts_the_passwords_in_the_keyring_only(
    sim: Simulator, qtbot: Any, run: Run, tmp_path: Any
) -> None:
    import keyring

    from wizard import secrets

    wizard = make_wizard(sim, qtbot)
    page = _to_hosts(wizard)
    page.remember.setChecked(True)
    for row in wizard.model.rows:
        wizard.model.trust(row.address, True)
    page.connect_hosts()
    run(settle(wizard.model))
    assert "OS keyring" in page.status.text()
    for host in sim.hosts:
        assert (
            keyring.get_password(secrets.SERVICE, secrets.password_key("root", host.address))
            == host.password
        )
    assert secrets.stored_password("root", sim.hosts[1].address) == sim.hosts[1].password


def test_remembered_passwords_come_back_in_the_next_session(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    first = make_wizard(sim, qtbot)
    first.pages[PageId.HOSTS].ensure_widgets()  # type: ignore[attr-defined]
    first.pages[PageId.HOSTS].remember.setChecked(True)  # type: ignore[attr-defined]
    _connect(first, run)
    # Next day: the same hosts, nothing typed.
    second = make_wizard(sim, qtbot)
    second.model.set_password("")
    page = _to_hosts(second)
    for row in second.model.rows:
        second.model.trust(row.address, True)
    page.connect_hosts()
    run(settle(second.model))
    assert page.isComplete(), page.status.text()


def test_a_host_with_no_password_anywhere_is_named(sim: Simulator, qtbot: Any, run: Run) -> None:
    from wizard import secrets

    secrets.remember(secrets.password_key("root", sim.hosts[0].address), sim.hosts[0].password)
    wizard = make_wizard(sim, qtbot)
    wizard.model.set_password("")
    page = _to_hosts(wizard)
    for row in wizard.model.rows:
        wizard.model.trust(row.address, True)
    page.connect_hosts()
    run(settle(wizard.model))
    assert sim.hosts[1].address in page.status.text()
    assert sim.hosts[0].address not in page.status.text()
    assert not page.isComplete()


def test_the_chap_secret_is_remembered_only_when_asked_and_comes_back(
    make_sim: Callable[..., Simulator], qtbot: Any, run: Run
) -> None:
    import keyring

    from wizard import secrets

    sim = make_sim("chap")
    target = sim.world.targets[0]
    wizard = make_wizard(sim, qtbot)
    wizard.pages[PageId.HOSTS].ensure_widgets()  # type: ignore[attr-defined]
    wizard.pages[PageId.HOSTS].remember.setChecked(True)  # type: ignore[attr-defined]
    _connect(wizard, run)
    wizard.model.plan.iscsi.chap_user = "xenpool"
    wizard.model.plan.iscsi.portals = [target.portals[0]]
    run(wizard.model.build_pool_phase())
    page = wizard.pages[PageId.ISCSI]
    assert isinstance(page, IscsiPage)
    page.ensure_widgets()
    page.initializePage()
    page.chap_secret.setText(target.chap_password)
    page.discover_targets()
    run(settle(wizard.model))
    key = secrets.chap_key("xenpool", target.portals[0])
    assert keyring.get_password(secrets.SERVICE, key) == target.chap_password
    # A new session finds it without typing.
    again = make_wizard(sim, qtbot)
    again.model.plan.iscsi.chap_user = "xenpool"
    again.model.plan.iscsi.portals = [target.portals[0]]
    assert run(again.model.recall_chap_secret()) == target.chap_password


def test_every_alt_shortcut_on_every_page_is_unique(sim: Simulator, qtbot: Any, run: Run) -> None:
    from tests.ui.test_translated_screens import mnemonic_clashes

    wizard = make_wizard(sim, qtbot)
    clashes: list[str] = []
    finish = wizard.pages[PageId.FINISH]

    def on_page(name: str) -> None:
        clashes.extend(f"{name} {line}" for line in mnemonic_clashes(wizard))

    assert run(autopilot(wizard, None, on_page=on_page)) is True
    assert finish.isVisible()
    assert sorted(set(clashes)) == []


@pytest.mark.parametrize("lang", ["en", "de", "ja"])
def test_the_compatibility_pages_optional_buttons_have_their_own_alt_keys(
    lang: str, sim: Simulator, qtbot: Any, run: Run, qapp: Any
) -> None:
    from tests.ui.test_translated_screens import mnemonic_clashes
    from wizard import i18n

    assert i18n.install(lang, qapp) == lang
    try:
        wizard = make_wizard(sim, qtbot)
        page = _to_compat(wizard, run)
        for optional in (page.force, page.unforce, page.pause_ha, page.accept):
            optional.show()  # shown only in some situations: all at once here
        assert mnemonic_clashes(wizard) == []
    finally:
        i18n.install("en", qapp)


def test_tab_leaves_a_table_for_the_next_field(sim: Simulator, qtbot: Any) -> None:
    from PySide6.QtWidgets import QTableWidget

    wizard = make_wizard(sim, qtbot)
    page = _to_hosts(wizard)
    tables = page.findChildren(QTableWidget)
    assert tables and not any(t.tabKeyNavigation() for t in tables)


def test_creating_the_pool_from_the_iscsi_page_asks_first(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from PySide6.QtWidgets import QMessageBox

    wizard = make_wizard(sim, qtbot)
    _connect(wizard, run)
    page = wizard.pages[PageId.ISCSI]
    assert isinstance(page, IscsiPage)
    page.ensure_widgets()
    page.initializePage()
    page.apply_network.click()
    assert "join" in page.question.text() and "VLAN" in page.question.text()
    page.question.button(QMessageBox.StandardButton.No).click()
    run(settle(wizard.model))
    api = sdk_session(sim.hosts[0]).xenapi
    assert len(api.host.get_all()) == 1  # nothing joined
    page.apply_network.click()
    page.question.button(QMessageBox.StandardButton.Yes).click()
    run(settle(wizard.model))
    assert len(api.host.get_all()) == 3


def test_cancel_during_work_asks_before_closing(sim: Simulator, qtbot: Any, run: Run) -> None:
    import asyncio

    from PySide6.QtWidgets import QMessageBox

    wizard = make_wizard(sim, qtbot)
    started = asyncio.Event()
    release = asyncio.Event()

    async def long_work() -> None:
        started.set()
        await release.wait()

    wizard.model.run(long_work())
    run(started.wait())
    assert wizard.model.busy
    wizard.reject()
    assert wizard.isVisible() and "pool as far as it got" in wizard.stop_question.text()
    wizard.stop_question.button(QMessageBox.StandardButton.No).click()
    assert wizard.isVisible() and not wizard.model.cancel.is_set()
    wizard.reject()
    wizard.stop_question.button(QMessageBox.StandardButton.Yes).click()
    assert not wizard.isVisible() and wizard.model.cancel.is_set()
    release.set()
    run(settle(wizard.model))


def test_closing_the_window_during_work_asks_too(sim: Simulator, qtbot: Any, run: Run) -> None:
    import asyncio

    from PySide6.QtWidgets import QMessageBox

    wizard = make_wizard(sim, qtbot)
    started = asyncio.Event()
    release = asyncio.Event()

    async def long_work() -> None:
        started.set()
        await release.wait()

    wizard.model.run(long_work())
    run(started.wait())
    wizard.close()  # the title bar's close button
    assert wizard.isVisible() and "pool as far as it got" in wizard.stop_question.text()
    wizard.stop_question.button(QMessageBox.StandardButton.No).click()
    assert wizard.isVisible()
    release.set()
    run(settle(wizard.model))


def test_a_row_shows_both_steps_running_on_its_host_and_keeps_a_failure(
    sim: Simulator, qtbot: Any
) -> None:
    from wizard.progress import Progress, State
    from wizard.ui.delegates import PROGRESS_ROLE

    wizard = make_wizard(sim, qtbot)
    build = wizard.pages[PageId.BUILD]
    assert isinstance(build, BuildPage)
    wizard.model.sync_plan_hosts()
    build.ensure_widgets()
    build.initializePage()
    host = sim.hosts[1].address
    row = build.row_of[host]

    def shown() -> tuple[str, int, str]:
        build.flush()
        return (
            build.rows.item(row, 1).text(),
            build.rows.item(row, 2).data(PROGRESS_ROLE),
            build.rows.item(row, 3).text(),
        )

    # The data SR and the heartbeat SR are made side by side.
    build.on_progress(Progress("sr", host, State.RUNNING, 0.6, "plugging"))
    build.on_progress(Progress("heartbeat", host, State.RUNNING, 0.2, "creating"))
    text, fraction, state = shown()
    assert "Create the shared SR: plugging" in text and "heartbeat" in text
    assert fraction == 20 and state == "running"  # the slower of the two
    build.on_progress(Progress("sr", host, State.DONE, 1.0, "attached"))
    text, fraction, _ = shown()
    assert "shared SR" not in text and fraction == 20  # only the heartbeat SR is left
    build.on_progress(Progress("heartbeat", host, State.FAILED, 0.2, "no LUN"))
    build.on_progress(Progress("sr", host, State.DONE, 1.0, "attached"))
    text, _, state = shown()
    assert "no LUN" in text and state == "failed"  # a failure stays until a retry


def test_iscsi_page_ticks_multipathing_for_several_portals_until_the_user_decides(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    wizard = make_wizard(sim, qtbot)
    page = _to_iscsi(wizard, run)
    iscsi = wizard.model.plan.iscsi
    assert not page.multipath.isChecked() and not iscsi.multipath  # one portal
    page.portal.setText("10.200.0.10, 10.200.0.9")
    assert page.multipath.isChecked() and iscsi.multipath
    from wizard.ui.pages.base import plan_html

    assert "Multipathing is turned on on every host first (2 portals)" in plan_html(wizard.model)
    page.multipath.click()  # the user says no: that stands
    assert not iscsi.multipath
    page.portal.setText("10.200.0.10, 10.200.0.9, 10.200.0.8")
    assert not page.multipath.isChecked() and not iscsi.multipath


def test_iscsi_page_lists_every_hosts_initiator_iqn_to_copy_for_the_array(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    wizard = make_wizard(sim, qtbot)
    page = _to_iscsi(wizard, run)
    lines = page.initiators.toPlainText().splitlines()
    machines = sorted(sim.world.machines.values(), key=lambda m: m.name)
    assert lines == [f"{m.name}: {m.iscsi_iqn}" for m in machines]
    assert page.initiators.isReadOnly()  # selectable and copyable, not editable
    page.initiators.selectAll()
    page.initiators.copy()
    from PySide6.QtGui import QGuiApplication

    assert all(m.iscsi_iqn in QGuiApplication.clipboard().text() for m in machines)


def test_every_join_rule_has_a_place_in_the_matrix() -> None:
    import re
    from pathlib import Path

    import wizard.checks.pool_join as pool_join
    from wizard.ui.pages.compat import CHECK_COLUMNS, OTHER_JOIN_CHECKS

    source = Path(pool_join.__file__).read_text()
    checks = set(re.findall(r'QT_TRANSLATE_NOOP\("Checks", "([^"]+)"\)', source))
    assert checks and checks <= {*CHECK_COLUMNS, *OTHER_JOIN_CHECKS}


def test_a_join_rule_in_the_other_column_blocks_next_too(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    member = sim.world.machines[sim.hosts[2].address]
    with sim.world.lock:  # its own pool verifies TLS differently from the master's
        member.db.update("pool", member.db.pool_ref, tls_verification_enabled=False)
    wizard = make_wizard(sim, qtbot)
    page = _to_compat(wizard, run)
    model = page.matrix.model()
    other = model.index(2, model.columnCount() - 1)
    assert model.headerData(model.columnCount() - 1, Qt.Orientation.Horizontal) == "Other"
    assert other.data() == "✗" and "TLS verification" in other.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, model.columnCount() - 1).data() == "✓"
    assert not page.isComplete()


def test_iscsi_next_follows_every_plan_change_though_the_plan_is_validated_once_per_change(
    sim: Simulator, qtbot: Any, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWizard

    import wizard.plan

    wizard_ = make_wizard(sim, qtbot)
    _connect(wizard_, run)
    for _ in range(3):
        qtbot.mouseClick(wizard_.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard_.currentPage()
    assert isinstance(page, IscsiPage)
    next_button = wizard_.button(QWizard.WizardButton.NextButton)

    async def step_one() -> None:
        qtbot.mouseClick(page.apply_network, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(
            page.question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
        )
        await settle(wizard_.model)  # the discovery follows without a click
        await settle(wizard_.model)

    run(step_one())
    assert page.data_lun.count() >= 2 and next_button.isEnabled(), page.why.text()
    calls: list[object] = []
    real = wizard.plan.validate
    monkeypatch.setattr(wizard.plan, "validate", lambda plan: calls.append(plan) or real(plan))
    # Work starting and ending asks every page on screen again: the plan did not change.
    wizard_.model.busy_changed.emit(True)
    wizard_.model.busy_changed.emit(False)
    assert next_button.isEnabled() and calls == []
    # The heartbeat on the shared SR's LUN, chosen with the keyboard: Next goes off.
    page.heartbeat_lun.setFocus()
    beat = page.heartbeat_lun.currentIndex()
    data = page.data_lun.currentIndex()
    assert abs(beat - data) == 1  # one key press: one change
    while page.heartbeat_lun.currentIndex() != data:
        qtbot.keyClick(page.heartbeat_lun, Qt.Key.Key_Up if beat > data else Qt.Key.Key_Down)
    assert not next_button.isEnabled() and "same LUN" in page.error.text()
    assert len(calls) == 1  # the change, validated once for Next, its reason and the steps
    while page.heartbeat_lun.currentIndex() != beat:
        qtbot.keyClick(page.heartbeat_lun, Qt.Key.Key_Down if beat > data else Qt.Key.Key_Up)
    assert next_button.isEnabled()
    # A change to the plan made elsewhere counts as soon as the page is asked again.
    wizard_.model.plan.iscsi.sr_name = ""
    wizard_.model.busy_changed.emit(False)
    assert not next_button.isEnabled()
    wizard_.model.plan.iscsi.sr_name = "iSCSI storage"
    wizard_.model.busy_changed.emit(False)
    assert next_button.isEnabled()


def test_every_plan_field_is_in_its_repr_which_keys_the_validation_cache() -> None:
    import dataclasses

    from wizard import plan

    for kind in (plan.Plan, plan.HostPlan, plan.StorageNetworkPlan, plan.IscsiPlan, plan.HaPlan):
        assert all(f.repr for f in dataclasses.fields(kind)), kind
