"""Keep Qt's and Chromium's harmless start-up chatter off the terminal.

On a normal start QtWebEngine and the Qt platform plugins print lines that mean nothing to a
journalist ("Sandboxing disabled by user.", "Failed to connect to the bus", OpenGL fallbacks
on a machine without a GPU). They are dropped here; every other message still reaches
stderr. ``NETIZEN_EDITOR_DEBUG=1`` shows everything.
"""

from __future__ import annotations

import os
import re
import sys

DEBUG_ENV = "NETIZEN_EDITOR_DEBUG"
#: messages known to be harmless on a normal start (software rendering, no D-Bus, root)
HARMLESS = re.compile(
    r"Sandboxing disabled by user"
    r"|QRhiGles2: Failed to create"
    r"|Failed to create RHI for backend"
    r"|This plugin does not support propagateSizeHints"
    r"|GPUInfo not initialized"
    r"|Failed to connect to the bus"
    r"|qt\.qpa\.xcb: could not connect to display"
    r"|Qt WebEngine seems to be initialized from a plugin"
    # X11 with QT_XCB_GL_INTEGRATION=none (set without a GPU): the preview's widget asks for
    # OpenGL first and falls back to software drawing
    r"|QXcbIntegration: Cannot create platform (OpenGL context|offscreen surface)"
)


def debugging() -> bool:
    return os.environ.get(DEBUG_ENV, "") == "1"


def chromium_log_flags() -> list[str]:
    """Chromium's own logging: errors it recovers from are not printed (fatal ones are)."""
    return [] if debugging() else ["--log-level=3"]


def is_harmless(message: str) -> bool:
    return bool(HARMLESS.search(message))


def install_message_filter() -> None:
    """Route Qt's messages through a filter that drops the harmless ones."""
    if debugging():
        return
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if not is_harmless(message):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
