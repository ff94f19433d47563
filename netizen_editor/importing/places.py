"""The places a release's dateline may name: Indonesia's provinces, its cities (every *kota*)
and the regencies and islands news copy names most, as the dateline reader knows them.

A dateline is a city and a dash (``JAKARTA – ``); a place right after that dash makes the
two a pair (``Jakarta – Bandung kini terhubung ...``, a route), not a dateline. Countries are
not places here: ``JAKARTA – Indonesia resmi ...`` is a dateline."""

from __future__ import annotations

import re

_NAMES = """
Aceh|Sumatera Utara|Sumatera Barat|Riau|Kepulauan Riau|Jambi|Sumatera Selatan|Bengkulu|Lampung
|Bangka Belitung|Jawa Barat|Jawa Tengah|Jawa Timur|Banten|Bali|Nusa Tenggara Barat
|Nusa Tenggara Timur|Kalimantan Barat|Kalimantan Tengah|Kalimantan Selatan|Kalimantan Timur
|Kalimantan Utara|Sulawesi Utara|Sulawesi Tengah|Sulawesi Selatan|Sulawesi Tenggara|Gorontalo
|Sulawesi Barat|Maluku|Maluku Utara|Papua|Papua Barat|Papua Selatan|Papua Tengah
|Papua Pegunungan|Papua Barat Daya|Yogyakarta|Daerah Istimewa Yogyakarta|DIY|DKI Jakarta
|Jawa|Sumatera|Sumatra|Kalimantan|Sulawesi|Madura|Lombok|Sumbawa|Flores|Bangka|Belitung|Batam
|Bintan|Nias|Ambon|Ternate|Tidore|Jakarta|Jakarta Pusat|Jakarta Utara|Jakarta Barat
|Jakarta Selatan|Jakarta Timur|Kepulauan Seribu|Bogor|Depok|Tangerang|Tangerang Selatan|Bekasi
|Cikarang|Cibinong|Serpong|Bandung|Bandung Barat|Cimahi|Sumedang|Garut|Tasikmalaya|Ciamis
|Pangandaran|Banjar|Cirebon|Indramayu|Majalengka|Kuningan|Subang|Purwakarta|Karawang|Cianjur
|Sukabumi|Serang|Cilegon|Pandeglang|Lebak|Semarang|Solo|Surakarta|Salatiga|Magelang|Pekalongan
|Tegal|Brebes|Purwokerto|Banyumas|Cilacap|Kebumen|Purworejo|Wonosobo|Temanggung|Kendal|Demak
|Kudus|Jepara|Pati|Rembang|Blora|Grobogan|Sragen|Karanganyar|Wonogiri|Sukoharjo|Klaten
|Boyolali|Batang|Pemalang|Banjarnegara|Purbalingga|Sleman|Bantul|Kulon Progo|Gunungkidul
|Gunung Kidul|Surabaya|Sidoarjo|Gresik|Lamongan|Tuban|Bojonegoro|Mojokerto|Jombang|Kediri
|Blitar|Tulungagung|Trenggalek|Madiun|Ngawi|Magetan|Ponorogo|Pacitan|Nganjuk|Malang|Batu
|Pasuruan|Probolinggo|Lumajang|Jember|Bondowoso|Situbondo|Banyuwangi|Bangkalan|Sampang
|Pamekasan|Sumenep|Denpasar|Badung|Gianyar|Tabanan|Buleleng|Singaraja|Karangasem|Klungkung
|Bangli|Jembrana|Kuta|Ubud|Mataram|Dompu|Labuan Bajo|Kupang|Ende|Maumere|Waingapu
|Atambua|Banda Aceh|Sabang|Lhokseumawe|Langsa|Subulussalam|Meulaboh|Medan|Binjai
|Pematangsiantar|Pematang Siantar|Tebing Tinggi|Tanjungbalai|Tanjung Balai|Sibolga
|Padangsidimpuan|Padang Sidempuan|Gunungsitoli|Deli Serdang|Karo|Berastagi|Toba|Samosir
|Padang|Bukittinggi|Payakumbuh|Solok|Sawahlunto|Padang Panjang|Pariaman|Mentawai|Pekanbaru
|Dumai|Siak|Kampar|Tanjungpinang|Tanjung Pinang|Natuna|Palembang|Prabumulih|Lubuklinggau
|Lubuk Linggau|Pagar Alam|Pagaralam|Bandar Lampung|Pangkalpinang|Pangkal Pinang
|Tanjung Pandan|Pontianak|Singkawang|Ketapang|Sintang|Palangka Raya|Palangkaraya|Sampit
|Banjarmasin|Banjarbaru|Samarinda|Balikpapan|Bontang|Kutai Kartanegara|Tenggarong
|Penajam Paser Utara|Ibu Kota Nusantara|IKN|Tarakan|Tanjung Selor|Nunukan|Manado|Bitung
|Tomohon|Kotamobagu|Minahasa|Palu|Poso|Luwuk|Makassar|Parepare|Palopo|Maros|Gowa|Bone
|Toraja|Tana Toraja|Mamuju|Kendari|Baubau|Bau-Bau|Wakatobi|Sofifi|Tual|Sorong|Manokwari
|Jayapura|Merauke|Timika|Nabire|Wamena|Biak|Fakfak|Raja Ampat
"""
PLACES = frozenset(name.strip() for name in _NAMES.replace("\n", "").split("|"))
_LONGEST = max(len(name.split()) for name in PLACES)
#: the words that make what follows a place's name (``Kota Binjai``, ``Kabupaten Sukabumi``)
_KINDS = re.compile(
    r"(?:Kota|Kabupaten|Kab\.|Provinsi|Pulau|Kepulauan|Kecamatan|Desa|Kelurahan|Kampung)"
    r" [A-Z]"
)
_WORD = re.compile(r"[\w'’.-]+")


def starts_with_place(text: str) -> bool:
    """Whether ``text`` (bold or not) opens with a place's name: one this table knows, in any
    case (``Bandung``, ``TANGERANG SELATAN``), or one named by its kind (``Kota Binjai``)."""
    text = text.lstrip("*_“\"‘'")
    if _KINDS.match(text) or (text[:4].isupper() and _KINDS.match(text[:24].title())):
        return True
    words = _WORD.findall(" ".join(text.split()[:_LONGEST]))
    for count in range(min(len(words), _LONGEST), 0, -1):
        name = " ".join(words[:count]).rstrip(".")
        if name in PLACES or name.title() in PLACES or name.upper() in PLACES:
            return True
    return False
