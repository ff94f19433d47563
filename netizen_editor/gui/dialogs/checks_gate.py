"""Before an export: the article's error-level findings at the top of the export dialog, with
"back to the article" and "export anyway" (the dialog's own Export button, relabelled)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from netizen_editor.checks import Finding, Level
from netizen_editor.checks.context import check_text
from netizen_editor.errors import ArticleError
from netizen_editor.settings import Settings
from netizen_editor.snapshot import Snapshot

WHERE_ROLE = Qt.ItemDataRole.UserRole
#: the check of a template's text still to be filled in (checks/rules_template.py)
PLACEHOLDER_RULE = "template-placeholder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecksGate", text)


class ChecksWarning(QFrame):
    """The errors, a button back to the article, and a note that export still works."""

    def __init__(self, dialog: QDialog, errors: list[Finding]):
        super().__init__(dialog)
        self.setObjectName("checks_warning")
        self.setStyleSheet(
            "#checks_warning { background: #fdecea; border: 1px solid #f3b8b3; "
            "border-radius: 4px; }"
        )
        self.dialog = dialog
        self.errors = errors
        title = QLabel(
            "<b>"
            + (
                _tr("{n} error to fix before publishing")
                if len(errors) == 1
                else _tr("{n} errors to fix before publishing")
            ).format(n=len(errors))
            + "</b>"
        )
        self.list = QListWidget()
        self.list.setObjectName("checks_errors")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for finding in errors:
            item = QListWidgetItem(
                _tr("line {line}: {message}").format(line=finding.line, message=finding.message)
            )
            item.setData(WHERE_ROLE, (finding.line, finding.column))
            self.list.addItem(item)
        self.list.setMaximumHeight(min(160, 40 * len(errors) + 8))
        self.back_button = QPushButton(_tr("&Back to the Article"))
        self.back_button.setObjectName("checks_back_button")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.go_back())
        self.list.itemActivated.connect(lambda item: self.go_back(item.data(WHERE_ROLE)))
        suggestions = [f for f in errors if f.rule == "review"]
        #: a template's text still to fill in: the export refuses it too (no "export anyway")
        self.placeholders = [f for f in errors if f.rule == PLACEHOLDER_RULE]
        if suggestions:
            note = QLabel(_tr("An export never publishes suggestions: decide them first."))
        elif self.placeholders:
            note = QLabel(
                _tr("An export never publishes a template's placeholders: fill them in first "
                    "(Tab goes to the next).")
            )  # fmt: skip
        else:
            note = QLabel(_tr("Or export anyway."))
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        self.review_button: QPushButton | None = None
        if suggestions:  # unresolved suggestions: the Review panel decides them
            self.review_button = QPushButton(_tr("&Review the Suggestions"))
            self.review_button.setObjectName("checks_review_button")
            self.review_button.setAutoDefault(False)
            first = suggestions[0]
            self.review_button.clicked.connect(
                lambda: self.go_to_review((first.line, first.column))
            )
            row.addWidget(self.review_button)
        row.addWidget(note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def go_to_review(self, where: tuple[int, int]) -> None:
        """Close the dialog and open the Review panel at the first suggestion."""
        self.dialog.reject()
        dock = getattr(self.dialog.parentWidget(), "review_dock", None)
        if dock is not None:
            dock.reveal(*where)

    def go_back(self, where: tuple[int, int] | None = None) -> None:
        line, column = where or (self.errors[0].line, self.errors[0].column)
        self.dialog.reject()
        dock = getattr(self.dialog.parentWidget(), "checks_dock", None)
        if dock is not None:
            dock.reveal(line, column)


def snapshot_errors(snapshot: Snapshot, settings: Settings) -> list[Finding]:
    """The error-level findings of ``snapshot``'s text: its own (checked off the GUI thread);
    a snapshot made without the checks (a first look at an opened file) is checked here.
    None for broken front matter: the export and the preview say what is wrong."""
    found = snapshot.findings
    if not snapshot.checked and snapshot.article is not None:
        try:
            found = check_text(snapshot.text, snapshot.path, settings)
        except ArticleError:
            found = []
    return [f for f in found if f.level == Level.ERROR]


def add_checks_warning(
    dialog: QDialog, snapshot: Snapshot, settings: Settings, export_button: QPushButton
) -> ChecksWarning | None:
    """Put the article's errors at the top of ``dialog``; None when there are none."""
    errors = snapshot_errors(snapshot, settings)
    if not errors:
        return None
    warning = ChecksWarning(dialog, errors)
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(0, warning)
    if warning.review_button is not None:  # unresolved suggestions: the export refuses them
        export_button.setEnabled(False)
        export_button.setToolTip(_tr("Decide the suggestions in the Review panel first"))
    elif warning.placeholders:  # a template not filled in: the export refuses it
        export_button.setEnabled(False)
        export_button.setToolTip(_tr("Fill in the template's placeholders first"))
    else:
        export_button.setText(_tr("Export &Anyway"))
    return warning
