"""Show in Folder on Linux runs xdg-open itself and reads its exit status (QA33 #6): with
xdg-open there but no file manager, xdg-open printed "no method available" and exited 3 while
Qt's openUrl, having started it, said yes, so nothing was shown and nothing said. Here a
stand-in xdg-open (a script) plays both cases; the window never waits for it."""

from __future__ import annotations

import stat
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QDesktopServices

from netizen_editor.gui.dialogs import show_folder as module
from netizen_editor.gui.dialogs.show_folder import show_folder
from tests.gui import TIMEOUT
from tests.gui.exporting import export_now


def stand_in(tmp_path: Path, body: str) -> str:
    """An executable ``xdg-open`` that runs ``body`` (sh) with the folder as $1."""
    script = tmp_path / "bin" / "xdg-open"
    script.parent.mkdir()
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


def test_xdg_open_failing_is_said(qtbot, tmp_path, monkeypatch):
    program = stand_in(tmp_path, "echo \"no method available for opening '$1'\" >&2; exit 3")
    monkeypatch.setattr(module, "opener", lambda: program)
    owner = QObject()
    said: list[str] = []
    show_folder(tmp_path, owner, lambda: said.append("unshown"))
    assert said == []  # the window went on: the answer comes by signal
    qtbot.waitUntil(lambda: said == ["unshown"], timeout=TIMEOUT)
    assert not module._running


def test_xdg_open_showing_it_is_not_said_and_gets_the_folders_path(qtbot, tmp_path, monkeypatch):
    got = tmp_path / "got"
    program = stand_in(tmp_path, f'printf %s "$1" > "{got}"')
    monkeypatch.setattr(module, "opener", lambda: program)
    folder = tmp_path / "keluar -x"
    folder.mkdir()
    said: list[str] = []
    show_folder(folder, QObject(), lambda: said.append("unshown"))
    qtbot.waitUntil(lambda: not module._running, timeout=TIMEOUT)
    assert got.read_text(encoding="utf-8") == str(folder) and said == []


def test_an_xdg_open_that_cannot_start_is_said(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(module, "opener", lambda: str(tmp_path / "hilang" / "xdg-open"))
    said: list[str] = []
    show_folder(tmp_path, QObject(), lambda: said.append("unshown"))
    qtbot.waitUntil(lambda: said == ["unshown"], timeout=TIMEOUT)
    assert not module._running


def test_a_dialog_closed_meanwhile_is_told_nothing(qtbot, tmp_path, monkeypatch):
    program = stand_in(tmp_path, "sleep 0.2; exit 3")
    monkeypatch.setattr(module, "opener", lambda: program)
    owner = QObject()
    said: list[str] = []
    show_folder(tmp_path, owner, lambda: said.append("unshown"))
    shiboken6.delete(owner)  # the dialog gone before xdg-open ends
    qtbot.waitUntil(lambda: not module._running, timeout=TIMEOUT)
    assert said == []


def test_elsewhere_openurls_answer_holds(tmp_path, monkeypatch):
    monkeypatch.setattr(module, "opener", lambda: None)  # Windows, macOS, or no xdg-open
    answers = [False, True]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: answers.pop(0))
    said: list[str] = []
    show_folder(tmp_path, QObject(), lambda: said.append("unshown"))
    assert said == ["unshown"]  # at once
    show_folder(tmp_path, QObject(), lambda: said.append("again"))
    assert said == ["unshown"] and answers == []


def test_the_export_dialog_says_what_xdg_open_could_not_show(make_window, qtbot, tmp_path,
                                                              monkeypatch):  # fmt: skip
    from tests.gui.dialogs.test_window_dialogs import photo_story

    failing = stand_in(tmp_path, "echo \"no method available for opening '$1'\" >&2; exit 3")
    monkeypatch.setattr(module, "opener", lambda: failing)
    # Qt's answer once xdg-open started, whatever it found: yes
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    window = make_window([photo_story(tmp_path / "artikel")])
    out_dir = tmp_path / "keluar"
    dialog = window.open_export_dialog()
    dialog.output_edit.setText(f"{out_dir}/")
    export_now(qtbot, dialog)
    exported = dialog.result_label.text()
    dialog.open_folder_button.click()
    unopened = f"No program could show the folder; it is: {out_dir}"
    qtbot.waitUntil(lambda: unopened in dialog.result_label.text(), timeout=TIMEOUT)
    assert dialog.result_label.text().startswith(exported)  # under the files written
    monkeypatch.setattr(module, "opener", lambda: "/bin/true")  # a file manager now: it goes
    dialog.open_folder_button.click()
    qtbot.waitUntil(lambda: not module._running, timeout=TIMEOUT)
    assert dialog.result_label.text() == exported
    dialog.close()
