"""Issue 15 as a person meets it: stable order, checks that agree, no dead ends, edits
after the pool exists, names for addresses, the step list (clicks and keys on the widgets)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.conftest import next_base_address, sdk_session
from tests.ui.conftest import Run, make_wizard, settle
from wizard.simulator import Simulator
from wizard.ui.app import PoolWizard
from wizard.ui.pages.compat import CompatibilityPage
from wizard.ui.pages.hosts import HostsPage
from wizard.ui.pages.network import NetworkPage


def _click_next(wizard: PoolWizard, qtbot: Any) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), "Next is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _hosts_page(wizard: PoolWizard, qtbot: Any) -> HostsPage:
    _click_next(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, HostsPage)
    return page


def _trust_and_connect(wizard: PoolWizard, page: HostsPage, qtbot: Any, run: Run) -> None:
    run(settle(wizard.model))
    for index in range(page.table.rowCount()):
        trust = page.table.item(index, 0)
        assert trust is not None
        trust.setCheckState(Qt.CheckState.Checked)  # the user ticks "Trust" on each row
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    run(settle(wizard.model))
    assert page.isComplete(), page.status.text()


def _to_network(wizard: PoolWizard, qtbot: Any, run: Run) -> NetworkPage:
    page = _hosts_page(wizard, qtbot)
    _trust_and_connect(wizard, page, qtbot, run)
    _click_next(wizard, qtbot)
    _click_next(wizard, qtbot)
    network = wizard.currentPage()
    assert isinstance(network, NetworkPage)
    return network


def _type(qtbot: Any, widget: Any, text: str) -> None:
    """Select what the field holds and type over it, as a user does."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def test_hosts_added_out_of_order_are_listed_by_address_with_the_first_as_master(
    make_sim: Callable[..., Simulator], qtbot: Any, run: Run
) -> None:
    # .8, .9, .10: numeric order is not the text's order ("10" < "8")
    sim = make_sim("smb3", base_address=next_base_address().rsplit(".", 1)[0] + ".8")
    wizard = make_wizard(sim, qtbot)
    wizard.model.plan.master = ""  # a new build: no master chosen yet
    for row in list(wizard.model.rows):
        wizard.model.remove_address(row.address)
    page = _hosts_page(wizard, qtbot)
    for host in (sim.hosts[2], sim.hosts[0], sim.hosts[1]):  # as a scan may answer
        qtbot.keyClicks(page.address, host.address)
        qtbot.keyClick(page.address, Qt.Key.Key_Return)
    run(settle(wizard.model))
    shown = [page.table.item(i, 1).text() for i in range(page.table.rowCount())]  # type: ignore[union-attr]
    assert shown == [h.address for h in sim.hosts]
    _trust_and_connect(wizard, page, qtbot, run)
    _click_next(wizard, qtbot)
    compat = wizard.currentPage()
    assert isinstance(compat, CompatibilityPage)
    assert compat.master.currentData() == sim.hosts[0].address
    assert compat.master.currentText() == f"xcp-01 ({sim.hosts[0].address})"
    _click_next(wizard, qtbot)
    network = wizard.currentPage()
    assert isinstance(network, NetworkPage)
    first = wizard.model.plan.storage_network.first_ip
    assert network.ips.item(0, 3).text() == first  # type: ignore[union-attr]
    assert network.ips.item(0, 0).data(Qt.ItemDataRole.UserRole) == sim.hosts[0].address  # type: ignore[union-attr]


def _check(page: NetworkPage, row: int) -> str:
    found = page.ips.item(row, 4)
    assert found is not None
    return found.text()


def test_storage_ips_are_checked_against_portal_broadcast_and_management_addresses(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    wizard = make_wizard(sim, qtbot)
    page = _to_network(wizard, qtbot, run)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled() and _check(page, 1) == "✓"
    # .9, .10, .11: the second host would get the portal's own address
    _type(qtbot, page.first_ip, "10.200.0.9")
    assert "10.200.0.10 is the iSCSI portal's address" in _check(page, 1)
    assert _check(page, 0) == "✓" and _check(page, 2) == "✓"
    assert "iSCSI portal" in page.errors["first_ip"].text()
    assert not next_button.isEnabled() and "marked in red" in page.why.text()
    # .253, .254, .255: the third gets the broadcast address, said in its row and once above
    _type(qtbot, page.first_ip, "10.200.0.253")
    assert "broadcast" in _check(page, 2) and _check(page, 1) == "✓"
    assert page.errors["first_ip"].text().count("broadcast") == 1
    # outside the subnet: every row says so, the form once
    _type(qtbot, page.first_ip, "10.30.0.5")
    assert all("outside the storage subnet" in _check(page, i) for i in range(3))
    assert page.errors["first_ip"].text().count("outside") == 1
    # a host's management address
    base = sim.hosts[0].address.rsplit(".", 1)[0]
    _type(qtbot, page.subnet, f"{base}.0/24")
    _type(qtbot, page.first_ip, sim.hosts[1].address)
    assert f"{sim.hosts[1].address} is the management address of xcp-02" in _check(page, 0)
    _type(qtbot, page.subnet, "10.200.0.0/24")
    _type(qtbot, page.first_ip, "10.200.0.21")
    assert [_check(page, i) for i in range(3)] == ["✓", "✓", "✓"] and next_button.isEnabled()
    assert page.why.text() == ""
    # VLAN 0 is refused in the rows too; 5000 stays 5000 and is refused, not made 500
    _type(qtbot, page.vlan.lineEdit(), "0")
    assert page.vlan.value() == 0
    assert all("outside 1-4094" in _check(page, i) for i in range(3))
    _type(qtbot, page.vlan.lineEdit(), "5000")
    assert page.vlan.value() == 5000
    assert "5000 is outside 1-4094" in page.errors["vlan"].text()
    assert not next_button.isEnabled()
    _type(qtbot, page.vlan.lineEdit(), "200")
    assert next_button.isEnabled()


def _create_pool(wizard: PoolWizard, page: Any, qtbot: Any, run: Run) -> None:
    from PySide6.QtWidgets import QMessageBox

    assert page.apply_network.isEnabled(), page.steps_why.text()
    qtbot.mouseClick(page.apply_network, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        page.question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
    )
    run(settle(wizard.model))


def test_a_first_ip_on_the_portal_is_refused_before_any_change_and_discover_waits_for_step_1(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from wizard.ui.pages.iscsi import IscsiPage

    wizard = make_wizard(sim, qtbot)
    wizard.model.plan.iscsi.portals = []  # a new build: the portal comes on its page
    network = _to_network(wizard, qtbot, run)
    _type(qtbot, network.first_ip, "10.200.0.9")
    _click_next(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, IscsiPage)
    assert not page.discover.isEnabled()
    _type(qtbot, page.portal, "10.200.0.10")
    assert "10.200.0.10 is also the storage IP planned for xcp-02" in page.error.text()
    assert not page.apply_network.isEnabled()
    assert "10.200.0.10" in page.steps_why.text()
    api = sdk_session(sim.hosts[0]).xenapi
    assert len(api.host.get_all()) == 1 and not api.VLAN.get_all()  # nothing changed
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    _type(qtbot, network.first_ip, "10.200.0.21")
    _click_next(wizard, qtbot)
    assert page.error.text() == "" and page.apply_network.isEnabled()
    assert "Discover needs step 1 first" in page.steps_why.text()
    assert "Discover the target" in page.why.text()
    _create_pool(wizard, page, qtbot, run)
    assert len(api.host.get_all()) == 3
    assert page.discover.isEnabled() and page.steps_why.text() == ""
    qtbot.mouseClick(page.discover, Qt.MouseButton.LeftButton)
    run(settle(wizard.model))
    run(settle(wizard.model))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), page.why.text()
    assert page.why.text() == ""


def test_a_vlan_edit_after_the_pool_exists_is_refused_on_its_page_with_the_reason(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from wizard.ui.pages.iscsi import IscsiPage

    wizard = make_wizard(sim, qtbot)
    network = _to_network(wizard, qtbot, run)
    _click_next(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, IscsiPage)
    _create_pool(wizard, page, qtbot, run)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is network
    _type(qtbot, network.vlan.lineEdit(), "500")
    said = network.errors["vlan"].text()
    assert "already has its storage network" in said and "VLAN 200" in said
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert network.why.text()
    api = sdk_session(sim.hosts[0]).xenapi
    assert {int(v["tag"]) for v in api.VLAN.get_all_records().values()} == {200}
    _type(qtbot, network.vlan.lineEdit(), "200")
    assert network.errors["vlan"].text() == ""
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_fresh_builds_compatibility_page_keeps_later_pages_findings_for_their_pages(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from wizard.plan import Plan

    wizard = make_wizard(sim, qtbot)
    wizard.model.plan = Plan(pool_name="Office-Pool", port=wizard.model.plan.port)  # New build
    page = _hosts_page(wizard, qtbot)
    _trust_and_connect(wizard, page, qtbot, run)
    _click_next(wizard, qtbot)
    compat = wizard.currentPage()
    assert isinstance(compat, CompatibilityPage)
    details = compat.details.toPlainText()
    assert "storage_ip" not in details and "hosts[" not in details and "iscsi" not in details
    assert all(mark is None for _name, marks in compat.cells.rows for mark, _tip in marks)
    assert "blocker" not in compat.status.text() + compat.why.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _click_next(wizard, qtbot)
    network = wizard.currentPage()
    assert isinstance(network, NetworkPage)  # the storage findings wait here, in its words
    assert "outside 1-4094" in network.errors["vlan"].text()


def test_a_failed_ssh_check_names_its_checkbox_and_unticking_it_builds(
    sim: Simulator, qtbot: Any, run: Run, monkeypatch: Any
) -> None:
    import socket

    from wizard.ssh import SshAccess
    from wizard.ui.pages.build import BuildPage
    from wizard.ui.pages.review import ReviewPage

    wizard = make_wizard(sim, qtbot)
    model = wizard.model
    model.demo = False  # as with real hosts: the SSH check is on by default
    with socket.socket() as probe:  # a loopback port nothing listens on: SSH is refused
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    made = model._ssh_access

    def refused() -> SshAccess:
        access = made()
        access.port = closed
        return access

    monkeypatch.setattr(model, "_ssh_access", refused)
    _to_network(wizard, qtbot, run)
    _click_next(wizard, qtbot)
    iscsi = wizard.currentPage()
    _create_pool(wizard, iscsi, qtbot, run)
    qtbot.mouseClick(iscsi.discover, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    run(settle(model))
    run(settle(model))
    _click_next(wizard, qtbot)
    run(settle(model))  # the HA page asks XAPI what the pool can tolerate
    _click_next(wizard, qtbot)
    review = wizard.currentPage()
    assert isinstance(review, ReviewPage) and review.ssh_check.isChecked()
    _click_next(wizard, qtbot)
    build = wizard.currentPage()
    assert isinstance(build, BuildPage)
    qtbot.mouseClick(build.start, Qt.MouseButton.LeftButton)
    run(settle(model))
    said = build.status.text()
    assert "cannot reach SSH" in said
    assert 'untick "prove each host\'s storage path over SSH" on the Review page' in said
    api = sdk_session(sim.hosts[0]).xenapi
    assert not [sr for sr in api.SR.get_all_records().values() if sr["type"] == "lvmoiscsi"]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is review
    review.ssh_check.click()  # the user unticks it
    assert not model.check_over_ssh
    _click_next(wizard, qtbot)
    assert wizard.currentPage() is build and build.start.isEnabled()
    qtbot.mouseClick(build.start, Qt.MouseButton.LeftButton)
    run(settle(model))
    assert model.build_ok, build.status.text()
    assert [sr for sr in api.SR.get_all_records().values() if sr["type"] == "lvmoiscsi"]


def test_the_greyed_out_demo_choice_says_why(qtbot: Any) -> None:
    from wizard.ui.model import WizardModel
    from wizard.ui.pages.start import StartPage
    from wizard.xapi.trust import PinStore

    wizard = PoolWizard(WizardModel(PinStore()))  # started without --demo
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    assert isinstance(page, StartPage)
    assert not page.demo.isEnabled()
    assert page.demo_why.isVisible() and "--demo" in page.demo_why.text()


def test_a_host_name_is_resolved_once_shown_with_its_address_and_the_whole_fingerprint_shown(
    sim: Simulator, qtbot: Any, run: Run, monkeypatch: Any
) -> None:
    import socket

    from wizard.xapi.fingerprints import format_fingerprint

    name = "xcp-01.lab.example"
    asked: list[str] = []
    real = socket.getaddrinfo

    def dns(host: Any, *args: Any, **kwargs: Any) -> Any:  # the site's DNS entry for the host
        if host in (name, "nosuch.lab.example"):
            asked.append(host)
            if host != name:
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (sim.hosts[0].address, 0))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", dns)
    wizard = make_wizard(sim, qtbot)
    for row in list(wizard.model.rows):
        wizard.model.remove_address(row.address)
    page = _hosts_page(wizard, qtbot)
    qtbot.keyClicks(page.address, "nosuch.lab.example")
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    run(settle(wizard.model))
    assert "'nosuch.lab.example' does not resolve" in page.address_error.text()
    _type(qtbot, page.address, name)
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    run(settle(wizard.model))
    assert page.address_error.text() == ""
    for host in sim.hosts[1:]:
        qtbot.keyClicks(page.address, host.address)
        qtbot.keyClick(page.address, Qt.Key.Key_Return)
    run(settle(wizard.model))
    assert [r.address for r in wizard.model.rows] == [h.address for h in sim.hosts]
    assert page.table.item(0, 1).text() == f"{sim.hosts[0].address} ({name})"  # type: ignore[union-attr]
    # the whole fingerprint of the host to confirm, and where its console shows it
    shown = page.fingerprint.text()
    assert format_fingerprint(sim.hosts[0].fingerprint) in shown
    assert "openssl x509 -in /etc/xensource/xapi-ssl.pem" in shown
    assert "fingerprint_sha256" in shown
    header = page.table.horizontalHeader()
    for column in range(page.table.columnCount() - 1):  # no heading cut off
        assert page.table.columnWidth(column) >= header.sectionSizeHint(column)
    _trust_and_connect(wizard, page, qtbot, run)
    assert asked == ["nosuch.lab.example", name]  # resolved once, then the address is used
    assert wizard.model.plan.hosts[0].address == sim.hosts[0].address


def test_a_small_heartbeat_lun_is_refused_in_gib_with_its_advice_in_view(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from wizard.ui.pages.iscsi import IscsiPage

    wizard = make_wizard(sim, qtbot)
    _to_network(wizard, qtbot, run)
    _click_next(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, IscsiPage)
    _create_pool(wizard, page, qtbot, run)
    qtbot.mouseClick(page.discover, Qt.MouseButton.LeftButton)
    run(settle(wizard.model))
    run(settle(wizard.model))
    small = page.heartbeat_lun.findText("1.0 GiB", Qt.MatchFlag.MatchContains)
    assert small >= 0
    page.heartbeat_lun.setFocus()
    for _ in range(page.heartbeat_lun.count()):  # the user picks it with the arrow keys
        if page.heartbeat_lun.currentIndex() == small:
            break
        qtbot.keyClick(page.heartbeat_lun, Qt.Key.Key_Down)
    said = page.error.text()
    assert (
        "the heartbeat LUN has 1.0 GiB (1,073,741,824 bytes); HA needs 3.7 GiB "
        "(3,997,171,712 bytes) on it" in said
    )
    assert "GB " not in said and "use a LUN of 4 GiB or more" in said
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.why.text()


def test_the_step_list_shows_every_step_the_current_one_the_finished_ones_and_where_hosts_change(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from wizard.ui.pages.base import PageId
    from wizard.ui.steplist import StepList

    wizard = make_wizard(sim, qtbot)
    steps = wizard.sideWidget()
    assert isinstance(steps, StepList) and steps.isVisible()
    titles = [wizard.page(i).title() for i in wizard.pageIds()]
    assert [steps.lines[i].text().strip(" ▶✓") for i in wizard.pageIds()] == titles
    assert steps.lines[int(PageId.START)].text().startswith("▶")
    page = _hosts_page(wizard, qtbot)
    _trust_and_connect(wizard, page, qtbot, run)
    _click_next(wizard, qtbot)
    assert steps.lines[int(PageId.START)].text().startswith("✓")
    assert steps.lines[int(PageId.HOSTS)].text().startswith("✓")
    assert steps.lines[int(PageId.COMPAT)].text().startswith("▶")
    assert not steps.lines[int(PageId.NETWORK)].text().startswith(("✓", "▶"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert steps.lines[int(PageId.HOSTS)].text().startswith("▶")
    assert not steps.lines[int(PageId.COMPAT)].text().startswith(("✓", "▶"))
    # the mark stands between the pages that only read and the first that changes hosts
    layout = steps.layout()
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    mark = order.index(steps.change_mark)
    assert order[mark - 1] is steps.lines[int(PageId.NETWORK)]
    assert steps.lines[int(PageId.ISCSI)] in order[mark + 1 : mark + 3]
    assert "Hosts change" in steps.change_mark.text()


def test_a_saved_plan_in_another_order_keeps_each_hosts_storage_ip(
    sim: Simulator, qtbot: Any, run: Run, tmp_path: Any
) -> None:
    from wizard import plan as planmod
    from wizard.demo import lab_plan
    from wizard.ui.app import open_saved_plan

    saved = lab_plan(sim)
    saved.hosts.reverse()  # written by hand, the last host first: it gets the first IP
    meant = saved.storage_ips()
    path = tmp_path / "pool.toml"
    planmod.save(saved, path)
    wizard = make_wizard(sim, qtbot)
    for row in list(wizard.model.rows):
        wizard.model.remove_address(row.address)
    assert open_saved_plan(wizard, path)
    page = wizard.currentPage()
    assert isinstance(page, HostsPage)
    shown = [page.table.item(i, 1).text() for i in range(page.table.rowCount())]  # type: ignore[union-attr]
    assert shown == [h.address for h in sim.hosts]  # listed by address
    _trust_and_connect(wizard, page, qtbot, run)
    _click_next(wizard, qtbot)
    _click_next(wizard, qtbot)
    network = wizard.currentPage()
    assert isinstance(network, NetworkPage)
    assert wizard.model.plan.storage_ips() == meant  # what the file meant, host by host
    for index in range(3):
        address = network.ips.item(index, 0).data(Qt.ItemDataRole.UserRole)  # type: ignore[union-attr]
        assert network.ips.item(index, 3).text() == meant[address]  # type: ignore[union-attr]


def test_retyping_the_portal_keeps_next_and_a_changed_one_says_discover_again(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from wizard.ui.pages.iscsi import IscsiPage

    wizard = make_wizard(sim, qtbot)
    _to_network(wizard, qtbot, run)
    _click_next(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, IscsiPage)
    _create_pool(wizard, page, qtbot, run)
    qtbot.mouseClick(page.discover, Qt.MouseButton.LeftButton)
    run(settle(wizard.model))
    run(settle(wizard.model))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    _type(qtbot, page.portal, "10.200.0.10")  # the same value again
    assert next_button.isEnabled() and page.why.text() == ""
    _type(qtbot, page.portal, "10.200.0.11")
    assert not next_button.isEnabled()
    assert "press Discover again" in page.why.text()
    _type(qtbot, page.portal, "10.200.0.10")  # back to the portal the LUNs came from
    assert next_button.isEnabled() and page.why.text() == ""


def test_step_1_on_the_iscsi_page_discovers_the_target_by_itself(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from wizard.ui.pages.iscsi import IscsiPage

    wizard = make_wizard(sim, qtbot)
    _to_network(wizard, qtbot, run)
    _click_next(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, IscsiPage)
    _create_pool(wizard, page, qtbot, run)  # no click on Discover
    assert page.luns.rowCount() == 3 and page.data_lun.currentText().startswith("LUN 0")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), page.why.text()


def test_the_iscsi_page_stays_busy_from_step_1_until_its_luns_are_shown(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    """Step 1, target discovery and LUN discovery follow each other as one piece of work:
    no turn of the loop in between where nothing runs (Next enabled for a moment)."""
    from wizard.ui.pages.iscsi import IscsiPage

    wizard = make_wizard(sim, qtbot)
    _to_network(wizard, qtbot, run)
    _click_next(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, IscsiPage)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    idle_moments: list[tuple[int, bool]] = []  # LUN rows and Next, each time work ends
    wizard.model.busy_changed.connect(
        lambda busy: (
            None if busy else idle_moments.append((page.luns.rowCount(), next_button.isEnabled()))
        )
    )
    _create_pool(wizard, page, qtbot, run)
    assert idle_moments, "the work never ended"
    assert idle_moments[0][0] == 3, f"idle before the LUNs were shown: {idle_moments}"
