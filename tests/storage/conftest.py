"""Shared helpers for the storage tests."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from netizen_editor import i18n
from netizen_editor.storage.sessions import hostname


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch):
    """The storage tests read the English texts (the Indonesian ones are in
    resources/translations/core/storage.id.toml, tested in test_reading.py)."""
    monkeypatch.setattr(i18n, "_language", "en")


def find_dead_pid() -> int:
    """A pid that no process has right now."""
    if sys.platform == "win32":
        pytest.skip("probing pids with os.kill would kill processes on Windows")
    candidates = [4_194_301, 999_983, 65_521, 32_749, *range(32_700, 30_000, -1)]
    for pid in candidates:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except (PermissionError, OverflowError):
            continue
    pytest.skip("no free pid found")


def write_lock(root: Path, session_id: str, pid: int, **extra: object) -> Path:
    """A lock file as another Netizen Editor process would have left it."""
    info = {"session_id": session_id, "pid": pid, "hostname": hostname(), "started": ""}
    info.update(extra)
    root.mkdir(parents=True, exist_ok=True)
    path = root / f"{session_id}.lock"
    path.write_text(json.dumps(info), encoding="utf-8")
    return path


@pytest.fixture
def dead_pid() -> int:
    return find_dead_pid()


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))


@contextlib.contextmanager
def never_waits_on(fifo: Path, seconds: float = 10.0) -> Iterator[None]:
    """Fail, instead of hanging, when the body waits on the pipe ``fifo``: after ``seconds`` a
    writer opens and closes it, which ends a reader's wait (it then reads an empty pipe)."""
    done, waited = threading.Event(), []

    def watch() -> None:
        if not done.wait(seconds):
            waited.append(True)
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()
    assert not waited, f"waited on the pipe {fifo}"
