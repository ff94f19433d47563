"""A story of more one-line blocks than the export takes (``MAX_BLOCKS``) is refused by the
export, ``check`` and the desk's checks before its blocks are read one by one (QA35 #12:
5,000,000 lines of ``***``, 19 MB, took ``export`` 54 s and 2.6 GB, ``check`` 59 s, ``desk
--checks`` 59 s, before "about 5000000 paragraphs and other blocks" refused it)."""

from __future__ import annotations

import pytest

from netizen_editor.cli import main
from netizen_editor.desk.checks import DeskChecks
from netizen_editor.publish.mdext.budget import MAX_BLOCKS
from netizen_editor.settings import Settings
from tests.grammar.test_block_count import blocks_made  # noqa: F401 (a fixture)

LINES = 200_000
#: the body starts on line 4 (the blank line under the front matter)
STORY = "---\ntitle: Uji\n---\n\n" + "***\n" * LINES


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    from netizen_editor import i18n

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "en"\n')
    monkeypatch.setattr(i18n, "_language", i18n.language())  # a command sets it: put it back


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "garis.md"
    path.write_text(STORY, encoding="utf-8")
    return path


REFUSAL = f"about {LINES} paragraphs and other blocks; at most {MAX_BLOCKS} are exported"


def test_check_refuses_it_before_the_blocks_are_read(story, blocks_made, capsys):  # noqa: F811
    assert main(["check", str(story)]) == 2
    assert capsys.readouterr().err.splitlines() == [f"{story}:4: {REFUSAL}"]
    assert blocks_made[0] <= MAX_BLOCKS  # the old code made all 200,000


def test_the_export_refuses_it_before_the_blocks_are_read(story, tmp_path, blocks_made, capsys):  # noqa: F811
    assert main(["export", str(story), "-o", str(tmp_path / "keluar") + "/"]) == 2
    assert f"{story}:4: {REFUSAL}" in capsys.readouterr().err.splitlines()
    assert blocks_made[0] <= MAX_BLOCKS
    assert not (tmp_path / "keluar" / "garis.html").exists()


def test_the_desk_counts_it_one_error_without_running_the_checks(story, blocks_made):  # noqa: F811
    checks = DeskChecks(Settings())
    assert checks.count(STORY, story, None) == (1, 0)
    assert blocks_made[0] <= MAX_BLOCKS


def test_a_story_of_as_many_blocks_as_the_export_takes_is_checked(tmp_path, capsys):
    path = tmp_path / "batas.md"
    path.write_text("---\ntitle: Uji\n---\n\n" + "***\n" * MAX_BLOCKS, encoding="utf-8")
    assert main(["check", str(path)]) in (0, 1)  # checked: findings, no refusal
    assert capsys.readouterr().err == ""


def test_check_refuses_a_chunk_of_definitions_before_it_reads_them(tmp_path, blocks_made, capsys):  # noqa: F811
    # reference definitions with no blank line between them are one chunk, read into blocks
    # where it ends: 557,729 of them (a 20 MB story, the size limit) held check 10 s
    path = tmp_path / "rujukan.md"
    lines = "".join(f"[r{k}]: https://contoh.id/{k}\n" for k in range(MAX_BLOCKS + 10_000))
    path.write_text("---\ntitle: Uji\n---\n\n" + lines, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    (refusal,) = capsys.readouterr().err.splitlines()
    assert refusal.startswith(f"{path}:4: about ")
    assert refusal.endswith(f"paragraphs and other blocks; at most {MAX_BLOCKS} are exported")
    assert blocks_made[0] <= MAX_BLOCKS  # the old code made all 60,000
