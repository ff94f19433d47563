"""A clean article the rules have nothing to say about, and ways to spoil it."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.checks import Finding
from netizen_editor.checks.context import check_text
from netizen_editor.settings import Settings

CLEAN = """\
---
title: Banjir Rob Genangi Pesisir Jakarta Utara
summary: Banjir rob setinggi 40 sentimeter menggenangi permukiman pesisir Jakarta Utara sejak
  Senin; warga mengungsi dan BPBD membuka dapur umum di tiga kelurahan.
author: Tim Redaksi
date: 2024-03-11T09:00:00+07:00
labels: [Metropolitan, Banjir]
slug: banjir-rob-genangi-pesisir-jakarta-utara
dateline: Jakarta
status: draft
---
JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga di pesisir Jakarta Utara
sejak Senin (11/3/2024) pagi. Air setinggi 40 sentimeter masuk ke rumah warga.

Badan Penanggulangan Bencana Daerah membuka dapur umum di tiga kelurahan. Petugas juga
menyiapkan perahu karet untuk warga lanjut usia.

Baca juga: [Tanggul Pantai Utara Diperkuat](https://netizen.co.id/tanggul-pantai-utara)

"Kami sudah siaga sejak semalam," kata Kepala Pelaksana BPBD DKI Jakarta kepada wartawan.

[[ad]]

Menurut data sementara, sekitar 300 kepala keluarga terdampak. Petugas memantau pasang laut
yang diperkirakan memuncak pada Selasa malam, seperti dilaporkan
[BMKG Maritim](https://maritim.bmkg.go.id/).

![Warga mengungsi](https://netizen.co.id/foto/banjir-rob.jpg "Warga mengungsi. Foto: Antara")
"""


def findings(text: str, rule: str | None = None, settings: Settings | None = None,
             path: Path | None = None) -> list[Finding]:  # fmt: skip
    found = check_text(text, path, settings or Settings())
    return [f for f in found if rule is None or f.rule == rule]


def spoil(old: str, new: str, text: str = CLEAN) -> str:
    assert old in text, old
    return text.replace(old, new, 1)
