"""An untitled article's problems name it as its tab does, never by the command line's
placeholder ``<text>`` (which ``netizen-editor check`` still prints)."""

from __future__ import annotations

from tests.gui import TIMEOUT

BAD_DATE = "---\ntitle: Banjir\ndate: kemarin sore\n---\nIsi.\n"


def test_the_status_bar_names_an_untitled_article_as_its_tab(make_window, qtbot):
    window = make_window([])
    window.registry["new"].trigger()
    tab = window.current_tab()
    assert tab.document.path is None
    tab.editor.setPlainText(BAD_DATE)
    problem = window.status.problem
    qtbot.waitUntil(lambda: bool(problem.text()), timeout=TIMEOUT)
    assert "<text>" not in problem.text() and "<text>" not in tab.problem
    assert problem.text().startswith(f"⚠ {tab.tab_label()}:3: ")
    assert "kemarin sore" in problem.text()


def test_a_titled_untitled_article_is_named_by_its_title(make_window, qtbot):
    window = make_window([])
    window.registry["new"].trigger()
    tab = window.current_tab()
    tab.editor.setPlainText("---\ntitle: Banjir Rob\n---\nIsi.\n")
    qtbot.waitUntil(lambda: tab.tab_label() == "Banjir Rob", timeout=TIMEOUT)
    tab.editor.setPlainText(BAD_DATE.replace("Banjir", "Banjir Rob"))
    qtbot.waitUntil(lambda: bool(window.status.problem.text()), timeout=TIMEOUT)
    assert window.status.problem.text().startswith("⚠ Banjir Rob:3: ")
