"""The app's own toolbar icons drawn in a colour the toolbar shows: they are drawn in one
slate (``ICON_STROKE``), 1.3:1 against a dark desktop theme's toolbar (QA36 #4), and are then
drawn in the nearest shade of it that stands out from the window's colour (WCAG 2's 3:1 for
the parts of a control, ``contrast.readable_on``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImageReader, QPalette, QPixmap

from netizen_editor.gui.contrast import readable_on

#: the colour the icons in resources/icons are drawn in
ICON_STROKE = "#3c4657"
#: WCAG 2's least contrast for the parts of a control (1.4.11)
CONTROL_CONTRAST = 3.0
#: the sizes (pixels, device-independent) an icon is drawn at for the toolbar and menus
SIZES = (16, 20, 24, 32, 48)


def stroke_colour() -> str:
    """``ICON_STROKE``, or the shade of it that stands out from the window's colour."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return readable_on(QColor(ICON_STROKE), window, CONTROL_CONTRAST).name()


def own_icon(svg: Path) -> QIcon:
    """The icon drawn by ``svg``, in the colour the window shows (as drawn when that is its
    own)."""
    colour = stroke_colour()
    if colour == ICON_STROKE:
        return QIcon(str(svg))
    data = QByteArray(svg.read_text(encoding="utf-8").replace(ICON_STROKE, colour).encode())
    icon = QIcon()
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    for size in SIZES:  # Qt's SVG image plugin, as QIcon(path) draws them (no QtSvg module:
        buffer = QBuffer(data)  # the packaged app leaves that binding out)
        reader = QImageReader(buffer, QByteArray(b"svg"))
        reader.setScaledSize(QSize(round(size * ratio), round(size * ratio)))
        pixmap = QPixmap.fromImage(reader.read())
        if pixmap.isNull():  # no SVG plugin: drawn as it is
            return QIcon(str(svg))
        pixmap.setDevicePixelRatio(ratio)
        icon.addPixmap(pixmap)
    return icon
