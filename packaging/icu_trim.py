"""Shrink Qt's ICU data library (``libicudataNN.so``, 32 MB) to what Qt needs (~9 MB).

    python packaging/icu_trim.py dist/netizen-editor/_internal/PySide6/Qt/lib/libicudata.so.73

Qt links ICU for collation (QCollator), locale-aware case mapping, time zones and the text
codecs beyond UTF-8/16; its own locale data (QLocale) is compiled into QtCore. The data
library is one exported symbol, ``icudtNN_dat``, holding an ICU data package. This script
takes that package out, removes with ICU's ``icupkg`` (Debian: icu-devtools) what the app
cannot use, and links the rest back into a library of the same name and soname with the GNU
assembler and linker (binutils, which PyInstaller needs anyway):

- locale data of every locale but root, English and Indonesian (``id`` and its old code
  ``in``), in every tree (names, currencies, units, zones, regions, collation);
- transliteration rules and spelled-out number rules (``translit/``, ``rbnf/``): Qt has no
  API that reaches them;
- the word-break dictionaries for Chinese/Japanese, Thai, Lao, Khmer and Burmese
  (``brkitr/*.dict``): Qt's text boundaries are its own, not ICU's break iterators.

The codecs, normalization, case and property data and the root collation stay whole.

Chromium (the preview) has its own ICU data, a plain package file (``resources/icudtl.dat``,
10 MB), trimmed the same way by ``trim_package``: the preview shows an Indonesian or English
article with page scripts off, and the app's own script formats nothing by locale, so
Chromium needs the root and the en/id locales; lines still break by ICU's rules (the
``.brk`` files stay), Chinese, Japanese and South-East Asian scripts without dictionaries.

    python packaging/icu_trim.py dist/netizen-editor/_internal/PySide6/Qt/resources/icudtl.dat
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALES = frozenset(
    {"root", "en", "en_001", "en_US", "en_US_POSIX", "en_GB", "id", "id_ID", "in", "in_ID"}
)
DROP_TREES = ("translit", "rbnf")
# A locale's resource: two or three lowercase letters, then _Script/_REGION/_variant parts.
_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
_SYMBOL = re.compile(
    r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)$"
)


class TrimError(RuntimeError):
    pass


def keep_item(item: str) -> bool:
    """Whether an item of the ICU package (``coll/id.res``, ``brkitr/thaidict.dict``) stays."""
    tree, _, name = item.rpartition("/")
    if tree in DROP_TREES:
        return False
    if tree == "brkitr" and name.endswith(".dict"):
        return False
    if _LOCALE_ITEM.match(name):
        return name[: -len(".res")] in KEEP_LOCALES
    return True


def _run(cmd: list[str], cwd: Path | None = None) -> str:
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise TrimError(f"{' '.join(cmd)} failed ({result.returncode}): {result.stderr[-2000:]}")
    return result.stdout


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of the ICU data in the library."""
    symbols = _run(["readelf", "--dyn-syms", "-W", str(library)])
    sections = _run(["readelf", "-S", "-W", str(library)])
    for line in symbols.splitlines():
        match = _SYMBOL.match(line)
        if not match:
            continue
        value, size, index, name = match.groups()
        for sec in sections.splitlines():
            found = re.match(rf"^\s*\[\s*{index}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s", sec)
            if found:
                address, offset = int(found.group(1), 16), int(found.group(2), 16)
                return name, int(value, 16) - address + offset, int(size, 0)
    raise TrimError(f"{library}: no icudtNN_dat symbol")


def _remove_unused(work: Path, package: str) -> None:
    """``work/out/<package>``: ``work/<package>`` without what :func:`keep_item` drops.
    ``--ignore-deps``: brkitr/root.res names the dictionaries dropped, and Chromium's package
    already lacks items its others name."""
    listed = _run(["icupkg", "--ignore-deps", "-l", package], cwd=work).splitlines()
    removed = [i.strip() for i in listed if i.strip() and not keep_item(i.strip())]
    (work / "remove.txt").write_text("\n".join(removed) + "\n", encoding="ascii")
    _run(["icupkg", "--ignore-deps", "-r", "remove.txt", package, f"out/{package}"], cwd=work)


def trim(library: Path) -> tuple[int, int]:
    """Rewrite ``library`` in place with the trimmed data; returns (bytes before, after)."""
    for tool in ("icupkg", "readelf", "as", "ld"):
        if shutil.which(tool) is None:
            raise TrimError(f"{tool} is missing (apt-get install icu-devtools binutils)")
    before = library.stat().st_size
    soname_out = _run(["readelf", "-d", str(library)])
    soname = re.search(r"\(SONAME\).*\[(.+)\]", soname_out)
    if not soname:
        raise TrimError(f"{library}: no soname")
    name, offset, size = _data_symbol(library)
    with tempfile.TemporaryDirectory(prefix="icu-trim-") as tmp:
        work = Path(tmp)
        package = name.replace("_dat", "l") + ".dat"  # icudt73l.dat: icupkg wants the name
        (work / "out").mkdir()
        with library.open("rb") as f:
            f.seek(offset)
            (work / package).write_bytes(f.read(size))
        _remove_unused(work, package)
        (work / "data.s").write_text(
            "\t.section .rodata\n"
            f"\t.globl {name}\n\t.type {name}, @object\n\t.balign 16\n"
            f'{name}:\n\t.incbin "out/{package}"\n\t.size {name}, . - {name}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        _run(["as", "-o", "data.o", "data.s"], cwd=work)
        _run(["ld", "-shared", "-soname", soname.group(1), "-o", "out.so", "data.o"], cwd=work)
        shutil.copy2(work / "out.so", library)
    return before, library.stat().st_size


def package_name(path: Path) -> str:
    """The name inside an ICU data package (``icudt74l``), which icupkg wants as the file's name:
    the prefix of the first item in its table of contents."""
    data = path.read_bytes()[:65536]
    header = int.from_bytes(data[0:2], "little")
    if data[2:4] != b"\xda\x27":
        raise TrimError(f"{path}: not an ICU data package")
    name_at = header + int.from_bytes(data[header + 4 : header + 8], "little")
    first = data[name_at : data.index(b"\0", name_at)].decode("ascii")
    prefix, slash, _item = first.partition("/")
    if not slash or not re.fullmatch(r"icudt\d+[lb]", prefix):
        raise TrimError(f"{path}: unexpected item name {first!r}")
    return prefix


def trim_package(path: Path) -> tuple[int, int]:
    """Rewrite the ICU data package file ``path`` in place, trimmed by :func:`keep_item`."""
    if shutil.which("icupkg") is None:
        raise TrimError("icupkg is missing (apt-get install icu-devtools)")
    before = path.stat().st_size
    package = package_name(path) + ".dat"
    with tempfile.TemporaryDirectory(prefix="icu-trim-") as tmp:
        work = Path(tmp)
        (work / "out").mkdir()
        shutil.copyfile(path, work / package)
        _remove_unused(work, package)
        shutil.copyfile(work / "out" / package, path)
    return before, path.stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    target = Path(argv[0])
    before, after = trim_package(target) if target.suffix == ".dat" else trim(target)
    print(f"icu_trim: {argv[0]}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
