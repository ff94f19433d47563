"""The app's own toolbar icons stand out from a dark desktop theme's window: drawn in one slate
they were 1.3:1 against it (QA36 #4); on a light one they are drawn as they are."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from netizen_editor.gui.contrast import contrast
from netizen_editor.gui.window.icon_colour import CONTROL_CONTRAST, ICON_STROKE, own_icon
from netizen_editor.paths import resource_path


def _darkest_and_lightest_ink(icon) -> list[QColor]:
    image = icon.pixmap(48, 48).toImage()
    inks = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    return [c for c in inks if c.alpha() == 255]


def test_on_a_dark_window_the_icons_stand_out(qapp):
    palette = QGuiApplication.palette()
    dark = QPalette(palette)
    window = QColor("#2d2d2d")
    dark.setColor(QPalette.ColorRole.Window, window)
    QGuiApplication.setPalette(dark)
    try:
        ink = _darkest_and_lightest_ink(own_icon(resource_path("icons", "document-save.svg")))
    finally:
        QGuiApplication.setPalette(palette)
    assert ink, "the icon draws nothing"
    assert min(contrast(c, window) for c in ink) >= CONTROL_CONTRAST - 0.1


def test_on_a_light_window_they_are_drawn_as_they_are(qapp):
    palette = QGuiApplication.palette()
    light = QPalette(palette)
    light.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
    QGuiApplication.setPalette(light)
    try:
        ink = _darkest_and_lightest_ink(own_icon(resource_path("icons", "document-save.svg")))
    finally:
        QGuiApplication.setPalette(palette)
    assert ink and all(c.name() == ICON_STROKE for c in ink)
