"""Tabs that name their story (QA): stories kept in their own folders under one file name
(``banjir-bekasi/artikel.md``, ``kebakaran/artikel.md``) get tabs told apart by the nearest
folder that differs; the tooltip gives the title and the path; the lock dialog names the title."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from netizen_editor.gui.dialogs.lock_dialog import LockDialog
from netizen_editor.gui.window.locking import ReadOnlyBar
from netizen_editor.gui.window.tab_names import folder_hints
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.window.test_locking import answer_lock_dialog


def story(folder: Path, title: str, name: str = "artikel.md") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"---\ntitle: {title}\n---\nNetizen.co.id - Isi berita.\n", encoding="utf-8")
    return path


def labels(window) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count())]


def test_two_stories_of_one_file_name_are_told_apart_by_their_folders(make_window, tmp_path):
    banjir = story(tmp_path / "daerah" / "banjir-bekasi", "Banjir Bekasi")
    kebakaran = story(tmp_path / "daerah" / "kebakaran", "Kebakaran Pasar")
    window = make_window([banjir, kebakaran], settings=Settings(ui_language="en"))

    assert labels(window) == ["artikel.md — banjir-bekasi", "artikel.md — kebakaran"]

    window.files.close_tab(window.all_tabs()[1])
    assert labels(window) == ["artikel.md"]


def test_a_shared_parent_name_uses_the_next_folder_up(make_window, tmp_path):
    pagi = story(tmp_path / "pagi" / "banjir", "Banjir Pagi")
    sore = story(tmp_path / "sore" / "banjir", "Banjir Sore")
    pasar = story(tmp_path / "sore" / "kebakaran", "Kebakaran Pasar")
    window = make_window([pagi, sore, pasar], settings=Settings(ui_language="en"))

    assert labels(window) == [
        "artikel.md — pagi/banjir",
        "artikel.md — sore/banjir",
        "artikel.md — kebakaran",
    ]


def test_saving_under_another_name_and_unsaved_marks_update_the_labels(
    make_window, qtbot, tmp_path
):
    banjir = story(tmp_path / "banjir", "Banjir Bekasi")
    other = story(tmp_path / "kebakaran", "Kebakaran Pasar", name="berita.md")
    window = make_window([banjir, other], settings=Settings(ui_language="en"))
    assert labels(window) == ["artikel.md", "berita.md"]

    second = window.all_tabs()[1]
    window.prompts.save_path = lambda suggested: tmp_path / "kebakaran" / "artikel.md"
    assert window.files.save_as(second)
    assert labels(window) == ["artikel.md — banjir", "artikel.md — kebakaran"]

    qtbot.keyClicks(second.editor, "x")
    assert labels(window)[1] == "artikel.md — kebakaran *"


def test_the_tooltip_gives_the_title_and_the_full_path(make_window, qtbot, tmp_path):
    banjir = story(tmp_path / "banjir-bekasi", "Banjir Rendam Bekasi")
    window = make_window([banjir], settings=Settings(ui_language="en"))

    qtbot.waitUntil(lambda: "Banjir Rendam Bekasi" in window.tabs.tabToolTip(0), timeout=TIMEOUT)
    assert str(banjir) in window.tabs.tabToolTip(0)


def test_folder_hints_leave_unique_names_and_untitled_tabs_alone():
    hints = folder_hints(
        [
            ("artikel.md", Path("/a/x/y/banjir/artikel.md")),
            ("artikel.md", Path("/b/x/y/banjir/artikel.md")),
            ("berita.md", Path("/a/berita.md")),
            ("Untitled", None),
            ("Untitled", None),
        ]
    )
    assert hints == ["a/…/banjir", "b/…/banjir", "", "", ""]


def test_the_lock_dialog_and_the_read_only_bar_name_the_story_by_its_title(
    make_window, qtbot, tmp_path, monkeypatch
):
    banjir = story(tmp_path / "banjir-bekasi", "Banjir Rendam Bekasi")
    make_window([banjir], settings=replace(Settings(ui_language="en"), default_author="Budi"))
    second = make_window(
        restore=False, settings=replace(Settings(ui_language="en"), default_author="Rina")
    )
    shown = answer_lock_dialog(monkeypatch, second, "read_only")
    tab = second.files.open_path(banjir)

    assert len(shown) == 1 and isinstance(shown[0], LockDialog)
    assert "Budi has “Banjir Rendam Bekasi” open" in shown[0].message.text()
    assert str(banjir) in shown[0].where.text()
    bar = tab.findChild(ReadOnlyBar, "read_only_bar")
    qtbot.waitUntil(lambda: "“Banjir Rendam Bekasi”" in bar.label.text(), timeout=TIMEOUT)
    assert bar.label.toolTip() == str(banjir)
