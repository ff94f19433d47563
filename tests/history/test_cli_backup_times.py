"""A copy kept before the history whose name's time is past the newsroom's calendar
(99991231T235959: 9999-12-31 23:59:59 UTC is past the calendar's end in WIB) is listed with its
UTC time; ``history`` died with OverflowError listing it (QA24 #3's class: a time read from a
file put on the newsroom's clock)."""

from __future__ import annotations

import pytest

from netizen_editor.history.cli import history_main
from netizen_editor.storage.backups import BackupStore
from netizen_editor.storage.datadirs import DATA_ENV, backup_dir
from tests.history.test_cli_backups import BEFORE, settings  # noqa: F401 - fixture

LAST_NAME = "99991231T235959.000000000Z.md"


@pytest.mark.usefixtures("settings")
def test_a_copy_named_at_the_calendars_end_is_listed_in_utc(article, tmp_path, monkeypatch,
                                                           capsys):  # fmt: skip
    monkeypatch.setenv(DATA_ENV, str(tmp_path / "data"))
    path, _text, _id = article
    folder = BackupStore(backup_dir()).folder_for(path)
    folder.mkdir(parents=True)
    (folder / LAST_NAME).write_text(BEFORE, encoding="utf-8")
    code = history_main([str(path), "--settings", str(tmp_path / "settings.toml")])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.split("  ")[:3] == [
        "backup-99991231T235959.000000000Z", "9999-12-31T23:59:59+00:00", "backup"]  # fmt: skip
