"""File › Import… on the real window: the press release opens as a new tab saved beside it,
its tracked changes and comment in the Review panel; a document dropped or opened in the
window is imported the same way; what was left out is said in a message."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from netizen_editor.gui.window import import_controller
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.importing.documents import docx_bytes, p, press_release_docx, r
from tests.photo_factory import jpeg_bytes, scene

SETTINGS = replace(Settings(ui_language="en"), default_author="Rina Wartawan")


def release(folder: Path) -> Path:
    source = folder / "rilis.docx"
    source.write_bytes(press_release_docx(jpeg_bytes(scene((320, 240)))))
    return source


def answer_dialogs(monkeypatch, document: Path | None, accept: bool = False) -> list[Path]:
    asked: list[Path] = []

    def ask_output(parent, suggested: Path, tracked: bool):
        asked.append(suggested)
        return suggested, accept

    monkeypatch.setattr(import_controller, "ask_document", lambda parent, folder: document)
    monkeypatch.setattr(import_controller, "ask_output", ask_output)
    return asked


def test_file_import_opens_the_release_with_its_marks_in_the_review_panel(
    make_window, qtbot, tmp_path, monkeypatch
):
    source = release(tmp_path)
    asked = answer_dialogs(monkeypatch, source)
    window = make_window([], settings=SETTINGS)
    window.registry["import"].trigger()
    assert asked == [tmp_path / "rilis.md"]  # NAME.md beside the document, offered
    tab = window.current_tab()
    assert tab is not None and tab.path == tmp_path / "rilis.md"
    assert not tab.is_dirty()  # saved where the user said
    assert "template: rilis" in tab.editor_text()
    dock = window.review_dock
    qtbot.waitUntil(lambda: len(dock.panel.marks()) == 4, timeout=TIMEOUT)
    marks = dock.panel.marks()
    assert [(m.kind, m.author) for m in marks] == [
        ("insert", "Bambang Sutejo"),
        ("delete", "Ani Wijaya"),
        ("substitute", "Ani Wijaya"),
        ("highlight", "Bambang Sutejo"),
    ]
    assert "Bambang Sutejo" in dock.panel.list.item(0).text()


def test_accepting_the_changes_in_the_dialog_leaves_only_the_comment(
    make_window, qtbot, tmp_path, monkeypatch
):
    answer_dialogs(monkeypatch, release(tmp_path), accept=True)
    window = make_window([], settings=SETTINGS)
    window.registry["import"].trigger()
    qtbot.waitUntil(lambda: len(window.review_dock.panel.marks()) == 1, timeout=TIMEOUT)
    assert window.review_dock.panel.marks()[0].kind == "highlight"


def test_a_dropped_document_is_imported_and_warnings_are_shown(
    make_window, qtbot, tmp_path, monkeypatch
):
    source = tmp_path / "makro.docx"
    source.write_bytes(
        docx_bytes(p(r("Siaran pers")) + p(r("Isi.")), extra={"word/vbaProject.bin": b"x"})
    )
    answer_dialogs(monkeypatch, None)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    window = make_window([], settings=SETTINGS)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(drop)
    tab = window.current_tab()
    assert tab is not None and tab.path == tmp_path / "makro.md"
    assert len(shown) == 1 and "the document's macros were left out" in shown[0]


def test_a_document_that_cannot_be_imported_says_why(make_window, tmp_path, monkeypatch):
    broken = tmp_path / "rusak.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    answer_dialogs(monkeypatch, broken)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    window = make_window([], settings=SETTINGS)
    before = window.all_tabs()
    window.registry["import"].trigger()
    assert window.all_tabs() == before
    assert len(said) == 1 and "damaged" in said[0] and "rusak.docx" in said[0]
    assert not (tmp_path / "rusak.md").exists()


def test_a_document_named_on_the_command_line_is_imported_not_refused(
    make_window, qtbot, tmp_path, monkeypatch
):
    source = release(tmp_path)
    answer_dialogs(monkeypatch, None)
    window = make_window([source], settings=SETTINGS)  # netizen-editor rilis.docx
    tab = window.current_tab()
    assert tab is not None and tab.path == tmp_path / "rilis.md"
    qtbot.waitUntil(lambda: len(window.review_dock.panel.marks()) == 4, timeout=TIMEOUT)


def test_the_save_dialog_offers_name_md_and_a_box_to_accept_the_changes(
    qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QCheckBox, QFileDialog, QWidget

    seen: dict[str, object] = {}

    def answer(dialog: QFileDialog) -> int:
        boxes = dialog.findChildren(QCheckBox)
        seen["boxes"] = [box.text() for box in boxes]
        seen["name"] = dialog.selectedFiles()[0]
        boxes[0].setChecked(True)
        return QFileDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen = import_controller.ask_output(parent, tmp_path / "rilis.md", tracked=True)
    assert seen["boxes"] == ["Accept all tracked changes (no suggestions in the article)"]
    assert seen["name"] == str(tmp_path / "rilis.md")
    assert chosen == (tmp_path / "rilis.md", True)


def test_an_import_never_replaces_a_colleagues_story(make_window, qtbot, tmp_path, monkeypatch):
    source = release(tmp_path)
    story = tmp_path / "banjir-2.md"
    story.write_text("---\ntitle: Banjir Bagian 2\n---\nTeks Siti.\n", encoding="utf-8")
    answers = [(story, False), (tmp_path / "rilis-desa.md", False)]  # her story, then a new name
    asked: list[Path] = []

    def ask_output(parent, suggested: Path, tracked: bool):
        asked.append(suggested)
        return answers.pop(0)

    warned: list[str] = []
    monkeypatch.setattr(import_controller, "ask_document", lambda parent, folder: source)
    monkeypatch.setattr(import_controller, "ask_output", ask_output)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window = make_window([], settings=SETTINGS)
    window.registry["import"].trigger()
    assert story.read_text(encoding="utf-8").endswith("Teks Siti.\n")  # untouched
    assert len(warned) == 1 and "banjir-2.md" in warned[0] and "never replaces" in warned[0]
    # a free name offered: no banjir.md, so the 2 is the name's own (as pilkada-2024's)
    assert asked == [tmp_path / "rilis.md", tmp_path / "banjir-2-2.md"]
    tab = window.current_tab()
    assert tab is not None and tab.path == tmp_path / "rilis-desa.md"
    assert "template: rilis" in tab.editor_text()


def test_the_import_runs_off_the_window_thread_under_a_modal_note(
    make_window, qtbot, tmp_path, monkeypatch
):
    """An import takes seconds at the limits (QA24 #4): on the window's thread it froze the
    window. Its thread waits here until the window's event loop has shown the note."""
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from netizen_editor.importing import importer

    source = release(tmp_path)
    answer_dialogs(monkeypatch, source)
    real = importer.import_document
    seen: dict[str, object] = {}
    shown = threading.Event()

    def watched(*args, **kwargs):
        seen["thread"] = threading.current_thread() is threading.main_thread()
        seen["window went on"] = shown.wait(TIMEOUT / 1000)  # the window's loop ran meanwhile
        return real(*args, **kwargs)

    def look() -> None:  # on the window's thread, while the import runs
        note = QApplication.activeModalWidget()
        if isinstance(note, QProgressDialog) and not shown.is_set():
            seen["note"] = note.labelText()
            shown.set()

    monkeypatch.setattr(importer, "import_document", watched)
    window = make_window([], settings=SETTINGS)
    timer = QTimer(window)
    timer.timeout.connect(look)
    timer.start(10)
    window.registry["import"].trigger()
    timer.stop()
    assert seen == {
        "thread": False,
        "window went on": True,
        "note": "Importing “rilis.docx”…",
    }
    tab = window.current_tab()
    assert tab is not None and tab.path == tmp_path / "rilis.md"
    assert QApplication.activeModalWidget() is None  # the note is gone


def test_a_text_too_long_is_refused_before_asking_where_it_goes(make_window, tmp_path, monkeypatch):
    """A 3.7 MB .txt brought up "Save As" first, and the refusal ("too long … at most 1.5 MB")
    only after the journalist had chosen a name."""
    from netizen_editor.importing.safety import MAX_PLAIN_TEXT

    long = tmp_path / "data.txt"
    long.write_bytes(b"Kalimat berita yang panjang.\n\n" * (MAX_PLAIN_TEXT // 28 + 100))
    asked = answer_dialogs(monkeypatch, long)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    window = make_window([], settings=SETTINGS)
    window.registry["import"].trigger()
    assert asked == []  # never asked where
    assert len(said) == 1 and "too long" in said[0] and "data.txt" in said[0]
    assert not (tmp_path / "data.md").exists()
