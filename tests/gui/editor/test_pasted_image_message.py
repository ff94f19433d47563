"""After a paste the status bar says what was done to the picture in the interface's words:
the pasted picture is named by its file, through Qt's translation (it once read "image: 27 KB →
11 KB" in English in the Indonesian window)."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from netizen_editor.gui.editor.image_import import ImportItem, run_import
from netizen_editor.photos.options import PhotoOptions
from tests.gui import TIMEOUT
from tests.gui.editor.test_photo_import import bitmap_mime
from tests.photo_factory import scene


class FakeIndonesian(QTranslator):
    """Says the one text of the image import in Indonesian."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "ImageImport" and source == "pasted image ({file})":
            return "gambar tempelan ({file})"
        return ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def window(make_window, article_file):
    return make_window([article_file])


def paste_photo(window, qtbot) -> str:
    editor = window.current_tab().editor
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT):
        editor.insertFromMimeData(bitmap_mime(scene((1600, 1200))))
    return window.statusBar().currentMessage()


def test_a_pasted_picture_is_named_by_its_file(window, qtbot):
    message = paste_photo(window, qtbot)
    assert message.startswith("pasted image (judul-uji-coba-1.jpg): ") and "KB" in message
    assert not message.startswith("image:")


def test_the_pasted_picture_is_named_in_the_interface_language(qapp, article_file):
    picture = io.BytesIO()
    scene((1600, 1200)).save(picture, "PNG")
    translator = FakeIndonesian()
    QCoreApplication.installTranslator(translator)
    try:
        imported = run_import(
            ImportItem(data=picture.getvalue()), article_file, PhotoOptions(), False
        )
    finally:
        QCoreApplication.removeTranslator(translator)
    assert imported.message.startswith("gambar tempelan (foto-1.jpg): "), imported.message
