"""The dateline: ``JAKARTA, Netizen.co.id - `` at the start of the first paragraph, exactly
once (a dateline typed by hand, or left by an older template, is replaced)."""

from __future__ import annotations

import html as html_lib
import re

from netizen_editor.article.model import Article
from netizen_editor.settings import DEFAULT_SITE_NAME, Settings


def dateline_text(article: Article, settings: Settings, city: str = "") -> str:
    """``JAKARTA, Netizen.co.id`` (the ``dateline`` field wins over a city typed in the body)."""
    city = article.get("dateline").upper() or city.strip().upper()
    return f"{city}, {settings.site_name}" if city else settings.site_name


_DASH = r"[ \t]*(?:-|–|—|&ndash;|&mdash;)[ \t]*"


def _typed_dateline(site_names: list[str]) -> re.Pattern[str]:
    """A dateline already at the start of the first paragraph's HTML: ``JAKARTA, Netizen.co.id
    - `` typed by hand (bold or not) or left by an older template, for any of ``site_names``."""
    names = "|".join(re.escape(html_lib.escape(n)) for n in sorted(site_names, key=len) if n)
    return re.compile(
        rf"\s*(?:<(?:strong|b)[^>]*>\s*)?(?:(?P<city>[A-Z][\w .'’-]*?),\s*)?(?:{names})"
        rf"\s*(?:</(?:strong|b)>)?(?:{_DASH}|(?=\s*</p>))",
        re.IGNORECASE,
    )


def apply_dateline(paragraph_start: str, rest: str, article: Article, settings: Settings) -> str:
    """The first paragraph (its opening tag and what follows) opened by the dateline exactly
    once: a dateline the body already starts with (the current site name, or the default one
    an older template wrote) is replaced, so the city and the site name are always current."""
    names = list(dict.fromkeys([settings.site_name, DEFAULT_SITE_NAME]))
    city = ""
    existing = _typed_dateline(names).match(rest)
    if existing:
        city = existing.group("city") or ""
        rest = rest[existing.end() :]
    dateline = html_lib.escape(dateline_text(article, settings, city))
    return f'{paragraph_start}<strong class="dateline">{dateline}</strong> - {rest}'


def empty_body_html(article: Article, settings: Settings) -> str:
    """A body with no text yet shows where the story starts: the dateline alone."""
    start = f'<p data-line="{article.body_line}">'
    return apply_dateline(start, "</p>", article, settings)
