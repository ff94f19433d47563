"""A sender's name written in capitals on a letterhead (``KEMENTERIAN DESA DAN DAERAH
TERTINGGAL``, ``PT BANK RAKYAT INDONESIA (PERSERO) TBK``) as a story writes it: each word with
a capital, the small words of a name in small letters (``dan``, ``di``), and abbreviations as
they are (``PT``, ``BPJS``, ``UMKM``): ``Kementerian Desa dan Daerah Tertinggal``, ``PT Bank
Rakyat Indonesia (Persero) Tbk``. A name that has small letters already is left as written."""

from __future__ import annotations

import re

# the small words inside a name (never its first word)
_SMALL = frozenset(
    "dan di ke dari untuk yang serta atau pada dengan bagi dalam oleh tentang "
    "of and the for".split()
)
# words written their own way
_SPELLED = {"TBK": "Tbk"}
# short words that are words, not abbreviations (``PERUSAHAAN DAERAH AIR MINUM``)
_SHORT_WORDS = frozenset({"AIR", "API", "TUA", "BAU"})
# abbreviations with a vowel and longer than three letters (those without one stay as they are)
_ABBREVIATIONS = frozenset(
    "APBD APBN ASEAN BRIN BUMD BUMN ESDM IAIN LIPI PAUD PDAM PUPR RSUD RSUP UMKM UNESCO UNICEF "
    "USAID".split()
)
_LETTERS = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("AEIOU")


def name_case(name: str) -> str:
    """``name`` as a story writes it, when it is written in capitals (else as it is)."""
    if any(char.islower() for char in _LETTERS.sub(_keep_form, name)):
        return name
    first = True

    def word(found: re.Match[str]) -> str:
        nonlocal first
        letters, at_start = found.group(), first
        first = False
        if not at_start and letters.lower() in _SMALL:
            return letters.lower()
        if letters in _SPELLED:
            return _SPELLED[letters]
        if letters in _ABBREVIATIONS or not _VOWELS & set(letters):
            return letters
        if len(letters) <= 3 and letters not in _SHORT_WORDS:
            return letters
        return letters[0] + letters[1:].lower()

    return _LETTERS.sub(word, name)


def _keep_form(found: re.Match[str]) -> str:
    """A company's ``Tbk`` counts as capitals (a name in capitals writes it so)."""
    return found.group().upper() if found.group() == "Tbk" else found.group()
