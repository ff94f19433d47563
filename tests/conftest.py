"""Set up Qt for headless test runs before any QApplication exists (pytest-qt makes it)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    # Chromium refuses to start its sandbox as root (CI and containers run as root).
    _flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    if "--no-sandbox" not in _flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join([*_flags, "--no-sandbox"])
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

try:
    from PySide6.QtCore import QCoreApplication, Qt

    # QtWebEngine needs shared OpenGL contexts, set before the application is created.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
except ImportError:  # the core tests run without Qt installed
    pass
