from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from netizen_editor.storage import datadirs


def test_env_overrides(tmp_path: Path) -> None:
    assert datadirs.app_data_dir() == tmp_path / "data"
    assert datadirs.app_config_dir() == tmp_path / "config"
    assert datadirs.journal_dir() == tmp_path / "data" / "journal"
    assert datadirs.backup_dir() == tmp_path / "data" / "backups"


def test_platform_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NETIZEN_EDITOR_DATA_DIR")
    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", "")
    assert "netizen-editor" in str(datadirs.app_data_dir())
    assert "netizen-editor" in str(datadirs.app_config_dir())


def test_storage_never_imports_qt() -> None:
    code = (
        "import sys, netizen_editor.storage, netizen_editor.storage.recovery;"
        "sys.exit('PySide6' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
