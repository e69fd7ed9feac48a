"""5. iSCSI target: portals, CHAP, discovery and the LUNs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from wizard.findings import Finding
from wizard.ui.model import WizardModel
from wizard.ui.pages.base import BasePage, error_label, gib, item, table

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent


class IscsiPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("iSCSI target"),
            self.tr(
                "The hosts reach the target over the storage network, so it is set up first; then the target is probed from the pool master."
            ),
        )

    def create_widgets(self) -> None:
        from wizard import plan as planmod

        model = self.model
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.portal = QLineEdit()
        self.portal.setPlaceholderText("10.200.0.10")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.chap_user = QLineEdit()
        self.chap_user.setPlaceholderText(self.tr("(no CHAP)"))
        self.chap_secret = QLineEdit()
        self.chap_secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Portal:"), self.portal)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("CHAP &user:"), self.chap_user)
        form.addRow(self.tr("CHAP s&ecret:"), self.chap_secret)
        self.multipath = QCheckBox(self.tr("&Multipathing on every host"))
        self.multipath.setToolTip(
            self.tr(
                "Turned on before the SR is made: one path per portal, so a failed cable or "
                "controller does not stop the storage. Later it needs the SR unplugged."
            )
        )
        self.multipath_chosen = False  # the user ticked or unticked it: no more guessing
        form.addRow("", self.multipath)
        layout.addLayout(form)
        self.initiators = QPlainTextEdit()
        self.initiators.setReadOnly(True)
        self.initiators.setMaximumHeight(70)
        layout.addWidget(QLabel(self.tr("Initiator IQNs to allow on the array:")))
        layout.addWidget(self.initiators)
        buttons = QHBoxLayout()
        self.apply_network = QPushButton(self.tr("&1. Create pool and storage network now"))
        self.discover = QPushButton(self.tr("&2. Discover"))
        buttons.addWidget(self.apply_network)
        buttons.addWidget(self.discover)
        # why a step button is disabled, beside the buttons
        self.steps_why = QLabel()
        self.steps_why.setWordWrap(True)
        self.steps_why.setStyleSheet("color: #8a4b00;")
        buttons.addWidget(self.steps_why, 1)
        layout.addLayout(buttons)
        self.iqn = QComboBox()
        layout.addWidget(self.iqn)
        self.luns = table(
            [
                self.tr("LUN"),
                self.tr("Size"),
                self.tr("Vendor"),
                self.tr("Serial"),
                self.tr("SCSI id"),
                self.tr("Holds SR"),
            ]
        )
        layout.addWidget(self.luns, 1)
        choose = QFormLayout()
        self.data_lun = QComboBox()
        self.heartbeat_lun = QComboBox()
        self.existing = QComboBox()
        self.existing.addItem(
            self.tr("Reattach it (keep its data)"), planmod.ExistingSr.REATTACH.value
        )
        self.existing.addItem(
            self.tr("Format it (destroys its data)"), planmod.ExistingSr.FORMAT.value
        )
        self.confirm_name = QLineEdit()
        self.confirm_name.setPlaceholderText(self.tr("type the SR's name to confirm formatting"))
        choose.addRow(self.tr("Sh&ared SR LUN:"), self.data_lun)
        choose.addRow(self.tr("&Heartbeat LUN:"), self.heartbeat_lun)
        choose.addRow(self.tr("LUN holds an SR:"), self.existing)
        choose.addRow("", self.confirm_name)
        layout.addLayout(choose)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.why)
        self._loading = False
        self.discovered_for: tuple[object, ...] | None = None  # the fields of the last discovery
        self.apply_network.clicked.connect(self.confirm_create_network)
        self.discover.clicked.connect(self.discover_targets)
        self.iqn.currentIndexChanged.connect(self.discover_luns)
        for combo in (self.data_lun, self.heartbeat_lun, self.existing):
            combo.currentIndexChanged.connect(self._chosen)
        self.confirm_name.textChanged.connect(self._chosen)
        for line in (self.portal, self.chap_user, self.chap_secret):
            line.textChanged.connect(self._fields)
        self.port.valueChanged.connect(self._fields)
        self.multipath.clicked.connect(self._multipath_clicked)
        model.discovered_changed.connect(self.refresh)
        # The step buttons of the page on screen (Build and Finish are busy too: the
        # page's checks would run for nothing there); showEvent catches up.
        model.busy_changed.connect(lambda _busy: self._steps() if self.isVisible() else None)

    def initializePage(self) -> None:
        self.ensure_widgets()
        iscsi = self.model.plan.iscsi
        self._loading = True
        self.portal.setText(",".join(iscsi.portals))
        self.port.setValue(iscsi.port)
        self.chap_user.setText(iscsi.chap_user)
        self.chap_secret.setText(self.model.chap_secret)
        self.multipath.setChecked(iscsi.multipath)
        self._loading = False
        if iscsi.chap_user and not self.model.chap_secret:
            self.model.run(self.model.recall_chap_secret(), self._recalled_chap_secret)
        self.initiators.setPlainText(
            "\n".join(f"{f.name}: {f.iscsi_iqn}" for f in self.model.facts())
        )
        self.refresh()
        self._steps()
        self._discover_if_ready()

    def showEvent(self, event: QShowEvent) -> None:
        self._steps()  # busy changes while another page showed left the buttons as they were
        super().showEvent(event)

    def _recalled_chap_secret(self, secret: str) -> None:
        if secret and not self.chap_secret.text():  # what the user typed meanwhile wins
            self.chap_secret.setText(secret)
        self._discover_if_ready()

    def _discover_if_ready(self) -> None:
        """The storage network is already up (a resumed build, a pool built before) and
        nothing is discovered yet: discovery only reads, so it runs without a click and
        the plan's target and LUNs are chosen again from what the target shows now."""
        iscsi = self.model.plan.iscsi
        if (
            not self.model.discovered.targets
            and self.discover.isEnabled()
            and not (iscsi.chap_user and not self.model.chap_secret)
        ):
            self.discover_targets()

    def _fields(self) -> None:
        if self._loading:
            return
        iscsi = self.model.plan.iscsi
        iscsi.portals = [p.strip() for p in self.portal.text().split(",") if p.strip()]
        iscsi.port = self.port.value()
        iscsi.chap_user = self.chap_user.text().strip()
        if not self.multipath_chosen:
            # Several portals are there for multipathing: tick it until the user decides.
            self.multipath.setChecked(len(iscsi.portals) > 1 or iscsi.multipath)
        iscsi.multipath = self.multipath.isChecked()
        self.model.chap_secret = self.chap_secret.text()
        if self.model.chap_secret:
            from wizard import logs

            logs.register_secret(self.model.chap_secret)
        self.error.setText("; ".join(f.message for f in self._portal_problems()))
        self._steps()
        self.completeChanged.emit()

    def _portal_problems(self) -> list[Finding]:
        return [
            f
            for f in self.model.plan_findings()
            if f.subject.startswith("iscsi.portals") and f.blocking
        ]

    def _fields_now(self) -> tuple[object, ...]:
        iscsi = self.model.plan.iscsi
        return (tuple(iscsi.portals), iscsi.port, iscsi.chap_user, self.model.chap_secret)

    def network_ready(self) -> bool:
        """Every host is in the pool with its storage IP up: the target can be reached."""
        from wizard.checks.iscsi import storage_network_ready

        facts = {f.address: f for f in self.model.pool_facts()}
        return bool(self.model.plan.hosts) and storage_network_ready(self.model.plan, facts)

    def _steps(self) -> None:
        """Step 1 and 2 enabled when they can run; the reason beside them when not."""
        if not self.has_widgets:
            return
        ready = self.network_ready()
        busy = self.model.busy
        problems = [
            f
            for f in self.model.plan_findings()
            if f.blocking and f.subject.startswith(("storage_network", "hosts", "iscsi.portals"))
        ]
        self.apply_network.setEnabled(not busy and not ready and not problems)
        self.discover.setEnabled(not busy and ready and bool(self.model.plan.iscsi.portals))
        if busy:
            why = ""
        elif problems:
            why = self.tr("Step 1 waits: {0}").format(problems[0].message)
        elif not ready:
            why = self.tr(
                "Discover needs step 1 first: the hosts reach the target over the storage network."
            )
        elif not self.model.plan.iscsi.portals:
            why = self.tr("Enter the portal address to discover the target.")
        else:
            why = ""
        self.steps_why.setText(why)

    def _multipath_clicked(self, checked: bool) -> None:
        self.multipath_chosen = True
        self.model.plan.iscsi.multipath = checked

    def confirm_create_network(self) -> None:
        """The first change on the hosts: the user says yes to it, knowing what it is."""
        plan = self.model.plan
        text = self.tr(
            "This changes the hosts now: {0} becomes the master of pool '{1}', {2} host(s) "
            "join it, and each gets its storage IP on VLAN {3}. The target can only be "
            "discovered over that network. Continue?"
        ).format(
            plan.master_host.name or plan.master_host.address,
            plan.pool_name,
            max(0, len(plan.hosts) - 1),
            plan.storage_network.vlan,
        )
        if self.model.pause_ha and self.model.joins_need_ha_off():
            text += "\n\n" + self.tr(
                "HA is turned off now for the joins, and on again only at the end of the "
                "build: until then no VM is restarted if a host fails."
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Create the pool now?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda code: (
                self.create_network() if code == QMessageBox.StandardButton.Yes.value else None
            )
        )
        self.question = box
        box.open()

    def create_network(self) -> None:
        self._fields()

        def done(_: object) -> None:
            self._steps()
            self.status.setText(
                self.tr("Pool and storage network are in place. Now discover the target.")
            )
            # Discovery only reads: it follows step 1 without another click.
            if self.network_ready() and self.model.plan.iscsi.portals:
                self.discover_targets()

        self.model.run(self.model.build_pool_phase(), done)

    def discover_targets(self) -> None:
        self._fields()
        if not self.model.plan.iscsi.portals:
            self.error.setText(self.tr("Enter the portal address."))
            return

        def stored(remembered: bool) -> None:
            if remembered:
                self.status.setText(self.tr("The CHAP secret is in the OS keyring."))

        asked = self._fields_now()

        def done(ok: object) -> None:
            # A secret the target accepted is worth remembering, when the user asked to.
            if ok is not None:
                self.discovered_for = asked
                self.status.clear()  # an earlier failure's message is no longer true
                self.model.run(self.model.remember_chap_secret(), stored)

        self.model.run(self.model.discover_targets(), done)

    def discover_luns(self) -> None:
        iqn = self.iqn.currentData()
        if iqn:
            self.model.plan.iscsi.target_iqn = iqn
            self.model.run(self.model.discover_luns(iqn))

    def refresh(self) -> None:
        from wizard import plan as planmod

        found = self.model.discovered
        self.iqn.blockSignals(True)
        current = self.model.plan.iscsi.target_iqn
        self.iqn.clear()
        for target in found.targets:
            label = target.iqn if target.iqn != "*" else self.tr("* (every target: multipath)")
            self.iqn.addItem(f"{label}  [{target.address}:{target.port}]", target.iqn)
        if current:
            self.iqn.setCurrentIndex(max(0, self.iqn.findData(current)))
        self.iqn.blockSignals(False)
        if found.targets and not found.luns and self.iqn.currentData():
            self.discover_luns()
        self.luns.setRowCount(len(found.luns))
        for combo in (self.data_lun, self.heartbeat_lun):
            combo.blockSignals(True)
            combo.clear()
        for index, lun in enumerate(found.luns):
            holds = ", ".join(sr.name or sr.uuid for sr in found.existing.get(lun.scsi_id, []))
            for column, text in enumerate(
                [
                    lun.lun_id,
                    gib(lun.size),
                    lun.vendor,
                    lun.serial,
                    lun.scsi_id,
                    holds or "-",
                ]
            ):
                self.luns.setItem(index, column, item(text))
            label = (
                self.tr("LUN {0}: {1} ({2}) — holds {3}").format(
                    lun.lun_id, gib(lun.size), lun.scsi_id, holds
                )
                if holds
                else self.tr("LUN {0}: {1} ({2})").format(lun.lun_id, gib(lun.size), lun.scsi_id)
            )
            self.data_lun.addItem(label, lun.scsi_id)
            self.heartbeat_lun.addItem(label, lun.scsi_id)
        self.luns.resizeColumnsToContents()
        iscsi = self.model.plan.iscsi
        if found.luns:
            by_size = sorted(found.luns, key=lambda lun: lun.size)
            data = (
                iscsi.sr_scsi_id
                if any(lun.scsi_id == iscsi.sr_scsi_id for lun in found.luns)
                else by_size[-1].scsi_id
            )
            beat = next(
                (
                    lun.scsi_id
                    for lun in by_size
                    if lun.size >= planmod.HEARTBEAT_MIN_BYTES and lun.scsi_id != data
                ),
                "",
            )
            if any(lun.scsi_id == iscsi.heartbeat_scsi_id for lun in found.luns):
                beat = iscsi.heartbeat_scsi_id
            self.data_lun.setCurrentIndex(self.data_lun.findData(data))
            self.heartbeat_lun.setCurrentIndex(self.heartbeat_lun.findData(beat))
        for combo in (self.data_lun, self.heartbeat_lun):
            combo.blockSignals(False)
        self._chosen()

    def _holds(self, scsi_id: str) -> str:
        return ", ".join(
            sr.name or sr.uuid for sr in self.model.discovered.existing.get(scsi_id, [])
        )

    def _chosen(self) -> None:
        from wizard import plan as planmod

        iscsi = self.model.plan.iscsi
        if self.model.discovered.luns:  # before, the plan's LUNs stay (a resumed build's)
            iscsi.sr_scsi_id = self.data_lun.currentData() or ""
            iscsi.heartbeat_scsi_id = self.heartbeat_lun.currentData() or ""
            sizes = {lun.scsi_id: lun.size for lun in self.model.discovered.luns}
            iscsi.sr_size = sizes.get(iscsi.sr_scsi_id, 0)
            iscsi.heartbeat_size = sizes.get(iscsi.heartbeat_scsi_id, 0)
        holds = self._holds(iscsi.sr_scsi_id)
        self.existing.setEnabled(bool(holds))
        wants_format = self.existing.currentData() == planmod.ExistingSr.FORMAT.value and bool(
            holds
        )
        self.confirm_name.setVisible(wants_format)
        iscsi.existing_sr = (
            self.existing.currentData() if holds else planmod.ExistingSr.REATTACH.value
        )
        self.model.confirm_destroy = wants_format and self.confirm_name.text().strip() == holds
        problems = [
            f for f in self.model.plan_findings() if f.subject.startswith("iscsi") and f.blocking
        ]
        if wants_format and not self.model.confirm_destroy:
            self.error.setText(
                self.tr(
                    "Formatting destroys every disk on '{0}'. Type its name to confirm."
                ).format(holds)
            )
        else:
            # each problem with what to do about it (the fix is the half that helps)
            self.error.setText(
                "\n".join(f"{f.message}. {f.fix}" if f.fix else f.message for f in problems[:3])
                if self.model.discovered.luns
                else ""
            )
        self.completeChanged.emit()

    def blocked_reason(self) -> str:
        if self.model.busy:
            return super().blocked_reason()
        if not self.model.discovered.luns:
            return self.tr("Discover the target (steps 1 and 2) and choose the LUNs to go on.")
        if self.discovered_for is not None and self.discovered_for != self._fields_now():
            return self.tr("The portal or CHAP changed since the discovery: press Discover again.")
        if self.existing.isEnabled() and self.confirm_name.isVisible():
            return self.tr("Type the SR's name to confirm formatting, or choose Reattach.")
        return self.tr("Correct what is marked in red above to go on.")

    def isComplete(self) -> bool:
        from wizard import plan as planmod

        if not super().isComplete() or not self.model.discovered.luns:
            return False
        if self.discovered_for is not None and self.discovered_for != self._fields_now():
            return False
        iscsi = self.model.plan.iscsi
        holds = self._holds(iscsi.sr_scsi_id)
        if (
            holds
            and iscsi.existing_sr == planmod.ExistingSr.FORMAT.value
            and not self.model.confirm_destroy
        ):
            return False
        return not [
            f for f in self.model.plan_findings() if f.subject.startswith("iscsi") and f.blocking
        ]
