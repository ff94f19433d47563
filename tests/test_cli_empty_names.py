"""An empty FILE, FOLDER or OUT (``"$FOLDER"`` with the variable unset) is a usage error, exit
2 (QA29 L2): ``desk ''`` listed the current folder, ``check ''`` checked it, ``export ''``
ended in a traceback and ``export a.md -o ''`` wrote beside the article."""

from __future__ import annotations

import pytest

from netizen_editor.cli import main


@pytest.fixture(autouse=True)
def isolated(cli_folder, tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text("---\ntitle: Judul\n---\nIsi berita.\n", encoding="utf-8")
    (tmp_path / "rilis.txt").write_text("Jakarta - Rilis pers.\n", encoding="utf-8")
    from netizen_editor.gui import app

    opened: list[str] = []  # never a window: a test that failed would wait on it for ever
    monkeypatch.setattr(app, "run", lambda files, desk=None: opened.append(desk or files) or 0)


@pytest.mark.parametrize(
    ("argv", "argument"),
    [
        (["desk", "", "--format", "json"], "FOLDER"),
        (["desk", ""], "FOLDER"),
        (["check", "a.md", ""], "FILE"),
        (["review", ""], "FILE"),
        (["review", "a.md", "--accept-all", "-o", ""], "-o/--output"),
        (["history", ""], "FILE"),
        (["import", ""], "FILE"),
        (["import", "rilis.txt", "-o", ""], "-o/--output"),
        (["export", ""], "FILE"),
        (["export", "a.md", "-o", ""], "-o/--output"),
        (["new", "-o", ""], "-o/--output"),
        (["export", "a.md", "--settings", ""], "--settings"),
        ([""], "FILE"),  # the window's
    ],
    ids=repr,
)
def test_an_empty_name_is_a_usage_error(tmp_path, capsys, argv, argument):
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr()
    assert err.out == ""
    assert err.err.splitlines()[-1].endswith(
        f": kesalahan: argumen {argument}: nama kosong (variabel shell belum diisi?)"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written
