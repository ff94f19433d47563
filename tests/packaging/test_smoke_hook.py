"""The start-up smoke check (``NETIZEN_EDITOR_SMOKE=1``) from a source checkout: the same
check the frozen bundle runs in test_bundle.py, so a failure there is the bundle's fault."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETIZEN_EDITOR_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        NETIZEN_EDITOR_SMOKE="1",
        NETIZEN_EDITOR_DATA_DIR=str(tmp_path / "data"),
        NETIZEN_EDITOR_CONFIG_DIR=str(tmp_path / "config"),
        **extra,
    )
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
    return env


def _start(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netizen_editor"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=_env(tmp_path, **extra),
    )


def test_reports_the_painted_title_and_exits_0(tmp_path: Path) -> None:
    result = _start(tmp_path)
    lines = [line for line in result.stdout.splitlines() if line.startswith("SMOKE")]
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert len(lines) == 1, lines
    assert lines[0].startswith('SMOKE OK title="Pertemuan Putin dan Kim Jong Un')
    seconds = float(lines[0].rsplit("first_paint_s=", 1)[1].split()[0])
    assert 0 < seconds < 60
    # the app's own PySide start set-up came before PySide (python -m netizen_editor's order)
    assert lines[0].endswith(" pyside_start=stub+noscan")


def test_reports_a_failure_and_exits_1_when_nothing_paints_in_time(tmp_path: Path) -> None:
    result = _start(tmp_path, NETIZEN_EDITOR_SMOKE_TIMEOUT="0.001")
    assert result.returncode == 1, result.stdout + result.stderr[-3000:]
    assert "SMOKE FAIL timeout" in result.stdout
    assert "SMOKE OK" not in result.stdout
