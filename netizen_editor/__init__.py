"""Netizen Editor: an offline Markdown editor for Netizen.co.id journalists."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Netizen Editor"
APP_ID = "netizen-editor"
