"""Set up Qt for headless test runs before any QApplication exists (pytest-qt makes it)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from netizen_editor.gui.app import web_engine_environment  # imports no Qt

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# web copies of photos are cached in a throw-away folder, never the user's cache
if "NETIZEN_EDITOR_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="netizen-cache-")
    os.environ["NETIZEN_EDITOR_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, True)
web_engine_environment()  # the app's flags: --no-sandbox as root (CI), no zygote, no GPU process

try:
    from PySide6.QtCore import QCoreApplication, Qt

    # QtWebEngine needs shared OpenGL contexts, set before the application is created.
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
except ImportError:  # the core tests run without Qt installed
    pass
