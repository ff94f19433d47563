"""A timeline of the app's start, from a source checkout: where the time to the window goes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.start_timeline [ARTICLE]

Starts the real app (``netizen_editor.gui.app.run``) with the smoke hook on, and prints the
seconds since the process started (as the OS counts it) at each step: the interpreter ready,
PySide6 imported, the main window's modules imported, the main window built, the session
(the article) restored, the window shown, its first frame (the first paint event of the
window), the article's title, fields and outline shown just after it, the preview's web view
made, its first render back, and the preview's first painted page. Wrapping adds
a few microseconds per step; nothing in the app is changed.
"""

from __future__ import annotations

import os
import sys

from netizen_editor.gui.automation.smoke import process_age_s

MARKS: list[tuple[str, float]] = []


def mark(label: str) -> None:
    if any(seen == label for seen, _age in MARKS):
        return  # the first time only
    age = process_age_s()
    MARKS.append((label, age if age is not None else float("nan")))


def _wrap(owner: object, name: str, label: str, before: bool = False) -> None:
    original = getattr(owner, name)

    def wrapped(*args, **kwargs):
        if before:
            mark(f"{label} (start)")
        result = original(*args, **kwargs)
        mark(label)
        return result

    setattr(owner, name, wrapped)


def main(argv: list[str]) -> int:
    mark("interpreter and benchmark module ready")
    os.environ.setdefault("NETIZEN_EDITOR_SMOKE", "1")
    from netizen_editor.gui import app

    app.prepare_environment()
    mark("PySide6 imported (QtCore; QtWebEngine comes with the preview's view)")
    app.prepare_environment = lambda: None  # done; run() calls it again otherwise
    from PySide6.QtCore import QEvent, QObject

    from netizen_editor.gui.automation import smoke
    from netizen_editor.gui.window import main_window

    mark("main window modules imported")
    _wrap(main_window.MainWindow, "__init__", "MainWindow built", before=True)
    _wrap(main_window.MainWindow, "restore_session", "session restored (article open)")
    _wrap(main_window.MainWindow, "show", "window.show() returned")
    from netizen_editor.gui.preview import preview_view as preview
    from netizen_editor.gui.window import document_tab

    _wrap(
        document_tab.DocumentTab, "finish_opening", "title, fields, outline shown (after the frame)"
    )

    _wrap(preview.PreviewView, "_make_view_now", "preview's web view made (after the frame)")
    _wrap(preview.PreviewView, "_load", "first render back from the render thread")

    class FirstFrame(QObject):
        seen = False

        def eventFilter(self, obj, event):  # Qt's name
            if not self.seen and event.type() == QEvent.Type.Expose and obj.isExposed():
                self.seen = True
                mark("window exposed (its first frame is drawn next)")
            return False

    first_frame = FirstFrame()
    original_install = smoke.maybe_install

    def install(qt_app, window):
        if window.windowHandle() is not None:
            window.windowHandle().installEventFilter(first_frame)
        original_install(qt_app, window)
        check = smoke._installed[-1] if smoke._installed else None
        if check is not None:
            original_painted = check._on_painted

            def on_painted():
                mark("preview's first page painted")
                original_painted()

            check._on_painted = on_painted
            if check.preview is not None:  # already connected: reconnect to the wrapper
                check.preview.painted.disconnect()
                check.preview.painted.connect(check._on_painted)

    smoke.maybe_install = install
    code = app.run(argv)
    print(f"{'seconds since process start':>28}  step")
    for label, age in MARKS:
        print(f"{age:28.3f}  {label}")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
