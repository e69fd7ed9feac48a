"""4. Storage network: the VLAN, MTU and a static IP per host."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wizard.findings import Finding, Severity
from wizard.ui.delegates import CHOICES_ROLE, ChoiceDelegate
from wizard.ui.model import WizardModel
from wizard.ui.pages.base import BasePage, Slices, cell, error_label, fit_columns, item, table
from wizard.ui.qtnames import Qt

if TYPE_CHECKING:
    from wizard.checks.facts import HostFacts


@dataclass(frozen=True)
class IpRow:
    """A host's row as it is to show: what the page compares, and what it fills in."""

    index: int
    shown: tuple[str, ...]  # address, name, interface, link, storage IP, then the problems
    choices: list[tuple[str, str]]  # the host's NICs for its own choice
    device: str
    problems: list[str]


class NetworkPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("Storage network"),
            self.tr(
                "A VLAN for iSCSI on every host, with a static IP each. It is created after the joins."
            ),
        )
        self.shown: list[tuple[str, ...]] = []  # what each row shows, to skip unchanged ones
        self.findings: list[Finding] | None = None  # of the plan as the page last showed it

    def create_widgets(self) -> None:
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.nic = QComboBox()
        self.vlan = QSpinBox()
        # Wider than 1-4094: a spin box drops a digit past its maximum, so 5000 would
        # become 500 without a word; the check beside it says what is wrong instead.
        self.vlan.setRange(0, 999999)
        self.vlan.setSpecialValueText(self.tr("choose…"))
        self.mtu = QComboBox()
        self.mtu.setEditable(True)
        self.mtu.addItems(["1500", "9000"])
        self.subnet = QLineEdit()
        self.subnet.setPlaceholderText("10.200.0.0/24")
        self.first_ip = QLineEdit()
        self.first_ip.setPlaceholderText("10.200.0.21")
        self.gateway = QLineEdit()
        self.gateway.setPlaceholderText(self.tr("(usually none)"))
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, str] = {}  # a field's name, without its accelerator
        fields: list[tuple[str, QWidget, str]] = [
            (self.tr("N&IC:"), self.nic, "nic"),
            (self.tr("&VLAN tag:"), self.vlan, "vlan"),
            (self.tr("MT&U:"), self.mtu, "mtu"),
            (self.tr("&Subnet:"), self.subnet, "subnet"),
            (self.tr("&First IP:"), self.first_ip, "first_ip"),
            (self.tr("&Gateway:"), self.gateway, "gateway"),
        ]
        for row, (label, widget, key) in enumerate(fields):
            text = QLabel(label)
            text.setBuddy(widget)
            grid.addWidget(text, row, 0)
            grid.addWidget(widget, row, 1)
            self.errors[key] = error_label()
            self.labels[key] = label.replace("&", "")
            grid.addWidget(self.errors[key], row, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        # One row per host with everything a storage VLAN mistake hides in.
        self.ips = table(
            [
                self.tr("Host"),
                self.tr("Interface"),
                self.tr("NIC link"),
                self.tr("Storage IP"),
                self.tr("Check"),
            ]
        )
        # A host whose storage NIC is named differently picks its own (hosts[].nic).
        self.host_nics = ChoiceDelegate([], self.ips)
        self.ips.setItemDelegateForColumn(1, self.host_nics)
        layout.addWidget(self.ips, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.why)
        self.nic.currentTextChanged.connect(self._changed)
        self.vlan.valueChanged.connect(self._changed)
        self.mtu.currentTextChanged.connect(self._changed)
        for line in (self.subnet, self.first_ip, self.gateway):
            line.textChanged.connect(self._changed)
        self.ips.itemChanged.connect(self._ip_edited)
        self._loading = False
        self.filling: Slices[IpRow] = Slices(self.ips, self._fill_rows)

    def initializePage(self) -> None:
        self.ensure_widgets()
        self._loading = True
        net = self.model.plan.storage_network
        devices = sorted({n.device for f in self.model.facts() for n in f.nics if n.physical})
        self.nic.clear()
        self.nic.addItems(devices or [net.nic])
        self.nic.setCurrentText(net.nic)
        self.vlan.setValue(net.vlan)
        if not (net.mtu == 0 and self.mtu.currentText()):  # keep a typo to correct, not "0"
            self.mtu.setCurrentText(str(net.mtu))
        self.subnet.setText(net.subnet)
        self.first_ip.setText(net.first_ip)
        self.gateway.setText(net.gateway)
        self._loading = False
        self._changed()

    def _changed(self) -> None:
        if self._loading:
            return
        net = self.model.plan.storage_network
        net.nic = self.nic.currentText()
        net.vlan = self.vlan.value()
        try:
            net.mtu = int(self.mtu.currentText())
        except ValueError:
            net.mtu = 0
        net.subnet = self.subnet.text().strip()
        net.first_ip = self.first_ip.text().strip()
        net.gateway = self.gateway.text().strip()
        net.name = f"Storage VLAN {net.vlan}"
        self._fill_ips()
        self.completeChanged.emit()

    def _ip_edited(self, edited: QTableWidgetItem) -> None:
        if edited.column() not in (1, 3) or self._loading:
            return
        address = cell(self.ips, edited.row(), 0).data(Qt.ItemDataRole.UserRole)
        for host in self.model.plan.hosts:
            if host.address != address:
                continue
            if edited.column() == 3:
                host.storage_ip = edited.text().strip()
            else:  # the host's own NIC; the page's NIC again means "as the others"
                device = str(edited.data(Qt.ItemDataRole.UserRole) or "")
                host.nic = "" if device == self.model.plan.storage_network.nic else device
                self.shown[edited.row()] = ()  # the editor left its label in the cell
        self._fill_ips()
        self.completeChanged.emit()

    def _nic_choices(self, facts: HostFacts | None, device: str) -> list[tuple[str, str]]:
        """The host's physical NICs with their link, for its row's NIC choice."""
        nics = (
            sorted((n for n in facts.nics if n.physical), key=lambda n: n.device) if facts else []
        )
        choices = [
            (
                n.device,
                self.tr("{0} (up, {1} Mbit/s)").format(n.device, n.speed)
                if n.carrier
                else self.tr("{0} (no link)").format(n.device),
            )
            for n in nics
        ]
        return choices or [(device, device)]

    def _findings(self) -> list[Finding]:
        from wizard.checks.network import storage_network_findings

        plan_findings = [
            f
            for f in self.model.plan_findings()
            if f.subject.startswith(("storage_network", "hosts"))
        ]
        # the pool as last read: after step 1 on the iSCSI page, what is built there
        return plan_findings + storage_network_findings(self.model.plan, self.model.pool_facts())

    def _fill_ips(self) -> None:
        self._loading = True
        findings = self.findings = self._findings()
        for key, label in self.errors.items():
            mine = [
                f
                for f in findings
                if f.subject == f"storage_network.{key}" and f.severity is not Severity.INFO
            ]
            label.setText("; ".join(f.message for f in mine))
        ips = self.model.plan.storage_ips()
        hosts = self.model.plan.hosts
        facts_of = {f.address: f for f in self.model.facts()}
        from wizard.plan.validation import storage_ip_problems

        # A row shows what the form says of its interface and IP, from the same checks.
        errors: dict[str, list[str]] = {}
        for finding in findings:
            if finding.severity is Severity.ERROR and not finding.subject.startswith(
                ("storage_network", "hosts[")
            ):
                errors.setdefault(finding.subject, []).append(finding.message)
        for address, _path, _kind, finding in storage_ip_problems(self.model.plan):
            errors.setdefault(address, []).append(finding.message)
        shared = [
            f"{self.labels[f.subject.split('.')[1]]} {f.message}"
            for f in findings
            if f.blocking and f.subject in {f"storage_network.{k}" for k in ("nic", "vlan", "mtu")}
        ]
        self.ips.setRowCount(len(hosts))
        del self.shown[len(hosts) :]
        self.shown += [()] * (len(hosts) - len(self.shown))
        rows: list[IpRow] = []
        for index, host in enumerate(hosts):
            facts = facts_of.get(host.address)
            device = self.model.plan.nic_for(host)
            nic = facts.nic(device) if facts else None
            interface = self.tr("{0}, VLAN {1}, MTU {2}").format(
                device, self.model.plan.storage_network.vlan, self.model.plan.storage_network.mtu
            )
            link = (
                (self.tr("up, {0} Mbit/s").format(nic.speed) if nic.carrier else self.tr("NO LINK"))
                if nic
                else self.tr("no such NIC")
            )
            problems = shared + errors.get(host.address, [])
            shown = (host.address, host.name, interface, link, ips.get(host.address, ""), *problems)
            if self.shown[index] != shown:  # a keystroke re-checks 64 rows; unchanged ones stay
                rows.append(IpRow(index, shown, self._nic_choices(facts, device), device, problems))
        self._loading = False
        # What the checks found is whole already (Next and the fields' errors follow it);
        # the rows show it a slice per event.
        self.filling.start(rows)

    def _fill_rows(self, rows: list[IpRow], last: bool) -> None:
        self._loading = True
        for row in rows:
            address, host_name, interface, link, ip = row.shown[:5]
            self.shown[row.index] = row.shown
            name = item(f"{host_name or address}")
            name.setData(Qt.ItemDataRole.UserRole, address)
            self.ips.setItem(row.index, 0, name)
            choice = item(interface, editable=True)
            choice.setData(Qt.ItemDataRole.UserRole, row.device)
            choice.setData(CHOICES_ROLE, row.choices)
            choice.setToolTip(self.tr("Double-click or press F2 to use another NIC on this host"))
            self.ips.setItem(row.index, 1, choice)
            self.ips.setItem(row.index, 2, item(link))
            self.ips.setItem(row.index, 3, item(ip, editable=True))
            check = item("; ".join(row.problems) or "✓")
            if row.problems:
                check.setForeground(QColor("#b00020"))
            self.ips.setItem(row.index, 4, check)
        self._loading = False
        fit_columns(self.ips, rows, last)

    def blocked_reason(self) -> str:
        if self.model.busy:
            return super().blocked_reason()
        return self.tr("Correct what is marked in red above to go on.")

    def isComplete(self) -> bool:
        if self.findings is None:
            self.findings = self._findings()
        return super().isComplete() and not [f for f in self.findings if f.blocking]
