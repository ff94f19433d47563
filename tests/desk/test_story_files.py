"""QA22 #6: the desk's Rename or Move takes the story's files along. A story moved to another
folder left its ``NAME_files/`` behind (photos, the import's ``source.txt``): ``check`` said
image-missing and the source missing, and exports dropped the photos."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import netizen_editor.desk.story_files as story_files
from netizen_editor.checks.context import check_text
from netizen_editor.desk.actions import DeskActionError, rename_article
from netizen_editor.desk.story_files import files_note, local_addresses
from netizen_editor.history.store import History
from netizen_editor.settings import Settings
from tests.desk.conftest import write

pytestmark = pytest.mark.usefixtures("english")

STORY = """---
title: Desa Digital
id: cerita-1
source_file: foto_files/source.txt
image: foto_files/sampul.jpg
---

BANDUNG, Netizen.co.id - Desa digital diluncurkan.

![Peluncuran di balai desa](foto_files/foto-1.jpg "Peluncuran. Foto: Rina")

![Peta desa][peta]

[peta]: foto_files/peta.png
"""


def photo(path):
    """A small real PNG at ``path``."""
    from PIL import Image

    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (800, 500), "white").save(path)
    return path


def story(folder, name="foto.md", text=STORY):
    """The story ``name`` in ``folder`` with its photos and the import's source text."""
    path = write(folder / name, text)
    files = folder / "foto_files"
    for shot in ("sampul.jpg", "foto-1.jpg", "peta.png"):
        photo(files / shot)
    write(files / "source.txt", "Siaran pers: desa digital diluncurkan di Bandung.\n")
    History(folder, "cerita-1", author="Budi").keep(text, "save")
    return path


def refuse_renames(monkeypatch, refused):
    """Each rename of a file ``refused(source)`` is true for fails: permission denied."""
    from netizen_editor.storage import no_replace

    real = no_replace.rename_no_replace

    def rename(source, target):
        if refused(source):
            raise PermissionError(13, "Permission denied")
        return real(source, target)

    monkeypatch.setattr(no_replace, "rename_no_replace", rename)


def findings(path):
    """What ``check`` says of a file of the story that is not found."""
    found = check_text(path.read_text(encoding="utf-8"), path, Settings())
    return [f.message for f in found if f.rule in ("image-missing", "featured-image")
            or "source file" in f.message]  # fmt: skip


def test_a_story_moved_to_another_folder_takes_its_files_folder(desk):
    path = story(desk / "Nasional")
    (desk / "Teknologi").mkdir()
    new = desk / "Teknologi" / "foto.md"
    moved = rename_article(path, new, desk=desk)
    assert sorted(os.listdir(desk / "Teknologi" / "foto_files")) == [
        "foto-1.jpg", "peta.png", "sampul.jpg", "source.txt"]  # fmt: skip
    assert not (desk / "Nasional" / "foto_files").exists()
    assert new.read_text(encoding="utf-8") == STORY  # every address stays as written
    assert findings(new) == []
    assert files_note(moved) == "Its files moved with it: foto_files/."
    assert History(desk / "Teknologi", "cerita-1").versions().versions


def test_a_new_name_in_another_folder_keeps_the_folder_name_and_the_text(desk):
    """The folder keeps its name (``foto_files``) so the story's text is not rewritten; a later
    move of the renamed story still takes it along (the folder it refers into is its own)."""
    path = story(desk / "Nasional")
    (desk / "Teknologi").mkdir()
    (desk / "Daerah").mkdir()
    new = desk / "Teknologi" / "desa-digital.md"
    rename_article(path, new, desk=desk)
    assert (desk / "Teknologi" / "foto_files" / "foto-1.jpg").is_file()
    assert new.read_text(encoding="utf-8") == STORY and findings(new) == []
    again = desk / "Daerah" / "desa-digital.md"
    assert files_note(rename_article(new, again, desk=desk)) == (
        "Its files moved with it: foto_files/."
    )
    assert findings(again) == [] and not (desk / "Teknologi" / "foto_files").exists()


def test_a_new_name_in_the_same_folder_moves_nothing(desk):
    path = story(desk)
    moved = rename_article(path, desk / "desa-digital.md")
    assert (desk / "foto_files" / "foto-1.jpg").is_file() and files_note(moved) == ""
    assert findings(desk / "desa-digital.md") == []


def test_a_file_of_that_name_in_the_files_folder_there_refuses_the_move(desk):
    """A files folder of that name in the new folder takes the files one by one; a name taken
    in it refuses the move, naming that file relative to the desk (QA23: an absolute path)."""
    path = story(desk / "Nasional")
    theirs = photo(desk / "Teknologi" / "foto_files" / "foto-1.jpg")
    before = theirs.read_bytes()
    with pytest.raises(DeskActionError, match="foto_files is there already with a file of") as e:
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert e.value.located().startswith("Teknologi/foto_files/foto-1.jpg: ")
    assert theirs.read_bytes() == before and os.listdir(theirs.parent) == ["foto-1.jpg"]
    assert path.is_file() and len(os.listdir(desk / "Nasional" / "foto_files")) == 4
    assert not (desk / "Teknologi" / ".netizen").exists()  # the history did not move either


def test_a_file_of_the_files_folders_name_there_refuses_the_move(desk):
    path = story(desk / "Nasional")
    write(desk / "Teknologi" / "foto_files", "bukan folder\n")
    with pytest.raises(DeskActionError, match="files folder foto_files is there already; no") as e:
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert e.value.located().startswith("Teknologi/foto_files: ")  # named as the desk lists
    assert path.is_file() and len(os.listdir(desk / "Nasional" / "foto_files")) == 4


SHARED = "---\ntitle: {title}\n---\n\n![Foto](a_files/foto.jpg)\n"


def test_a_story_that_left_a_shared_photo_behind_can_move_back(desk):
    """QA23 #2: a.md and b.md show a_files/foto.jpg. a.md moved to Teknologi/ left the photo
    (b.md uses it) but made an empty Teknologi/a_files/, and the move back was refused: "a_files
    is there already". No folder is made for nothing now, and the move back gives the story its
    photo again."""
    path = write(desk / "Nasional" / "a.md", SHARED.format(title="A"))
    write(desk / "Nasional" / "b.md", SHARED.format(title="B"))
    shot = photo(desk / "Nasional" / "a_files" / "foto.jpg")
    (desk / "Teknologi").mkdir()
    away = desk / "Teknologi" / "a.md"
    moved = rename_article(path, away, desk=desk)
    assert files_note(moved) == (
        "a_files/foto.jpg stayed: b.md uses it too (the story no longer finds it)."
    )
    assert os.listdir(desk / "Teknologi") == ["a.md"]  # no empty a_files/
    assert files_note(rename_article(away, path, desk=desk)) == ""  # nothing to take along
    assert path.is_file() and shot.is_file() and findings(path) == []


def test_the_story_moved_back_puts_its_own_photo_beside_the_shared_one(desk):
    """The story's own photo moved with it, the shared one stayed: moved back, its photo goes
    into the a_files/ that is there (one by one, nothing replaced) and no empty a_files/ stays
    in Teknologi/."""
    text = SHARED.format(title="A") + "\n![Peta](a_files/peta.png)\n"
    path = write(desk / "Nasional" / "a.md", text)
    write(desk / "Nasional" / "b.md", SHARED.format(title="B"))
    photo(desk / "Nasional" / "a_files" / "foto.jpg")
    photo(desk / "Nasional" / "a_files" / "peta.png")
    (desk / "Teknologi").mkdir()
    away = desk / "Teknologi" / "a.md"
    rename_article(path, away, desk=desk)
    assert os.listdir(desk / "Teknologi" / "a_files") == ["peta.png"]
    back = rename_article(away, path, desk=desk)
    assert files_note(back) == "Its files moved with it: a_files/peta.png."
    assert sorted(os.listdir(desk / "Nasional" / "a_files")) == ["foto.jpg", "peta.png"]
    assert os.listdir(desk / "Teknologi") == [] and findings(path) == []


def test_a_move_into_a_files_folder_there_goes_back_when_the_story_cannot_move(desk, monkeypatch):
    """Moved into the a_files/ of the new folder, the files go back into their own folder
    (made again: it was left empty and removed) when the story's own rename fails."""
    path = write(desk / "Teknologi" / "a.md", "---\ntitle: A\n---\n\n![P](a_files/peta.png)\n")
    photo(desk / "Teknologi" / "a_files" / "peta.png")
    theirs = photo(desk / "Nasional" / "a_files" / "foto.jpg")
    refuse_renames(monkeypatch, lambda source: str(source).endswith("a.md"))
    with pytest.raises(DeskActionError, match="permission"):
        rename_article(path, desk / "Nasional" / "a.md", desk=desk)
    assert os.listdir(desk / "Teknologi" / "a_files") == ["peta.png"] and path.is_file()
    assert os.listdir(theirs.parent) == ["foto.jpg"]


def test_a_files_folder_there_that_is_a_link_is_not_moved_into(desk, tmp_path):
    path = write(desk / "Teknologi" / "a.md", "---\ntitle: A\n---\n\n![P](a_files/peta.png)\n")
    photo(desk / "Teknologi" / "a_files" / "peta.png")
    outside = tmp_path / "outside"
    outside.mkdir()
    (desk / "Nasional").mkdir()
    (desk / "Nasional" / "a_files").symlink_to(outside, target_is_directory=True)
    with pytest.raises(DeskActionError, match="is a link; the story's files are not moved"):
        rename_article(path, desk / "Nasional" / "a.md", desk=desk)
    assert os.listdir(outside) == [] and path.is_file()
    assert os.listdir(desk / "Teknologi" / "a_files") == ["peta.png"]


def test_a_files_folder_that_is_a_link_is_not_moved_through(desk, tmp_path):
    path = write(desk / "Nasional" / "foto.md", STORY)
    outside = tmp_path / "outside"
    photo(outside / "foto-1.jpg")
    (desk / "Nasional" / "foto_files").symlink_to(outside, target_is_directory=True)
    (desk / "Teknologi").mkdir()
    with pytest.raises(DeskActionError, match="is a link; the story's files are not moved"):
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert path.is_file() and os.listdir(desk / "Teknologi") == []
    assert os.listdir(outside) == ["foto-1.jpg"]


def test_a_photo_another_story_uses_stays_and_is_named(desk):
    path = story(desk / "Nasional")
    write(desk / "Nasional" / "lain.md", "---\ntitle: Lain\n---\n\n![Peta](foto_files/peta.png)\n")
    (desk / "Teknologi").mkdir()
    moved = rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert sorted(os.listdir(desk / "Nasional" / "foto_files")) == ["peta.png"]
    assert sorted(os.listdir(desk / "Teknologi" / "foto_files")) == [
        "foto-1.jpg", "sampul.jpg", "source.txt"]  # fmt: skip
    assert files_note(moved) == (
        "Its files moved with it: foto_files/foto-1.jpg, foto_files/sampul.jpg, "
        "foto_files/source.txt. foto_files/peta.png stayed: lain.md uses it too (the story no "
        "longer finds it).")  # fmt: skip


def test_files_outside_the_files_folder_stay_and_are_named_when_no_longer_found(desk):
    text = STORY + "\n![Sampul](sampul.jpg)\n\n![Logo](../logo.png)\n\n[Rilis](rilis.pdf)\n"
    path = story(desk / "Nasional", text=text)
    photo(desk / "Nasional" / "sampul.jpg")
    photo(desk / "logo.png")
    write(desk / "Nasional" / "rilis.pdf", "%PDF-1.4\n")
    (desk / "Teknologi").mkdir()
    moved = rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    # ../logo.png is the same file from Teknologi: nothing to say of it
    assert files_note(moved) == (
        "Its files moved with it: foto_files/. Left in the old folder (the story no longer "
        "finds them): sampul.jpg, rilis.pdf.")  # fmt: skip
    assert (desk / "Nasional" / "sampul.jpg").is_file()


def test_the_files_go_back_when_the_story_cannot_move(desk, monkeypatch):
    """A failure after the files moved (a permission on the story's own rename) puts the files
    and the history back: the story and its files are never split without a word."""
    path = story(desk / "Nasional")
    (desk / "Teknologi").mkdir()

    refuse_renames(monkeypatch, lambda source: str(source).endswith("foto.md"))
    with pytest.raises(DeskActionError, match="permission"):
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert len(os.listdir(desk / "Nasional" / "foto_files")) == 4 and path.is_file()
    assert os.listdir(desk / "Teknologi") == []  # nor its history
    assert History(desk / "Nasional", "cerita-1").versions().versions


def test_files_moved_in_parts_go_back_when_one_cannot_move(desk, monkeypatch):
    path = story(desk / "Nasional")
    write(desk / "Nasional" / "lain.md", "---\ntitle: Lain\n---\n\n![Peta](foto_files/peta.png)\n")
    (desk / "Teknologi").mkdir()
    refuse_renames(monkeypatch, lambda source: str(source).endswith("source.txt"))
    with pytest.raises(DeskActionError, match="permission") as e:
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert e.value.located().startswith("Nasional/foto_files/source.txt: ")  # in the desk
    assert len(os.listdir(desk / "Nasional" / "foto_files")) == 4 and path.is_file()
    assert os.listdir(desk / "Teknologi") == []


def test_what_cannot_be_put_back_is_said(desk, monkeypatch):
    path = story(desk / "Nasional")
    (desk / "Teknologi").mkdir()
    refuse_renames(
        monkeypatch, lambda source: "Teknologi" in str(source) or str(source).endswith("foto.md")
    )
    with pytest.raises(DeskActionError) as caught:
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert "could not all be put back" in caught.value.message
    assert "at Teknologi/foto_files: " in caught.value.message  # named from the desk


def test_a_story_cannot_go_into_its_own_files_folder(desk):
    path = story(desk)
    with pytest.raises(DeskActionError, match="its own files folder"):
        rename_article(path, desk / "foto_files" / "foto.md")
    assert path.is_file() and (desk / "foto_files" / "foto-1.jpg").is_file()


def test_a_files_folder_named_after_another_story_is_not_taken(desk):
    """A copy of ``lama.md`` that shows its photos: ``lama_files`` is lama.md's, it stays."""
    write(desk / "Nasional" / "lama.md", "---\ntitle: Lama\n---\n\nTeks.\n")
    photo(desk / "Nasional" / "lama_files" / "a.jpg")
    path = write(desk / "Nasional" / "salinan.md", "---\ntitle: S\n---\n\n![A](lama_files/a.jpg)\n")
    (desk / "Teknologi").mkdir()
    moved = rename_article(path, desk / "Teknologi" / "salinan.md", desk=desk)
    assert (desk / "Nasional" / "lama_files" / "a.jpg").is_file()
    assert files_note(moved) == (
        "Left in the old folder (the story no longer finds them): lama_files/a.jpg."
    )


def test_the_addresses_are_read_as_the_checks_read_them():
    text = STORY + (
        '\n<img src="foto_files/html.jpg" alt="x">\n\n[Situs](https://netizen.co.id)'
        "\n\n`![kode](foto_files/kode.jpg)`\n\n[Surel](mailto:a@b.c)\n"
    )
    assert local_addresses(text) == [
        "foto_files/sampul.jpg", "foto_files/source.txt", "foto_files/foto-1.jpg",
        "foto_files/html.jpg", "https://netizen.co.id", "mailto:a@b.c", "foto_files/peta.png",
    ]  # fmt: skip
    assert story_files.relative_path("https://netizen.co.id") is None
    assert story_files.relative_path("mailto:a@b.c") is None
    assert story_files.relative_path("./a/../foto_files/x%20y.jpg") == ("foto_files", "x y.jpg")


def test_a_photo_a_story_not_in_utf8_uses_stays_too(desk):
    """An old story in Latin-1 (the desk lists it as not UTF-8) still shows the photo."""
    path = story(desk / "Nasional")
    old = "---\ntitle: Kafe\n---\n\nCafé baru. ![Peta](foto_files/peta.png)\n"
    (desk / "Nasional" / "lama.md").write_bytes(old.encode("latin-1"))
    (desk / "Teknologi").mkdir()
    rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert os.listdir(desk / "Nasional" / "foto_files") == ["peta.png"]


def test_an_address_with_a_nul_names_no_file_and_the_story_moves(desk):
    """RV2: ``a%00_files/x.pdf`` made the move raise ValueError (embedded null byte): nothing
    moved, no message. Such a name is no file: the story and its own files move."""
    text = STORY + "\nTeks [lampiran](a%00_files/x.pdf).\n"
    path = story(desk / "Nasional", text=text)
    (desk / "Teknologi").mkdir()
    moved = rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert files_note(moved) == "Its files moved with it: foto_files/."


def planted(folder, count):
    """``count`` stories of 1 MB in ``folder`` that name foto_files a thousand times."""
    line = "![x](foto_files/x.jpg) kata kata kata kata kata kata kata kata kata\n\n"
    blob = (line * (1024 * 1024 // len(line))).encode("utf-8")
    for n in range(count):
        (folder / f"lain{n}.md").write_bytes(blob)


def test_too_many_bytes_of_stories_naming_the_files_refuse_the_move(desk, monkeypatch):
    """RV2: each story of the folder that names the files folder is read as an article, up to
    3,000 of 4 MB: planted ones froze the window (5 took 9 s). Past a total the move is refused
    and says why; a big story that does not name the folder is not read as one."""
    monkeypatch.setattr(story_files, "SHARED_BYTES", 3 * 1024 * 1024)
    monkeypatch.setattr(story_files, "LOOK_SECONDS", 60.0)  # the bytes refuse it, not the time
    monkeypatch.setattr(story_files, "MAX_LINES", 10**6)  # nor the lines
    path = story(desk / "Nasional")
    planted(desk / "Nasional", 4)
    (desk / "Nasional" / "besar.md").write_bytes(b"kata " * 400_000)
    (desk / "Teknologi").mkdir()
    with pytest.raises(DeskActionError, match="stories that name foto_files are over 3 MB") as e:
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert e.value.path == Path("Nasional")  # named as the desk lists it
    assert path.is_file() and os.listdir(desk / "Teknologi") == []
    (desk / "Nasional" / "lain3.md").unlink()  # 3 MB of them, and the one that names nothing
    moved = rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert files_note(moved).startswith("Its files moved with it: foto_files/foto-1.jpg, ")


def test_a_look_at_the_other_stories_past_its_time_refuses_the_move(desk, monkeypatch):
    """The time is looked at inside the one story read as an article too (QA24 #7: a 4 MB
    story of 160,000 addresses, looked at between stories only, took 6.25 s): here the clock
    goes past the look's time while lain.md is read, and the move stops within it."""
    from netizen_editor import timebudget
    from netizen_editor.storage import capped

    clock = {"late": 0.0}
    real_read, real_clock = capped.read_regular, timebudget.time.perf_counter

    def read_late(path, limit):
        clock["late"] = story_files.LOOK_SECONDS + 1  # this story takes all of the time
        return real_read(path, limit)

    monkeypatch.setattr(capped, "read_regular", read_late)
    monkeypatch.setattr(timebudget, "time", type("Clock", (), {
        "perf_counter": staticmethod(lambda: real_clock() + clock["late"])}))  # fmt: skip
    path = story(desk / "Nasional")
    write(desk / "Nasional" / "lain.md", "---\ntitle: Lain\n---\n\n![P](foto_files/peta.png)\n")
    (desk / "Teknologi").mkdir()
    with pytest.raises(DeskActionError, match="they share with this one took over") as e:
        rename_article(path, desk / "Teknologi" / "foto.md", desk=desk)
    assert e.value.path == Path("Nasional")
    assert path.is_file() and len(os.listdir(desk / "Nasional" / "foto_files")) == 4
