"""What the start leaves out of the path to the window's first frame, and that it still comes."""

from __future__ import annotations

import importlib
import inspect
import os
import sys

from netizen_editor.gui.pyside_start import skip_feature_scan
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
    module = importlib.import_module("netizen_probe_module")
    feature = sys.modules["shibokensupport.feature"]
    try:
        # what PySide's import hook (builtins.__import__, while it is installed: another
        # thread's import can leave PySide's plain one in place) calls after every import
        feature.feature_imported(module)
        assert module.VALUE == 1
        assert read == []  # PySide's hook would have read the module's source
        assert "netizen_probe_module" in feature.pyside_feature_dict
    finally:
        sys.modules.pop("netizen_probe_module", None)
        feature.pyside_feature_dict.pop("netizen_probe_module", None)


def test_the_checks_panel_comes_with_the_first_checks_and_the_ready_guard_before(
    qtbot, article_file
):
    window = MainWindow(Settings(ui_language="en"))
    qtbot.addWidget(window)
    window.restore_session([str(article_file)])
    dock = window.checks_dock
    assert dock._panel is None  # not made yet: the window's first frame does not wait for it
    tab = window.current_tab()
    tab.metadata_panel  # noqa: B018 - made now, it still gets the checks' guard
    assert tab.metadata_panel.status_guard == dock.confirm_status
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not tab.opening, timeout=5_000)
    checked = tab.snapshot() is not None and tab.snapshot().checked
    assert checked or dock._panel is None  # the quick look at the text does not make it
    qtbot.waitUntil(lambda: tab.snapshot() is not None and tab.snapshot().checked,
                    timeout=30_000)  # fmt: skip
    assert dock._panel is not None  # made for the first checks at the latest
    assert dock.dock.widget() is dock._panel
    assert dock._panel.isVisible()
    tab.preview.revisions.submit(tab.editor_text(), tab.base_path())
    qtbot.waitUntil(lambda: bool(dock.status_label.text()), timeout=30_000)


def _far_block_formatted(tab) -> bool:
    block = tab.editor.document().lastBlock()
    while block.isValid() and not block.text().startswith("## "):
        block = block.previous()
    return bool(block.layout().formats())


def test_an_article_opened_for_the_first_frame_shows_its_first_screen_then_the_rest(
    qtbot, tmp_path
):
    from netizen_editor.gui.window import document_tab

    filler = "Paragraf pengisi yang cukup panjang untuk layar pertama. " * 8 + "\n\n"
    far_heading = "## Bagian Jauh di Bawah\n"
    text = "---\ntitle: Judul Awal\nstatus: draft\n---\n# Judul Awal\n\n" + filler * 60
    assert len(text) > document_tab.FIRST_SCREEN_CHARS + 1000
    path = tmp_path / "panjang.md"
    path.write_text(text + far_heading, encoding="utf-8")
    window = MainWindow(Settings(ui_language="en"))
    qtbot.addWidget(window)
    window.restore_session([str(path)])
    tab = window.current_tab()
    # before the first frame: the first screen highlighted, the far heading plain, no parse yet
    assert tab.opening and tab.snapshot() is None
    assert tab.editor.firstVisibleBlock().layout().formats()  # the front matter's fence
    assert not _far_block_formatted(tab)
    assert tab.window_name() == "panjang.md"
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not tab.opening, timeout=5_000)
    assert tab.editor.painted_once
    qtbot.waitUntil(lambda: _far_block_formatted(tab))  # the rest a slice of a turn at a time
    assert tab.window_name() == "Judul Awal"
    assert tab.snapshot() is not None and tab.snapshot().title == "Judul Awal"
    assert tab.metadata_panel.title_edit.text() == "Judul Awal"


def test_a_tab_that_never_paints_still_finishes_opening(qtbot, tmp_path):
    first, second = tmp_path / "satu.md", tmp_path / "dua.md"
    first.write_text("---\ntitle: Satu\n---\nTeks.\n", encoding="utf-8")
    second.write_text("---\ntitle: Dua\n---\nTeks.\n", encoding="utf-8")
    window = MainWindow(Settings(ui_language="en"))
    qtbot.addWidget(window)
    window.restore_session([str(first), str(second)])
    behind = window.all_tabs()[0]
    assert behind is not window.current_tab() and behind.opening
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not behind.opening, timeout=5_000)
    assert not behind.editor.painted_once  # finished by its timer, not by a paint
    assert behind.window_name() == "Satu"


def test_the_first_frame_imports_neither_yaml_nor_the_renderer(tmp_path):
    """YAML (~20 ms), Markdown/Jinja (the render thread's) and the details panel come after
    the window shows."""
    import subprocess

    article = tmp_path / "artikel.md"
    article.write_text("---\ntitle: Judul\n---\nTeks pertama.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from netizen_editor.gui import app\n"
        "app.prepare_environment()\n"
        "from PySide6.QtWidgets import QApplication\n"
        "qt = QApplication([])\n"
        "from netizen_editor.gui.window.main_window import MainWindow\n"
        "from netizen_editor.settings import Settings\n"
        "window = MainWindow(Settings(ui_language='en'))\n"
        f"window.restore_session([{str(article)!r}])\n"
        "import time; time.sleep(0.3)  # the render thread, were it working\n"
        "later = ('yaml', 'markdown', 'jinja2', 'netizen_editor.gui.panels.metadata_panel')\n"
        "print(sorted(m for m in later if m in sys.modules))\n"
        "window.current_tab().preview.shutdown()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NETIZEN_EDITOR_DATA_DIR=str(tmp_path / "d"),
               NETIZEN_EDITOR_CONFIG_DIR=str(tmp_path / "c"))  # fmt: skip
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_pyside_stub_generator_waits_until_it_is_used():
    """PySide's .pyi generator (a developer's tool) is a stand-in at the start, and still
    there, the real module, when something asks for it."""
    import subprocess

    probe = (
        "import sys\n"
        "from netizen_editor.gui.pyside_start import STUB_GENERATOR, defer_stub_generator\n"
        "defer_stub_generator()\n"
        "import PySide6.QtCore\n"
        "from PySide6.support.signature.lib import pyi_generator\n"
        "print(pyi_generator.__dict__.get('generate_pyi') is None)\n"
        "print(callable(pyi_generator.generate_pyi), pyi_generator.generate_pyi.__module__)\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([]); label = QLabel('ok'); print(label.text())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=env, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert lines[0] == "True"  # a stand-in: the generator itself was not imported
    assert lines[1].startswith("True ") and lines[1].endswith("pyi_generator")
    assert lines[2] == "ok"


def test_on_a_first_start_the_details_dock_fits_its_fields_once_the_panel_is_made(
    qtbot, article_file
):
    window = MainWindow(Settings(ui_language="en"))  # a fresh profile: no saved dock layout
    qtbot.addWidget(window)
    window.restore_session([str(article_file)])
    # a desktop's screen (the offscreen one is 800 x 800: the details there give way to the
    # checks below them, and scroll)
    window.resize(1480, 920)
    tab = window.current_tab()
    assert not tab.has_metadata_panel  # made after the first frame
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not tab.opening, timeout=5_000)
    assert tab.has_metadata_panel
    panel = tab.metadata_panel
    assert panel.title_edit.text() == "Judul Uji Coba"
    wanted = panel.sizeHint().height()
    qtbot.waitUntil(lambda: window.metadata_dock.height() >= wanted, timeout=5_000)


def test_the_outline_says_there_are_no_headings_only_once_it_has_been_told(qtbot):
    """While a tab is still opening the outline is blank, not "No headings yet" (seen for a
    moment at the start of an article with eleven subheadings)."""
    from netizen_editor.gui.panels.outline_panel import OutlineView

    view = OutlineView()
    qtbot.addWidget(view)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)

    def inked() -> bool:
        image = view.viewport().grab().toImage()
        pixels = {image.pixel(x, y) for x in range(0, image.width(), 2)
                  for y in range(0, image.height(), 2)}  # fmt: skip
        return len(pixels) > 1

    assert not inked()
    view.set_headings([])
    qtbot.waitUntil(inked, timeout=5_000)
