"""The German report as laid out for its PDF: table headings whole, numbers as German
writes them (issue 15)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.faults.conftest import build
from wizard import cli, exitcodes, i18n
from wizard.simulator import Simulator


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")


def test_the_german_reports_table_headings_stay_whole_and_its_sizes_use_a_comma(
    sim: Simulator,
    qapp: object,
    english_afterwards: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextTable

    build(sim)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    page = tmp_path / "report.html"
    args = ["--lang", "de", "report", "--host", sim.hosts[0].address, "--port", str(sim.port)]
    args += ["--yes", "--pins", str(tmp_path / "pins.json"), "--format", "html"]
    assert cli.main([*args, "--output", str(page)]) == exitcodes.EXIT_OK
    html = page.read_text(encoding="utf-8")
    assert "Speicherschnittstellen" in html
    assert "500,0 GiB" in html and "500.0 GiB" not in html
    document = QTextDocument()
    document.setHtml(html)
    # laid out as write_pdf prints it: on the PDF writer's page, with its font metrics
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(96)
    document.documentLayout().setPaintDevice(writer)
    frame = document.rootFrame().frameFormat()
    for side in ("Left", "Right", "Top", "Bottom"):  # QTextDocument.print_ adds 2 cm each side
        getattr(frame, f"set{side}Margin")(int(2 / 2.54 * 96))
    document.rootFrame().setFrameFormat(frame)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.documentLayout().documentSize()  # lay it all out now
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) >= 2
    for found in tables:
        for column in range(found.columns()):
            block = found.cellAt(0, column).firstCursorPosition().block()
            assert block.layout().lineCount() == 1, f"heading split: {block.text()!r}"
