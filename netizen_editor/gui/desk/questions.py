"""The desk's question before a story is published: the address where it is live (the others
before a status are ``gui.dialogs.status_questions``)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from netizen_editor.desk.entry import DeskEntry
from netizen_editor.errors import NetizenError
from netizen_editor.publish.permalink import URL_SCHEMES
from netizen_editor.settings import Settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desk", text)  # the desk's words, where it first asked


def ask_live_url(parent: QWidget | None, story: str, expected: str, site: str = "") -> str | None:
    """The address where ``story`` is live, offered as ``expected`` (None: cancelled); asked
    again, saying why, until it is a web address without spaces; one on another site than
    ``site`` (the site's address) only when given twice."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("desk_url_dialog")
    dialog.setWindowTitle(_tr("Published"))
    label = _tr("The address where “{title}” is live:").format(title=story)
    dialog.setLabelText(label)
    dialog.setTextValue(expected)
    dialog.resize(520, dialog.sizeHint().height())
    home, warned = urlsplit(site).hostname or "", ""
    while dialog.exec() == QDialog.DialogCode.Accepted:
        url = dialog.textValue().strip()
        host = urlsplit(url).hostname or ""
        if " " in url:
            why = _tr("An address has no spaces")
        elif not url.startswith(URL_SCHEMES) or len(url) <= len("https://"):
            why = _tr("An address starts with https://")
        elif home and host != home and not host.endswith("." + home) and url != warned:
            why, warned = _tr("It is not on {site}: OK again keeps it").format(site=home), url
        else:
            return url
        dialog.setLabelText(label + "\n" + why)
    return None


def expected_url(folder: Path | None, entry: DeskEntry, settings: Settings) -> str:
    """Where the story will be live: its ``url`` when it has one, else the permalink Blogger
    gives it (site, month, slug: ``publish.permalink``); "https://" when its file cannot be
    read."""
    from netizen_editor.article.model import Article
    from netizen_editor.publish.permalink import permalink
    from netizen_editor.storage.reading import read_article_file

    if folder is None:
        return "https://"
    try:
        path = folder / entry.path
        article = Article.parse(read_article_file(path).text, path)
    except NetizenError:
        return "https://"
    return permalink(article, settings)  # its live address when it has one
