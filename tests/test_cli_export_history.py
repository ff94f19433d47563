"""``netizen-editor export`` keeps the exported text as a version of the article's history
(reason ``export``), as the window's Export does: issue 23 keeps one at every export."""

from __future__ import annotations

import pytest

from netizen_editor.cli import main
from netizen_editor.history.article_id import with_article_id
from netizen_editor.history.store import History

ARTICLE = "---\ntitle: Banjir di Jakarta\nstatus: ready\n---\n\nHujan deras semalam.\n"


@pytest.fixture(autouse=True)
def settings(tmp_path, monkeypatch):
    from netizen_editor import i18n

    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.toml").write_text(
        'ui_language = "en"\ndefault_author = "Siti Rahma"\n', encoding="utf-8"
    )
    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(config))
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_language", i18n.language())  # a command sets it: put it back


def _story(tmp_path):
    text, found = with_article_id(ARTICLE)
    assert found is not None
    desk = tmp_path / "desk"
    desk.mkdir()
    path = desk / "banjir.md"
    path.write_text(text, encoding="utf-8")
    return path, text, found


def test_an_export_keeps_the_exported_text_as_a_version(tmp_path, capsys):
    path, text, found = _story(tmp_path)
    assert main(["export", str(path)]) == 0
    history = History(path.parent, found)
    listing = history.versions()
    assert [(v.reason, v.author) for v in listing.versions] == [("export", "Siti Rahma")]
    assert history.read(listing.versions[0].id)[1] == text
    assert main(["export", str(path)]) == 0  # the same text again: no second version
    assert len(history.versions().versions) == 1
    assert "not kept" not in capsys.readouterr().err


def test_an_article_without_an_id_gets_none_and_its_folder_nothing(tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    path = desk / "tanpa-id.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["export", str(path)]) == 0
    assert path.read_text(encoding="utf-8") == ARTICLE  # no id added: the command reads it
    assert sorted(p.name for p in desk.iterdir()) == ["tanpa-id.html", "tanpa-id.md"]


def test_a_history_that_cannot_be_written_is_said_and_the_export_stands(tmp_path, capsys):
    path, _text, _found = _story(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (path.parent / ".netizen").symlink_to(elsewhere, target_is_directory=True)
    assert main(["export", str(path)]) == 0
    assert (path.parent / "banjir.html").is_file()
    err = capsys.readouterr().err
    assert f"{path}: its version of this export was not kept:" in err
    assert list(elsewhere.iterdir()) == []  # never through the link


def test_a_file_beside_the_version_that_cannot_be_read_is_a_warning(tmp_path, capsys):
    """QA35 #10: a junk file (a FIFO, a folder) named as the newest version made the export say
    "its version of this export was not kept: <junk>: not a version file" while it was kept."""
    from tests.history.test_saving import junk_newest

    path, _text, found = _story(tmp_path)
    history = History(path.parent, found)
    junk = junk_newest(history)
    assert main(["export", str(path)]) == 0
    err = capsys.readouterr().err
    assert f"{path}: warning: {junk}: not a version file of Netizen Editor\n" in err
    assert "not kept" not in err
    assert [v.reason for v in history.versions().versions] == ["export"]
