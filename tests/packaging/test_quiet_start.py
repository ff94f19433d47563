"""A normal start prints nothing but what matters: Qt's and Chromium's harmless chatter is
dropped, real problems still show, and NETIZEN_EDITOR_DEBUG=1 shows everything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netizen_editor.gui.messages import is_harmless

pytestmark = pytest.mark.slow
CHATTER = ("Sandboxing disabled", "QRhiGles2", "Failed to create RHI", "propagateSizeHints",
           "GPUInfo", "Failed to connect to the bus")  # fmt: skip


def _start(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NETIZEN_EDITOR_", "QTWEB"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        NETIZEN_EDITOR_SMOKE="1",
        NETIZEN_EDITOR_DATA_DIR=str(tmp_path / "data"),
        NETIZEN_EDITOR_CONFIG_DIR=str(tmp_path / "config"),
        **extra,
    )
    return subprocess.run([sys.executable, "-m", "netizen_editor"], capture_output=True,
                          text=True, timeout=120, cwd=tmp_path, env=env)  # fmt: skip


def test_a_normal_start_prints_no_harmless_warnings(tmp_path):
    quiet = _start(tmp_path)
    assert quiet.returncode == 0, quiet.stderr
    assert "SMOKE OK" in quiet.stdout
    assert not [line for line in quiet.stderr.splitlines() if any(c in line for c in CHATTER)]
    (tmp_path / "debug").mkdir()
    loud = _start(tmp_path / "debug", NETIZEN_EDITOR_DEBUG="1")
    assert loud.returncode == 0
    assert any(c in loud.stderr for c in CHATTER)  # the filter, not the machine, made it quiet


def test_only_the_known_harmless_messages_are_dropped():
    assert is_harmless("Sandboxing disabled by user.")
    assert is_harmless("QRhiGles2: Failed to create temporary context")
    assert is_harmless(
        "QXcbIntegration: Cannot create platform OpenGL context, neither GLX nor EGL are enabled"
    )
    assert not is_harmless("QXcbIntegration: something else went wrong")
    assert not is_harmless("QFont::setPointSize: Point size <= 0 (0), must be greater than 0")
    assert not is_harmless("Traceback (most recent call last):")
