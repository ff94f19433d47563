"""English counts read as English: "1 warning", "1 suggestion, 2 comments", "1 word", never
"1 warnings" (the tests run without a translator: the English source texts)."""

from __future__ import annotations

import pytest

from netizen_editor.checks.findings import Finding, Level
from netizen_editor.editing.textstats import TextStats
from netizen_editor.gui.panels.checks_panel import counts_text
from netizen_editor.gui.panels.review_panel import summary_text


def findings(errors: int, warnings: int) -> list[Finding]:
    made = [Finding(1, 1, Level.ERROR, "r", "m") for _ in range(errors)]
    return made + [Finding(1, 1, Level.WARNING, "r", "m") for _ in range(warnings)]


@pytest.mark.parametrize(
    ("errors", "warnings", "shown"),
    [
        (0, 1, "0 errors · 1 warning"),
        (1, 2, "1 error · 2 warnings"),
        (2, 0, "2 errors · 0 warnings"),
        (0, 9020, "0 errors · 9,020 warnings"),  # grouped as the status bar's words
    ],
)
def test_the_checks_counts(errors, warnings, shown, english):
    assert counts_text(findings(errors, warnings)) == shown


@pytest.mark.parametrize(
    ("changes", "comments", "shown"),
    [
        (0, 1, "0 suggestions, 1 comment"),
        (1, 2, "1 suggestion, 2 comments"),
        (3, 0, "3 suggestions, 0 comments"),
    ],
)
def test_the_review_summary(changes, comments, shown):
    assert summary_text(changes, comments) == shown


def test_the_status_bar_counts(qtbot, english):
    from PySide6.QtWidgets import QStatusBar

    from netizen_editor import i18n
    from netizen_editor.gui.window.status import StatusFields

    bar = QStatusBar()
    qtbot.addWidget(bar)
    fields = StatusFields(bar)
    fields.set_stats(TextStats(words=1, characters=1, reading_minutes=1))
    assert fields.stats.text() == "1 word · 1 character · 1 min read"
    fields.set_stats(TextStats(words=1200, characters=8000, reading_minutes=6))
    # in the app's language (QA33 #11): "1.200" was written in English too
    assert fields.stats.text() == "1,200 words · 8,000 characters · 6 min read"
    i18n.set_language("id")  # (the fixture puts English's predecessor back)
    fields.set_stats(TextStats(words=360_000, characters=2_326_940, reading_minutes=1_800))
    assert fields.stats.text().startswith("360.000 words · 2.326.940 characters")


@pytest.mark.parametrize(("errors", "shown"), [(1, "1 error to fix"), (2, "2 errors to fix")])
def test_the_export_warning_title(qtbot, errors, shown):
    from PySide6.QtWidgets import QDialog, QLabel

    from netizen_editor.gui.dialogs.checks_gate import ChecksWarning

    dialog = QDialog()
    qtbot.addWidget(dialog)
    warning = ChecksWarning(dialog, findings(errors, 0))
    titles = [label.text() for label in warning.findChildren(QLabel)]
    assert any(f"<b>{shown} before publishing</b>" == text for text in titles), titles
