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
