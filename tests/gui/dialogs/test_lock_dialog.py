"""The lock dialog: who has the story and since when (in the newsroom's zone), the choices it
offers (Take Over only for a stale lock), and the note when the user's own name is the login
name."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from netizen_editor.gui.dialogs.lock_dialog import (
    CANCEL,
    COPY,
    READ_ONLY,
    TAKE_OVER,
    LockDialog,
)
from netizen_editor.storage.locks import LockInfo
from netizen_editor.storage.sessions import hostname

SINCE = dt.datetime(2026, 12, 6, 3, 4, tzinfo=dt.UTC)  # 10.04 WIB, 11.04 WITA


def dialog_for(qtbot, holder: LockInfo, **kwargs) -> LockDialog:
    options = {"me": "Rina", "login_name": False, "zone": "WIB"} | kwargs
    dialog = LockDialog(Path("/desk/banjir.md"), holder, **options)
    qtbot.addWidget(dialog)
    return dialog


def test_a_live_lock_says_who_and_since_when_and_offers_no_take_over(qtbot):
    now = dt.datetime.now(dt.UTC)
    holder = LockInfo("Budi", "laptop-budi", 4242, SINCE, now)
    dialog = dialog_for(qtbot, holder)
    text = dialog.message.text()
    assert "Budi has “banjir.md” open on laptop-budi since" in text
    assert "6 Desember 2026 10.04 WIB" in text
    assert set(dialog.buttons) == {READ_ONLY, COPY, CANCEL}
    assert dialog.findChild(type(dialog.message), "lock_name_note") is None
    wita = dialog_for(qtbot, holder, zone="WITA")
    assert "11.04 WITA" in wita.message.text()


@pytest.mark.parametrize("answer", [READ_ONLY, COPY, CANCEL])
def test_each_button_is_the_answer(qtbot, answer):
    now = dt.datetime.now(dt.UTC)
    dialog = dialog_for(qtbot, LockInfo("Budi", "laptop-budi", 1, SINCE, now))
    dialog.buttons[answer].click()
    assert dialog.answer == answer


def test_escape_cancels(qtbot):
    now = dt.datetime.now(dt.UTC)
    dialog = dialog_for(qtbot, LockInfo("Budi", "laptop-budi", 1, SINCE, now))
    dialog.reject()
    assert dialog.answer == CANCEL


def test_a_stale_lock_offers_take_over(qtbot):
    holder = LockInfo("Budi", "laptop-budi", 1, SINCE, SINCE)  # no heartbeat for long
    dialog = dialog_for(qtbot, holder)
    assert TAKE_OVER in dialog.buttons and dialog.buttons[TAKE_OVER].isDefault()
    assert "no sign of life from it since" in dialog.message.text()
    dialog.buttons[TAKE_OVER].click()
    assert dialog.answer == TAKE_OVER


def test_a_lock_of_a_process_gone_from_this_computer(qtbot, dead_pid):
    now = dt.datetime.now(dt.UTC)
    dialog = dialog_for(qtbot, LockInfo("Budi", hostname(), dead_pid, SINCE, now))
    assert TAKE_OVER in dialog.buttons
    assert "no longer running" in dialog.message.text()


def test_an_unreadable_lock_is_someone(qtbot):
    now = dt.datetime.now(dt.UTC)
    dialog = dialog_for(qtbot, LockInfo("", "", 0, now, now))
    assert "Someone has “banjir.md” open" in dialog.message.text()


def test_the_login_name_is_said(qtbot):
    now = dt.datetime.now(dt.UTC)
    holder = LockInfo("Budi", "laptop-budi", os.getpid(), SINCE, now)
    dialog = dialog_for(qtbot, holder, me="rina", login_name=True)
    note = dialog.findChild(type(dialog.message), "lock_name_note")
    assert note is not None and "“rina”, your login name" in note.text()


@pytest.fixture
def dead_pid() -> int:
    from tests.storage.conftest import find_dead_pid

    return find_dead_pid()


def test_an_english_window_says_when_in_english(qtbot, english):
    now = dt.datetime.now(dt.UTC)
    dialog = dialog_for(qtbot, LockInfo("Budi", "laptop-budi", 4242, SINCE, now))
    assert "since Sunday, 6 December 2026 10:04 WIB" in dialog.message.text()
