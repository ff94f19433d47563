"""Find the external tools some tests need; skip locally, fail in CI, when one is missing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def require(path: str | None, what: str, how: str) -> str:
    if path and Path(path).exists():
        return path
    message = f"{what} is missing ({how})"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
    raise AssertionError("unreachable")


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    return require(found, "Debian's chromium", "scripts/setup-system.sh installs it")


def vnu_command() -> list[str]:
    java = require(shutil.which("java"), "Java", "scripts/setup-system.sh installs it")
    jar = require(
        str(ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"),
        "the W3C Nu HTML checker (npm vnu-jar)",
        "npm install",
    )
    return [java, "-jar", jar]


CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]
