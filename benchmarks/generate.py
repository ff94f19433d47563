"""Deterministic Indonesian-news articles of a given length, for benchmarks and tests."""

from __future__ import annotations

import random

WORDS = (
    "pemerintah presiden menteri rakyat daerah warga kota provinsi anggaran kebijakan "
    "pembangunan jalan banjir hujan polisi kejaksaan pengadilan sidang saksi korban "
    "ekonomi harga beras minyak pasar pedagang petani nelayan sekolah guru siswa "
    "rumah sakit dokter pasien vaksin kesehatan teknologi internet digital aplikasi "
    "pemilu partai calon kampanye suara rapat dewan perwakilan keputusan rencana "
    "tahun bulan pekan hari pagi malam sejumlah beberapa banyak sedikit lebih kurang "
    "mengatakan menjelaskan menyebutkan menegaskan mengungkapkan menambahkan bahwa "
    "yang dan di ke dari untuk dengan pada dalam oleh akan telah sudah masih belum"
).split()
CITIES = ("JAKARTA", "BANDUNG", "SURABAYA", "MEDAN", "MAKASSAR", "SEMARANG")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    if rng.random() < 0.15:
        i = rng.randrange(len(words))
        words[i] = f"**{words[i]}**"
    if rng.random() < 0.1:
        i = rng.randrange(len(words))
        words[i] = f"[{words[i]}](https://netizen.co.id/{words[i]})"
    if rng.random() < 0.1:
        i = rng.randrange(len(words))
        words[i] = f"*{words[i]}*"
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, target: int) -> str:
    sentences: list[str] = []
    count = 0
    while count < target:
        sentence = _sentence(rng)
        sentences.append(sentence)
        count += len(sentence.split())
    return " ".join(sentences)


def generate_article(words: int, seed: int = 0) -> str:
    """A Markdown article of about ``words`` words with front matter and newsroom elements."""
    rng = random.Random(seed * 7919 + words)
    city = rng.choice(CITIES)
    lines = [
        "---",
        f'title: "Laporan Khusus {seed}: Warga {city.title()} Menunggu Kepastian Anggaran"',
        "summary: Ringkasan laporan tentang kebijakan anggaran daerah dan dampaknya bagi warga.",
        "author: Tim Redaksi",
        "editor: Redaktur Pelaksana",
        "date: 2024-03-14T09:00:00+07:00",
        "labels: [Nasional, Ekonomi]",
        f"dateline: {city.title()}",
        "status: draft",
        "---",
        "",
    ]
    body: list[str] = []
    count = 0
    index = 0
    while count < words:
        index += 1
        if index % 9 == 0:
            body.append(f"## Bagian {index // 9}: {rng.choice(WORDS).title()}")
        elif index % 13 == 0:
            body.append("Baca juga: [Berita terkait lainnya](https://netizen.co.id/terkait)")
        elif index % 17 == 0:
            body.append("[[ad]]")
        elif index % 19 == 0:
            body.append("\n".join(f"- {_sentence(rng)}" for _ in range(3)))
            count += 30
        elif index % 23 == 0:
            body.append("> " + _sentence(rng))
            count += 12
        else:
            size = min(rng.randint(40, 90), max(words - count, 10))
            paragraph = _paragraph(rng, size)
            body.append(paragraph)
            count += len(paragraph.split())
    return "\n".join(lines) + "\n\n".join(body) + "\n"


def word_count(text: str) -> int:
    return len(text.split())
