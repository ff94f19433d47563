"""The set-up scripts say what they are doing: installing PySide6 must not look like a hang."""

from __future__ import annotations

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
