"""The sender's name and address that many releases start with, above their label and letter
head: the letterhead of a ministry, a province or a company written out as text::

    KEMENTERIAN DESA DAN DAERAH TERTINGGAL
    Jl. Kalibata Raya No. 17, Jakarta 12750 Telp. (021) 7989924
    SIARAN PERS
    Nomor: 12/HM/III/2026
    Menteri Resmikan 100 Desa Digital di Jawa Tengah

It is the sender's filing, never the headline, which the import made of its first line. The
name is one to :data:`MAX_NAME_LINES` lines in capitals (``PEMERINTAH PROVINSI JAWA BARAT``,
``PT BANK RAKYAT INDONESIA (PERSERO) Tbk``); the lines under it, to the last that is clearly
an address (a street ``Jl.``, a phone ``Telp. (021) ...``, an e-mail or web address, a postal
code after a city), at most :data:`MAX_ADDRESS_LINES`, none of them a sentence. A headline
in capitals looks like a name, and its subtitle may name a street or a web address (``Jl.
Sudirman Ditutup Selama Tiga Hari``): one such sign is no letterhead. An address is sure
only with two kinds of them (a street and a phone, an e-mail or a postal code) or a line of a
place and its postal code alone (``JAKARTA 10710``); else a label or reference number right
under the lines (``SIARAN PERS``, ``Nomor: ...``) says they are a letterhead. What comes
after them decides too (importing.front_matter): a story that starts under them with its
dateline (``Jakarta - ...``) has no letterhead above it.

Lines are read only when short (letter.MAX_LINE_CHARS), by patterns with no nested
repetition, so a crafted line costs time in proportion to its length at most."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from netizen_editor.grammar.inline import CRITIC_DELIMITER, only_comments, only_pictures
from netizen_editor.importing.boilerplate import EMAIL, PHONE, WEB, plain_line
from netizen_editor.importing.dateline import split_dateline
from netizen_editor.importing.letter import (
    MAX_LINE_CHARS,
    MAX_LINES,
    head_length,
    opens_letter_line,
)
from netizen_editor.importing.name_case import name_case
from netizen_editor.importing.places import starts_with_place

#: the most lines of the sender's name (``PEMERINTAH PROVINSI JAWA BARAT`` / ``DINAS ...``)
MAX_NAME_LINES = 4
#: the most lines of the address under the name (building, street, city, phone, web)
MAX_ADDRESS_LINES = 6
#: the longest name line, in characters
MAX_NAME_CHARS = 120
# a company's form, written in small letters in a name in capitals
_FORM = re.compile(r"\((?i:persero)\)|\bTbk\b\.?")
_HEADING_MARK = re.compile(r"#{1,6}[ \t]+")
_STREET = re.compile(r"(?i:\bjln?\. ?\S|\bjalan .*\bno\b)")
_CALL = re.compile(
    r"(?i:\b(?:telp|telepon|tel|phone|fax|faks|faksimile|hp|wa|whatsapp|e-?mail|surel|pos-el"
    r"|website|laman|situs|kode pos)\b)"
)
_POSTAL = re.compile(r"\b(?!Rp\b)[A-Z][a-zA-Z.]+,? \d{5}\b")
# a line of a place and its postal code alone (``JAKARTA 10710``, ``Bandung, 40132``)
_PLACE_CODE = re.compile(r"(?P<place>[^\W\d][^\d,]{1,40}),? \d{5}")
# the kinds of an address's signs: a street, a postal code, a way to call or write
_KINDS = ((_STREET,), (_POSTAL,), (_CALL, EMAIL, PHONE, WEB))
# a word in small letters (not an abbreviation, ``km``, nor part of an address, ``x.go.id``):
# two of them make a sentence, never an address (``Warga dapat menghubungi ...``)
_SMALL_WORD = re.compile(r"(?<![\w.@/-])[a-z]{4,}(?![\w.@/:-])")
_CHANNELS = frozenset({"telp", "telepon", "phone", "faks", "fax", "email", "surel", "website",
                       "laman", "situs", "whatsapp"})  # fmt: skip
_SENTENCE = re.compile(r"[^\W\d_]{5,}\.(?: |$)")
# an office of a government or ministry, a sender of its own under it on a letterhead
_OFFICE = re.compile(
    r"(?:DINAS|BADAN|DIREKTORAT|INSPEKTORAT|SEKRETARIAT|SATUAN|KANTOR|BALAI|UPT|RSUD|RUMAH SAKIT"
    r"|KECAMATAN|KELURAHAN)\b"
)
# a government or ministry, with offices of its own under it
_GOVERNMENT = re.compile(
    r"(?:PEMERINTAH|KEMENTERIAN|KEPOLISIAN|KEJAKSAAN|BADAN|LEMBAGA|KOMISI|SEKRETARIAT)\b"
)
# the press office that writes an organisation's releases (never the sender itself)
_PRESS_OFFICE = re.compile(
    r"(?:HUMAS|HUBUNGAN MASYARAKAT)\b|(?:BIRO|BAGIAN|SUBBAGIAN|SUB BAGIAN|PUSAT|DIVISI)\b.*?"
    r"\b(?:HUMAS|HUBUNGAN MASYARAKAT|KOMUNIKASI|INFORMASI|PERS|PROTOKOL|MEDIA)\b"
)
# a regional government, whose offices are named with its region
_REGION = re.compile(
    r"PEMERINTAH(?: DAERAH)? (?P<region>(?:PROVINSI|KABUPATEN|KOTA(?: ADMINISTRASI)?) .+)"
)


def _text(line: str) -> str | None:
    """``line`` (Markdown) as plain text, its heading mark gone and its blanks one space;
    None when it is too long to be a letterhead's."""
    if len(line) > MAX_LINE_CHARS:
        return None
    return " ".join(plain_line(_HEADING_MARK.sub("", line.strip(), count=1)).split())


def is_name(line: str) -> bool:
    """Whether ``line`` may be a sender's name: in capitals (a company's ``Tbk`` and
    ``(Persero)`` aside), short, no label (``Nomor:``), no sentence, no address."""
    text = _text(line)
    if not text or len(text) > MAX_NAME_CHARS or ":" in text or opens_letter_line(text):
        return False
    letters = _FORM.sub("", text)
    return (
        not any(char.islower() for char in letters)
        and re.search(r"[^\W\d_]{2}", letters) is not None
        and not text.endswith(("-", "–", "—"))  # ``JAKARTA –``: a dateline
        and not is_address(text)
    )


def sender_name(block: str) -> str:
    """The sender's name in ``block``, its name and address (:func:`sender_blocks`): its
    lines in capitals, one name (:func:`organisation`), as a story writes it (``Kementerian
    Desa dan Daerah Tertinggal``)."""
    names: list[str] = []
    for line in block.strip("\n").split("\n")[:MAX_NAME_LINES]:
        if not is_name(line):
            break
        names.append((_text(line) or "").rstrip("\\ "))
    return name_case(organisation(names))


def organisation(lines: Sequence[str]) -> str:
    """The organisation the name ``lines`` of a letterhead (in capitals) stand for: one name
    wrapped onto several lines is joined (``BADAN NASIONAL`` / ``PENANGGULANGAN BENCANA``), but
    an office under its government or ministry is the sender itself, named with the region a
    regional government gives it (``PEMERINTAH PROVINSI JAWA BARAT`` / ``DINAS KOMUNIKASI DAN
    INFORMATIKA``: ``DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI JAWA BARAT``, as the office
    names itself), and the press office under an organisation (``BIRO KOMUNIKASI DAN
    INFORMASI PUBLIK``) only wrote the release: the organisation above it is the sender."""
    kept = [line for index, line in enumerate(lines) if not (index and _PRESS_OFFICE.match(line))]
    office = max((index for index, line in enumerate(kept) if index and _OFFICE.match(line)),
                 default=0)  # fmt: skip
    if not office or not _GOVERNMENT.match(kept[0]):  # a company's ``KANTOR PUSAT``: its own
        return " ".join(kept)
    name = " ".join(kept[office:])
    region = _REGION.fullmatch(" ".join(kept[:office]))
    if region is None or region.group("region") in name:
        return name
    return f"{name} {region.group('region')}"


def is_address(line: str) -> bool:
    """Whether ``line`` is clearly a line of an address: a street, a phone, an e-mail or web
    address or a postal code, and no sentence."""
    text = _text(line)
    return text is not None and _plain_address(text) and _marked(text)


def _plain_address(text: str) -> bool:
    """Whether ``text`` reads as a line of an address, not a sentence (a building's name)."""
    small = [word for word in _SMALL_WORD.findall(text) if word not in _CHANNELS]
    return len(small) < 2 and not _SENTENCE.search(text.rstrip(". "))


def _marked(text: str) -> bool:
    return any(pattern.search(text) for pattern in (_STREET, _CALL, EMAIL, PHONE, WEB, _POSTAL))


def _sure(texts: Sequence[str]) -> bool:
    """Whether the lines ``texts`` are surely an address, not a headline's subtitle: two
    kinds of its signs in them, or a line of a place and its postal code alone."""
    kinds = sum(any(p.search(text) for text in texts for p in kind) for kind in _KINDS)
    return kinds > 1 or any(
        (found := _PLACE_CODE.fullmatch(text)) is not None
        and starts_with_place(found.group("place"))
        for text in texts
    )


def sender_length(lines: Sequence[str], is_label: Callable[[str], bool]) -> tuple[int, bool]:
    """How many of ``lines`` (a text's first) are the sender's name and address, and whether
    they are surely an address (:func:`_sure`); (0, False) when they do not start with a
    name. ``is_label`` says whether a line is a release's label or reference number
    (``SIARAN PERS``), which ends them."""
    names = 0
    while names < min(len(lines), MAX_NAME_LINES + 1):
        if not is_name(lines[names]) or is_label(lines[names]):
            break
        names += 1
    if not names or names > MAX_NAME_LINES:
        return 0, False
    end = names
    texts: list[str] = []
    for index in range(names, min(len(lines), names + MAX_ADDRESS_LINES)):
        line = lines[index]
        text = _text(line)
        if not text or is_label(line) or opens_letter_line(text) or not _plain_address(text):
            break
        texts.append(text)
        if _marked(text):
            end = index + 1
    return end, _sure(texts[: end - names])


def letterhead_length(
    lines: Sequence[str], is_label: Callable[[str], bool], after: str = ""
) -> int:
    """How many of ``lines`` (a text's first, ``after`` the line after them) are surely its
    sender's name and address, which a reader of plain text or a PDF keeps apart as lines:
    with a sure address, or a label or number right under them; 0 when they are not, or when
    the story starts under them with its dateline (a headline in capitals, its subtitle under
    it, ``Jakarta - ...``: the lines are the headline, whatever they name)."""
    named, sure = sender_length(lines, is_label)
    following = lines[named] if named < len(lines) else after
    if not named or not (sure or is_label(following)):
        return 0
    return 0 if split_dateline(following[:MAX_LINE_CHARS]).city else named


def sender_blocks(blocks: Sequence[str], is_label: Callable[[str], bool]) -> tuple[int, bool]:
    """How many of the leading Markdown ``blocks`` are the sender's name and address (in one
    paragraph or several), and whether they are surely an address. A block its lines end in is
    the sender's whole when the rest of it is labels and a letter's head (``SIARAN PERS``,
    ``Nomor: 12/HM/2026``); (0, False) when it goes on with other text (its headline)."""
    first = blocks[0].lstrip("\n")[: MAX_LINE_CHARS + 1].split("\n", 1)[0] if blocks else ""
    if not is_name(first) or is_label(first):  # looked at first: most blocks are no name
        return 0, False
    split: list[list[str]] = []
    for block in blocks[:MAX_LINES]:
        if (
            len(block) > MAX_LINES * MAX_LINE_CHARS
            or CRITIC_DELIMITER.search(block)
            or only_pictures(block)
            or only_comments(block)
        ):
            break
        split.append(block.strip("\n").split("\n"))
    flat = [line for lines in split for line in lines][:MAX_LINES]
    left, addressed = sender_length(flat, is_label)
    taken = 0
    for lines in split:
        if left <= 0:
            break
        if left < len(lines) and not _labels_only(lines[left:], is_label):
            return 0, False
        left -= len(lines)
        taken += 1
    return taken, addressed


def _labels_only(lines: Sequence[str], is_label: Callable[[str], bool]) -> bool:
    """Whether ``lines`` are all labels, reference numbers and a letter's head."""
    index = 0
    while index < len(lines):
        if is_label(lines[index]):
            index += 1
            continue
        length = head_length(lines[index:])
        if not length:
            return False
        index += length
    return True
