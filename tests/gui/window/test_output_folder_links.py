"""The window's writers follow the command line's rule for the folder an output is named in
(``storage.output_folder``): Save As, the Export dialog and Import refuse a folder that is a
link planted in the desk, naming it, and write nothing where it leads; the story's (or the
document's) own folder is not refused, even when it is one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from netizen_editor.gui.window import import_controller
from tests.gui import Recorder
from tests.gui.exporting import export_now
from tests.importing.documents import press_release_docx
from tests.photo_factory import jpeg_bytes, scene

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")

STORY = "---\ntitle: Banjir Rob\nstatus: ready\n---\n\nIsi berita banjir rob.\n"
REFUSED = "linkdir is a link, not a folder: the app does not write through links"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A desk folder with a story, and ``linkdir`` planted in it leading to ``elsewhere``."""
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "banjir.md").write_text(STORY, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (folder / "linkdir").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    return folder


def test_save_as_into_a_linked_folder_is_refused(make_window, desk, tmp_path):
    window = make_window([desk / "banjir.md"])
    errors = Recorder()
    window.prompts.error = errors
    window.prompts.save_path = Recorder(desk / "linkdir" / "banjir-2.md")
    window.registry["save_as"].trigger()
    assert len(errors.calls) == 1
    assert f"{desk / 'linkdir'} is a link, not a folder" in errors.calls[0][1]
    assert list((tmp_path / "elsewhere").iterdir()) == []
    assert window.current_tab().path == desk / "banjir.md"


def test_save_as_beside_a_story_opened_in_a_linked_folder_is_written(make_window, desk, tmp_path):
    (tmp_path / "elsewhere" / "rob.md").write_text(STORY, encoding="utf-8")
    window = make_window([desk / "linkdir" / "rob.md"])
    window.prompts.save_path = Recorder(desk / "linkdir" / "rob-2.md")
    window.registry["save_as"].trigger()
    saved = (tmp_path / "elsewhere" / "rob-2.md").read_text(encoding="utf-8")
    assert saved.endswith("Isi berita banjir rob.\n")  # with an id of its own: a copy


def test_the_export_dialog_refuses_a_file_in_a_linked_folder(make_window, qtbot, desk, tmp_path):
    window = make_window([desk / "banjir.md"])
    dialog = window.open_export_dialog()
    dialog.output_edit.setText(str(desk / "linkdir" / "x.html"))
    assert export_now(qtbot, dialog) == []
    assert REFUSED in dialog.result_label.text()
    assert list((tmp_path / "elsewhere").iterdir()) == []
    dialog.output_edit.setText(str(desk / "linkdir") + "/")  # as the folder itself
    assert export_now(qtbot, dialog) == []
    assert REFUSED in dialog.result_label.text()
    dialog.close()


def test_import_into_a_linked_folder_asks_for_another_place(
    make_window, desk, tmp_path, monkeypatch
):
    source = desk / "rilis.docx"
    source.write_bytes(press_release_docx(jpeg_bytes(scene((320, 240)))))
    answers = [(desk / "linkdir" / "rilis.md", False), (desk / "rilis.md", False)]
    asked: list[Path] = []

    def ask_output(parent, suggested: Path, tracked: bool):
        asked.append(suggested)
        return answers.pop(0)

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(import_controller, "ask_document", lambda parent, folder: source)
    monkeypatch.setattr(import_controller, "ask_output", ask_output)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)  # what was left out
    window = make_window([])
    window.registry["import"].trigger()
    assert len(warned) == 1 and REFUSED in warned[0]
    assert asked[1] == desk / "linkdir" / "rilis.md"  # offered again, to change
    assert list((tmp_path / "elsewhere").iterdir()) == []
    assert window.current_tab().path == desk / "rilis.md"
