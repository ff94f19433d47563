"""Ctrl+C in a command (QA29 H2): no traceback, from the command or the desk's worker
processes; the process ends as one killed by SIGINT (the shell's 130), its workers with it, and
no half-written file is left. Real processes, and SIGINT to the whole process group, as a
terminal sends it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netizen_editor.desk.parallel import PARALLEL_AT_LEAST, cores

pytestmark = pytest.mark.skipif(os.name != "posix", reason="process groups and SIGINT")

BODY = " ".join(
    ["Pemerintah menyatakan harga bahan bakar naik pekan depan di seluruh wilayah."] * 30
)
#: generous: how long the command may take to start, and to end once interrupted
BUDGET = 120


def articles(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    names = []
    for n in range(count):
        name = f"a{n:04d}.md"
        (folder / name).write_text(f"---\ntitle: Berita {n}\n---\n{BODY}\n\n{BODY}\n")
        names.append(str(folder / name))
    return names


def start(tmp_path: Path, *argv: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "NETIZEN_EDITOR_CONFIG_DIR": str(tmp_path / "config"),
        "NETIZEN_EDITOR_DATA_DIR": str(tmp_path / "data"),
        "NETIZEN_EDITOR_CACHE_DIR": str(tmp_path / "cache"),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "netizen_editor", *argv],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own group: the test's Ctrl+C reaches it alone
    )


def interrupt(process: subprocess.Popen[str], seen: str = "") -> str:
    """Ctrl+C to the process's group once it has written ``seen`` on stderr (it is at work
    then); all it wrote on stderr."""
    assert process.stderr is not None
    err = ""
    while seen and seen not in err:
        line = process.stderr.readline()
        assert line, f"ended before it said {seen!r}: {err}"
        err += line
    os.killpg(process.pid, signal.SIGINT)
    err += process.stderr.read()
    process.wait(timeout=BUDGET)
    return err


def group_alive(group: int) -> list[str]:
    """The processes of ``group`` still running (not zombies waiting to be reaped)."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            alive.append(entry.name)
    return alive


def test_ctrl_c_in_check_ends_it_quietly_as_sigint(tmp_path):
    names = articles(tmp_path / "big", 400)
    process = start(tmp_path, "check", "hilang.md", *names)  # hilang.md: said at once
    err = interrupt(process, seen="hilang.md")
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert process.returncode == -signal.SIGINT  # the shell's 130


def test_ctrl_c_in_an_export_leaves_whole_files_and_no_temporary_one(tmp_path):
    names = articles(tmp_path / "big", 300)
    process = start(tmp_path, "export", *names, "-o", "keluar/")
    err = interrupt(process, seen="[2/300]")
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert process.returncode == -signal.SIGINT
    written = sorted(p.name for p in (tmp_path / "keluar").iterdir())
    assert written and all(name.endswith(".html") for name in written)  # no temp file
    for name in written:
        assert (tmp_path / "keluar" / name).read_text(encoding="utf-8").endswith("</html>")


@pytest.mark.skipif(cores() < 2 or not Path("/proc").is_dir(), reason="no desk workers here")
def test_ctrl_c_in_the_desk_stops_its_workers_without_a_traceback_each(tmp_path):
    articles(tmp_path / "desk", PARALLEL_AT_LEAST + 200)
    process = start(tmp_path, "desk", "desk", "--checks", "--format", "json")
    deadline = time.monotonic() + BUDGET
    while len(group_alive(process.pid)) < 2:  # its workers have started: it is at work
        assert process.poll() is None, process.communicate()[1]
        assert time.monotonic() < deadline, "no worker started"
        time.sleep(0.01)
    err = interrupt(process)
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert process.returncode == -signal.SIGINT
    while group_alive(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert group_alive(process.pid) == []  # no worker left behind
