"""The questions asked before a story's status is set, each one question wherever it is asked:
before a story is spiked (withdrawn and kept: the desk's Spike action and the Article Details
panel's Status list, so a single click next to Published never withdraws a story), before a
spiked story is marked ready or published (the desk pulled it: one click must not run it; back
to review or draft is how a spike is undone, and is not asked), before a story the checks found
errors in is marked ready or published (the desk's actions and the Status list), and when the
story's status was set by someone else since the user chose (the desk)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from netizen_editor.gui.plain_text import plain_box
from netizen_editor.settings import DEFAULT_SITE_URL

if TYPE_CHECKING:
    from netizen_editor.checks.findings import Finding

#: the check whose errors are suggestions not yet accepted or rejected (checks/rules_review.py)
SUGGESTION_RULE = "review"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desk", text)  # the desk's words, where it first asked


def confirm_spike(parent: QWidget | None, story: str, status: str = "") -> bool:
    """Spike ``story`` (its title, else its file name), whose status is now ``status``? A
    published one is told that its post stays on the site: spiking changes the file, not the
    blog (QA31 F6). Cancel is the default, so Enter and Escape keep the status; True only when
    Spike was clicked."""
    from netizen_editor.gui.desk.table_model import status_name

    box = QMessageBox(QMessageBox.Icon.Question, _tr("Spike Story?"),
                      _tr("Spike “{title}”?").format(title=story),
                      QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
    box.setObjectName("desk_spike_dialog")
    plain_box(box)  # the title is the story's: a planted one is shown as written
    told = _tr(
        "The story is withdrawn and kept: the desk lists it under {status}, and its status "
        "can be set back at any time."
    ).format(status=status_name("spiked"))
    if status.strip().lower() == "published":
        live = _tr("Its post stays live on {site} until it is removed in Blogger.")
        told += " " + live.format(site=live_site(parent))
    box.setInformativeText(told)
    box.addButton(_tr("&Spike"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    box.deleteLater()
    return box.clickedButton() not in (None, cancel)


def live_site(parent: QWidget | None) -> str:
    """The blog's host ("netizen.co.id"), from the settings of the window ``parent`` is."""
    settings = getattr(parent, "settings", None)  # (the window's; a bare widget has none)
    url = str(getattr(settings, "site_url", "") or DEFAULT_SITE_URL)
    return urlsplit(url).hostname or url


def confirm_spiked_story(parent: QWidget | None, story: str, status: str) -> bool:
    """``story`` (its title, else its file name) was spiked: set it to ``status`` (ready or
    published) anyway? Keep Status is the default (Enter and Escape keep it)."""
    from netizen_editor.gui.desk.table_model import status_name

    text = (_tr("“{title}” was spiked by the desk: publish it anyway?") if status == "published"
            else _tr("“{title}” was spiked by the desk: mark it ready anyway?"))  # fmt: skip
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Spiked Story"), text.format(title=story),
                      QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
    box.setObjectName("spiked_story_question")
    plain_box(box)  # the title is the story's: a planted one is shown as written
    box.setInformativeText(_tr("Spiking was the desk's decision not to run it; Send to "
                               "Editor takes it back to review."))  # fmt: skip
    return _set_anyway(box, status_name(status))


def confirm_despite_errors(parent: QWidget | None, story: str, status: str, errors: int,
                           details: Sequence[str] = (), *, suggestions: int = 0,
                           open_here: bool = False) -> bool:  # fmt: skip
    """Set ``story`` (its title, else its file name), which the checks found ``errors`` errors
    in (``details``: their messages, when known; ``suggestions``: how many of them are
    suggestions not yet accepted or rejected), to ``status`` anyway? ``open_here``: the story
    is open in this window (not told to open it). Keep Status is the default (Enter and Escape
    keep it)."""
    from netizen_editor.gui.desk.table_model import status_name

    found = (_tr("The checks found {n} error in “{title}”.") if errors == 1
             else _tr("The checks found {n} errors in “{title}”."))  # fmt: skip
    text = found.format(n=errors, title=story)
    if suggestions:
        text += " " + _suggestions_told(errors, suggestions)
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Errors Found"), text,
                      QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
    box.setObjectName("errors_question")
    plain_box(box)
    where = (_tr("The checks panel lists them.") if open_here
             else _tr("Open the story: the checks panel lists them."))  # fmt: skip
    box.setInformativeText("\n".join(f"• {message}" for message in details[:8]) or where)
    return _set_anyway(box, status_name(status))


def confirm_despite_findings(parent: QWidget | None, story: str, status: str,
                             errors: Sequence[Finding]) -> bool:  # fmt: skip
    """``confirm_despite_errors`` for a story open in this window, whose error-level findings
    are ``errors``: listed, and its unresolved suggestions counted."""
    suggestions = sum(1 for finding in errors if finding.rule == SUGGESTION_RULE)
    return confirm_despite_errors(parent, story, status, len(errors),
                                  [finding.message for finding in errors],
                                  suggestions=suggestions, open_here=True)  # fmt: skip


def _suggestions_told(errors: int, suggestions: int) -> str:
    """Which of the ``errors`` are suggestions to decide (the reporter's or a colleague's)."""
    if suggestions >= errors:
        return (_tr("It is a suggestion not yet accepted or rejected.") if errors == 1
                else _tr("They are suggestions not yet accepted or rejected."))  # fmt: skip
    if suggestions == 1:
        return _tr("One of them is a suggestion not yet accepted or rejected.")
    return _tr("{n} of them are suggestions not yet accepted or rejected.").format(n=suggestions)


def confirm_changed(parent: QWidget | None, story: str, wanted: str, now: str, by: str = "",
                    at: str = "") -> bool:  # fmt: skip
    """``story`` is ``now`` (set by ``by`` at ``at`` when known) since the user chose
    ``wanted`` (both shown as the desk names them): set it anyway? Keep Status is the default
    (Enter and Escape keep it)."""
    if by and at:
        text = _tr("“{title}” is now {now}: {user} set it at {time}.")
    else:
        text = _tr("“{title}” is now {now}: it was changed meanwhile.")
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Status Changed"),
                      text.format(title=story, now=now, user=by, time=at),
                      QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
    box.setObjectName("status_changed_question")
    plain_box(box)
    box.setInformativeText(_tr("Set it to {status} anyway?").format(status=wanted))
    return _set_anyway(box, wanted)


def _set_anyway(box: QMessageBox, status: str) -> bool:
    """Ask ``box`` with Keep Status (the default: Enter and Escape) and Set “STATUS” Anyway;
    True only when the latter was clicked."""
    keep = box.addButton(_tr("Keep Status"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(_tr("Set “{status}” Anyway").format(status=status),
                  QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    box.deleteLater()
    return box.clickedButton() not in (None, keep)
