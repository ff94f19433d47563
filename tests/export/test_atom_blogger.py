"""Every Atom export has the structure Blogger's importer accepts (fixture beside this file)."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as etree
from pathlib import Path

import pytest

from netizen_editor.article.model import Article
from netizen_editor.export import get_exporter
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings

FIXTURE = Path(__file__).parent / "fixtures" / "blogger_import_structure.xml"
FX = "{urn:x-fixture}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)$")
PATTERNS = {
    "{tag-uri}": lambda v: bool(re.fullmatch(r"tag:[a-z0-9.-]+,\d{4}(-\d\d){0,2}:[^\s]+", v)),
    "{rfc3339}": lambda v: bool(RFC3339.match(v)),
    "{url}": lambda v: bool(re.fullmatch(r"https?://[^\s]+", v)),
    "{nonempty}": lambda v: bool(v.strip()),
    "{any}": lambda v: True,
}


def _value_ok(expected: str, actual: str) -> bool:
    check = PATTERNS.get(expected)
    return check(actual) if check else expected == actual


def _matches(spec: etree.Element, element: etree.Element) -> bool:
    if spec.tag != element.tag:
        return False
    wanted = {k: v for k, v in spec.attrib.items() if not k.startswith(FX)}
    if set(wanted) != set(element.attrib):
        return False
    return all(_value_ok(v, element.attrib[k]) for k, v in wanted.items())


def compare(spec: etree.Element, element: etree.Element, where: str = "") -> list[str]:
    """What in ``element`` departs from ``spec`` (empty when it has the structure)."""
    where = f"{where}/{element.tag.split('}')[-1]}"
    problems = []
    if len(spec) == 0:
        expected = (spec.text or "").strip()
        if len(element):
            problems.append(f"{where}: has child elements")
        elif not _value_ok(expected, element.text or ""):
            problems.append(f"{where}: text {element.text!r} is not {expected}")
    counts = {id(s): 0 for s in spec}
    for child in element:
        owner = next((s for s in spec if _matches(s, child)), None)
        if owner is None:
            problems.append(f"{where}: unexpected {child.tag} {dict(child.attrib)}")
            continue
        counts[id(owner)] += 1
        problems += compare(owner, child, where)
    for s in spec:
        count, allowed = counts[id(s)], s.get(f"{FX}count", "1")
        if (allowed == "1" and count != 1) or (allowed == "?" and count > 1):
            problems.append(f"{where}: {count} × {s.tag} {dict(s.attrib)}")
    return problems


def atom(text: str, settings: Settings | None = None, name: str = "a.md") -> etree.Element:
    article = Article.parse(text, Path(name))
    xml = get_exporter("atom").export(article, settings or Settings(), BodyRenderer()).html
    return etree.fromstring(xml.encode("utf-8"))


ARTICLES = {
    "full draft": "---\ntitle: Banjir Jakarta\nauthor: Andi\ndate: 2026-12-01T14:30:00+07:00\n"
    "labels: [Nasional, Cuaca]\ndateline: Jakarta\n---\nHujan deras sejak pagi.\n",
    "ready, no labels": "---\ntitle: Siap Tayang\nstatus: ready\n---\nIsi berita.\n",
    "no front matter": "# Judul dari heading\n\nIsi.\n",
    "no title, no slug": "Hanya isi tanpa judul.\n",
    "date only": "---\ntitle: Tanggal Saja\ndate: 2026-12-01\n---\nIsi.\n",
    "time without offset": "---\ntitle: Tanpa Zona\ndate: 2026-12-01T09:15\n---\nIsi.\n",
}


@pytest.mark.parametrize("text", ARTICLES.values(), ids=ARTICLES.keys())
def test_every_export_has_the_structure_blogger_imports(text):
    spec = etree.parse(FIXTURE).getroot()
    feed = atom(text)
    assert compare(spec, feed) == []


def test_the_comparison_catches_what_blogger_would_refuse():
    spec = etree.parse(FIXTURE).getroot()
    feed = atom(ARTICLES["full draft"])
    feed.find("{http://www.w3.org/2005/Atom}id").text = "tag:netizen-editor,2024:Netizen Jakarta"
    generator = feed.find("{http://www.w3.org/2005/Atom}generator")
    del generator.attrib["version"]
    problems = compare(spec, feed)
    assert any("/feed/id" in p for p in problems)
    assert any("generator" in p for p in problems)


def test_times_carry_the_articles_offset_and_ids_are_unique_per_post():
    ns = {"a": "http://www.w3.org/2005/Atom", "app": "http://purl.org/atom/app#"}
    wita = Settings(timezone="WITA", site_name="Netizen Jakarta")
    first = atom(ARTICLES["full draft"], wita)
    entry = first.find("a:entry", ns)
    assert entry.findtext("a:published", namespaces=ns) == "2026-12-01T14:30:00+07:00"
    # a time written without an offset is the newsroom's time
    naive = atom(ARTICLES["time without offset"], wita).find("a:entry", ns)
    assert naive.findtext("a:published", namespaces=ns) == "2026-12-01T09:15:00+08:00"
    assert " " not in first.findtext("a:id", namespaces=ns)
    ids = {
        atom(text).find("a:entry", ns).findtext("a:id", namespaces=ns) for text in ARTICLES.values()
    }
    assert len(ids) == len(ARTICLES)
    assert all(" " not in i for i in ids)
    later = ARTICLES["full draft"].replace("2026-12-01", "2027-01-05")
    assert atom(later).find("a:entry", ns).findtext("a:id", namespaces=ns) not in ids
    assert entry.find("app:control/app:draft", ns).text == "yes"
    labels = [c.get("term") for c in entry.findall("a:category", ns)]
    assert labels[1:] == ["Nasional", "Cuaca"]
    alternate = entry.find("a:link[@rel='alternate']", ns).get("href")
    assert alternate == "https://netizen.co.id/2026/12/banjir-jakarta.html"


def test_a_new_article_without_date_is_stamped_now_with_an_offset():
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entry = atom(ARTICLES["no front matter"]).find("a:entry", ns)
    published = dt.datetime.fromisoformat(entry.findtext("a:published", namespaces=ns))
    assert published.utcoffset() == dt.timedelta(hours=7)
