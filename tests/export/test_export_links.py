"""``netizen-editor export FILE`` on a FILE that is a link: one leading outside its own folder
is not read (exit 2, one line naming it and its target); one within the folder is exported."""

from __future__ import annotations

import sys

import pytest

from netizen_editor.cli import main

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges"),
    pytest.mark.usefixtures("cli_in_english"),
]

ARTICLE = "---\ntitle: Banjir surut\n---\n\nBanjir surut pada Sabtu.\n"


def test_a_link_to_a_file_outside_its_folder_is_not_exported(tmp_path, capsys):
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    desk = tmp_path / "desk"
    desk.mkdir()
    link = desk / "berita.md"
    link.symlink_to(secret)
    assert main(["export", str(link)]) == 2
    err = capsys.readouterr().err
    assert f"{link}: a link to a file outside its folder ({secret}); not read" in err
    assert not (desk / "berita.html").exists()


def test_a_link_within_its_folder_is_exported(tmp_path, capsys):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "asli.md").write_text(ARTICLE, encoding="utf-8")
    link = desk / "berita.md"
    link.symlink_to("asli.md")
    assert main(["export", str(link)]) == 0
    assert "Banjir surut pada Sabtu." in (desk / "berita.html").read_text(encoding="utf-8")
