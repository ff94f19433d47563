"""A hidden hook for end-to-end tests: ``NETIZEN_EDITOR_TEST_SCRIPT`` names a JSON file of
steps the running app performs, one after another, from its event loop.

Only active when that variable is set. The file is ``{"recovery": "restore"|"discard"|"later",
"steps": [...]}``; a step is one of ``{"type": text}``, ``{"key": "Return"}``, ``{"new": true}``,
``{"save": true}``, ``{"save_as": path}``, ``{"wait": ms}``, ``{"report": path}`` (writes the
tabs' state as JSON), ``{"field": {"dateline": "Jakarta"}}`` (types into the metadata panel's
fields), ``{"preview_text": path}`` (writes the text of the preview's article body),
``{"quit": true}``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer

from netizen_editor.gui.window.main_window import MainWindow
from netizen_editor.storage.atomic import atomic_write_text

ENV = "NETIZEN_EDITOR_TEST_SCRIPT"
STEP_GAP_MS = 50


def install_test_hook(window: MainWindow) -> QObject | None:
    name = os.environ.get(ENV)
    if not name:
        return None
    script = json.loads(Path(name).read_text(encoding="utf-8"))
    runner = _Runner(window, script)
    window.setProperty("test_hook", True)
    runner.setParent(window)
    return runner


class _Runner(QObject):
    def __init__(self, window: MainWindow, script: dict[str, Any]):
        super().__init__()
        self.window = window
        self.steps = list(script.get("steps", []))
        answer = script.get("recovery")
        if answer:
            self._answer("recovery", lambda items: {item.doc_id: answer for item in items})
        self._answer("unsaved_changes", lambda name: "discard")
        QTimer.singleShot(300, self._next)  # after the recovery offer

    def _answer(self, question: str, reply: Callable[..., object]) -> None:
        """Answer one of the window's prompts with ``reply`` instead of asking."""
        setattr(self.window.prompts, question, reply)

    def _next(self) -> None:
        if not self.steps:
            return
        step = self.steps.pop(0)
        delay = self._run(step)
        QTimer.singleShot(delay, self._next)

    def _run(self, step: dict[str, Any]) -> int:
        from PySide6.QtTest import QTest  # only here: bundles need not carry QtTest otherwise

        window = self.window
        tab = window.current_tab()
        if "type" in step and tab is not None:
            tab.editor.setFocus()
            tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
            for char in str(step["type"]):
                if char == "\n":
                    QTest.keyClick(tab.editor, Qt.Key.Key_Return)
                else:
                    QTest.keyClicks(tab.editor, char)
        elif "key" in step and tab is not None:
            QTest.keyClick(tab.editor, getattr(Qt.Key, f"Key_{step['key']}"))
        elif step.get("new"):
            window.files.new_article()
        elif step.get("save") and tab is not None:
            window.files.save(tab)
        elif "save_as" in step and tab is not None:
            target = Path(step["save_as"])
            self._answer("save_path", lambda suggested: target)
            window.files.save_as(tab)
        elif "wait" in step:
            return int(step["wait"])
        elif "report" in step:
            report = [
                {
                    "path": str(t.path) if t.path else None,
                    "text": t.disk_text(),
                    "dirty": t.is_dirty(),
                    "name": t.window_name(),
                }
                for t in window.all_tabs()
            ]
            atomic_write_text(Path(step["report"]), json.dumps({"tabs": report}))
        elif "field" in step and tab is not None:
            for key, value in dict(step["field"]).items():
                edit = tab.metadata_panel.line_edits[key]
                edit.setFocus()
                edit.selectAll()
                QTest.keyClicks(edit, str(value))
        elif "preview_text" in step and tab is not None:
            from netizen_editor.gui.preview.web_page import APP_WORLD

            target = Path(step["preview_text"])
            tab.preview.page().runJavaScript(
                "(document.getElementById('nz-body') || {}).innerText || ''",
                APP_WORLD,
                lambda text: atomic_write_text(target, str(text)),
            )
        elif step.get("quit"):
            window.close()
        return STEP_GAP_MS
