"""A command whose output cannot be written (a full disk under a cron job's ``> report.txt``,
stdout closed) says so in one line and exits 2, never 1 (``check``'s "errors found",
``review``'s "some marks") and never with a traceback; a reader that closes the pipe (``|
head``) is no failure. Real processes: the failure is the process's own stdout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netizen_editor.history.store import History

ARTICLE = "---\ntitle: Judul\nid: a1\n---\nIsi berita {++baru++}.\n"
#: commands that print something (a finding, a mark, an article, a template's name)
PRINTING = [
    ["check", "a.md"],
    ["check", "a.md", "--format", "json"],
    ["review", "a.md"],
    ["new"],
    ["new", "--list-templates"],
    ["desk", ".", "--format", "json"],
    ["desk", ".", "--format", "text"],
    ["history", "a.md"],
    ["history", "a.md", "--format", "json"],
    ["history", "a.md", "--show", "v1"],
    ["history", "a.md", "--diff", "v1"],
    ["history", "b.md", "--format", "json"],  # no id: no history, the list []
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "en"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: Judul\n---\nIsi berita.\n", encoding="utf-8")
    kept = History(tmp_path, "a1").keep("---\nid: a1\n---\nDulu.\n", "save").version
    assert kept is not None
    (tmp_path / "v1").write_text(kept.id, encoding="utf-8")  # the version --show and --diff name
    return tmp_path


def with_version(folder: Path, argv: list[str]) -> list[str]:
    """``argv`` with ``v1`` as the id of the version the fixture kept."""
    return [(folder / "v1").read_text() if arg == "v1" else arg for arg in argv]


def run(folder: Path, argv: list[str], stdout: str) -> subprocess.CompletedProcess[str]:
    """``netizen-editor ARGV`` in ``folder`` with stdout ``full`` (/dev/full), ``closed``
    (``>&-``) or ``pipe``."""
    command = [sys.executable, "-m", "netizen_editor", *with_version(folder, argv)]
    env = {
        **os.environ,
        "NETIZEN_EDITOR_CONFIG_DIR": str(folder / "config"),
        "NETIZEN_EDITOR_DATA_DIR": str(folder / "data"),
        "NETIZEN_EDITOR_CACHE_DIR": str(folder / "cache"),
    }
    if stdout == "closed":
        command = ["sh", "-c", 'exec "$@" >&-', "sh", *command]
    with open("/dev/full" if stdout == "full" else os.devnull, "w") as full:
        return subprocess.run(
            command,
            cwd=folder,
            env=env,
            stdout=full if stdout == "full" else subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )


needs_dev_full = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")


@needs_dev_full
@pytest.mark.parametrize("stdout", ["full", "closed"])
@pytest.mark.parametrize("argv", PRINTING, ids=" ".join)
def test_output_that_cannot_be_written_is_one_line_and_exit_2(folder, argv, stdout):
    result = run(folder, argv, stdout)
    assert "Traceback" not in result.stderr
    reason = "no space left on the disk" if stdout == "full" else "stdout is closed"
    assert result.stderr.splitlines()[-1] == f"netizen-editor: cannot write the output: {reason}"
    assert result.returncode == 2


@pytest.mark.parametrize("argv", PRINTING, ids=" ".join)
def test_a_reader_that_closes_the_pipe_is_no_failure(folder, argv):
    command = [sys.executable, "-m", "netizen_editor", *with_version(folder, argv)]
    env = {**os.environ, "NETIZEN_EDITOR_CONFIG_DIR": str(folder / "config")}
    with subprocess.Popen(command, cwd=folder, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as process:  # fmt: skip
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # "| head -0": gone before the command writes
        err = process.stderr.read()
        code = process.wait(timeout=120)
    assert "Traceback" not in err
    assert "cannot write" not in err
    assert code == (1 if argv[0] in ("check", "review") else 0)  # a.md has an error, a mark


@needs_dev_full
@pytest.mark.parametrize("stdout", ["full", "closed"])
def test_commands_that_print_nothing_on_stdout_do_not_need_it(folder, stdout):
    (folder / "rilis.txt").write_text("Jakarta - Rilis pers.\n", encoding="utf-8")
    for argv in (["export", "b.md", "-o", "keluar/"], ["import", "rilis.txt"]):
        result = run(folder, argv, stdout)
        assert (result.returncode, "Traceback" in result.stderr) == (0, False), result.stderr
