"""The history at a save: the id the editor adds before the first save, and the Document's save
keeping the written text as a version, never failing because of the history."""

from __future__ import annotations

from pathlib import Path

import pytest

from netizen_editor.document import Document, to_editor_text
from netizen_editor.history.article_id import article_id
from netizen_editor.history.saving import Keeper, id_edit
from netizen_editor.history.store import History
from netizen_editor.storage.backups import BackupStore
from tests.history.conftest import ARTICLE

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def backups(tmp_path: Path) -> BackupStore:
    return BackupStore(tmp_path / "data" / "backups")


def _new_article(tmp_path: Path) -> tuple[Document, Path, str]:
    path = tmp_path / "desk" / "banjir.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text(ARTICLE, encoding="utf-8")
    document, text = Document.open(path)
    edit = id_edit(text)
    assert edit is not None
    return document, path, edit.apply(text)


def test_the_id_edit_adds_one_line_once():
    edit = id_edit(ARTICLE)
    assert edit is not None
    text = edit.apply(ARTICLE)
    found = article_id(text)
    assert found is not None and text.replace(f"id: {found}\n", "") == ARTICLE
    assert id_edit(text) is None


def test_a_save_with_a_keeper_keeps_the_written_text(tmp_path, backups):
    document, path, text = _new_article(tmp_path)
    result = document.save(text, backups, history=Keeper("Bambang", "WIT"))
    assert result.ok and result.version_id and not result.history_problem
    history = History(path.parent, article_id(text) or "")
    version = history.versions().versions[0]
    assert (version.id, version.author, version.reason) == (result.version_id, "Bambang", "save")
    assert version.time.endswith("+09:00")
    assert history.read(version.id)[1] == path.read_text(encoding="utf-8") == text


def test_crlf_files_keep_their_line_ends_in_the_version(tmp_path, backups):
    path = tmp_path / "crlf.md"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode())
    document, disk = Document.open(path)
    text = to_editor_text(disk)  # the editor's text has "\n" line ends
    edit = id_edit(text)
    assert edit is not None
    text = edit.apply(text)
    result = document.save(text, backups, history=Keeper("Bambang"))
    _info, kept = History(tmp_path, article_id(text) or "").read(result.version_id)
    assert kept.encode() == path.read_bytes()


def test_a_history_that_cannot_be_written_never_stops_the_save(tmp_path, backups):
    document, path, text = _new_article(tmp_path)
    (path.parent / ".netizen").symlink_to(tmp_path, target_is_directory=True)
    result = document.save(text, backups, history=Keeper("Bambang"))
    assert result.ok and path.read_text(encoding="utf-8") == text
    assert result.version_id == "" and "link" in result.history_problem


def junk_newest(history: History) -> Path:
    """A file that is no version named as the newest (now, by the real clock a keep goes by):
    the one whose header a keep reads."""
    import datetime as dt

    from netizen_editor.history.version_file import SUFFIX

    history.path.mkdir(parents=True, exist_ok=True)
    when = dt.datetime.now(dt.UTC)
    junk = history.path / (when.strftime("%Y%m%dT%H%M%S%fZ") + "-save-00000000" + SUFFIX)
    junk.write_text("sampah\n", encoding="utf-8")
    return junk


def test_a_file_beside_that_cannot_be_read_is_a_warning_not_a_failed_keep(tmp_path, backups):
    """QA35 #10: the junk file's problem was the keep's, "no version kept" (the export: "its
    version of this export was not kept"), while the version was kept."""
    document, path, text = _new_article(tmp_path)
    history = History(path.parent, article_id(text) or "")
    junk = junk_newest(history)
    kept = Keeper("Bambang").keep(path, text, "export")
    assert kept.version_id and kept.problem == ""
    assert kept.warnings == (f"{junk}: not a version file of Netizen Editor",)
    junk_newest(history)  # newer than the export's
    result = document.save(text + "Lagi.\n", backups, history=Keeper("Bambang"))
    assert result.ok and result.version_id and result.history_problem == ""
    assert [v.id for v in history.versions().versions] == [result.version_id, kept.version_id]


def test_without_an_id_or_a_keeper_no_history_is_kept(tmp_path, backups):
    path = tmp_path / "tanpa-id.md"
    path.write_text(ARTICLE, encoding="utf-8")
    document, text = Document.open(path)
    assert document.save(text + "x", backups, history=Keeper()).version_id == ""
    assert document.save(text + "y", backups).version_id == ""
    assert not (tmp_path / ".netizen").exists()


def test_an_overwrite_keeps_the_text_changed_elsewhere_first(tmp_path, backups):
    document, path, text = _new_article(tmp_path)
    document.save(text, backups, history=Keeper("Bambang"))
    theirs = text.replace("Banjir", "Banjir besar")  # a shell changed the file
    assert theirs != text
    path.write_text(theirs, encoding="utf-8")
    mine = text + "Versi saya.\n"
    assert document.save(mine, backups, history=Keeper("Bambang")).outcome == "conflict"
    result = document.save(mine, backups, overwrite=True, history=Keeper("Bambang"))
    assert result.ok and result.replaced_version_id and not result.history_problem
    history = History(path.parent, article_id(text) or "")
    newest, kept = history.versions().versions[:2]
    assert (newest.reason, newest.author) == ("save", "Bambang")
    assert (kept.id, kept.reason, kept.author) == (result.replaced_version_id, "overwritten",
                                                   "unknown")  # fmt: skip
    assert history.read(kept.id)[1] == theirs


def test_an_overwrite_without_a_change_on_disk_keeps_nothing_more(tmp_path, backups):
    document, path, text = _new_article(tmp_path)
    document.save(text, backups, history=Keeper("Bambang"))
    result = document.save(text + "x", backups, overwrite=True, history=Keeper("Bambang"))
    assert result.ok and result.replaced_version_id == ""
    reasons = [v.reason for v in History(path.parent, article_id(text) or "").versions().versions]
    assert "overwritten" not in reasons


def test_a_text_reloaded_then_written_over_is_kept_once(tmp_path, backups):
    document, path, text = _new_article(tmp_path)
    document.save(text, backups, history=Keeper("Bambang"))
    theirs = text + "Dari luar.\n"
    path.write_text(theirs, encoding="utf-8")
    assert document.reload().text == theirs
    first = document.save(text + "Saya.\n", backups, history=Keeper("Bambang"))  # after Undo
    assert first.replaced_version_id
    second = document.save(text + "Saya lagi.\n", backups, history=Keeper("Bambang"))
    assert second.ok and second.replaced_version_id == ""  # it wrote what is there now
    history = History(path.parent, article_id(text) or "")
    assert [v.reason for v in history.versions().versions].count("overwritten") == 1


def test_a_colleague_s_save_already_in_the_history_is_not_kept_again(tmp_path, backups):
    document, path, text = _new_article(tmp_path)
    document.save(text, backups, history=Keeper("Bambang"))
    theirs = text + "Versi Rina.\n"  # Rina saved through the app: her save is a version
    path.write_text(theirs, encoding="utf-8")
    Keeper("Rina").keep(path, theirs)
    result = document.save(text + "Versi saya.\n", backups, overwrite=True,
                           history=Keeper("Bambang"))  # fmt: skip
    assert result.ok and result.replaced_version_id == ""
    history = History(path.parent, article_id(text) or "")
    assert [(v.reason, v.author) for v in history.versions().versions] == [
        ("save", "Bambang"), ("save", "Rina"), ("save", "Bambang")]  # fmt: skip
