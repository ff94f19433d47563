"""``netizen-editor history`` and the copies kept before the story had a history (the History
window's "backup (before the history)" rows): listed after the versions, shown, compared and
restored like them; a restore keeps the story's id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netizen_editor.history.cli import history_main
from netizen_editor.history.store import History
from netizen_editor.storage.backups import BackupStore
from netizen_editor.storage.datadirs import DATA_ENV, backup_dir
from tests.history.conftest import ARTICLE

#: the story before it had its id (and so a history), with its own bytes
BEFORE = ARTICLE.replace("Warga diminta waspada.", "Warga  diminta\tsiaga.") + "\n"
BACKUP_NAME = "20261205T010000.000000000Z.md"  # before the history's versions (2026-12-06)
BACKUP_ID = "backup-20261205T010000.000000000Z"


@pytest.fixture
def settings(tmp_path: Path) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text('ui_language = "en"\ndefault_author = "Siti Rahma"\ntimezone = "WIB"\n')
    return path


@pytest.fixture
def backup(article, history, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """One version in the history, and a backup from before it (and one taken since)."""
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    path, text, _id = article
    history.keep(text, "save")
    folder = BackupStore(backup_dir()).folder_for(path)
    folder.mkdir(parents=True)
    (folder / BACKUP_NAME).write_text(BEFORE, encoding="utf-8")
    (folder / "20261206T050000.000000000Z.md").write_text(text, encoding="utf-8")  # since
    return folder / BACKUP_NAME


def _run(capsys, *argv: str | Path) -> tuple[int, str, str]:
    code = history_main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_list_ends_with_the_copies_from_before_the_history(capsys, article, backup, settings):
    path, _text, _id = article
    code, out, err = _run(capsys, path, "--settings", settings)
    assert code == 0 and err == ""
    lines = [line.split("  ") for line in out.splitlines()]
    assert [line[2] for line in lines] == ["save", "backup"]  # the later backup is a version
    assert lines[1] == [BACKUP_ID, "2026-12-05T08:00:00+07:00", "backup", "14", "unknown"]


def test_the_json_list_has_the_copies_with_the_same_fields(capsys, article, backup, settings):
    path, _text, _id = article
    code, out, _err = _run(capsys, path, "--format", "json", "--settings", settings)
    assert code == 0
    data = json.loads(out)
    assert [v["reason"] for v in data] == ["save", "backup"]
    assert all(set(v) == {"id", "time", "author", "reason", "words"} for v in data)
    assert data[1] == {"id": BACKUP_ID, "time": "2026-12-05T08:00:00+07:00", "author": None,
                       "reason": "backup", "words": 14}  # fmt: skip


def test_a_copy_shows_and_compares_like_a_version(capsysbinary, article, backup, settings):
    path, _text, _id = article
    assert history_main([str(path), "--show", "backup-2026", "--settings", str(settings)]) == 0
    assert capsysbinary.readouterr().out == BEFORE.encode()
    assert history_main([str(path), "--diff", BACKUP_ID, "--settings", str(settings)]) == 0
    out = capsysbinary.readouterr().out.decode()
    assert out.startswith("+ id: ")
    assert "diminta[-\tsiaga-]{+ waspada+}." in out


def test_restoring_a_copy_without_an_id_keeps_the_storys_id(capsys, article, backup, settings):
    """The copy has no id line: the restored file gets the story's (one line added, every other
    byte the copy's), so the story's history (and its post) stays its own."""
    path, _text, found = article
    code, _out, err = _run(capsys, path, "--restore", BACKUP_ID, "--settings", settings)
    assert code == 0 and "restored" in err
    restored = path.read_text(encoding="utf-8")
    assert restored.replace(f"id: {found}\n", "", 1) == BEFORE
    assert History(path.parent, found).versions().versions[0].reason == "restore"
    code, out, _err = _run(capsys, path, "--settings", settings)
    assert code == 0 and len(out.splitlines()) >= 2  # the history is still the story's


def test_restoring_a_version_with_another_id_keeps_the_storys(capsys, article, history, settings):
    path, text, found = article
    other = text.replace(found, "another-story-id").replace("waspada", "siaga")
    version = history.keep(other, "import").version
    code, _out, _err = _run(capsys, path, "--restore", version.id, "--settings", settings)
    assert code == 0
    assert path.read_text(encoding="utf-8") == other.replace("another-story-id", found)
