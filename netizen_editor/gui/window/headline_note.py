"""The tab's notice of a headline changed by a colleague's save (QA31 F4): "Title changed by
Sari: «old» → «new»", when the text that replaced the open story's changed its front matter's
title or summary (``article.headline_change``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from netizen_editor.article.headline_change import headline_changes
from netizen_editor.terminal import terminal_safe

if TYPE_CHECKING:
    from netizen_editor.gui.window.document_tab import DocumentTab

#: a title or summary said in the notice is cut to this many characters (a planted one may be
#: a megabyte; the notice is a line or two)
SHOWN_CHARS = 160


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


def headline_note(before: str, after: str, who: Callable[[], str]) -> str:
    """What the tab says of the title and summary ``after`` changed from ``before`` ("": none);
    ``who()`` names the colleague ("" when not known), asked only when one changed."""
    changes = headline_changes(before, after)
    if not changes:
        return ""
    user = who()
    said = []
    for field, was, now in changes:
        if field == "title":
            text = _tr("Title changed by {user}: «{old}» → «{new}».") if user else _tr(
                "Title changed: «{old}» → «{new}».")  # fmt: skip
        else:
            text = _tr("Summary changed by {user}: «{old}» → «{new}».") if user else _tr(
                "Summary changed: «{old}» → «{new}».")  # fmt: skip
        said.append(text.format(user=terminal_safe(user), old=_shown(was), new=_shown(now)))
    return "\n".join(said)  # a line each, under the reload's notice


def _shown(value: str) -> str:
    """``value`` as the notice says it: its controls as escapes (a line break, an override
    that turns the text after it round), cut at :data:`SHOWN_CHARS`."""
    shown = terminal_safe(value[: SHOWN_CHARS + 1])
    return shown if len(shown) <= SHOWN_CHARS else shown[: SHOWN_CHARS - 1] + "…"


def followed_save(name: str) -> str:
    """What a read-only tab says when it reloads the save of the colleague who has its story
    (file ``name``) open, above the headline note when there is one (``FileController.reload``)."""
    return _tr("{name} was saved by the colleague who has it open: this is their new text.").format(
        name=name
    )


def end_followed(tab: DocumentTab, name: str) -> None:
    """``tab`` edits its story (file ``name``) now (``LockKeeper.take``): a notice of the last
    save it followed no longer says "the colleague who has it open" (QA34 F5: it stayed on the
    tab, whose holder's app was dead); what that save changed in the headline stays."""
    said, shown = followed_save(name), tab.info_bar.shown
    if shown == said:
        tab.info_bar.hide()
    elif shown.startswith(said + "\n"):
        tab.info_bar.keep(shown[len(said) + 1 :])
