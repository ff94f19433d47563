"""``netizen-editor check`` and ``review`` on a FILE that is a link leading outside its own
folder: not read, bad input (exit 2); a link within the folder is read."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from netizen_editor.cli import main

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges"),
    pytest.mark.usefixtures("cli_in_english"),
]

ARTICLE = "---\ntitle: Banjir surut\n---\n\nBanjir {++surut++} pada Sabtu.\n"


def planted(tmp_path: Path) -> tuple[Path, Path]:
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    desk = tmp_path / "desk"
    desk.mkdir()
    link = desk / "berita.md"
    link.symlink_to(secret)
    return link, secret


def test_check_refuses_a_link_out_of_its_folder_and_checks_the_rest(tmp_path, capsys):
    link, secret = planted(tmp_path)
    good = link.with_name("asli.md")
    good.write_text(ARTICLE, encoding="utf-8")
    inside = link.with_name("sama.md")
    inside.symlink_to("asli.md")
    assert main(["check", str(link), str(inside)]) == 2
    out, err = capsys.readouterr()
    # the documented FILE:LINE: message of bad input
    assert f"{link}:1: a link to a file outside its folder ({secret}); not read" in err
    assert "root:x" not in out + err and str(inside) not in err
    assert f"{inside}:1:1: " in out  # the link within the folder is checked


def test_review_refuses_a_link_out_of_its_folder(tmp_path, capsys):
    link, secret = planted(tmp_path)
    assert main(["review", str(link)]) == 2
    out, err = capsys.readouterr()
    assert f"{link}: a link to a file outside its folder ({secret}); not read" in err
    assert out == ""
    inside = link.with_name("sama.md")
    link.with_name("asli.md").write_text(ARTICLE, encoding="utf-8")
    inside.symlink_to("asli.md")
    assert main(["review", str(inside)]) == 1  # one mark
