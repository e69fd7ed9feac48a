"""1. Start: a new build, a saved plan or the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from wizard.ui.model import WizardModel
from wizard.ui.pages.base import BasePage, error_label
from wizard.ui.qtnames import Qt


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
        # stopped): its plan was saved then, and it goes on by name.
        from wizard.session import unfinished_builds

        self.resume = QRadioButton(self.tr("&Resume an unfinished build:"))
        self.unfinished = QComboBox()
        for name, path in unfinished_builds():
            self.unfinished.addItem(name, str(path))
        self.unfinished.activated.connect(lambda _i: self.resume.setChecked(True))
        group = QButtonGroup(self)
        for button in (self.resume, self.new, self.open, self.demo):
            group.addButton(button)
            layout.addWidget(button)
            if button is self.resume:
                layout.addWidget(self.unfinished)
        unfinished = self.unfinished.count() > 0
        self.resume.setVisible(unfinished)
        self.unfinished.setVisible(unfinished)
        (self.demo if model.demo else self.resume if unfinished else self.new).setChecked(True)
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
        self.recent.activated.connect(lambda _i: self.load(Path(self.recent.currentText())))
        layout.addWidget(self.recent)
        self.plan_path = QLabel()
        self.loaded: Path | None = None  # the plan opened from the list or the command line
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

    def validatePage(self) -> bool:
        if self.resume.isChecked():
            return self.resume_build(Path(str(self.unfinished.currentData())))
        if not self.open.isChecked() or self.loaded is not None:
            return True
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a build plan"), "", self.tr("Build plans (*.toml)")
        )
        if not name:
            return False
        return self.load(Path(name))

    def resume_build(self, path: Path) -> bool:
        """Go on with an unfinished build: its plan as it was saved, unfinished parts and all
        (the pages say what they still need); the pool's name is the plan's."""
        from wizard.session import load_autosave

        try:
            loaded = load_autosave(path)
        except (OSError, ValueError) as exc:
            self.error.setText(self.tr("Cannot resume from {0}: {1}").format(path, exc))
            return False
        self.model.plan = loaded
        for host in loaded.hosts:
            self.model.add_address(host.address, host.fingerprint)
        self.model.autosaved = path
        self.plan_path.setText(self.tr("Resuming the build of “{0}”.").format(loaded.pool_name))
        self.error.clear()
        return True

    def load(self, path: Path) -> bool:
        from wizard import plan as planmod

        try:
            loaded = planmod.load(path)
        except planmod.PlanError as exc:
            self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.error.setText("\n".join(f.render() for f in exc.findings[:8]))
            return False
        from wizard.discovery import address_key

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


RECENT_PLANS = "plans/recent"


def recent_plans() -> list[str]:
    value = QSettings().value(RECENT_PLANS, [])
    return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])


def remember_recent_plan(path: Path) -> None:
    entries = [str(path.resolve())] + [p for p in recent_plans() if p != str(path.resolve())]
    QSettings().setValue(RECENT_PLANS, entries[:8])
