"""A story moved to another folder of the desk keeps its labels (a folder is no label): the
desk says which, so the user can change them; a new name in the same folder says nothing."""

from __future__ import annotations

import os

from netizen_editor.article.model import Article
from tests.gui import TIMEOUT
from tests.gui.questions import answer_input

#: where a test that is asked for one puts its picture of the desk (1366x768)
SHOTS = os.environ.get("NETIZEN_DESK_SHOTS", "")


def move(window, qtbot, path: str, to: str) -> None:
    """The desk's Rename or Move… on ``path``, ``to`` typed; once a poll lists it there.
    After the polls that add the checks' counts (one that turns them on and finds a story
    renamed keeps the old name in its order: a KeyError, and every later poll fails too)."""
    entries = lambda: window.desk.panel.model.entries  # noqa: E731
    counted = lambda: all(e.errors is not None or e.problem for e in entries())  # noqa: E731
    qtbot.waitUntil(counted, timeout=TIMEOUT)
    answer_input(qtbot, to)
    assert window.desk.panel.select_path(path)
    window.desk.panel.rename_button.click()
    qtbot.waitUntil(lambda: window.desk.panel.selected() is not None
                    and window.desk.panel.selected().path == to, timeout=TIMEOUT)  # fmt: skip


def refused_move(window, qtbot, path: str, to: str) -> str:
    """The desk's Rename or Move… on ``path``, ``to`` typed, refused: what the desk says."""
    answer_input(qtbot, to)
    assert window.desk.panel.select_path(path)
    window.desk.panel.rename_button.click()
    note = window.desk.panel.message_label
    qtbot.waitUntil(lambda: "nothing was moved" in note.text(), timeout=TIMEOUT)
    return note.text()


def test_a_story_moved_to_another_folder_says_which_labels_it_keeps(
    desk_window, qtbot, desk_folder
):
    window = desk_window()
    window.resize(1366, 768)
    move(window, qtbot, "ekonomi/harga-beras.md", "olahraga/harga-beras.md")
    note = window.desk.panel.message_label
    assert note.isVisible()
    assert note.text() == (
        "“Harga Beras Naik Jelang Natal” moved to olahraga/harga-beras.md and keeps its labels "
        "(Ekonomi): open it to change them if they no longer fit."
    )
    moved = desk_folder / "olahraga" / "harga-beras.md"
    assert Article.parse(moved.read_text(encoding="utf-8")).meta["labels"] == ["Ekonomi"]
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "desk-after-move.png"))


def test_a_new_name_in_the_same_folder_says_nothing_of_labels(desk_window, qtbot):
    window = desk_window()
    move(window, qtbot, "ekonomi/harga-beras.md", "ekonomi/beras-naik.md")
    assert window.desk.panel.message_label.text() == ""


def test_a_story_moved_to_another_folder_takes_its_photos_and_says_so(
    desk_window, qtbot, desk_folder
):
    """QA22 #6: the photos in ``harga-beras_files/`` stayed in ekonomi/ (the exports dropped
    them); they move with the story now, and a photo beside it that stays is named."""
    from PIL import Image

    story = desk_folder / "ekonomi" / "harga-beras.md"
    files = desk_folder / "ekonomi" / "harga-beras_files"
    files.mkdir()
    Image.new("RGB", (800, 500), "white").save(files / "pasar.jpg")
    Image.new("RGB", (800, 500), "white").save(desk_folder / "ekonomi" / "grafik.png")
    text = story.read_text(encoding="utf-8")
    story.write_text(text + "\n![Pasar](harga-beras_files/pasar.jpg)\n\n![Grafik](grafik.png)\n",
                     encoding="utf-8")  # fmt: skip
    window = desk_window()
    window.resize(1366, 768)
    move(window, qtbot, "ekonomi/harga-beras.md", "olahraga/harga-beras.md")
    assert (desk_folder / "olahraga" / "harga-beras_files" / "pasar.jpg").is_file()
    assert not files.exists() and (desk_folder / "ekonomi" / "grafik.png").is_file()
    note = window.desk.panel.message_label.text()
    assert note.endswith(
        "Its files moved with it: harga-beras_files/. Left in the old folder (the story no "
        "longer finds them): grafik.png."
    )
    assert note.startswith("“Harga Beras Naik Jelang Natal” moved to olahraga/harga-beras.md")
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "desk-move-files.png"))


def test_a_move_that_cannot_look_at_the_other_stories_says_why(
    desk_window, qtbot, desk_folder, monkeypatch
):
    """RV2: the desk read every story of the folder that names the files folder, as articles,
    with no bound: planted ones froze the window. Past the bound the move is refused, and the
    desk says which folder and why; nothing moved."""
    import netizen_editor.desk.story_files as story_files

    monkeypatch.setattr(story_files, "SHARED_BYTES", 1024 * 1024)
    folder = desk_folder / "ekonomi"
    (folder / "harga-beras_files").mkdir()
    (folder / "harga-beras_files" / "pasar.jpg").write_bytes(b"foto")
    (folder / "lain.md").write_bytes(b"---\ntitle: Lain\n---\n\n" + b"harga-beras_files " * 70_000)
    window = desk_window(rows=6)
    window.resize(1366, 768)
    assert refused_move(window, qtbot, "ekonomi/harga-beras.md", "olahraga/harga-beras.md") == (
        "ekonomi: the folder's other stories that name harga-beras_files are over 1 MB in "
        "all: the files they share with this one cannot be looked at; nothing was moved: move "
        "its files by hand"
    )
    assert (folder / "harga-beras.md").is_file() and (folder / "harga-beras_files").is_dir()
    assert not (desk_folder / "olahraga" / "harga-beras.md").exists()
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "desk-move-refused.png"))


def test_a_story_that_left_a_shared_photo_behind_moves_back(desk_window, qtbot, desk_folder):
    """QA23 #2: a photo another story shows stayed in ekonomi/ (right), but an empty
    harga-beras_files/ was made in olahraga/, and the move back was refused with an absolute
    path. Nothing is made for nothing now, and the move back gives the story its photo."""
    folder = desk_folder / "ekonomi"
    (folder / "harga-beras_files").mkdir()
    (folder / "harga-beras_files" / "pasar.jpg").write_bytes(b"foto")
    shown = "\n![Pasar](harga-beras_files/pasar.jpg)\n"
    story = folder / "harga-beras.md"
    story.write_text(story.read_text(encoding="utf-8") + shown, encoding="utf-8")
    (folder / "salinan.md").write_text("---\ntitle: Salinan\n---\n" + shown, encoding="utf-8")
    window = desk_window(rows=6)
    window.resize(1366, 768)
    move(window, qtbot, "ekonomi/harga-beras.md", "olahraga/harga-beras.md")
    assert window.desk.panel.message_label.text().endswith(
        "harga-beras_files/pasar.jpg stayed: salinan.md uses it too (the story no longer finds it)."
    )
    assert not (desk_folder / "olahraga" / "harga-beras_files").exists()
    move(window, qtbot, "olahraga/harga-beras.md", "ekonomi/harga-beras.md")
    assert window.desk.panel.message_label.text().startswith(
        "“Harga Beras Naik Jelang Natal” moved to ekonomi/harga-beras.md"
    )
    assert story.is_file() and (folder / "harga-beras_files" / "pasar.jpg").is_file()
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "desk-move-back.png"))


def test_a_photo_of_that_name_in_the_files_folder_there_refuses_the_move(
    desk_window, qtbot, desk_folder
):
    """A real clash: olahraga/harga-beras_files/ has a pasar.jpg of its own. The move is
    refused, naming that file in the desk (QA23: an absolute path); nothing moved."""
    files = desk_folder / "ekonomi" / "harga-beras_files"
    files.mkdir()
    (files / "pasar.jpg").write_bytes(b"foto")
    theirs = desk_folder / "olahraga" / "harga-beras_files" / "pasar.jpg"
    theirs.parent.mkdir()
    theirs.write_bytes(b"foto lain")
    window = desk_window()
    window.resize(1366, 768)
    assert refused_move(window, qtbot, "ekonomi/harga-beras.md", "olahraga/harga-beras.md") == (
        "olahraga/harga-beras_files/pasar.jpg: the story's files folder harga-beras_files is "
        "there already with a file of this name; nothing was moved"
    )
    assert theirs.read_bytes() == b"foto lain" and (files / "pasar.jpg").read_bytes() == b"foto"
    assert (desk_folder / "ekonomi" / "harga-beras.md").is_file()
    if SHOTS:
        window.grab().save(os.path.join(SHOTS, "desk-move-clash.png"))
