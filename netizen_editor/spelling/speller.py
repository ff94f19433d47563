"""Hunspell with the app's dictionaries, the newsroom's words and Indonesian word forms.

``Speller`` answers "is this word known?" for an article language (``id`` or ``en``);
Indonesian articles accept English words too (news copy quotes English terms). On top of
Hunspell, Indonesian clitics and particles on a known word are accepted (-nya, -lah, -kah,
-pun, -ku, -mu, ku-, kau-) and reduplications whose parts are known (masing-masing,
lima-limanya), and affixed forms of a known root (``spelling.morphology``: kerahkan,
didistribusikan). Answers and suggestions are cached: a 20,000-word article has a few thousand
distinct words.

Hunspell (chunspell-next, import name ``hunspell``) holds the GIL during each call, so one
speller can be shared by the GUI thread and a worker thread.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from netizen_editor.i18n import tr
from netizen_editor.paths import resource_path
from netizen_editor.spelling import morphology, wordlists

LANGUAGES = {"id": "id_ID", "en": "en_US"}
DEFAULT_LANGUAGE = "id"
# A word every healthy dictionary knows: a dictionary that does not know it is broken.
_PROBE = {"id_ID": "yang", "en_US": "the"}
_PARTICLES = ("nyalah", "nyakah", "nyapun", "nya", "lah", "kah", "pun", "ku", "mu")
_PRONOUN_PREFIXES = ("kau", "ku")
# Bound forms written together with a word (EYD V): pascabanjir, antarwarga, nonaktif.
_BOUND_FORMS = ("pasca", "antar", "non", "pra", "anti", "multi", "semi", "swa", "tuna", "purna")
MAX_SUGGESTIONS = 6
#: words whose suggestions are remembered (least recently used out): every typo of a long
#: article several times over; one costs ~10 ms to compute and about 1 KB to keep
SUGGESTIONS_KEPT = 4096
#: answers to "is this word known?" remembered (emptied when full): the distinct words of a
#: 100,000-word article many times over, and what typing makes of them on the way (each key
#: makes a new word), so hours of editing do not pile them up
KNOWN_KEPT = 300_000
#: id_ID.aff names its flag type near the top; a .dic larger than this is not read for flags
AFF_HEAD_BYTES = 64 * 1024
DIC_MAX_BYTES = 32 * 1024 * 1024


class DictionaryError(Exception):
    """The dictionaries are missing or broken: spell check is off, the message says why."""


def article_language(value: object) -> str | None:
    """``id`` / ``en`` from front matter ``lang`` (``id-ID``, ``en_GB`` too); None if unknown."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return DEFAULT_LANGUAGE
    code = str(value).strip().lower().replace("_", "-").split("-")[0]
    return code if code in LANGUAGES else None


def _load_hunspell(folder: Path, name: str) -> Any:
    aff, dic = folder / f"{name}.aff", folder / f"{name}.dic"
    for path in (aff, dic):
        if not path.is_file():
            raise DictionaryError(
                tr("Spell check is off: the dictionary file {path} is missing", path=path)
            )
    try:
        import hunspell
    except ImportError:
        raise DictionaryError(
            tr("Spell check is off: the Hunspell library (chunspell-next) is not installed")
        ) from None
    try:
        speller = hunspell.Hunspell(name, hunspell_data_dir=str(folder))
        healthy = speller.spell(_PROBE[name])
    except Exception as exc:  # the binding raises its own types; any of them means broken
        raise DictionaryError(
            tr(
                "Spell check is off: the dictionary {path} cannot be read ({reason})",
                path=dic,
                reason=exc,
            )
        ) from None
    if not healthy:
        raise DictionaryError(tr("Spell check is off: the dictionary {path} is broken", path=dic))
    return speller


class Speller:
    """Known words and suggestions for Indonesian and English articles."""

    def __init__(self, folder: Path | None = None, extra_lists: Iterable[Path] = ()):
        self.folder = Path(folder) if folder is not None else resource_path("dictionaries")
        self._hunspell: dict[str, Any] = {}
        self._lock = threading.RLock()
        self._known: dict[tuple[str, str], bool] = {}
        self._suggestions: OrderedDict[tuple[str, str], tuple[str, ...]] = OrderedDict()
        self._suggestions_lock = threading.Lock()
        self._lists: dict[Path, tuple[tuple[int, int], list[wordlists.Entry]]] = {}
        self._list_notes: dict[Path, list[str]] = {}  # what was left out of each list
        # by dictionary: the words lists gave it, and those of them it knew itself (which a
        # list taken away or changed never takes out of it: "kata" in a list made "kata" a typo)
        self._listed: dict[str, set[str]] = {}
        self._own: dict[str, set[str]] = {}
        #: the app's own lists (``wordlists.BUILT_IN_LISTS``), read before the others
        self._built_in = [self.folder / name for name in wordlists.BUILT_IN_LISTS]
        self._places = self.folder / wordlists.PLACES_LIST
        self._list_paths = [*self._built_in, *map(Path, extra_lists)]
        self.list_problems: list[str] = []
        self.generation = 0  # goes up whenever earlier answers may have changed
        self._morphology: morphology.Morphology | None = None
        self._morphology_tried = False
        self.refresh_lists()

    # -- loading -----------------------------------------------------------------------------
    def load(self, languages: Iterable[str] = ("id", "en")) -> None:
        """Load the dictionaries now (takes a few hundred ms); raises DictionaryError."""
        for lang in languages:
            self._dictionary(LANGUAGES[lang])
        if "id" in languages:
            self._affixes()  # its root list too (~30 ms), not at the first unknown word typed

    @property
    def loaded(self) -> bool:
        """Both dictionaries are in memory (checking costs no load)."""
        return len(self._hunspell) == len(LANGUAGES)

    def _dictionary(self, name: str) -> Any:
        speller = self._hunspell.get(name)
        if speller is None:
            with self._lock:
                speller = self._hunspell.get(name)
                if speller is None:
                    speller = _load_hunspell(self.folder, name)
                    for path, (_mtime, entries) in self._lists.items():
                        if self._list_is_for(path, name):
                            self._add(name, speller, entries)
                    self._hunspell[name] = speller
        return speller

    def _dictionaries(self, lang: str) -> list[Any]:
        names = ["id_ID", "en_US"] if lang == "id" else ["en_US"]
        return [self._dictionary(name) for name in names]

    # -- word lists --------------------------------------------------------------------------
    def _list_is_for(self, path: Path, dictionary: str) -> bool:
        """The starter list and the KBBI supplement are Indonesian; the place names, the
        newsroom's and the personal list serve both."""
        return dictionary == "id_ID" or path not in self._built_in or path == self._places

    def refresh_lists(self) -> None:
        """Read the word lists again if they changed on disk (a colleague added a word): only
        the entries new since the last reading are added to the dictionaries (a word added to
        a list of 50,000 does not add the 50,000 again)."""
        with self._lock:
            problems = []
            for path in self._list_paths:
                try:
                    stat = path.stat() if path.exists() else None
                    mtime = (stat.st_mtime_ns, stat.st_size) if stat else (-1, -1)
                    if path in self._lists and self._lists[path][0] == mtime:
                        problems += self._list_notes.get(path, [])
                        continue
                    entries, notes = wordlists.read_with_notes(path, path == self._places)
                except (OSError, wordlists.WordListError) as exc:
                    problems.append(str(exc))
                    continue
                problems += notes
                self._list_notes[path] = notes
                old = self._lists.get(path, ((0, 0), []))[1]
                self._lists[path] = (mtime, entries)
                kept = set(old)
                new = [e for e in entries if e not in kept]
                gone = {e.word for e in old} - {e.word for e in entries}
                for name, speller in self._hunspell.items():
                    if not self._list_is_for(path, name):
                        continue
                    self._add(name, speller, new)
                    self._remove(name, speller, gone)
                if new or gone:
                    self._forget()
            self.list_problems = problems

    def _add(self, name: str, speller: Any, entries: list[wordlists.Entry]) -> None:
        """Give dictionary ``name`` a list's ``entries``, noting the words it knew itself."""
        listed, own = self._listed.setdefault(name, set()), self._own.setdefault(name, set())
        for entry in entries:
            if entry.word not in listed and entry.word not in own and _spell(speller, entry.word):
                own.add(entry.word)
            listed.add(entry.word)
        _add_entries(speller, entries)

    def _remove(self, name: str, speller: Any, words: set[str]) -> None:
        """Take ``words`` (gone from a list) out of dictionary ``name``: those a list gave it,
        not its own, nor any another list of it still has."""
        words = words - self._own.get(name, set())
        if not words:
            return
        kept = {e.word for path, (_m, entries) in self._lists.items()
                if self._list_is_for(path, name) for e in entries}  # fmt: skip
        for word in words - kept:
            self._listed.get(name, set()).discard(word)
            _call(speller.remove, word)

    def add_word(self, word: str, path: Path, *, wait: float = wordlists.LOCK_WAIT_S) -> bool:
        """Add ``word`` to the list at ``path`` and accept it at once (WordListError/SaveError);
        ``wait`` is how long another app's lock on the list is waited for."""
        added = wordlists.add(path, word, wait=wait)
        if path not in self._list_paths:
            self._list_paths.append(path)
        self.refresh_lists()
        return added

    def use_lists(self, extra_lists: Iterable[Path]) -> None:
        """Check with these lists (besides the app's own lists) from now on."""
        wanted = [*self._built_in, *map(Path, extra_lists)]
        if wanted == self._list_paths:
            return
        with self._lock:
            for path in self._list_paths[len(self._built_in) :]:
                if path not in wanted:
                    _signature, entries = self._lists.pop(path, ((0, 0), []))
                    self._list_notes.pop(path, None)
                    for name, speller in self._hunspell.items():
                        self._remove(name, speller, {entry.word for entry in entries})
            for path, (_signature, entries) in self._lists.items():  # words in both lists
                for name, speller in self._hunspell.items():
                    if self._list_is_for(path, name):
                        self._add(name, speller, entries)
            self._list_paths = wanted
            self._forget()
        self.refresh_lists()

    def accept(self, word: str) -> None:
        """Accept ``word`` from now on in this process (the editor's "Ignore")."""
        with self._lock:
            for speller in self._hunspell.values():
                _call(speller.add, word)
            self._forget()

    def _forget(self) -> None:
        self._known.clear()
        self.generation += 1
        if self._morphology is not None:
            self._morphology.forget()  # its answers may rest on a list that changed

    def _affixes(self) -> morphology.Morphology | None:
        """The Indonesian morphology (None without PySastrawi: plain Hunspell then)."""
        if not self._morphology_tried:
            with self._lock:
                if not self._morphology_tried:
                    speller = self._dictionary("id_ID")
                    try:
                        self._morphology = morphology.Morphology(
                            lambda w: _spell(speller, w), flags=_affix_flags(self.folder)
                        )
                    except ImportError:
                        self._morphology = None
                    self._morphology_tried = True
        return self._morphology

    # -- questions ---------------------------------------------------------------------------
    def known(self, word: str, lang: str = DEFAULT_LANGUAGE) -> bool:
        key = (lang, word)
        answer = self._known.get(key)
        if answer is None:
            answer = self._known_uncached(word, lang)
            if len(self._known) >= KNOWN_KEPT:
                self._known.clear()
            self._known[key] = answer
        return answer

    def _known_uncached(self, word: str, lang: str) -> bool:
        dictionaries = self._dictionaries(lang)
        if any(_spell(d, word) for d in dictionaries):
            return True
        lower = word.lower()
        titled = lower != word and word[:1].isupper() and word[1:] == word[1:].lower()
        if titled and any(_spell(d, lower) for d in dictionaries):
            return True
        if lang == "id" and (
            self._indonesian_form(lower, dictionaries[0], depth=2)
            or self._derived(lower, dictionaries[0])
            or ((affixes := self._affixes()) is not None and affixes.accepts(lower))
            or _english_with_clitic(lower, dictionaries[1])
        ):
            return True
        if (
            lang == "id"
            and lower.startswith("per")
            and len(lower) > 5
            and (self.known("mem" + lower, lang) or self.known("di" + lower, lang))
        ):  # the base of a memper-/diper- verb the dictionary knows (perluas: memperluas,
            return True  # perbarui: diperbarui), as a headline or an instruction writes it
        if "-" in lower:
            parts = [p for p in lower.split("-") if p]
            return bool(parts) and all(self.known(part, lang) for part in parts)
        return False

    def _indonesian_form(self, word: str, speller: Any, depth: int) -> bool:
        """A known word with a clitic or particle (ekspornya, bukankah, kuambil)."""
        if depth == 0:
            return False
        for particle in _PARTICLES:
            stem = word[: -len(particle)]
            if (word.endswith(particle) and len(stem) >= 2) and (
                _spell(speller, stem) or self._indonesian_form(stem, speller, depth - 1)
            ):
                return True
        for prefix in _PRONOUN_PREFIXES:
            stem = word[len(prefix) :]
            if (word.startswith(prefix) and len(stem) >= 3) and (
                _spell(speller, stem) or self._indonesian_form(stem, speller, depth - 1)
            ):
                return True
        return False

    def _derived(self, word: str, speller: Any) -> bool:
        """ketidak-…-an of a known word (ketidakhadiran) or a bound form on one (pascabanjir)."""
        word = word.removesuffix("nya")
        if word.startswith("ketidak") and word.endswith("an"):
            base = word[7:-2]
            if len(base) >= 3 and (
                _spell(speller, base) or self._indonesian_form(base, speller, 1)
            ):
                return True
        for bound in _BOUND_FORMS:
            rest = word[len(bound) :]
            if word.startswith(bound) and len(rest) >= 3 and _spell(speller, rest):
                return True
        return False

    def standard_form(self, word: str, lang: str = DEFAULT_LANGUAGE) -> str | None:
        """The standard spelling of an affixed word whose nasal prefix kept the root's first
        letter (mengkonversi -> mengonversi; case kept), or None."""
        if lang != "id" or (affixes := self._affixes()) is None:
            return None
        found = affixes.standard_form(word.lower())
        return None if found is None else morphology.keep_case(word, found)

    def suggest(self, word: str, lang: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
        """Corrections, best first (the article's language first); ~10 ms or more each, then
        remembered (the last ``SUGGESTIONS_KEPT`` words asked). An Indonesian affixed typo
        gets its affixes back around a corrected root first (dioperaskan -> dioperasikan); in an
        Indonesian article the known words one slip away come first (berdadar -> berdasar,
        datng -> datang). A word that shares too little with ``word`` is not offered
        (:func:`morphology.near`: menhentikan -> tikam-menikam); then there may be none."""
        cached = self.cached_suggestions(word, lang)
        if cached is None:
            found: list[str] = []
            affixes = self._affixes() if lang == "id" else None
            if affixes is not None:
                speller = self._dictionary("id_ID")
                found = morphology.affixed_suggestions(
                    word,
                    lambda middle: _call(speller.suggest, middle) or (),
                    lambda candidate: self.known(candidate, lang),
                )
            found = [s for s in found if morphology.near(word, s)]
            for number, speller in enumerate(self._dictionaries(lang)):
                found += [
                    s
                    for s in _call(speller.suggest, word) or ()
                    if s not in found and morphology.near(word, s)
                ]
                if number == 0 and found:
                    break  # the article's own language had ideas: do not mix in English
            if affixes is not None:  # known words one slip away first (berdadar, datng)
                found = affixes.corrections(word, found, self._known_as_written)
            cached = tuple(found[:MAX_SUGGESTIONS])
            with self._suggestions_lock:
                self._suggestions[(lang, word)] = cached
                while len(self._suggestions) > SUGGESTIONS_KEPT:
                    self._suggestions.popitem(last=False)
        return cached

    def _known_as_written(self, word: str) -> bool:
        """Hunspell (id_ID or en_US) knows ``word``, or it is such a word with a clitic; not
        the affix morphology: a near word only it accepts may be a rare derivation itself."""
        dictionaries = self._dictionaries("id")
        return any(_spell(d, word) for d in dictionaries) or self._indonesian_form(
            word, dictionaries[0], depth=2
        )

    def cached_suggestions(self, word: str, lang: str = DEFAULT_LANGUAGE) -> tuple[str, ...] | None:
        """The suggestions ``suggest`` gave for ``word``, or None when they are not kept."""
        key = (lang, word)
        with self._suggestions_lock:
            found = self._suggestions.get(key)
            if found is not None:
                self._suggestions.move_to_end(key)
        return found


def _affix_flags(folder: Path) -> dict[str, str] | None:
    """id_ID.dic's affix flags per root, or None when its .aff does not use two-letter flags
    (another dictionary) or the files cannot be read."""
    try:
        with (folder / "id_ID.aff").open("rb") as file:
            head = file.read(AFF_HEAD_BYTES).decode("latin-1")
        if not any(line.split()[:2] == ["FLAG", "long"] for line in head.splitlines()):
            return None
        dic = folder / "id_ID.dic"
        if dic.stat().st_size > DIC_MAX_BYTES:
            return None
        return morphology.read_flags(dic.read_bytes().decode("latin-1").splitlines()[1:])
    except OSError:
        return None


def _english_with_clitic(word: str, english: Any) -> bool:
    """An English word with -nya in Indonesian copy: stakeholdernya, websitenya."""
    stem = word.removesuffix("nya")
    return stem != word and len(stem) >= 3 and _spell(english, stem)


def _add_entries(speller: Any, entries: list[wordlists.Entry]) -> None:
    for entry in entries:
        if entry.model:
            _call(speller.add_with_affix, entry.word, entry.model)
        else:
            _call(speller.add, entry.word)


def _call(method: Any, *args: str) -> Any:
    """A Hunspell call; a word its dictionary's 8-bit encoding cannot hold is skipped."""
    try:
        return method(*args)
    except UnicodeError:
        return None


def _spell(speller: Any, word: str) -> bool:
    try:
        return bool(speller.spell(word))
    except UnicodeError:
        return True  # a letter id_ID's ISO-8859-1 cannot hold (Erdoğan): not ours to judge


_shared: dict[Path, Speller] = {}
_shared_lock = threading.Lock()


def shared_loaded(folder: Path | None = None) -> bool:
    """The process's speller for a dictionaries folder is made and its dictionaries are in
    memory (a new editor checks at once, with no wait for the window to paint first)."""
    speller = _shared.get(Path(folder) if folder is not None else resource_path("dictionaries"))
    return speller is not None and speller.loaded


def shared_speller(extra_lists: Iterable[Path] = (), folder: Path | None = None) -> Speller:
    """The process's speller for a dictionaries folder (loading one costs ~0.3 s and tens of
    MB), checking with ``extra_lists`` (the newsroom's and the personal list)."""
    base = Path(folder) if folder is not None else resource_path("dictionaries")
    with _shared_lock:
        speller = _shared.get(base)
        if speller is None:
            speller = _shared[base] = Speller(base, extra_lists)
    speller.use_lists(extra_lists)
    speller.refresh_lists()
    return speller
