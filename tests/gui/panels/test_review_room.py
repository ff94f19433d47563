"""At 1366x768 (the screen less the taskbar) the default layout leaves the Review and Periksa
docks room below the details (QA37 #5): every Review button shows whole, the list of marks
above them scrolls, and the side is shared with the details, whose fields scroll."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDockWidget

from netizen_editor.gui.window import main_window
from tests.gui import TIMEOUT, settle
from tests.gui.panels.test_review_panel import wait_marks

#: ten marks, an import's comment of four lines among them (more than the list shows)
STORY = (
    "---\ntitle: Jabar Luncurkan 500 Desa Digital\n---\n\n"
    "{>>@Impor: PEMERINTAH PROVINSI JAWA BARAT\nDINAS KOMUNIKASI DAN INFORMATIKA\n"
    "Jl. Tamansari No. 55, Bandung 40132\nNomor: 045/HUMAS/XII/2026<<}\n\n"
    + "".join(
        f"Warga {{++desa {n} ++}}{{>>@Pak Hadi (2026-12-08T10:52+07:00)<<}}bisa mengurus KTP.\n\n"
        for n in range(9)
    )
)


def laid_out(make_window, qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(main_window, "place_first_time", lambda w: w.resize(1326, 728))
    story = tmp_path / "desa.md"
    story.write_text(STORY, encoding="utf-8")
    window = make_window([story])
    wait_marks(qtbot, window.review_dock, 10)
    window.review_dock.show_dock()
    qtbot.waitUntil(lambda: window.review_dock.panel.isVisible(), timeout=TIMEOUT)
    settle(qtbot, window)  # the docks' last layout
    return window


def test_every_review_button_shows_whole_at_1366x768(make_window, qtbot, tmp_path, monkeypatch):
    window = laid_out(make_window, qtbot, tmp_path, monkeypatch)
    panel = window.review_dock.panel
    for button in panel.buttons():
        shown = button.visibleRegion().boundingRect()
        assert shown == button.rect(), (button.text(), shown, button.geometry(), panel.height())
    view = panel.list
    assert view.verticalScrollBar().maximum() > 0  # the marks scroll above the buttons
    # room for a few marks (two lines each, the import's six)
    assert view.viewport().height() >= 10 * view.fontMetrics().lineSpacing()


def test_the_details_share_the_side_with_the_docks_below(make_window, qtbot, tmp_path,
                                                         monkeypatch):  # fmt: skip
    window = laid_out(make_window, qtbot, tmp_path, monkeypatch)
    details = window.findChild(QDockWidget, "metadata_dock")
    review = window.findChild(QDockWidget, "review_dock")
    assert review.height() >= details.height() - 40  # (the tabs' bar is the review's too)
