"""Why a photo was refused, in words: one clause per refusal kind of the photo pipeline
(``SourceRejected.reason``), the one wording every place that tells it uses. The clause stands
after a file's name and a dash or a colon (``foto.jpg — the file is not there``); each place
puts it in its own sentence (the preview's box, the import's status message, the checks)."""

from __future__ import annotations

from netizen_editor.i18n import tr
from netizen_editor.photos.source import SourceRejected


def refusal_reason(exc: SourceRejected) -> str:
    """Why the photo ``exc`` refused will not be used, as a clause (``it is too large (30 MB,
    limit 25 MB)``); a kind without words of its own reads as a file that cannot be read."""
    detail = exc.detail or exc.reason
    reasons = {
        SourceRejected.NOT_FOUND: tr("the file is not there"),
        SourceRejected.OUTSIDE: tr("it lies outside the article's folder"),
        SourceRejected.NOT_REGULAR: tr("it is not a regular file"),
        SourceRejected.TOO_LARGE: tr("it is too large ({detail})", detail=detail),
        SourceRejected.EMPTY: tr("it is an empty file"),
        SourceRejected.NOT_IMAGE: tr("it is not an image Netizen Editor can read"),
        SourceRejected.LATE: tr(
            "it came after the export's photos used up their time ({detail})", detail=detail
        ),
    }
    return reasons.get(exc.reason) or tr("it cannot be read ({detail})", detail=detail)
