"""What the page would load from another host is named by ``remote-resource`` at the line it is
written on, however it is written: an image by reference (at the image, naming its address's
line), a video's poster, a tag or an image going on over several lines, an alt text with
brackets, the featured image. A live address (``url``) off the site is a ``links`` warning."""

from __future__ import annotations

import pytest

from netizen_editor.settings import Settings
from tests.checks.helpers import findings

pytestmark = pytest.mark.usefixtures("english")  # the messages are read
#: without ``extra`` the body given starts on line 6
HEAD = "---\ntitle: Banjir rob\n{extra}---\nTeks berita di sini.\n\n"


def article(body: str, extra: str = "") -> str:
    return HEAD.format(extra=extra) + body


def remote(text: str, settings: Settings | None = None) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.message) for f in findings(text, "remote-resource", settings)]


@pytest.mark.parametrize(
    "body",
    [
        "![Peta banjir][peta]\n\n[peta]: https://tracker.example/p.png\n",
        "![Peta banjir] [peta]\n\n[peta]: https://tracker.example/p.png\n",
        '![Peta][]\n\n[peta]: <https://tracker.example/p.png> "Peta"\n',
        "![Peta]\n\n[PETA]: https://tracker.example/p.png\n",  # ids are read in any case
        "![Peta banjir][peta]\n\n> [peta]: https://tracker.example/p.png\n",  # in a quote
        "![Peta banjir][peta]\n\nParagraf lain.\n[peta]: https://tracker.example/p.png\n",
    ],
)
def test_an_image_by_reference_to_a_remote_address_is_named_at_the_image(body):
    text = article(body)
    (found,) = remote(text)
    where = next(n for n, line in enumerate(text.splitlines(), 1) if "tracker" in line)
    assert found[:2] == (6, 1)
    assert f"line {where}" in found[2] and "tracker.example" in found[2]


@pytest.mark.parametrize(
    "body",
    [
        "![Peta banjir][peta]\n\n[peta]: foto/peta.png\n",  # on the reporter's computer
        "![Peta banjir][peta]\n\n[peta]: https://netizen.co.id/peta.png\n",  # the site's own
        "![Peta banjir][peta]\n\n[peta]: https://blogger.googleusercontent.com/img/p.png\n",
        "![Peta banjir][lain]\n\n[peta]: https://tracker.example/p.png\n",  # another id
        "[Peta banjir][peta]\n\n[peta]: https://tracker.example/p.png\n",  # a link loads nothing
        "`![Peta][peta]`\n\n[peta]: https://tracker.example/p.png\n",  # code
        "![Peta banjir][peta]\n\n[^peta]: https://tracker.example/p.png\n",  # a footnote
    ],
)
def test_an_image_by_reference_that_loads_nothing_remote_is_not_named(body):
    assert remote(article(body)) == []


@pytest.mark.parametrize(
    "body,line,column",
    [
        ('<video poster="https://tracker.example/poster.png"></video>\n', 6, 1),
        ('<video controls\n  poster="https://tracker.example/poster.png"></video>\n', 6, 1),
        ('Teks <video src="banjir.mp4" poster="https://tracker.example/p.png"></video>\n', 6, 6),
        ('<img alt="Peta"\n     src="https://tracker.example/p.png">\n', 6, 1),
        ('![Peta banjir\nJakarta](https://tracker.example/p.png "Foto: X")\n', 6, 1),
        ("Lihat ![Peta [banjir] Jakarta](https://tracker.example/p.png)\n", 6, 7),
        ('<audio src="https://tracker.example/a.mp3"></audio>\n', 6, 1),
        ('<video>\n<source src="https://tracker.example/v.mp4">\n</video>\n', 7, 1),
    ],
)
def test_remote_media_in_any_shape_is_named_where_its_tag_starts(body, line, column):
    found = remote(article(body))
    assert [where[:2] for where in found] == [(line, column)]
    assert "tracker.example" in found[0][2]


def test_a_video_poster_is_named_as_an_image_and_its_remote_source_as_an_embed():
    body = '<video src="https://tracker.example/v.mp4" poster="https://pixel.example/p.png">\n'
    messages = [message for _, _, message in remote(article(body))]
    assert [m.split(" loaded")[0] for m in messages] == ["an embed", "an image"]
    assert "tracker.example" in messages[0] and "pixel.example" in messages[1]


def test_a_remote_featured_image_is_named_at_its_front_matter_line():
    text = article("", "image: https://tracker.example/utama.png\nimage_credit: Reuters\n")
    (found,) = remote(text)
    assert found[:2] == (3, 1)
    assert found[2].startswith("the featured image loaded from tracker.example")


@pytest.mark.parametrize(
    "image",
    ["foto/utama.png", "https://netizen.co.id/utama.png", "https://cdn.redaksi.id/utama.png",
     "https://1.bp.blogspot.com/utama.png"],
)  # fmt: skip
def test_a_featured_image_on_the_site_or_an_allowed_host_is_not_named(image, tmp_path):
    style = tmp_path / "gaya.toml"
    style.write_text('[remote-resource]\nallowed_hosts = ["cdn.redaksi.id"]\n', encoding="utf-8")
    text = article("", f"image: {image}\n")
    assert remote(text, Settings(house_style=str(style))) == []


def live(text: str, settings: Settings | None = None) -> list[tuple[int, str]]:
    found = findings(text, "links", settings)
    return [(f.line, f.message) for f in found if "(url)" in f.message]


def test_a_live_address_off_the_site_is_a_links_warning_at_its_line():
    text = article("", "url: https://attacker.example/2026/12/banjir-rob.html\n")
    (found,) = live(text)
    assert found[0] == 3
    assert "attacker.example, not on the site (netizen.co.id)" in found[1]
    assert "canonical link" in found[1]


@pytest.mark.parametrize(
    "url,site_url",
    [
        ("https://netizen.co.id/2026/12/banjir-rob.html", ""),
        ("https://www.netizen.co.id/2026/12/banjir-rob.html", ""),
        ("https://kabar.example/2026/12/banjir-rob.html", "https://kabar.example"),
    ],
)
def test_a_live_address_on_the_site_is_not_named(url, site_url):
    settings = Settings(site_url=site_url) if site_url else None
    assert live(article("", f"url: {url}\n"), settings) == []


def test_a_live_address_that_is_no_web_address_is_named_too():
    (found,) = live(article("", "url: netizen.co.id/2026/12/banjir-rob.html\n"))
    assert found[0] == 3
    assert "is not a web address: exports use the permalink" in found[1]


@pytest.mark.parametrize("site_url", ["https://kabar.example", "https://www.kabar.example/"])
def test_the_sites_own_host_is_its_address_not_its_display_name(site_url):
    # a newsroom named "Kabar Kita" on kabar.example: its own pictures and Baca juga links were
    # named as another host's (the on-site test read the display name as a host)
    settings = Settings(site_name="Kabar Kita", site_url=site_url)
    body = (
        "![Peta](https://kabar.example/p.png)\n\n![Foto](https://www.kabar.example/f.png)\n\n"
        "![Lain](https://tracker.example/t.png)\n"
    )
    found = remote(article(body), settings)
    assert [line for line, _column, _message in found] == [10]
    links = findings(article("Baca juga: [Banjir](https://kabar.example/banjir.html)\n"), "links",
                     settings)  # fmt: skip
    assert not [f for f in links if "points off the site" in f.message], links
