"""The set-up scripts say what they are doing: installing PySide6 must not look like a hang."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_python_setup_announces_the_long_install_and_shows_pips_progress(tmp_path):
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup-python.sh", tmp_path / "scripts")
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    fake = tmp_path / ".venv" / "bin" / "python"
    fake.parent.mkdir(parents=True)
    fake.write_text('#!/bin/sh\necho "PIP-ARGS $*"\n', encoding="utf-8")
    fake.chmod(0o755)
    run = subprocess.run(["bash", "scripts/setup-python.sh"], cwd=tmp_path, capture_output=True,
                         text=True, timeout=60)  # fmt: skip
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "Installing Netizen Editor and its libraries" in out
    assert "several minutes" in out and "Python set-up done." in out
    pip = next(line for line in out.splitlines() if line.startswith("PIP-ARGS"))
    assert "--progress-bar on" in pip and "--quiet" not in pip  # pip's downloads are shown
    again = subprocess.run(["bash", "scripts/setup-python.sh"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=60)  # fmt: skip
    assert again.stdout == ""  # set up already: a normal start says nothing


def _project(tmp_path: Path) -> None:
    """The script and pyproject.toml in ``tmp_path``, with a venv whose python notes its
    arguments in ran.txt."""
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "setup-python.sh", tmp_path / "scripts")
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    os.utime(tmp_path / "pyproject.toml", (1_700_000_000, 1_700_000_000))  # an older checkout
    fake = tmp_path / ".venv" / "bin" / "python"
    fake.parent.mkdir(parents=True)
    fake.write_text(f'#!/bin/sh\necho "$*" >> {tmp_path / "ran.txt"}\n', encoding="utf-8")
    fake.chmod(0o755)


def _setup(tmp_path: Path, *extras: str) -> list[str]:
    """Run setup-python.sh (with a stand-in for the venv's python) and return what it ran."""
    log = tmp_path / "ran.txt"
    log.unlink(missing_ok=True)
    run = subprocess.run(["bash", "scripts/setup-python.sh", *extras], cwd=tmp_path,
                         capture_output=True, text=True, timeout=60)  # fmt: skip
    assert run.returncode == 0, run.stderr
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_a_second_set_up_installs_nothing_when_its_extras_are_installed(tmp_path):
    # run.sh after test.sh ran pip again, which needs the network (QA22 #11)
    _project(tmp_path)
    assert _setup(tmp_path, "test,packaging")[0].endswith("-e .[test,packaging]")
    assert _setup(tmp_path) == []  # run.sh: the base is in
    assert _setup(tmp_path, "test") == []
    assert _setup(tmp_path, "bench")[0].endswith("-e .[bench]")  # one not installed yet
    assert _setup(tmp_path, "test,packaging") == []  # ...and the earlier ones stay
    with (tmp_path / "pyproject.toml").open("a", encoding="utf-8") as file:
        file.write("\n# changed\n")
    assert _setup(tmp_path)[0].endswith("-e .")  # a new pyproject.toml: installed again
    assert _setup(tmp_path, "test")[0].endswith("-e .[test]")


def test_an_earlier_set_ups_stamp_counts(tmp_path):
    """A venv set up before the stamp held pyproject.toml's checksum is not installed again."""
    _project(tmp_path)
    (tmp_path / ".venv" / ".installed-test,packaging").touch()
    assert _setup(tmp_path) == []
    assert _setup(tmp_path, "test") == []
