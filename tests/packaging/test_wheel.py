"""An installed wheel carries ui/ and resources/ and finds them through netizen_editor.paths."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_with_its_data_and_exports(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = wheels.glob("netizen_editor-*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), wheel],
        check=True,
        capture_output=True,
        timeout=300,
    )
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: Dari Wheel\n---\nIsi.\n", encoding="utf-8")
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from netizen_editor.paths import data_root, ui_path;"
        "print(data_root()); print(ui_path('main_window.ui').is_file());"
        "from netizen_editor.cli import main; sys.exit(main(['export', sys.argv[2]]))"
    )
    env = {**os.environ, "NETIZEN_EDITOR_CONFIG_DIR": str(tmp_path / "config")}
    out = subprocess.run(
        [sys.executable, "-c", code, str(target), str(article)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,  # not the checkout: the wheel's own copy must be found
        env=env,
    )
    assert out.returncode == 0, out.stderr
    root, has_ui = out.stdout.split()[:2]
    assert Path(root) == target / "netizen_editor" / "_data"
    assert has_ui == "True"
    assert "Dari Wheel" in (tmp_path / "a.html").read_text(encoding="utf-8")
