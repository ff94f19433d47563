"""The text a save replaces is kept in the history only as it is in the story's own file: a
link swapped in for the file between the save's look and its read is not read through (the
text it leads to, a file elsewhere, never lands in the story's history)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from netizen_editor.document import Document
from netizen_editor.history.article_id import article_id
from netizen_editor.history.saving import Keeper, id_edit
from netizen_editor.history.store import History
from netizen_editor.storage.backups import BackupStore
from tests.history.conftest import ARTICLE

pytestmark = [
    pytest.mark.usefixtures("english"),
    pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges"),
]


def test_a_link_swapped_in_just_after_the_look_is_not_read_into_the_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk" / "banjir.md"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    document, text = Document.open(path)
    edit = id_edit(text)
    assert edit is not None
    text = edit.apply(text)
    backups = BackupStore(tmp_path / "data" / "backups")
    assert document.save(text, backups, history=Keeper("Bambang")).ok
    elsewhere = tmp_path / "private" / "gaji.md"
    elsewhere.parent.mkdir()
    elsewhere.write_text("---\ntitle: Gaji\n---\n\nDaftar gaji rahasia.\n", encoding="utf-8")
    path.unlink()
    path.symlink_to(elsewhere)
    # the swap lands just after the save looked: the look sees no link
    monkeypatch.setattr(Path, "is_symlink", lambda self: False)
    result = document.save(text + "Versi saya.\n", backups, overwrite=True,
                           history=Keeper("Bambang"))  # fmt: skip
    assert result.ok and not result.replaced_version_id
    history = History(path.parent, article_id(text) or "")
    kept = [history.read(v.id)[1] for v in history.versions().versions]
    assert not any("rahasia" in version for version in kept)
