"""The Document (no Qt): opening, saving with the disk check, backups, reload, recovery."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from netizen_editor import document as document_module
from netizen_editor import i18n
from netizen_editor.document import DiskState, Document, Outcome, to_editor_text
from netizen_editor.storage import reading
from netizen_editor.storage.atomic import SaveError
from netizen_editor.storage.backups import BackupStore
from netizen_editor.storage.reading import ReadError
from netizen_editor.storage.recovery import RecoveryItem
from tests.samples import TEST_ARTICLE


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch):
    monkeypatch.setattr(i18n, "_language", "en")


@pytest.fixture
def backups(tmp_path: Path) -> BackupStore:
    return BackupStore(tmp_path / "backups")


def open_for_editing(path: Path) -> tuple[Document, str]:
    """What the window does: the document, and the text as the editor holds it."""
    document, text = Document.open(path)
    return document, to_editor_text(text)


@pytest.mark.parametrize(
    "raw",
    [
        TEST_ARTICLE.encode(),
        TEST_ARTICLE.replace("\n", "\r\n").encode(),
        b"\xef\xbb\xbf" + TEST_ARTICLE.encode(),
        "Harga\u00a0Rp\u00a010.000 \u2028tanpa baris akhir".encode(),
        b"",
    ],
    ids=["lf", "crlf", "bom", "nbsp-no-final-newline", "empty"],
)
def test_open_and_save_round_trip_byte_for_byte(tmp_path, backups, raw):
    path = tmp_path / "artikel.md"
    path.write_bytes(raw)
    document, text = open_for_editing(path)
    document.set_dirty(True)
    result = document.save(text, backups)
    assert result.outcome is Outcome.SAVED and result.path == path
    assert path.read_bytes() == raw
    assert not document.dirty and document.save_state() == "saved"


def test_edits_keep_the_files_line_endings(tmp_path, backups):
    path = tmp_path / "crlf.md"
    path.write_bytes(b"Satu\r\nDua\r\n")
    document, text = open_for_editing(path)
    assert document.newline == "\r\n" and text == "Satu\nDua\n"
    document.save(text + "Tiga", backups)
    assert path.read_bytes() == b"Satu\r\nDua\r\nTiga"


def test_a_failed_save_changes_nothing_and_says_why(article_file, backups, monkeypatch):
    document, text = open_for_editing(article_file)
    document.note_edit()
    document.set_dirty(True)

    def full_disk(path, text, bom=False):
        raise SaveError(path, f"The disk is full: could not save {path}")

    monkeypatch.setattr(document_module, "write_article_file", full_disk)
    result = document.save(text + "Kalimat penting.", backups)
    assert result.outcome is Outcome.FAILED and "The disk is full" in result.message
    assert article_file.read_text(encoding="utf-8") == TEST_ARTICLE
    assert document.dirty and document.save_state() == "unsaved"
    monkeypatch.undo()
    assert document.save(text + "Kalimat penting.", backups).ok
    assert article_file.read_text(encoding="utf-8").endswith("Kalimat penting.")
    assert not document.dirty


def test_a_plain_os_error_is_a_message_with_the_file(article_file, backups, monkeypatch):
    document, text = open_for_editing(article_file)

    def broken(path, text, bom=False):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(document_module, "write_article_file", broken)
    result = document.save(text, backups)
    assert result.message == f"permission denied: {article_file}"  # plain_reason's words


def test_saving_over_a_file_changed_on_disk_is_a_conflict(article_file, backups):
    document, text = open_for_editing(article_file)
    article_file.write_text(TEST_ARTICLE + "Versi mereka.\n", encoding="utf-8")
    result = document.save(text + "Versi saya.", backups)
    assert result.outcome is Outcome.CONFLICT
    assert article_file.read_text(encoding="utf-8").endswith("Versi mereka.\n")
    assert document.save(text + "Versi saya.", backups, overwrite=True).ok
    assert article_file.read_text(encoding="utf-8").endswith("Versi saya.")
    newest = backups.list_backups(article_file)[0]
    assert backups.read_backup(newest).endswith("Versi mereka.\n")  # theirs is kept


def test_touching_the_file_is_no_conflict(article_file, backups):
    document, text = open_for_editing(article_file)
    stat = article_file.stat()
    os.utime(article_file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert document.check_disk() is DiskState.SAME
    assert document.save(text, backups).ok


def test_keep_mine_is_not_asked_again_but_the_save_still_stops_at_their_change(
    article_file, backups
):
    document, text = open_for_editing(article_file)
    article_file.write_text(TEST_ARTICLE + "Versi mereka.\n", encoding="utf-8")
    assert document.check_disk() is DiskState.CHANGED
    document.keep_mine()
    assert document.check_disk() is DiskState.SAME  # that change is not asked about again
    assert document.save(text + "Versi saya.", backups).outcome is Outcome.CONFLICT
    assert article_file.read_text(encoding="utf-8").endswith("Versi mereka.\n")
    article_file.write_text(TEST_ARTICLE + "Versi mereka, lagi.\n", encoding="utf-8")
    assert document.check_disk() is DiskState.CHANGED  # a newer change of theirs is
    assert document.save(text + "Versi saya.", backups, overwrite=True).ok  # asked: overwrite
    assert backups.read_backup(backups.list_backups(article_file)[0]).endswith("lagi.\n")


def test_reload_reads_theirs(article_file, backups):
    document, _text = open_for_editing(article_file)
    document.set_dirty(True)
    article_file.write_bytes(b"\xef\xbb\xbfVersi mereka.\r\n")
    revision = document.revision
    result = document.reload()
    assert result.outcome is Outcome.RELOADED and result.text == "Versi mereka.\r\n"
    assert document.bom and document.newline == "\r\n" and not document.dirty
    assert document.revision > revision
    assert document.check_disk() is DiskState.SAME
    article_file.unlink()
    failed = document.reload()
    assert failed.outcome is Outcome.FAILED and "does not exist" in failed.message


def test_a_deleted_file_is_noticed_once_and_saving_writes_it_again(article_file, backups):
    document, text = open_for_editing(article_file)
    article_file.unlink()
    assert document.check_disk() is DiskState.MISSING
    assert document.disk_missing and document.dirty
    assert document.check_disk() is DiskState.SAME  # told once
    assert document.save(text, backups).ok
    assert article_file.read_text(encoding="utf-8") == TEST_ARTICLE
    assert not document.disk_missing


def test_unreadable_files_are_refused_with_the_reason(tmp_path):
    binary = tmp_path / "foto.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    with pytest.raises(ReadError) as caught:
        Document.open(binary)
    assert caught.value.kind == "binary" and "not a text file" in caught.value.message
    with pytest.raises(ReadError) as caught:
        Document.open(tmp_path / "hilang.md")
    assert caught.value.kind == "missing" and "does not exist" in caught.value.message


def test_a_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(document_module, "read_article_file",
                        lambda p: reading.read_article_file(p, max_bytes=1000))  # fmt: skip
    big = tmp_path / "besar.md"
    big.write_text("kata " * 1000, encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        Document.open(big)
    assert "too large" in caught.value.message


def test_a_copy_is_never_saved_over_its_original(tmp_path, backups):
    original = "Caf\u00e9 na\u00efve\n".encode("cp1252")
    path = tmp_path / "lama.md"
    path.write_bytes(original)
    document = Document.untitled("Caf\u00e9 na\u00efve\n", name="lama (UTF-8 copy)", original=path)
    assert document.save_state() == "untitled" and document.base_path == path
    assert document.save("x", backups).outcome is Outcome.NO_PATH
    refused = document.save("Caf\u00e9 na\u00efve\n", backups, path)
    assert refused.outcome is Outcome.PROTECTED and path.read_bytes() == original
    assert document.suggested_path(tmp_path, "", "artikel") == tmp_path / "lama-utf8.md"
    copy = tmp_path / "lama-utf8.md"
    saved = document.save("Caf\u00e9 na\u00efve\n", backups, copy)
    assert saved.ok and saved.old_path is None
    assert copy.read_text(encoding="utf-8") == "Caf\u00e9 na\u00efve\n"
    assert document.path == copy and document.untitled_name == ""
    assert path.read_bytes() == original


def test_a_read_only_text_needs_save_as(tmp_path, backups):
    document = Document.untitled("naive\n", name="lama (read-only)", read_only=True)
    assert document.save_state() == "read_only"
    assert document.save("naive\n", backups).outcome is Outcome.NO_PATH
    target = tmp_path / "baru.md"
    assert document.save("naive\n", backups, target).ok
    assert not document.read_only and document.save_state() == "saved"


def test_suggested_path_is_the_file_or_the_slug(article_file, tmp_path):
    document, _text = open_for_editing(article_file)
    assert document.suggested_path(tmp_path, "lain", "artikel") == article_file
    untitled = Document.untitled("")
    assert untitled.suggested_path(tmp_path, "judul-baru", "artikel") == tmp_path / "judul-baru.md"
    assert untitled.suggested_path(tmp_path, "", "artikel") == tmp_path / "artikel.md"


def _item(doc_id: str, path: Path | None, text: str) -> RecoveryItem:
    return RecoveryItem(
        file=Path("/nowhere.json"), session_id="s", doc_id=doc_id, path=path, text=text,
        cursor=3, time=dt.datetime.now(dt.UTC), title_hint="", saved_identity=None, bom=False,
    )  # fmt: skip


def test_restore_from_the_journal(article_file, tmp_path, backups):
    restored = Document.restore(_item("ab12", article_file, TEST_ARTICLE + "Belum disimpan.\n"))
    document = restored.document
    assert document.doc_id == "ab12" and document.path == article_file
    assert document.dirty and not restored.file_gone and not restored.unreadable
    assert document.save(TEST_ARTICLE + "Belum disimpan.\n", backups).ok  # no conflict: read now

    gone = Document.restore(_item("cd34", tmp_path / "hilang.md", "Teks.\n"))
    assert gone.file_gone and gone.document.path == tmp_path / "hilang.md"

    binary = tmp_path / "rusak.md"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    unreadable = Document.restore(_item("ef56", binary, "Teks.\n"))
    assert unreadable.unreadable and unreadable.document.path is None
    assert unreadable.document.protected_path == binary
    assert unreadable.document.save("Teks.\n", backups, binary).outcome is Outcome.PROTECTED

    untitled = Document.restore(_item("0a0b", None, "Draf.\n"))
    assert untitled.document.path is None and untitled.document.save_state() == "untitled"


def test_taking_the_disk_version_saves_over_it_without_a_conflict(article_file, backups):
    # the desk writes a status to the file and the same edit to the open tab: the tab's text
    # holds the file's change, so its save may write over it
    document, text = open_for_editing(article_file)
    article_file.write_text(TEST_ARTICLE + "Diubah meja.\n", encoding="utf-8")
    assert document.check_disk() is DiskState.CHANGED
    document.take_disk_version()
    assert document.check_disk() is DiskState.SAME
    assert document.save(text + "Diubah meja.\nLanjut.", backups).ok
