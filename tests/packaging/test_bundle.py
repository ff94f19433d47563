"""The PyInstaller bundle, end to end: it builds, fits its size budget, and the frozen app
prints its version, exports an article, and opens the window with a painted preview.

The session fixture builds the bundle with ``packaging/build.py`` when ``dist/netizen-editor``
is missing or older than any source file (PyInstaller's cache in ``build/`` keeps a rebuild to
a minute or two). Linux only: the Windows and macOS bundles are built by
``.github/workflows/bundles.yml``.
"""

from __future__ import annotations

import html
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
import yaml

from netizen_editor import APP_ID, __version__
from tests.tools import require

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = DIST / APP_ID
EXE = BUNDLE / APP_ID
INTERNAL = BUNDLE / "_internal"
REPORT = DIST / "size-report.json"
SAMPLE = ROOT / "resources" / "samples" / "putin-kim.md"
SOURCES = ("netizen_editor", "ui", "resources", "packaging", "pyproject.toml")
BUILD_TIMEOUT_S = 1800
RUN_TIMEOUT_S = 120

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


def _load_build_module():
    spec = importlib.util.spec_from_file_location("_nz_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _newest_source_mtime() -> float:
    """The newest of our sources, and of the installed PySide6 (a new Qt means a new bundle)."""
    pyside = importlib.util.find_spec("PySide6")
    newest = Path(pyside.origin).parent.stat().st_mtime if pyside and pyside.origin else 0.0
    for name in SOURCES:
        path = ROOT / name
        if path.is_file():
            newest = max(newest, path.stat().st_mtime)
            continue
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames[:] = [d for d in dirnames if d != "__pycache__"]
            for filename in filenames:
                if not filename.endswith((".pyc", ".pyo")):
                    newest = max(newest, Path(dirpath, filename).stat().st_mtime)
    return newest


def _sample_title() -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    front = text.split("---", 2)[1]
    return str(yaml.safe_load(front)["title"]).strip()


def _clean_env(tmp_path: Path) -> dict[str, str]:
    """A headless environment with fresh settings and data folders (so: the first start)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "NETIZEN_EDITOR_", "QT_", "QTWEBENGINE_"))
        and k != "LD_LIBRARY_PATH"
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        NETIZEN_EDITOR_DATA_DIR=str(tmp_path / "data"),
        NETIZEN_EDITOR_CONFIG_DIR=str(tmp_path / "config"),
    )
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    return env


@pytest.fixture(scope="session")
def bundle() -> Path:
    fresh = EXE.is_file() and REPORT.is_file()
    if fresh and REPORT.stat().st_mtime >= _newest_source_mtime():
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
    built = EXE.is_file() and REPORT.is_file() and REPORT.stat().st_mtime >= _newest_source_mtime()
    if not built:  # over budget still leaves a bundle; test_size_budget reports that
        pytest.fail(
            f"packaging/build.py failed ({result.returncode}):\n"
            + (result.stdout + result.stderr)[-4000:]
        )
    return BUNDLE


def test_version(bundle: Path) -> None:
    result = subprocess.run(
        [str(EXE), "--version"], capture_output=True, text=True, timeout=RUN_TIMEOUT_S
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"netizen-editor {__version__}"
    assert (bundle / "VERSION").read_text(encoding="utf-8").strip() == __version__


def test_export_from_the_command_line(bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.html"
    result = subprocess.run(
        [str(EXE), "export", str(SAMPLE), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
        env=_clean_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    page = html.unescape(out.read_text(encoding="utf-8"))
    title = _sample_title()
    assert f"<title>{title}" in page
    assert 'class="post-title"' in page


def test_window_starts_and_paints_the_preview(bundle: Path, tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    env["NETIZEN_EDITOR_SMOKE"] = "1"
    result = subprocess.run(
        [str(EXE)], capture_output=True, text=True, timeout=RUN_TIMEOUT_S, env=env, cwd=tmp_path
    )
    smoke = [line for line in result.stdout.splitlines() if line.startswith("SMOKE")]
    print("\n".join(smoke))
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert smoke and smoke[0].startswith("SMOKE OK"), result.stdout + result.stderr[-3000:]
    assert f"title={json.dumps(_sample_title(), ensure_ascii=False)}" in smoke[0]


def test_the_archive_unpacks_and_runs_elsewhere(bundle: Path, tmp_path: Path) -> None:
    """What users download: unpacked into another folder, the app still finds everything."""
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    with tarfile.open(ROOT / report["archive"]) as tar:
        tar.extractall(tmp_path / "opt", filter="tar")
    exe = tmp_path / "opt" / APP_ID / APP_ID
    env = _clean_env(tmp_path)
    env["NETIZEN_EDITOR_SMOKE"] = "1"
    result = subprocess.run(
        [str(exe), str(SAMPLE)], capture_output=True, text=True, timeout=RUN_TIMEOUT_S, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "SMOKE OK" in result.stdout


def test_size_budget(bundle: Path) -> None:
    build = _load_build_module()
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    folder_bytes, _biggest = build.folder_size(bundle)
    assert folder_bytes == report["folder_bytes"], "size-report.json is stale; rebuild"
    folder_mb, archive_mb = build.BUDGETS["linux"]
    sizes = f"folder {folder_bytes / 1e6:.1f} MB, archive {report['archive_bytes'] / 1e6:.1f} MB"
    print(f"bundle: {sizes} (budget {folder_mb} / {archive_mb} MB)")
    assert folder_bytes <= folder_mb * build.MB, sizes
    assert report["archive_bytes"] <= archive_mb * build.MB, sizes
    assert (ROOT / report["archive"]).name == f"{APP_ID}-{__version__}-linux-x86_64.tar.gz"


def test_bundle_carries_what_the_app_needs_and_no_more(bundle: Path) -> None:
    qt = INTERNAL / "PySide6" / "Qt"
    for name in ("skins/gradient", "skins/plain", "samples/putin-kim.md", "preview/preview.js"):
        assert (INTERNAL / "resources" / name).exists(), name
    assert (INTERNAL / "ui" / "main_window.ui").is_file()
    # QtWebEngine: the helper process and the resources it cannot start without
    assert os.access(qt / "libexec" / "QtWebEngineProcess", os.X_OK)
    for name in ("qtwebengine_resources.pak", "icudtl.dat", "v8_context_snapshot.bin"):
        assert (qt / "resources" / name).is_file(), name
    locales = sorted(p.name for p in (qt / "translations" / "qtwebengine_locales").iterdir())
    assert locales == ["en-US.pak", "id.pak"]
    translations = {p.name for p in (qt / "translations").glob("*.qm")}
    assert translations <= {
        "qt_en.qm",
        "qtbase_en.qm",
        "qtwebengine_en.qm",
        "qt_id.qm",
        "qtbase_id.qm",
        "qtwebengine_id.qm",
    }
    assert not (qt / "qml").exists()
    libs = {p.name.split(".so")[0] for p in (qt / "lib").iterdir()}
    for unused in (
        "libQt6Pdf",
        "libQt63DCore",
        "libQt6Charts",
        "libQt6Multimedia",
        "libQt6Quick3D",
        "libQt6VirtualKeyboard",
        "libQt6Designer",
    ):
        assert unused not in libs, unused
    assert not list(INTERNAL.glob("libgtk-3*")), "the build machine's GTK leaked in"
    dangling = [str(p) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, dangling

    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(EXE)).open_embedded_archive("PYZ.pyz").toc)
    top = {name.split(".")[0] for name in modules}
    leaked = top & {
        "pytest",
        "_pytest",
        "pytestqt",
        "hypothesis",
        "IPython",
        "tkinter",
        "pygments",
        "PyInstaller",
        "setuptools",
        "pip",
        "numpy",
    }
    assert not leaked, leaked
    assert "netizen_editor.gui.smoke" in modules
    assert {"markdown.extensions.tables", "markdown.extensions.footnotes"} <= modules


def test_every_shared_library_resolves(bundle: Path) -> None:
    """What the trimming keeps must be complete: ldd finds every library of every binary."""
    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    env = dict(os.environ, LD_LIBRARY_PATH=str(INTERNAL))  # as the bootloader sets it
    missing: dict[str, list[str]] = {}
    for dirpath, _dirs, filenames in os.walk(bundle):
        for filename in filenames:
            path = Path(dirpath, filename)
            if path.is_symlink() or not path.is_file():
                continue
            with path.open("rb") as f:
                if f.read(4) != b"\x7fELF":
                    continue
            out = subprocess.run(
                ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
            ).stdout
            lost = [line.split()[0] for line in out.splitlines() if "not found" in line]
            if lost:
                missing[str(path.relative_to(bundle))] = lost
    assert not missing, missing


def test_desktop_files_in_the_bundle(bundle: Path) -> None:
    share = bundle / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
