"""The desk's question before a story is published: the address where it is live, and when it
went live (its ``date`` from then on: the import's or the template's time was in it, and the
byline, the page's and the feed's times read it: QA37 #6). The others before a status are
``gui.dialogs.status_questions``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from netizen_editor.article.dates import newsroom_datetime, newsroom_zone
from netizen_editor.desk.entry import DeskEntry
from netizen_editor.errors import NetizenError
from netizen_editor.publish.permalink import URL_SCHEMES
from netizen_editor.settings import Settings

#: where the address is offered when the story cannot be read
NO_ADDRESS = "https://"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desk", text)  # the desk's words, where it first asked


class PublishedDialog(QDialog):
    """The address where a story is live and when it went live (to the minute, on the
    newsroom's clock); OK keeps the dialog open, saying why, until the address is a web
    address without spaces, and one on another site than ``site`` is kept when OK is pressed
    again. ``offer(time)``: the address offered for a story live since ``time`` (Blogger files
    a post under its month): followed while the address is the one offered."""

    def __init__(self, parent: QWidget | None, story: str, when: dt.datetime, zone: str,
                 offer: Callable[[dt.datetime], str], site: str = "") -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("desk_url_dialog")
        self.setWindowTitle(_tr("Published"))
        self._zone, self._offer = zone, offer
        self._home, self._warned = urlsplit(site).hostname or "", ""
        self._question = _tr("The address where “{title}” is live:").format(title=story)
        self.label = QLabel(self._question)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the title is the story's
        self.label.setWordWrap(True)
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("desk_url_edit")
        self._offered = offer(when)
        self.url_edit.setText(self._offered)
        self.time_edit = QDateTimeEdit()
        self.time_edit.setObjectName("desk_published_at")
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.time_edit.setCalendarPopup(True)
        self.time_edit.setDateTime(_shown(newsroom_datetime(when, zone)))
        self.time_edit.dateTimeChanged.connect(self._time_changed)
        from netizen_editor.gui.panels.date_tab import leave_on_tab

        leave_on_tab(self.time_edit)  # Tab goes to OK, not through the year, month and day
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_edit)
        time_row.addWidget(QLabel(str(newsroom_zone(zone))))
        time_row.addStretch(1)
        time_label = QLabel(_tr("&Published at:"))
        time_label.setBuddy(self.time_edit)
        form = QFormLayout()
        form.addRow(time_label, time_row)
        note = QLabel(_tr("Written as the story's date: the byline and the exports show it."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.url_edit):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    # QInputDialog's names for the question and the answer (the tests answer both alike)
    def labelText(self) -> str:
        return self.label.text()

    def textValue(self) -> str:
        return self.url_edit.text()

    def setTextValue(self, text: str) -> None:
        self.url_edit.setText(text)

    def published_at(self) -> dt.datetime:
        """The time in the field, on the newsroom's clock."""
        value = self.time_edit.dateTime()
        date, time = value.date(), value.time()
        return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(),
                           tzinfo=newsroom_zone(self._zone))  # fmt: skip

    def url(self) -> str:
        return self.url_edit.text().strip()

    def accept(self) -> None:
        why = self._why_not(self.url())
        if why:
            self.label.setText(self._question + "\n" + why)
            self.url_edit.setFocus()
            return
        super().accept()

    def _why_not(self, url: str) -> str:
        """Why ``url`` is not taken yet ("" when it is)."""
        if " " in url:
            return _tr("An address has no spaces")
        if not url.startswith(URL_SCHEMES) or len(url) <= len("https://"):
            return _tr("An address starts with https://")
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:  # a broken port or IPv6 address: on no site
            host = ""
        home = self._home
        if home and host != home and not host.endswith("." + home) and url != self._warned:
            self._warned = url
            return _tr("It is not on {site}: OK again keeps it").format(site=home)
        return ""

    def _time_changed(self, _value: QDateTime) -> None:
        if self.url_edit.text() == self._offered:  # not typed over: the month follows
            self._offered = self._offer(self.published_at())
            self.url_edit.setText(self._offered)


def _shown(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def ask_published(parent: QWidget | None, story: str, when: dt.datetime, zone: str,
                  offer: Callable[[dt.datetime], str],
                  site: str = "") -> tuple[str, dt.datetime] | None:  # fmt: skip
    """Where ``story`` is live and when it went live (``PublishedDialog``, offered ``when``
    and ``offer(when)``); None: cancelled."""
    dialog = PublishedDialog(parent, story, when, zone, offer, site)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.url(), dialog.published_at()
    finally:
        dialog.deleteLater()


def published_offer(
    folder: Path | None, entry: DeskEntry, settings: Settings
) -> tuple[dt.datetime, Callable[[dt.datetime], str]]:
    """When the story went live, as offered (``desk.actions.went_live``: now, or its ``date``
    when that is later or when it was published once already), and where it is live for a
    time: its ``url`` when it has one, else the permalink Blogger gives it (site, month, slug:
    ``publish.permalink``); "https://" when its file cannot be read."""
    from netizen_editor.article.model import Article
    from netizen_editor.desk.actions import publication_time, went_live
    from netizen_editor.publish.permalink import permalink
    from netizen_editor.storage.reading import read_article_file

    zone = settings.timezone
    try:
        if folder is None:
            raise NetizenError("no desk")
        path = folder / entry.path
        article = Article.parse(read_article_file(path).text, path)
    except NetizenError:
        return publication_time(None, zone), lambda _when: NO_ADDRESS

    def offer(when: dt.datetime) -> str:
        dated = dataclasses.replace(article, meta={**article.meta, "date": when})
        return permalink(dated, settings)  # its live address when it has one

    return went_live(article, zone), offer
