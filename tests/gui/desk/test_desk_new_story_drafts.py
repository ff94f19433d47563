"""A story made with the desk's New Story and closed without a save leaves no empty draft on
the shared desk (its file and its lock go); saved, or changed by a colleague, it stays."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from netizen_editor.storage.locks import lock_path
from tests.gui import TIMEOUT, Recorder, type_at_end
from tests.gui.desk.test_controller import new_story_named


def opened(window, qtbot, desk_folder, name: str = "daerah/gempa.md"):
    """New Story… (berita) as ``name``: its tab, once open with its lock."""
    new_story_named(window, qtbot, name)
    file = desk_folder / name
    current = window.current_tab

    def shown() -> str:  # what the window shows instead, when it does not open (a CI run)
        box = QApplication.activeModalWidget()
        texts = [w.text() for w in (box.findChildren(QLabel) if box is not None else [])]
        tab = current()
        return f"modal {type(box).__name__} {texts}; tab {tab.path if tab else None}"

    try:
        qtbot.waitUntil(lambda: current() is not None and current().path == file,
                        timeout=TIMEOUT)  # fmt: skip
    except qtbot.TimeoutError:
        raise AssertionError(f"{file} not opened: {shown()}") from None
    qtbot.waitUntil(lambda: lock_path(file).exists(), timeout=TIMEOUT)
    return current()


def test_a_new_story_closed_untouched_leaves_nothing_on_the_desk(desk_window, qtbot,
                                                                 desk_folder):  # fmt: skip
    window = desk_window()
    tab = opened(window, qtbot, desk_folder)
    file = tab.path
    qtbot.waitUntil(lambda: window.desk.panel.model.row_of("daerah/gempa.md") >= 0,
                    timeout=TIMEOUT)  # fmt: skip
    assert window.files.close_tab(tab)  # nothing typed: no question
    assert not file.exists() and not lock_path(file).exists()
    assert not (desk_folder / "daerah").exists()  # the folder New Story made for it
    assert "empty draft is gone" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.desk.panel.model.row_of("daerah/gempa.md") < 0,
                    timeout=TIMEOUT)  # fmt: skip


def test_a_new_story_typed_in_and_not_saved_goes_too(desk_window, qtbot, desk_folder):
    window = desk_window()
    tab = opened(window, qtbot, desk_folder, "ekonomi/inflasi.md")
    file = tab.path
    type_at_end(qtbot, tab, "Inflasi naik.")
    asked = window.prompts.unsaved_changes = Recorder("discard")  # Don't Save
    assert window.files.close_tab(tab)
    assert asked.calls
    assert not file.exists() and not lock_path(file).exists()
    assert (desk_folder / "ekonomi" / "harga-beras.md").is_file()  # its folder's other story


def test_a_new_story_saved_stays(desk_window, qtbot, desk_folder):
    window = desk_window()
    tab = opened(window, qtbot, desk_folder)
    file = tab.path
    assert window.files.save(tab)  # saved as it is: the user's file now
    assert window.files.close_tab(tab)
    assert file.is_file() and not lock_path(file).exists()


def test_a_new_story_a_colleague_changed_stays(desk_window, qtbot, desk_folder):
    window = desk_window()
    tab = opened(window, qtbot, desk_folder)
    file = tab.path
    theirs = file.read_text(encoding="utf-8").replace("[Judul berita", "[Gempa Cianjur")
    file.write_text(theirs, encoding="utf-8")  # written in place, as some editors do
    window.prompts.unsaved_changes = Recorder("discard")
    window.prompts.changed_on_disk = Recorder("keep")
    assert window.files.close_tab(tab)
    assert file.read_text(encoding="utf-8") == theirs


def test_quitting_with_a_new_story_untouched_leaves_nothing_either(desk_window, qtbot,
                                                                   desk_folder):  # fmt: skip
    window = desk_window()
    file = opened(window, qtbot, desk_folder).path
    assert window.close()
    assert not file.exists() and not lock_path(file).exists()


def test_a_new_story_gone_at_the_close_is_not_in_the_next_session(desk_window, qtbot,
                                                                   desk_folder):  # fmt: skip
    """The window closed with an untouched new story: its file went with its tab, yet the next
    start said "1 story from the last session could not be opened: gempa.md"."""
    import json

    from netizen_editor.gui.window.session import default_session_path

    window = desk_window()
    kept = desk_folder / "ekonomi" / "harga-beras.md"
    assert window.files.open_path(kept) is not None
    tab = opened(window, qtbot, desk_folder)
    file = tab.path
    window.close()
    assert not file.exists()
    session = json.loads(default_session_path().read_text(encoding="utf-8"))
    assert session["open_files"] == [str(kept)]
