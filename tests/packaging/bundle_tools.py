"""What the packaging tests share: where the build puts things, and how to run them."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import yaml

from netizen_editor import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist"
BUNDLE = DIST / APP_ID
EXE = BUNDLE / APP_ID
REPORT = DIST / "size-report.json"
DEB = DIST / f"{APP_ID}_{__version__}_amd64.deb"
SAMPLE = ROOT / "resources" / "samples" / "putin-kim.md"
SOURCES = ("netizen_editor", "ui", "resources", "packaging", "pyproject.toml")
BUILD_TIMEOUT_S = 1800


def load_build_module():
    spec = importlib.util.spec_from_file_location("_nz_build", ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def newest_source_mtime() -> float:
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


def sample_title() -> str:
    text = SAMPLE.read_text(encoding="utf-8")
    front = text.split("---", 2)[1]
    return str(yaml.safe_load(front)["title"]).strip()


def clean_env(tmp_path: Path) -> dict[str, str]:
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
