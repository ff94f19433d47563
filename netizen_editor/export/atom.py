"""``atom``: a Blogger import file (Atom), for posting articles written offline in one go.

Blogger → Settings → Manage blog → Import content takes it. Each file holds one post, with
the same body as the ``blogger`` export, its labels, date and author; an article whose status
is not ``ready`` is imported as a draft.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as etree
from pathlib import Path

from netizen_editor.article import Article
from netizen_editor.export.base import ExportResult
from netizen_editor.export.blogger import BloggerExporter
from netizen_editor.render import BodyRenderer
from netizen_editor.settings import Settings

ATOM = "http://www.w3.org/2005/Atom"
APP = "http://www.w3.org/2007/app"
KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
POST_KIND = "http://schemas.google.com/blogger/2008/kind#post"
LABEL_SCHEME = "http://www.blogger.com/atom/ns#"

etree.register_namespace("", ATOM)
etree.register_namespace("app", APP)


def _timestamp(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.replace(microsecond=0).isoformat()


def _add(parent: etree.Element, tag: str, text: str = "", **attrs: str) -> etree.Element:
    element = etree.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text:
        element.text = text
    return element


class AtomExporter:
    name = "atom"
    label = "Blogger import file (Atom)"
    suffix = ".xml"

    def export(
        self,
        article: Article,
        settings: Settings,
        renderer: BodyRenderer,
        out: Path | None = None,
    ) -> ExportResult:
        post = BloggerExporter().export(article, settings, renderer, out)
        when = _timestamp(article.date)
        feed = etree.Element(f"{{{ATOM}}}feed")
        _add(feed, "id", f"tag:netizen-editor,2024:{settings.site_name}")
        _add(feed, "updated", when)
        _add(feed, "title", settings.site_name, type="text")
        _add(feed, "generator", "Blogger")  # Blogger's importer looks for its own name
        entry = _add(feed, "entry")
        _add(entry, "id", f"tag:netizen-editor,2024:post-{article.slug or 'artikel'}")
        _add(entry, "published", when)
        _add(entry, "updated", when)
        _add(entry, "category", scheme=KIND_SCHEME, term=POST_KIND)
        for label in article.labels:
            _add(entry, "category", scheme=LABEL_SCHEME, term=label)
        _add(entry, "title", article.title, type="text")
        _add(entry, "content", post.html, type="html")
        author = _add(entry, "author")
        _add(author, "name", article.get("author") or settings.default_author or "Redaksi")
        if article.get("status").lower() != "ready":
            control = etree.SubElement(entry, f"{{{APP}}}control")
            etree.SubElement(control, f"{{{APP}}}draft").text = "yes"
        xml = etree.tostring(feed, encoding="unicode", xml_declaration=False)
        result = ExportResult(html="<?xml version='1.0' encoding='UTF-8'?>\n" + xml + "\n")
        result.warnings, result.images = post.warnings, post.images
        result.side_files = dict(post.side_files)
        result.assets = dict(post.assets)
        return result
