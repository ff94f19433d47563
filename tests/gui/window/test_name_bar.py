"""The journalist's name, asked once (a non-modal bar at the start while Settings has no
author): it names the login, Set Name… writes ``default_author`` keeping the other keys and is
used at once, Hide lasts the session, and a window with a name never shows it."""

from __future__ import annotations

import getpass
import tomllib
from dataclasses import replace

from netizen_editor.gui.window.name_bar import NameBar, NameDialog, offer_name
from netizen_editor.settings import Settings
from netizen_editor.storage.locks import read_lock
from tests.gui import TIMEOUT


def start(make_window, files=(), settings=None):
    """The window as ``gui/app.py`` starts it: restored, then offered the bar."""
    window = make_window(list(files), settings=settings)
    bar = offer_name(window)
    return window, bar


def set_name(qtbot, window, bar: NameBar, name: str) -> NameDialog:
    bar.set_button.click()
    dialog = window.findChild(NameDialog, "name_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.edit.setText(name)
    dialog.ok_button().click()
    return dialog


def test_the_bar_names_the_login_when_settings_have_no_author(make_window):
    window, bar = start(make_window)
    assert bar is not None and bar.isVisible()
    assert window.findChild(NameBar, "name_bar") is bar
    assert f"“{getpass.getuser()}”" in bar.label.text()
    assert bar.set_button.text() == "Set &Name…"
    assert bar.y() < window.central_stack.y()  # above the tabs, inside the window


def test_set_name_writes_it_keeping_the_other_keys(make_window, qtbot, tmp_path):
    window, bar = start(make_window)
    window.settings_path = tmp_path / "cfg" / "settings.toml"
    window.settings_path.parent.mkdir()
    window.settings_path.write_text(
        'skin = "plain"\ntimezone = "WITA"\nfuture_key = 7\n\n[ad_slots]\ntop = "123"\n',
        encoding="utf-8",
    )
    dialog = set_name(qtbot, window, bar, "  Rina   Wulandari ")
    assert not dialog.isVisible()
    data = tomllib.loads(window.settings_path.read_text(encoding="utf-8"))
    assert data == {
        "skin": "plain",
        "timezone": "WITA",
        "future_key": 7,
        "ad_slots": {"top": "123"},
        "default_author": "Rina Wulandari",
    }


def test_an_empty_name_is_refused(make_window, qtbot, tmp_path):
    window, bar = start(make_window)
    window.settings_path = tmp_path / "settings.toml"
    bar.set_button.click()
    dialog = window.findChild(NameDialog, "name_dialog")
    dialog.edit.setText("   ")
    assert not dialog.ok_button().isEnabled()
    dialog.accept()  # Enter in the field
    assert dialog.isVisible() and dialog.error_label.text() == "Type your name first."
    assert not window.settings_path.exists()
    assert bar.isVisible() and window.settings.default_author == ""


def test_a_settings_file_that_cannot_be_written_says_so(make_window, qtbot, tmp_path):
    window, bar = start(make_window)
    folder = tmp_path / "config"
    folder.write_text("a file where the settings folder should be\n", encoding="utf-8")
    window.settings_path = folder / "settings.toml"
    dialog = set_name(qtbot, window, bar, "Rina")
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("The name was not saved: ")
    assert str(folder) in dialog.error_label.text()
    assert bar.isVisible() and window.settings.default_author == ""


def test_a_settings_file_that_cannot_be_read_is_not_overwritten(make_window, qtbot, tmp_path):
    window, bar = start(make_window)
    window.settings_path = tmp_path / "settings.toml"
    window.settings_path.write_text('skin = "plain"\ntimezone = \n', encoding="utf-8")
    dialog = set_name(qtbot, window, bar, "Rina")
    assert dialog.isVisible()
    assert f"{window.settings_path}:2:" in dialog.error_label.text()
    assert window.settings_path.read_text(encoding="utf-8") == 'skin = "plain"\ntimezone = \n'


def test_the_name_is_used_at_once_and_the_bar_goes(make_window, qtbot, tmp_path, article_file):
    window, bar = start(make_window)
    window.settings_path = tmp_path / "settings.toml"
    window.registry["suggest_mode"].trigger()  # suggest mode on: signed with the login
    assert getpass.getuser() in window.status.suggesting.text()
    set_name(qtbot, window, bar, "Rina Wulandari")
    assert window.settings.default_author == "Rina Wulandari"
    assert not bar.isVisible()
    assert window.status.suggesting.text() == "✎ Suggesting as Rina Wulandari"
    tab = window.current_tab()
    assert tab is not None and tab.editor.suggester.who() == "Rina Wulandari"
    opened = window.files.open_path(article_file)  # a new lock carries the name
    assert opened is not None
    holder = read_lock(article_file)
    assert holder is not None and holder.user == "Rina Wulandari"
    assert offer_name(window) is None  # and the bar is not offered again
    assert not bar.isVisible()


def test_hidden_stays_hidden_for_the_session(make_window, qtbot):
    window, bar = start(make_window)
    bar.hide_button.click()
    assert not bar.isVisible()
    window.files.new_article()
    window.apply_settings(replace(window.settings, skin="plain"))
    assert offer_name(window) is None
    assert not bar.isVisible()
    assert window.findChildren(NameBar) == [bar]


def test_not_shown_when_a_name_is_set(make_window):
    settings = replace(Settings(ui_language="en"), default_author="Budi")
    window, bar = start(make_window, settings=settings)
    assert bar is None
    assert window.findChild(NameBar) is None


def test_a_name_given_in_settings_hides_the_bar(make_window, qtbot):
    window, bar = start(make_window)
    window.apply_settings(replace(window.settings, default_author="Budi"))  # Settings dialog
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=TIMEOUT)


def test_a_story_open_before_the_name_was_given_has_its_lock_signed_at_once(
    make_window, qtbot, tmp_path, article_file
):
    """The lock of a story opened while the login signed it carries the name once it is given
    (not at the next minute's heartbeat): a colleague sees who has it open."""
    window, bar = start(make_window)
    window.settings_path = tmp_path / "settings.toml"
    assert window.files.open_path(article_file) is not None
    before = read_lock(article_file)
    assert before is not None and before.user == getpass.getuser()
    set_name(qtbot, window, bar, "Rina Wulandari")
    after = read_lock(article_file)
    assert after is not None and after.user == "Rina Wulandari"
