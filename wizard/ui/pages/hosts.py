"""2. Hosts: addresses, certificates, passwords, connect."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from wizard.i18n import QT_TRANSLATE_NOOP
from wizard.ui.delegates import PASSWORD_ROLE, PasswordDelegate, show_password
from wizard.ui.model import HostRow, WizardModel
from wizard.ui.pages.base import BasePage, Slices, cell, error_label, fit_columns, item, table
from wizard.ui.qtnames import Qt
from wizard.xapi.fingerprints import format_fingerprint

HOST_NAME = re.compile(r"(?=.{1,253}\Z)[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9-]{1,63})*\.?")


async def resolve(name: str) -> str | OSError:
    """The IPv4 address a host name has now (or why it has none)."""
    import socket

    from wizard.xapi.aio import in_thread

    try:
        found = await in_thread(socket.getaddrinfo, name, None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError as exc:
        return exc
    return str(found[0][4][0])


@dataclass(frozen=True)
class HostCells:
    """What a row of the host table shows, to change only the cells that differ."""

    trust: tuple[bool, bool]  # fingerprint known, trusted
    texts: tuple[str, ...]  # address, fingerprint, name, version, CPU, pool (columns 1-6)
    fingerprint: str  # in full, as the fingerprint's tooltip
    password: str  # the host's own password, if it has one


class HostsPage(BasePage):
    COLUMNS = (  # translated where the table is made (lupdate sees them marked here)
        QT_TRANSLATE_NOOP("HostsPage", "Trust"),
        QT_TRANSLATE_NOOP("HostsPage", "Address"),
        QT_TRANSLATE_NOOP("HostsPage", "Certificate (SHA-256)"),
        QT_TRANSLATE_NOOP("HostsPage", "Host"),
        QT_TRANSLATE_NOOP("HostsPage", "Version"),
        QT_TRANSLATE_NOOP("HostsPage", "CPU"),
        QT_TRANSLATE_NOOP("HostsPage", "Pool"),
        QT_TRANSLATE_NOOP("HostsPage", "Own password"),
    )

    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("Hosts"),
            self.tr(
                "Add the hosts by address or scan a range, confirm each host's certificate, then connect."
            ),
        )
        self.connected = False

    def create_widgets(self) -> None:
        model = self.model
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText(
            self.tr("address, range (192.0.2.10-20) or subnet (192.0.2.0/24)")
        )
        self.add_button = QPushButton(self.tr("&Add"))
        self.scan_button = QPushButton(self.tr("&Scan"))
        row.addWidget(self.address, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.scan_button)
        layout.addLayout(row)
        self.address_error = error_label()
        layout.addWidget(self.address_error)
        self.table = table([self.tr(c) for c in self.COLUMNS])
        self.same_as_below = self.tr("same as below")
        self.table.setItemDelegateForColumn(7, PasswordDelegate(self.same_as_below, self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.shown: list[HostCells | None] = []  # what each row shows, to change only what differs
        self.filling: Slices[int] = Slices(self.table, self._fill_rows)  # row indexes
        layout.addWidget(self.table, 1)
        self.fingerprint = QLabel()
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextFormat(Qt.TextFormat.RichText)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.fingerprint)
        self.table.currentCellChanged.connect(lambda *_: self._show_fingerprint())
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("root password (the same on every host)"))
        form.addRow(self.tr("&Password:"), self.password)
        self.remember = QCheckBox(self.tr("Re&member the passwords in the OS keyring"))
        form.addRow("", self.remember)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.copy_join = QPushButton(self.tr("Copy &join information"))
        self.copy_join.setToolTip(
            self.tr(
                "The trusted hosts and their certificate fingerprints as one line: paste it into "
                "the address field on another computer, and it trusts exactly these certificates."
            )
        )
        self.connect_button = QPushButton(self.tr("&Connect and check"))
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.copy_join)
        buttons.addStretch()
        buttons.addWidget(self.connect_button)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.why)
        self.add_button.clicked.connect(self.add)
        self.address.returnPressed.connect(self.add)
        self.scan_button.clicked.connect(self.scan)
        self.remove_button.clicked.connect(self.remove)
        self.copy_join.clicked.connect(self.copy_join_info)
        self.connect_button.clicked.connect(self.connect_hosts)
        self.password.textChanged.connect(self._password_changed)
        self.table.itemChanged.connect(self._item_changed)
        model.hosts_changed.connect(self._hosts_changed)

    def _hosts_changed(self) -> None:
        # A page made ahead of its turn, or left behind, is filled when shown.
        if self.isVisible():
            self.refresh()

    def initializePage(self) -> None:
        self.ensure_widgets()
        if self.model.password and not self.password.text():
            self.password.setText(self.model.password)
        self.refresh()
        if any(not r.fingerprint for r in self.model.rows):
            self.model.run(self.model.fetch_fingerprints())

    def _own_password(self, address: str, text: str) -> None:
        self.model.set_host_password(address, text)
        self.connected = False
        self.completeChanged.emit()

    def _password_changed(self, text: str) -> None:
        self.model.set_password(text)
        self.connected = False
        self.completeChanged.emit()

    def add(self) -> None:
        text = self.address.text().strip()
        if not text:
            self.address_error.setText(self.tr("Enter a host's management IP address."))
            return
        if "".join(text.split()).startswith("XPW1-"):
            self.paste_join_info(text)
            return
        if "/" in text or ("-" in text and re.fullmatch(r"[\d.\s-]+", text)):
            self.scan()  # a subnet or a range (a host name may hold a "-" too)
            return
        try:
            ipaddress.IPv4Address(text)
        except ValueError:
            if re.fullmatch(r"[\d.]+", text):  # meant as an address, mistyped
                self.address_error.setText(self.tr("'{0}' is not an IPv4 address.").format(text))
                return
            if not HOST_NAME.fullmatch(text):
                self.address_error.setText(
                    self.tr("'{0}' is neither an IPv4 address nor a host name.").format(text)
                )
                return
            self.address_error.clear()
            self.model.run(resolve(text), lambda found: self._resolved(text, found))
            return
        self.address_error.clear()
        self._add(text)

    def _add(self, address: str, name: str = "") -> None:
        row = self.model.add_address(address)
        if name:
            row.typed_name = name
            self.refresh()
        self.address.clear()
        self.connected = False
        self.model.run(self.model.fetch_fingerprints())

    def _resolved(self, name: str, found: str | OSError) -> None:
        """A host name, resolved once: the wizard talks to the address it had then."""
        if isinstance(found, OSError):
            self.address_error.setText(
                self.tr("'{0}' does not resolve to an IPv4 address here ({1}).").format(
                    name, found.strerror or found
                )
            )
            return
        self._add(found, name)

    def paste_join_info(self, text: str) -> None:
        from wizard.joininfo import JoinInfoError

        try:
            count = self.model.import_join_info(text)
        except JoinInfoError as exc:
            self.address_error.setText(str(exc))  # the pasted line stays for another try
            return
        self.address_error.clear()
        self.address.clear()
        self.connected = False
        self.status.setText(
            self.tr("{0} host(s) added with the certificates the join information names.").format(
                count
            )
        )

    def copy_join_info(self) -> None:
        from PySide6.QtGui import QGuiApplication

        line = self.model.join_info()
        if not line:
            self.status.setText(self.tr("Trust the hosts' certificates first."))
            return
        QGuiApplication.clipboard().setText(line)
        self.status.setText(
            self.tr("Join information copied: it names the trusted hosts and holds no password.")
        )

    def scan(self) -> None:
        spec = self.address.text().strip()
        from wizard.discovery import ScanError, addresses

        try:
            addresses(spec)
        except ScanError as exc:
            self.address_error.setText(str(exc))
            return
        self.address_error.clear()
        self.connected = False
        self.model.run(self.model.scan(spec))

    def remove(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.model.remove_address(self._address_at(index))
        self.connected = False

    def _item_changed(self, changed: QTableWidgetItem) -> None:
        address = self._address_at(changed.row())
        if changed.column() == 7:
            self._own_password(address, changed.data(PASSWORD_ROLE) or "")
            return
        if changed.column() != 0:
            return
        self.model.trust(address, changed.checkState() == Qt.CheckState.Checked)
        self.connected = False
        self.completeChanged.emit()

    def _address_at(self, index: int) -> str:
        # the model's order is the table's, filled or still to fill
        rows = self.model.rows
        return rows[index].address if 0 <= index < len(rows) else ""

    def _row_cells(self, row: HostRow) -> HostCells:
        """What a host's row shows."""
        facts = row.facts
        fingerprint = (
            format_fingerprint(row.fingerprint)[:23] + "…"
            if row.fingerprint
            else (row.error or self.tr("contacting…"))
        )
        pool = ""
        if facts:
            pool = (
                self.tr("standalone")
                if facts.is_master and facts.pool_size == 1
                else (
                    self.tr("master of {0} hosts").format(facts.pool_size)
                    if facts.is_master
                    else self.tr("member of {0}").format(facts.master_address)
                )
            )
        version = (
            f"{facts.software_version.get('product_brand', '')} "
            f"{facts.software_version.get('product_version', '')}"
            if facts
            else ""
        )
        return HostCells(
            trust=(bool(row.fingerprint), row.trusted),
            texts=(
                f"{row.address} ({row.typed_name})" if row.typed_name else row.address,
                fingerprint,
                # before login, the name its certificate gives (it tells scanned hosts apart;
                # any host can claim any name there, so it says where the name comes from)
                facts.name
                if facts
                else (self.tr("{0} (certificate)").format(row.cert_name) if row.cert_name else ""),
                version,
                facts.cpu_info.get("modelname", "") if facts else "",
                pool,
            ),
            fingerprint=format_fingerprint(row.fingerprint),
            password=self.model.host_passwords.get(row.address, ""),
        )

    def refresh(self) -> None:
        rows = self.model.rows
        self.table.setRowCount(len(rows))
        del self.shown[len(rows) :]
        self.shown += [None] * (len(rows) - len(self.shown))
        # Only the cells that show something new change (trusting a host, or its facts
        # arriving, refreshes the view for all 64): items are kept and updated, the rows
        # that differ a slice per event.
        self.filling.start(
            [i for i, row in enumerate(rows) if self.shown[i] != self._row_cells(row)]
        )
        self._show_fingerprint()
        self.completeChanged.emit()

    def _fill_rows(self, rows: list[int], last: bool) -> None:
        self.table.blockSignals(True)
        texts_changed = False
        for index in rows:
            if index >= len(self.model.rows):
                continue  # removed meanwhile (its refresh comes)
            # as the row is now: a password typed into a row still to fill stays
            address, new = self.model.rows[index].address, self._row_cells(self.model.rows[index])
            old = self.shown[index]
            self.shown[index] = new
            if old is None or old.trust != new.trust:
                self._show_trust(index, *new.trust)
            for column, text in enumerate(new.texts, start=1):
                if old is None or old.texts[column - 1] != text:
                    cell(self.table, index, column).setText(text)
                    texts_changed = True
            cell(self.table, index, 1).setData(Qt.ItemDataRole.UserRole, address)
            if old is None or old.fingerprint != new.fingerprint:
                cell(self.table, index, 2).setToolTip(new.fingerprint)
            if old is None or old.password != new.password:
                own = self.table.item(index, 7) or item("", editable=True)
                show_password(own, new.password, self.same_as_below)
                self.table.setItem(index, 7, own)
        self.table.blockSignals(False)
        if fit_columns(self.table, rows if texts_changed else [], last):
            header = self.table.horizontalHeader()  # a heading is never cut off
            for column in range(self.table.columnCount() - 1):
                self.table.setColumnWidth(
                    column, max(self.table.columnWidth(column), header.sectionSizeHint(column))
                )

    def _show_fingerprint(self) -> None:
        """The whole fingerprint of the host to confirm (the selected one, else the first
        not yet trusted), with where its console shows the same number."""
        rows = self.model.rows
        selected = self.table.currentRow()
        row = (
            rows[selected]
            if 0 <= selected < len(rows)
            else next((r for r in rows if not r.trusted), None)
        )
        if row is None or not row.fingerprint:
            self.fingerprint.clear()
            return
        name = row.facts.name if row.facts else row.cert_name
        self.fingerprint.setText(
            self.tr(
                "<b>{host}</b>, certificate SHA-256:<br><tt>{fingerprint}</tt><br>"
                "Compare it on the host before ticking Trust: in its shell (xsconsole: Local "
                "Command Shell) <tt>openssl x509 -in /etc/xensource/xapi-ssl.pem -noout "
                "-fingerprint -sha256</tt>, or <tt>xe certificate-list type=host "
                "params=host,fingerprint_sha256</tt> (XenServer 8.2: <tt>params=host,fingerprint"
                "</tt>). xsconsole's Status Display shows the SHA-1 fingerprint, another number."
            ).format(
                host=f"{name} ({row.address})" if name else row.address,
                fingerprint=format_fingerprint(row.fingerprint),
            )
        )

    def _show_trust(self, index: int, known: bool, trusted: bool) -> None:
        """The trust checkbox, once the host's fingerprint is known."""
        trust = cell(self.table, index, 0)
        if known:
            trust.setFlags(trust.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            trust.setCheckState(Qt.CheckState.Checked if trusted else Qt.CheckState.Unchecked)
            trust.setToolTip(
                self.tr("Compare this fingerprint with the host's console before trusting it.")
            )
        else:
            trust.setFlags(trust.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            trust.setData(Qt.ItemDataRole.CheckStateRole, None)
            trust.setToolTip("")

    def connect_hosts(self) -> None:
        untrusted = [r.address for r in self.model.rows if not r.trusted]
        if not self.model.rows:
            self.status.setText(self.tr("Add at least one host."))
            return
        if untrusted:
            self.status.setText(
                self.tr("Confirm the certificate of: {0}").format(", ".join(untrusted))
            )
            return
        remember = self.remember.isChecked()

        def done(result: tuple[list[str], bool]) -> None:
            missing, stored = result
            if missing:
                self.status.setText(
                    self.tr("Enter the root password.")
                    if len(missing) == len(self.model.rows)
                    else self.tr("Enter the root password (none is remembered for {0}).").format(
                        ", ".join(missing)
                    )
                )
                return
            self.connected = True
            text = self.tr("Connected to {0} host(s).").format(len(self.model.rows))
            if remember:
                text += " " + (
                    self.tr("The passwords are in the OS keyring.")
                    if stored
                    else self.tr("No OS keyring here: the passwords stay in memory only.")
                )
            self.status.setText(text)
            self.completeChanged.emit()

        self.model.run(self.model.log_in(remember), done)

    def blocked_reason(self) -> str:
        if self.model.busy:
            return super().blocked_reason()
        if not self.model.rows:
            return self.tr("Add the hosts to go on.")
        if any(not r.trusted for r in self.model.rows):
            return self.tr(
                "Tick Trust for each host whose certificate you have compared, then press Connect and check."
            )
        return self.tr("Press Connect and check to go on.")

    def isComplete(self) -> bool:
        return super().isComplete() and self.connected and bool(self.model.rows)
