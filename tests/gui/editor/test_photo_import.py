"""Photos into the window: "Image…" with its dialog, paste and drop through the pipeline."""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget

from netizen_editor.gui.dialogs.insert_image_dialog import InsertImageDialog, PreviewFileDialog
from netizen_editor.gui.editor import image_import
from netizen_editor.gui.editor.image_import import ImportItem
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.photo_factory import phone_jpeg, scene

SHOTS = Path("/tmp/photos-shots")


@pytest.fixture(scope="module")
def phone_photo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("kamera")
    return phone_jpeg(folder / "IMG_0042.jpg", size=(2400, 3200), orientation=6)


@pytest.fixture
def window(make_window, article_file):
    return make_window([article_file])


def stored(path: Path) -> Image.Image:
    image = Image.open(path)
    image.load()
    return image


def test_image_action_asks_alt_caption_credit_and_inserts_a_web_sized_figure(
    window, qtbot, phone_photo, article_file
):
    before = hashlib.sha256(phone_photo.read_bytes()).hexdigest()
    asked = []

    def answer(folder, alt=""):
        asked.append((folder, alt))
        return ImportItem(path=phone_photo, alt="Banjir", caption="Air naik", credit="Andi")

    window.prompts.insert_image = answer
    tab = window.current_tab()
    with qtbot.waitSignal(tab.editor.images_inserted, timeout=TIMEOUT):
        window.registry["image"].trigger()
    assert asked == [(str(article_file.parent), "")]
    link = '![Banjir](uji-coba_files/IMG_0042.jpg "Air naik. Foto: Andi")'
    assert link in tab.editor_text()
    copy = stored(article_file.parent / "uji-coba_files" / "IMG_0042.jpg")
    assert copy.format == "JPEG" and copy.size == (1200, 1600) and not copy.getexif()
    message = window.statusBar().currentMessage()
    assert message.startswith("IMG_0042.jpg: ") and "→" in message and "GPS" in message
    assert hashlib.sha256(phone_photo.read_bytes()).hexdigest() == before
    window.registry["undo"].trigger()
    assert link not in tab.editor_text()


def test_the_photo_settings_reach_the_pasted_copies(make_window, qtbot, article_file, phone_photo):
    settings = Settings(ui_language="en", photo_max_edge=640, photo_keep_original=True)
    window = make_window([article_file], settings=settings)
    editor = window.current_tab().editor
    mime = QMimeData()
    mime.setData("image/jpeg", phone_photo.read_bytes())  # a browser's "Copy image"
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT):
        editor.insertFromMimeData(mime)
    folder = article_file.parent / "uji-coba_files"
    names = ["judul-uji-coba-1.jpg", "judul-uji-coba-1.original.jpg"]  # after its title
    assert sorted(p.name for p in folder.iterdir()) == names
    assert stored(folder / "judul-uji-coba-1.jpg").size == (480, 640)
    assert (folder / "judul-uji-coba-1.original.jpg").read_bytes() == phone_photo.read_bytes()


def bitmap_mime(image: Image.Image) -> QMimeData:
    from PySide6.QtGui import QImage

    out = io.BytesIO()
    image.save(out, "PNG")
    mime = QMimeData()
    mime.setImageData(QImage.fromData(out.getvalue()))  # only Qt's bitmap, no encoded bytes
    return mime


def test_a_pasted_photo_bitmap_is_stored_as_jpeg_a_screenshot_as_png(editor, qtbot, article_file):
    editor.article_file = lambda: article_file
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT) as photo:
        editor.insertFromMimeData(bitmap_mime(scene((1600, 1200))))
    shot = Image.new("RGB", (800, 500), "white")
    from PIL import ImageDraw

    ImageDraw.Draw(shot).text((10, 10), "Tangkapan layar " * 10, fill="black")
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT) as screenshot:
        editor.insertFromMimeData(bitmap_mime(shot))
    assert photo.args[0] == ["![](uji-coba_files/foto-1.jpg)"]  # no title yet
    assert screenshot.args[0] == ["![](uji-coba_files/foto-2.png)"]


def test_the_pipeline_runs_off_the_gui_thread(
    editor, qtbot, article_file, phone_photo, monkeypatch
):
    threads = []
    real = image_import.import_photo

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(image_import, "import_photo", spy)
    editor.article_file = lambda: article_file
    mime = QMimeData()
    mime.setData("image/jpeg", phone_photo.read_bytes())
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT):
        editor.insertFromMimeData(mime)
    assert threads and threads[0] is not threading.main_thread()


def test_a_broken_picture_is_reported_not_inserted(editor, qtbot, article_file, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "netizen_editor.gui.editor.markdown_editor.QMessageBox.warning",
        lambda *a: shown.append(a[2]),
    )
    editor.article_file = lambda: article_file
    fake = article_file.parent / ".." / "rusak.jpg"
    fake.write_bytes(b"\xff\xd8\xff bukan foto")
    mime = QMimeData()
    mime.setData("image/jpeg", fake.read_bytes())
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT) as done:
        editor.insertFromMimeData(mime)
    assert done.args[0] == [] and editor.text() == ""
    assert (shown and "not an image" in shown[0]) or "bukan gambar" in shown[0]


def test_insert_dialog_shows_a_preview_and_gives_alt_caption_credit(qtbot, phone_photo, tmp_path):
    dialog = InsertImageDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    not_a_picture = tmp_path / "catatan.jpg"
    not_a_picture.write_text("bukan gambar")
    assert not dialog.set_path(not_a_picture) and not ok.isEnabled()
    assert "catatan.jpg" in dialog.preview.text()
    assert dialog.set_path(phone_photo) and ok.isEnabled()
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width()  # upright portrait
    qtbot.keyClicks(dialog.alt_edit, "Warga mengungsi")
    qtbot.keyClicks(dialog.caption_edit, "Warga mengungsi ke masjid")
    qtbot.keyClicks(dialog.credit_edit, "Antara")
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "insert-image-dialog.png"))
    item = dialog.item()
    assert (item.path, item.alt, item.caption, item.credit) == (
        phone_photo,
        "Warga mengungsi",
        "Warga mengungsi ke masjid",
        "Antara",
    )


def test_the_credit_placeholder_is_a_name_without_the_foto_prefix(qtbot):
    # the caption adds "Foto:" itself; a placeholder showing it invited "Foto: Foto: Budi"
    dialog = InsertImageDialog()
    qtbot.addWidget(dialog)
    hint = dialog.credit_edit.placeholderText()
    assert "Budi Santoso/Netizen" in hint and "foto" not in hint.lower()


def test_the_file_dialog_previews_the_picture_under_the_cursor(qtbot, phone_photo):
    dialog = PreviewFileDialog(None, str(phone_photo.parent))
    qtbot.addWidget(dialog)
    dialog.resize(900, 500)
    dialog.show()
    dialog.selectFile(str(phone_photo))
    dialog._show_preview(str(phone_photo))
    assert not dialog.preview.pixmap().isNull()
    dialog.grab().save(str(SHOTS / "file-dialog-preview.png"))
    dialog._show_preview(str(phone_photo.parent / "none.txt"))
    assert dialog.preview.pixmap().isNull()


def test_the_settings_photos_tab_sets_size_format_and_keeping_originals(
    make_window, qtbot, article_file, phone_photo
):
    from netizen_editor.storage.datadirs import app_config_dir

    window = make_window([article_file])
    dialog = window.open_settings_dialog()
    pages = dialog.findChild(QTabWidget, "pages")
    pages.setCurrentIndex(pages.count() - 1)
    dialog.photo_edge_spin.setValue(1000)
    dialog.photo_format_combo.setCurrentIndex(dialog.photo_format_combo.findData("webp"))
    dialog.photo_keep_original_check.setChecked(True)
    dialog.grab().save(str(SHOTS / "settings-photos-tab.png"))
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    saved = Settings.load(app_config_dir() / "settings.toml")
    assert (saved.photo_max_edge, saved.photo_format, saved.photo_keep_original) == (
        1000, "webp", True)  # fmt: skip
    editor = window.current_tab().editor
    mime = QMimeData()
    mime.setData("image/jpeg", phone_photo.read_bytes())
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT) as done:
        editor.insertFromMimeData(mime)
    assert done.args[0] == ["![](uji-coba_files/judul-uji-coba-1.webp)"]
    copy = stored(article_file.parent / "uji-coba_files" / "judul-uji-coba-1.webp")
    assert copy.format == "WEBP" and copy.size == (750, 1000)
    assert (article_file.parent / "uji-coba_files" / "judul-uji-coba-1.original.jpg").exists()


def test_closing_the_editor_while_a_photo_is_prepared_is_harmless(qtbot, article_file, phone_photo):
    from PySide6.QtCore import QThreadPool

    from netizen_editor.gui.editor.markdown_editor import MarkdownEditor

    editor = MarkdownEditor()
    editor.article_file = lambda: article_file
    mime = QMimeData()
    mime.setData("image/jpeg", phone_photo.read_bytes())
    editor.insertFromMimeData(mime)
    editor.deleteLater()
    qtbot.wait(10)
    assert QThreadPool.globalInstance().waitForDone(TIMEOUT)
    qtbot.wait(50)  # the result arrives for an editor that is gone: nothing happens
    assert (article_file.parent / "uji-coba_files" / "foto-1.jpg").is_file()
