"""The bundle the packaging tests share: built once per session by ``packaging/build.py``
(the documented build command) when ``dist/`` is missing it or is older than the sources.
The same build makes the folder, the ``.tar.xz`` and, on Linux, the ``.deb``."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.bundle_tools import (
    BUILD_TIMEOUT_S,
    BUNDLE,
    DEB,
    EXE,
    REPORT,
    ROOT,
    newest_source_mtime,
)
from tests.tools import require


@pytest.fixture(scope="session")
def bundle() -> Path:
    fresh = EXE.is_file() and REPORT.is_file()
    if sys.platform.startswith("linux") and shutil.which("dpkg-deb"):
        fresh = fresh and DEB.is_file() and DEB.stat().st_mtime >= newest_source_mtime()
    if fresh and REPORT.stat().st_mtime >= newest_source_mtime():
        return BUNDLE
    found = importlib.util.find_spec("PyInstaller")
    require(found.origin if found else None, "PyInstaller", "pip install -e '.[test,packaging]'")
    require(shutil.which("objdump"), "objdump", "PyInstaller needs binutils on Linux")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    built = EXE.is_file() and REPORT.is_file() and REPORT.stat().st_mtime >= newest_source_mtime()
    if not built:  # over budget still leaves a bundle; test_size_budget reports that
        pytest.fail(
            f"packaging/build.py failed ({result.returncode}):\n"
            + (result.stdout + result.stderr)[-4000:]
        )
    return BUNDLE
