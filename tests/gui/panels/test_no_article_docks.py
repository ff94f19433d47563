"""With no article open, the side docks say so, as the Checks panel does (QA30 #7): the details
and the outline were blank grey docks, the Review panel said "No suggestions or comments." as
for an open story without any, and suggest mode could be turned on with nothing to suggest in."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from netizen_editor.settings import Settings
from tests.gui import TIMEOUT

#: the Review menu's actions that work on the current article
ARTICLE_ACTIONS = ("suggest_mode", "add_comment", "accept_mark", "reject_mark", "next_mark",
                   "previous_mark", "embed", "add_update")  # fmt: skip


def said(page: QWidget | None) -> str:
    """The sentence a dock's page says, "" for a page that is not one sentence."""
    return page.text() if isinstance(page, QLabel) else ""


def shown(dock_page: QWidget | None) -> QWidget | None:
    """The page shown of a dock's widget (itself, or the current page of a stack)."""
    return dock_page.currentWidget() if isinstance(dock_page, QStackedWidget) else dock_page


def docks_say(window) -> list[str]:
    """What the Details, the Outline and the Review dock say."""
    docks = (window.metadata_dock, window.outline_dock, window.review_dock.dock)
    return [said(shown(dock.widget())) for dock in docks]


def close_all(qtbot, window) -> None:
    for tab in window.all_tabs():
        window.files.close_tab(tab)
    qtbot.waitUntil(lambda: window.current_tab() is None, timeout=TIMEOUT)


def test_with_every_tab_closed_the_docks_say_no_article_is_open(qtbot, make_window, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    assert docks_say(window) == ["", "", ""]  # the story's details, outline and marks
    close_all(qtbot, window)
    assert docks_say(window) == ["No article is open"] * 3
    assert not any(window.registry[key].isEnabled() for key in ARTICLE_ACTIONS)
    window.files.open_path(str(article_file))
    qtbot.waitUntil(lambda: window.current_tab() is not None, timeout=TIMEOUT)
    tab = window.current_tab()
    assert window.metadata_stack.currentWidget() is tab.metadata_slot
    assert window.outline_stack.currentWidget() is tab.outline
    assert docks_say(window) == ["", "", ""]
    assert all(window.registry[key].isEnabled() for key in ARTICLE_ACTIONS)


def test_suggest_mode_waits_for_the_next_article(qtbot, make_window, article_file):
    """Turned on, then every tab closed: the status bar no longer says "Suggesting as …" and
    the mode cannot be toggled; the next story opened is in suggest mode again."""
    window = make_window([article_file], settings=replace(Settings(), default_author="Dewi"))
    action = window.registry["suggest_mode"]
    action.trigger()
    assert window.status.suggesting.isVisible()
    close_all(qtbot, window)
    assert not window.status.suggesting.isVisible()
    assert action.isChecked() and not action.isEnabled()
    action.trigger()  # (its key, a click on the greyed button)
    assert action.isChecked() and not window.status.suggesting.isVisible()
    window.files.open_path(str(article_file))
    qtbot.waitUntil(lambda: window.current_tab() is not None, timeout=TIMEOUT)
    assert window.current_tab().editor.suggester.active and action.isEnabled()
    assert window.status.suggesting.isVisible() and "Dewi" in window.status.suggesting.text()


def test_a_window_started_without_an_article_says_so_in_indonesian(make_window, indonesian_ui):
    window = make_window(restore=False, settings=Settings(ui_language="id"))
    assert window.current_tab() is None
    assert docks_say(window) == ["Tidak ada artikel yang terbuka"] * 3
    assert not window.registry["suggest_mode"].isEnabled()
