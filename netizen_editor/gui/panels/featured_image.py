"""The featured photo chosen with the metadata panel's Image field button, brought in the way
Insert › Image… brings a photo in: a file inside the article's folder is linked where it is;
one from elsewhere (the camera's card, Downloads) has its web copy stored in the article's
``NAME_files/`` folder (:mod:`netizen_editor.photos.importing`, off the GUI thread) and the
field gets the path relative to the article. A full path would be of no use to the preview,
the exports or a colleague's computer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QMessageBox

from netizen_editor.gui.editor.image_import import ImportItem, PhotoJob
from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.photos.importing import Imported, featured_address, linked_in_place

#: the jobs running, kept until their result is back on the GUI thread
_jobs: dict[int, PhotoJob] = {}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MetadataPanel", text)


def bring_in_featured(
    editor: MarkdownEditor, path: Path, write: Callable[[str], None]
) -> PhotoJob | None:
    """Use the photo ``path`` as ``editor``'s article's featured image: ``write`` gets the
    value for the ``image`` field (at once for a file in the article's folder, else when its
    web copy is stored); the job that stores it, or None."""
    article = editor.article_path
    if article is None:
        QMessageBox.information(
            editor,
            _tr("Save the article first"),
            _tr("Save the article first: its featured image is stored in a folder beside it."),
        )
        return None
    relative = linked_in_place(article, path)
    if relative is not None:
        write(featured_address(relative))
        return None
    job = PhotoJob([ImportItem(path=path)], article, editor.photo_options,
                   editor.keep_original_photos)  # fmt: skip
    key = id(job)
    _jobs[key] = job
    job.setAutoDelete(False)

    def ready(outcomes: list[tuple[ImportItem, Imported | str]]) -> None:
        _jobs.pop(key, None)
        if not shiboken6.isValid(editor):  # the tab was closed meanwhile
            return
        (_item, outcome), *_rest = outcomes
        if isinstance(outcome, str):
            QMessageBox.warning(editor, _tr("Image not added"), shown_plain(outcome))
            return
        write(featured_address(outcome.relative))
        editor.status_message.emit(outcome.message)

    job.signals.finished.connect(ready)
    editor.status_message.emit(_tr("Preparing the image for the web…"))
    QThreadPool.globalInstance().start(job)
    return job
