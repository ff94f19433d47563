"""Settings › OK checks the story again off the window's thread: before, the checks of the whole
story ran in the window's turn as the dialog closed, keys held meanwhile (0.1 s at 20,000 words
and 0.2 s at 50,000 here; 0.3-0.6 s was measured on a busy machine). Now the tab's render thread
checks it with the new settings and the panel says "Checking…" until they come."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from netizen_editor.checks import registry
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.panels.test_checks_panel import ARTICLE, checked


class SpyRule:
    """A check rule that counts the threads it ran on. While ``hold`` is set, a run on another
    thread waits for ``release`` (a check under way)."""

    def __init__(self) -> None:
        self.on_window_thread = 0
        self.elsewhere = 0
        self.hold = False
        self.started = threading.Event()
        self.release = threading.Event()

    def __call__(self, context: object) -> list:
        if threading.current_thread() is threading.main_thread():
            self.on_window_thread += 1
        else:
            self.elsewhere += 1
            if self.hold:
                self.started.set()
                self.release.wait(10)
        return []


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> SpyRule:
    rule = SpyRule()
    registry.rules()  # the built-in rules are registered first
    monkeypatch.setitem(registry._RULES, "thread-spy", rule)
    return rule


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def house_style(tmp_path: Path, disabled: str) -> Settings:
    style = tmp_path / f"tanpa-{disabled}.toml"
    style.write_text(f'disabled = ["{disabled}"]\n', encoding="utf-8")
    return Settings(ui_language="en", house_style=str(style))


def rules_shown(panel) -> list[str]:
    return [f.rule for f in panel.findings]


def test_new_settings_are_checked_on_the_render_thread_and_the_last_ones_win(
    qtbot, make_window, article, spy, tmp_path
):
    window = make_window([article])
    panel = checked(qtbot, window, lambda p: len(p.findings) == 2)
    dock, tab = window.checks_dock, window.current_tab()
    spy.on_window_thread = spy.elsewhere = 0
    window.apply_settings(replace(window.settings, editor_font_size=15))  # the checks never read
    assert sorted(rules_shown(panel)) == ["link-text", "summary"]  # still as they are
    window.apply_settings(house_style(tmp_path, "link-text"))
    window.apply_settings(house_style(tmp_path, "summary"))  # applied again at once
    assert panel.list.item(0).text() == "Checking…"  # not the old settings' findings
    assert dock.status_label.text() == ""
    cursor = tab.editor.textCursor()  # typed meanwhile (a link's characters: not by keys)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\nFoto lain [klik di sini](https://netizen.co.id/foto).\n")
    # the last settings, on the text as typed: both links, no summary
    checked(qtbot, window, lambda p: rules_shown(p) == ["link-text", "link-text"])
    assert dock.status_label.text() == "0 errors · 2 warnings"
    assert spy.elsewhere >= 1 and spy.on_window_thread == 0


def test_closing_the_window_while_the_new_settings_are_checked(
    qtbot, make_window, article, spy, tmp_path
):
    window = make_window([article])
    checked(qtbot, window)
    worker = window.current_tab().revisions.worker
    spy.on_window_thread, spy.hold = 0, True
    try:
        window.apply_settings(house_style(tmp_path, "summary"))
        qtbot.waitUntil(spy.started.is_set, timeout=TIMEOUT)  # the render thread's checks run
        window.close()
    finally:
        spy.release.set()
    qtbot.waitUntil(worker.isFinished, timeout=TIMEOUT)  # ended at its next rule, no crash
    assert not window.isVisible() and spy.on_window_thread == 0
