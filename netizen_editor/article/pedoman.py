"""Pedoman Pemberitaan Media Siber (Dewan Pers, 2012): what a story must carry.

- an unverified story says that it still needs verification (``verified: false`` or the label
  "belum terverifikasi");
- paid content is labelled (a label advertorial / iklan / sponsored);
- corrections and right of reply are linked to the story with the time they were published::

      corrections:
        - time: 2023-09-14T10:30:00+07:00
          kind: ralat            # or "hak jawab"
          text: Sebelumnya tertulis Rabu (12/9); yang benar Rabu (13/9).
          link: https://netizen.co.id/hak-jawab-...   # optional
"""

from __future__ import annotations

import html
from typing import Any

from markupsafe import Markup

from netizen_editor.article.dates import indonesian_datetime, parse_date
from netizen_editor.i18n import tr

PAID_LABELS = {"advertorial", "iklan", "sponsored", "konten bersponsor"}
UNVERIFIED_LABELS = {"belum terverifikasi", "unverified"}
KINDS = {"ralat": "Ralat", "koreksi": "Koreksi", "hak jawab": "Hak Jawab"}
UNVERIFIED_NOTE = (
    "Berita ini masih memerlukan verifikasi lebih lanjut. Redaksi akan memperbarui berita "
    "setelah verifikasi selesai."
)


def check_corrections(value: Any) -> str | None:
    """What is wrong with a ``corrections`` value, or None."""
    if not isinstance(value, list):
        return tr("'corrections' must be a list of entries with time and text")
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            return tr("correction {number} must have 'time' and 'text'", number=number)
        if not isinstance(item.get("text"), str) or not item["text"].strip():
            return tr("correction {number} needs a 'text'", number=number)
        if parse_date(item.get("time")) is None:
            example = "2023-09-14T10:30:00+07:00"
            return tr(
                "correction {number} needs a 'time' such as {example}",
                number=number,
                example=example,
            )
        kind = str(item.get("kind", "ralat")).strip().lower()
        if kind not in KINDS:
            return tr(
                "correction {number}: 'kind' must be one of {choices}",
                number=number,
                choices=", ".join(KINDS),
            )
        link = item.get("link")
        if link is not None and not (isinstance(link, str) and link.startswith("https://")):
            return tr("correction {number}: 'link' must be an https:// address", number=number)
    return None


def is_paid(labels: list[str]) -> bool:
    return bool({label.lower() for label in labels} & PAID_LABELS)


def is_unverified(meta: dict[str, Any], labels: list[str]) -> bool:
    return meta.get("verified") is False or bool(
        {label.lower() for label in labels} & UNVERIFIED_LABELS
    )


def notice_html(meta: dict[str, Any], labels: list[str]) -> Markup:
    """The notes shown above the body: paid content and unverified story."""
    parts = []
    if is_paid(labels):
        parts.append(
            '<p class="notice notice-paid"><strong>Advertorial</strong> · Konten ini '
            "merupakan konten berbayar.</p>"
        )
    if is_unverified(meta, labels):
        parts.append(
            f'<p class="notice notice-unverified"><strong>Belum terverifikasi</strong> · '
            f"{UNVERIFIED_NOTE}</p>"
        )
    return Markup("".join(parts))


def corrections_html(meta: dict[str, Any]) -> Markup:
    """Corrections and right of reply, oldest first, each with the time it was published."""
    items = meta.get("corrections")
    if not isinstance(items, list) or check_corrections(items):
        return Markup("")
    entries = sorted(items, key=lambda item: str(item["time"]))
    rows = []
    for item in entries:
        when = parse_date(item["time"])
        kind = KINDS[str(item.get("kind", "ralat")).strip().lower()]
        iso = when.isoformat() if when else ""
        text = html.escape(item["text"].strip())
        link = item.get("link")
        if link:
            text += f' <a href="{html.escape(link)}">Baca selengkapnya</a>'
        rows.append(
            f'<li><strong>{kind}</strong> · <time datetime="{iso}">'
            f"{html.escape(indonesian_datetime(when))}</time>: {text}</li>"
        )
    return Markup(f'<section class="corrections"><ul>{"".join(rows)}</ul></section>')
