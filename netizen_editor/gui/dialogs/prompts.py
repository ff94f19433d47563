"""Every question the window asks the user, in one object.

The window calls ``self.prompts.<question>(...)``; tests replace single methods with canned
answers (``monkeypatch.setattr(window.prompts, "unsaved_changes", lambda name: "discard")``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QMessageBox, QWidget

from netizen_editor.article.model import ARTICLE_SUFFIXES
from netizen_editor.gui.plain_text import plain_box

if TYPE_CHECKING:  # the dialogs are loaded when first opened, not on the way to the window
    from netizen_editor.gui.dialogs.encoding_dialog import EncodingChoice
    from netizen_editor.gui.editor.image_import import ImportItem
    from netizen_editor.storage.locks import LockInfo
    from netizen_editor.storage.reading import ReadError
    from netizen_editor.storage.recovery import RecoveryItem

MARKDOWN_PATTERNS = " ".join(f"*{suffix}" for suffix in ARTICLE_SUFFIXES)
SB = QMessageBox.StandardButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class Prompts:
    @staticmethod
    def article_filter() -> str:
        """The open and save dialogs' file types."""
        return _tr("Markdown ({patterns});;All files (*)").format(patterns=MARKDOWN_PATTERNS)

    def __init__(self, parent: QWidget):
        self.parent = parent

    def _ask(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        info: str,
        buttons: list[tuple[str, QMessageBox.ButtonRole, str]],
        default: str,
        escape: str,
    ) -> str:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        box.setInformativeText(info)
        plain_box(box)  # names of files and colleagues: a planted one is shown as written
        answers: dict[QAbstractButton, str] = {}
        for label, role, answer in buttons:
            button = box.addButton(label, role)
            answers[button] = answer
            if answer == default:
                box.setDefaultButton(button)
            if answer == escape:
                box.setEscapeButton(button)
        box.exec()
        return answers.get(box.clickedButton(), escape)

    def unsaved_changes(self, name: str) -> str:
        """save, discard or cancel."""
        return self._ask(
            QMessageBox.Icon.Warning,
            _tr("Unsaved Changes"),
            _tr("Save the changes to “{name}” before closing?").format(name=name),
            _tr("If you don't save, your changes are lost."),
            [
                (_tr("&Save"), QMessageBox.ButtonRole.AcceptRole, "save"),
                (_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole, "discard"),
                (_tr("Cancel"), QMessageBox.ButtonRole.RejectRole, "cancel"),
            ],
            "save",
            "cancel",
        )

    def unsaved_stories(self, names: list[str]) -> tuple[str, list[int]]:
        """Several stories unsaved at closing: save (the rows checked), discard or cancel."""
        from netizen_editor.gui.dialogs.unsaved_dialog import ask_unsaved

        return ask_unsaved(self.parent, names)

    def disk_conflict(self, name: str, holder: str = "", author: str = "", taken: str = "") -> str:
        """The file changed on disk since it was opened (``holder``: the colleague whose lock
        is on it now, when one is; ``author``: who wrote the text there, when the app can tell
        and it is not the holder), or ``taken``: unchanged, but ``holder`` took the story over
        (the sentence saying so: a save asks all the same while they hold it): compare, copy
        (save yours as a copy), overwrite, reload or cancel."""
        title = _tr("File Changed on Disk")
        if taken:
            said = taken
            title = QCoreApplication.translate("LockDialog", "Story Open Elsewhere")
        elif holder and author:
            said = _tr(
                "“{name}” was changed by {author} since you opened it; {user} has it open now."
            )
        elif holder:
            said = _tr("“{name}” was changed since you opened it; {user} has it open now.")
        elif author:
            said = _tr("“{name}” was changed by {author} since you opened it.")
        else:
            said = _tr("“{name}” was changed by another program since you opened it.")
        return self._ask(
            QMessageBox.Icon.Warning,
            title,
            said if taken else said.format(name=name, user=holder, author=author),
            _tr(
                "Compare the two texts, save yours as a copy, overwrite it with your version "
                "(theirs is kept first, in File › History), reload theirs (yours can be "
                "brought back with Undo), or cancel."
            ),
            [
                (_tr("&Compare"), QMessageBox.ButtonRole.ActionRole, "compare"),
                (_tr("Save as a &Copy…"), QMessageBox.ButtonRole.ActionRole, "copy"),
                (_tr("&Overwrite"), QMessageBox.ButtonRole.AcceptRole, "overwrite"),
                (_tr("&Reload Theirs"), QMessageBox.ButtonRole.DestructiveRole, "reload"),
                (_tr("Cancel"), QMessageBox.ButtonRole.RejectRole, "cancel"),
            ],
            "cancel",
            "cancel",
        )

    def changed_on_disk(self, name: str, author: str = "") -> str:
        """Another program (or ``author``, when the app can tell who wrote the text there)
        changed a file that has unsaved edits here: reload or keep."""
        if author:
            said = _tr("“{name}” was changed by {author}.").format(name=name, author=author)
        else:
            said = _tr("“{name}” was changed by another program.").format(name=name)
        return self._ask(
            QMessageBox.Icon.Question,
            _tr("File Changed on Disk"),
            said,
            _tr(
                "You have unsaved changes. Reload the version on disk (yours can be brought "
                "back with Undo), or keep working on yours? Saving then asks whether to "
                "compare the two, save yours as a copy or overwrite theirs."
            ),
            [
                (_tr("&Reload"), QMessageBox.ButtonRole.DestructiveRole, "reload"),
                (_tr("&Keep Mine"), QMessageBox.ButtonRole.RejectRole, "keep"),
            ],
            "keep",
            "keep",
        )

    def folder_moved(self, sentence: str) -> str:
        """A save stopped: the story's folder now leads to another place (``sentence`` says
        which); save_as or cancel."""
        return self._ask(
            QMessageBox.Icon.Warning,
            _tr("The Article Was Not Saved"),
            sentence,
            _tr("Your text is still here and kept in the recovery journal. Save it somewhere "
                "you choose with Save As, or cancel."),
            [
                (_tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole, "save_as"),
                (_tr("Cancel"), QMessageBox.ButtonRole.RejectRole, "cancel"),
            ],
            "save_as",
            "cancel",
        )  # fmt: skip

    def renamed_save(self, old: str, new: str) -> str:
        """Saving a story whose file was renamed on disk to ``new`` (the same id): follow
        (save to the renamed file), old (save under the old name again, with a new id) or
        cancel."""
        return self._ask(
            QMessageBox.Icon.Question,
            _tr("The Article Was Renamed"),
            _tr("“{old}” was renamed to “{new}” (same story).").format(old=old, new=new),
            _tr("Save to the renamed file, or save under the old name again: that file then "
                "gets a new id, so the two are not one story twice."),
            [
                (_tr("Save to “{new}”").format(new=new), QMessageBox.ButtonRole.AcceptRole,
                 "follow"),
                (_tr("Save under the &Old Name"), QMessageBox.ButtonRole.ActionRole, "old"),
                (_tr("Cancel"), QMessageBox.ButtonRole.RejectRole, "cancel"),
            ],
            "follow",
            "cancel",
        )  # fmt: skip

    def renamed_copies(self, old: str, found: list[str]) -> str:
        """Saving a story whose file is gone while two or more files in its folder (or below)
        hold it (``found``, relative paths): old (save under the old name again, with a new
        id), save_as or cancel."""
        return self._ask(
            QMessageBox.Icon.Question,
            _tr("Several Files Hold This Article"),
            _tr("“{old}” is gone, and these files hold the same story:").format(old=old)
            + "\n" + "\n".join(f"• {name}" for name in found),
            _tr("Your text is not saved into any of them. Save it under the old name again, as a "
                "story of its own with a new id (the copies are left as they are), or choose a "
                "name."),
            [
                (_tr("Save under the &Old Name"), QMessageBox.ButtonRole.AcceptRole, "old"),
                (_tr("Save &As…"), QMessageBox.ButtonRole.ActionRole, "save_as"),
                (_tr("Cancel"), QMessageBox.ButtonRole.RejectRole, "cancel"),
            ],
            "old",
            "cancel",
        )  # fmt: skip

    def article_locked(
        self, path: Path, holder: LockInfo, *, me: str, login_name: bool, zone: str
    ) -> str:
        """A colleague has the story open: read_only, copy, take_over (a stale lock) or
        cancel (``lock_dialog``)."""
        from netizen_editor.gui.dialogs.lock_dialog import LockDialog

        dialog = LockDialog(path, holder, me=me, login_name=login_name, zone=zone,
                            parent=self.parent)  # fmt: skip
        dialog.exec()
        return dialog.answer

    def error(self, title: str, text: str, info: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, SB.Ok, self.parent)
        if info:
            box.setInformativeText(info)
        plain_box(box)
        box.exec()

    def open_paths(self, folder: str) -> list[Path]:
        names, _filter = QFileDialog.getOpenFileNames(
            self.parent, _tr("Open Article"), folder, self.article_filter()
        )
        return [Path(n) for n in names]

    def insert_image(self, folder: str, alt: str = "") -> ImportItem | None:
        """The picture chosen for "Image…" with its alt text, caption and credit."""
        from netizen_editor.gui.dialogs.insert_image_dialog import ask_image

        return ask_image(self.parent, folder, alt)

    def save_path(self, suggested: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self.parent, _tr("Save Article As"), str(suggested), self.article_filter()
        )
        return Path(name) if name else None

    def encoding(self, path: Path, error: ReadError) -> EncodingChoice | None:
        from netizen_editor.gui.dialogs.encoding_dialog import EncodingDialog

        dialog = EncodingDialog(path, error, self.parent)
        dialog.exec()
        return dialog.choice()

    def recovery(self, items: list[RecoveryItem]) -> dict[str, str]:
        """doc_id → restore, discard or later."""
        from netizen_editor.gui.dialogs.recovery_dialog import LATER, RecoveryDialog

        dialog = RecoveryDialog(items, self.parent)
        if dialog.exec() == QDialog.DialogCode.Rejected and not dialog.choices():
            return {item.doc_id: LATER for item in items}
        return dialog.choices()
