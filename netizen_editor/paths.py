"""Find the app's bundled data (``resources/`` and ``ui/``).

One helper for every way the app runs: a PyInstaller bundle (``sys._MEIPASS``), an installed
wheel (data copied into ``netizen_editor/_data``) and a source checkout (the repo root).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    """The folder that holds ``resources/`` and ``ui/``."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle))
    candidates += [_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]
    for root in candidates:
        if (root / "resources" / "skins").is_dir():
            return root
    raise FileNotFoundError(
        "Netizen Editor cannot find its resources folder; looked in "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    """A path inside ``resources/``."""
    return data_root().joinpath("resources", *parts)


def ui_path(name: str) -> Path:
    """A Qt Designer form inside ``ui/``."""
    return data_root() / "ui" / name


def sample_article_path() -> Path:
    return resource_path("samples", "putin-kim.md")
