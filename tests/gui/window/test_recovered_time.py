"""A recovered text's bar says its time as the desk and History write one ("8 Dec 2026
07:05:04 WIB"), not "2026-12-08 07:05:04 WIB" (QA34 F6: three styles of time in one window)."""

from __future__ import annotations

import re

from tests.gui.window.test_recovery import crashed_session
from tests.samples import TEST_ARTICLE

SHORT = re.compile(r"from \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [A-Z]{3,4}\.")


def test_the_recovered_texts_time_is_written_as_the_desk_writes_one(make_window, article_file):
    crashed_session([(article_file, TEST_ARTICLE + "Ketikan yang hilang.\n")])
    window = make_window([])
    window.prompts.recovery = lambda items: {item.doc_id: "restore" for item in items}
    (tab,) = window.offer_recovery()
    said = tab.info_bar.label.text()
    assert SHORT.search(said), said
    assert not re.search(r"\d{4}-\d\d-\d\d", said)


def test_the_recovery_dialog_writes_its_times_as_the_desk_does(english):
    import datetime as dt

    from netizen_editor import i18n
    from netizen_editor.gui.dialogs.recovery_dialog import describe_time

    now = dt.datetime(2026, 12, 8, 5, 0, tzinfo=dt.UTC)  # 12.00 WIB
    today = dt.datetime(2026, 12, 8, 3, 30, 5, tzinfo=dt.UTC)
    earlier = dt.datetime(2026, 12, 5, 2, 15, tzinfo=dt.UTC)
    assert describe_time(today, now, "WIB") == "today at 10:30:05 WIB"
    assert describe_time(earlier, now, "WIB") == "5 Dec 2026 09:15 WIB"
    i18n.set_language("id")  # (the fixture puts the language back)
    assert describe_time(earlier, now, "WITA") == "5 Des 2026 10.15 WITA"
