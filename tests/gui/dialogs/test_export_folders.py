"""The export dialog proposes each story's own folder: an export of a Nasional story no longer
sends the next one, from Ekonomi, into Nasional/ (QA25 F-S)."""

from __future__ import annotations

import json
from pathlib import Path

from netizen_editor.gui.window.session import MAX_EXPORT_FOLDERS, SessionStore
from tests.gui.exporting import export_now


def write_story(path: Path, title: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ntitle: {title}\nstatus: ready\n---\n\nIsi berita {title}.\n")
    return path


def test_each_story_is_exported_beside_itself_unless_its_folder_was_sent_elsewhere(
    make_window, qtbot, tmp_path
):
    desk = tmp_path / "desk"
    banjir = write_story(desk / "Nasional" / "banjir.md", "Banjir Rob")
    cabai = write_story(desk / "Ekonomi" / "harga-cabai.md", "Harga Cabai")
    beras = write_story(desk / "Ekonomi" / "harga-beras.md", "Harga Beras")
    window = make_window([banjir, cabai, beras])
    tabs = {tab.path: tab for tab in window.all_tabs()}

    window.activate_tab(tabs[banjir])
    first = window.open_export_dialog()
    assert first.output_edit.text() == str(desk / "Nasional" / "banjir.html")
    first.set_format("atom")
    assert export_now(qtbot, first)
    first.close()

    window.activate_tab(tabs[cabai])
    second = window.open_export_dialog()  # beside the Ekonomi story, not in Nasional/
    assert second.format() == "atom"  # the format last used, as the dialog keeps it
    assert second.output_edit.text() == str(desk / "Ekonomi" / "harga-cabai.xml")
    elsewhere = tmp_path / "kirim"
    second.output_edit.setText(str(elsewhere) + "/")
    assert export_now(qtbot, second)
    second.close()
    assert not (desk / "Nasional" / "harga-cabai.xml").exists()

    window.activate_tab(tabs[beras])
    third = window.open_export_dialog()  # Ekonomi's stories were sent there: proposed again
    assert third.output_edit.text() == str(elsewhere / "harga-beras.xml")
    third.close()

    window.activate_tab(tabs[banjir])
    fourth = window.open_export_dialog()  # and Nasional's beside themselves still
    assert fourth.output_edit.text() == str(desk / "Nasional" / "banjir.xml")
    fourth.close()
    kept = SessionStore().load().export_folders
    assert kept == {str(desk / "Nasional"): str(desk / "Nasional"),
                    str(desk / "Ekonomi"): str(elsewhere)}  # fmt: skip


def test_a_session_file_of_the_wrong_shape_keeps_only_text_to_text(tmp_path):
    path = tmp_path / "session.json"
    many = {f"/desk/{n}": f"/out/{n}" for n in range(MAX_EXPORT_FOLDERS + 5)}
    for folders, expected in (
        ({"/a": "/b", "/c": 3, "/d": None}, {"/a": "/b"}),
        (["/a"], {}),
        (many, dict(list(many.items())[5:])),  # the newest kept
    ):
        path.write_text(json.dumps({"export_folders": folders}), encoding="utf-8")
        assert SessionStore(path).load().export_folders == expected
