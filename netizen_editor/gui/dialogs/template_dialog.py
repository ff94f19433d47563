"""File › New from Template…: the templates, each with a preview of the article it makes.

The list holds the built-in templates and the newsroom folder's (Settings ``templates_folder``);
the preview shows the rendered article's text (read-only) and its page (the body as the
renderer makes it, shown by a text browser that loads nothing), rendered once per template
when it is first selected, all with the same ``now``, on the window's thread within
``render.WINDOW_SECONDS`` (the sandbox bounds every step of a template, so a planted one that
would take longer is refused, not waited for, reading it included). A template that cannot
be read or rendered shows why (``FILE:LINE: message``) and cannot be chosen. ``chosen``
carries the name and the text.

Both tabs show at most ``PREVIEW_CHARS`` of the article, with a note that the rest is left
out: a planted template renders 850 KB in milliseconds, and filling the text box and the page
with all of it held the window 3.7 s (QA26 #1b). Create Article makes the whole article."""

from __future__ import annotations

import dataclasses
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from netizen_editor.article.dates import newsroom_now
from netizen_editor.errors import NetizenError
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.settings import Settings
from netizen_editor.templates.library import TemplateInfo, listing
from netizen_editor.templates.render import WINDOW_SECONDS, render_info

NAME_ROLE = Qt.ItemDataRole.UserRole
#: the most of an article the preview shows (its page renders in about 0.05 s)
PREVIEW_CHARS = 20_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateDialog", text)


def descriptions() -> dict[str, str]:
    """What each built-in template is for."""
    return {
        "berita": _tr("Straight news: the 5W1H lead, quotes, “Baca juga”"),
        "feature": _tr("Feature: a scene-setting opening, sections, a closing"),
        "rilis": _tr("Press release rewrite, with its sender in “source”"),
        "ralat": _tr("Correction: the original story's link and the corrected fact (Pedoman 4b)"),
        "hak-jawab": _tr("Right of reply: whose reply, to which story (Pedoman 4c)"),
        "live": _tr("Live report: timestamped updates, newest first"),
        "advertorial": _tr("Advertorial: paid content with its label (Pedoman 6b)"),
    }


def shown_part(text: str) -> str:
    """The start of ``text`` the preview shows: at most ``PREVIEW_CHARS``, whole lines when
    there are any."""
    if len(text) <= PREVIEW_CHARS:
        return text
    end = text.rfind("\n", 0, PREVIEW_CHARS)
    return text[: end + 1] if end > 0 else text[:PREVIEW_CHARS]


class PagePreview(QTextBrowser):
    """The rendered body as a page; it opens no link and loads no image or other resource."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


class TemplateDialog(QDialog):
    chosen = Signal(str, str)  # the template's name, the article's text

    def __init__(self, settings: Settings, desk: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("template_dialog")
        self.setWindowTitle(_tr("New from Template"))
        self.settings = settings
        self.desk = desk
        self.now = newsroom_now(settings.timezone)
        found = listing(settings)
        self.templates: dict[str, TemplateInfo] = found.templates
        self._rendered: dict[str, tuple[str, bool]] = {}  # name -> (text or error, ok)

        self.template_list = QListWidget(self)
        self.template_list.setObjectName("template_list")
        self.template_list.setMinimumWidth(180)
        for name, info in self.templates.items():
            item = QListWidgetItem(name, self.template_list)
            item.setData(NAME_ROLE, name)
            origin = _tr("built-in") if info.builtin else str(info.path)
            item.setToolTip(shown_plain(origin))
        self.origin_label = QLabel(self)
        self.origin_label.setObjectName("origin_label")
        self.origin_label.setWordWrap(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("template_preview")
        self.page = PagePreview(self)
        self.page.setObjectName("template_page")
        self.page.setOpenLinks(False)
        self.preview_tabs = QTabWidget(self)
        self.preview_tabs.addTab(self.preview, _tr("&Text"))
        self.preview_tabs.addTab(self.page, _tr("&Page"))
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFont(settings.editor_font)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.preview.setFont(font)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("button_box")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(_tr("&Create Article"))

        right = QVBoxLayout()
        right.addWidget(self.preview_tabs, 1)
        right.addWidget(self.origin_label)
        row = QHBoxLayout()
        row.addWidget(self.template_list)
        row.addLayout(right, 1)
        layout = QVBoxLayout(self)
        hint = QLabel(_tr("Text in [brackets]() is still to be filled in: Tab goes to the next."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.left_out_label = QLabel(shown_plain(found.note), self)  # planted files: plain
        self.left_out_label.setObjectName("left_out_label")
        self.left_out_label.setWordWrap(True)
        self.left_out_label.setVisible(bool(found.note))
        layout.addWidget(self.left_out_label)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 600)

        self.template_list.currentItemChanged.connect(lambda *_: self._show_current())
        self.template_list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if self.template_list.count():
            default = self.template_list.findItems("berita", Qt.MatchFlag.MatchExactly)
            self.template_list.setCurrentItem(default[0] if default else self.template_list.item(0))
        else:
            self.ok_button.setEnabled(False)

    def select(self, name: str) -> bool:
        """Select the template ``name`` (False when there is none)."""
        found = self.template_list.findItems(name, Qt.MatchFlag.MatchExactly)
        if found:
            self.template_list.setCurrentItem(found[0])
        return bool(found)

    def current_name(self) -> str | None:
        item = self.template_list.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else None

    def rendered(self, name: str) -> tuple[str, bool]:
        """The article the template makes, or why it cannot (text, True when it can)."""
        if name not in self._rendered:
            try:
                text = render_info(self.templates[name], self.settings, self.desk, self.now,
                                   seconds=WINDOW_SECONDS)  # fmt: skip
                self._rendered[name] = (text, True)
            except NetizenError as exc:
                self._rendered[name] = (exc.located(), False)
        return self._rendered[name]

    def _show_current(self) -> None:
        name = self.current_name()
        if name is None:
            self.preview.setPlainText("")
            self.ok_button.setEnabled(False)
            return
        text, ok = self.rendered(name)
        shown = shown_part(text)
        note = "" if len(shown) == len(text) else _tr(
            "… The rest is not shown here: the article is {size} characters long; Create "
            "Article makes all of it."
        ).format(size=len(text))  # fmt: skip
        if not ok:
            self.preview.setPlainText(_tr("This template cannot be used:\n\n") + shown)
        else:
            self.preview.setPlainText(f"{shown}\n{note}" if note else shown)
        page = self._page_html(text) if ok else ""
        self.page.setHtml(f"{page}<p><i>{html.escape(note)}</i></p>" if note else page)
        info = self.templates[name]
        what = descriptions().get(name, "") if info.builtin else ""
        self.origin_label.setText(
            _tr("Built-in template: {what}").format(what=what) if info.builtin
            else _tr("Newsroom template: {path}").format(path=info.path)
        )  # fmt: skip
        self.ok_button.setEnabled(ok)

    def _page_html(self, text: str) -> str:
        """The article's title, summary and body as the renderer makes them ("" if it fails)."""
        from netizen_editor.article.model import Article
        from netizen_editor.publish.body import BodyRenderer

        try:
            article = Article.parse(text)
            shown = dataclasses.replace(article, body=shown_part(article.body))
            body = BodyRenderer().render(shown, self.settings)
        except NetizenError as exc:
            return f"<p>{html.escape(exc.located())}</p>"
        title = html.escape(article.title)
        summary = html.escape(article.get("summary"))
        return f"<h2>{title}</h2><p><i>{summary}</i></p>{body}"

    def accept(self) -> None:
        name = self.current_name()
        if name is None:
            return
        text, ok = self.rendered(name)
        if not ok:
            return
        super().accept()
        self.chosen.emit(name, text)
