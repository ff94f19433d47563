"""Run-time hook of the frozen app, in place of PyInstaller's ``pyi_rth_pyside6``: where Qt
finds its plugins and QML parts in the bundle (and, on Windows and macOS, the libraries
QtNetwork may load), set without importing Qt.

PyInstaller's hook imports PySide6.QtCore at every start to register a ``qt.conf`` that
PyPI's PySide6 already embeds (its prefix is the QtCore module's own folder), so every
command line run (``--version``, ``export``, ``check``) loaded Qt, and the window's first
PySide6 import came before the app's own start set-up (``gui/pyside_start.py``).
"""

import os
import sys


def _qt_paths() -> None:
    base = sys._MEIPASS  # type: ignore[attr-defined]
    windows = sys.platform.startswith("win")
    qt = os.path.join(base, "PySide6") if windows else os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    app_bundle = sys.platform == "darwin" and base.endswith("Contents/Frameworks")
    if app_bundle:  # codesign splits qml/ into Frameworks (binaries) and Resources (data)
        resources = os.path.normpath(
            os.path.join(base, "..", "Resources", os.path.relpath(qt, base))
        )
        qml = [os.path.join(resources, "qml"), os.path.join(qt, "qml")]
        os.environ["QML2_IMPORT_PATH"] = os.pathsep.join(qml)
    else:
        os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")

    def prepend(variable: str) -> None:
        old = os.environ.get(variable)
        os.environ[variable] = base + (os.pathsep + old if old else "")

    if windows:
        prepend("PATH")  # OpenSSL's DLLs for QtNetwork, when collected beside the app
    elif sys.platform == "darwin" and not app_bundle:
        prepend("DYLD_LIBRARY_PATH")


_qt_paths()
del _qt_paths
