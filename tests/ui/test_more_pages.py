"""Start, High Availability, Review and Finish pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox

from tests.ui.conftest import Run, make_wizard, settle
from wizard.simulator import Simulator
from wizard.ui.app import autopilot, open_saved_plan
from wizard.ui.pages.finish import FinishPage
from wizard.ui.pages.ha import HaPage
from wizard.ui.pages.hosts import HostsPage
from wizard.ui.pages.review import ReviewPage
from wizard.ui.pages.start import StartPage


def test_start_page_refuses_a_broken_plan_with_its_fields(
    sim: Simulator, qtbot: Any, tmp_path: Path
) -> None:
    wizard = make_wizard(sim, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, StartPage)
    broken = tmp_path / "broken.toml"
    broken.write_text('pool_name = "x"\n[storage_network]\nvlan = 9999\n')
    assert page.load(broken) is False
    assert "storage_network.vlan" in page.error.text()
    assert wizard.model.plan.pool_name != "x"  # nothing half-loaded


def test_a_plan_opened_from_the_command_line_starts_on_the_hosts_page(
    sim: Simulator, qtbot: Any, tmp_path: Path
) -> None:
    from wizard import plan as planmod
    from wizard.demo import lab_plan
    from wizard.ui.pages.base import PageId

    saved = lab_plan(sim)
    saved.pool_name = "Customer pool"
    path = tmp_path / "customer.toml"
    planmod.save(saved, path)
    wizard = make_wizard(sim, qtbot)
    assert open_saved_plan(wizard, path) is True
    assert wizard.currentId() == PageId.HOSTS  # no file dialog in between
    assert wizard.model.plan.pool_name == "Customer pool"
    assert [r.address for r in wizard.model.rows] == [h.address for h in saved.hosts]


def test_a_broken_plan_from_the_command_line_stays_on_the_start_page(
    sim: Simulator, qtbot: Any, tmp_path: Path
) -> None:
    from wizard.ui.pages.base import PageId

    broken = tmp_path / "broken.toml"
    broken.write_text("[iscsi]\nport = 99999\n")
    wizard = make_wizard(sim, qtbot)
    assert open_saved_plan(wizard, broken) is False
    assert wizard.currentId() == PageId.START
    page = wizard.currentPage()
    assert isinstance(page, StartPage)
    assert "iscsi.port" in page.error.text()


def _ha_page(sim: Simulator, qtbot: Any, run: Run) -> tuple[Any, HaPage]:
    """A wizard connected to the lab, and its HA page shown on its own."""
    wizard = make_wizard(sim, qtbot)
    for row in wizard.model.rows:
        wizard.model.trust(row.address, True)
    run(wizard.model.connect_hosts())
    page = HaPage(wizard.model)
    qtbot.addWidget(page)
    page.initializePage()
    return wizard, page


def test_ha_page_caps_failures_at_what_the_pool_can_carry(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    wizard, page = _ha_page(sim, qtbot, run)
    assert page.failures.maximum() == 2  # three hosts with room: at most two failures
    assert page.vms.item(2, 0).text() == "erp-db"  # 32 GiB
    priority = page.vms.item(2, 3)
    assert priority.text() == "do not restart"
    page.vms.editItem(priority)  # as a double-click or F2 does
    editor = page.vms.findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("restart"))
    editor.activated.emit(editor.currentIndex())  # the user picks it
    assert wizard.model.plan.ha.restart_priorities["erp-db"] == "restart"
    assert page.vms.item(2, 3).text() == "restart"
    page.failures.setValue(0)
    assert "nothing is reserved" in page.explain.text()
    page.enabled.setChecked(False)
    assert not page.failures.isEnabled() and wizard.model.plan.ha.enabled is False


TWO_FULL_HOSTS = """
base = "smb3"
[[hosts]]
name = "xcp-01"
cpu = "intel-xeon-silver-4310"
memory_gib = 64
vms = [
    { name = "big-db", memory_gib = 40, disk_gib = 50, ha_restart_priority = "restart" },
    { name = "mail", memory_gib = 12, disk_gib = 50, ha_restart_priority = "restart" },
]
[[hosts]]
name = "xcp-02"
cpu = "intel-xeon-silver-4310"
memory_gib = 32
"""


def test_ha_page_says_why_two_full_hosts_tolerate_no_failure(
    make_sim: Callable[..., Simulator], qtbot: Any, run: Run, tmp_path: Path
) -> None:
    scenario = tmp_path / "two-full-hosts.toml"
    scenario.write_text(TWO_FULL_HOSTS)
    wizard, page = _ha_page(make_sim(str(scenario)), qtbot, run)
    assert page.failures.maximum() == 0 and wizard.model.plan.ha.host_failures_to_tolerate == 0
    text = page.explain.text()
    assert "nothing is reserved" in text
    # mail is halted: like XAPI's planner, it counts on the roomier xcp-02 already
    assert "1 is not possible: with one host down, big-db would find no room" in text
    # protecting only what fits gives 1 back
    wizard.model.plan.ha.restart_priorities["big-db"] = "best-effort"
    page.initializePage()
    assert page.failures.maximum() == 1 and "not possible" not in page.explain.text()


def test_review_saves_a_plan_without_secrets_and_exports_xe(
    sim: Simulator, qtbot: Any, run: Run, tmp_path: Path
) -> None:
    wizard = make_wizard(sim, qtbot)
    for row in wizard.model.rows:
        wizard.model.trust(row.address, True)
    run(wizard.model.connect_hosts())
    page = ReviewPage(wizard.model)
    qtbot.addWidget(page)
    page.initializePage()
    assert "Pool “Demo pool”" in page.summary.toPlainText()
    page.save_plan(str(tmp_path / "pool.toml"))
    text = (tmp_path / "pool.toml").read_text()
    assert sim.hosts[0].password not in text and "fingerprint" in text
    page.save_plan(str(tmp_path / "gone" / "pool.toml"))
    assert page.status.text().startswith(f"Could not write {tmp_path / 'gone' / 'pool.toml'}: ")
    page.export_xe(str(tmp_path / "build.sh"))
    run(settle(wizard.model))
    assert "pool-join" in (tmp_path / "build.sh").read_text()
    page.export_xe(str(tmp_path / "no-such-folder" / "build.sh"))
    run(settle(wizard.model))
    assert page.status.text().startswith(f"Could not write {tmp_path / 'no-such-folder'}")


def test_export_xe_clicked_in_the_running_app_writes_the_script(
    sim: Simulator, qtbot: Any, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The button, clicked while the qasync loop runs (as in the app), writes the script."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.test_junk_input import _walk_to
    from wizard.steps.engine import export_script
    from wizard.ui.pages.base import PageId

    target = tmp_path / "build.sh"
    # The file dialog is the OS's: it answers with the name the user would pick.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    wizard = make_wizard(sim, qtbot)
    _walk_to(wizard, run, PageId.REVIEW)
    page = wizard.currentPage()
    assert isinstance(page, ReviewPage)

    async def click() -> None:
        qtbot.mouseClick(page.export, Qt.MouseButton.LeftButton)
        await settle(wizard.model)

    run(click())
    script = target.read_text(encoding="utf-8")
    assert "pool-join" in script and "sr-create" in script
    assert script == export_script(wizard.model.plan)  # what apply --dry-run / export-xe write
    assert str(target) in page.status.text()


def test_finish_page_lists_local_vms_and_saves_the_report(
    sim: Simulator, qtbot: Any, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wizard.ui.pages import finish

    # The host table a row per piece, as 64 hosts come in pieces of 8: all of it shows, in order.
    monkeypatch.setattr(finish, "HOST_ROWS_PER_PART", 1)
    wizard = make_wizard(sim, qtbot)
    assert run(autopilot(wizard, None)) is True
    page = wizard.currentPage()
    assert isinstance(page, FinishPage)
    shown = page.summary.toPlainText()
    assert shown.count("Storage interfaces") == 1  # the headings once, above the first piece
    places = [shown.index(f"\n{name}\n") for name in ("xcp-01", "xcp-02", "xcp-03", "Networks")]
    assert places == sorted(places) and shown.index("Hosts") < places[0]
    assert "Build steps" in shown and "dc01" in shown
    # no host has a bonded management interface in this lab: the advice names them all
    assert "Management on a single NIC" in page.summary.toPlainText()
    assert "xcp-01, xcp-02, xcp-03: HA's heartbeat" in page.summary.toPlainText()
    page.save_report(str(tmp_path / "report.pdf"))
    run(settle(wizard.model))
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    page.save_report(str(tmp_path / "report.html"))
    run(settle(wizard.model))
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "report.png" in html and "xcp-01" in html
    # the build's own record, from its journal: how long each step took
    assert (
        "Build steps" in html and "Join the members" in html and "Enable High Availability" in html
    )
    assert (tmp_path / "report.png").read_bytes().startswith(b"\x89PNG")
    for name in ("report.pdf", "report.html"):  # a folder that is not there: said, not raised
        page.save_report(str(tmp_path / "gone" / name))
        run(settle(wizard.model))
        assert page.status.text().startswith(f"Could not write {tmp_path / 'gone' / name}: ")


def test_finish_page_shows_the_diagram_of_the_built_pool(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from PySide6.QtGui import QColor

    wizard = make_wizard(sim, qtbot)
    assert run(autopilot(wizard, None)) is True
    page = wizard.currentPage()
    assert isinstance(page, FinishPage)
    qtbot.waitUntil(lambda: page.diagram.image is not None)
    image = page.diagram.image
    assert image is not None
    page.views.setCurrentWidget(page.diagram)
    qtbot.waitUntil(lambda: not page.diagram.pixmap().isNull())
    # The master's box is drawn green, the members' grey, and both are on it.
    colours = {image.pixelColor(x, 215).name() for x in range(0, image.width(), 4)}
    assert QColor("#c6f6d5").name() in colours and QColor("#edf2f7").name() in colours


def test_finish_page_moves_the_ticked_halted_vms_to_the_shared_sr(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from PySide6.QtCore import Qt

    wizard = make_wizard(sim, qtbot)
    assert run(autopilot(wizard, None)) is True
    page = wizard.currentPage()
    assert isinstance(page, FinishPage)
    items = {page.local_vms.item(i).text(): page.local_vms.item(i) for i in range(3)}
    assert sorted(items) == [
        "dc01 — Local storage",
        "erp-db — Local storage",
        "fileserver — Local storage",
    ]
    assert not page.move_disks.isEnabled()  # nothing is ticked until the user ticks it
    items["dc01 — Local storage"].setCheckState(Qt.CheckState.Checked)
    assert page.move_disks.isEnabled()
    run(click_and_settle(qtbot, page.move_disks, wizard.model))
    qtbot.waitUntil(lambda: "shared SR now" in page.status.text())
    assert page.local_vms.count() == 2  # dc01 is off local storage
    assert "dc01 has disks" not in page.summary.toPlainText()
    assert wizard.model.build_ok  # the other VMs left on local storage: the pool stays built
    with sim.world.lock:
        db = sim.world.machines[sim.hosts[0].address].db
        shared = {ref for ref, sr in db.all("SR") if sr["shared"]}
        dc01 = next(ref for ref, vm in db.all("VM") if vm["name_label"] == "dc01")
        disks = [
            db.get("VDI", vbd["VDI"])["SR"]
            for _ref, vbd in db.all("VBD")
            if vbd["VM"] == dc01 and vbd["type"] == "Disk"
        ]
    assert disks and all(sr in shared for sr in disks)


def test_finish_page_moves_a_running_vm_live(sim: Simulator, qtbot: Any, run: Run) -> None:
    from PySide6.QtCore import Qt

    master = sim.world.machines[sim.hosts[0].address]
    with sim.world.lock:  # dc01 runs on the master from the start
        dc01 = next(ref for ref, vm in master.db.all("VM") if vm["name_label"] == "dc01")
        master.db.update("VM", dc01, power_state="Running", resident_on=master.host_ref)
    wizard = make_wizard(sim, qtbot)
    assert run(autopilot(wizard, None)) is True
    page = wizard.currentPage()
    assert isinstance(page, FinishPage)
    items = {page.local_vms.item(i).text(): page.local_vms.item(i) for i in range(3)}
    running = items["dc01 — Local storage (running: moves live)"]
    assert running.flags() & Qt.ItemFlag.ItemIsUserCheckable
    running.setCheckState(Qt.CheckState.Checked)
    run(click_and_settle(qtbot, page.move_disks, wizard.model))
    qtbot.waitUntil(lambda: "shared SR now" in page.status.text())
    assert page.local_vms.count() == 2
    with sim.world.lock:
        vm = master.db.get("VM", dc01)
        disks = [
            master.db.get("SR", master.db.get("VDI", vbd["VDI"])["SR"])["shared"]
            for _ref, vbd in master.db.all("VBD")
            if vbd["VM"] == dc01 and vbd["type"] == "Disk"
        ]
    assert vm["power_state"] == "Running" and disks == [True]


def test_check_a_host_tells_a_dead_member_from_a_healthy_one(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    wizard = make_wizard(sim, qtbot)
    assert run(autopilot(wizard, None)) is True
    page = wizard.currentPage()
    assert isinstance(page, FinishPage)
    dialog = page.open_health()  # owned by the page: closes with the wizard
    member = sim.hosts[1].address
    assert dialog.host.currentText() == member  # members first, the master last
    dialog.start()
    run(settle(wizard.model))
    qtbot.waitUntil(lambda: dialog.check.isEnabled())
    assert f"{member}: healthy" in dialog.answer.toPlainText()

    sim.world.set_online(member, False)
    dialog.start()
    run(settle(wizard.model))
    qtbot.waitUntil(lambda: "host down" in dialog.answer.toPlainText())
    shown = dialog.answer.toPlainText()
    assert f"no answer on {member}:{sim.port}" in shown
    assert f"the master {sim.hosts[0].address} sees this host as not live" in shown
    assert "--ssh" in shown  # without SSH it says what would tell more


def test_recent_plans_and_window_geometry_are_remembered(
    sim: Simulator, qtbot: Any, tmp_path: Path
) -> None:
    from wizard.demo import lab_plan
    from wizard.plan import save
    from wizard.ui.pages.start import recent_plans

    wizard = make_wizard(sim, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, StartPage)
    plan = tmp_path / "pool.toml"
    save(lab_plan(sim), plan)
    assert page.load(plan) is True
    assert recent_plans()[0] == str(plan.resolve())
    wizard.resize(900, 640)
    wizard.done(0)
    again = make_wizard(sim, qtbot)
    # restored from QSettings, not the 1100x760 default (offscreen adds no window frame)
    assert again.size().height() == 640 and again.size().width() < 1100
    start = again.currentPage()
    assert isinstance(start, StartPage) and start.recent.count() >= 1


def test_an_unknown_ssh_host_key_is_asked_on_the_qt_thread_never_accepted_silently(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    import asyncio
    import threading

    import pytest
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from wizard.ssh import HostKeyNotTrusted
    from wizard.ui.health import HealthDialog
    from wizard.xapi.aio import in_thread

    wizard = make_wizard(sim, qtbot)
    model = wizard.model
    dialog = HealthDialog([], "", model.diagnose, model.run, wizard)
    qtbot.addWidget(dialog)
    dialog.open()
    asked: list[tuple[str, bool]] = []

    async def answer(yes: bool) -> None:
        # the prompter's question, on the window in front: the user reads it and clicks
        while model.prompter.question is None:
            await asyncio.sleep(0.02)
        box = model.prompter.question
        asked.append((box.text().split()[0], threading.current_thread() is threading.main_thread()))
        assert box.parent() is dialog
        button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    async def check(address: str, fingerprint: str, yes: bool | None = None) -> None:
        access = model._ssh_access()  # binds the prompter to this loop
        clicking = asyncio.ensure_future(answer(yes)) if yes is not None else None
        try:
            await in_thread(access.trust.check, address, fingerprint)  # paramiko's thread
        finally:
            if clicking is not None:
                await clicking

    run(check("192.0.2.5", "SHA256:good", yes=True))
    with pytest.raises(HostKeyNotTrusted):
        run(check("192.0.2.6", "SHA256:bad", yes=False))
    assert asked == [("192.0.2.5", True), ("192.0.2.6", True)]  # asked on the Qt thread
    run(check("192.0.2.5", "SHA256:good"))  # pinned now: not asked again
    assert len(asked) == 2

    async def on_the_loop() -> bool:
        return model.prompter.confirm_host_key("192.0.2.7", "SHA256:good")

    assert run(on_the_loop()) is False  # the loop's own thread cannot wait for a click: no


def test_a_second_demo_starts_while_another_holds_its_port(qapp: Any) -> None:
    import XenAPI

    from wizard.ui.app import _demo_model
    from wizard.ui.model import WizardModel
    from wizard.xapi.trust import PinStore

    first_model, second_model = WizardModel(PinStore()), WizardModel(PinStore())
    first = _demo_model(first_model)
    try:
        second = _demo_model(second_model)  # same addresses: port 443 is taken as root
        try:
            assert isinstance(first, Simulator) and isinstance(second, Simulator)
            assert second.port != first.port
            for sim, model in ((first, first_model), (second, second_model)):
                host = sim.hosts[0]
                # Each wizard's plan points at its own lab, which answers there.
                assert model.plan.port == sim.port
                session = XenAPI.Session(f"https://{host.address}:{sim.port}", ignore_ssl=True)
                session.xenapi.login_with_password("root", host.password, "1.0", "test")
                session.xenapi.session.logout()
        finally:
            second.stop()
    finally:
        first.stop()


@pytest.mark.expected_errors("unexpected error")
def test_an_unexpected_error_is_told_on_the_terminal_too(
    qapp: Any, capsys: Any, monkeypatch: Any
) -> None:
    from wizard.ui.app import _excepthook

    monkeypatch.setenv("XENPOOL_AUTOPILOT", "1")  # no message box in a test
    try:
        raise OSError(98, "Address already in use")
    except OSError as exc:
        _excepthook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert "Address already in use" in err and "xenpool-wizard" in err  # and where the log is
    assert "Traceback" not in err


def test_ha_page_shows_xapis_own_maximum_once_the_pool_exists_and_keeps_under_it(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from tests.conftest import sdk_session

    wizard, page = _ha_page(sim, qtbot, run)
    run(settle(wizard.model))
    assert page.xapi_max is None and "once the hosts are in the pool" in page.explain.text()
    ours = page.failures.maximum()
    run(wizard.model.build_pool_phase())
    page.initializePage()
    run(settle(wizard.model))
    api = sdk_session(sim.hosts[0]).xenapi
    priorities = wizard.model.plan.ha.restart_priorities
    configuration = {
        ref: priorities.get(vm["name_label"], vm["ha_restart_priority"])
        for ref, vm in api.VM.get_all_records().items()
        if not vm["is_control_domain"] and not vm["is_a_template"]
    }
    xapi = int(api.pool.ha_compute_hypothetical_max_host_failures_to_tolerate(configuration))
    assert page.xapi_max == xapi
    assert f"XAPI's own planner: {xapi}" in page.explain.text()
    assert page.failures.maximum() == min(ours, xapi)
    page._xapi_answered(1)  # XAPI's planner allowing less than our estimate: it counts
    assert page.failures.maximum() == 1 and wizard.model.plan.ha.host_failures_to_tolerate <= 1
    assert f"Our estimate: {ours}; XAPI's own planner: 1" in page.explain.text()
    assert not page.fencing.isHidden() and "reboot" in page.fencing.text()
    page.enabled.setChecked(False)
    assert page.fencing.isHidden()


def test_a_refused_login_shows_its_advice_and_is_logged_as_a_warning(
    sim: Simulator, qtbot: Any, run: Run, caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtCore import Qt

    wizard = make_wizard(sim, qtbot)
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, HostsPage)
    wizard.model.trust_all([row.address for row in wizard.model.rows])
    page.password.setText("not the password")

    async def click() -> None:
        qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
        await settle(wizard.model)

    with caplog.at_level("INFO", logger="wizard"):
        run(click())
    assert "was refused" in page.status.text()
    assert "Check the host's root password." in page.status.text()  # the advice too
    refused = [r for r in caplog.records if "was refused" in r.getMessage()]
    assert refused and all(r.levelname == "WARNING" for r in refused)
    assert not page.isComplete()


@pytest.mark.expected_errors("unexpected error")
def test_a_bug_in_work_started_from_a_page_reaches_the_one_error_dialog(
    sim: Simulator, qtbot: Any, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a message under a button: the error dialog, open without blocking, names the log."""
    import sys

    from PySide6.QtWidgets import QApplication, QMessageBox

    from wizard import logs
    from wizard.ui import app

    monkeypatch.setattr(sys, "excepthook", app._excepthook)
    monkeypatch.setattr(app, "_error_dialog", [])
    wizard = make_wizard(sim, qtbot)

    async def broken(spec: str) -> int:
        raise KeyError("a bug")

    monkeypatch.setattr(wizard.model, "scan", broken)
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, HostsPage)
    page.address.setText("127.0.0.1-2")
    page.scan()
    run(settle(wizard.model))
    page.address.setText("127.0.0.3-4")
    page.scan()  # a second one updates the dialog that is open
    run(settle(wizard.model))
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    shown = [box for box in boxes if box.isVisible()]
    assert len(shown) == 1 and shown[0] is app._error_dialog[0]
    assert "'a bug'" in shown[0].text() and str(logs.log_file()) in shown[0].text()
    assert page.status.text() == ""  # a bug is not a hint under the button
    shown[0].accept()


def test_the_demo_hosts_come_trusted_so_connect_is_the_first_click(
    qapp: Any, qtbot: Any, run: Run
) -> None:
    from PySide6.QtCore import Qt

    from wizard.ui.app import PoolWizard, _demo_model
    from wizard.ui.model import WizardModel
    from wizard.xapi.trust import PinStore

    model = WizardModel(PinStore())
    simulator = _demo_model(model)
    assert isinstance(simulator, Simulator)
    try:
        wizard = PoolWizard(model)
        qtbot.addWidget(wizard)
        wizard.show()

        async def start_and_connect() -> None:
            await settle(model)
            qtbot.mouseClick(
                wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton
            )
            page = wizard.currentPage()
            assert isinstance(page, HostsPage)
            qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
            await settle(model)

        run(start_and_connect())
        page = wizard.currentPage()
        assert isinstance(page, HostsPage)
        assert all(row.trusted for row in model.rows) and len(model.rows) == 3
        assert all(model.session.pins.get(h.address) == h.fingerprint for h in simulator.hosts)
        assert page.isComplete()  # no Trust clicked: the demo's own lab is trusted
    finally:
        simulator.stop()


async def click_and_settle(qtbot: Any, button: Any, model: Any) -> None:
    """A real click inside the running loop, then the work it started ends."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    await settle(model)
