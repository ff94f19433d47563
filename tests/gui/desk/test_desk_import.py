"""QA22 #15: File › Import… with a desk open started in the home folder and offered to save
beside the .docx; it offers the desk (the current story's folder when it is in the desk) and
starts in the folder the desk's last import came from."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.gui.window import import_controller
from tests.gui import TIMEOUT
from tests.gui.window.test_import_controller import release


def test_an_import_with_a_desk_open_is_offered_into_the_desk(
    desk_window, desk_folder, qtbot, tmp_path, monkeypatch
):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    source = release(inbox)
    started: list[str] = []
    offered: list[Path] = []

    def ask_document(parent, folder):
        started.append(folder)
        return source

    def ask_output(parent, suggested, tracked):
        offered.append(suggested)
        return suggested, False

    monkeypatch.setattr(import_controller, "ask_document", ask_document)
    monkeypatch.setattr(import_controller, "ask_output", ask_output)
    window = desk_window()
    window.session.open_folder = ""
    desk = Path(window.session.desk)
    window.registry["import"].trigger()
    assert started == [str(Path.home())]  # no import into this desk yet
    assert offered == [desk / "rilis.md"]  # into the desk, not beside the .docx
    assert window.current_tab().path == desk / "rilis.md"
    window.registry["import"].trigger()  # the current story is at the desk's top
    assert started[1:] == [str(inbox)] and offered[1:] == [desk / "rilis-2.md"]
    tab = window.files.open_path(desk_folder / "ekonomi" / "harga-beras.md")
    qtbot.waitUntil(lambda: window.current_tab() is tab, timeout=TIMEOUT)
    window.registry["import"].trigger()  # into the current story's folder
    assert started[2:] == [str(inbox)]
    assert offered[2:] == [desk_folder / "ekonomi" / "rilis.md"]
    assert window.session.desk_views[str(desk)]["import_folder"] == str(inbox)
    window.desk.panel.status_buttons["draft"].click()  # the desk's view is kept anew
    assert window.session.desk_views[str(desk)]["status"] == "draft"
    assert window.session.desk_views[str(desk)]["import_folder"] == str(inbox)


def test_an_import_without_a_desk_is_offered_beside_the_document(
    make_window, tmp_path, monkeypatch
):
    source = release(tmp_path)
    offered: list[Path] = []
    monkeypatch.setattr(import_controller, "ask_document", lambda parent, folder: source)
    monkeypatch.setattr(import_controller, "ask_output",
                        lambda parent, suggested, tracked: offered.append(suggested))  # fmt: skip
    window = make_window([])
    window.session.desk = ""
    window.registry["import"].trigger()
    assert offered == [tmp_path / "rilis.md"]
