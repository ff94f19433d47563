"""Every keyboard shortcut of the window reaches one action: Qt ignores a key that two
actions share ("Ambiguous shortcut overload"), as Ctrl+Alt+M once was for both View › Mobile
Width and Review › Add Comment."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QAction, QKeySequence


def test_no_two_actions_of_the_window_share_a_shortcut(make_window):
    window = make_window([])
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            if not keys.isEmpty():
                owners[keys.toString(QKeySequence.SequenceFormat.PortableText)].append(
                    action.objectName() or action.text()
                )
    assert owners, "the window has shortcuts"
    shared = {keys: names for keys, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_ctrl_alt_m_adds_a_comment_and_the_phone_width_has_its_own_key(make_window):
    window = make_window([])
    registry = window.registry
    assert registry["add_comment"].shortcut() == QKeySequence("Ctrl+Alt+M")
    mobile = registry["preview_mobile"].shortcut()
    assert not mobile.isEmpty() and mobile != QKeySequence("Ctrl+Alt+M")


def test_the_phone_width_key_switches_the_preview(make_window, qtbot, article_file):
    window = make_window([article_file])
    tab = window.current_tab()
    tab.editor.setFocus()
    window.registry["preview_desktop"].trigger()
    assert window.session.preview_width != "mobile"
    keys = window.registry["preview_mobile"].shortcut()[0]
    qtbot.keyClick(tab.editor, keys.key(), keys.keyboardModifiers())
    assert window.registry["preview_mobile"].isChecked()
    assert window.session.preview_width == "mobile"
