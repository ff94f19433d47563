"""The packaging files that cannot run here: the desktop entry, the GitHub Actions workflow
for the Windows and macOS bundles, and the spec's own consistency with the launcher."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import yaml

from netizen_editor import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == f"{APP_ID} %F"
    assert desktop["Icon"] == APP_ID
    assert "text/markdown" in desktop["MimeType"].split(";")
    assert {"Office", "TextEditor"} <= set(desktop["Categories"].split(";"))
    validate = shutil.which("desktop-file-validate")
    if validate:
        result = subprocess.run(
            [validate, str(PACKAGING / f"{APP_ID}.desktop")], capture_output=True, text=True
        )
        assert "error" not in result.stdout.lower(), result.stdout


def test_app_icons_exist() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / f"{APP_ID}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (icons / f"{APP_ID}-{size}.png").is_file(), size


def test_bundle_workflow_is_valid_and_builds_windows_and_macos() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "bundles.yml").read_text())
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert triggers, "no triggers"
    (job,) = workflow["jobs"].values()
    matrix = job["strategy"]["matrix"]
    assert set(matrix["os"]) == {"windows-latest", "macos-13", "macos-14"}  # Intel, Apple
    arch = {entry["os"]: entry["arch"] for entry in matrix["include"]}
    assert arch == {"windows-latest": "x86_64", "macos-13": "x86_64", "macos-14": "arm64"}
    assert job["runs-on"] == "${{ matrix.os }}"
    runs = " ".join(step.get("run", "") for step in job["steps"])
    uses = " ".join(step.get("uses", "") for step in job["steps"])
    assert "python packaging/build.py" in runs
    assert ".[packaging]" in runs
    assert "actions/setup-python" in uses and "actions/upload-artifact" in uses
    python = next(s for s in job["steps"] if "setup-python" in s.get("uses", ""))
    assert str(python["with"]["python-version"]) == "3.11"


def test_launcher_calls_freeze_support_before_the_app() -> None:
    text = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert text.index("multiprocessing.freeze_support()") < text.index("main()")
    assert "netizen-editor.spec" in (PACKAGING / "build.py").read_text(encoding="utf-8")


def test_launcher_sends_the_resource_tracker_to_its_work() -> None:
    """spawn starts multiprocessing's resource tracker as ``python -c COMMAND`` (the frozen
    app is that ``python``): the launcher knows its command, and only that one."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("launcher", PACKAGING / "launcher.py")
    assert spec is not None and spec.loader is not None
    launcher = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(launcher)
    from multiprocessing import resource_tracker

    source = Path(resource_tracker.__file__).read_text(encoding="utf-8")
    command = re.search(r"cmd = '([^']+)'", source)
    assert command is not None  # the command as this Python writes it
    exe = "/opt/netizen-editor/netizen-editor"
    assert launcher._resource_tracker_fd([exe, "-B", "-c", command.group(1) % 7]) == 7
    assert launcher._resource_tracker_fd([exe, "-c", "import os; os.system('x')"]) is None
    assert launcher._resource_tracker_fd([exe, "-c"]) is None
    assert launcher._resource_tracker_fd([exe, "berita.md"]) is None
