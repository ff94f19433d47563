"""The block parser's queue (``publish/mdext/block_queue.py``) answers the list calls the block
processors make, and changes nothing in what they make of a document."""

from __future__ import annotations

from netizen_editor.publish.mdext import make_markdown
from netizen_editor.publish.mdext.block_queue import BlockQueue
from netizen_editor.publish.mdext.newsroom import NewsroomExtension

#: every block processor the newsroom's Markdown has, several nested in others
DOCUMENT = """\
# Judul

Sub judul
---------

Paragraf dengan KPK[^1] dan *penekanan*.
Baris kedua paragraf.

> Kutipan
> > bertingkat
>
> - butir dalam kutipan

1. satu

    paragraf kedua butir satu

2. dua
    - anak

Istilah
:   definisi
:   definisi kedua

| a | b |
|---|---|
| 1 | 2 |

```python
kode
```

    kode berindentasi

<div class="kotak">
HTML mentah
</div>

[[ad]]

***

*[KPK]: Komisi Pemberantasan Korupsi
[r]: https://netizen.co.id/ "Judul"

Tautan [rujukan][r].

[^1]: Catatan satu.

    Paragraf kedua catatan.
"""


def test_the_queue_answers_the_list_calls_of_the_block_processors():
    blocks = BlockQueue(["a", "b", "c"])
    assert blocks[0] == "a" and blocks.pop(0) == "a"
    blocks.insert(0, "x")
    blocks[0] = "y"
    assert list(blocks) == ["y", "b", "c"]
    assert blocks.pop() == "c" and blocks.pop(-1) == "b" and blocks.pop(0) == "y"
    assert not blocks


def test_the_queue_changes_nothing_in_the_html():
    queued = make_markdown(NewsroomExtension())
    listed = make_markdown(NewsroomExtension())
    del listed.parser.parseChunk  # the library's own, which hands over a list
    html = queued.convert(DOCUMENT)
    assert html == listed.convert(DOCUMENT)
    for part in ('<abbr title="Komisi', "<dl>", "<table>", "<blockquote>", 'class="nz-ad"',
                 '<li id="fn:1">', ">Sub judul</h2>", "<pre><code>kode berindentasi"):  # fmt: skip
        assert part in html
