"""``review --accept-all -o OUT`` never replaces an OUT that exists without ``--force`` (QA24
#10): it wrote over a colleague's story (one without an id: no version of it kept) with no
word, where ``import -o`` refuses an OUT that exists."""

from __future__ import annotations

import os

import pytest

from netizen_editor.cli import main
from tests.review.test_cli import ARTICLE, isolated_config  # noqa: F401 - autouse fixture

THEIRS = "---\ntitle: Colleague\n---\n\nTheir work.\n"


@pytest.fixture
def article(tmp_path, english):
    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("resolve", ["--accept-all", "--reject-all"])
def test_an_out_that_exists_is_refused_and_force_replaces_it(article, tmp_path, capsys, resolve):
    other = tmp_path / "other.md"
    other.write_text(THEIRS, encoding="utf-8")
    assert main(["review", str(article), resolve, "-o", str(other)]) == 2
    assert other.read_text(encoding="utf-8") == THEIRS
    assert capsys.readouterr().err == (
        f"{other}: already exists; not replaced (give another name with -o, or --force to "
        "replace it)\n"
    )
    assert main(["review", str(article), resolve, "-o", str(other), "--force"]) == 0
    assert "{++ pada" not in other.read_text(encoding="utf-8")
    assert article.read_text(encoding="utf-8") == ARTICLE  # the article itself untouched


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_pipe_at_out_is_refused_without_being_opened(article, tmp_path, capsys):
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    assert main(["review", str(article), "--accept-all", "-o", str(pipe)]) == 2
    assert pipe.is_fifo() and "already exists" in capsys.readouterr().err


def test_a_new_out_is_written(article, tmp_path):
    out = tmp_path / "baru.md"
    assert main(["review", str(article), "--accept-all", "-o", str(out)]) == 0
    assert "Banjir  pada Sabtu surut." in out.read_text(encoding="utf-8")
