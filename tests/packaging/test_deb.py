"""The Debian package from the same build: it installs with ``dpkg -i``, puts
``netizen-editor`` on the PATH with its menu entry, icons and ``.md`` association, runs from
there, and ``dpkg -r`` takes all of it away again.

Installing needs root and dpkg (CI runs as root on Debian); elsewhere the test is skipped.
It refuses to touch a machine where the package is already installed.
"""

from __future__ import annotations

import configparser
import html
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from netizen_editor import APP_ID, __version__
from tests.packaging.bundle_tools import DEB, ROOT, SAMPLE, clean_env, sample_title

OPT = Path("/opt") / APP_ID
RUN_TIMEOUT_S = 120

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Debian package"),
    pytest.mark.skipif(shutil.which("dpkg") is None, reason="no dpkg"),
]


def _field(name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(DEB), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def _installed() -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Status}", APP_ID], capture_output=True, text=True
    )
    return result.returncode == 0 and "install ok installed" in result.stdout


def _cli_has_check() -> bool:
    return '"check"' in (ROOT / "netizen_editor" / "cli.py").read_text(encoding="utf-8")


def test_package_metadata(bundle: Path) -> None:
    assert DEB.is_file(), "packaging/build.py made no .deb"
    assert _field("Package") == APP_ID
    assert _field("Version") == __version__
    assert _field("Architecture") == "amd64"
    depends = [d.strip().split()[0] for d in _field("Depends").split(",")]
    # the libraries the bundle leaves to the system: libc, X11, fonts, sound, NSS's helpers
    for package in ("libc6", "libx11-6", "libfontconfig1", "libglib2.0-0", "libasound2"):
        assert package in depends, (package, depends)
    files = subprocess.run(
        ["dpkg-deb", "--contents", str(DEB)], capture_output=True, text=True, check=True
    ).stdout
    assert f"./opt/{APP_ID}/{APP_ID}" in files
    assert f"./usr/bin/{APP_ID} -> /opt/{APP_ID}/{APP_ID}" in files
    assert f"./usr/share/applications/{APP_ID}.desktop" in files
    assert f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png" in files
    assert f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg" in files


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="dpkg -i needs root")
def test_install_run_and_remove(bundle: Path, tmp_path: Path) -> None:
    if _installed():
        pytest.skip(f"{APP_ID} is already installed here; not touching it")
    install = subprocess.run(["dpkg", "-i", str(DEB)], capture_output=True, text=True)
    try:
        assert install.returncode == 0, install.stdout + install.stderr
        assert _installed()
        # on the PATH, as a desktop launcher runs it
        path_exe = shutil.which(APP_ID, path="/usr/local/bin:/usr/bin:/bin")
        assert path_exe == f"/usr/bin/{APP_ID}"
        entry = configparser.ConfigParser(interpolation=None)
        entry.read(f"/usr/share/applications/{APP_ID}.desktop", encoding="utf-8")
        assert "text/markdown" in entry["Desktop Entry"]["MimeType"].split(";")
        assert Path(f"/usr/share/icons/hicolor/48x48/apps/{APP_ID}.png").is_file()

        env = clean_env(tmp_path)
        env["PATH"] = "/usr/bin:/bin"
        version = subprocess.run(
            [APP_ID, "--version"], capture_output=True, text=True, env=env, timeout=RUN_TIMEOUT_S
        )
        assert version.returncode == 0, version.stderr
        assert version.stdout.strip() == f"{APP_ID} {__version__}"

        out = tmp_path / "artikel.html"
        export = subprocess.run(
            [APP_ID, "export", str(SAMPLE), "-o", str(out)],
            capture_output=True,
            text=True,
            env=env,
            timeout=RUN_TIMEOUT_S,
        )
        assert export.returncode == 0, export.stderr
        page = html.unescape(out.read_text(encoding="utf-8"))
        assert f"<title>{sample_title()}" in page
        assert 'class="post-title"' in page

        if _cli_has_check():
            check = subprocess.run(
                [APP_ID, "check", str(SAMPLE)],
                capture_output=True,
                text=True,
                env=env,
                timeout=RUN_TIMEOUT_S,
            )
            assert check.returncode in (0, 1), check.stdout + check.stderr
            assert "Traceback" not in check.stderr
    finally:
        remove = subprocess.run(["dpkg", "-r", APP_ID], capture_output=True, text=True)
    assert remove.returncode == 0, remove.stdout + remove.stderr
    assert not _installed()
    assert not OPT.exists(), sorted(str(p) for p in OPT.rglob("*"))[:20]
    assert not Path(f"/usr/bin/{APP_ID}").exists()
    assert not Path(f"/usr/share/applications/{APP_ID}.desktop").exists()
