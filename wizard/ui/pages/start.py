"""1. Start: a new build, a saved plan or the demo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from wizard.ui.model import WizardModel
from wizard.ui.pages.base import BasePage, error_label
from wizard.ui.qtnames import Qt

if TYPE_CHECKING:
    from wizard.plan import Plan, PlanError
    from wizard.session import Unfinished


class StartPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("Build a pool"),
            self.tr(
                "Turn freshly installed XenServer / XCP-ng hosts into a pool with shared iSCSI storage and High Availability."
            ),
        )

    def create_widgets(self) -> None:
        model = self.model
        layout = QVBoxLayout(self)
        self.new = QRadioButton(self.tr("New build: find my hosts"))
        self.open = QRadioButton(self.tr("Open a saved plan…"))
        self.demo = QRadioButton(self.tr("Try the demo (a simulated lab, no real hosts needed)"))
        # A build that changed hosts and did not finish (the window closed, the build
        # stopped): its plan was saved then, and it goes on by name. The plans are read on
        # a worker thread once the event loop runs; the choice shows when there is one.
        self.resume = QRadioButton(self.tr("&Resume an unfinished build:"))
        self.unfinished = QComboBox()
        self.unfinished_builds: list[Unfinished] = []
        self.unfinished.activated.connect(lambda _i: self.resume.setChecked(True))
        group = QButtonGroup(self)
        for button in (self.resume, self.new, self.open, self.demo):
            group.addButton(button)
            layout.addWidget(button)
            if button is self.resume:
                layout.addWidget(self.unfinished)
        self.resume.setVisible(False)
        self.unfinished.setVisible(False)
        (self.demo if model.demo else self.new).setChecked(True)
        self.chosen = False  # the user picked a choice: the listing does not change it
        self.has_shown = False
        group.buttonClicked.connect(self._picked)
        self._list_unfinished()
        self.demo.setEnabled(model.demo)
        # A greyed-out choice says why, where it stands.
        self.demo_why = QLabel(
            self.tr(
                "The demo needs its simulated lab: start the wizard with --demo "
                "(xenpool-wizard --demo, or make demo)."
            )
        )
        self.demo_why.setWordWrap(True)
        self.demo_why.setStyleSheet("color: #666; margin-left: 22px;")
        self.demo_why.setVisible(not model.demo)
        layout.addWidget(self.demo_why)
        self.recent = QComboBox()
        self.recent.setPlaceholderText(self.tr("Recent plans"))
        self.recent.addItems(recent_plans())
        self.recent.setVisible(self.recent.count() > 0)
        self.recent.activated.connect(lambda _i: self.open_file(Path(self.recent.currentText())))
        layout.addWidget(self.recent)
        self.plan_path = QLabel()
        self.loaded: Path | None = None  # the plan opened from the list or the command line
        self.reading: Path | None = None  # a plan file being read on a worker
        self.next_when_read = False  # Next was pressed for it: go on once it is in
        self.error = error_label(selectable=False)
        layout.addWidget(self.plan_path)
        layout.addWidget(self.error)
        note = QLabel(
            self.tr(
                "Nothing changes on any host until you create the pool on the iSCSI page or "
                "press Build, and both ask first. Passwords stay in memory (or in your OS "
                "keyring if you ask), never in plan files."
            )
        )
        note.setWordWrap(True)
        layout.addStretch()
        layout.addWidget(note)

    # Qt's own: a Python showEvent on the first page costs the start-up Qt's event enum
    # (~2 ms); whether the page has shown is looked at on the timer below.
    showEvent = QWizardPage.showEvent  # type: ignore[assignment]  # the stubs drop self

    def _picked(self) -> None:
        self.chosen = True

    def _list_unfinished(self) -> None:
        """Start reading the unfinished builds, on a worker thread of the running loop (the
        first page shows before the loop runs: it looks again shortly)."""
        import sys

        asyncio = sys.modules.get("asyncio")  # loaded after the first page shows
        try:
            running = asyncio is not None and asyncio.get_running_loop() is not None
        except RuntimeError:
            running = False
        self.has_shown = self.has_shown or self.isVisible()
        if not running:
            if not self.window().isHidden() or not self.has_shown:  # not on a closed window
                QTimer.singleShot(20, self, self._list_unfinished)
            return
        from wizard.session import unfinished_builds
        from wizard.xapi.aio import in_thread

        self.model.run(in_thread(unfinished_builds), self._offer_unfinished)

    def _offer_unfinished(self, builds: list[Unfinished]) -> None:
        self.unfinished_builds = builds
        self.unfinished.clear()
        for build in builds:
            self.unfinished.addItem(build.plan.pool_name, str(build.path))
        self.resume.setVisible(bool(builds))
        self.unfinished.setVisible(bool(builds))
        if builds and not self.chosen and not self.model.demo:
            self.resume.setChecked(True)  # what a user back at an unfinished build wants

    def validatePage(self) -> bool:
        if not self.open.isChecked():
            self.reading = None  # a plan still being read is not wanted any more
        if self.resume.isChecked() and self.unfinished_builds:
            return self.resume_build(self.unfinished_builds[self.unfinished.currentIndex()])
        if not self.open.isChecked() or self.loaded is not None:
            return True
        if self.reading is not None:
            self.next_when_read = True
            return False  # Next follows by itself once the file is in
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a build plan"), "", self.tr("Build plans (*.toml)")
        )
        if name:
            self.open_file(Path(name), then_next=True)
        return False

    def open_file(self, path: Path, *, then_next: bool = False) -> None:
        """Read a plan on a worker thread: a file on a share that stopped answering leaves
        the window working (another file can be picked meanwhile; a late answer for a file
        no longer wanted is dropped). The wizard goes on once it is in if Next was pressed
        (``then_next``, or Next while it was read)."""
        import asyncio

        from wizard.xapi.aio import in_thread

        self.reading = path
        self.loaded = None  # until this one is in, Next has no plan to go on with
        self.next_when_read = then_next
        self.error.clear()
        self.plan_path.setText(self.tr("Reading {0}…").format(path))

        def done(result: Plan | PlanError) -> None:
            if self.reading != path:
                return
            if self.apply(path, result) and self.next_when_read and self.open.isChecked():
                self.wizard().next()

        # Not the model's work (which holds Next for a build): a hung share must not stop
        # the user from choosing a new build instead.
        reading = asyncio.ensure_future(in_thread(read_plan, path))
        reading.add_done_callback(lambda f: None if f.cancelled() else done(f.result()))

    def resume_build(self, build: Unfinished) -> bool:
        """Go on with an unfinished build: its plan as it was saved, unfinished parts and all
        (the pages say what they still need), and the choices it was made with."""
        self.model.resume(build)
        self.plan_path.setText(self.tr("Resuming the build of “{0}”.").format(build.plan.pool_name))
        self.error.clear()
        return True

    def load(self, path: Path) -> bool:
        """Read and take a plan at once (the command line's plan, before the window is
        used); the page's own choices read it on a worker (open_file)."""
        return self.apply(path, read_plan(path))

    def apply(self, path: Path, result: Plan | PlanError) -> bool:
        """Take a plan read from ``path``, or list what is wrong with it (nothing is taken
        then: the pages keep what they had)."""
        from wizard.plan import PlanError

        self.reading = None
        if isinstance(result, PlanError):
            self.plan_path.setText(self.tr("{0} was not opened:").format(path))
            self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.error.setText("\n".join(f.render() for f in result.findings[:8]))
            return False
        from wizard.discovery import address_key

        loaded = result
        # The pages keep hosts in address order: storage IPs the file gives by its own
        # order (from first_ip) stay with the hosts they were meant for.
        if loaded.hosts != sorted(loaded.hosts, key=lambda h: address_key(h.address)):
            ips = loaded.storage_ips()
            for host in loaded.hosts:
                host.storage_ip = host.storage_ip or ips.get(host.address, "")
        self.model.plan = loaded
        for host in loaded.hosts:
            self.model.add_address(host.address, host.fingerprint)
        self.loaded = path
        self.open.setChecked(True)
        self.plan_path.setText(self.tr("Plan: {0}").format(path))
        self.error.clear()
        remember_recent_plan(path)
        return True


def read_plan(path: Path) -> Plan | PlanError:
    """The plan in ``path``, or what is wrong with it (blocking: the file may be remote)."""
    from wizard.plan import PlanError, load

    try:
        return load(path)
    except PlanError as exc:
        return exc


RECENT_PLANS = "plans/recent"


def recent_plans() -> list[str]:
    value = QSettings().value(RECENT_PLANS, [])
    return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])


def remember_recent_plan(path: Path) -> None:
    entries = [str(path.resolve())] + [p for p in recent_plans() if p != str(path.resolve())]
    QSettings().setValue(RECENT_PLANS, entries[:8])
