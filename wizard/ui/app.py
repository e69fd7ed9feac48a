"""The desktop wizard: application start-up, demo mode and the autopilot."""

from __future__ import annotations

import errno
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWizard

from wizard.i18n import translate
from wizard.platforms import is_root
from wizard.ui.model import WizardModel
from wizard.ui.pages.base import BasePage, PageId
from wizard.ui.pages.start import StartPage
from wizard.ui.qtnames import Qt, preload, preload_widget_types

# asyncio, qasync, the engine and the pages after the first load on first use: the first
# page shows sooner.
if TYPE_CHECKING:
    import asyncio

    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

PREPARE_AFTER_MS = 150  # after a page change, once the new page is painted
MAKE_PAGES_AFTER_MS = 20  # the first page painted, the others are made one per event

# Each page after the first: its module and class, imported when the page is made.
LATER_PAGES = {
    PageId.HOSTS: ("wizard.ui.pages.hosts", "HostsPage"),
    PageId.COMPAT: ("wizard.ui.pages.compat", "CompatibilityPage"),
    PageId.NETWORK: ("wizard.ui.pages.network", "NetworkPage"),
    PageId.ISCSI: ("wizard.ui.pages.iscsi", "IscsiPage"),
    PageId.HA: ("wizard.ui.pages.ha", "HaPage"),
    PageId.REVIEW: ("wizard.ui.pages.review", "ReviewPage"),
    PageId.BUILD: ("wizard.ui.pages.build", "BuildPage"),
    PageId.FINISH: ("wizard.ui.pages.finish", "FinishPage"),
}


class Pages(dict[PageId, BasePage]):
    """The wizard's pages by id; one not made yet is made when asked for."""

    def __init__(self, make: Callable[[PageId], BasePage]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, page_id: PageId) -> BasePage:
        return self.make(page_id)


# Worker threads parse XAPI answers for up to 64 hosts at once; at the default 5 ms a
# thread keeps the GIL, the window's thread waited behind them for up to 150 ms.
GUI_SWITCH_INTERVAL = 0.001


class PoolWizard(QWizard):
    def __init__(self, model: WizardModel) -> None:
        super().__init__()
        sys.setswitchinterval(GUI_SWITCH_INTERVAL)
        self.model = model
        self.setWindowTitle(self.tr("XenPool Wizard"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        # "Log folder…" next to the wizard's buttons: where a support case starts.
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Log folder…"))
        self.customButtonClicked.connect(self._custom_button)
        # The first page now; the others once it is on screen, one per event (their
        # modules and widgets cost 50 ms), or at once when one is asked for (Next, tests).
        self.pages = Pages(self._make_page)
        self._add_page(PageId.START, StartPage(model))
        model.busy_changed.connect(self._guard_back)  # dropped by Qt with the window
        from wizard.ui.steplist import StepList

        # Every step on the left; the hosts change from the iSCSI page's step 1 on.
        self.steps = StepList(self, int(PageId.ISCSI))
        self.setSideWidget(self.steps)
        self.preloaded = False
        QTimer.singleShot(MAKE_PAGES_AFTER_MS, self, self._when_shown)
        self.confirmed_stop = False  # the user said yes to stopping a running build
        # The next page's widgets are made while the user reads this one: Next then
        # only fills them (the HA page's took 23 ms of a 60 ms page change).
        self.currentIdChanged.connect(self._page_changed)
        # A page change is two turns of the event loop: the switch (the page's
        # initializePage, Qt showing and laying it out), then its first paint. In one
        # they held the loop 25-50 ms (64 hosts); a timer of its own, not a posted call:
        # those run before the other timers and the paint would follow at once.
        self._paint_later = QTimer(self)
        self._paint_later.setSingleShot(True)
        self._paint_later.setInterval(0)
        self._paint_later.timeout.connect(lambda: self.setUpdatesEnabled(True))
        self.resize(1100, 760)
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def _guard_back(self, _busy: bool = False) -> None:
        """No Back while the build changes the hosts: the pages before it would describe a
        pool that no longer is as they say."""
        if self.currentId() == PageId.BUILD and self.model.busy:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            from wizard import logs

            folder = logs.log_dir()
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _add_page(self, page_id: PageId, page: BasePage) -> None:
        self.pages[page_id] = page
        self.setPage(int(page_id), page)
        # after QWizard's own update of the buttons, which would enable Back again
        page.completeChanged.connect(self._guard_back)

    def _make_page(self, page_id: PageId) -> BasePage:
        import importlib

        module, name = LATER_PAGES[page_id]
        page: BasePage = getattr(importlib.import_module(module), name)(self.model)
        self._add_page(page_id, page)
        return page

    def ensure_pages(self) -> None:
        for page_id in LATER_PAGES:
            if page_id not in self.pages:
                self._make_page(page_id)

    def _make_next_page(self) -> None:
        missing = [page_id for page_id in LATER_PAGES if page_id not in self.pages]
        if missing:
            self._make_page(missing[0])
            QTimer.singleShot(0, self, self._make_next_page)

    def nextId(self) -> int:
        # Until the Hosts page is made, the Start page still leads to it (QWizard would
        # call Start the last page and offer Finish); Next makes it (validateCurrentPage).
        if self.currentId() == PageId.START and PageId.HOSTS not in self.pages:
            return int(PageId.HOSTS)
        return super().nextId()

    def validateCurrentPage(self) -> bool:
        self.ensure_pages()
        return super().validateCurrentPage()

    def _prepare_next(self) -> None:
        if self.model.busy:
            # Not while work runs: 64 logins on worker threads take the GIL in turns with
            # this thread, and making a page's widgets then held the window 40-60 ms. Next
            # waits for the work anyway; the page is made once it ends.
            QTimer.singleShot(PREPARE_AFTER_MS, self, self._prepare_next)
            return
        next_id = self.nextId()
        following = self.pages[PageId(next_id)] if next_id >= 0 else None
        if isinstance(following, BasePage):
            following.ensure_widgets()

    def _page_changed(self, _id: int) -> None:
        if self.isVisible():
            self.setUpdatesEnabled(False)
            self._paint_later.start()
        QTimer.singleShot(PREPARE_AFTER_MS, self, self._prepare_next)

    def _when_shown(self) -> None:
        """What the next pages need is made and loaded once the first page is on screen.
        Looked for on a timer, not in showEvent: a Python showEvent on the first page's way
        costs the start-up Qt's event enum (181 members, ~2 ms)."""
        if self.preloaded:
            return
        if not self.isVisible():
            QTimer.singleShot(MAKE_PAGES_AFTER_MS, self, self._when_shown)
            return
        self.preloaded = True
        self._make_next_page()
        QTimer.singleShot(30, preload)
        QTimer.singleShot(60, preload_widget_types)  # a turn of its own: 10 ms more

    def done(self, result: int) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().done(result)

    def reject(self) -> None:
        """Cancel, Esc or closing the window (QDialog routes it here): while hosts are being
        changed, ask first."""
        busy, ha_off = self.model.busy, self.model.ha_left_off()
        if (not busy and not ha_off) or self.confirmed_stop:
            super().reject()
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Stop the build?") if busy else self.tr("Close with HA off?"),
            self.tr(
                "The hosts are being changed. Stopping now ends the running step and leaves the "
                "pool as far as it got; its plan is saved, and the wizard offers to resume the "
                "build by its name when it starts again. Stop and close?"
            )
            + (
                " "
                + self.tr("HA was turned off for the joins and stays off until a build finishes.")
                if ha_off
                else ""
            )
            if busy
            else self.tr(
                "HA was turned off so the new hosts could join, and the build that turns it on "
                "again has not run: until it does, no VM is restarted if a host fails. Running "
                "the same plan again turns it on. Close anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(code: int) -> None:
            if code == QMessageBox.StandardButton.Yes.value:
                self.model.request_cancel()
                self.confirmed_stop = True
                super(PoolWizard, self).reject()

        box.finished.connect(answered)
        self.stop_question = box
        box.open()


def _demo_model(model: WizardModel) -> object:
    """Start the simulated smb3 lab in-process and prefill the wizard from it."""
    from wizard.demo import lab_plan
    from wizard.simulator import Simulator

    simulator = Simulator("smb3", time_scale=0.05)
    try:
        simulator.start(None if is_root() else 0)  # 443 as root, as XAPI listens
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        # Another demo (or a real service) holds port 443 there: a free port works as well.
        simulator = Simulator("smb3", time_scale=0.05).start(0)
    model.demo = True
    model.plan = lab_plan(simulator)
    model.plan.hosts = []
    model.plan.pool_name = "Demo pool"
    model.set_password(simulator.hosts[0].password)
    for host in simulator.hosts:
        model.add_address(host.address, host.fingerprint)
    # The lab's certificates are the ones this process just made: nothing to compare by hand.
    model.trust_all([host.address for host in simulator.hosts])
    return simulator


async def autopilot(
    wizard: PoolWizard,
    screenshots: Path | None,
    on_page: Callable[[str], None] | None = None,
    finish: bool = False,
) -> bool:
    """Walk every page with the defaults (the demo's), like a user clicking Next.

    ``on_page`` is called with each page's screenshot name once the page has settled
    (tests read the screen there); ``finish`` presses Finish at the end.
    """
    import asyncio

    model = wizard.model
    if not wizard.isVisible():
        wizard.show()

    async def settle() -> None:
        await asyncio.sleep(0.05)
        while model.busy:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.05)

    def shot(name: str) -> None:
        if screenshots is not None:
            screenshots.mkdir(parents=True, exist_ok=True)
            wizard.grab().save(str(screenshots / f"{name}.png"))
        if on_page is not None:
            on_page(name)

    from wizard.ui.pages.build import BuildPage
    from wizard.ui.pages.hosts import HostsPage
    from wizard.ui.pages.iscsi import IscsiPage

    hosts = wizard.pages[PageId.HOSTS]
    iscsi = wizard.pages[PageId.ISCSI]
    build = wizard.pages[PageId.BUILD]
    assert (
        isinstance(hosts, HostsPage)
        and isinstance(iscsi, IscsiPage)
        and isinstance(build, BuildPage)
    )
    sequence = [
        PageId.START,
        PageId.HOSTS,
        PageId.COMPAT,
        PageId.NETWORK,
        PageId.ISCSI,
        PageId.HA,
        PageId.REVIEW,
        PageId.BUILD,
    ]
    for page_id in sequence:
        await settle()
        if page_id is PageId.HOSTS:
            model.trust_all([row.address for row in model.rows])
            hosts.connect_hosts()
            await settle()
        if page_id is PageId.COMPAT:
            wizard.pages[PageId.COMPAT].accept.setChecked(True)  # type: ignore[attr-defined]
        if page_id is PageId.ISCSI:
            iscsi.create_network()
            await settle()
            iscsi.discover_targets()
            await settle()
            await settle()
        if page_id is PageId.BUILD:
            build.build()
            await settle()
            shot(f"{int(page_id) + 1:02d}-{page_id.name.lower()}")
            if not model.build_ok:
                log.error("autopilot: the build failed: %s", build.status.text())
                return False
            wizard.next()
            await settle()
            shot(f"{int(PageId.FINISH) + 1:02d}-finish")
            if finish:  # as the user ends it: the Finish button
                wizard.button(QWizard.WizardButton.FinishButton).click()
            return True
        shot(f"{int(page_id) + 1:02d}-{page_id.name.lower()}")
        page = wizard.currentPage()
        if not page.isComplete():
            status = page.status.text() if isinstance(page, BasePage) else ""
            log.error("autopilot: page %s is not complete: %s", page_id.name, status)
            return False
        wizard.next()
    return False


def open_saved_plan(wizard: PoolWizard, path: Path) -> bool:
    """Start from a saved plan, as "Open a saved plan…" does; a bad file stays on the Start
    page with its problems listed."""
    start = wizard.pages[PageId.START]
    assert isinstance(start, StartPage)
    start.ensure_widgets()
    if not start.load(path):
        return False
    wizard.next()
    return True


# The one dialog for unexpected errors: a second error while it is open updates it.
_error_dialog: list[QMessageBox] = []


def _excepthook(kind: type[BaseException], value: BaseException, tb: object) -> None:
    """A bug (an exception nobody handled): logged in full, said on the terminal and in one
    non-blocking dialog that names the log file."""
    log.error("unexpected error", exc_info=(kind, value, tb))  # type: ignore[arg-type]
    from wizard.logs import log_dir, log_file

    # Also on the terminal: before the window is up, a message box would never show.
    print(
        translate(
            "PoolWizard", "Unexpected error: {error}\nThe log in {folder} has the details."
        ).format(error=value, folder=log_dir()),
        file=sys.stderr,
    )
    app = QApplication.instance()
    if app is None or os.environ.get("XENPOOL_AUTOPILOT"):
        return
    text = translate(
        "PoolWizard", "Unexpected error: {error}\nThe details are in the log file {file}."
    ).format(error=value, file=log_file())
    if _error_dialog and _error_dialog[0].isVisible():
        _error_dialog[0].setText(text)
        return
    from PySide6.QtWidgets import QMessageBox

    _error_dialog.clear()
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("PoolWizard", "XenPool Wizard"),
        text,
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy
    _error_dialog.append(box)  # kept: a dialog nobody holds is deleted before it shows
    box.open()


def loop_exception(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    """An exception no task or callback handled is a bug like one in a slot: sys.excepthook
    (the error dialog; in tests, pytest-qt's capture fails the test). Other loop trouble
    ("Task was destroyed but it is pending!") is logged as asyncio does."""
    error = context.get("exception")
    if isinstance(error, Exception):
        sys.excepthook(type(error), error, error.__traceback__)
    else:
        loop.default_exception_handler(context)


def _qt_message(kind: QtMsgType, _context: object, text: str) -> None:
    """Qt's own messages go to the log, not the terminal (the offscreen platform alone
    says "does not support propagateSizeHints()" on every page)."""
    level = (
        logging.DEBUG if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) else logging.WARNING
    )
    logging.getLogger("wizard.qt").log(level, "%s", text)


def run_gui(
    demo: bool = False,
    autopilot_mode: bool = False,
    screenshots: str | None = None,
    language: str | None = None,
    open_plan: str | None = None,
) -> int:
    import asyncio

    import qasync

    from wizard import i18n
    from wizard.session import user_pins
    from wizard.ui.collector import QtThreadCollector
    from wizard.xapi.aio import warm_up

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("xenpool-wizard")
    app.setOrganizationName("xenpool-wizard")
    # The loop ends when main() has wound the work down, not when the window closes (that
    # stopped it under a running build: "Event loop stopped before Future completed").
    app.setQuitOnLastWindowClosed(False)
    qInstallMessageHandler(_qt_message)
    i18n.install(i18n.pick_language(language), app)
    sys.excepthook = _excepthook
    model = WizardModel(user_pins)  # read when first needed, after the first page
    simulator = _demo_model(model) if demo else None
    wizard = PoolWizard(model)
    loop = qasync.QEventLoop(app)
    loop.set_exception_handler(loop_exception)
    asyncio.set_event_loop(loop)
    collector = QtThreadCollector(app)
    collector.watch(lambda: model.busy, model.busy_changed, wizard.currentIdChanged)
    collector.start()
    result = {"code": 0}

    async def main() -> None:
        wizard.show()
        warm_up()
        if open_plan:
            open_saved_plan(wizard, Path(open_plan))
        if autopilot_mode:
            os.environ["XENPOOL_AUTOPILOT"] = "1"
            ok = await autopilot(wizard, Path(screenshots) if screenshots else None, finish=True)
            result["code"] = 0 if ok else 1
        else:
            closed = asyncio.get_running_loop().create_future()

            def finished(_result: int) -> None:
                if not closed.done():
                    closed.set_result(None)

            wizard.finished.connect(finished)
            await closed
        await model.close()

    try:
        with loop:
            loop.run_until_complete(main())
    finally:
        if simulator is not None:
            simulator.stop()  # type: ignore[attr-defined]
        collector.stop()
        QTimer.singleShot(0, app.quit)
    return result["code"]
