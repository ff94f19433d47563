"""Indonesian affixed words from known roots: kerahkan, didistribusikan, menormalisasi.

The id_ID dictionary lists a root and only some of its affixed forms. A word it does not know
is accepted when PySastrawi's stemmer (MIT; Nazief-Adriani with the ECS rules: prefixes,
confixes, the nasal changes of meN-/peN-, suffixes, particles) strips it to a root that
PySastrawi's root list or the dictionary knows. The stemmer's rules decide which affixes a root
takes, so a wrong nasal ("menhentikan", "menfaatkan") or a letter missing from the root
("pemerinth") finds no root and stays a typo.

A prefix whose nasal should have melted the root's first letter (mengkonversi, mensukseskan,
mentaati) is not a typo but a non-standard form (EYD V, KBBI): :meth:`Morphology.standard_form`
gives the standard one (mengonversi). Suggestions for an affixed typo keep its affixes and fix
its root (:func:`affixed_suggestions`).

A slip can also land on a rare root that the stemmer still finds: berdasar -> berdadar (ber- +
dadar, an omelette), dituntut -> diuntut (di- + untut). Such a word stays a typo when the
dictionary's affix flags give its root no affix of that kind and the dictionary knows a word
one slip of the root away (a letter left out, one too many, two swapped, a neighbouring key):
a near, known word beats a rare derivation (:meth:`Morphology.near_words`).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Mapping
from difflib import SequenceMatcher
from typing import Any

#: answers remembered per word (emptied when full, like the speller's own)
ANSWERS_KEPT = 100_000
#: shorter words are not taken apart (the stemmer finds roots in "dia", "kan")
MIN_LETTERS = 5
#: shorter roots are too easy to land on by accident: a slip in a common word makes a rare
#: root with affixes (dijamin -> diamin, berkata -> berlata, dibuat -> diubat)
MIN_ROOT = 5
#: common roots of four letters that news copy puts affixes on (dipicu, perkuatan, amankan)
SHORT_ROOTS = frozenset(
    """picu kuat film aman nada kira bisa olah seru nama asap golf awal buat kata cari beri
    laku baca jual beli bagi rasa guna kaji temu ubah urus atur ajak ajar alih bawa buka coba
    duga gali ikut jaga jadi kena kenal kirim lapor lepas minta naik pakai pilih pindah pukul
    rusak sebar tahan tanam tolak tuju ujar ungkap usul antar bela bina cair catat cegah data
    desa didik gagal gelar hapus harga hibur hubung kelola kemas kunci lacak lindung pantau
    proses rawat sewa sita suap tiru tuduh tuding ulang undang wajib arah adil akui atas""".split()
)
_VOWELS = frozenset("aeiou")
#: ways of splitting a typo whose middle is sent for corrections (each costs ~10 ms, more
#: for a long word), and the longest typo split at all (longer is garbage more than a slip)
MAX_SPLITS = 2
MAX_SPLIT_LETTERS = 25
#: a nasal prefix and the root letter it melts (KBBI: k, p, s, t are dropped after meN-/peN-):
#: the written prefix of the unmelted form -> the standard prefix
_UNMELTED = {
    "mengk": ("k", "meng"),
    "pengk": ("k", "peng"),
    "memp": ("p", "mem"),
    "pemp": ("p", "pem"),
    "mens": ("s", "meny"),
    "pens": ("s", "peny"),
    "ment": ("t", "men"),
    "pent": ("t", "pen"),
}
#: roots whose unmelted form is standard per KBBI (mengkaji "study", mempunyai)
_KEEPS_LETTER = frozenset({"kaji", "punya", "kilap", "kritik", "klaim"})
#: prefixes and endings tried when a typo's root is fixed, longest first
_PREFIXES = (
    "memper", "diper", "ketidak", "keber", "keter", "ber", "di", "ter", "ke", "se",
    "meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "pe", "per",
)  # fmt: skip
_ENDINGS = (
    "kannya", "annya", "inya", "kan", "an", "i", "nya", "lah", "kah", "pun", "",
)  # fmt: skip


@functools.cache
def sastrawi_roots() -> frozenset[str]:
    """PySastrawi's root-word list (about 30,000 words; read once)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return frozenset(w.strip() for w in StemmerFactory().get_words() if w.strip())


class _Roots:
    """PySastrawi's dictionary interface over its root list and the id_ID dictionary."""

    def __init__(self, roots: frozenset[str], known: Callable[[str], bool]) -> None:
        self.roots = roots
        self.known = known
        self._asked: dict[str, bool] = {}  # the stemmer asks about the same strings often

    def contains(self, word: str | None) -> bool:  # the stemmer asks about None at times
        if not word:
            return False
        if word in self.roots:
            return True
        if len(word) < MIN_ROOT:
            return False
        answer = self._asked.get(word)
        if answer is None:
            if len(self._asked) >= ANSWERS_KEPT:
                self._asked.clear()
            answer = self._asked[word] = self.known(word)
        return answer

    def forget(self) -> None:
        self._asked.clear()


class Morphology:
    """Whether an unknown Indonesian word is an affixed form of a known root."""

    def __init__(
        self,
        known: Callable[[str], bool],
        roots: Iterable[str] | None = None,
        flags: Mapping[str, str] | None = None,
    ) -> None:
        """``known`` asks the dictionary about a plain word; ``roots`` defaults to PySastrawi's
        root list; ``flags`` are the id_ID dictionary's affix flags per root (``read_flags``;
        without them a rare derivation is not weighed against near words). Raises ImportError
        when PySastrawi is not installed."""
        from Sastrawi.Stemmer.Stemmer import Stemmer

        words = sastrawi_roots() if roots is None else frozenset(roots)
        self._dictionary = _Roots(words, known)
        self._stemmer: Any = Stemmer(self._dictionary)
        self._roots_only: Any = Stemmer(_Roots(words, lambda _word: False))
        self._roots: dict[str, str | None] = {}
        self._flags = flags
        self._near: dict[str, tuple[str, ...]] = {}
        self._lock = threading.Lock()

    def root(self, word: str) -> str | None:
        """The known root ``word`` is an affixed form of (lowercase in, lowercase out), or None."""
        try:
            return self._roots[word]
        except KeyError:
            pass
        found: str | None = None
        if len(word) >= MIN_LETTERS and word.isalpha():
            stem = self._stem(word)
            if stem != word and self._dictionary.contains(stem) and _fits(word, stem):
                found = stem
                if stem not in self._dictionary.roots:  # an affixed word id_ID knows: its
                    inner = self._stem(stem, self._roots_only)  # its root must fit too:
                    # dikati+kan, se+akan (a short root) no; aliran+ber (a suffix) yes
                    suffixed = stem.startswith(inner)
                    if inner != stem and not (valid_form if suffixed else _fits)(word, inner):
                        found = None
        if len(self._roots) >= ANSWERS_KEPT:
            self._roots.clear()
        self._roots[word] = found
        return found

    def forget(self) -> None:
        """Drop the answers (the dictionary's words changed)."""
        self._roots.clear()
        self._near.clear()
        self._dictionary.forget()

    def _stem(self, word: str, stemmer: Any = None) -> str:
        with self._lock:  # the stemmer keeps state while it works on a word
            return str((stemmer or self._stemmer).stem_word(word))

    def accepts(self, word: str) -> bool:
        """``word`` is a standard affixed form of a known root and no rare derivation that a
        near, known word beats (:meth:`near_words`)."""
        root = self.root(word)
        return root is not None and _unmelted(word, root) is None and not self.near_words(word)

    def near_words(self, word: str) -> tuple[str, ...]:
        """Words the dictionary knows one slip of the root away from ``word`` (lowercase),
        when ``word`` puts affixes on a root whose flags give it no affix of that kind (ber- +
        dadar, di- + untut): berdasar, dituntut. Such a word is a typo; the words are its
        likeliest corrections. Empty for a word that is no such derivation."""
        found = self._near.get(word)
        if found is None:
            found = self._near_uncached(word)
            if len(self._near) >= ANSWERS_KEPT:
                self._near.clear()
            self._near[word] = found
        return found

    def _near_uncached(self, word: str) -> tuple[str, ...]:
        root = self.root(word)
        base = None if root is None or self._flags is None else self._base(root)
        if base is None or self._flags is None:
            return ()
        frame = _frame(word, base)
        if frame is None or _attested(self._flags.get(base, ""), frame):
            return ()
        at, size = _span(word, base)
        clitic = next(
            (c for c in _CLITICS if word.endswith(c) and len(word) - len(c) >= at + size), ""
        )
        core = word[: len(word) - len(clitic)]
        known = self._dictionary.known
        return tuple(c + clitic for c in slips_of(core, at, at + size) if known(c))

    def corrections(
        self, word: str, suggested: Iterable[str], known: Callable[[str], bool] | None = None
    ) -> list[str]:
        """``suggested`` (a typo's corrections, best first) with the words one slip away
        first: the :meth:`near_words` of a rare derivation, else (with ``known``) the words
        ``known`` accepts one slip of the whole word away (datng -> datang). First those
        ``suggested`` has, in its order, then the others, a root the dictionary gives more
        affixes first (berkayalah: berkatalah, kata/B0DkM0MiMk... before berjayalah,
        jaya/B0KaKcMk). Case is kept as in ``word``."""
        suggested = list(suggested)
        lower = word.lower()
        found = self.near_words(lower)
        if not found and known is not None and len(lower) <= MAX_SPLIT_LETTERS:
            found = tuple(w for w in slips_of(lower, 0, len(lower)) if known(w))
        near = [keep_case(word, w) for w in found]
        if not near:
            return suggested
        listed = [w for w in suggested if w in near]
        others = sorted((w for w in near if w not in listed), key=self._affix_count, reverse=True)
        return listed + others + [w for w in suggested if w not in near]

    def _affix_count(self, word: str) -> int:
        base = self._base(self._stem(word.lower(), self._roots_only))
        return len(self._flags.get(base, "")) // 2 if base and self._flags else 0

    def _base(self, stem: str) -> str | None:
        """The dictionary root under ``stem`` (kayalah -> kaya), or None when ``stem`` is an
        affixed word the dictionary knows (aliran, mengenal): its affixes are attested."""
        assert self._flags is not None
        if stem in self._flags:
            return stem
        inner = self._stem(stem, self._roots_only)
        if inner == stem:
            return stem  # a root of PySastrawi's list that id_ID lacks: it takes no affix
        if inner in self._flags and any(stem == inner + c for c in _CLITICS):
            return inner
        return None

    def standard_form(self, word: str) -> str | None:
        """The standard spelling of an unmelted nasal form (mengkonversi -> mengonversi)."""
        root = self.root(word)
        return None if root is None else _unmelted(word, root)


def _fits(word: str, root: str) -> bool:
    return (len(root) >= MIN_ROOT or root in SHORT_ROOTS) and valid_form(word, root)


_NASAL_FORMS = ("", "m", "n", "ng", "ny", "nge")
_FIRST = frozenset(
    ["", "di", "ke", "se", "be", "ber", "bel", "te", "ter", "per", "pel"]
    + ["me" + n for n in _NASAL_FORMS]
    + ["pe" + n for n in _NASAL_FORMS]
)
_PE = tuple("pe" + n for n in _NASAL_FORMS)
#: prefixes that stack on a first one (diberdayakan, keberhasilan, berpendapat, pemersatu)
_STACKS: dict[str, tuple[str, ...]] = {
    "di": ("per", "ber"),
    "me": ("per", "ber"),
    "mem": ("per", "ber"),
    "pem": ("ber", "er", "per"),
    "pen": ("ber",),
    "ber": ("ke", "se", "per", *_PE),
    "ter": ("ke", "se", "per", *_PE),
    "ke": ("ber", "ter", "se", "per", "tidak", "tidakber", "tidakter", *_PE),
    "se": ("ke", "per", "ber", *_PE),
}
#: an outer prefix and a suffix that never go together (Sastrawi's invalid confixes)
_INVALID_PAIRS = frozenset(
    [("di", "an"), ("ke", "i"), ("ke", "kan"), ("se", "i"), ("se", "kan"), ("te", "an")]
    + [("ter", "an"), ("be", "i"), ("ber", "i"), ("bel", "i")]
    + [("me" + n, "an") for n in _NASAL_FORMS]
)
_KE_ALONE = frozenset(
    "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu "
    "hendak kasih tua semua duanya".split()
)
#: what may follow a root (kapitalisasi: -isasi makes nouns of loanwords)
_SUFFIXES = ("", "i", "an", "kan", "isasi")
_CLITICS = ("nyalah", "nyakah", "nyapun", "nya", "lah", "kah", "pun", "ku", "mu")


def valid_form(word: str, root: str) -> bool:
    """``word`` is ``root`` with prefixes that stack in Indonesian (dipe- is not one) and a
    suffix its outer prefix takes (no di-...-an, ke-...-i, meN-...-an)."""
    at, size = word.find(root), len(root)
    if at < 0:  # a melted first letter: menulis <- tulis
        at, size = word.find(root[1:]), size - 1
        if at < 0:
            return True  # the stemmer's own recoding: trust it
    prefix, rest = word[:at], word[at + size :]
    for clitic in _CLITICS:
        if rest.endswith(clitic):
            rest = rest[: -len(clitic)]
            break
    if rest not in _SUFFIXES or (rest.startswith("i") and root.endswith("i")):
        return False  # alamiinya: a doubled i is a slip
    if root[0] == "r" and prefix.endswith(("be", "pe", "te")):
        prefix += "r"  # ber-, per-, ter- before r lose their r: berencana, diperebutkan
    outer: str | None = prefix
    if prefix not in _FIRST:
        outer = next(
            (f for f in _STACKS if prefix.startswith(f) and prefix[len(f) :] in _STACKS[f]), None
        )
        if outer is None:
            return False
    if outer in ("be", "te") and not (root[0] == "r" or root[1:3] == "er"):
        return False  # be- and te- only before r or a first syllable in -er (bekerja)
    if prefix == "ke" and not rest and root not in _KE_ALONE:
        return False  # ke- alone makes ordinals (kedua), not ke + any root
    return (outer, rest) not in _INVALID_PAIRS


#: the first letter of an id_ID affix flag names the prefix it puts on a root (B ber-, D di-,
#: M meN-, P peN-, R per-, K ke-); di- and meN- go together (the passive of an active verb),
#: as do peN- and per-. se- and ter- are left out: they go with nearly any adjective or verb
#: and id_ID flags few roots for them (S on 610 of 9,716 flagged roots), so the dictionary's
#: silence says nothing (sekelas, seiring, terganas are right)
_FLAG_FAMILIES = {"di": "DM", "me": "MD", "pe": "PR", "ber": "B", "be": "B", "ke": "K"}
#: a suffix without a prefix and the second letter of the flags that put it on a root
_FLAG_SUFFIXES = {"kan": "k", "an": "a", "i": "i"}
#: a QWERTY keyboard's rows: a slip of the finger hits a key next to the right one
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours() -> dict[str, str]:
    near: dict[str, str] = {}
    for row, keys in enumerate(_KEY_ROWS):
        for column, key in enumerate(keys):
            found = [keys[c] for c in (column - 1, column + 1) if 0 <= c < len(keys)]
            for other, shift in ((row - 1, (0, 1)), (row + 1, (-1, 0))):
                if 0 <= other < len(_KEY_ROWS):
                    line = _KEY_ROWS[other]
                    found += [line[column + d] for d in shift if 0 <= column + d < len(line)]
            near[key] = "".join(found)
    return near


_NEIGHBOURS = _keyboard_neighbours()
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def read_flags(lines: Iterable[str]) -> dict[str, str]:
    """Root -> its affix flags, from the lines of id_ID.dic (two letters a flag: FLAG long)."""
    flags = {}
    for line in lines:
        word, _slash, marks = line.strip().partition("/")
        if word.isalpha() and word.islower():
            flags[word] = marks
    return flags


def _span(word: str, root: str) -> tuple[int, int]:
    """Where ``root`` is in ``word`` (its first letter may have melted: menulis, tulis)."""
    at = word.find(root)
    if at >= 0:
        return at, len(root)
    at = word.find(root[1:])
    return (at, len(root) - 1) if at >= 0 else (-1, 0)


def _frame(word: str, root: str) -> tuple[str, str] | None:
    """The flag letters of ``word``'s outer prefix (or "" with none) and its suffix; None when
    neither says anything about the root (se-, ter-, no suffix)."""
    at, size = _span(word, root)
    if at < 0:
        return None
    prefix, rest = word[:at], word[at + size :]
    for clitic in _CLITICS:
        if rest.endswith(clitic):
            rest = rest[: -len(clitic)]
            break
    if prefix:
        key = max((k for k in _FLAG_FAMILIES if prefix.startswith(k)), key=len, default=None)
        return None if key is None else (_FLAG_FAMILIES[key], rest)
    return ("", rest) if rest in _FLAG_SUFFIXES else None


def _attested(marks: str, frame: tuple[str, str]) -> bool:
    """The flags ``marks`` put an affix of ``frame``'s kind on their root: a prefix alone
    needs a flag for it alone (B0, D0, M0: tabah/KaMk takes menabahkan, not ditabah)."""
    families, rest = frame
    pairs = [marks[i : i + 2] for i in range(0, len(marks), 2)]
    if families and not rest:
        return any(pair[:1] in families and pair[1:].isdigit() for pair in pairs)
    if families:
        return any(pair[:1] in families for pair in pairs)
    letter = _FLAG_SUFFIXES[rest]
    return any(letter in pair for pair in pairs)


def slips_of(typo: str, start: int, end: int) -> list[str]:
    """The words ``typo`` may be one slip of, changed between ``start`` and ``end`` (its
    root): a letter put back, a doubled or stray one taken out, two swapped back, a
    neighbouring key replaced."""
    found = []
    for i in range(start, end + 1):
        found += [typo[:i] + letter + typo[i:] for letter in _LETTERS]
        if i >= end:
            continue
        letter, around = typo[i], typo[max(0, i - 1) : i] + typo[i + 1 : i + 2]
        if any(letter == x or letter in _NEIGHBOURS.get(x, "") for x in around):
            found.append(typo[:i] + typo[i + 1 :])
        found += [typo[:i] + key + typo[i + 1 :] for key in _NEIGHBOURS.get(letter, "")]
        if i + 1 < end:
            found.append(typo[:i] + typo[i + 1] + letter + typo[i + 2 :])
    return list(dict.fromkeys(w for w in found if w != typo))


def _unmelted(word: str, root: str) -> str | None:
    if root in _KEEPS_LETTER or len(root) < 2 or root[1] not in _VOWELS:
        return None  # mengkritik, mengklaim: a cluster keeps its letter
    for written, (letter, prefix) in _UNMELTED.items():
        if (
            word.startswith(written)
            and root[0] == letter
            and word[len(written) - 1 :].startswith(root)
        ):
            return prefix + word[len(written) :]
    return None


def affixed_suggestions(
    word: str, fix_root: Callable[[str], Iterable[str]], known: Callable[[str], bool]
) -> list[str]:
    """Corrections of an affixed typo that keep its affixes: "dioperaskan" -> "dioperasikan",
    "menhentikan" -> "menghentikan" (the nasal the root takes).

    The word is split into each prefix and ending it could carry; the middle's corrections
    (``fix_root``) are put back between them, and a result counts when ``known`` accepts it.
    Fewest edits first; among equals a letter put back before one taken out (a letter left
    out is the commoner slip). Case is kept as in :func:`netizen_editor.spelling.nonstandard`.
    """
    lower = word.lower()
    found: list[str] = []
    if len(lower) > MAX_SPLIT_LETTERS:
        return found
    for prefix in _NASALS if lower[:3] in ("men", "mem", "pen", "pem") else ():
        for other in _NASALS:
            candidate = other + lower[len(prefix) :]
            if (
                lower.startswith(prefix)
                and other != prefix
                and other[:2] == prefix[:2]
                and known(candidate)
            ):
                found.append(candidate)
    asked = 0
    for prefix in _PREFIXES:
        if not lower.startswith(prefix) or found:
            continue
        for ending in _ENDINGS:
            middle = lower[len(prefix) : len(lower) - len(ending)]
            if not lower.endswith(ending) or len(middle) < MIN_ROOT + 1 or asked >= MAX_SPLITS:
                continue
            asked += 1
            for root in fix_root(middle):
                candidate = prefix + root.lower() + ending
                if candidate != lower and candidate not in found and known(candidate):
                    found.append(candidate)
    found.sort(key=lambda w: (_distance(lower, w), len(w) < len(lower)))
    return [keep_case(word, w) for w in found]


#: the forms of the nasal prefixes meN- and peN- (a wrong one is a typo: menhentikan)
_NASALS = ("meng", "meny", "mem", "men", "peng", "peny", "pem", "pen")


def _distance(a: str, b: str) -> int:
    """Edits (insert, delete, replace a letter) from ``a`` to ``b``."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


#: a correction is near its typo within this many edits, or with at least this share of the
#: two words' letters matched in order (difflib's ratio): one or two slips, or a longer word
#: with a few (dittingkatkan -> ditingkatkan). Below both it shares too little with the word
#: to be its correction: Hunspell's last-resort guesses (menhentikan -> tikam-menikam,
#: ageement -> magenta). Every planted one-slip typo of ``benchmarks.bench_false_alarms``
#: keeps its word by the edits alone.
NEAR_EDITS = 2
NEAR_RATIO = 0.7


def near(word: str, candidate: str) -> bool:
    """Whether ``candidate`` is near enough ``word`` to be offered as its correction."""
    a, b = word.lower(), candidate.lower()
    return _distance(a, b) <= NEAR_EDITS or SequenceMatcher(None, a, b).ratio() >= NEAR_RATIO


def keep_case(original: str, word: str) -> str:
    """``word`` in the case of ``original`` (Ijin -> Izin, IJIN -> IZIN)."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
