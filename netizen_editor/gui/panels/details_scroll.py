"""The Article Details' fields in a scroll area: in a short dock (a laptop's screen, the checks
and the review below the details sharing the side with them) they scroll rather than hold the
window taller than the screen; with room, the dock is as tall as the fields once, when the
window's first details panel is shown (the user may drag it shorter then: the fields scroll)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QMainWindow,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QWidget,
)

#: the share (%) of the fields' height the details always show (the rest scrolls)
FIELDS_SHOWN = 60
#: the narrowest scroll bar drawn in the panel's right margin (else the style's own)
MIN_BAR = 6
#: the main window's property set once its details dock was made as tall as the fields
FITTED = "details_fitted"


class _ThinBar(QScrollBar):
    """A vertical scroll bar ``width`` px wide (the scroll area lays it out by its hint)."""

    def __init__(self, width: int) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self._width = width

    def sizeHint(self) -> QSize:
        return QSize(self._width, super().sizeHint().height())


class FieldsScroll(QScrollArea):
    """As tall as the fields when there is room (its size hint is theirs), ``FIELDS_SHOWN`` of
    them at least; as wide as they need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fields_scroll")
        self.margin = 0  # the panel's right margin, which the scroll bar takes when shown
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    @classmethod
    def around(cls, fields: QWidget) -> FieldsScroll:
        """A scroll area put where ``fields`` is in its parent's layout, holding them."""
        form = fields.parentWidget()
        layout = form.layout() if form is not None else None
        scroll = cls(form)
        if layout is None or layout.replaceWidget(fields, scroll) is None:
            raise RuntimeError("the details form has no fields_widget in its layout")
        scroll.setWidget(fields)
        # the panel's right margin is the fields': a scroll bar, when shown, as wide as the
        # margin, takes its place (the summary box keeps its width: a summary at the limit
        # still fits its lines)
        margins = layout.contentsMargins()
        scroll.margin = margins.right()
        margins.setRight(0)
        layout.setContentsMargins(margins)
        if scroll.margin >= MIN_BAR:
            scroll.setVerticalScrollBar(_ThinBar(scroll.margin))
        scroll.follow_bar()
        return scroll

    def follow_bar(self) -> None:
        """The fields' right margin: the panel's, less the scroll bar's width when shown."""
        inner = self.widget()
        form = inner.layout() if inner is not None else None
        if form is None:
            return
        bar = self.verticalScrollBar()
        right = max(0, self.margin - bar.width()) if bar.isVisible() else self.margin
        if form.contentsMargins().right() != right:
            margins = form.contentsMargins()
            margins.setRight(right)
            form.setContentsMargins(margins)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.follow_bar()

    def sizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        hint = inner.sizeHint()
        return QSize(hint.width(), hint.height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        if inner is None:
            return super().minimumSizeHint()
        least = inner.minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(least.width() + bar, least.height() * FIELDS_SHOWN // 100)

    def missing(self) -> int:
        """How many px of the fields do not fit (0: they all show)."""
        inner = self.widget()
        if inner is None:
            return 0
        return max(0, inner.sizeHint().height() - self.viewport().height())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        window = self.window()
        if isinstance(window, QMainWindow) and not window.property(FITTED):
            window.setProperty(FITTED, True)
            QTimer.singleShot(0, self, self.fit_dock)

    def fit_dock(self) -> None:
        """The dock as tall as the fields, as far as the docks below it let it (their least
        heights); where that is not tall enough, half the side. The window's height does not
        change."""
        dock, window = self._dock(), self.window()
        missing = self.missing()
        if dock is None or dock.isFloating() or not missing or not isinstance(window, QMainWindow):
            return
        area = window.dockWidgetArea(dock)
        below = [d for d in window.findChildren(QDockWidget)
                 if d is not dock and d.isVisible() and not d.isFloating()
                 and window.dockWidgetArea(d) == area and d.y() > dock.y()]  # fmt: skip
        if not below:
            return
        nearest = min(below, key=lambda d: d.y())  # it gives what it has above its least
        least = nearest.minimumSizeHint().height()
        both, left = dock.height() + nearest.height(), nearest.height() - missing
        if left < least:
            # the fields cannot all show: the side is shared evenly, the fields scroll (QA37
            # #5: at 1366x768 the docks below kept their least height, a review list of two
            # marks and a few lines of findings, while the fields scrolled all the same)
            left = max(least, both // 2)
        sizes = [both - left, left]
        window.resizeDocks([dock, nearest], sizes, Qt.Orientation.Vertical)

    def _dock(self) -> QDockWidget | None:
        widget: QObject | None = self.parentWidget()
        while widget is not None and not isinstance(widget, QDockWidget):
            widget = widget.parent()
        return widget
