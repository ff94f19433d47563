"""A selected story keeps its status colour while the table has not the keyboard (QA30 #9): the
row is grey then, to show where the keyboard is (cc669f3), and "Ready" was black on it instead
of green. Its colour is darkened where it would not read on the grey (WCAG's 4.5 : 1)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from netizen_editor.gui.contrast import READABLE, contrast, readable_on
from netizen_editor.gui.desk.filtering import COLUMNS
from netizen_editor.gui.desk.table_model import PROBLEM_TEXT, SAME_ID_TEXT, STATUS_COLOURS
from tests.gui import TIMEOUT


def _status_ink(qtbot, panel, path: str, focused) -> tuple[QColor, QColor]:
    """The text colour of ``path``'s status cell (its pixel that stands out most from the
    cell's background) and that background, with the keyboard in ``focused``."""
    assert panel.select_path(path)
    focused.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focused, timeout=TIMEOUT)
    row = panel.model.row_of(path)
    cell = panel.table.visualRect(panel.model.index(row, COLUMNS.index("status")))
    image = panel.table.viewport().grab().toImage()
    ground = image.pixelColor(cell.right() - 2, cell.center().y())  # (the text is on the left)
    pixels = [image.pixelColor(x, y) for x in range(cell.left(), cell.right())
              for y in range(cell.top(), cell.bottom())]  # fmt: skip
    return max(pixels, key=lambda pixel: contrast(pixel, ground)), ground


def test_the_selected_ready_story_stays_green_on_the_grey_row(desk_window, qtbot):
    panel = desk_window().desk.panel
    ink, grey = _status_ink(qtbot, panel, "olahraga/timnas.md", panel.search_edit)
    inactive = panel.table.palette().color(
        QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight
    )
    assert grey.name() == inactive.name()  # the grey row without the keyboard, as before
    assert ink.green() > ink.red() + 40 and ink.green() > ink.blue() + 40, ink.name()  # green
    assert contrast(ink, grey) >= READABLE
    ink, blue = _status_ink(qtbot, panel, "olahraga/timnas.md", panel.table)
    assert (
        ink.name() == "#ffffff" and blue.name() != grey.name()
    )  # with the keyboard: the style's own


def test_every_desk_colour_reads_on_the_grey_and_keeps_its_hue():
    grey = QColor("#cacaca")  # Fusion's Midlight: the desk's selected row without the keyboard
    for name in (*STATUS_COLOURS.values(), PROBLEM_TEXT, SAME_ID_TEXT):
        shade = readable_on(QColor(name), grey)
        assert contrast(shade, grey) >= READABLE, name
        assert abs(shade.hsvHue() - QColor(name).hsvHue()) <= 3, (name, shade.name())
    assert readable_on(QColor("#a50e0e"), grey) == QColor("#a50e0e")  # readable already
    dark = QColor("#353535")  # a dark theme's grey: the shade goes lighter
    shade = readable_on(QColor("#137333"), dark)
    assert contrast(shade, dark) >= READABLE and shade.lightness() > QColor("#137333").lightness()


def test_status_colours_read_on_a_dark_theme(desk_window, qtbot):
    """A dark theme's table (QA36: "Draf" grey ~2.1:1 on it, an error count ~1.7:1): the status
    is drawn in the shade of its colour that reads on the row."""
    palette = QGuiApplication.palette()
    dark = QPalette(palette)
    for role, colour in ((QPalette.ColorRole.Base, "#2b2b2b"),
                         (QPalette.ColorRole.AlternateBase, "#2b2b2b"),
                         (QPalette.ColorRole.Text, "#eeeeee")):  # fmt: skip
        dark.setColor(role, QColor(colour))
    QGuiApplication.setPalette(dark)
    try:
        panel = desk_window().desk.panel
        panel.table.clearSelection()
        row = panel.model.row_of("olahraga/timnas.md")
        cell = panel.table.visualRect(panel.model.index(row, COLUMNS.index("status")))
        image = panel.table.viewport().grab().toImage()
    finally:
        QGuiApplication.setPalette(palette)
    ground = image.pixelColor(cell.right() - 2, cell.center().y())
    assert ground.name() == "#2b2b2b"
    pixels = [image.pixelColor(x, y) for x in range(cell.left(), cell.right())
              for y in range(cell.top(), cell.bottom())]  # fmt: skip
    ink = max(pixels, key=lambda pixel: contrast(pixel, ground))
    assert contrast(ink, ground) >= READABLE, ink.name()
    assert ink.green() > ink.red() + 40 and ink.green() > ink.blue() + 40, ink.name()  # green
