"""Importing a second format of the same release: the save dialog offers a free name
(``rilis-2.md``), never the article already there."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from netizen_editor.gui.window import import_controller
from netizen_editor.settings import Settings
from tests.importing.documents import press_release_docx
from tests.photo_factory import jpeg_bytes, scene

SETTINGS = replace(Settings(ui_language="en"), default_author="Rina Wartawan")


def test_a_second_import_is_offered_a_free_name(make_window, tmp_path, monkeypatch):
    (tmp_path / "rilis.md").write_text("---\ntitle: Dari PDF\n---\nTeks.\n", encoding="utf-8")
    source = tmp_path / "rilis.docx"
    source.write_bytes(press_release_docx(jpeg_bytes(scene((320, 240)))))
    asked: list[Path] = []

    def ask_output(parent, suggested: Path, tracked: bool):
        asked.append(suggested)
        return (suggested, False) if len(asked) == 1 else None  # a refusal: cancelled after

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(import_controller, "ask_document", lambda parent, folder: source)
    monkeypatch.setattr(import_controller, "ask_output", ask_output)
    window = make_window([], settings=SETTINGS)
    window.registry["import"].trigger()
    assert asked == [tmp_path / "rilis-2.md"] and warned == []
    assert (tmp_path / "rilis.md").read_text(encoding="utf-8").endswith("Teks.\n")
    tab = window.current_tab()
    assert tab is not None and tab.path == tmp_path / "rilis-2.md"
