"""The Indonesian UI: the catalog is complete and compiled, and the real window speaks it.

The other GUI tests run without a translator (English source texts); the tests here install
the app's translators themselves and take them out again afterwards.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from netizen_editor.gui.app import install_translators, load_settings
from netizen_editor.gui.dialogs.settings_dialog import SettingsDialog
from netizen_editor.gui.window.actions import MENUS, SPECS
from netizen_editor.paths import resource_path
from netizen_editor.settings import Settings, default_settings_path

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "netizen_editor_id.ts")
QM = resource_path("translations", "netizen_editor_id.qm")
UPDATE = ROOT / "scripts" / "update_translations.py"
FIX = "run scripts/update_translations.py (and translate what it reports)"

MENU_BAR_ID = ["&Berkas", "&Sunting", "F&ormat", "S&isipkan", "&Tampilan", "Ti&njau", "Bant&uan"]


def catalog() -> list[tuple[str, str, str, ET.Element]]:
    """(context, source, comment, <message>) of every live message in the .ts."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation").get("type", "")
            if kind not in ("obsolete", "vanished"):
                source = message.findtext("source") or ""
                found.append((name, source, message.findtext("comment") or "", message))
    return found


def translations() -> dict[tuple[str, str], str]:
    return {(c, s): m.findtext("translation") or "" for c, s, _, m in catalog()}


# -- the catalog -------------------------------------------------------------------------------
PLACEHOLDERS = re.compile(
    r"%L?\d+|%n"  # Qt's %1 … and %n
    r"|(?<!\{)\{[^{}]*\}(?!\})"  # str.format fields: {0}, {name}, {count:d}
    r"|</?[A-Za-z][A-Za-z0-9]*"  # rich-text tags: <b>, </p>, <br>
)


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDERS.findall(text))


def accelerators(text: str) -> int:
    """How many &-accelerators (``&&`` is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_the_catalog_is_indonesian_and_not_empty():
    root = ET.parse(TS).getroot()
    assert root.get("language") == "id"
    assert len(catalog()) > 250


def test_every_message_is_translated():
    unfinished = [
        (context, source)
        for context, source, _, message in catalog()
        if message.find("translation").get("type") == "unfinished"
        or not all(form.strip() for form in forms(message))
    ]
    assert not unfinished, f"{len(unfinished)} untranslated: {unfinished[:10]}"


def test_translations_keep_placeholders_and_accelerators():
    wrong = []
    for context, source, _, message in catalog():
        for form in forms(message):
            if placeholders(form) != placeholders(source):
                wrong.append((context, source, form, "placeholders"))
            if accelerators(form) != accelerators(source):
                wrong.append((context, source, form, "& accelerator"))
            if source.strip() != source and (form[:1].isspace(), form[-1:].isspace()) != (
                source[:1].isspace(),
                source[-1:].isspace(),
            ):
                wrong.append((context, source, form, "leading/trailing space"))
    assert not wrong, "\n".join(map(repr, wrong))


def test_the_summary_hint_is_the_newsroom_wording():
    hint = "Summary is longer than {0} characters: search engines will cut it off"
    assert translations()[("MetadataPanel", hint)] == (
        "Ringkasan lebih dari {0} karakter: mesin pencari akan memotongnya"
    )


def test_the_placeholder_check_catches_mistakes():
    assert placeholders("Saved {path}") != placeholders("Tersimpan di {jalur}")
    assert placeholders("%1 of %2") != placeholders("%1 dari")
    assert placeholders("<b>{name}</b> x") == placeholders("<b>{name}</b> y")
    assert accelerators("Save &As…") == accelerators("Simpan Seb&agai…") == 1
    assert accelerators("Tom && Jerry") == 0


# -- the compiled catalog ----------------------------------------------------------------------
def test_the_qm_holds_every_translation_of_the_ts():
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} missing or unreadable: {FIX}"
    stale = [
        (context, source)
        for context, source, comment, message in catalog()
        if message.get("numerus") != "yes"
        and translator.translate(context, source, comment or None) != forms(message)[0]
    ]
    assert not stale, f"the .qm is older than the .ts ({FIX}): {stale[:10]}"


def _tool(name: str) -> str | None:
    here = str(Path(sys.executable).parent)
    return shutil.which(f"pyside6-{name}", path=here) or shutil.which(f"pyside6-{name}")


@pytest.mark.skipif(_tool("lrelease") is None, reason="pyside6-lrelease is not installed")
def test_the_qm_is_compiled_from_the_current_ts(tmp_path):
    fresh = tmp_path / QM.name
    subprocess.run([_tool("lrelease"), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert QM.read_bytes() == fresh.read_bytes(), f"the .qm is not the .ts compiled: {FIX}"


@pytest.mark.skipif(_tool("lupdate") is None, reason="pyside6-lupdate is not installed")
def test_the_ts_has_every_text_of_the_sources():
    """A new or reworded tr() text fails here until the script ran and it is translated."""
    result = subprocess.run(
        [sys.executable, str(UPDATE), "--check"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- the running app ---------------------------------------------------------------------------
@pytest.fixture
def ui_language(qapp, private_dirs) -> Iterator[Callable[[str | None], Settings]]:
    """Write a settings file with a language, load it and install the translators as app.run
    does; the translators are removed again afterwards so other tests stay English."""
    installed: list[QTranslator] = []

    def use(language: str | None) -> Settings:
        settings = Settings() if language is None else Settings(ui_language=language)
        settings.save(default_settings_path())
        loaded, problem = load_settings()
        assert problem == ""
        from netizen_editor import i18n

        i18n.set_language(loaded.ui_language)  # the window's one language, as app.run sets it
        installed.extend(install_translators(qapp, loaded.ui_language))
        return loaded

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    from netizen_editor import i18n

    i18n.set_language(i18n.DEFAULT_LANGUAGE)  # use() set the core's language


def menu_texts(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_default_settings_give_the_indonesian_window(ui_language, make_window, qtbot):
    settings = ui_language(None)  # a user who never chose: the default
    assert settings.ui_language == "id"
    window = make_window(settings=settings)
    assert menu_texts(window) == MENU_BAR_ID
    assert [text.replace("&", "") for text in menu_texts(window)] == [
        "Berkas", "Sunting", "Format", "Sisipkan", "Tampilan", "Tinjau", "Bantuan",
    ]  # fmt: skip
    assert window.recent_menu.title() == "Buka Te&rbaru"
    assert window.status.saved.text().endswith("Belum disimpan")  # the sample, never saved
    assert "kata" in window.status.stats.text()
    assert window.status.position.text().startswith("Brs ")


def test_every_action_reads_its_indonesian_text(ui_language, make_window):
    window = make_window(settings=ui_language("id"))
    catalog_texts = translations()
    for spec in SPECS:
        expected = catalog_texts[("Actions", spec.text)]
        assert window.registry[spec.key].text() == expected, spec.key
    assert window.registry["save"].text() == "&Simpan"
    assert window.registry["save_as"].text() == "Simpan Seb&agai…"
    assert window.registry["undo"].text() == "&Urungkan"
    assert window.registry["find"].text() == "&Cari…"
    assert window.registry["replace"].text() == "&Ganti…"
    assert window.registry["export"].text() == "&Ekspor…"


def test_accelerators_are_unique_in_every_indonesian_menu(ui_language, make_window):
    window = make_window(settings=ui_language("id"))

    def keys(texts: list[str]) -> list[str]:
        return [re.search(r"&(\w)", t).group(1).lower() for t in texts if "&" in t]

    bar = keys(menu_texts(window))
    assert len(bar) == len(set(bar)) == len(MENU_BAR_ID)
    for menu, entries in MENUS.items():
        texts = [window.registry[key].text() for key in entries if key not in ("-", "~")]
        found = keys(texts)
        assert len(found) == len(set(found)), (menu, texts)


def test_the_metadata_panel_and_dialogs_are_indonesian(ui_language, make_window, qtbot):
    window = make_window(settings=ui_language("id"))
    panel = window.current_tab().metadata_panel
    labels = {label.text() for label in panel.findChildren(QLabel)}
    assert "&Ringkasan" in labels and "&Label" in labels
    dialog = SettingsDialog(window.settings, default_settings_path(), window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Pengaturan"
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert "Bahasa baru dipakai mulai aplikasi dibuka berikutnya." in texts
    box = QMessageBox(QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Batal"


def test_english_stays_english(ui_language, make_window):
    window = make_window(settings=ui_language("en"))
    assert [t.replace("&", "") for t in menu_texts(window)] == [
        "File", "Edit", "Format", "Insert", "View", "Review", "Help",
    ]  # fmt: skip
    assert window.registry["save"].text() == "&Save"
    assert QApplication.translate("Status", "Not saved yet") == "Not saved yet"


@pytest.mark.parametrize("language", ["id", "en"])
def test_alt_letters_are_unique_across_the_window(ui_language, make_window, language):
    """The menu bar, the name bar and the article's fields: each Alt+letter means one thing
    (Alt+S was Sunting and Slug, Alt+R Review and Credit)."""
    from netizen_editor.gui.mnemonics import letter
    from netizen_editor.gui.window.name_bar import offer_name

    window = make_window(settings=ui_language(language))
    panel = window.current_tab().metadata_panel  # made before the bar, as at the start
    bar = offer_name(window)
    assert bar is not None and bar.isVisible()  # no name in the settings yet
    fields = [label for label in panel.findChildren(QLabel) if label.buddy() is not None]
    texts = [*menu_texts(window), bar.set_button.text(), bar.hide_button.text(),
             *(label.text() for label in fields)]  # fmt: skip
    keys = [letter(text) for text in texts]
    assert None not in keys[: len(MENU_BAR_ID)]  # the menu bar keeps every letter
    found = [key for key in keys if key is not None]
    assert len(found) == len(set(found)), " ".join(texts)
    assert sum(key is not None for key in keys[len(MENU_BAR_ID) :]) >= 9, " ".join(texts)
