"""Every message of the storage (opening, saving, locks, crash recovery) has its Indonesian
text, and the user reads it in the language: a save that failed, a draft taken by another
window, ``netizen-editor new -o`` into a folder that is not there."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from netizen_editor.storage.atomic import SaveError, atomic_write_text, save_error
from netizen_editor.storage.journal import Journal
from netizen_editor.storage.recovery import ClaimError, claim, find_recoverable
from tests.messages import CORE, tr_calls, untranslated


def test_every_message_of_the_storage_has_an_indonesian_text():
    literals, computed = tr_calls(CORE / "storage")
    assert "The folder {folder} does not exist, so {path} was not saved" in literals
    assert "The draft '{title}' was already restored or discarded in another window" in literals
    # tomllib's own sentences are catalog keys (test_tomls_own_messages_read_in_indonesian)
    assert {c.rsplit(":", 1)[0] for c in computed} <= {"netizen_editor/storage/toml_file.py"}
    assert untranslated(literals) == []


@pytest.mark.parametrize(
    ("toml", "shown"),
    [
        ("a = [1, 2\n", "daftar ('[') belum ditutup"),
        ("a = besar\n", "nilai tidak sah (teks perlu diapit tanda kutip)"),
        ("a = 1\na = 2\n", "nilai tidak boleh diberikan dua kali"),
        ("[t]\n[t]\n", "t diberikan dua kali"),
        ("[a.b]\n[a.b]\n", "a.b diberikan dua kali"),
        ('a = "x\n', "karakter yang tidak boleh di sini: '\\n'"),
        ("a b = 1\n", "tanda '=' tidak ada sesudah kunci"),
        ("a = 1 2\n", "ada sesuatu sesudah nilai di barisnya"),
        ('a = "\x07"\n', "karakter yang tidak boleh di sini: "),
    ],
)
def test_tomls_own_messages_read_in_indonesian(indonesian, toml, shown):
    """A house style or settings file with a mistake says what it is in the user's language
    (tomllib's English read "TOML rusak: Invalid value")."""
    from netizen_editor.errors import NetizenError
    from netizen_editor.storage.toml_file import parse_toml

    with pytest.raises(NetizenError) as raised:
        parse_toml(toml, "gaya", error=NetizenError)
    assert raised.value.message.startswith("TOML rusak: " + shown), raised.value.message


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        (errno.EACCES, "Akses ditolak: Anda tidak diizinkan menulis ke folder {folder}, jadi "
                       "{path} tidak disimpan"),
        (errno.ENOSPC, "Disk penuh: {path} tidak dapat disimpan"),
        (errno.EROFS, "Disk ini hanya-baca: {path} tidak dapat disimpan"),
        (errno.ENOENT, "Folder {folder} tidak ada, jadi {path} tidak disimpan"),
        (errno.ENAMETOOLONG, "Nama berkas terlalu panjang: {path} tidak dapat disimpan"),
    ],
)  # fmt: skip
@pytest.mark.usefixtures("indonesian")
def test_a_failed_save_is_told_in_indonesian(tmp_path: Path, code: int, shown: str) -> None:
    folder = tmp_path / "liputan"
    path = folder / "artikel.md"
    error = save_error(path, OSError(code, "x"))
    assert error.message == shown.format(folder=folder, path=path)


def test_a_folder_that_was_never_made_is_said_not_to_exist(tmp_path: Path) -> None:
    """The same sentence for a folder that went away and one that never was (English)."""
    path = tmp_path / "belum-dibuat" / "artikel.md"
    with pytest.raises(SaveError) as caught:
        atomic_write_text(path, "teks")
    assert caught.value.message == (
        f"The folder {path.parent} does not exist, so {path} was not saved"
    )


def test_new_into_a_folder_that_is_not_there_is_told_in_indonesian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from netizen_editor import i18n
    from netizen_editor.cli import main

    monkeypatch.setattr(i18n, "_language", "en")  # the command sets it: no settings, Indonesian
    monkeypatch.chdir(tmp_path)
    assert main(["new", "-o", "nodir/x.md"]) == 2
    folder, path = Path("nodir"), Path("nodir") / "x.md"
    assert capsys.readouterr().err == (
        f"{path}: Folder {folder} tidak ada, jadi {path} tidak disimpan\n"
    )
    assert not (tmp_path / "nodir").exists()


@pytest.mark.usefixtures("indonesian")
def test_a_draft_another_window_took_is_told_in_indonesian(tmp_path: Path) -> None:
    root = tmp_path / "journal"
    old = Journal(root)
    old.write(Journal.new_doc_id(), "", path=Path("/x/a.md"), cursor=0, saved_identity=None)
    old.lock.path.unlink()  # the window crashed
    [item] = find_recoverable(root)
    assert item.title_hint == ""
    claim(item, Journal(root))
    with pytest.raises(ClaimError) as caught:
        claim(item, Journal(root))  # the other window was first
    assert str(caught.value) == ("Draf 'Tanpa judul' sudah dipulihkan atau dibuang di jendela lain")
