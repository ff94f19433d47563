"""Pedoman Pemberitaan Media Siber (Dewan Pers, 2012) and the Kode Etik Jurnalistik: what a
story must carry, and what it must not give away."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from netizen_editor.article.pedoman import is_paid, is_unverified
from netizen_editor.checks.blocks import meta_line
from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.house_style import setting
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.grammar.prose import NOT_PROSE_KINDS
from netizen_editor.grammar.scan import LocatedBlock
from netizen_editor.i18n import tr

# A paragraph that announces itself as a correction or right of reply.
_CORRECTION = re.compile(r"^[*_\s]*(ralat|koreksi|hak jawab|catatan redaksi)\b", re.I)
# A time or date: "pukul 10.30", "10.30 WIB", "(14/9/2023)", "14 September 2023", ISO.
_WHEN = re.compile(
    r"\bpukul\s+\d|\b\d{1,2}[.:]\d{2}\s*(WIB|WITA|WIT)\b|\(\d{1,2}/\d{1,2}(/\d{2,4})?\)"
    r"|\b\d{1,2}\s+(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober"
    r"|November|Desember)\b|\b\d{4}-\d{2}-\d{2}",
    re.I,
)
_LINKED = re.compile(r"\]\(|href=|https?://")
# "kerja sama" alone is everyday Indonesian; only a story that calls itself one is paid.
_PAID = re.compile(
    r"\b(advertorial|konten bersponsor|artikel bersponsor|disponsori oleh|sponsored by"
    r"|konten berbayar|artikel berbayar|paid promote)\b"
    r"|\b(artikel|konten|tulisan|berita|liputan) ini (merupakan |adalah |hasil )*"
    r"(kerja ?sama|kolaborasi)\b|^\W*kerja ?sama\s*:",
    re.I,
)
_PAID_HINTS = ("advertorial", "bersponsor", "disponsori", "sponsored", "berbayar", "paid",
               "kerja", "kolaborasi")  # fmt: skip
_UNVERIFIED = re.compile(
    r"\b(belum terverifikasi|belum (dapat|bisa) (di)?verifikasi|masih memerlukan verifikasi"
    r"|belum (dapat|bisa) dikonfirmasi kebenarannya)\b",
    re.I,
)
_UNVERIFIED_HINTS = ("verifikasi", "dikonfirmasi")
_CORRECTION_HINTS = ("ralat", "koreksi", "hak jawab", "catatan redaksi")
# one search per block for each set of hints (a body of 300,000 tiny paragraphs: 0.1 s, not 1 s)
_CORRECTION_HINT, _PAID_HINT, _UNVERIFIED_HINT = (
    re.compile("|".join(hints)) for hints in (_CORRECTION_HINTS, _PAID_HINTS, _UNVERIFIED_HINTS)
)
_AGE = re.compile(r"\((\d{1,2})\)")
_CRIME = re.compile(
    r"\b(cabul|pencabulan|dicabuli|perkosa|pemerkosaan|diperkosa|rudapaksa|pelecehan|"
    r"kekerasan seksual|persetubuhan|disetubuhi|asusila|sodomi|korban|pelaku|tersangka|"
    r"terdakwa|ditangkap|diamankan|dibunuh|pembunuhan|penganiayaan|dianiaya|pencurian|"
    r"mencuri|begal|tawuran|narkoba|sabu)\b",
    re.I,
)
NEAR_CHARS = 200
#: blocks whose text is not the story's: code, raw HTML, comments (the grammar's) and markers
_NOT_READ = NOT_PROSE_KINDS | {"ad", "more"}


@rule("pedoman")
def check_pedoman(context: CheckContext) -> Iterator[Finding]:
    article = context.article
    labels = article.labels
    paid = is_paid(labels)
    unverified = is_unverified(article.meta, labels)

    def read(located: LocatedBlock) -> Iterator[Finding]:
        line, block = located
        context.step(line)
        text = block.text
        low = text[:400].lower()
        head = low[:40]
        correction = _CORRECTION_HINT.search(head) and _CORRECTION.match(text)
        if correction and not (_WHEN.search(text) and _LINKED.search(text)):
            yield Finding(
                line, 1, Level.ERROR, "pedoman",
                tr("a correction or right of reply needs the time it was published and a link "
                   "(Pedoman 4b, 4c): add it to 'corrections' in the front matter"),
            )  # fmt: skip
        low = text.lower() if len(text) > 400 else low
        if not paid and _PAID_HINT.search(low):
            m = _PAID.search(text)
            if m:
                yield Finding(
                    line, m.start() + 1, Level.ERROR, "pedoman",
                    tr("\"{words}\" reads as paid content, which needs the label "
                       "\"advertorial\" (Pedoman 6b)", words=m.group(0)),
                    ("advertorial",),
                )  # fmt: skip
                return
        if _UNVERIFIED_HINT.search(low) and not unverified:
            m = _UNVERIFIED.search(text)
            if m:
                yield Finding(
                    line, m.start() + 1, Level.ERROR, "pedoman",
                    tr("the story says it is unverified: set 'verified: false' so that the "
                       "note readers need is shown (Pedoman 2c)"),
                )  # fmt: skip

    slot = context.slot("pedoman", (paid, unverified))
    yield from slot.collect(context.blocks, read, only=("paragraph", "quote"))
    for number, item in enumerate(article.meta.get("corrections") or [], start=1):
        reply = isinstance(item, dict) and str(item.get("kind", "")).strip().lower() == "hak jawab"
        if reply and not item.get("link"):
            yield Finding(
                meta_line(context.article.front_matter, "corrections"), 1, Level.ERROR,
                "pedoman",
                tr("right of reply {number} has no link to the reply (Pedoman 4c)", number=number),
            )  # fmt: skip


@rule("child-protection")
def check_child(context: CheckContext) -> Iterator[Finding]:
    max_age = setting(context, "child-protection", "max_age")

    def read(located: LocatedBlock) -> Iterator[Finding]:
        context.step(located.line)
        text = located.block.text
        if "(" not in text:
            return
        crimes: list[tuple[int, int]] | None = None  # (start, end) of the crime words, in order
        line, line_start, counted = located.line, 0, 0  # where the last finding's line starts
        for m in _AGE.finditer(text):
            if int(m.group(1)) > max_age:
                continue
            if crimes is None:  # found once per block: thousands of ages cost one scan
                crimes = [c.span() for c in _CRIME.finditer(text)]
            low, high = m.start() - NEAR_CHARS, m.end() + NEAR_CHARS
            first = bisect_left(crimes, (low, 0))
            if first == len(crimes) or crimes[first][1] > high:
                continue
            breaks = text.count("\n", counted, m.start())
            if breaks:
                line += breaks
                line_start = text.rfind("\n", counted, m.start()) + 1
            counted = m.start()
            column = m.start() - line_start + 1
            yield Finding(
                line, column, Level.WARNING, "child-protection",
                tr("a child of {age} in a story of crime or sexual violence: give no name, "
                   "school, address or family that identifies them (Kode Etik Jurnalistik "
                   "Pasal 5)", age=m.group(1)),
                length=len(m.group(0)),
            )  # fmt: skip

    slot = context.slot("child-protection", max_age)
    yield from slot.collect(context.blocks, read, skip=_NOT_READ)
