"""The pages after the first are made once it shows; navigation is the same meanwhile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWizard

from tests.ui.conftest import Run, settle
from wizard.ui.app import LATER_PAGES, PoolWizard
from wizard.ui.model import WizardModel
from wizard.ui.pages.base import PageId
from wizard.ui.pages.hosts import HostsPage
from wizard.ui.steplist import TITLES
from wizard.xapi.trust import PinStore


def test_next_on_the_first_page_before_the_others_are_made(qtbot: Any, run: Run) -> None:
    wizard = PoolWizard(WizardModel(PinStore()))
    qtbot.addWidget(wizard)
    wizard.show()  # no event handled yet: only the Start page exists
    assert list(wizard.pages) == [PageId.START]
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isVisible() and next_button.isEnabled()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    # The step list names every step already.
    shown = [line.text().removeprefix("▶").strip() for line in wizard.steps.lines.values()]
    assert shown == [title() for title in TITLES.values()]
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert isinstance(wizard.currentPage(), HostsPage)
    assert set(wizard.pages) == {PageId.START, *LATER_PAGES}
    wizard.back()
    assert wizard.currentId() == PageId.START
    run(settle(wizard.model))


def test_the_pages_are_made_once_the_first_one_shows(qtbot: Any) -> None:
    wizard = PoolWizard(WizardModel(PinStore()))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: len(wizard.pages) == len(PageId))
    assert wizard.pageIds() == [int(page_id) for page_id in PageId]
    # The step list's titles are the pages' own.
    for page_id, title in TITLES.items():
        assert wizard.page(page_id).title() == title()


class _Paints(QObject):
    """Counts the paint events a widget gets."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_page_change_paints_the_new_page_in_a_turn_of_its_own(qtbot: Any, run: Run) -> None:
    wizard = PoolWizard(WizardModel(PinStore()))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    hosts = wizard.pages[PageId.HOSTS]
    paints = _Paints()
    hosts.installEventFilter(paints)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is hosts
    # The click's turn switched pages and painted nothing: the paint waits for the next turn.
    assert not wizard.updatesEnabled() and paints.count == 0
    qtbot.waitUntil(lambda: paints.count > 0)  # then it paints, the window not left frozen
    assert wizard.updatesEnabled()
    assert hosts.isVisible()
    # Back is a page change too.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PageId.START and not wizard.updatesEnabled()
    qtbot.waitUntil(wizard.updatesEnabled)
    run(settle(wizard.model))


def test_the_next_page_is_made_once_the_work_in_progress_ends(qtbot: Any, run: Run) -> None:
    import asyncio

    wizard = PoolWizard(WizardModel(PinStore()))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    compat = wizard.pages[PageId.COMPAT]
    release = asyncio.Event()
    wizard.model.run(release.wait())  # work in progress, as Connect's logins are
    run(asyncio.sleep(0.5))  # past the time the next page is made after a page change
    assert wizard.model.busy and not compat.has_widgets
    release.set()
    qtbot.waitUntil(lambda: compat.has_widgets)  # made once the work ends
    run(settle(wizard.model))
