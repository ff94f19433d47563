"""The export and settings dialogs, driven through the window."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox

from netizen_editor.gui.dialogs import show_folder
from netizen_editor.gui.window.session import SessionStore
from netizen_editor.settings import Settings, default_settings_path
from tests.gui.exporting import EXPORT_TIMEOUT, export_now


def test_export_from_the_dialog_writes_the_page(make_window, qtbot, article_file, tmp_path):
    window = make_window([article_file])
    dialog = window.open_export_dialog()
    assert dialog.isVisible()
    assert dialog.output_edit.text() == str(article_file.with_suffix(".html"))
    out_dir = tmp_path / "keluar"
    out_dir.mkdir()
    dialog.output_edit.setText(str(out_dir / "halaman.html"))
    with qtbot.waitSignal(dialog.ended, timeout=EXPORT_TIMEOUT):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    page = out_dir / "halaman.html"
    assert page.is_file()
    html = page.read_text(encoding="utf-8")
    assert "Judul Uji Coba" in html and "<html" in html.lower()
    assert str(page) in dialog.result_label.text()
    assert dialog.open_folder_button.isEnabled()
    assert SessionStore().load().export_folder == str(out_dir)
    dialog.close()

    again = window.open_export_dialog()  # the folder is remembered
    assert again.output_edit.text() == str(out_dir / "uji-coba.html")
    export_now(qtbot, again)  # the page, then the Blogger body into the same folder: both are kept
    again.set_format("blogger")
    assert again.output_edit.text() == str(out_dir / "uji-coba.blogger.html")
    export_now(qtbot, again)
    assert (out_dir / "uji-coba.blogger.html").is_file()
    assert (out_dir / "uji-coba.blogger.post.txt").read_text(encoding="utf-8").count("Judul Uji")
    assert "<html" in (out_dir / "uji-coba.html").read_text(encoding="utf-8").lower()
    assert SessionStore().load().export_format == "blogger"
    again.close()

    atom = window.open_export_dialog()  # the Blogger import file, picked with its button
    assert atom.format() == "blogger"
    qtbot.mouseClick(atom.format_atom, Qt.MouseButton.LeftButton)
    assert atom.format() == "atom"
    assert atom.output_edit.text() == str(out_dir / "uji-coba.xml")
    export_now(qtbot, atom)
    feed = (out_dir / "uji-coba.xml").read_text(encoding="utf-8")
    assert feed.startswith("<?xml") and '<title type="text">Judul Uji Coba</title>' in feed
    atom.close()


def test_a_folder_typed_in_the_export_dialog_gets_the_formats_name(
    make_window, qtbot, article_file, tmp_path
):
    window = make_window([article_file])
    dialog = window.open_export_dialog()
    dialog.set_format("blogger")
    dialog.output_edit.setText(str(tmp_path / "keluar") + "/")
    written = export_now(qtbot, dialog)
    assert tmp_path / "keluar" / "uji-coba.blogger.html" in written
    dialog.close()


PNG = base64.b64decode(  # 1×1
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def photo_story(folder: Path) -> Path:
    (folder / "foto").mkdir(parents=True)
    (folder / "foto" / "utama.png").write_bytes(PNG)
    src = folder / "berita.md"
    src.write_text("---\ntitle: Judul Berita\nimage: foto/utama.png\n---\nIsi berita.\n")
    return src


def test_the_status_after_an_export_names_the_main_file_and_the_post_settings(
    make_window, qtbot, tmp_path
):
    window = make_window([photo_story(tmp_path / "artikel")])
    out_dir = tmp_path / "keluar"
    dialog = window.open_export_dialog()
    dialog.set_format("blogger")
    dialog.output_edit.setText(f"{out_dir}/")
    written = export_now(qtbot, dialog)
    assert written[-1] == out_dir / "berita_images" / "share-1200x630.jpg"  # not the last file:
    assert window.statusBar().currentMessage() == (  # the body, and the settings beside it
        f"Exported to {out_dir / 'berita.blogger.html'}, with the post settings in"
        " berita.blogger.post.txt"
    )
    settings_file = out_dir / "berita.blogger.post.txt"
    assert settings_file.read_text(encoding="utf-8").startswith("Blogger post settings\n")
    dialog.close()

    page = window.open_export_dialog()  # a page has no post settings: only its name
    page.set_format("page")
    export_now(qtbot, page)
    assert window.statusBar().currentMessage() == f"Exported to {out_dir / 'berita.html'}"
    page.close()

    atom = window.open_export_dialog()  # the Atom file shares the Blogger body's settings file
    atom.set_format("atom")
    atom.output_edit.setText(f"{out_dir}/")
    export_now(qtbot, atom)
    assert window.statusBar().currentMessage() == (
        f"Exported to {out_dir / 'berita.xml'}, with the post settings in berita.blogger.post.txt"
    )
    atom.close()
    assert sorted(p.name for p in out_dir.glob("*.txt")) == ["berita.blogger.post.txt"]


def test_open_folder_opens_the_folder_of_the_export_not_of_its_photos(
    make_window, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(show_folder, "opener", lambda: None)  # Qt's way; xdg-open's: elsewhere
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window = make_window([photo_story(tmp_path / "artikel")])
    out_dir = tmp_path / "keluar"
    dialog = window.open_export_dialog()
    dialog.set_format("blogger")
    dialog.output_edit.setText(f"{out_dir}/")
    written = export_now(qtbot, dialog)
    assert written[-1].parent == out_dir / "berita_images"  # the last file: a photo
    dialog.open_folder_button.click()
    assert opened == [str(out_dir)]
    dialog.close()


def test_a_folder_nothing_opens_is_said_with_its_path(make_window, qtbot, tmp_path, monkeypatch):
    """QA31 F12: with no program to show a folder, Show in Folder did nothing, without a word."""
    from PySide6.QtGui import QDesktopServices

    answers = [False, False, True]
    monkeypatch.setattr(show_folder, "opener", lambda: None)  # as on Windows and macOS
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: answers.pop(0))
    window = make_window([photo_story(tmp_path / "artikel")])
    out_dir = tmp_path / "keluar"
    dialog = window.open_export_dialog()
    dialog.output_edit.setText(f"{out_dir}/")
    [page, *_] = export_now(qtbot, dialog)
    exported = dialog.result_label.text()
    unopened = f"No program could show the folder; it is: {out_dir}"
    dialog.open_folder_button.click()
    shown = dialog.result_label.text()
    assert shown.startswith(exported) and unopened in shown  # under the files written
    assert str(page) in shown
    dialog.open_folder_button.click()  # asked again: said once
    assert dialog.result_label.text() == shown
    dialog.open_folder_button.click()  # opened: what was said is gone
    assert answers == [] and dialog.result_label.text() == exported
    dialog.close()


def test_the_post_settings_are_written_in_the_settings_language(make_window, qtbot, tmp_path):
    window = make_window([photo_story(tmp_path / "artikel")], settings=Settings(ui_language="id"))
    dialog = window.open_export_dialog()
    dialog.set_format("blogger")
    dialog.output_edit.setText(f"{tmp_path / 'keluar'}/")
    export_now(qtbot, dialog)
    notes = (tmp_path / "keluar" / "berita.blogger.post.txt").read_text(encoding="utf-8")
    assert notes.startswith("Setelan entri Blogger\n=====================\nJudul: Judul Berita\n")
    assert "  - berita_images/utama.png  (1×1, 0 KB; dari foto/utama.png)" in notes
    dialog.close()


@pytest.mark.usefixtures("english")  # the English UI: the core's messages in English too
def test_export_problems_are_shown_in_the_dialog(make_window, qtbot, article_file, tmp_path):
    window = make_window([article_file])
    tab = window.current_tab()
    tab.editor.setPlainText("---\ntitle: [rusak\n---\nTeks\n")
    dialog = window.open_export_dialog()
    dialog.output_edit.setText(str(tmp_path / "x.html"))
    assert export_now(qtbot, dialog) == []
    assert "broken YAML" in dialog.result_label.text()
    assert not (tmp_path / "x.html").exists()
    dialog.close()

    tab.editor.setPlainText("# Baik\n")
    dialog = window.open_export_dialog()
    dialog.confirm_make_folder = lambda folder: False  # not made: the user said no
    dialog.output_edit.setText(str(tmp_path / "tidak-ada" / "x.html"))
    assert export_now(qtbot, dialog) == []
    assert "does not exist" in dialog.result_label.text()
    assert not (tmp_path / "tidak-ada").exists()
    dialog.output_edit.setText(str(article_file))
    assert export_now(qtbot, dialog) == []
    assert "overwrite the article" in dialog.result_label.text()
    dialog.close()


def test_settings_dialog_previews_live_and_saves(make_window, qtbot, article_file, monkeypatch):
    window = make_window([article_file])
    tab = window.current_tab()
    seen: list[Settings] = []
    monkeypatch.setattr(tab.revisions, "set_settings", lambda s: seen.append(s))
    dialog = window.open_settings_dialog()
    assert dialog.isVisible()
    assert dialog.skin_combo.count() >= 2
    dialog.site_name_edit.setText("Warta.id")
    assert seen and seen[-1].site_name == "Warta.id"
    monkeypatch.setattr(dialog, "pick_colour", lambda initial: QColor("#ff0000"))
    dialog.colour_buttons["gradient_start"].click()
    assert seen[-1].gradient_start == "#ff0000"
    assert "#ff0000" in dialog.colour_buttons["gradient_start"].text()
    dialog.adsense_client_edit.setText("ca-pub-123")
    dialog.slot_edits["top"].setText("111")
    dialog.default_author_edit.setText("Rina")
    dialog.font_size_spin.setValue(15)
    assert tab.editor.font_size() == 15
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    saved = Settings.load(default_settings_path())
    assert (saved.site_name, saved.gradient_start, saved.adsense_client) == (
        "Warta.id", "#ff0000", "ca-pub-123")  # fmt: skip
    assert (saved.ad_slots.top, saved.default_author, saved.editor_font_size) == ("111", "Rina", 15)
    assert window.settings.site_name == "Warta.id"
    window.files.new_article()
    assert "author: Rina" in window.current_tab().editor_text()
    assert "Warta.id" not in window.current_tab().editor_text()  # the renderer adds it


def test_settings_cancel_puts_the_old_settings_back(make_window, article_file, monkeypatch):
    window = make_window([article_file])
    tab = window.current_tab()
    seen: list[Settings] = []
    monkeypatch.setattr(tab.revisions, "set_settings", lambda s: seen.append(s))
    dialog = window.open_settings_dialog()
    dialog.site_name_edit.setText("Sementara")
    dialog.reject()
    assert seen[-1].site_name == "Netizen.co.id"
    assert window.settings.site_name == "Netizen.co.id"
    assert not default_settings_path().exists()


def test_the_real_questions_answer_with_the_button_pressed(make_window, qtbot, article_file):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from netizen_editor.gui.dialogs.prompts import Prompts

    window = make_window([article_file])
    prompts = Prompts(window)

    def press(label: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
        button.click()

    for question, label, answer in [
        (lambda: prompts.unsaved_changes("Berita"), "Discard", "discard"),
        (lambda: prompts.unsaved_changes("Berita"), "Cancel", "cancel"),
        (lambda: prompts.disk_conflict("berita.md"), "Overwrite", "overwrite"),
        (lambda: prompts.disk_conflict("berita.md"), "Reload Theirs", "reload"),
        (lambda: prompts.changed_on_disk("berita.md"), "Keep Mine", "keep"),
    ]:
        QTimer.singleShot(50, lambda label=label: press(label))
        assert question() == answer


def test_the_sample_is_not_exported_into_the_apps_own_folder(
    make_window, qtbot, monkeypatch, tmp_path
):
    from netizen_editor.paths import sample_article_path

    monkeypatch.setenv("HOME", str(tmp_path))
    window = make_window(restore=False)
    tab = window.files.open_sample()
    window.activate_tab(tab)
    dialog = window.open_export_dialog()
    qtbot.waitExposed(dialog)
    target = Path(dialog.output_edit.text())
    assert target.parent == tmp_path  # the journalist's home, not the app's resources
    assert sample_article_path().parent not in target.parents
    dialog.close()
