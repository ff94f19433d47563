"""Where the app keeps its data (journal, backups) and its settings.

The platform's usual folders (via platformdirs), unless ``NETIZEN_EDITOR_DATA_DIR``,
``NETIZEN_EDITOR_CONFIG_DIR`` or ``NETIZEN_EDITOR_CACHE_DIR`` name another folder (tests point
them at temporary folders).
Nothing is created here; the code that writes a folder creates it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from netizen_editor import APP_ID

DATA_ENV = "NETIZEN_EDITOR_DATA_DIR"
CONFIG_ENV = "NETIZEN_EDITOR_CONFIG_DIR"
#: the cache folder (photos' web copies, the desks' indexes): only ever a cache
CACHE_ENV = "NETIZEN_EDITOR_CACHE_DIR"


def app_data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def app_config_dir() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def app_cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def journal_dir() -> Path:
    return app_data_dir() / "journal"


def backup_dir() -> Path:
    return app_data_dir() / "backups"
