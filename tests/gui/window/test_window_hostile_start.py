"""A file in the last session that the parser cannot take (impossible dates, bad YAML tags,
huge numbers, deep nesting) must never stop the window from starting: it opens as text and the
window says what is wrong and on which line. The same for a settings file of the wrong shape."""

from __future__ import annotations

import json

import pytest

from netizen_editor.gui.app import load_settings
from netizen_editor.gui.window.session import default_session_path
from netizen_editor.settings import default_settings_path

BAD = {
    "impossible day": ("---\ntitle: Judul\ndate: 2023-09-31\n---\nIsi.\n", 3),
    "hour 25": ("---\ntitle: Judul\ndate: 2023-09-14 25:00:00\n---\nIsi.\n", 3),
    "offset +99": ("---\ntitle: Judul\ndate: 2023-09-14T10:00:00+99:00\n---\nIsi.\n", 3),
    "correction day": (
        "---\ntitle: Judul\ncorrections:\n  - time: 2023-02-30T10:00:00\n    text: x\n---\nIsi.\n",
        4,
    ),
    "!!int abc": ("---\ntitle: !!int abc\n---\nIsi.\n", 2),
    "!!timestamp besok": ("---\ntitle: Judul\ndate: !!timestamp besok\n---\nIsi.\n", 3),
    "huge integer": ("---\ntitle: Judul\nx: !!int " + "9" * 5000 + "\n---\nIsi.\n", 3),
    "deep nesting": ("---\ntitle: Judul\nx: " + "[" * 3000 + "]" * 3000 + "\n---\nIsi.\n", 3),
}


def _start_with_session(make_window, files):
    path = default_session_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"open_files": [str(f) for f in files]}), encoding="utf-8")
    return make_window([])


@pytest.mark.parametrize("name", BAD)
def test_a_broken_article_in_the_session_opens_as_text_with_its_line(
    name, make_window, qtbot, tmp_path
):
    text, line = BAD[name]
    bad = tmp_path / "rusak.md"
    bad.write_text(text, encoding="utf-8")
    good = tmp_path / "baik.md"
    good.write_text("---\ntitle: Baik\n---\nIsi baik.\n", encoding="utf-8")
    window = _start_with_session(make_window, [good, bad])
    assert [t.path for t in window.all_tabs()] == [good, bad]
    tab = window.all_tabs()[1]
    window.activate_tab(tab)
    assert tab.editor_text() == text
    qtbot.waitUntil(lambda: bool(window.status.problem.text()), timeout=10000)
    assert f":{line}:" in window.status.problem.text()
    assert "Traceback" not in window.status.problem.text()
    # the article is still editable and saving keeps every byte
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.editor, "!")
    window.registry["save"].trigger()
    assert bad.read_text(encoding="utf-8") == text + "!"


def test_a_settings_file_of_the_wrong_shape_starts_on_defaults_naming_the_lines(
    private_dirs, monkeypatch
):
    from netizen_editor import i18n

    monkeypatch.setattr(i18n, "_language", "en")
    path = default_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        'site_name = "Situs Saya"\neditor_font_size = 99999999\nskin = "../../etc"\n'
        "menu_pages = [1, 2]\n",
        encoding="utf-8",
    )
    settings, problem = load_settings()
    assert settings.site_name == "Situs Saya"  # the good line is kept
    assert settings.editor_font_size == 12 and settings.skin == "gradient"
    for line in (2, 3, 4):
        assert f"settings.toml:{line}:" in problem
    path.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    settings, problem = load_settings()
    assert settings.site_name == "Netizen.co.id" and "nested too deeply" in problem


def test_the_window_starts_with_a_deeply_nested_settings_file(make_window, private_dirs):
    path = default_settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n", encoding="utf-8")
    settings, problem = load_settings()
    window = make_window([], settings=settings)
    assert window.isVisible() and problem


def test_an_article_with_a_megabyte_without_a_space_opens(make_window, qtbot, tmp_path):
    """Qt wraps a line at word boundaries or else anywhere in time that grows with the square
    of a run without spaces (a megabyte of "[" held the window for minutes before it appeared,
    found by a QA pass): such an article opens wrapping anywhere, and the preview names the
    block it could not render. The time bound is a hang guard only."""
    import time

    from PySide6.QtGui import QTextOption

    article = tmp_path / "kurung.md"
    article.write_text("---\ntitle: Kurung\n---\n" + "[" * 1_000_000 + "\n\nIsi.\n")
    start = time.perf_counter()
    window = make_window([article])
    tab = window.current_tab()
    qtbot.waitUntil(lambda: not tab.loading, timeout=30_000)  # a long text goes in by slices
    tab.editor.viewport().repaint()
    assert time.perf_counter() - start < 30
    assert tab.editor.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert tab.editor.toPlainText().rstrip().endswith("Isi.")
    normal = tmp_path / "biasa.md"
    normal.write_text("---\ntitle: Biasa\n---\nKalimat biasa.\n")
    other = make_window([normal]).current_tab().editor
    assert other.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
