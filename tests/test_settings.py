"""The settings are one immutable value: changed by making a new one, compared and hashed by
what they hold, and read from TOML with every field checked (FILE:LINE: messages)."""

from __future__ import annotations

import dataclasses
import tomllib

import pytest

from netizen_editor.errors import SettingsError
from netizen_editor.settings import AdSlots, Settings


def test_settings_are_never_changed_in_place():
    settings = Settings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.skin = "plain"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.ad_slots.top = "1"  # type: ignore[misc]
    changed = dataclasses.replace(settings, skin="plain", ad_slots=AdSlots(top="1"))
    assert (settings.skin, settings.ad_slots.top) == ("gradient", "")
    assert (changed.skin, changed.ad_slots.top) == ("plain", "1")


def test_settings_compare_and_hash_by_value():
    a = Settings(menu_pages=["Home", "Kontak"], ad_slots=AdSlots(in_article="3"))
    b = Settings(menu_pages=("Home", "Kontak"), ad_slots=AdSlots(in_article="3"))
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a.menu_pages == ("Home", "Kontak")  # a list given is kept as a tuple
    assert a != dataclasses.replace(a, menu_pages=("Home",))


def test_the_toml_round_trip_keeps_every_value(tmp_path):
    settings = Settings(
        site_name="Contoh.id",
        menu_pages=("Satu", "Dua"),
        ad_slots=AdSlots(top="1", bottom="2", in_article="3"),
        editor_font_size=14,
        spell_check=False,
        timezone="WITA",
    )
    path = tmp_path / "config" / "settings.toml"
    settings.save(path)
    assert 'menu_pages = [\n    "Satu",\n    "Dua",\n]' in path.read_text(encoding="utf-8")
    assert Settings.load(path) == settings


@pytest.mark.parametrize(
    ("toml", "line", "message"),
    [
        ('# a comment\nmenu_pages = "Home"\n', 2, "'menu_pages' must be a list of text, not text"),
        ("menu_pages = [1, 2]\n", 1, "'menu_pages' must be a list of text"),
        ("\n\neditor_font_size = 1000\n", 3, "'editor_font_size' must be between 6 and 72"),
        ("spell_check = 1\n", 1, "'spell_check' must be true or false, not a whole number"),
        (
            "editor_font_size = true\n",
            1,
            "'editor_font_size' must be a whole number, not a true/false value",
        ),
        (
            "editor_font_size = 12.5\n",
            1,
            "'editor_font_size' must be a whole number, not a decimal number",
        ),
        ("site_name = 2026-12-06\n", 1, "'site_name' must be text, not a date or time"),
        ('site_name = ["a"]\n', 1, "'site_name' must be text, not a list"),
        ("photo_format = {a = 1}\n", 1, "'photo_format' must be text, not a table"),
        ('timezone = "UTC"\n', 1, "'timezone' must be one of WIB, WITA, WIT, not 'UTC'"),
        ('ad_slots = "1"\n', 1, "'ad_slots' must be a table"),
        ("[ad_slots]\ntop = true\n", 2, "'ad_slots.top' must be text"),
        ('[ad_slots]\ntop = "1"\n\nbottom = []\n', 4, "'ad_slots.bottom' must be text"),
        ('ad_slots.top = "1"\nad_slots.in_article = 1.5\n', 2, "'ad_slots.in_article' must be"),
        ("ad_slots = { top = false }\n", 1, "'ad_slots.top' must be text"),
    ],
)
@pytest.mark.usefixtures("english")
def test_every_field_is_checked_with_its_file_and_line(tmp_path, toml, line, message):
    path = tmp_path / "s.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        Settings.load(path)
    assert caught.value.located().startswith(f"{path}:{line}: {message}")
    problems: list[SettingsError] = []
    assert Settings.load(path, problems) == Settings()  # the bad value is left at its default
    assert [p.located() for p in problems] == [caught.value.located()]


def test_the_lenient_load_keeps_the_good_values_and_names_the_bad_ones(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text(
        'site_name = "Contoh.id"\nskin = "tidak-ada"\n[ad_slots]\nin_article = 42\n',
        encoding="utf-8",
    )
    settings, problems = Settings.load_lenient(path)
    assert settings == Settings(site_name="Contoh.id", ad_slots=AdSlots(in_article="42"))
    assert [(p.path, p.line) for p in problems] == [(path, 2)]


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_wrong_value_is_never_told_with_a_python_type_name(tmp_path, monkeypatch, language):
    """Journalists read these lines: 'bukan int' or 'not a str' tells them nothing."""
    from netizen_editor import i18n

    monkeypatch.setattr(i18n, "_language", language)
    values = ['"x"', "7", "7.5", "true", '["x"]', "{ a = 1 }", "2026-12-06", "08:30:00"]
    python_names = {"str", "int", "float", "bool", "dict", "tuple", "datetime", "NoneType"}
    told = 0
    for field in dataclasses.fields(Settings):
        for value in values:
            path = tmp_path / "s.toml"
            path.write_text(f"{field.name} = {value}\n", encoding="utf-8")
            problems: list[SettingsError] = []
            Settings.load(path, problems)
            for problem in problems:
                told += 1
                assert problem.path == path and problem.line == 1
                words = set(problem.message.replace(",", " ").split())
                assert not words & python_names, problem.message
    assert told > 100


def test_saving_keeps_keys_it_does_not_know_and_a_broken_file_as_a_backup(tmp_path):
    """The Settings dialog saves every setting it knows; a newer version's keys stay, and a
    file that cannot be read as settings is kept as settings.toml.bak before it is replaced."""
    path = tmp_path / "settings.toml"
    path.write_text('site_name = "Lama"\nfuture_key = "tetap"\n[future_table]\na = 1\n')
    Settings(site_name="Baru").save(path)
    saved = tomllib.loads(path.read_text(encoding="utf-8"))
    assert saved["site_name"] == "Baru" and saved["future_key"] == "tetap"
    assert saved["future_table"] == {"a": 1}
    assert Settings.load(path).site_name == "Baru"
    path.write_text("site_name = [rusak\n", encoding="utf-8")
    Settings(site_name="Baru").save(path)
    assert (tmp_path / "settings.toml.bak").read_text(encoding="utf-8") == "site_name = [rusak\n"
    assert Settings.load(path).site_name == "Baru"
