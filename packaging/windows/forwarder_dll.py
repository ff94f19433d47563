"""Write a tiny 64-bit Windows DLL whose exports forward to another DLL's functions.

    python packaging/windows/forwarder_dll.py OUT.dll NAME.dll EXPORT=target.Function ...

Used by ``packaging/windows_wine.sh``: Wine 8.0 has no ``bcryptprimitives.dll``, which every
program built with Rust 1.78 or later imports for ``ProcessPrng`` (here: nh3, the HTML
sanitizer). Real Windows 10 and 11 have it. The Wine prefix gets
``bcryptprimitives.dll`` with ``ProcessPrng=advapi32.SystemFunction036`` (RtlGenRandom,
which fills the buffer the same way; Rust ignores the return value). The DLL has no code:
only an export table of forwarders, which the Windows (and Wine) loader resolves itself.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

FILE_ALIGN = 0x200
SECTION_RVA = 0x1000


def forwarder_dll(dll_name: str, forwards: dict[str, str]) -> bytes:
    """The bytes of a PE32+ DLL named ``dll_name`` exporting ``forwards`` (name → DLL.Func)."""
    names = sorted(forwards)  # the name table must be sorted for the loader's binary search
    count = len(names)
    # layout of the export section: directory, address table, name table, ordinals, strings
    dir_size = 40
    eat = SECTION_RVA + dir_size
    npt = eat + 4 * count
    ordinals = npt + 4 * count
    strings_at = ordinals + 2 * count
    blob = bytearray()

    def add_string(text: str) -> int:
        rva = strings_at + len(blob)
        blob.extend(text.encode("ascii") + b"\0")
        return rva

    dll_name_rva = add_string(dll_name)
    name_rvas = [add_string(n) for n in names]
    target_rvas = [add_string(forwards[n]) for n in names]
    section = bytearray()
    section += struct.pack(
        "<IIHHIIIIIII", 0, 0, 0, 0, dll_name_rva, 1, count, count, eat, npt, ordinals
    )
    section += b"".join(struct.pack("<I", r) for r in target_rvas)  # forwarders: RVAs of text
    section += b"".join(struct.pack("<I", r) for r in name_rvas)
    section += b"".join(struct.pack("<H", i) for i in range(count))
    section += blob
    export_size = len(section)  # an address inside the export directory marks a forwarder
    raw_size = (len(section) + FILE_ALIGN - 1) // FILE_ALIGN * FILE_ALIGN
    section += b"\0" * (raw_size - len(section))
    image_size = SECTION_RVA + (raw_size + 0xFFF) // 0x1000 * 0x1000

    dos = bytearray(64)
    dos[0:2] = b"MZ"
    struct.pack_into("<I", dos, 0x3C, 64)
    coff = struct.pack("<HHIIIHH", 0x8664, 1, 0, 0, 0, 240, 0x2022)  # x64; DLL, executable
    optional = struct.pack(
        "<HBBIIIIIQIIHHHHHHIIIIHHQQQQII",
        0x20B,  # PE32+
        14,
        0,
        0,  # size of code
        raw_size,  # size of initialized data
        0,
        0,  # entry point: none (no DllMain)
        SECTION_RVA,  # base of code
        0x180000000,  # image base
        0x1000,  # section alignment
        FILE_ALIGN,
        6,
        0,
        0,
        0,
        6,
        0,
        0,
        image_size,
        FILE_ALIGN,  # size of headers
        0,  # checksum
        3,  # subsystem: console
        0x0160,  # dynamic base, NX compatible, high-entropy VA
        0x100000,
        0x1000,
        0x100000,
        0x1000,
        0,
        16,  # data directories
    )
    directories = struct.pack("<II", SECTION_RVA, export_size) + b"\0" * 8 * 15
    header = struct.pack(
        "<8sIIIIIIHHI",
        b".rdata",
        len(section),
        SECTION_RVA,
        raw_size,
        FILE_ALIGN,
        0,
        0,
        0,
        0,
        0x40000040,  # initialized data, readable
    )
    headers = bytes(dos) + b"PE\0\0" + coff + optional + directories + header
    headers += b"\0" * (FILE_ALIGN - len(headers))
    return headers + bytes(section)


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    out, name, *pairs = argv
    forwards = dict(pair.split("=", 1) for pair in pairs)
    Path(out).write_bytes(forwarder_dll(name, forwards))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
