"""The packaging helpers that need no bundle: which ICU data stays, the forwarder DLL the Wine
script gives its prefix, and the NSIS installer recipe (compiled with makensis when present)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

from tests.tools import require

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _module(path: Path):
    spec = importlib.util.spec_from_file_location(f"_nz_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icu_trim_keeps_root_english_indonesian_and_shared_data() -> None:
    keep = _module(PACKAGING / "icu_trim.py").keep_item
    for item in (
        "root.res",
        "id.res",
        "id_ID.res",
        "in_ID.res",
        "en_US_POSIX.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "coll/id.res",
        "curr/pool.res",
        "zone/en_GB.res",
        "cnvalias.icu",
        "windows-1252-2000.cnv",
        "uprops.icu",
        "nfkc.nrm",
        "supplementalData.res",
        "likelySubtags.res",
        "brkitr/line.brk",
    ):
        assert keep(item), item
    for item in (
        "de.res",
        "zh_Hant_TW.res",
        "coll/de_.res",
        "coll/ja.res",
        "lang/fr_CA.res",
        "translit/root.res",
        "rbnf/en.res",
        "brkitr/cjdict.dict",
        "brkitr/thaidict.dict",
    ):
        assert not keep(item), item


def test_forwarder_dll_is_a_pe_file_that_forwards_process_prng(tmp_path: Path) -> None:
    require(shutil.which("objdump"), "objdump (binutils)", "scripts/setup-system.sh installs it")
    dll = tmp_path / "bcryptprimitives.dll"
    tool = _module(PACKAGING / "windows" / "forwarder_dll.py")
    dll.write_bytes(
        tool.forwarder_dll("bcryptprimitives.dll", {"ProcessPrng": "advapi32.SystemFunction036"})
    )
    out = subprocess.run(["objdump", "-p", str(dll)], capture_output=True, text=True, check=True)
    assert "file format pei-x86-64" in out.stdout
    assert "Forwarder RVA -- advapi32.SystemFunction036" in out.stdout
    assert "ProcessPrng" in out.stdout
    assert "bcryptprimitives.dll" in out.stdout


def test_nsis_recipe_builds_a_64_bit_installer(tmp_path: Path) -> None:
    require(shutil.which("makensis"), "makensis (NSIS)", "scripts/setup-system.sh installs it")
    bundle = tmp_path / "netizen-editor"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "netizen-editor.exe").write_bytes(b"MZ")
    (bundle / "netizen-editor-cli.exe").write_bytes(b"MZ")
    out = tmp_path / "setup.exe"
    result = subprocess.run(
        [
            "makensis",
            "-V2",
            "-XSetCompressor /FINAL zlib",
            "-DVERSION=0.1.0",
            f"-DSRCDIR={bundle}",
            f"-DOUTFILE={out}",
            str(PACKAGING / "windows" / "netizen-editor.nsi"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    header = out.read_bytes()[:4096]
    pe = int.from_bytes(header[0x3C:0x40], "little")
    assert header[pe : pe + 4] == b"PE\0\0"
    assert int.from_bytes(header[pe + 4 : pe + 6], "little") == 0x8664  # x64: Wine64 runs it


def test_wine_script_is_valid_bash() -> None:
    result = subprocess.run(
        ["bash", "-n", str(PACKAGING / "windows_wine.sh")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_chromium_icu_data_keeps_root_english_indonesian_and_line_breaking(tmp_path: Path) -> None:
    import PySide6

    require(shutil.which("icupkg"), "icupkg (icu-devtools)", "scripts/setup-system.sh installs it")
    source = Path(PySide6.__file__).parent / "Qt" / "resources" / "icudtl.dat"
    data = tmp_path / "icudtl.dat"
    shutil.copyfile(source, data)
    tool = _module(PACKAGING / "icu_trim.py")
    name = tool.package_name(data)
    before, after = tool.trim_package(data)
    assert after < before / 2
    listing = tmp_path / f"{name}.dat"
    shutil.copyfile(data, listing)
    items = subprocess.run(
        ["icupkg", "--ignore-deps", "-l", listing.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    for kept in ("root.res", "en.res", "id.res", "brkitr/line.brk", "coll/root.res", "uts46.nrm"):
        assert kept in items, kept
    for dropped in ("ja.res", "coll/zh.res", "brkitr/cjdict.dict", "zone/fr.res"):
        assert dropped not in items, dropped


def test_a_macos_bundle_is_named_by_its_processor(monkeypatch) -> None:
    """Pillow, pi-heif, chunspell-next, PyYAML and MarkupSafe have no universal2 wheels: a macOS
    bundle runs on the processor it was built on, and its name says which (QA28 M6)."""
    import platform
    import sys

    build = _module(PACKAGING / "build.py")
    monkeypatch.setattr(sys, "platform", "darwin")
    for machine, tag in (("arm64", "macos-arm64"), ("x86_64", "macos-x86_64")):
        monkeypatch.setattr(platform, "machine", lambda machine=machine: machine)
        assert build.platform_tag() == ("macos", tag)
    spec = (PACKAGING / "netizen-editor.spec").read_text(encoding="utf-8")
    assert '"LSMinimumSystemVersion": "13.0"' in spec  # PySide6 6.11: macOS 13+ wheels only
