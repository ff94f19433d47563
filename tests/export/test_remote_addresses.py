"""The page loads nothing from another host that ``check`` does not name: what an article asks
the reader's browser to load from elsewhere (a featured image, an image by reference, a video's
poster, an inline image) stays in the export as written, as the article's own choice, and each
is a ``remote-resource`` warning at its line; a live address off the site, which becomes the
canonical link, ``og:url`` and the share buttons' address, is a ``links`` warning."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from netizen_editor.article.model import Article
from netizen_editor.checks.context import check_text
from netizen_editor.export import get_exporter
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings

pytestmark = pytest.mark.usefixtures("english")

ARTICLE = """\
---
title: Banjir rob di Jakarta Utara
summary: Banjir rob merendam permukiman warga di pesisir Jakarta Utara sejak Sabtu pagi.
slug: banjir-rob
labels: [Nasional]
image: https://tracker.example/featured.png
image_caption: Banjir rob
image_credit: Reuters
url: https://attacker.example/2026/12/banjir-rob.html
---
Teks berita di sini.

![Peta banjir][peta]

<video poster="https://tracker.example/poster.png"></video>

![Warga mengungsi](https://tracker.example/inline.png "Foto: X")

[peta]: https://tracker.example/reference.png
"""
#: what the page loads or sends readers to: images, posters, share image, canonical address
_ADDRESS = re.compile(
    r'<(?:img|video|source|audio|iframe)\b[^>]*?\b(?:src|poster)="([^"]+)"'
    r'|<meta property="og:(?:image|url)" content="([^"]+)"'
    r'|<link rel="canonical" href="([^"]+)"'
)


def test_every_remote_address_of_the_exported_page_is_named_by_check(tmp_path):
    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    article = Article.parse(ARTICLE, path)
    page = get_exporter("page").export(article, Settings(), BodyRenderer()).html
    addresses = {a for m in _ADDRESS.finditer(page) for a in m.groups() if a}
    foreign = {a for a in addresses if urlsplit(a).hostname != "netizen.co.id"}
    # kept as written, as an inline remote image always was: the check is where they are named
    assert foreign == {
        "https://tracker.example/featured.png", "https://tracker.example/reference.png",
        "https://tracker.example/poster.png", "https://tracker.example/inline.png",
        "https://attacker.example/2026/12/banjir-rob.html",
    }  # fmt: skip
    named = [(f.line, f.rule) for f in check_text(ARTICLE, path, Settings())
             if "tracker.example" in f.message or "attacker.example" in f.message]  # fmt: skip
    assert named == [
        (6, "remote-resource"),  # image:
        (9, "links"),  # url:
        (13, "remote-resource"),  # ![Peta banjir][peta], its address on line 19
        (15, "remote-resource"),  # <video poster>
        (17, "remote-resource"),  # ![Warga mengungsi](https://…)
    ]
