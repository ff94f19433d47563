"""What the body's marker elements become in each mode: ad slots and the jump break are
``<div class="nz-ad">`` / ``<div class="nz-more">`` until :func:`finish_body` turns them into
placeholders (preview), AdSense units or nothing (export). The jump break is a thin dashed line
in the preview only (an editing aid: where the post's "read more" cut falls), ``<!--more-->``
in a Blogger body, and nothing in the exported page, which looks as the live post page does
(Blogger shows no line there)."""

from __future__ import annotations

import html as html_lib
import re
from typing import Literal

from netizen_editor.publish.embeds import preview_cards
from netizen_editor.settings import Settings

Mode = Literal["preview", "page", "blogger"]

_AD = re.compile(r'<div([^>]*) class="nz-ad"([^>]*)></div>')
_MORE = re.compile(r'<div class="nz-more"(?: data-line="(\d+)")?></div>')
_DATA_LINE = re.compile(r'(<[a-zA-Z][^<>]*?) data-line="\d+"')  # in a tag, not in the text
_ATTR = re.compile(r'([\w-]+)="([^"]*)"')


def ad_unit(slot: str, settings: Settings, mode: Mode, extra_attrs: str = "") -> str:
    """HTML for one ad slot (``top``, ``bottom`` or ``in_article``) in the given mode."""
    label = {"top": "Responsive Ad", "bottom": "Responsive Ad"}.get(slot, "In-article Ad")
    if mode == "preview":
        return (
            f'<div class="ad-slot ad-placeholder ad-{slot}"{extra_attrs} '
            f'data-slot="{slot}"><span>{label}</span></div>'
        )
    slot_id = getattr(settings.ad_slots, slot, "")
    client = settings.adsense_client.strip()
    if not (client and slot_id):
        return ""
    if slot == "in_article":
        style = "display:block; text-align:center;"
        fmt = 'data-ad-layout="in-article" data-ad-format="fluid"'
    else:
        style = "display:block"
        fmt = 'data-ad-format="auto" data-full-width-responsive="true"'
    esc = html_lib.escape
    return (
        f'<div class="ad-slot ad-{slot}"><ins class="adsbygoogle" style="{style}" '
        f'data-ad-client="{esc(client)}" data-ad-slot="{esc(slot_id)}" {fmt}></ins>'
        "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>"
    )


def finish_body(html: str, mode: Mode, settings: Settings) -> str:
    """Turn the marker elements into what the mode shows."""

    def ad(m: re.Match[str]) -> str:
        attrs = dict(_ATTR.findall(m.group(1) + m.group(2)))
        line = attrs.get("data-line")
        extra = f' data-line="{line}"' if line and mode == "preview" else ""
        return ad_unit("in_article", settings, mode, extra)

    def more(m: re.Match[str]) -> str:
        if mode == "blogger":
            return "<!--more-->"
        if mode != "preview":
            return ""  # the site's post page shows no cut
        line = f' data-line="{m.group(1)}"' if m.group(1) else ""
        return f'<div class="jump-break" role="separator"{line}></div>'

    if "nz-ad" in html:
        html = _AD.sub(ad, html)
    if "nz-more" in html:
        html = _MORE.sub(more, html)
    if mode != "preview":
        html = _DATA_LINE.sub(r"\1", html)  # source lines only serve the preview's scroll sync
    elif "<iframe" in html:
        html = preview_cards(html)  # the preview is offline: a card where an embed will be
    return html
