"""The import tests' guard: nothing may reach the network."""

from __future__ import annotations

import socket
import urllib.request

import pytest


@pytest.fixture
def no_network(monkeypatch):
    opened: list[object] = []

    def refuse(*args: object, **kwargs: object) -> object:
        opened.append(args)
        raise AssertionError(f"the import reached out: {args}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return opened


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    """The command reads the settings of a temporary folder, never the user's; the messages
    are read in English (their Indonesian texts: test_i18n.py)."""
    from netizen_editor import i18n

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_language", "en")  # a command sets it: put it back
