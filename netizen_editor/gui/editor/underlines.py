"""Drawing spelling underlines over an editor's text: a red wave for a typo, blue dashes for a
non-standard form.

They are painted after the text rather than stored as character formats: a format range
makes Qt lay the line out again with one more item per finding, which on a long paragraph
with many findings cost more than the rest of a keystroke. Painting reads the positions
from the block's existing layout and touches only what is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap, QTextBlock, QTextLine

WAVE = "wave"
DASH = "dash"
WAVE_PERIOD = 4.0  # pixels from crest to crest
WAVE_HEIGHT = 1.5  # pixels from the middle to a crest
_tiles: dict[tuple[str, float], QPixmap] = {}


def _x(line: QTextLine, position: int) -> float:
    """The x of ``position`` in ``line`` (PySide gives it with the position it settled on)."""
    answer: tuple[float, int] = line.cursorToX(position)  # type: ignore[assignment]
    return answer[0]


def _wave_tile(color: str, ratio: float) -> QPixmap:
    """One period of the wave, drawn once per colour and pixel ratio and then tiled (as Qt
    draws its own wave underline): far cheaper than a curve per word."""
    key = (color, ratio)
    tile = _tiles.get(key)
    if tile is None:
        height = 2 * WAVE_HEIGHT + 1
        tile = QPixmap(round(WAVE_PERIOD * ratio), round(height * ratio))
        tile.setDevicePixelRatio(ratio)
        tile.fill(Qt.GlobalColor.transparent)
        path = QPainterPath(QPointF(0, height / 2))
        half = WAVE_PERIOD / 2
        path.quadTo(QPointF(half / 2, height / 2 - WAVE_HEIGHT), QPointF(half, height / 2))
        path.quadTo(QPointF(half * 1.5, height / 2 + WAVE_HEIGHT), QPointF(WAVE_PERIOD, height / 2))
        painter = QPainter(tile)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(QColor(color))
        pen.setWidthF(1.0)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.end()
        _tiles[key] = tile
    return tile


def draw(
    painter: QPainter,
    block: QTextBlock,
    origin: QPointF,
    spans: list[tuple[int, int, str, str]],
) -> None:
    """Underline ``spans`` (start, end in Qt units within the block, style, colour) of
    ``block``, drawn by the editor at ``origin`` of the viewport."""
    layout = block.layout()
    left = origin.x() + layout.position().x()
    top = origin.y() + layout.position().y()
    ratio = painter.device().devicePixelRatioF()
    for start, end, style, color in spans:
        if style == DASH:
            pen = QPen(QColor(color))
            pen.setWidthF(1.0)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
        position = start
        while position < end:
            line = layout.lineForTextPosition(position)
            if not line.isValid():
                break
            line_end = line.textStart() + line.textLength()
            stop = min(end, line_end)
            x1 = left + _x(line, position)
            x2 = left + _x(line, stop)
            y = top + line.y() + line.ascent() + WAVE_HEIGHT + 1.0
            if style == WAVE:
                tile = _wave_tile(color, ratio)
                height = tile.height() / ratio
                target = QRectF(x1, y - height / 2, x2 - x1, height)
                painter.drawTiledPixmap(target, tile)
            else:
                painter.drawLine(QPointF(x1, y), QPointF(x2, y))
            if stop <= position:
                break
            position = stop
