"""What the start leaves out of the path to the window's first frame, and that it still comes."""

from __future__ import annotations

import inspect
import sys

from netizen_editor.gui.app import skip_feature_scan
from netizen_editor.gui.window.main_window import MainWindow
from netizen_editor.settings import Settings


def test_modules_imported_after_pyside_are_not_read_for_its_feature_switch(tmp_path, monkeypatch):
    skip_feature_scan()
    read: list[str] = []
    real = inspect.getsource

    def getsource(obj):
        read.append(getattr(obj, "__name__", "?"))
        return real(obj)

    monkeypatch.setattr(inspect, "getsource", getsource)
    (tmp_path / "netizen_probe_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = __import__("netizen_probe_module")  # an import statement: PySide's hook sees it
    try:
        assert module.VALUE == 1
        assert read == []  # PySide's hook (shibokensupport.feature) would have read it
        assert "netizen_probe_module" in sys.modules["shibokensupport.feature"].pyside_feature_dict
    finally:
        sys.modules.pop("netizen_probe_module", None)


def test_the_checks_panel_comes_after_the_first_frame_and_the_ready_guard_before(
    qtbot, article_file
):
    window = MainWindow(Settings(ui_language="en"))
    qtbot.addWidget(window)
    window.restore_session([str(article_file)])
    dock = window.checks_dock
    assert dock._panel is None  # not made yet: the window's first frame does not wait for it
    tab = window.current_tab()
    assert tab.metadata_panel.status_guard == dock.confirm_status
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: dock._panel is not None, timeout=5_000)
    assert dock.dock.widget() is dock._panel
    assert dock._panel.isVisible()
    tab.preview.set_document(tab.editor_text(), tab.base_path())
    qtbot.waitUntil(lambda: bool(dock.status_label.text()), timeout=30_000)
