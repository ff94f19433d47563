"""A text changed elsewhere (a colleague, another program, a shell) that a save replaces is kept
first in the story's history, where File › History and ``netizen-editor history`` find it:
reason ``overwritten``, author ``unknown`` (null in the JSON: nobody is claimed; a lock says who
has a story open, not who changed the file). Found by QA: after Overwrite, or Reload Theirs then
Undo then Save, their text was only in the user's private backups."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from netizen_editor.gui.dialogs.compare_dialog import CompareDialog
from netizen_editor.history.article_id import article_id
from netizen_editor.history.cli import history_main
from netizen_editor.history.store import History
from netizen_editor.settings import Settings
from netizen_editor.storage.locks import lock_path
from tests.gui import Recorder, type_at_end

SETTINGS = replace(Settings(ui_language="en"), default_author="Dewi Lestari")


def saved_story(make_window, qtbot, article_file):
    """The story saved once (it has its id and a history), then typed on: unsaved."""
    window = make_window([article_file], settings=SETTINGS)
    window.files.unwatch(article_file)  # the change is noticed when the test says
    tab = window.current_tab()
    window.registry["save"].trigger()
    assert article_id(article_file.read_text(encoding="utf-8")) is not None
    type_at_end(qtbot, tab, "Versi saya.")
    return window, tab


def shell_change(path: Path) -> str:
    """What ``sed -i`` in a shell would do: the file's text changed outside the app."""
    theirs = path.read_text(encoding="utf-8") + "\nVersi dari shell.\n"
    path.write_text(theirs, encoding="utf-8")
    return theirs


def listed(capsys, path: Path) -> list[dict]:
    """``netizen-editor history FILE --format json``."""
    assert history_main([str(path), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def shown(capsys, path: Path, version_id: str) -> str:
    assert history_main([str(path), "--show", version_id]) == 0
    return capsys.readouterr().out


def assert_theirs_in_history(capsys, path: Path, theirs: str) -> None:
    versions = [v for v in listed(capsys, path) if v["reason"] != "backup"]
    assert [v["reason"] for v in versions[:2]] == ["save", "overwritten"]  # mine, then theirs
    kept = versions[1]
    assert kept["author"] is None  # nobody is claimed (null in the JSON: unknown)
    assert shown(capsys, path, kept["id"]) == theirs
    assert path.read_text(encoding="utf-8").endswith("Versi saya.")


def test_overwrite_after_a_shell_change_keeps_theirs_in_the_history(
    make_window, qtbot, article_file, capsys
):
    window, tab = saved_story(make_window, qtbot, article_file)
    theirs = shell_change(article_file)
    conflict = Recorder("overwrite")
    window.prompts.disk_conflict = conflict
    window.registry["save"].trigger()
    assert len(conflict.calls) == 1 and not tab.is_dirty()
    assert_theirs_in_history(capsys, article_file, theirs)
    message = window.statusBar().currentMessage()
    assert "changed elsewhere, is kept in File › History" in message
    dialog = window.files.versions.open_history(tab, window)  # File › History lists it
    assert dialog is not None
    row = dialog.entries[1]
    assert row.label() == "overwritten (changed elsewhere)" and row.author == "unknown"
    assert dialog.text_of(row.key) == theirs
    dialog.close()


def test_reload_theirs_then_undo_then_save_keeps_theirs_in_the_history(
    make_window, qtbot, article_file, capsys
):
    window, tab = saved_story(make_window, qtbot, article_file)
    theirs = shell_change(article_file)
    window.prompts.changed_on_disk = Recorder("reload")
    window.files.check_disk(tab)
    assert tab.editor_text() == theirs
    tab.editor.undo()  # back to mine
    assert tab.editor_text().endswith("Versi saya.")
    window.registry["save"].trigger()  # no question (strict prompts): theirs was loaded here
    assert_theirs_in_history(capsys, article_file, theirs)
    window.registry["save"].trigger()  # nothing new: theirs is not kept twice
    type_at_end(qtbot, tab, " Lagi.")
    window.registry["save"].trigger()
    reasons = [v["reason"] for v in listed(capsys, article_file)]
    assert reasons.count("overwritten") == 1


def test_a_save_of_theirs_as_loaded_keeps_no_overwritten_version(
    make_window, qtbot, article_file, capsys
):
    window, tab = saved_story(make_window, qtbot, article_file)
    window.registry["save"].trigger()
    shell_change(article_file)
    window.files.check_disk(tab)  # clean: reloaded quietly
    assert tab.editor_text().endswith("Versi dari shell.\n")
    window.registry["save"].trigger()  # the same text: nothing is replaced
    assert "overwritten" not in [v["reason"] for v in listed(capsys, article_file)]


def test_a_colleague_s_lock_does_not_make_them_the_author(make_window, qtbot, article_file, capsys):
    window, _tab = saved_story(make_window, qtbot, article_file)
    lock = lock_path(article_file)  # the lock names Siti (she has the story open elsewhere)
    data = json.loads(lock.read_text(encoding="utf-8"))
    lock.write_text(json.dumps({**data, "user": "Siti Rahma", "host": "meja-2", "pid": 1}),
                    encoding="utf-8")  # fmt: skip
    theirs = shell_change(article_file)  # but a shell changed the file
    window.prompts.disk_conflict = Recorder("compare")
    window.registry["save"].trigger()
    dialog = window.findChild(CompareDialog, "compare_dialog")
    assert dialog is not None and dialog.entries[0].author == "Siti Rahma"  # has it open
    history = History(article_file.parent, article_id(theirs) or "")
    authors = [v.author for v in history.versions().versions]
    assert "Siti Rahma" not in authors  # she never saved through the app
    dialog.conflict_buttons["overwrite"].click()
    assert_theirs_in_history(capsys, article_file, theirs)
