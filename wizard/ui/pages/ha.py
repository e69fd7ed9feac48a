"""6. High Availability: failures to tolerate, restart priorities, memory headroom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
)

from wizard.ui.delegates import ChoiceDelegate
from wizard.ui.model import WizardModel
from wizard.ui.pages.base import BasePage, GiB, gib, item, table
from wizard.ui.painted import CapacityBar, CapacityChart
from wizard.ui.qtnames import Qt

if TYPE_CHECKING:
    from wizard.checks.capacity import CapacityPlan


class HaPage(BasePage):
    def __init__(self, model: WizardModel) -> None:
        super().__init__(
            model,
            self.tr("High Availability"),
            self.tr(
                "HA restarts protected VMs on the surviving hosts. It needs free memory on them: the picture shows the headroom."
            ),
        )

    def create_widgets(self) -> None:
        layout = QVBoxLayout(self)
        self.enabled = QCheckBox(self.tr("&Enable High Availability"))
        layout.addWidget(self.enabled)
        form = QFormLayout()
        self.failures = QSpinBox()
        form.addRow(self.tr("Host &failures to tolerate:"), self.failures)
        layout.addLayout(form)
        # Beside the form, not in it: a wrapped label in a form row is given the
        # height it needs at the width the page had when it was made ahead of time.
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.fencing = QLabel(
            self.tr(
                "Enabling HA is the last step, with nothing else running. If it fails half-way, "
                "a host that loses the heartbeat SR can reboot itself (fencing): the build first "
                "checks that every host sees it."
            )
        )
        self.fencing.setWordWrap(True)
        layout.addWidget(self.fencing)
        layout.addSpacing(6)
        self.capacity = QGroupBox(
            self.tr("Memory per host (used by running VMs and the hypervisor / free)")
        )
        self.chart = CapacityChart()
        # A bar per host: with 64 hosts the chart scrolls, the window keeps its size.
        self.chart_area = scroll = QScrollArea()
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)  # the group box's shade shows through
        self.chart.setAutoFillBackground(False)
        QVBoxLayout(self.capacity).addWidget(scroll)
        layout.addWidget(self.capacity)
        self.vms = table(
            [self.tr("VM"), self.tr("Host"), self.tr("Memory"), self.tr("Restart priority")]
        )
        self.priorities = ChoiceDelegate(
            [
                ("restart", self.tr("restart")),
                ("best-effort", self.tr("best effort")),
                ("", self.tr("do not restart")),
            ],
            self.vms,
        )
        self.vms.setItemDelegateForColumn(3, self.priorities)
        self.vms.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.vms.itemChanged.connect(self._priority_edited)
        layout.addWidget(self.vms, 1)
        layout.addWidget(self.status)
        self.enabled.toggled.connect(self._changed)
        self.failures.valueChanged.connect(self._failures_changed)
        self._loading = False
        self.xapi_max: int | None = None  # XAPI's own figure, once the pool exists

    def initializePage(self) -> None:
        self.ensure_widgets()
        self._loading = True
        ha = self.model.plan.ha
        self.enabled.setChecked(ha.enabled)
        self._fill_vms()
        self._loading = False
        self.xapi_max = None
        self._changed()
        self._ask_xapi()

    def _ask_xapi(self) -> None:
        if self.model.ctx is not None and self.model.plan.ha.enabled:
            self.model.run(self.model.xapi_max_failures(), self._xapi_answered)

    def _xapi_answered(self, value: int | None) -> None:
        self.xapi_max = value
        self._changed()

    def _fill_vms(self) -> None:
        vms = [(f, vm) for f in self.model.facts() for vm in f.vms]
        priorities = self.model.plan.ha.restart_priorities
        self.vms.blockSignals(True)
        self.vms.setRowCount(len(vms))
        for index, (host, vm) in enumerate(vms):
            self.vms.setItem(index, 0, item(vm.name))
            self.vms.setItem(index, 1, item(host.name))
            self.vms.setItem(index, 2, item(gib(vm.memory)))
            current = priorities.get(vm.name, vm.ha_restart_priority)
            if current not in {value for value, _ in self.priorities.choices}:
                current = "restart"  # what the combo box this replaces showed first
            choice = item(self.priorities.label(current), editable=True)
            choice.setData(Qt.ItemDataRole.UserRole, current)
            choice.setData(Qt.ItemDataRole.UserRole + 1, vm.name)
            choice.setToolTip(self.tr("Double-click or press F2 to change"))
            self.vms.setItem(index, 3, choice)
        self.vms.blockSignals(False)
        self.vms.resizeColumnsToContents()

    def _priority_edited(self, edited: QTableWidgetItem) -> None:
        if edited.column() != 3 or self._loading:
            return
        name = str(edited.data(Qt.ItemDataRole.UserRole + 1) or "")
        value = str(edited.data(Qt.ItemDataRole.UserRole) or "")
        if name and self.model.plan.ha.restart_priorities.get(name) != value:
            self._priority(name, value)

    def _failures_changed(self, value: int) -> None:
        self.model.plan.ha.host_failures_to_tolerate = value
        self._changed()

    def _priority(self, name: str, value: str) -> None:
        self.model.plan.ha.restart_priorities[name] = value
        self._changed()
        self._ask_xapi()  # XAPI's figure depends on which VMs are protected

    def _changed(self) -> None:
        if self._loading:
            return
        ha = self.model.plan.ha
        ha.enabled = self.enabled.isChecked()
        plan = self.model.capacity()
        ours = limit = min(plan.max_failures, max(0, len(self.model.plan.hosts) - 1))
        if self.xapi_max is not None:
            limit = min(limit, self.xapi_max)  # XAPI refuses more than its own planner allows
        ha.host_failures_to_tolerate = min(ha.host_failures_to_tolerate, limit)
        self.failures.blockSignals(True)
        self.failures.setRange(0, limit)
        self.failures.setValue(ha.host_failures_to_tolerate)
        self.failures.blockSignals(False)
        self.failures.setEnabled(ha.enabled)
        self.vms.setEnabled(ha.enabled)
        if ha.host_failures_to_tolerate == 0:
            text = self.tr(
                "0: HA restarts VMs only if there happens to be room; nothing is reserved."
            )
            if limit == 0 and plan.stranded and len(plan.hosts) > 1:
                # Why 1 is not on offer: usually 2 hosts, each too full to take the other's VMs.
                text += " " + self.tr(
                    "1 is not possible: with one host down, {0} would find no room on the "
                    "other host(s). Set less important VMs to best-effort, or add memory or a host."
                ).format(", ".join(plan.stranded))
        else:
            text = self.tr(
                "The pool keeps enough free memory to restart every protected VM after {0} host failure(s). At most {1} with these VMs."
            ).format(ha.host_failures_to_tolerate, limit)
        if self.xapi_max is None:
            text += " " + self.tr(
                "XAPI's own figure shows here once the hosts are in the pool (iSCSI page, step 1)."
            )
        else:
            text += " " + self.tr(
                "Our estimate: {0}; XAPI's own planner: {1} (the lower one counts)."
            ).format(ours, self.xapi_max)
        self.explain.setText(text)
        self.fencing.setVisible(ha.enabled)
        self._draw_capacity(plan)
        self.completeChanged.emit()

    def _draw_capacity(self, plan: CapacityPlan) -> None:
        bars = []
        for host in plan.hosts:
            used = max(0, host.total - host.free)
            protected = sum(vm.memory for vm in host.protected) // GiB
            bars.append(
                CapacityBar(
                    maximum=max(1, host.total // GiB),
                    value=used // GiB,
                    text=self.tr("{0}: {1} GiB used, {2} GiB free").format(
                        host.name, used // GiB, host.free // GiB
                    ),
                    note=self.tr("protected VMs: {0} GiB").format(protected),
                )
            )
        self.chart.set_bars(bars)
        # QScrollArea keeps the first size hint it read, taken when the page was made
        # ahead of its turn without bars: its height is set here instead, up to 8 rows.
        self.chart_area.setFixedHeight(self.chart.rows_height(min(len(bars), 8)))

    def isComplete(self) -> bool:
        return super().isComplete()
