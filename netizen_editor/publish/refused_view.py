"""What the preview shows where a photo the exports refuse would be (``photos.refused``).

The exports leave such a photo out, and so do the preview's figures; in its place the preview
(only) shows a dashed box that names the file as written and says why, so a journalist who
typed ``![Banjir](foto.jpg)`` before copying the photo sees where it goes. The box keeps its
block's ``data-line``, so a click on it goes to the line. A pasted picture whose file is being
written that moment (``photos.storing``) is no refusal: its box says it is being stored.
"""

from __future__ import annotations

import html as html_lib
from pathlib import Path

from netizen_editor.i18n import tr
from netizen_editor.photos.refusal import refusal_reason
from netizen_editor.photos.source import SourceRejected
from netizen_editor.photos.storing import being_stored

#: the placeholder's style (added to the skin's stylesheet in the preview only)
REFUSED_CSS = """
.nz-refused-photo{display:block;margin:18px 0;padding:14px 16px;border:2px dashed #c9c9d6;
  border-radius:6px;background:#f6f6fa;color:#5d5d70;font:13px/1.4 sans-serif;text-align:center}
span.nz-refused-photo{display:inline-block;margin:0 .2em;padding:2px 8px;font-size:12px}
"""


def refusal_note(src: str, why: SourceRejected) -> str:
    """The placeholder's text: the file as written and why readers will not see it."""
    reason = refusal_reason(why)
    return tr("Photo not shown: {name} — {reason}; exports leave it out", name=src, reason=reason)


def shown_note(src: str, why: SourceRejected, article: Path | None, images_folder: str = "") -> str:
    """The placeholder's text for the image ``src`` of ``article`` refused for ``why``: a
    picture not there because a paste is storing its file this moment says so (the preview
    shows it once its file is written); else :func:`refusal_note`."""
    if why.reason == SourceRejected.NOT_FOUND and being_stored(src, article, images_folder):
        return tr("Photo being stored: {name}…", name=src)
    return refusal_note(src, why)


def placeholder(note: str, line: str = "", inline: bool = False) -> str:
    """The box in place of a figure or a paragraph (``line``: its source line), or in a
    sentence (``inline``)."""
    tag = "span" if inline else "div"
    at = f' data-line="{line}"' if line else ""
    return f'<{tag} class="nz-refused-photo"{at}>{html_lib.escape(note)}</{tag}>'
