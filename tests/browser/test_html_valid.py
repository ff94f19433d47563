"""Exported HTML passes the W3C Nu HTML checker (vnu-jar) with zero errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from netizen_editor.article.model import Article
from netizen_editor.export import get_exporter
from netizen_editor.paths import sample_article_path
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import AdSlots, Settings
from tests.export.test_export import ARTICLE, PEDOMAN, PNG
from tests.tools import vnu_command

RICH = (
    ARTICLE
    + """
## Tabel dan lain-lain

| Kota | Curah hujan |
|:--|--:|
| Jakarta | 120 mm |

Istilah
: Definisi istilah.

1. satu
2. dua

> Kutipan narasumber.

Catatan[^1] dan singkatan BMKG.

*[BMKG]: Badan Meteorologi, Klimatologi, dan Geofisika
[^1]: Isi catatan.

[[ad:tengah]]

<iframe src="https://www.youtube.com/embed/abc" width="560" height="315" allowfullscreen></iframe>
"""
)


def _validate(files: list[Path]) -> list[dict]:
    out = subprocess.run(
        [*vnu_command(), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(out.stderr or out.stdout)["messages"]
    return [m for m in messages if m.get("type") == "error"]


def test_exported_pages_and_blogger_bodies_have_no_errors(tmp_path):
    (tmp_path / "foto").mkdir()
    for name in ("utama.png", "warga.png"):
        (tmp_path / "foto" / name).write_bytes(PNG)
    article_file = tmp_path / "banjir.md"
    article_file.write_text(RICH, encoding="utf-8")
    pedoman_file = tmp_path / "pedoman.md"
    pedoman_file.write_text(PEDOMAN, encoding="utf-8")
    ads = Settings(adsense_client="ca-pub-1", ad_slots=AdSlots("1", "2", "3"))
    cases = {
        "sample": (sample_article_path(), Settings()),
        "rich": (article_file, Settings()),
        "rich-ads": (article_file, ads),
        "rich-plain": (article_file, Settings(skin="plain")),
        "pedoman": (pedoman_file, Settings()),
    }
    files = []
    renderer = BodyRenderer()
    for name, (path, settings) in cases.items():
        article = Article.parse(path.read_text(encoding="utf-8"), path)
        for fmt in ("page", "blogger"):
            html = get_exporter(fmt).export(article, settings, renderer).html
            if fmt == "blogger":  # a post body: check it inside a minimal document
                html = (
                    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">'
                    f"<title>t</title></head><body>{html}</body></html>"
                )
            target = tmp_path / f"{name}-{fmt}.html"
            target.write_text(html, encoding="utf-8")
            files.append(target)
    errors = _validate(files)
    assert errors == [], "\n".join(
        f"{Path(e['url']).name}:{e.get('lastLine')}: {e['message']}" for e in errors
    )
