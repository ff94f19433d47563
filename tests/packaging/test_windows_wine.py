"""The Windows build, end to end under Wine: ``packaging/windows_wine.sh`` builds the Windows
bundle with a Windows CPython and PyInstaller, makes the NSIS installer, installs it silently,
runs the installed ``netizen-editor-cli.exe`` (``--version``, an export, ``check``) and
uninstalls it. About 4 minutes from nothing (it fetches the Windows Python and wheels from
PyPI), under 1 minute when ``build/wine`` is kept. The window itself cannot run under Wine
(QtWebEngine), so this is the command line only; see packaging/README.md."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.packaging.bundle_tools import ROOT
from tests.tools import require

WINE_TIMEOUT_S = 15 * 60

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Wine on Linux"),
]


def test_windows_installer_installs_and_its_cli_exports_and_checks() -> None:
    # Debian's wine64 puts its loader in /usr/lib/wine, not on the PATH
    wine = shutil.which("wine64") or shutil.which("wine") or "/usr/lib/wine/wine64"
    require(wine, "wine64", "scripts/setup-system.sh installs it")
    require(shutil.which("makensis"), "makensis (NSIS)", "scripts/setup-system.sh installs it")
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "windows_wine.sh")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        errors="replace",  # the Windows programs write in the console's code page
        timeout=WINE_TIMEOUT_S,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-4000:]
    assert "installed CLI --version: netizen-editor" in log, log[-4000:]
    assert "installed CLI exported the sample" in log, log[-4000:]
    assert "installed CLI check: exit status" in log, log[-4000:]
    assert "the user's catatan-saya.txt is kept" in log, log[-4000:]  # only its own files
    assert "WINDOWS OK" in log, log[-4000:]
