"""Two pictures of the article as readers first meet it: its Google result and its share card
(WhatsApp, Facebook). The cutting comes from ``netizen_editor.checks.snippets``; these widgets
only draw, at the real sizes (a 600 px result, a 500 px card) scaled to the panel's width.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QImageReader, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from netizen_editor.checks.snippets import SearchResult, ShareCard, crop_box
from netizen_editor.photos import limits
from netizen_editor.photos.source import SourceRejected, read_image_file

FONT_FAMILY = "Arial"
# Metric-compatible stand-ins where Arial is not installed (Linux): the widths then match.
FONT_SUBSTITUTES = ["Liberation Sans", "Arimo", "Helvetica", "DejaVu Sans"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SharePreviews", text)


def _font(pixels: int, bold: bool = False) -> QFont:
    QFont.insertSubstitutions(FONT_FAMILY, FONT_SUBSTITUTES)
    font = QFont(FONT_FAMILY)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class _ScaledPicture(QWidget):
    """A picture drawn on a fixed logical canvas, scaled to the widget's width."""

    LOGICAL = QSize(100, 100)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(120)
        #: said in the picture when there is nothing to draw (no article is open)
        self.empty_text = ""

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * self.LOGICAL.height() / self.LOGICAL.width())

    def sizeHint(self) -> QSize:
        return QSize(320, self.heightForWidth(320))

    def _painter(self) -> QPainter:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        scale = self.width() / self.LOGICAL.width()
        painter.scale(scale, scale)
        return painter

    def _end_empty(self, painter: QPainter) -> None:
        """Nothing to draw: ``empty_text`` in the middle, at the widget's own font size (the
        picture's scale would make it a few pixels high), and the painting ends."""
        if self.empty_text:
            painter.resetTransform()
            painter.setFont(self.font())
            painter.setPen(QColor("#5f6368"))
            centred = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(QRectF(self.rect()).adjusted(8, 4, -8, -4), centred, self.empty_text)
        painter.end()


class SearchResultView(_ScaledPicture):
    """The article as a Google result: site, address, title (blue) and description."""

    LOGICAL = QSize(640, 150)
    LEFT = 20
    WIDTH = 600

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("search_result_view")
        self.result: SearchResult | None = None
        self.setToolTip(_tr("How Google shows the article: the title is cut at about 600 "
                            "pixels, the description at about 920."))  # fmt: skip

    def set_result(self, result: SearchResult | None, empty_text: str = "") -> None:
        """Draw ``result``; without one, ``empty_text`` says why."""
        self.result = result
        self.empty_text = empty_text
        self.update()

    def paintEvent(self, _event) -> None:
        painter = self._painter()
        painter.fillRect(
            QRectF(0, 0, self.LOGICAL.width(), self.LOGICAL.height()), Qt.GlobalColor.white
        )
        result = self.result
        if result is None:
            self._end_empty(painter)
            return
        x = self.LEFT
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#f1f3f4"))
        painter.drawEllipse(QRectF(x, 14, 26, 26))
        painter.setPen(QColor("#1a73e8"))
        painter.setFont(_font(14, bold=True))
        painter.drawText(QRectF(x, 14, 26, 26), Qt.AlignmentFlag.AlignCenter, result.site[:1])
        painter.setPen(QColor("#202124"))
        painter.setFont(_font(14))
        painter.drawText(QRectF(x + 36, 12, self.WIDTH, 18), Qt.AlignmentFlag.AlignLeft,
                         result.site)  # fmt: skip
        painter.setPen(QColor("#4d5156"))
        painter.setFont(_font(12))
        painter.drawText(QRectF(x + 36, 30, self.WIDTH, 16), Qt.AlignmentFlag.AlignLeft,
                         result.url)  # fmt: skip
        title_font = _font(20)
        painter.setFont(title_font)
        painter.setPen(QColor("#1a0dab"))
        # drawn with Qt's metrics too, so a wider stand-in font never spills past 600 px
        title = QFontMetricsF(title_font).elidedText(
            result.title, Qt.TextElideMode.ElideRight, self.WIDTH
        )
        painter.drawText(QRectF(x, 56, self.WIDTH, 28), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(_font(14))
        text = (f"{result.date} — " if result.date else "") + result.description
        painter.setPen(QColor("#4d5156"))
        painter.drawText(QRectF(x, 90, self.WIDTH, 44), Qt.TextFlag.TextWordWrap, text)
        painter.end()


def _picture_bytes(path: Path) -> bytes | None:
    """The featured image's bytes, read again the way the check read them (no link out of its
    folder, never waiting on a pipe, bounded): a colleague can swap a FIFO or a link in at its
    path between the check and this read, and the window's thread must not wait on it. None
    when it cannot be read, or when its header asks for more pixels than the photo pipeline
    decodes."""
    try:
        data = read_image_file(path, [path.parent]).data
    except SourceRejected:
        return None
    return None if limits.problem(limits.shape(data)) else data


class ShareCardView(_ScaledPicture):
    """The article as a link shared on WhatsApp or Facebook: image at 1.91:1, domain, title,
    description."""

    LOGICAL = QSize(500, 370)
    IMAGE_H = round(500 / 1.91)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("share_card_view")
        self.card: ShareCard | None = None
        self._image: QImage | None = None
        self._image_key: tuple[str, int] | None = None
        self.setToolTip(_tr("How the link looks when shared: the featured image (else the "
                            "story's first photo) cropped to 1.91:1, the domain, the title and "
                            "the description."))  # fmt: skip

    def set_card(self, card: ShareCard | None, empty_text: str = "") -> None:
        """Draw ``card``; without one, ``empty_text`` says why."""
        self.card = card
        self.empty_text = empty_text
        self._image = self._load(card.image_file if card else None)
        self.update()

    def has_image(self) -> bool:
        return self._image is not None

    def _load(self, path: Path | None) -> QImage | None:
        if path is None:
            self._image_key = None
            return None
        try:
            key = (str(path), path.stat().st_mtime_ns)
        except OSError:
            return None
        if key == self._image_key and self._image is not None:
            return self._image
        data = _picture_bytes(path)
        if data is None:
            return None
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and size.width() > 2000:  # decode small: the card is 500 px wide
            reader.setScaledSize(size.scaled(1000, 1000, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            return None
        self._image_key = key
        return image

    def paintEvent(self, _event) -> None:
        painter = self._painter()
        width = self.LOGICAL.width()
        painter.fillRect(QRectF(0, 0, width, self.LOGICAL.height()), QColor("#f0f2f5"))
        card = self.card
        if card is None:
            self._end_empty(painter)
            return
        picture = QRectF(0, 0, width, self.IMAGE_H)
        if self._image is not None:
            x, y, w, h = crop_box(self._image.width(), self._image.height())
            painter.drawImage(picture, self._image, QRectF(x, y, w, h))
        else:
            painter.fillRect(picture, QColor("#dadde1"))
            painter.setPen(QColor("#65676b"))
            painter.setFont(_font(16))
            if card.image:
                host = urlsplit(card.image).hostname
                note = (_tr("Image from {host}: not loaded offline").format(host=host) if host
                        else _tr("Image not found: {name}").format(name=card.image))  # fmt: skip
            else:
                note = _tr("No featured image and no photo in the story: the card shows "
                           "none, or a random one")  # fmt: skip
            centred = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(picture.adjusted(20, 0, -20, 0), centred, note)
        painter.setPen(QPen(QColor("#dadde1")))
        painter.drawLine(0, self.IMAGE_H, width, self.IMAGE_H)
        left, inner = 12, width - 24
        painter.setPen(QColor("#65676b"))
        small = _font(12)
        painter.setFont(small)
        painter.drawText(QRectF(left, self.IMAGE_H + 10, inner, 16), Qt.AlignmentFlag.AlignLeft,
                         card.domain)  # fmt: skip
        title_font = _font(16, bold=True)
        painter.setFont(title_font)
        painter.setPen(QColor("#050505"))
        painter.drawText(QRectF(left, self.IMAGE_H + 30, inner, 42), Qt.TextFlag.TextWordWrap,
                         card.title or _tr("(no title)"))  # fmt: skip
        body = _font(14)
        painter.setFont(body)
        painter.setPen(QColor("#65676b"))
        line = QFontMetricsF(body).elidedText(card.description, Qt.TextElideMode.ElideRight, inner)
        painter.drawText(QRectF(left, self.IMAGE_H + 76, inner, 20), Qt.AlignmentFlag.AlignLeft,
                         line)  # fmt: skip
        painter.end()
