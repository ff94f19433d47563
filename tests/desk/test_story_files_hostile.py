"""QA24 #1, #2, #7, #9: the desk's Move of a story's files against a colleague who swaps a
folder for a link half way, a planted story of 200,000 addresses, a note of 4,000 names, and a
story whose name is too long for a files folder."""

from __future__ import annotations

import os

import pytest

import netizen_editor.desk.story_files as story_files
from netizen_editor.desk.actions import DeskActionError, rename_article
from netizen_editor.desk.story_files import files_note, stuck_note
from netizen_editor.storage import no_replace
from tests.desk.conftest import write
from tests.desk.test_story_files import STORY, story

pytestmark = pytest.mark.usefixtures("english")

PHOTOS = "---\ntitle: A\n---\n\n![f](a_files/f0.jpg)\n"


def files_in_parts(desk, count=3):
    """Nasional/a.md with ``count`` files in a_files/, and a real Teknologi/a_files/ (left by
    an earlier move): the files go into it one by one."""
    path = write(desk / "Nasional" / "a.md", PHOTOS)
    for n in range(count):
        write(desk / "Nasional" / "a_files" / f"f{n}.jpg", "x")
    (desk / "Teknologi" / "a_files").mkdir(parents=True)
    return path


def swap_after(monkeypatch, desk, outside, moves):
    """A colleague, once ``moves`` renames were made, renames Teknologi/a_files to
    Teknologi/kept and puts a link to ``outside`` in its place."""
    real, made = no_replace.rename_no_replace, []

    def rename(source, target):
        real(source, target)
        made.append(target)
        if len(made) == moves:
            os.rename(desk / "Teknologi" / "a_files", desk / "Teknologi" / "kept")
            os.symlink(outside, desk / "Teknologi" / "a_files")

    monkeypatch.setattr(no_replace, "rename_no_replace", rename)


def test_a_files_folder_swapped_for_a_link_half_way_takes_nothing_outside(desk, tmp_path):
    """QA24 #1: the files went one by one by path, so those after the swap went through the
    link, out of the desk ("MOVED", 3,972 of 4,000 outside). Each goes into the folder opened
    before the first one now; the folder moved meanwhile, so the move is undone and said."""
    outside = tmp_path / "outside"
    outside.mkdir()
    path = files_in_parts(desk)
    monkeypatch = pytest.MonkeyPatch()
    with monkeypatch.context() as patch:
        swap_after(patch, desk, outside, moves=1)
        with pytest.raises(DeskActionError, match="was renamed or replaced while the") as e:
            rename_article(path, desk / "Teknologi" / "a.md", desk=desk)
    assert e.value.located().startswith("Teknologi/a_files: ")
    assert os.listdir(outside) == [] and os.listdir(desk / "Teknologi" / "kept") == []
    assert sorted(os.listdir(desk / "Nasional" / "a_files")) == ["f0.jpg", "f1.jpg", "f2.jpg"]
    assert path.is_file() and not (desk / "Teknologi" / "a.md").exists()


def test_files_go_back_from_the_folder_they_went_into_when_it_was_swapped(desk, tmp_path):
    """The swap comes after the files moved, and the story's own rename fails: the files were
    put back by path, through the link (not found there: "could not all be put back", naming
    paths that were the colleague's link). They come back from the folder they are in."""
    outside = tmp_path / "outside"
    outside.mkdir()
    path = files_in_parts(desk)
    real = no_replace.rename_no_replace

    def rename(source, target):
        if str(source).endswith("a.md"):  # the story's own rename, after its files moved
            os.rename(desk / "Teknologi" / "a_files", desk / "Teknologi" / "kept")
            os.symlink(outside, desk / "Teknologi" / "a_files")
            raise PermissionError(13, "Permission denied")
        real(source, target)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(no_replace, "rename_no_replace", rename)
        with pytest.raises(DeskActionError) as e:
            rename_article(path, desk / "Teknologi" / "a.md", desk=desk)
    assert "put back" not in e.value.message
    assert sorted(os.listdir(desk / "Nasional" / "a_files")) == ["f0.jpg", "f1.jpg", "f2.jpg"]
    assert os.listdir(outside) == [] and os.listdir(desk / "Teknologi" / "kept") == []


def test_a_story_past_the_look_s_time_is_refused_and_named(desk, monkeypatch):
    """QA24 #7: the story's own addresses had no bound (200,000 of them held the window
    10.5 s); they are read within the look's time now, and past it the move is refused,
    naming the story."""
    monkeypatch.setattr(story_files, "LOOK_SECONDS", -1.0)  # out of time from the start
    path = story(desk / "Nasional")
    (desk / "Teknologi").mkdir()
    with pytest.raises(DeskActionError, match="reading the story for the files it names") as e:
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert e.value.located().startswith("Nasional/foto.md: ")
    assert path.is_file() and len(os.listdir(desk / "Nasional" / "foto_files")) == 4
    assert os.listdir(desk / "Teknologi") == []


def test_a_story_naming_thousands_of_files_is_refused(desk):
    text = STORY + "".join(f"\n![x](../x{n}/foto.jpg)\n" for n in range(5000))
    path = story(desk / "Nasional", text=text)
    (desk / "Teknologi").mkdir()
    with pytest.raises(DeskActionError, match="names more than 5000 files and addresses") as e:
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert e.value.located().startswith("Nasional/foto.md: ")
    assert path.is_file() and len(os.listdir(desk / "Nasional" / "foto_files")) == 4


def test_a_story_too_big_to_be_one_is_refused(desk, monkeypatch):
    """Its blocks are read whole before the time is looked at (250,000 short paragraphs:
    2.5 s): past ``MAX_LINES`` or ``OWN_BYTES`` it is not read."""
    text = STORY + "\n![x](../x/foto.jpg)\n" * 10_000
    path = story(desk / "Nasional", text=text)
    (desk / "Teknologi").mkdir()
    with pytest.raises(DeskActionError, match="the story is over 4 MB or 20000 lines") as e:
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert e.value.located().startswith("Nasional/foto.md: ") and path.is_file()
    monkeypatch.setattr(story_files, "OWN_BYTES", len(STORY.encode("utf-8")) - 1)
    path.write_text(STORY, encoding="utf-8")
    with pytest.raises(DeskActionError, match="the story is over 0 MB"):
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert len(os.listdir(desk / "Nasional" / "foto_files")) == 4


def test_another_story_too_long_to_be_one_refuses_the_move(desk):
    """QA24 #7: one other story of 4 MB naming a_files 160,000 times took 6.25 s, the time
    looked at between stories only."""
    path = story(desk / "Nasional")
    write(
        desk / "Nasional" / "lain.md",
        "---\ntitle: L\n---\n\n" + "![x](foto_files/x.jpg)\n\n" * 10_000,
    )
    (desk / "Teknologi").mkdir()
    with pytest.raises(DeskActionError, match="it names foto_files and is over 20000 lines") as e:
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert e.value.located().startswith("Nasional/lain.md: ")
    assert path.is_file() and len(os.listdir(desk / "Nasional" / "foto_files")) == 4


def test_the_note_names_a_few_files_and_counts_the_rest(desk):
    """QA24 #2: 4,000 files moved one by one were each named (75,000 characters in the desk
    panel's message, taller than the screen)."""
    path = files_in_parts(desk, count=12)
    moved = rename_article(path, desk / "Teknologi" / "a.md", desk=desk)
    assert files_note(moved) == (
        "Its files moved with it: a_files/f0.jpg, a_files/f1.jpg, a_files/f10.jpg, "
        "a_files/f11.jpg, a_files/f2.jpg and 7 more."
    )
    assert len(os.listdir(desk / "Teknologi" / "a_files")) == 12


def test_the_note_of_files_other_stories_use_counts_past_a_few(desk):
    text = PHOTOS + "".join(f"\n![f](a_files/f{n}.jpg)\n" for n in range(1, 8))
    path = write(desk / "Nasional" / "a.md", text)
    write(desk / "Nasional" / "b.md", text.replace("title: A", "title: B"))
    for n in range(8):
        write(desk / "Nasional" / "a_files" / f"f{n}.jpg", "x")
    (desk / "Teknologi").mkdir()
    note = files_note(rename_article(path, desk / "Teknologi" / "a.md", desk=desk))
    assert note.count("uses it too") == 5
    assert note.endswith("3 more stayed as well: other stories of the folder use them (the "
                         "story no longer finds them).")  # fmt: skip


def test_what_could_not_be_put_back_is_named_a_few_then_counted(desk):
    stuck = [desk / "Teknologi" / "a_files" / f"f{n}.jpg" for n in range(1000)]
    assert stuck_note(stuck, desk) == (
        "the story's files could not all be put back; they are at Teknologi/a_files/f0.jpg, "
        "Teknologi/a_files/f1.jpg, Teknologi/a_files/f2.jpg, Teknologi/a_files/f3.jpg, "
        "Teknologi/a_files/f4.jpg and 995 more: move them back by hand"
    )


@pytest.mark.parametrize("name", ["c" * 250 + ".md", "c" * 252 + ".md", "é" * 125 + ".md"])
def test_a_story_whose_name_is_too_long_for_a_files_folder_moves(desk, name):
    """QA24 #9: NAME_files of a 253-255 byte name cannot exist (lstat: "File name too long",
    in English): there is none, and the story moves."""
    path = write(desk / "Nasional" / name, "---\ntitle: Panjang\n---\n\nTeks.\n")
    (desk / "Teknologi").mkdir()
    assert files_note(rename_article(path, desk / "Teknologi" / name, desk=desk)) == ""
    assert (desk / "Teknologi" / name).is_file() and not path.exists()
