"""File › History… between a desk editor and a reporter (QA25 F-D, F-P): "Changes Since the Last
Review" shows the editor everything the reporter did since his review (all her decisions,
not her last click), and the reporter all her decisions; the compare list names who kept each
version, as the list of versions does."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from netizen_editor.gui.dialogs.compare_dialog import CURRENT, CompareDialog
from netizen_editor.history.article_id import keeping_id, with_article_id
from netizen_editor.history.diff import DELETE, INSERT
from netizen_editor.history.store import History
from netizen_editor.settings import Settings
from tests.gui.dialogs.test_compare_dialog import compared

RINA, BUDI = "Rina Wati", "Budi Santoso"
SIGN = "{>>@Budi Santoso (2026-12-07T19:38+07:00)<<}"
WRITTEN = (
    "---\ntitle: Banjir Rob\nstatus: review\n---\n"
    "Banjir rob merendam sedikitnya 300 rumah. Warga kuatir air naik lagi.\n"
)
REVIEWED = (
    WRITTEN.replace("sedikitnya ", "{--sedikitnya --}" + SIGN)
    .replace("300 rumah.", "300 rumah{++ sejak pagi++}" + SIGN + ".")
    .replace("kuatir", "{~~kuatir~>khawatir~~}" + SIGN)
)
#: after each of Rina's decisions: the deletion accepted, the addition rejected, the
#: substitution accepted
FIRST = REVIEWED.replace("{--sedikitnya --}" + SIGN, "")
SECOND = FIRST.replace("{++ sejak pagi++}" + SIGN, "")
DECIDED = SECOND.replace("{~~kuatir~>khawatir~~}" + SIGN, "khawatir")


def desk_story(tmp_path):
    """Rina saved, Budi saved his review, Rina decided three times (a version before each)."""
    text, found = with_article_id(DECIDED)
    assert found is not None
    path = tmp_path / "banjir-rob.md"
    path.write_text(text, encoding="utf-8")
    times = iter(dt.datetime.now(dt.UTC) - dt.timedelta(minutes=30 - n) for n in range(10))
    for author, reason, version in [(RINA, "save", WRITTEN), (BUDI, "save", REVIEWED),
                                    (RINA, "review", REVIEWED), (RINA, "review", FIRST),
                                    (RINA, "review", SECOND)]:  # fmt: skip
        history = History(path.parent, found, author=author, clock=lambda: next(times))
        assert history.keep(keeping_id(version, found), reason).version is not None
    return path


def open_as(make_window, path, who: str) -> CompareDialog:
    window = make_window([path], settings=replace(Settings(ui_language="en"), default_author=who))
    window.registry["history"].trigger()
    dialog = window.findChild(CompareDialog)
    assert dialog is not None
    assert [(e.author, e.reason) for e in dialog.entries[:5]] == [
        (RINA, "review"), (RINA, "review"), (RINA, "review"), (BUDI, "save"), (RINA, "save")
    ]  # fmt: skip
    return dialog


def test_the_editor_sees_every_decision_since_his_review(make_window, qtbot, tmp_path):
    dialog = open_as(make_window, desk_story(tmp_path), BUDI)
    assert dialog.show_since_review()
    compared(qtbot, dialog)
    assert dialog.chosen() is dialog.entries[3]  # his own save, not Rina's last click
    assert dialog.to_combo.currentData() == CURRENT
    gone = "".join(p.text for p in dialog.diff.pieces if p.kind == DELETE)
    assert "sedikitnya" in gone and "sejak pagi" in gone and "kuatir" in gone
    assert dialog.summary.text().startswith("Since your last version before a colleague's")
    assert dialog.review_button.toolTip().startswith("What changed since you reviewed")


def test_the_reporter_sees_all_her_decisions(make_window, qtbot, tmp_path):
    dialog = open_as(make_window, desk_story(tmp_path), RINA)
    dialog.review_button.click()
    compared(qtbot, dialog)
    assert dialog.chosen() is dialog.entries[2]  # before her first decision
    gone = "".join(p.text for p in dialog.diff.pieces if p.kind == DELETE)
    assert "sedikitnya" in gone and "sejak pagi" in gone
    # the substitution she accepted: its mark goes whole (ca9a5e0), the word it made comes in,
    # and no word counts as added (the reader read "khawatir" in the mark already)
    assert "{~~kuatir~>khawatir~~}" in gone
    assert "".join(p.text for p in dialog.diff.pieces if p.kind == INSERT) == "khawatir"
    assert "0 words added, 2 deleted" in dialog.summary.text()
    assert f"{dialog.entries[2].time} by {RINA}" in dialog.summary.text()


def test_the_compare_list_names_who_kept_each_version(make_window, qtbot, tmp_path):
    dialog = open_as(make_window, desk_story(tmp_path), BUDI)
    combo = dialog.to_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels[0] == "the current text"
    assert labels[4] == f"{dialog.entries[3].time} · save · {BUDI}"
    assert labels[1].endswith(f"review decision · {RINA}")
