"""``atom``: a Blogger import file (Atom), for posting articles written offline in one go.

Blogger → Settings → Manage blog → Import content takes it. Each file holds one post, with
the same body as the ``blogger`` export, its labels, date and author; an article whose status
is neither ``ready`` nor ``published`` is imported as a draft, and the result's note says so
(a corrected published story imported again stays live). Beside ``NAME.xml`` it writes the
Blogger export's post settings and web copies under the same names,
``NAME.blogger.post.txt`` and ``NAME_images/``: the two exports of one article share them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import xml.etree.ElementTree as etree
from pathlib import Path
from urllib.parse import quote

from netizen_editor.article.model import POST_SETTINGS, Article
from netizen_editor.export.base import ExportResult
from netizen_editor.export.blogger import BloggerExporter
from netizen_editor.i18n import tr
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.publish.permalink import permalink, post_time, site_host, site_url
from netizen_editor.settings import Settings

ATOM = "http://www.w3.org/2005/Atom"
APP = "http://purl.org/atom/app#"  # the draft flag's namespace in Blogger's own converters
KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
POST_KIND = "http://schemas.google.com/blogger/2008/kind#post"
LABEL_SCHEME = "http://www.blogger.com/atom/ns#"
GENERATOR = {"uri": "http://www.blogger.com", "version": "7.00"}
FALLBACK_AUTHOR = "Redaksi"
#: the statuses Blogger imports as live posts; any other comes in as a draft
LIVE_STATUSES = ("ready", "published")

etree.register_namespace("", ATOM)
etree.register_namespace("app", APP)


def timestamp(value: dt.datetime) -> str:
    """RFC 3339 with the article's own offset: ``2026-12-01T14:30:00+07:00``."""
    return value.replace(microsecond=0).isoformat()


def post_id(article: Article, settings: Settings, when: dt.datetime) -> str:
    """A ``tag:`` URI (RFC 4151) unique per post: the blog's host, the post's day and its slug,
    percent-encoded so that slugs in other scripts (``日本``, ``中国``) or with spaces and
    slashes stay distinct; without a slug, a stable hash of the article's ``id``, else of its
    file's path, else of its text."""
    if article.slug:
        specific = quote(article.slug, safe="._~-", errors="replace")
    else:
        seed = str(article.get("id") or article.path or article.to_text())
        specific = hashlib.sha1(seed.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return f"tag:{site_host(settings)},{when.date().isoformat()}:post-{specific}"


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
        when = post_time(article, settings)
        stamp = timestamp(when)
        entry_id = post_id(article, settings, when)
        site = site_url(settings)
        feed = etree.Element(f"{{{ATOM}}}feed")
        _add(feed, "id", f"tag:{site_host(settings)},{when.year}:blog-import")
        _add(feed, "updated", stamp)
        _add(feed, "title", settings.site_name, type="text")
        _add(feed, "link", rel="alternate", type="text/html", href=site + "/")
        author_name = article.get("author") or settings.default_author.strip() or FALLBACK_AUTHOR
        _add(_add(feed, "author"), "name", author_name)
        _add(feed, "generator", "Blogger", **GENERATOR)  # the importer looks for its own name
        entry = _add(feed, "entry")
        _add(entry, "id", entry_id)
        _add(entry, "published", stamp)
        _add(entry, "updated", stamp)
        _add(entry, "category", scheme=KIND_SCHEME, term=POST_KIND)
        for label in article.labels:
            _add(entry, "category", scheme=LABEL_SCHEME, term=label)
        _add(entry, "title", article.title, type="text")
        _add(entry, "content", post.html, type="html")
        _add(entry, "link", rel="self", type="application/atom+xml",
             href=f"{site}/feeds/posts/default/{entry_id.rsplit(':', 1)[1]}")  # fmt: skip
        _add(entry, "link", rel="alternate", type="text/html", href=permalink(article, settings))
        _add(_add(entry, "author"), "name", author_name)
        status = article.get("status").strip().lower()
        draft = status not in LIVE_STATUSES
        if draft:
            control = etree.SubElement(entry, f"{{{APP}}}control")
            etree.SubElement(control, f"{{{APP}}}draft").text = "yes"
        xml = etree.tostring(feed, encoding="unicode", xml_declaration=False)
        result = ExportResult(html="<?xml version='1.0' encoding='UTF-8'?>\n" + xml + "\n")
        if draft:  # said where the export says where it went: the desk knows before it imports
            result.note = tr("Blogger imports it as a draft: its status is {status}, not ready "
                             "or published", status=status or "draft")  # fmt: skip
        result.warnings, result.images = post.warnings, post.images
        # the Blogger export's post settings under its name (``NAME.xml`` → NAME.blogger.post.txt,
        # as beside ``NAME.blogger.html``): exporting both writes one file, not two copies
        result.side_files = {".blogger" + POST_SETTINGS: post.side_files[POST_SETTINGS]}
        result.assets = dict(post.assets)
        return result
