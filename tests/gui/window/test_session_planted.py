"""A planted or damaged session.json (QA26 #9): a list of /dev/zero, a pipe and a 100 MB file
2,006 times asked 2,006 modal questions at the start, and 60,000 missing paths held it 6 s.
The session reopens at most ``MAX_OPEN_FILES`` stories, each once, opens nothing that is not a
regular file, and names what it could not open in one note once the window shows."""

from __future__ import annotations

import json
import os

from netizen_editor.gui.window import session
from netizen_editor.gui.window.session import SessionState, SessionStore, default_session_path


def _plant(state: dict) -> None:
    path = default_session_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(state), encoding="utf-8")


def test_a_planted_session_asks_nothing_and_names_what_it_could_not_open_once(
    make_window, qtbot, tmp_path, private_dirs, monkeypatch
):
    pipe, big, latin = tmp_path / "pipa.md", tmp_path / "besar.md", tmp_path / "latin.md"
    os.mkfifo(pipe)
    with big.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: over the 20 MB an article may be
    latin.write_bytes(b"caf\xe9\n")
    folder, document = tmp_path / "map.md", tmp_path / "rilis.docx"
    folder.mkdir()
    document.write_bytes(b"PK")
    good = tmp_path / "baik.md"
    good.write_text("---\ntitle: Baik\n---\nIsi.\n", encoding="utf-8")
    missing = [str(tmp_path / f"hilang{n}.md") for n in range(10)]
    listed = ["/dev/zero"] * 3 + [str(pipe)] * 3 + missing + [str(big)] * 2000
    listed += [str(latin), str(folder), str(document), str(good)]
    _plant({"open_files": listed})
    opened: list[str] = []
    opening = os.open

    def noting(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(os.fspath(path))
        return opening(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", noting)
    window = make_window([])  # the strict prompts fail the test on any question
    monkeypatch.setattr(os, "open", opening)
    assert [t.path for t in window.all_tabs()] == [good]
    assert "/dev/zero" not in opened and str(pipe) not in opened and str(folder) not in opened
    bar = window.current_tab().info_bar
    qtbot.waitUntil(lambda: bool(bar.shown))  # once the window shows
    assert bar.shown.startswith("16 stories from the last session could not be opened: ")
    assert bar.shown.endswith("zero, pipa.md, hilang0.md … and 13 more")
    tip = bar.label.toolTip()
    assert tip.count(str(big)) == 1 and "too large" in tip
    assert f"{pipe}: This is not a regular file" in tip
    assert f"{latin}: The file is not valid UTF-8" in tip
    assert f"{document}: A document is imported with File › Import…" in tip


def test_a_session_of_60000_missing_stories_looks_at_50(
    make_window, qtbot, private_dirs, monkeypatch
):
    from netizen_editor.gui.window.file_controller import FileController

    _plant({"open_files": [f"/nowhere/{n}.md" for n in range(60_000)]})
    tried: list[object] = []
    opening = FileController.open_path

    def counting(self, path, **kwargs):  # type: ignore[no-untyped-def]
        tried.append(path)
        return opening(self, path, **kwargs)

    monkeypatch.setattr(FileController, "open_path", counting)
    window = make_window([])
    assert len(tried) == 50  # session.MAX_OPEN_FILES
    bar = window.current_tab().info_bar
    qtbot.waitUntil(lambda: bool(bar.shown))  # once the window shows
    assert bar.shown == (
        "50 stories from the last session could not be opened: 0.md, 1.md, 2.md … and 47 more\n"
        "Only the first 50 stories of the last session are reopened; 59950 more were left closed."
    )


def test_the_session_lists_are_read_each_path_once_and_bounded(private_dirs):
    stories = [f"/desk/{n}.md" for n in range(200)]
    _plant(
        {
            "open_files": stories + stories,
            "recent": [f"/desk/{n % 500}.md" for n in range(1000)],
            "places": {path: [1, 2] for path in [*stories, "/elsewhere.md"]},
            "desk_views": {f"/desk{n}": {} for n in range(1000)},
            "splitter": [400, 500] * 10_000,
            "left_out": 7,
        }
    )
    state = SessionStore().load()
    assert state.open_files == stories[:50] and state.left_out == 150
    assert state.recent == [f"/desk/{n}.md" for n in range(session.MAX_RECENT)]
    assert list(state.places) == stories[:50]
    assert list(state.desk_views) == [f"/desk{n}" for n in range(980, 1000)]
    assert state.splitter == [400, 500]
    SessionStore().save(state)
    assert "left_out" not in json.loads(default_session_path().read_text(encoding="utf-8"))
    assert SessionStore().load().left_out == 0
    assert SessionState().left_out == 0


def test_a_journal_folder_of_thousands_of_drafts_is_one_offer_of_the_newest(make_window):
    from netizen_editor.storage.datadirs import journal_dir
    from tests.storage.test_recovery_bounds import plant_drafts

    plant_drafts(journal_dir(), 2000)
    window = make_window([])
    offers: list[list[object]] = []
    window.prompts.recovery = lambda items: offers.append(items) or {}
    window.offer_recovery()
    assert len(offers) == 1 and len(offers[0]) == 100  # recovery.MAX_ENTRIES
    assert {item.text for item in offers[0]} == {f"Draf {n}\n" for n in range(1900, 2000)}
