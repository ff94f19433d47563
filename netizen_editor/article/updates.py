"""A developing story's updates ("Pembaruan"): timestamped notes at the top of the story,
newest first, on the page and in the Blogger and Atom exports::

    updates:
      - time: 2026-12-06T14:30:00+07:00
        text: Korban meninggal bertambah menjadi lima orang.
      - time: 2026-12-06T11:05:00+07:00
        text: BPBD membuka dua posko pengungsian.

A time without an offset is the newsroom's (as the article's date). "Insert › Add Update"
writes one with the current time (:func:`new_update`).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from markupsafe import Markup

from netizen_editor.article.dates import (
    indonesian_datetime,
    newsroom_now,
    parse_date,
    with_zone,
)
from netizen_editor.i18n import tr

#: the page's word for an update, as the site writes it
LABEL = "Pembaruan"
#: a heading that times an update in the body (the live template's ``### 14.30 WIB``; a date
#: before the time across midnight: ``### Sabtu (5/12/2026) 00.30 WIB``)
UPDATE_HEADING = re.compile(
    r"^(?:(?:pembaruan|update)\b\s*:?\s*)?"
    r"(?:.*?\((?P<day>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{2,4}))?\)[\s,]*)?"
    r"(?:pukul\s+)?(?P<hour>\d{1,2})[.:](?P<minute>\d{2})\s*(?:WIB|WITA|WIT)\b",
    re.I,
)
EXAMPLE_TIME = "2026-12-06T14:30:00+07:00"


def check_updates(value: Any) -> str | None:
    """What is wrong with an ``updates`` value, or None (an entry whose text is still empty
    is not wrong: the page leaves it out until it has one)."""
    if not isinstance(value, list):
        return tr("'updates' must be a list of entries with time and text")
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            return tr("update {number} must have 'time' and 'text'", number=number)
        if parse_date(item.get("time")) is None:
            return tr(
                "update {number} needs a 'time' such as {example}",
                number=number,
                example=EXAMPLE_TIME,
            )
    return None


def _instant(value: dt.date | dt.datetime, zone: str) -> dt.datetime:
    """An update's time as an aware instant to sort by (a bare date: its midnight)."""
    zoned = with_zone(value if isinstance(value, dt.datetime) else
                      dt.datetime(value.year, value.month, value.day), zone)  # fmt: skip
    assert isinstance(zoned, dt.datetime)
    return zoned


def updates_html(meta: dict[str, Any], zone: str = "WIB") -> Markup:
    """The updates, newest first, each with its time as the article's date is shown; "" when
    there are none (or the list is not valid: the article then does not parse)."""
    items = meta.get("updates")
    if not isinstance(items, list) or not items or check_updates(items):
        return Markup("")
    entries = []
    for item in items:
        when = parse_date(item["time"])
        text = item.get("text")
        if when is None or not isinstance(text, str) or not text.strip():
            continue  # an update still being written: nothing to show yet
        entries.append((_instant(when, zone), text.strip()))
    if not entries:
        return Markup("")
    entries.sort(key=lambda entry: entry[0], reverse=True)
    rows = [
        f'<li><strong class="updates-label">{LABEL}</strong> · <time datetime="'
        f'{when.isoformat()}">{html.escape(indonesian_datetime(when))}</time>: '
        f"{html.escape(text)}</li>"
        for when, text in entries
    ]
    return Markup(f'<section class="updates"><ul>{"".join(rows)}</ul></section>')


def new_update(updates: Any, text: str, zone: str, when: dt.datetime | None = None) -> list[Any]:
    """``updates`` with a new entry first, at ``when`` (default: now in the newsroom's zone,
    to the minute); the times as ISO text."""
    entry = {"time": (when or newsroom_now(zone)).isoformat(), "text": text}
    old = updates if isinstance(updates, list) else []
    return [entry, *(_iso(item) for item in old)]


def _iso(item: Any) -> Any:
    if isinstance(item, dict) and isinstance(item.get("time"), dt.date):
        return {**item, "time": item["time"].isoformat()}
    return item
