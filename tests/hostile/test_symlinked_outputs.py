"""No writer follows a planted link (issue 21). A colleague's folder on a shared drive or an
unpacked archive can hold a link under any name the app writes: the export's output, its side
file, ``NAME_images/`` or a file inside it, a saved article, the journal, backups, settings,
the window's session file, an imported photo's folder, word lists. Each is tried with a link to
a file outside the folder (a shell start-up file), a dangling link and a link to a folder; the
outside stays byte for byte as it was and nothing is created there, and the write either
replaces the link itself or fails with a one-line message."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from netizen_editor.cli import main
from tests.photo_factory import phone_jpeg

KINDS = ["file outside", "dangling", "folder"]
BASHRC = b"# ~/.bashrc\nexport PS1='$ '\n"
ARTICLE = "---\ntitle: $(touch pwned)\nimage: foto/a.jpg\n---\nTeks pembuka.\n\n![A](foto/a.jpg)\n"


@pytest.fixture(autouse=True)
def private_photo_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETIZEN_EDITOR_CACHE_DIR", str(tmp_path / "cache"))


class Outside:
    """A folder outside the one written to, holding a shell start-up file."""

    def __init__(self, root: Path):
        self.folder = root / "outside"
        self.folder.mkdir()
        self.bashrc = self.folder / ".bashrc"
        self.bashrc.write_bytes(BASHRC)
        self.before = self.snapshot()

    def target(self, kind: str) -> Path:
        return {
            "file outside": self.bashrc,
            "dangling": self.folder / "new-file",
            "folder": self.folder,
        }[kind]

    def plant(self, link: Path, kind: str) -> Path:
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(self.target(kind), target_is_directory=kind == "folder")
        return link

    def snapshot(self) -> dict[str, str]:
        return {
            str(p.relative_to(self.folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            if p.is_file()
            else "folder"
            for p in sorted(self.folder.rglob("*"))
        }

    def untouched(self) -> None:
        assert self.bashrc.read_bytes() == BASHRC
        assert self.snapshot() == self.before  # nothing changed or created out there


@pytest.fixture
def outside(tmp_path: Path) -> Outside:
    return Outside(tmp_path)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    (folder / "foto").mkdir(parents=True)
    phone_jpeg(folder / "foto" / "a.jpg", size=(800, 600))
    path = folder / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def export(article: Path, fmt: str) -> int:
    """Export to the default output beside the article (``-o`` names a folder when it is one,
    link or not: the user's own choice on the command line)."""
    return main(["export", str(article), "--format", fmt])


def refused_cleanly(capsys: pytest.CaptureFixture[str], words: str = "is a link") -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert words in err
    assert len(err.strip().splitlines()) <= 2  # the problem, and the summary
    return err


def no_temp_files(*folders: Path) -> None:
    for folder in folders:
        if folder.is_dir() and not folder.is_symlink():
            assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []


OUTPUTS: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "page": ("page", lambda d: d / "a.html"),
    "blogger html": ("blogger", lambda d: d / "a.blogger.html"),
    "blogger side file": ("blogger", lambda d: d / "a.blogger.post.txt"),
    "atom": ("atom", lambda d: d / "a.xml"),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("which", list(OUTPUTS))
def test_an_export_output_that_is_a_link_is_refused(
    article: Path, outside: Outside, capsys: pytest.CaptureFixture[str], which: str, kind: str
) -> None:
    fmt, name = OUTPUTS[which]
    folder = article.parent
    link = outside.plant(name(folder), kind)
    assert export(article, fmt) == 2
    refused_cleanly(capsys)
    outside.untouched()
    assert link.is_symlink()  # left for the journalist to look at
    written = {p.name for p in folder.iterdir()} - {"a.md", "foto", link.name}
    assert written == set()  # nothing of the export was written
    no_temp_files(folder)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fmt", ["blogger", "atom"])
def test_an_images_folder_that_is_a_link_is_refused(
    article: Path, outside: Outside, capsys: pytest.CaptureFixture[str], fmt: str, kind: str
) -> None:
    folder = article.parent
    outside.plant(folder / "a_images", kind)
    assert export(article, fmt) == 2
    refused_cleanly(capsys)
    outside.untouched()
    assert {p.name for p in folder.iterdir()} == {"a.md", "foto", "a_images"}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fmt", ["blogger", "atom"])
def test_a_link_inside_the_images_folder_is_not_written_through(
    article: Path, outside: Outside, capsys: pytest.CaptureFixture[str], fmt: str, kind: str
) -> None:
    folder = article.parent
    (folder / "a_images").mkdir()
    outside.plant(folder / "a_images" / "a.jpg", kind)
    assert export(article, fmt) == 2
    refused_cleanly(capsys)
    outside.untouched()
    assert not (folder / "a.html").exists() and not (folder / "a.xml").exists()


@pytest.mark.parametrize("fmt", ["blogger", "atom"])
def test_the_export_with_images_works_when_nothing_is_planted(
    article: Path, outside: Outside, fmt: str
) -> None:
    folder = article.parent
    assert export(article, fmt) == 0
    assert (folder / "a_images" / "a.jpg").is_file()
    assert export(article, fmt) == 0  # again, over its own files
    no_temp_files(folder, folder / "a_images")
    outside.untouched()


# -- saves and the app's own files ------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_saving_an_article_replaces_the_link_not_its_target(
    tmp_path: Path, outside: Outside, kind: str
) -> None:
    from netizen_editor.storage.reading import write_article_file

    path = outside.plant(tmp_path / "desk" / "b.md", kind)
    write_article_file(path, "# Judul\n\n$(touch pwned)\n")
    assert not path.is_symlink()
    assert path.read_text(encoding="utf-8") == "# Judul\n\n$(touch pwned)\n"
    outside.untouched()
    no_temp_files(path.parent)


@pytest.mark.parametrize("kind", KINDS)
def test_save_as_over_a_link_with_a_backup(tmp_path: Path, outside: Outside, kind: str) -> None:
    from netizen_editor.document import Document, Outcome
    from netizen_editor.storage.backups import BackupStore

    path = outside.plant(tmp_path / "desk" / "c.md", kind)
    result = Document().save("Isi baru.\n", BackupStore(tmp_path / "data" / "backups"), path)
    assert result.outcome == Outcome.SAVED
    assert path.read_text(encoding="utf-8") == "Isi baru.\n" and not path.is_symlink()
    outside.untouched()


@pytest.mark.parametrize("kind", KINDS)
def test_a_backup_folder_that_is_a_link_is_refused(
    tmp_path: Path, outside: Outside, kind: str
) -> None:
    from netizen_editor.storage.atomic import SaveError
    from netizen_editor.storage.backups import BackupStore

    article = tmp_path / "desk" / "d.md"
    article.parent.mkdir()
    article.write_text("versi lama\n", encoding="utf-8")
    store = BackupStore(tmp_path / "data" / "backups")
    outside.plant(store.folder_for(article), kind)
    with pytest.raises(SaveError) as caught:
        store.backup(article)
    assert "is a link, not a folder" in str(caught.value)
    outside.untouched()
    store.folder_for(article).unlink()
    store.root.rmdir()
    outside.plant(store.root, kind)  # the whole backups folder
    with pytest.raises(SaveError):
        store.backup(article)
    outside.untouched()


@pytest.mark.parametrize("kind", KINDS)
def test_journal_entries_and_the_session_lock_replace_links(
    tmp_path: Path, outside: Outside, kind: str
) -> None:
    from netizen_editor.storage.journal import Journal

    root = tmp_path / "data" / "journal"
    root.mkdir(parents=True)
    journal = Journal(root)
    doc = Journal.new_doc_id()
    outside.plant(journal.lock.path, kind)
    outside.plant(journal.entry_file(doc), kind)
    journal.write(doc, "$(touch pwned)", path=None, cursor=0, saved_identity=None)
    assert not journal.entry_file(doc).is_symlink() and not journal.lock.path.is_symlink()
    assert journal.read(doc) is not None and journal.read(doc).text == "$(touch pwned)"
    outside.untouched()
    no_temp_files(root)


@pytest.mark.parametrize("kind", KINDS)
def test_a_journal_folder_that_is_a_link_is_refused(
    tmp_path: Path, outside: Outside, kind: str
) -> None:
    from netizen_editor.storage.atomic import SaveError
    from netizen_editor.storage.journal import Journal

    root = outside.plant(tmp_path / "data" / "journal", kind)
    with pytest.raises(SaveError) as caught:
        Journal(root).write(Journal.new_doc_id(), "x", path=None, cursor=0, saved_identity=None)
    assert "is a link, not a folder" in str(caught.value)
    outside.untouched()


@pytest.mark.parametrize("kind", KINDS)
def test_discarded_and_corrupt_drafts_never_move_through_a_link(
    tmp_path: Path, outside: Outside, kind: str
) -> None:
    from netizen_editor.storage.journal import Journal
    from netizen_editor.storage.recovery import discard, find_recoverable, tidy

    root = tmp_path / "data" / "journal"
    old = Journal(root)
    old.write(Journal.new_doc_id(), "buang", path=None, cursor=0, saved_identity=None)
    broken = root / f"{old.session_id}.{Journal.new_doc_id()}.json"
    broken.write_text('{"version": 1, "text": "terpotong')
    old.lock.path.unlink()  # the app crashed
    outside.plant(root / "discarded", kind)
    outside.plant(root / "corrupt", kind)
    [item] = find_recoverable(root)
    with pytest.raises(OSError):
        discard(item)
    tidy(root)
    assert item.journal_file.exists() and broken.exists()  # kept where they were
    outside.untouched()


@pytest.mark.parametrize("kind", KINDS)
def test_settings_replace_a_link_and_refuse_a_linked_config_folder(
    tmp_path: Path, outside: Outside, kind: str
) -> None:
    from netizen_editor.settings import Settings
    from netizen_editor.storage.atomic import SaveError

    path = outside.plant(tmp_path / "cfg" / "settings.toml", kind)
    Settings(site_name="$(touch pwned)").save(path)
    assert not path.is_symlink() and "pwned" in path.read_text(encoding="utf-8")
    outside.untouched()
    folder = outside.plant(tmp_path / "cfg2", kind)
    with pytest.raises(SaveError):
        Settings().save(folder / "settings.toml")
    outside.untouched()


@pytest.mark.parametrize("kind", KINDS)
def test_the_window_session_file_replaces_a_link(
    tmp_path: Path, outside: Outside, kind: str
) -> None:
    pytest.importorskip("PySide6")
    from netizen_editor.gui.window.session import SessionState, SessionStore

    path = outside.plant(tmp_path / "cfg" / "session.json", kind)
    SessionStore(path).save(SessionState())
    assert not path.is_symlink() and path.read_text(encoding="utf-8").startswith("{")
    outside.untouched()
    linked_folder = outside.plant(tmp_path / "cfg2", kind)
    SessionStore(linked_folder / "session.json").save(SessionState())  # quietly not saved
    outside.untouched()


@pytest.mark.parametrize("kind", KINDS)
def test_an_imported_photo_never_goes_through_a_link(
    article: Path, outside: Outside, kind: str
) -> None:
    from netizen_editor.photos.importing import PhotoImportError, files_folder, import_photo

    photo = article.parent.parent / "kamera" / "a.jpg"  # outside the desk: copied in
    photo.parent.mkdir()
    phone_jpeg(photo, size=(800, 600))
    folder = files_folder(article)
    outside.plant(folder, kind)
    with pytest.raises(PhotoImportError) as caught:
        import_photo(article, source=photo, name="a.jpg")
    assert "is a link" in str(caught.value)
    outside.untouched()
    folder.unlink()
    folder.mkdir()
    outside.plant(folder / "a.jpg", kind)  # the name the photo would take
    outside.plant(folder / "image-1.jpg", kind)  # the name a pasted picture would take
    outside.plant(folder / "banjir-rob-1.jpg", kind)  # ... named after its article
    named = import_photo(article, source=photo, name="a.jpg")
    pasted = import_photo(article, data=photo.read_bytes())
    after_title = import_photo(article, data=photo.read_bytes(), stem="banjir-rob")
    for imported in (named, pasted, after_title):
        assert imported.path.is_file() and not imported.path.is_symlink()
        assert imported.path.name not in ("a.jpg", "image-1.jpg", "banjir-rob-1.jpg")
    outside.untouched()


@pytest.mark.parametrize("kind", KINDS)
def test_word_lists_never_write_through_a_link(tmp_path: Path, outside: Outside, kind: str) -> None:
    from netizen_editor.spelling import wordlists

    personal = wordlists.personal_list_path()
    outside.plant(personal, kind)
    with pytest.raises(wordlists.WordListError):
        wordlists.add(personal, "kata")
    outside.untouched()


def test_a_failed_export_removes_the_images_folder_it_made(
    article: Path, outside: Outside, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = article.parent
    outside.plant(folder / "a.blogger.post.txt", "dangling")
    assert main(["export", str(article), "--format", "blogger"]) == 2  # refused before writing
    from netizen_editor.storage import atomic

    (folder / "a.blogger.post.txt").unlink()
    real = atomic._replace

    def fail_for_an_image(src: str, dst: str) -> None:
        if str(dst).endswith(".jpg"):  # after the page, the notes and a_images/ are made
            raise OSError(28, "No space left on device")
        real(src, dst)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(atomic, "_replace", fail_for_an_image)
        assert main(["export", str(article), "--format", "blogger"]) == 2
    assert {p.name for p in folder.iterdir()} == {"a.md", "foto"}
    assert "disk is full" in capsys.readouterr().err.lower()
    outside.untouched()


@pytest.mark.parametrize("several", [False, True], ids=["one article", "several articles"])
def test_an_output_folder_given_as_a_link_is_not_written_into(article, outside, several, capsys):
    """``-o keluar`` where ``keluar`` is a planted link to a folder elsewhere."""
    link = outside.plant(article.parent / "keluar", "folder")
    inputs = [article]
    if several:
        second = article.with_name("b.md")
        second.write_text("---\ntitle: Kedua\n---\nIsi kedua.\n", encoding="utf-8")
        inputs.append(second)
    assert main(["export", *map(str, inputs), "-o", str(link)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(link) in err
    outside.untouched()
