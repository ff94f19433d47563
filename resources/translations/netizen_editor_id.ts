<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="52"/>
        <source>&amp;New Article</source>
        <extracomment>marks a text for lupdate and returns it unchanged (PySide&apos;s stub says it returns ``object``) the formatting actions: each one&apos;s key is its kind for MarkdownEditor.apply_format what writes in the story: off in a read-only tab (a colleague&apos;s, followed), where it would do nothing without a word</extracomment>
        <translation>Artikel &amp;Baru</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="56"/>
        <source>Start a new, untitled article</source>
        <translation>Mulai artikel baru tanpa judul</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="60"/>
        <source>New from &amp;Template…</source>
        <translation>Baru &amp;dari Templat…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="64"/>
        <source>Start an article from a template (news, correction, live…)</source>
        <translation>Mulai artikel dari templat (berita, ralat, laporan langsung…)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="68"/>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="72"/>
        <source>Open a Markdown article</source>
        <translation>Buka artikel Markdown</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="74"/>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rbaru</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="77"/>
        <source>Open &amp;Desk…</source>
        <translation>Buka Me&amp;ja Redaksi…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="79"/>
        <source>Show a folder of stories as a desk: status, who, what</source>
        <translation>Tampilkan folder berita sebagai meja redaksi: status, siapa, apa</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="83"/>
        <source>&amp;Go to Story…</source>
        <translation>&amp;Pergi ke Berita…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="87"/>
        <source>Find a story of the desk by its title</source>
        <translation>Cari berita di meja redaksi menurut judulnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="91"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="93"/>
        <source>Make an article of a press release (Word, PDF…)</source>
        <translation>Jadikan rilis pers (Word, PDF…) sebuah artikel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="97"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="101"/>
        <source>Save the article</source>
        <translation>Simpan artikel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="105"/>
        <source>Save &amp;As…</source>
        <translation>Simpan Seb&amp;agai…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="112"/>
        <source>Save as Te&amp;mplate…</source>
        <translation>Simpan sebagai Te&amp;mplat…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="114"/>
        <source>Save the article as a template of the newsroom</source>
        <translation>Simpan artikel sebagai templat redaksi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="118"/>
        <source>&amp;History…</source>
        <translation>Ri&amp;wayat…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="120"/>
        <source>Compare the article&apos;s versions, or restore one</source>
        <translation>Bandingkan versi-versi artikel, atau pulihkan salah satunya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="124"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="128"/>
        <source>Export the article as a page or a Blogger post</source>
        <translation>Ekspor artikel sebagai halaman atau entri Blogger</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="132"/>
        <source>&amp;Close Article</source>
        <translation>&amp;Tutup Artikel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="141"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="142"/>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="143"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="144"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="145"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="147"/>
        <source>Select &amp;All</source>
        <translation>Pilih Se&amp;mua</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="149"/>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="152"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ganti…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="158"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Lompat ke Baris…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="162"/>
        <source>Se&amp;ttings…</source>
        <translation>Peng&amp;aturan…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="169"/>
        <source>Next &amp;Spelling Finding</source>
        <translation>Temuan &amp;Ejaan Berikutnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="173"/>
        <source>Select the next typo or non-standard spelling</source>
        <translation>Pilih salah ketik atau ejaan tidak baku berikutnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="177"/>
        <source>&amp;Bold</source>
        <translation>Te&amp;bal</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="180"/>
        <source>&amp;Italic</source>
        <translation>&amp;Miring</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="182"/>
        <source>&amp;Link…</source>
        <translation>&amp;Tautan…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="184"/>
        <source>&amp;Heading</source>
        <translation>&amp;Subjudul</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="187"/>
        <source>&amp;Quote</source>
        <translation>&amp;Kutipan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="191"/>
        <source>Bulleted &amp;List</source>
        <translation>Daftar &amp;Poin</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="197"/>
        <source>I&amp;mage…</source>
        <translation>&amp;Gambar…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="202"/>
        <source>&amp;Ad Slot</source>
        <translation>Slot &amp;Iklan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="206"/>
        <source>Insert an in-article ad slot</source>
        <translation>Sisipkan slot iklan di dalam artikel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="210"/>
        <source>&quot;&amp;Baca juga&quot; Link</source>
        <translation>Tautan &quot;&amp;Baca juga&quot;</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="214"/>
        <source>Insert a &quot;Baca juga:&quot; related link</source>
        <translation>Sisipkan tautan terkait &quot;Baca juga:&quot;</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="218"/>
        <source>&amp;Jump Break</source>
        <translation>&amp;Jeda Lompatan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="222"/>
        <source>Insert Blogger&apos;s &quot;read more&quot; jump break</source>
        <translation>Sisipkan jeda lompatan Blogger (&quot;Baca selengkapnya&quot;)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="226"/>
        <source>&amp;Embed…</source>
        <translation>Se&amp;matkan…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="230"/>
        <source>Embed a YouTube, X, Instagram, TikTok or Facebook post</source>
        <translation>Sematkan unggahan YouTube, X, Instagram, TikTok, atau Facebook</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="234"/>
        <source>Add &amp;Update…</source>
        <translation>Tambah &amp;Pembaruan…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="238"/>
        <source>Add a timed update (Pembaruan) to a developing story</source>
        <translation>Tambahkan pembaruan berjam ke berita yang berkembang</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="243"/>
        <source>Show &amp;Preview</source>
        <translation>Tampilkan &amp;Pratinjau</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="247"/>
        <source>Show or hide the live article</source>
        <translation>Tampilkan atau sembunyikan pratinjau langsung artikel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="252"/>
        <source>&amp;Desktop Width</source>
        <translation>Lebar &amp;Desktop</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="256"/>
        <source>Preview at desktop width (1280 px)</source>
        <translation>Pratinjau selebar desktop (1280 px)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="262"/>
        <source>&amp;Mobile Width</source>
        <translation>Lebar P&amp;onsel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="266"/>
        <source>Preview at phone width (375 px)</source>
        <translation>Pratinjau selebar ponsel (375 px)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="272"/>
        <source>Check &amp;Spelling</source>
        <translation>Periksa &amp;Ejaan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="274"/>
        <source>Underline typos and non-standard spellings</source>
        <translation>Garis bawahi salah ketik dan ejaan tidak baku</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="277"/>
        <source>Zoom &amp;In</source>
        <translation>Perbe&amp;sar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="279"/>
        <source>Zoom &amp;Out</source>
        <translation>Perke&amp;cil</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="282"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Ukuran Asli</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="286"/>
        <source>Preview: &amp;Fit Width</source>
        <translation>Pratinjau: Sesuaikan &amp;Lebar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="290"/>
        <source>Scale the whole desktop page into the preview</source>
        <translation>Perkecil seluruh halaman desktop agar muat di pratinjau</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="296"/>
        <source>Preview: &amp;100 %</source>
        <translation>Pratinjau: &amp;100 %</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="300"/>
        <source>Show the page at its real size (Ctrl+wheel over the preview zooms)</source>
        <translation>Tampilkan halaman dalam ukuran sebenarnya (Ctrl+roda tetikus di pratinjau untuk memperbesar)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="309"/>
        <source>&amp;Suggest Changes</source>
        <translation>&amp;Sarankan Perubahan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="313"/>
        <source>Typing and deleting become suggestions the reporter accepts or rejects</source>
        <translation>Ketikan dan hapusan menjadi saran yang diterima atau ditolak penulis</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="320"/>
        <source>Preview as &amp;Accepted</source>
        <translation>Pratinjau Seolah &amp;Diterima</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="324"/>
        <source>Show the article in the preview as if every suggestion were accepted</source>
        <translation>Tampilkan artikel di pratinjau seolah semua saran diterima</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="331"/>
        <source>Marks: Show &amp;All</source>
        <translation>Tanda: Tampilkan Se&amp;mua</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="335"/>
        <source>The editor shows every suggestion and comment</source>
        <translation>Editor menampilkan semua saran dan komentar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="341"/>
        <source>Marks: Read as A&amp;ccepted</source>
        <translation>Tanda: &amp;Baca Seolah Diterima</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="345"/>
        <source>The editor reads as if every suggestion were accepted (the file is kept)</source>
        <translation>Editor terbaca seolah semua saran diterima (berkas tidak diubah)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="353"/>
        <source>Marks: Read as &amp;Original</source>
        <translation>Tanda: Baca Seperti As&amp;linya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="357"/>
        <source>The editor reads as before the suggestions (the file is kept)</source>
        <translation>Editor terbaca seperti sebelum ada saran (berkas tidak diubah)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="365"/>
        <source>Add &amp;Comment…</source>
        <translation>Tambah &amp;Komentar…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="369"/>
        <source>A comment at the cursor, or on the selected words</source>
        <translation>Komentar di kursor, atau pada kata-kata yang dipilih</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="373"/>
        <source>Acc&amp;ept Suggestion</source>
        <translation>&amp;Terima Saran</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="377"/>
        <source>Accept the suggestion at the cursor (or the one selected in the panel)</source>
        <translation>Terima saran di kursor (atau yang dipilih di panel)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="383"/>
        <source>&amp;Reject Suggestion</source>
        <translation>T&amp;olak Saran</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="387"/>
        <source>Reject the suggestion at the cursor (or the one selected in the panel)</source>
        <translation>Tolak saran di kursor (atau yang dipilih di panel)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="393"/>
        <source>&amp;Next Mark</source>
        <translation>Tanda Berikut&amp;nya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="397"/>
        <source>Go to the next suggestion or comment</source>
        <translation>Ke saran atau komentar berikutnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="401"/>
        <source>Pre&amp;vious Mark</source>
        <translation>Tanda Sebel&amp;umnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="405"/>
        <source>Go to the previous suggestion or comment</source>
        <translation>Ke saran atau komentar sebelumnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="409"/>
        <source>Review &amp;Panel</source>
        <translation>&amp;Panel Tinjauan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="413"/>
        <source>Every suggestion and comment, to accept, reject or answer</source>
        <translation>Semua saran dan komentar, untuk diterima, ditolak atau dijawab</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="418"/>
        <source>Ne&amp;xt Article</source>
        <translation>Artikel &amp;Berikutnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="422"/>
        <source>Show the next article&apos;s tab (from the last: the first)</source>
        <translation>Tampilkan tab artikel berikutnya (dari yang terakhir: yang pertama)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="427"/>
        <source>Pre&amp;vious Article</source>
        <translation>Artikel Sebelum&amp;nya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="431"/>
        <source>Show the previous article&apos;s tab (from the first: the last)</source>
        <translation>Tampilkan tab artikel sebelumnya (dari yang pertama: yang terakhir)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="437"/>
        <source>Article &amp;Syntax and Shortcuts</source>
        <translation>&amp;Sintaks Artikel dan Pintasan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="441"/>
        <source>Front matter keys, newsroom markup and keyboard shortcuts</source>
        <translation>Kunci front matter, markah redaksi, dan pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/actions.py" line="443"/>
        <source>&amp;About Netizen Editor</source>
        <translation>&amp;Tentang Netizen Editor</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../netizen_editor/gui/app.py" line="217"/>
        <source>Settings Not Used</source>
        <translation>Pengaturan Tidak Dipakai</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/app.py" line="218"/>
        <source>Some of the settings file cannot be used (below): the defaults stand in for it until the file is fixed.</source>
        <translation>Sebagian berkas pengaturan tidak dapat dipakai (di bawah): nilai bawaan dipakai untuknya sampai berkas itu diperbaiki.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/app.py" line="228"/>
        <source>No Recovery Journal</source>
        <translation>Tidak Ada Jurnal Pemulihan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/app.py" line="230"/>
        <source>Unsaved work cannot be journaled for recovery after a crash: {problem}

Save often until this is fixed.</source>
        <translation>Pekerjaan yang belum disimpan tidak dapat dicatat ke jurnal untuk dipulihkan jika aplikasi mogok: {problem}

Seringlah menyimpan sampai masalah ini diperbaiki.</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/cheat_sheet.py" line="37"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/cheat_sheet.py" line="44"/>
        <source>Article Syntax and Shortcuts</source>
        <translation>Sintaks Artikel dan Pintasan</translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_dock.py" line="95"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_dock.py" line="117"/>
        <source>Show the pre-publish checks</source>
        <translation>Tampilkan pemeriksaan sebelum terbit</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_dock.py" line="336"/>
        <source>&amp;Check</source>
        <translation>Pe&amp;riksa</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_dock.py" line="253"/>
        <source>Nothing written yet: the checks start once the story has a headline or text</source>
        <translation>Belum ada yang ditulis: pemeriksaan dimulai setelah berita punya judul atau teks</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_dock.py" line="223"/>
        <source>The checks wait until the front matter can be read</source>
        <translation>Pemeriksaan menunggu sampai front matter bisa dibaca</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_dock.py" line="260"/>
        <source>No previews until the front matter can be read.</source>
        <translation>Pratinjau belum bisa ditampilkan sampai front matter bisa dibaca.</translation>
    </message>
</context>
<context>
    <name>ChecksGate</name>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/checks_gate.py" line="147"/>
        <source>Export &amp;Anyway</source>
        <translation>Tetap &amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/checks_gate.py" line="65"/>
        <source>&amp;Back to the Article</source>
        <translation>&amp;Kembali ke Artikel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/checks_gate.py" line="142"/>
        <source>Decide the suggestions in the Review panel first</source>
        <translation>Putuskan dulu saran-saran di panel Tinjauan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/checks_gate.py" line="74"/>
        <source>An export never publishes suggestions: decide them first.</source>
        <translation>Ekspor tidak pernah menerbitkan saran: putuskan dulu.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/checks_gate.py" line="145"/>
        <source>Fill in the template&apos;s placeholders first</source>
        <translation>Isi dulu isian templatnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/checks_gate.py" line="77"/>
        <source>An export never publishes a template&apos;s placeholders: fill them in first (Tab goes to the next).</source>
        <translation>Ekspor tidak pernah menerbitkan isian templat: isi dulu (Tab pindah ke isian berikutnya).</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/checks_gate.py" line="81"/>
        <source>Or export anyway.</source>
        <translation>Atau tetap ekspor.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/checks_gate.py" line="87"/>
        <source>&amp;Review the Suggestions</source>
        <translation>&amp;Tinjau Sarannya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/checks_gate.py" line="60"/>
        <source>line {line}: {message}</source>
        <translation>baris {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/checks_gate.py" line="48"/>
        <source>{n} error to fix before publishing</source>
        <translation>{n} kesalahan perlu dibetulkan sebelum terbit</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/checks_gate.py" line="50"/>
        <source>{n} errors to fix before publishing</source>
        <translation>{n} kesalahan perlu dibetulkan sebelum terbit</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="72"/>
        <source>Errors</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="72"/>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="72"/>
        <source>Advice</source>
        <translation>Anjuran</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="129"/>
        <source>In Google</source>
        <translation>Di Google</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="133"/>
        <source>Shared on WhatsApp or Facebook</source>
        <translation>Saat dibagikan di WhatsApp atau Facebook</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_dock.py" line="79"/>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="176"/>
        <source>Checking…</source>
        <extracomment>the panel is made with the first checked snapshot (the render thread&apos;s, after the first preview: the checks&apos; modules and the panel&apos;s share previews, ~30 ms of the interpreter, no longer compete with the first render), or this long after the window is made at the latest the rules whose findings &quot;Ignore&quot; on a word takes out</extracomment>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="87"/>
        <source>{n} errors</source>
        <translation>{n} kesalahan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="88"/>
        <source>{n} warnings</source>
        <translation>{n} peringatan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="228"/>
        <source>✓ Nothing to fix before publishing</source>
        <translation>✓ Tidak ada yang perlu dibetulkan sebelum terbit</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="369"/>
        <source>No search description: Google picks text from the story.</source>
        <translation>Tidak ada deskripsi penelusuran: Google mengambil teks dari berita.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="87"/>
        <source>{n} error</source>
        <translation>{n} kesalahan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="88"/>
        <source>{n} warning</source>
        <translation>{n} peringatan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="93"/>
        <source>{n} advice</source>
        <translation>{n} anjuran</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="252"/>
        <source>line {line}</source>
        <translation>baris {line}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="315"/>
        <source>Ignore &apos;{word}&apos;</source>
        <translation>Abaikan &apos;{word}&apos;</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="371"/>
        <source>The description is cut at about 920 pixels.</source>
        <translation>Deskripsi terpotong di sekitar 920 piksel.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="257"/>
        <source>Suggestion: {text}</source>
        <translation>Saran: {text}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/checks_panel.py" line="366"/>
        <source>The title is cut: {width} of about {limit} pixels fit.</source>
        <translation>Judul terpotong: {width} piksel, yang muat sekitar {limit}.</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/comment_dialog.py" line="43"/>
        <source>{keys} sends · Esc cancels</source>
        <translation>{keys} mengirim · Esc membatalkan</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="20"/>
        <source>save</source>
        <translation>simpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="21"/>
        <source>status change</source>
        <translation>ganti status</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="22"/>
        <source>review decision</source>
        <translation>keputusan tinjauan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="23"/>
        <source>export</source>
        <translation>ekspor</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="24"/>
        <source>import</source>
        <translation>impor</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="25"/>
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="27"/>
        <source>backup (before the history)</source>
        <translation>cadangan (sebelum riwayat)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_html.py" line="67"/>
        <source>⋯ {count} unchanged lines ⋯</source>
        <translation>⋯ {count} baris tidak berubah ⋯</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="287"/>
        <source>the current text</source>
        <translation>teks saat ini</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="234"/>
        <source>Changes Since the Last &amp;Review</source>
        <translation>Perubahan Sejak &amp;Tinjauan Terakhir</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="26"/>
        <source>overwritten (changed elsewhere)</source>
        <translation>ditimpa (diubah di tempat lain)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="28"/>
        <source>backup before a save</source>
        <translation>cadangan sebelum simpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="29"/>
        <source>on disk, not saved by you</source>
        <translation>di disk, bukan simpanan Anda</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="113"/>
        <source>On disk (changed by another program)</source>
        <translation>Di disk (diubah oleh program lain)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="161"/>
        <source>Your Text and “{name}” on Disk</source>
        <translation>Teks Anda dan “{name}” di Disk</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="237"/>
        <source>What changed since you reviewed: after a colleague&apos;s versions, from your last version before them (an editor sees every decision and reply since his review, a reporter every suggestion since her version); after your own accepts and rejects, from just before the first of them. The summary says which version it starts from.</source>
        <translation>Apa yang berubah sejak Anda meninjau: setelah versi rekan, dari versi terakhir Anda sebelum versi-versi itu (editor melihat setiap keputusan dan balasan sejak tinjauannya, reporter setiap saran sejak versinya); setelah Anda sendiri menerima dan menolak saran, dari tepat sebelum keputusan pertama. Ringkasannya menyebut versi mana awalnya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="243"/>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Pulihkan Versi Ini</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="287"/>
        <source>your version (not saved)</source>
        <translation>versi Anda (belum disimpan)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="390"/>
        <source>Comparing…</source>
        <translation>Membandingkan…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="477"/>
        <source>Since your last version before a colleague&apos;s (kept at {time}, {reason}):</source>
        <translation>Sejak versi terakhir Anda sebelum versi rekan (disimpan pada {time}, {reason}):</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="179"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="179"/>
        <source>Author</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="179"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="180"/>
        <source>Words</source>
        <translation>Kata</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="201"/>
        <source>Compare the chosen version with:</source>
        <translation>Bandingkan versi yang dipilih dengan:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="212"/>
        <source>A version is kept at every save, status change, review decision, export and restore. Choose one to see what changed since; restoring it keeps the current text as a version first.</source>
        <translation>Satu versi disimpan setiap kali artikel disimpan, statusnya diganti, saran diputuskan, diekspor, atau dipulihkan. Pilih satu untuk melihat apa yang berubah sejak itu; sebelum memulihkannya, teks saat ini disimpan dulu sebagai versi.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="216"/>
        <source>There are no versions of this article yet: one is kept when it is saved.</source>
        <translation>Artikel ini belum punya versi: satu versi disimpan saat artikel disimpan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="480"/>
        <source>Since just before the first review decision of the latest run (the text kept at {time} by {author}):</source>
        <translation>Sejak tepat sebelum keputusan tinjauan pertama dari rangkaian terakhir (teks yang disimpan pada {time} oleh {author}):</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="483"/>
        <source>Since the last version by {author} (kept at {time}), before the newest ones:</source>
        <translation>Sejak versi terakhir oleh {author} (disimpan pada {time}), sebelum versi-versi terbaru:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="112"/>
        <source>On disk (changed by {user})</source>
        <translation>Di disk (diubah oleh {user})</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="426"/>
        <source>The two texts cannot be compared: {problem}</source>
        <translation>Kedua teks tidak dapat dibandingkan: {problem}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_html.py" line="161"/>
        <source>… 1 more change not shown ({words} words)</source>
        <translation>… 1 perubahan lagi tidak ditampilkan ({words} kata)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_html.py" line="163"/>
        <source>… {count} more changes not shown ({words} words)</source>
        <translation>… {count} perubahan lagi tidak ditampilkan ({words} kata)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_html.py" line="79"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_html.py" line="166"/>
        <source>see {command}</source>
        <translation>lihat {command}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="37"/>
        <source>overwritten</source>
        <translation>ditimpa</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="38"/>
        <source>old backup</source>
        <translation>cadangan lama</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="39"/>
        <source>backup</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/version_reasons.py" line="40"/>
        <source>on disk</source>
        <translation>di disk</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="161"/>
        <source>History of {name}</source>
        <translation>Riwayat {name}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="465"/>
        <source>No review decision (an accepted or rejected suggestion) is kept in this article&apos;s history, so there is nothing to compare with.</source>
        <translation>Riwayat artikel ini belum menyimpan keputusan tinjauan (saran yang diterima atau ditolak), jadi tidak ada yang bisa dibandingkan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="256"/>
        <source>&amp;Save Mine (Overwrite)</source>
        <translation>Simpan Versi &amp;Saya (Timpa)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="257"/>
        <source>&amp;Take Theirs</source>
        <translation>A&amp;mbil Versi di Disk</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="258"/>
        <source>Save Mine as a &amp;Copy…</source>
        <translation>Simpan Versi Saya sebagai Sa&amp;linan…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="310"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="439"/>
        <source>From the version of {time} ({reason}) to {target}: {added} words added, {deleted} deleted, {fields} details changed.</source>
        <translation>Dari versi {time} ({reason}) ke {target}: {added} kata ditambah, {deleted} dihapus, {fields} detail berubah.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_html.py" line="205"/>
        <source>Details changed</source>
        <translation>Detail yang berubah</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_html.py" line="214"/>
        <source>The two texts are the same.</source>
        <translation>Kedua teks sama.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="220"/>
        <source>“{name}” was changed on disk while you were editing it, and your text is not saved yet. Below, “{disk}” compared with your version: green is only in yours, red struck through only on disk. Choose what to keep.</source>
        <translation>“{name}” diubah di disk saat Anda menyuntingnya, dan teks Anda belum disimpan. Di bawah, “{disk}” dibandingkan dengan versi Anda: hijau hanya ada di versi Anda, merah dicoret hanya ada di disk. Pilih yang ingin disimpan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="435"/>
        <source>Your version against the text on disk: {added} words only in yours, {deleted} only on disk, {fields} details differ.</source>
        <translation>Versi Anda dibandingkan teks di disk: {added} kata hanya ada di versi Anda, {deleted} hanya di disk, {fields} detail berbeda.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="355"/>
        <location filename="../../netizen_editor/gui/dialogs/compare_dialog.py" line="424"/>
        <source>This version cannot be read: {problem}</source>
        <translation>Versi ini tidak dapat dibaca: {problem}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/restore_part.py" line="40"/>
        <source>Restore this paragraph</source>
        <translation>Pulihkan paragraf ini</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/restore_part.py" line="44"/>
        <source>Makes this paragraph as it is in the chosen version: changed words get the version&apos;s words back, a paragraph deleted since comes back in its place, and one added since is taken out. The rest of the text and the details stay as they are. The current text is kept as a version first; Undo in the editor takes the paragraph back out.</source>
        <translation>Menjadikan paragraf ini seperti di versi yang dipilih: kata yang diubah kembali ke kata versi itu, paragraf yang dihapus sejak itu kembali di tempatnya, dan paragraf yang ditambahkan sejak itu dikeluarkan. Teks lainnya dan detailnya tetap seperti semula. Teks saat ini disimpan dulu sebagai versi; Urungkan di editor mengeluarkan paragraf itu lagi.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/restore_part.py" line="37"/>
        <source>Put this paragraph back</source>
        <translation>Kembalikan paragraf ini</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/restore_part.py" line="39"/>
        <source>Take this paragraph out</source>
        <translation>Keluarkan paragraf ini</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/restore_part.py" line="101"/>
        <source>Each changed paragraph has its own link to restore it alone (Tab to it, Enter).</source>
        <translation>Setiap paragraf yang berubah punya tautan sendiri untuk memulihkannya saja (Tab ke tautan itu, lalu Enter).</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../netizen_editor/gui/desk/new_story_files.py" line="38"/>
        <source>“{name}” was closed without a save: its empty draft is gone from the desk.</source>
        <translation>“{name}” ditutup tanpa disimpan: draf kosongnya sudah dihapus dari meja redaksi.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="543"/>
        <source>“{title}” moved to {path} and keeps its labels ({labels}): open it to change them if they no longer fit.</source>
        <translation>“{title}” dipindah ke {path} dan tetap berlabel ({labels}): buka untuk mengubahnya bila tak lagi cocok.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="75"/>
        <source>Desk</source>
        <translation>Meja Redaksi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="153"/>
        <source>Open Desk</source>
        <translation>Buka Meja Redaksi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/questions.py" line="52"/>
        <source>Published</source>
        <translation>Sudah Terbit</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/holders.py" line="41"/>
        <location filename="../../netizen_editor/gui/desk/holders.py" line="60"/>
        <source>Someone</source>
        <translation>Seseorang</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="86"/>
        <source>Go to the Desk</source>
        <translation>Ke Meja Redaksi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="89"/>
        <source>Show the desk and put the keyboard in its table</source>
        <translation>Tampilkan meja redaksi dan pindahkan papan ketik ke tabelnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="399"/>
        <source>New Story</source>
        <translation>Berita Baru</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/holders.py" line="30"/>
        <source>{user} has “{title}” open: its status, name and folder can be changed once they close it.</source>
        <translation>{user} sedang membuka “{title}”: status, nama, dan foldernya dapat diubah setelah ditutup.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/name_question.py" line="42"/>
        <source>Name in the desk (a folder first puts it there, e.g. {folder}/name.md):</source>
        <translation>Nama di meja redaksi (awali dengan folder untuk menaruhnya di sana, mis. {folder}/nama.md):</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/name_question.py" line="100"/>
        <source>“{part}”: {why}, so colleagues on Windows could not open it; another name?</source>
        <translation>“{part}”: {why}, jadi rekan yang memakai Windows tidak dapat membukanya; nama lain?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/name_question.py" line="93"/>
        <source>&lt; &gt; : &quot; | ? * are not allowed in a name on Windows</source>
        <translation>&lt; &gt; : &quot; | ? * tidak boleh ada dalam nama di Windows</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/name_question.py" line="95"/>
        <source>a name on Windows cannot end in a dot or a space</source>
        <translation>nama di Windows tidak boleh diakhiri titik atau spasi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/name_question.py" line="97"/>
        <source>CON, PRN, AUX, NUL, COM1–COM9 and LPT1–LPT9 are Windows&apos; own names</source>
        <translation>CON, PRN, AUX, NUL, COM1–COM9 dan LPT1–LPT9 adalah nama milik Windows sendiri</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/name_question.py" line="59"/>
        <source>{path}: there is a file of that name already; another name?</source>
        <translation>{path}: sudah ada berkas dengan nama itu; nama lain?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/questions.py" line="76"/>
        <source>&amp;Published at:</source>
        <translation>&amp;Waktu terbit:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/questions.py" line="80"/>
        <source>Written as the story&apos;s date: the byline and the exports show it.</source>
        <translation>Ditulis sebagai tanggal berita: tampil di baris penulis dan hasil ekspor.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="49"/>
        <source>Its post stays live on {site} until it is removed in Blogger.</source>
        <translation>Tulisannya tetap tayang di {site} sampai dihapus di Blogger.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="73"/>
        <source>“{title}” was spiked by the desk: publish it anyway?</source>
        <translation>“{title}” di-spike oleh meja redaksi: tetap terbitkan?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="74"/>
        <source>“{title}” was spiked by the desk: mark it ready anyway?</source>
        <translation>“{title}” di-spike oleh meja redaksi: tetap tandai siap terbit?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="75"/>
        <source>Spiked Story</source>
        <translation>Berita Di-spike</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="79"/>
        <source>Spiking was the desk&apos;s decision not to run it; Send to Editor takes it back to review.</source>
        <translation>Spike adalah keputusan meja redaksi untuk tidak menayangkannya; Kirim ke editor mengembalikannya ke tinjauan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="135"/>
        <source>“{title}” is now {now}: {user} set it at {time}.</source>
        <translation>“{title}” kini berstatus {now}: diubah oleh {user} pukul {time}.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="137"/>
        <source>“{title}” is now {now}: it was changed meanwhile.</source>
        <translation>“{title}” kini berstatus {now}: statusnya diubah sementara itu.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="138"/>
        <source>Status Changed</source>
        <translation>Status Berubah</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="143"/>
        <source>Set it to {status} anyway?</source>
        <translation>Tetap ubah menjadi {status}?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="99"/>
        <source>Errors Found</source>
        <translation>Ada Kesalahan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="104"/>
        <source>Open the story: the checks panel lists them.</source>
        <translation>Buka beritanya: panel Periksa mencantumkannya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="150"/>
        <source>Keep Status</source>
        <translation>Biarkan Status</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/questions.py" line="126"/>
        <source>An address has no spaces</source>
        <translation>Alamat tidak boleh berisi spasi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="151"/>
        <source>Set “{status}” Anyway</source>
        <translation>Tetap Jadikan “{status}”</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="94"/>
        <source>The checks found {n} error in “{title}”.</source>
        <translation>Pemeriksaan menemukan {n} kesalahan di “{title}”.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="95"/>
        <source>The checks found {n} errors in “{title}”.</source>
        <translation>Pemeriksaan menemukan {n} kesalahan di “{title}”.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/questions.py" line="136"/>
        <source>It is not on {site}: OK again keeps it</source>
        <translation>Alamat ini bukan di {site}: OK sekali lagi untuk tetap memakainya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="39"/>
        <source>Spike Story?</source>
        <translation>Spike Berita?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="52"/>
        <source>&amp;Spike</source>
        <translation>&amp;Spike</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="477"/>
        <source>Rename or Move</source>
        <translation>Ganti Nama atau Pindahkan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="162"/>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="320"/>
        <source>Open a desk first (File › Open Desk…).</source>
        <translation>Buka meja redaksi dulu (Berkas › Buka Meja Redaksi…).</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/questions.py" line="55"/>
        <source>The address where “{title}” is live:</source>
        <translation>Alamat tempat “{title}” tayang:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/status_action.py" line="96"/>
        <source>“{title}”: {status}</source>
        <translation>“{title}”: {status}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="506"/>
        <source>“{path}” is open in a tab: close it to give it a new id.</source>
        <translation>“{path}” terbuka di sebuah tab: tutup dulu untuk memberinya ID baru.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="509"/>
        <source>{user} has “{title}” open: it can be given a new id once they close it.</source>
        <translation>{user} sedang membuka “{title}”: ID baru bisa diberikan setelah ia menutupnya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="40"/>
        <source>Spike “{title}”?</source>
        <translation>Spike berita “{title}”?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="44"/>
        <source>The story is withdrawn and kept: the desk lists it under {status}, and its status can be set back at any time.</source>
        <translation>Berita ditarik dan tetap disimpan: meja redaksi menampilkannya dengan status “{status}”, dan statusnya dapat dikembalikan kapan saja.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/questions.py" line="128"/>
        <source>An address starts with https://</source>
        <translation>Alamat diawali https://</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="517"/>
        <source>“{title}” has its own id now: its versions are kept apart from {other}&apos;s.</source>
        <translation>“{title}” kini punya ID sendiri: versinya disimpan terpisah dari versi {other}.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/name_question.py" line="51"/>
        <source>A name inside the desk, without “..”</source>
        <translation>Nama di dalam meja redaksi, tanpa “..”</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="183"/>
        <source>Cannot Open the Desk</source>
        <translation>Meja Redaksi Tidak Dapat Dibuka</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="184"/>
        <source>The folder cannot be opened as a desk.</source>
        <translation>Folder ini tidak dapat dibuka sebagai meja redaksi.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/holders.py" line="24"/>
        <source>{user} has “{title}” open: its status can be set once they close it.</source>
        <translation>{user} sedang membuka “{title}”: statusnya dapat diubah setelah ditutup.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="410"/>
        <source>{path}: there is a file of that name already</source>
        <translation>{path}: sudah ada berkas dengan nama itu</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/controller.py" line="474"/>
        <source>“{path}” is open in a tab: close it to rename or move it.</source>
        <translation>“{path}” terbuka di sebuah tab: tutup dulu untuk mengganti nama atau memindahkannya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="103"/>
        <source>The checks panel lists them.</source>
        <translation>Panel Periksa mencantumkannya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="125"/>
        <source>One of them is a suggestion not yet accepted or rejected.</source>
        <translation>Satu di antaranya saran yang belum diterima atau ditolak.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="122"/>
        <source>It is a suggestion not yet accepted or rejected.</source>
        <translation>Kesalahan itu saran yang belum diterima atau ditolak.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="123"/>
        <source>They are suggestions not yet accepted or rejected.</source>
        <translation>Semuanya saran yang belum diterima atau ditolak.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/status_questions.py" line="126"/>
        <source>{n} of them are suggestions not yet accepted or rejected.</source>
        <translation>{n} di antaranya saran yang belum diterima atau ditolak.</translation>
    </message>
</context>
<context>
    <name>DeskPanel</name>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="99"/>
        <source>&amp;New Story…</source>
        <extracomment>the table is never squeezed below this many rows (the dock stops there) characters the author and label filters are wide for (&quot;Redaksi Netizen&quot;, &quot;Internasional&quot;) the search waits this long after the last key before it looks (titles at once after it) the status actions: (status, object name); their texts are the panel&apos;s open the story at this path of the desk set the story&apos;s status (path, status) give the story (path) a new id: it shares its id with another (a copy) look for the search&apos;s words in the text of these entries (query, entries) the keyboard back to the article (Escape in the desk) the user&apos;s name (the Settings&apos; author, as it is now), for &quot;Mine&quot; why a story&apos;s status cannot be set now (a colleague has it open) and the user their lock names; (&quot;&quot;, None) when it can (the controller&apos;s) the story (path) whose note (its problem, its shared id) the notice is the story (path) and the colleague (lock&apos;s user) the notice says has it open</extracomment>
        <translation>Berita &amp;Baru…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="99"/>
        <source>A new story from a template, in the desk</source>
        <translation>Berita baru dari templat, di meja redaksi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="103"/>
        <source>Another name or folder in the desk; its history goes with it</source>
        <translation>Nama atau folder lain di meja redaksi; riwayatnya ikut pindah</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="107"/>
        <source>Send to Editor</source>
        <translation>Kirim ke editor</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="108"/>
        <source>Status: review (the desk editor&apos;s turn)</source>
        <translation>Status: tinjauan (giliran redaktur)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="110"/>
        <source>Status: ready (the web editor&apos;s turn)</source>
        <translation>Status: siap (giliran editor web)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="112"/>
        <source>Status: published; asks for the live URL</source>
        <translation>Status: terbit; menanyakan URL tayangnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="114"/>
        <source>Status: spiked (withdrawn; the story is kept)</source>
        <translation>Status: di-spike (ditarik; beritanya tetap disimpan)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="147"/>
        <source>Any author</source>
        <translation>Semua penulis</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="148"/>
        <source>Any label</source>
        <translation>Semua rubrik</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="149"/>
        <source>from any date</source>
        <translation>dari tanggal berapa pun</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="150"/>
        <source>to any date</source>
        <translation>sampai tanggal berapa pun</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="490"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="497"/>
        <source>Back to &amp;Draft</source>
        <translation>Kembalikan ke &amp;Draf</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="505"/>
        <source>Give a New &amp;ID</source>
        <translation>Beri &amp;ID Baru</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="153"/>
        <source>Only stories whose author or editor is you (the author name in Settings)</source>
        <translation>Hanya berita yang penulis atau editornya Anda (nama penulis di Pengaturan)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="101"/>
        <source>Rename or Move &amp;Between Folders…</source>
        <translation>Ganti Nama atau Pindah &amp;Folder…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="151"/>
        <source>&amp;Just Mine</source>
        <translation>&amp;Milik Saya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="159"/>
        <source>Search titles and text…</source>
        <translation>Cari di judul dan teks…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="160"/>
        <source>Ctrl+F in the desk comes here; Down goes to the table, Enter opens the first story</source>
        <translation>Ctrl+F di meja redaksi membawa ke sini; panah bawah ke tabel, Enter membuka berita pertama</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="268"/>
        <source>Desk: {name}</source>
        <translation>Meja Redaksi: {name}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="362"/>
        <source>All {n}</source>
        <translation>Semua {n}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="374"/>
        <source>{shown} of {total} stories</source>
        <translation>{shown} dari {total} berita</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="378"/>
        <source>searching the text…</source>
        <translation>mencari di teks…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_panel.py" line="380"/>
        <source>the text search stopped early (too many stories)</source>
        <translation>pencarian teks berhenti lebih awal (terlalu banyak berita)</translation>
    </message>
</context>
<context>
    <name>DeskTable</name>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="44"/>
        <source>Title</source>
        <extracomment>marks a text for lupdate and returns it (PySide&apos;s stub says ``object``)</extracomment>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="46"/>
        <source>Author</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="47"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="48"/>
        <source>Labels</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="49"/>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="50"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="51"/>
        <source>Words</source>
        <translation>Kata</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="52"/>
        <source>Errors</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="53"/>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="54"/>
        <source>Last Change</source>
        <translation>Perubahan Terakhir</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="55"/>
        <source>Open By</source>
        <translation>Dibuka Oleh</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="56"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="59"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="60"/>
        <source>Review</source>
        <translation>Di Editor</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="61"/>
        <source>Ready</source>
        <translation>Siap Terbit</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="62"/>
        <source>Published</source>
        <translation>Sudah Terbit</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="63"/>
        <source>Spiked</source>
        <translation>Di-spike</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="64"/>
        <source>Not an article</source>
        <translation>Bukan artikel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="89"/>
        <source>It has the same id as {other} (a copy made outside the app?): the two share one history and one Blogger post. Give one of them a new id: right-click › Give a New ID.</source>
        <translation>ID-nya sama dengan {other} (salinan yang dibuat di luar aplikasi?): keduanya berbagi satu riwayat dan satu pos Blogger. Beri salah satunya ID baru: klik kanan › Beri ID Baru.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="346"/>
        <source>The checks have not run on this story yet</source>
        <translation>Pemeriksaan belum dijalankan pada berita ini</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="313"/>
        <source>Someone</source>
        <translation>Seseorang</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="96"/>
        <source>{path} cannot be read as an article: {problem}</source>
        <translation>{path} tidak dapat dibaca sebagai artikel: {problem}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="311"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="342"/>
        <source>Open by {user} on {host} since {time}</source>
        <translation>Dibuka oleh {user} di {host} sejak {time}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="312"/>
        <source>You, on {host}</source>
        <translation>Anda, di {host}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/table_model.py" line="340"/>
        <source>Someone has it open: the lock file beside it cannot be read (written {time})</source>
        <translation>Seseorang sedang membukanya: berkas kunci di sampingnya tidak dapat dibaca (ditulis {time})</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/desk_table.py" line="122"/>
        <source>&amp;Sort By</source>
        <extracomment>the story menu of this row, at this place on the screen</extracomment>
        <translation>&amp;Urutkan Menurut</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <location filename="../../netizen_editor/gui/window/info_bar.py" line="42"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/document_tab.py" line="348"/>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/document_tab.py" line="364"/>
        <source>{name} — {folder}</source>
        <translation>{name} — {folder}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/document_tab.py" line="370"/>
        <source>{name} (read-only)</source>
        <translation>{name} (hanya-baca)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/long_open.py" line="100"/>
        <source>Opening… {percent}%</source>
        <translation>Membuka… {percent}%</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/long_open.py" line="102"/>
        <source>Opening… {percent}% — the text can be edited once it is all in.</source>
        <translation>Membuka… {percent}% — teks dapat disunting setelah selesai dimuat.</translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/encoding_dialog.py" line="58"/>
        <source>Choose the Text Encoding</source>
        <translation>Pilih Pengodean Teks</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/encoding_dialog.py" line="91"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Pengodean:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/encoding_dialog.py" line="93"/>
        <source>Open as &amp;Untitled Copy</source>
        <translation>Buka sebagai Salinan &amp;Tanpa judul</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/encoding_dialog.py" line="95"/>
        <source>Open &amp;Read-Only</source>
        <translation>Buka &amp;Hanya-Baca</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/encoding_dialog.py" line="63"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is not UTF-8 text, so it cannot be edited as it is.&lt;br&gt;{problem}.&lt;br&gt;&lt;br&gt;Pick the encoding it was written in. The article opens as a new, untitled copy (saved as UTF-8 under a new name) or read-only; the original file is never changed.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; bukan teks UTF-8, jadi tidak dapat disunting apa adanya.&lt;br&gt;{problem}.&lt;br&gt;&lt;br&gt;Pilih pengodean yang dipakai saat berkas ini ditulis. Artikel dibuka sebagai salinan baru tanpa judul (disimpan sebagai UTF-8 dengan nama baru) atau hanya-baca; berkas aslinya tidak pernah diubah.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/encoding_dialog.py" line="81"/>
        <source>best guess</source>
        <translation>perkiraan terbaik</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="9"/>
        <source>Export Article</source>
        <translation>Ekspor Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="14"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="18"/>
        <source>Article &amp;page — one HTML file with the site&apos;s skin, images embedded</source>
        <translation>&amp;Halaman artikel — satu berkas HTML dengan tema situs, gambar ikut tertanam</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="24"/>
        <source>Blogger p&amp;ost — the body for Blogger&apos;s HTML view, with the post settings beside it</source>
        <translation>Entri &amp;Blogger — isi untuk Tampilan HTML Blogger, dengan setelan entri di sampingnya</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="52"/>
        <source>Bro&amp;wse…</source>
        <translation>Te&amp;lusuri…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="29"/>
        <source>Blogger &amp;import file (Atom) — for Settings › Manage blog › Import content</source>
        <translation>Berkas &amp;impor Blogger (Atom) — untuk Setelan › Kelola blog › Impor konten</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="39"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Simpan ke:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="80"/>
        <source>Show in &amp;Folder</source>
        <translation>Tampilkan di &amp;Folder</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="92"/>
        <source>&amp;Close</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="98"/>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="234"/>
        <source>Export To</source>
        <translation>Ekspor Ke</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="232"/>
        <source>HTML files (*.html *.htm);;All files (*)</source>
        <translation>Berkas HTML (*.html *.htm);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="230"/>
        <source>Atom files (*.xml);;All files (*)</source>
        <translation>Berkas Atom (*.xml);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="509"/>
        <source>No program could show the folder; it is: {folder}</source>
        <translation>Tidak ada program yang dapat menampilkan folder ini; letaknya: {folder}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="526"/>
        <source>Replace them with this export? What they hold now is lost.</source>
        <translation>Timpa semuanya dengan ekspor ini? Isinya sekarang akan hilang.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="268"/>
        <source>Create it and export into it?</source>
        <translation>Buat folder itu dan ekspor ke dalamnya?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="436"/>
        <source>The export to {file} failed after its dialog was closed: {problem}</source>
        <translation>Ekspor ke {file} gagal setelah dialognya ditutup: {problem}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="255"/>
        <source>Replace it with this export? What it holds now is lost.</source>
        <translation>Timpa dengan ekspor ini? Isinya sekarang akan hilang.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="263"/>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="252"/>
        <source>Replace File?</source>
        <translation>Timpa Berkas?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="263"/>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="252"/>
        <source>&amp;Replace</source>
        <translation>&amp;Timpa</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="269"/>
        <source>Create Folder?</source>
        <translation>Buat Folder?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="269"/>
        <source>C&amp;reate Folder</source>
        <translation>&amp;Buat Folder</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="279"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="474"/>
        <source>… and {count} more files (Show in Folder)</source>
        <translation>… dan {count} berkas lainnya (Tampilkan di Folder)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="520"/>
        <source>{count} files this export writes are already in {folder}:</source>
        <translation>{count} berkas yang ditulis ekspor ini sudah ada di {folder}:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="261"/>
        <source>“{file}” is already in {folder}.</source>
        <translation>“{file}” sudah ada di {folder}.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="267"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} tidak ada.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="312"/>
        <source>Choose where to save the export.</source>
        <translation>Pilih tempat menyimpan hasil ekspor.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="325"/>
        <source>The export would overwrite the article itself; choose another name.</source>
        <translation>Ekspor ini akan menimpa artikel itu sendiri; pilih nama lain.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="349"/>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="535"/>
        <source>The article cannot be exported: {problem}</source>
        <translation>Artikel tidak dapat diekspor: {problem}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="257"/>
        <source>It holds {other} exported from Netizen Editor. Replace it with {this}? What it holds now is lost.</source>
        <translation>Isinya {other} yang diekspor dari Netizen Editor. Timpa dengan {this}? Isinya sekarang akan hilang.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="392"/>
        <source>Not exported: “{file}” was left as it is.</source>
        <translation>Tidak diekspor: “{file}” dibiarkan seperti semula.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="525"/>
        <source>… and {count} more</source>
        <translation>… dan {count} lainnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="394"/>
        <source>Not exported: the {count} files were left as they are.</source>
        <translation>Tidak diekspor: {count} berkas itu dibiarkan seperti semula.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="478"/>
        <source>Files written:</source>
        <translation>Berkas yang ditulis:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_dialog.py" line="478"/>
        <source>Exported.</source>
        <translation>Selesai diekspor.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_targets.py" line="79"/>
        <source>“{file}” is the name of {other}, not of {this}: export to “{suggested}”, or pick {other} under Format.</source>
        <translation>“{file}” adalah nama untuk {other}, bukan {this}: ekspor ke “{suggested}”, atau pilih {other} di bagian Format.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_targets.py" line="36"/>
        <source>an article page</source>
        <translation>halaman artikel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_targets.py" line="37"/>
        <source>a Blogger post</source>
        <translation>entri Blogger</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/export_targets.py" line="38"/>
        <source>a Blogger import file (Atom)</source>
        <translation>berkas impor Blogger (Atom)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="244"/>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="317"/>
        <source>Choose Another Name</source>
        <translation>Pilih Nama Lain</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="321"/>
        <source>It is not overwritten; save the article under another name.</source>
        <translation>Berkas itu tidak ditimpa; simpan artikel dengan nama lain.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="246"/>
        <source>Close it first, or save this article under another name.</source>
        <translation>Tutup dulu tab itu, atau simpan artikel ini dengan nama lain.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="365"/>
        <source>the id line was missing; the article keeps its id and its history</source>
        <translation>baris id hilang; artikel tetap memakai id dan riwayatnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="368"/>
        <source>the text it replaced, changed elsewhere, is kept in File › History</source>
        <translation>teks yang ditimpanya, yang diubah di tempat lain, disimpan di Berkas › Riwayat</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="553"/>
        <source>Recovered the text from {time}. Save to keep it.</source>
        <translation>Teks dari {time} dipulihkan. Simpan agar tidak hilang.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="573"/>
        <source>Someone else has the story open, so this is a copy: save it under another name, or compare it with theirs.</source>
        <translation>Orang lain sedang membuka berita ini, jadi ini salinan: simpan dengan nama lain, atau bandingkan dengan versi di disk.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="589"/>
        <source>The file was also changed on disk since; compare before saving.</source>
        <translation>Berkasnya juga sudah berubah di disk sejak itu; bandingkan sebelum menyimpan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="173"/>
        <source>{name} (read-only, {encoding})</source>
        <translation>{name} (hanya-baca, {encoding})</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="179"/>
        <source>{stem} (UTF-8 copy)</source>
        <translation>{stem} (salinan UTF-8)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="576"/>
        <source>The story&apos;s tab holds text recovered from a later moment, so this older text is a copy: save it under another name, or compare the two.</source>
        <translation>Tab berita ini memuat teks yang dipulihkan dari saat yang lebih baru, jadi teks yang lebih lama ini berupa salinan: simpan dengan nama lain, atau bandingkan keduanya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="487"/>
        <source>{name} was changed by {user} and has been reloaded (Undo brings back the previous text).</source>
        <translation>{name} diubah oleh {user} dan sudah dimuat ulang (Urungkan mengembalikan teks sebelumnya).</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/headline_note.py" line="37"/>
        <source>Title changed by {user}: «{old}» → «{new}».</source>
        <translation>Judul diubah oleh {user}: «{old}» → «{new}».</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/headline_note.py" line="37"/>
        <source>Title changed: «{old}» → «{new}».</source>
        <translation>Judul diubah: «{old}» → «{new}».</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/headline_note.py" line="40"/>
        <source>Summary changed by {user}: «{old}» → «{new}».</source>
        <translation>Ringkasan diubah oleh {user}: «{old}» → «{new}».</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/headline_note.py" line="40"/>
        <source>Summary changed: «{old}» → «{new}».</source>
        <translation>Ringkasan diubah: «{old}» → «{new}».</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="412"/>
        <source>{name} was moved or deleted. Your text is still here; save it to write the file again.</source>
        <translation>{name} dipindahkan atau dihapus. Teks Anda masih ada di sini; simpan untuk menulis berkasnya lagi.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="200"/>
        <source>This tab now shows {name}, read-only.</source>
        <translation>Tab ini sekarang menampilkan {name}, hanya-baca.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="381"/>
        <source>Written over by another program, no longer holding this story: {names}.</source>
        <translation>Ditimpa program lain, tak lagi memuat berita ini: {names}.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="580"/>
        <source>It was a copy of {name} and is one again: save it under another name.</source>
        <translation>Teks ini dulu salinan {name} dan tetap salinan: simpan dengan nama lain.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/folder_guard.py" line="72"/>
        <source>{name} is now a link to {target}; not read. Your text is still here; saving asks before it replaces the link with your text.</source>
        <translation>{name} kini berupa tautan ke {target}; tidak dibaca. Teks Anda masih ada di sini; penyimpanan akan bertanya dulu sebelum mengganti tautan itu dengan teks Anda.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="348"/>
        <source>Saved under the old name, now with an id; the other files have none</source>
        <translation>Disimpan dengan nama lama, kini ber-ID; berkas lainnya tanpa ID</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="353"/>
        <source>Saved under the old name with a new id; the {count} copies keep the old one</source>
        <translation>Disimpan dengan nama lama dan ID baru; {count} salinannya tetap memakai ID lama</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="350"/>
        <source>Saved under the old name with a new id; {name} keeps the old one</source>
        <translation>Disimpan dengan nama lama dan ID baru; {name} tetap memakai ID lama</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="402"/>
        <source>“{old}” was renamed to “{new}” (same story).</source>
        <translation>“{old}” diganti namanya menjadi “{new}” (berita yang sama).</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="425"/>
        <source>Follow</source>
        <translation>Ikuti</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="356"/>
        <source>Saved {name}</source>
        <translation>{name} tersimpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="208"/>
        <source>This tab now edits {name}; your text is not saved yet.</source>
        <translation>Tab ini sekarang menyunting {name}; teks Anda belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="177"/>
        <source>Not followed: {name} is gone, or holds another story now.</source>
        <translation>Tidak diikuti: {name} sudah tidak ada, atau kini berisi berita lain.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="205"/>
        <source>This tab now edits {name}.</source>
        <translation>Tab ini sekarang menyunting {name}.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="399"/>
        <source>{name} was moved or deleted. This tab shows it again if it comes back.</source>
        <translation>{name} dipindahkan atau dihapus. Tab ini menampilkannya lagi bila berkas itu kembali.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="406"/>
        <source>“{old}” is gone, and {count} files hold this story: {names}. Save asks whether to write your text under the old name with a new id, or under another name.</source>
        <translation>“{old}” sudah tidak ada, dan {count} berkas memuat berita ini: {names}. Saat menyimpan, Anda ditanya apakah teks Anda ditulis dengan nama lama dan ID baru, atau dengan nama lain.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="392"/>
        <source>“{old}” was moved to “{new}” (same story); Follow shows it from there, read-only.</source>
        <translation>“{old}” dipindahkan ke “{new}” (berita yang sama); Ikuti menampilkannya dari sana, hanya-baca.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="395"/>
        <source>“{old}” is gone, and {count} files hold this story: {names}. This tab goes on showing the text as it was.</source>
        <translation>“{old}” sudah tidak ada, dan {count} berkas memuat berita ini: {names}. Tab ini tetap menampilkan teksnya seperti semula.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="434"/>
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="434"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="187"/>
        <source>Not followed: {name} stays as it is.</source>
        <translation>Tidak diikuti: {name} dibiarkan apa adanya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="330"/>
        <source>The Article Was Not Saved</source>
        <translation>Artikel Tidak Tersimpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="332"/>
        <source>Your text is still here and kept in the recovery journal. Fix the problem and save again, or use Save As to save it somewhere else.</source>
        <translation>Teks Anda masih ada di sini dan tersimpan di jurnal pemulihan. Perbaiki masalahnya lalu simpan lagi, atau gunakan Simpan Sebagai untuk menyimpannya di tempat lain.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="519"/>
        <source>Cannot Reload</source>
        <translation>Tidak Dapat Memuat Ulang</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="151"/>
        <source>Cannot Open the Article</source>
        <translation>Artikel Tidak Dapat Dibuka</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="183"/>
        <source>This is a UTF-8 copy of {name} (read as {encoding}). Saving asks for a new name; the original file is left as it is.</source>
        <translation>Ini salinan UTF-8 dari {name} (dibaca sebagai {encoding}). Saat menyimpan, Anda diminta memberi nama baru; berkas aslinya dibiarkan apa adanya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="318"/>
        <source>“{name}” is the original this text was opened from.</source>
        <translation>“{name}” adalah berkas asli tempat teks ini dibuka.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="245"/>
        <location filename="../../netizen_editor/gui/window/renamed.py" line="182"/>
        <source>“{name}” is open in another tab.</source>
        <translation>“{name}” sedang terbuka di tab lain.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="268"/>
        <source>artikel</source>
        <translation>artikel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="361"/>
        <source>no backup of the previous version: {problem}</source>
        <translation>versi sebelumnya tidak dicadangkan: {problem}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/headline_note.py" line="56"/>
        <source>{name} was saved by the colleague who has it open: this is their new text.</source>
        <translation>{name} disimpan oleh rekan yang sedang membukanya: ini teks barunya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="490"/>
        <source>{name} was changed by another program and has been reloaded (Undo brings back the previous text).</source>
        <translation>{name} diubah oleh program lain dan sudah dimuat ulang (Urungkan mengembalikan teks sebelumnya).</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="520"/>
        <source>“{name}” cannot be read again.</source>
        <translation>“{name}” tidak dapat dibaca lagi.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="584"/>
        <source>The file itself is gone; saving writes it again.</source>
        <translation>Berkasnya sendiri sudah tidak ada; menyimpan akan menulisnya kembali.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="152"/>
        <source>“{name}” cannot be opened.</source>
        <translation>“{name}” tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/file_controller.py" line="569"/>
        <source>{name} (recovered)</source>
        <translation>{name} (dipulihkan)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/desk_status.py" line="98"/>
        <source>Status Set on the Desk</source>
        <translation>Status Diatur di Meja Redaksi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/desk_status.py" line="105"/>
        <source>Save it with the status the desk set, or with the one in your text?</source>
        <translation>Simpan dengan status yang diatur meja redaksi, atau dengan status di teks Anda?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/desk_status.py" line="97"/>
        <source>no status</source>
        <translation>tanpa status</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/desk_status.py" line="99"/>
        <source>The desk set “{story}” to {desk}; your text says {mine} now (an Undo may have taken the desk&apos;s change back).</source>
        <translation>Meja redaksi mengatur “{story}” menjadi {desk}; teks Anda kini menyebut {mine} (mungkin Urungkan membatalkan perubahan dari meja redaksi).</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/desk_status.py" line="107"/>
        <source>&amp;Keep {status}</source>
        <translation>&amp;Pertahankan {status}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/desk_status.py" line="109"/>
        <source>Save with {status}</source>
        <translation>Simpan dengan {status}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="270"/>
        <source>Invalid regular expression: {0}</source>
        <extracomment>the find and replace fields&apos; least width: this many characters (&quot;Bandar Antariksa&quot; was &quot;dar Antariksa&quot; in a field of 110 px), and the room of the clear button and the frame</extracomment>
        <translation>Ekspresi reguler tidak valid: {0}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="280"/>
        <source>{0} of {1} matches</source>
        <translation>{0} dari {1} hasil</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="423"/>
        <source>{0}% replaced…</source>
        <translation>{0}% diganti…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="437"/>
        <source>Replaced: {0}</source>
        <translation>Diganti: {0}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="438"/>
        <source>Replaced {0} matches</source>
        <translation>{0} hasil diganti</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="440"/>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="441"/>
        <source>Replace All stopped: the text changed meanwhile</source>
        <translation>Ganti semua berhenti: teksnya berubah di tengah jalan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="448"/>
        <source>This story is read-only here: nothing is replaced</source>
        <translation>Berita ini hanya-baca di sini: tidak ada yang diganti</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="449"/>
        <source>Read-only</source>
        <translation>Hanya-baca</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="455"/>
        <source>Wait: Replace All is under way</source>
        <translation>Tunggu: Ganti semua sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="274"/>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="278"/>
        <source>{0} matches</source>
        <translation>{0} hasil</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="14"/>
        <source>Find and Replace</source>
        <translation>Cari dan Ganti</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="44"/>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="59"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Hasil sebelumnya (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="62"/>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="73"/>
        <source>Next match (Enter)</source>
        <translation>Hasil berikutnya (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="76"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="101"/>
        <source>Match upper and lower case exactly</source>
        <translation>Bedakan huruf besar dan huruf kecil</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="104"/>
        <source>Match case</source>
        <translation>Huruf besar/kecil</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="111"/>
        <source>Only whole words</source>
        <translation>Hanya kata utuh</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="114"/>
        <source>Whole word</source>
        <translation>Kata utuh</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="121"/>
        <source>Treat the search text as a regular expression</source>
        <translation>Perlakukan teks pencarian sebagai ekspresi reguler</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="124"/>
        <source>Regular expression</source>
        <translation>Ekspresi reguler</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="146"/>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="149"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="159"/>
        <source>Replace with</source>
        <translation>Ganti dengan</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="169"/>
        <source>Replace this match and go to the next</source>
        <translation>Ganti hasil ini lalu lanjut ke berikutnya</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="172"/>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="179"/>
        <source>Replace every match (undo puts them all back)</source>
        <translation>Ganti semua hasil (Urungkan mengembalikan semuanya)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.ui" line="182"/>
        <source>Replace all</source>
        <translation>Ganti semua</translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <location filename="../../netizen_editor/gui/editor/front_guard.py" line="58"/>
        <source>The front matter holds only the article&apos;s fields: put the cursor in the article text first.</source>
        <translation>Front matter hanya berisi kolom artikel: letakkan kursor di teks artikel dulu.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/front_guard.py" line="53"/>
        <source>The front matter holds only the article&apos;s fields: added to the article text instead.</source>
        <translation>Front matter hanya berisi kolom artikel: disisipkan di teks artikel.</translation>
    </message>
</context>
<context>
    <name>ImageImport</name>
    <message>
        <location filename="../../netizen_editor/gui/editor/image_import.py" line="112"/>
        <source>the pasted picture</source>
        <translation>gambar yang ditempel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/image_import.py" line="209"/>
        <source>the clipboard image is empty</source>
        <translation>gambar di papan klip kosong</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/image_import.py" line="226"/>
        <source>pasted image ({file})</source>
        <translation>gambar tempelan ({file})</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="66"/>
        <source>Documents (*.docx *.odt *.pdf *.html *.htm *.txt);;All files (*)</source>
        <translation>Dokumen (*.docx *.odt *.pdf *.html *.htm *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="72"/>
        <source>Import a Document</source>
        <translation>Impor Dokumen</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="80"/>
        <source>Save the Imported Article As</source>
        <translation>Simpan Artikel Hasil Impor Sebagai</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="82"/>
        <source>Markdown articles (*.md)</source>
        <translation>Artikel Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="86"/>
        <source>Accept all tracked changes (no suggestions in the article)</source>
        <translation>Terima semua perubahan terlacak (tanpa saran di artikel)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="183"/>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="175"/>
        <source>Choose Another Name</source>
        <translation>Pilih Nama Lain</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="196"/>
        <source>Importing a Document</source>
        <translation>Mengimpor Dokumen</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="207"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="226"/>
        <source>{name} imported: {suggestions} suggestion(s), {comments} comment(s), {images} image(s)</source>
        <translation>{name} diimpor: {suggestions} saran, {comments} komentar, {images} gambar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="234"/>
        <source>Imported, with Warnings</source>
        <translation>Diimpor, dengan Peringatan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="212"/>
        <source>Import of {name} cancelled: nothing was written</source>
        <translation>Impor {name} dibatalkan: tidak ada yang ditulis</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="121"/>
        <source>Cannot Import the Document</source>
        <translation>Dokumen Tidak Dapat Diimpor</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="197"/>
        <source>Importing “{name}”…</source>
        <translation>Mengimpor “{name}”…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="208"/>
        <source>Saving the article “{name}”…</source>
        <translation>Menyimpan artikel “{name}”…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="184"/>
        <source>“{name}” already exists: an import never replaces a file (it may be a colleague&apos;s story). Choose another name.</source>
        <translation>“{name}” sudah ada: impor tidak pernah menimpa berkas (mungkin itu berita rekan Anda). Pilih nama lain.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/import_controller.py" line="122"/>
        <source>“{name}” cannot be imported.</source>
        <translation>“{name}” tidak dapat diimpor.</translation>
    </message>
</context>
<context>
    <name>InsertController</name>
    <message>
        <location filename="../../netizen_editor/gui/window/insert_controller.py" line="105"/>
        <source>Embed a Post</source>
        <translation>Sematkan Unggahan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/insert_controller.py" line="106"/>
        <source>Address of the YouTube, X, Instagram, TikTok or Facebook post:</source>
        <translation>Alamat unggahan YouTube, X, Instagram, TikTok, atau Facebook:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/insert_controller.py" line="143"/>
        <source>Add Update</source>
        <translation>Tambah Pembaruan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/insert_controller.py" line="143"/>
        <source>What is new (the time is now, in the newsroom&apos;s zone):</source>
        <translation>Apa yang baru (waktunya sekarang, menurut zona redaksi):</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/insert_controller.py" line="88"/>
        <source>Save the article first: its pictures are stored beside it.</source>
        <translation>Simpan artikel dulu: gambarnya disimpan di sampingnya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/insert_controller.py" line="114"/>
        <source>Not an Embeddable Post</source>
        <translation>Bukan Unggahan yang Dapat Disematkan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/insert_controller.py" line="140"/>
        <source>Fix the front matter first: it cannot be read.</source>
        <translation>Perbaiki front matter dulu: tidak dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/insert_controller.py" line="129"/>
        <source>{site} embed inserted: the preview shows a card, the published page the post.</source>
        <translation>Sematan {site} disisipkan: pratinjau menampilkan kartu, halaman terbit menampilkan unggahannya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/insert_controller.py" line="115"/>
        <source>“{url}” is not the address of a YouTube video or a post on X, Instagram, TikTok or Facebook. Copy the address of the post itself (its Share › Copy link).</source>
        <translation>“{url}” bukan alamat video YouTube atau unggahan di X, Instagram, TikTok, atau Facebook. Salin alamat unggahannya sendiri (Bagikan › Salin tautan).</translation>
    </message>
</context>
<context>
    <name>InsertImageDialog</name>
    <message>
        <location filename="../../ui/insert_image_dialog.ui" line="9"/>
        <source>Insert Image</source>
        <translation>Sisipkan Gambar</translation>
    </message>
    <message>
        <location filename="../../ui/insert_image_dialog.ui" line="19"/>
        <source>No image chosen</source>
        <translation>Belum ada gambar dipilih</translation>
    </message>
    <message>
        <location filename="../../ui/insert_image_dialog.ui" line="27"/>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <location filename="../../ui/insert_image_dialog.ui" line="32"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location filename="../../ui/insert_image_dialog.ui" line="36"/>
        <source>&amp;Alt text:</source>
        <translation>Teks &amp;alternatif:</translation>
    </message>
    <message>
        <location filename="../../ui/insert_image_dialog.ui" line="39"/>
        <source>What the picture shows, for readers who cannot see it</source>
        <translation>Isi gambar, untuk pembaca yang tidak dapat melihatnya</translation>
    </message>
    <message>
        <location filename="../../ui/insert_image_dialog.ui" line="42"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <location filename="../../ui/insert_image_dialog.ui" line="45"/>
        <source>Shown under the picture</source>
        <translation>Tampil di bawah gambar</translation>
    </message>
    <message>
        <location filename="../../ui/insert_image_dialog.ui" line="48"/>
        <source>C&amp;redit:</source>
        <translation>K&amp;redit:</translation>
    </message>
    <message>
        <location filename="../../ui/insert_image_dialog.ui" line="51"/>
        <source>Photographer or agency, e.g. Budi Santoso/Netizen</source>
        <translation>Fotografer atau kantor berita, mis. Budi Santoso/Netizen</translation>
    </message>
    <message>
        <location filename="../../ui/insert_image_dialog.ui" line="58"/>
        <source>A web-sized copy without GPS or other metadata is stored in the article&apos;s images folder; the original file is not changed.</source>
        <translation>Salinan berukuran web tanpa GPS atau metadata lain disimpan di folder gambar artikel; berkas aslinya tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/insert_image_dialog.py" line="36"/>
        <source>All files</source>
        <translation>Semua berkas</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/insert_image_dialog.py" line="56"/>
        <source>Choose an Image</source>
        <translation>Pilih Gambar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/insert_image_dialog.py" line="59"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/insert_image_dialog.py" line="93"/>
        <source>&amp;Insert</source>
        <translation>&amp;Sisipkan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/insert_image_dialog.py" line="36"/>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/insert_image_dialog.py" line="73"/>
        <source>No preview</source>
        <translation>Tidak ada pratinjau</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/insert_image_dialog.py" line="111"/>
        <source>{name} is not a picture Netizen Editor can read</source>
        <translation>{name} bukan gambar yang dapat dibaca Netizen Editor</translation>
    </message>
</context>
<context>
    <name>LineBreakOffer</name>
    <message>
        <location filename="../../netizen_editor/gui/window/line_breaks.py" line="70"/>
        <source>Line {lines} has more than {limit} characters: every key typed in it is slow. Breaking it into lines of a few sentences keeps the page the same.</source>
        <translation>Baris {lines} lebih dari {limit} karakter: setiap tombol yang diketik di dalamnya lambat. Memecahnya menjadi baris-baris beberapa kalimat tidak mengubah halaman.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/line_breaks.py" line="73"/>
        <source>Lines {lines} have more than {limit} characters: every key typed in them is slow. Breaking them into lines of a few sentences keeps the page the same.</source>
        <translation>Baris {lines} lebih dari {limit} karakter: setiap tombol yang diketik di dalamnya lambat. Memecahnya menjadi baris-baris beberapa kalimat tidak mengubah halaman.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/line_breaks.py" line="79"/>
        <source>Break Lines</source>
        <translation>Pecah Baris</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/line_breaks.py" line="92"/>
        <source>Broke line {lines} into shorter lines; the page is the same (Undo brings it back).</source>
        <translation>Baris {lines} dipecah menjadi baris-baris pendek; halamannya tetap sama (Urungkan mengembalikannya).</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/line_breaks.py" line="97"/>
        <source>Line {lines} is kept as it is: it is not a paragraph&apos;s, or has no space between words to break it at.</source>
        <translation>Baris {lines} dibiarkan apa adanya: bukan baris paragraf, atau tidak ada spasi antarkata untuk memecahnya.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/lock_dialog.py" line="65"/>
        <source>The program that opened it is no longer running (it may have crashed), so you can take the story over.</source>
        <translation>Program yang membukanya sudah tidak berjalan (mungkin macet), jadi Anda dapat mengambil alih berita ini.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/lock_dialog.py" line="57"/>
        <source>{user} has “{name}” open on {host} since {since}.</source>
        <translation>{user} membuka “{name}” di {host} sejak {since}.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/lock_dialog.py" line="69"/>
        <source>There has been no sign of life from it since {time} (the program may have crashed or the computer gone to sleep), so you can take the story over.</source>
        <translation>Tidak ada tanda aktivitas sejak {time} (programnya mungkin macet atau komputernya tertidur), jadi Anda dapat mengambil alih berita ini.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="97"/>
        <location filename="../../netizen_editor/gui/dialogs/lock_dialog.py" line="92"/>
        <source>Story Open Elsewhere</source>
        <translation>Berita Sedang Dibuka di Tempat Lain</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/lock_dialog.py" line="53"/>
        <source>Someone has “{name}” open (the lock file beside it cannot be read; it was written {since}).</source>
        <translation>Seseorang membuka “{name}” (berkas kunci di sampingnya tidak dapat dibaca; ditulis {since}).</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/lock_dialog.py" line="100"/>
        <source>You can read it here while they work (it follows their saves), or open a copy of it to work on as a new article.</source>
        <translation>Anda dapat membacanya di sini selama berita ini masih disunting (tampilan diperbarui setiap kali berita ini disimpan), atau membuka salinannya untuk dikerjakan sebagai artikel baru.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/lock_dialog.py" line="133"/>
        <source>&amp;Take Over</source>
        <translation>&amp;Ambil Alih</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/lock_dialog.py" line="134"/>
        <source>Open &amp;Read-Only</source>
        <translation>Buka &amp;Hanya-Baca</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/lock_dialog.py" line="135"/>
        <source>Open a &amp;Copy…</source>
        <translation>Buka &amp;Salinan…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/lock_dialog.py" line="136"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/lock_dialog.py" line="109"/>
        <source>File: {path}</source>
        <translation>Berkas: {path}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/lock_dialog.py" line="119"/>
        <source>Colleagues see you as “{name}”, your login name: set your name in Settings (Author).</source>
        <translation>Rekan melihat Anda sebagai “{name}”, nama login Anda: isi nama Anda di Pengaturan › Penulisan › Penulis bawaan.</translation>
    </message>
</context>
<context>
    <name>Locks</name>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_bar.py" line="60"/>
        <source>&amp;Edit It Now</source>
        <translation>&amp;Sunting Sekarang</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_bar.py" line="91"/>
        <source>Read-only: {user} had “{story}” open. {why}</source>
        <translation>Hanya-baca: {user} tadi membuka “{story}”. {why}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_return.py" line="177"/>
        <source>{user} no longer has “{story}” open: it is yours again. A save still asks before it overwrites a change of theirs.</source>
        <translation>{user} tidak lagi membuka “{story}”: berita ini kembali milik Anda. Saat menyimpan, Anda tetap ditanya dulu sebelum menimpa perubahannya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_return.py" line="113"/>
        <source>Your text is saved as “{name}”.</source>
        <translation>Teks Anda disimpan sebagai “{name}”.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_bar.py" line="123"/>
        <source>{user} also has “{story}” open; your saves ask before they overwrite a change of theirs.</source>
        <translation>{user} juga membuka “{story}”; saat menyimpan, Anda ditanya dulu sebelum menimpa perubahannya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_return.py" line="128"/>
        <source>You saved your text over “{story}”, which {user} still has open; each save asks you first while they do.</source>
        <translation>Teks Anda sudah disimpan menimpa “{story}”, yang masih dibuka {user}; setiap kali menyimpan, Anda ditanya dulu selama ia masih membukanya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_return.py" line="138"/>
        <source>“{story}” now shows the text on disk (Undo brings yours back); {user} still has it open, and each save asks you first while they do.</source>
        <translation>“{story}” kini menampilkan teks di disk (Urungkan mengembalikan teks Anda); {user} masih membukanya, dan setiap kali menyimpan, Anda ditanya dulu selama ia masih membukanya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/locking.py" line="474"/>
        <source>Not saved: compare your text with the one on disk, then save again (Overwrite, or Save as a Copy).</source>
        <translation>Belum disimpan: bandingkan teks Anda dengan yang di disk, lalu simpan lagi (Timpa, atau Simpan sebagai Salinan).</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/locking.py" line="507"/>
        <source>Choose Another Name</source>
        <translation>Pilih Nama Lain</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/locking.py" line="509"/>
        <source>It is not saved over while they work on it; save under another name.</source>
        <translation>Berita ini tidak ditimpa selama masih dikerjakan; simpan dengan nama lain.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/waiting_saves.py" line="79"/>
        <source>your text is still here (keep the window open)</source>
        <translation>teks Anda masih di sini (biarkan jendela terbuka)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/waiting_saves.py" line="91"/>
        <source>{problem}; {where} and is saved as soon as the folder is back.</source>
        <translation>{problem}; {where} dan disimpan begitu foldernya kembali.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/waiting_saves.py" line="92"/>
        <source>Waiting for the folder {folder} to come back to save {name}…</source>
        <translation>Menunggu folder {folder} kembali untuk menyimpan {name}…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/waiting_saves.py" line="94"/>
        <source>{problem}; {where} and is saved as soon as it can be written again.</source>
        <translation>{problem}; {where} dan disimpan begitu dapat ditulis lagi.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/waiting_saves.py" line="95"/>
        <source>Waiting until {folder} can be written again to save {name}…</source>
        <translation>Menunggu sampai {folder} dapat ditulis lagi untuk menyimpan {name}…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/waiting_saves.py" line="169"/>
        <source>{name} was not saved: its save needs your answer first. Save it to be asked.</source>
        <translation>{name} tidak disimpan: penyimpanannya perlu jawaban Anda dulu. Simpan untuk ditanya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/waiting_saves.py" line="159"/>
        <source>{name} is not saved yet: {user} has it open now; it is saved once they close it.</source>
        <translation>{name} belum disimpan: {user} sedang membukanya; berita ini disimpan begitu ia menutupnya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/locking.py" line="201"/>
        <source>{stem} (copy)</source>
        <translation>{stem} (salinan)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/waiting_saves.py" line="103"/>
        <source>The Article Was Not Saved</source>
        <translation>Artikel Tidak Tersimpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/locking.py" line="195"/>
        <source>Cannot Open the Article</source>
        <translation>Artikel Tidak Dapat Dibuka</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_bar.py" line="84"/>
        <source>Read-only: {user} has “{story}” open (since {since}). It follows their saves.</source>
        <translation>Hanya-baca: {user} sedang membuka “{story}” (sejak {since}). Tampilan diperbarui setiap kali berita ini disimpan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_bar.py" line="134"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Bandingkan…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_bar.py" line="111"/>
        <source>{user} has taken over “{story}” since {since}; your text is still here: save it as a copy, or compare it with theirs before saving.</source>
        <translation>{user} telah mengambil alih “{story}” sejak {since}; teks Anda masih di sini: simpan sebagai salinan, atau bandingkan dengan versi di disk sebelum menyimpan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_bar.py" line="96"/>
        <source>Read-only: nobody has “{story}” open now; you can edit it.</source>
        <translation>Hanya-baca: tidak ada yang membuka “{story}” sekarang; Anda dapat menyuntingnya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_return.py" line="115"/>
        <source>Your text is saved as “{name}”; {user} has “{story}” open.</source>
        <translation>Teks Anda disimpan sebagai “{name}”; {user} sedang membuka “{story}”.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/locking.py" line="416"/>
        <source>You can edit {name} now.</source>
        <translation>Anda dapat menyunting {name} sekarang.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/locking.py" line="508"/>
        <source>{user} has “{name}” open.</source>
        <translation>{user} sedang membuka “{name}”.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/waiting_saves.py" line="76"/>
        <source>your text is kept in the recovery journal ({file})</source>
        <translation>teks Anda disimpan di jurnal pemulihan ({file})</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/locking.py" line="206"/>
        <source>This is an unsaved copy of {name}; saving asks for its name.</source>
        <translation>Ini salinan {name} yang belum disimpan; saat menyimpan, namanya akan ditanyakan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/locking.py" line="399"/>
        <source>{user} still has {name} open.</source>
        <translation>{user} masih membuka {name}.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/waiting_saves.py" line="135"/>
        <source>The folder is back: saved {path}.</source>
        <translation>Foldernya kembali: {path} tersimpan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/waiting_saves.py" line="137"/>
        <source>Saved {path}: it could be written again.</source>
        <translation>{path} tersimpan: sudah dapat ditulis lagi.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/locking.py" line="196"/>
        <source>“{name}” cannot be opened.</source>
        <translation>“{name}” tidak dapat dibuka.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/lock_bar.py" line="80"/>
        <source>Read-only: {name} was moved or deleted; “{story}” cannot be edited under this name.</source>
        <translation>Hanya-baca: {name} dipindahkan atau dihapus; “{story}” tidak dapat disunting dengan nama ini.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/locking.py" line="387"/>
        <source>{name} was moved or deleted: it is not edited under this name.</source>
        <translation>{name} dipindahkan atau dihapus: tidak disunting dengan nama ini.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>Netizen Editor</source>
        <translation>Netizen Editor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="46"/>
        <source>&lt;h2&gt;No article is open&lt;/h2&gt;&lt;p&gt;Start a new article or open one you are working on.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Belum ada artikel yang terbuka&lt;/h2&gt;&lt;p&gt;Mulai artikel baru atau buka artikel yang sedang Anda kerjakan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60"/>
        <source>New Article</source>
        <translation>Artikel Baru</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65"/>
        <source>Open…</source>
        <translation>Buka…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="88"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="91"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="94"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="97"/>
        <source>&amp;Insert</source>
        <translation>S&amp;isipkan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="100"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103"/>
        <source>&amp;Review</source>
        <translation>Ti&amp;njau</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106"/>
        <source>&amp;Help</source>
        <translation>Bant&amp;uan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="117"/>
        <source>Toolbar</source>
        <translation>Bilah Alat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="127"/>
        <source>Article Details</source>
        <translation>Detail Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="133"/>
        <source>Outline</source>
        <translation>Kerangka</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/main_window.py" line="154"/>
        <source>Open &amp;Recent</source>
        <translation>Buka Te&amp;rbaru</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/main_window.py" line="311"/>
        <source>Save the article first: pasted images are stored beside it.</source>
        <translation>Simpan artikel dulu: gambar yang ditempel disimpan di foldernya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/main_window.py" line="316"/>
        <source>The picture was not added: the article was not saved.</source>
        <translation>Gambar tidak ditambahkan: artikel belum disimpan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/window_dialogs.py" line="115"/>
        <source>, with the post settings in {name}</source>
        <translation>, dengan setelan entri di {name}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/window_dialogs.py" line="94"/>
        <source>Write Netizen.co.id articles in Markdown and see them as the site will show them. Works offline; exports an article page or a Blogger post.&lt;br&gt;&lt;br&gt;Your work is journaled every second and backed up before each save.</source>
        <translation>Tulis artikel Netizen.co.id dalam Markdown dan lihat tampilannya persis seperti di situs. Bisa dipakai tanpa internet; mengekspor halaman artikel atau entri Blogger.&lt;br&gt;&lt;br&gt;Pekerjaan Anda dicatat ke jurnal setiap detik dan dicadangkan sebelum setiap penyimpanan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/recent_menu.py" line="36"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Kosongkan Daftar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/main_window.py" line="379"/>
        <source>Recovery journal not written: {problem}</source>
        <translation>Jurnal pemulihan tidak tertulis: {problem}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/window_dialogs.py" line="90"/>
        <source>About {app}</source>
        <translation>Tentang {app}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/window_dialogs.py" line="112"/>
        <source>Exported to {path}</source>
        <translation>Diekspor ke {path}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/recent_menu.py" line="34"/>
        <source>No recent articles</source>
        <translation>Belum ada artikel terbaru</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../netizen_editor/gui/editor/markdown_editor.py" line="312"/>
        <source>image.jpg</source>
        <extracomment>the editor&apos;s first frame is on screen (emitted once, just after that paint) where the article&apos;s file is (None while untitled): its tab&apos;s Document says</extracomment>
        <translation>gambar.jpg</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/markdown_editor.py" line="313"/>
        <source>Caption (Foto: credit)</source>
        <translation>Keterangan (Foto: kredit)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/markdown_editor.py" line="314"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/markdown_editor.py" line="528"/>
        <source>Save the article first</source>
        <translation>Simpan artikel dulu</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/markdown_editor.py" line="529"/>
        <source>Save the article first so pasted images have a folder.</source>
        <translation>Simpan artikel dulu agar gambar yang ditempel punya folder.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/markdown_editor.py" line="539"/>
        <source>Preparing the image for the web…</source>
        <translation>Menyiapkan gambar untuk web…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/html_paste.py" line="50"/>
        <source>Pasted as plain text</source>
        <translation>Ditempel sebagai teks biasa</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/image_import.py" line="121"/>
        <source>Image not added</source>
        <translation>Gambar tidak ditambahkan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/image_import.py" line="133"/>
        <source>Image not added to the undone paste: {problems}</source>
        <translation>Gambar tidak ditambahkan ke tempelan yang diurungkan: {problems}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="485"/>
        <source>Go to Line</source>
        <translation>Lompat ke Baris</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/find_bar.py" line="487"/>
        <source>Line (1–{0}):</source>
        <translation>Baris (1–{0}):</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="131"/>
        <source>—</source>
        <extracomment>the summary&apos;s longest length, as the house-style check counts it (120–156 characters) lines the summary box shows: a summary at the limit fits at the dock&apos;s width the date field&apos;s &quot;no date&quot;: shown blank (its special text), never written the user chose a status and it was written into the text (the window keeps a version) the labels&apos; texts with their Alt+letters by object name (``name_letters.details_texts``, asked when the panel is first shown: then it is in the window)</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="132"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="132"/>
        <source>Review</source>
        <translation>Di Editor</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="132"/>
        <source>Ready</source>
        <translation>Siap Terbit</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="132"/>
        <source>Published</source>
        <translation>Sudah Terbit</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="133"/>
        <source>Spiked</source>
        <translation>Di-spike</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="138"/>
        <source>Summary is longer than {0} characters: search engines will cut it off</source>
        <translation>Ringkasan lebih dari {0} karakter: mesin pencari akan memotongnya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="140"/>
        <source>Characters in the summary: the house style asks for {0} to {1}</source>
        <translation>Jumlah karakter ringkasan: gaya selingkung meminta {0} sampai {1}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="203"/>
        <source>Untitled</source>
        <translation>Tanpa judul</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="344"/>
        <source>Front matter, line {0}: {1}</source>
        <translation>Front matter, baris {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="346"/>
        <source>Front matter: {0}</source>
        <translation>Front matter: {0}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="521"/>
        <source>Featured Image</source>
        <translation>Gambar Utama</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/metadata_panel.py" line="521"/>
        <source>Images ({0})</source>
        <translation>Gambar ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="14"/>
        <source>Article Details</source>
        <translation>Detail Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="69"/>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="79"/>
        <source>Headline</source>
        <translation>Judul berita</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="89"/>
        <source>&amp;Summary</source>
        <translation>&amp;Ringkasan</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="113"/>
        <source>One or two sentences shown under the title and by search engines</source>
        <translation>Satu atau dua kalimat yang tampil di bawah judul dan di mesin pencari</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="149"/>
        <source>&amp;Author</source>
        <translation>&amp;Penulis</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="166"/>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="183"/>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="195"/>
        <source>Give the article a publication date</source>
        <translation>Beri artikel tanggal terbit</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="198"/>
        <source>Set</source>
        <translation>Atur</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="226"/>
        <source>&amp;Labels</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="236"/>
        <source>Politik, Ekonomi</source>
        <translation>Politik, Ekonomi</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="239"/>
        <source>Labels separated by commas</source>
        <translation>Label dipisahkan dengan koma</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="249"/>
        <source>S&amp;lug</source>
        <translation>&amp;Slug</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="259"/>
        <source>The address of the post; follows the title until you edit it</source>
        <translation>Alamat tulisan; mengikuti judul sampai Anda mengubahnya</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="269"/>
        <source>Date&amp;line</source>
        <translation>&amp;Dateline</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="279"/>
        <source>JAKARTA</source>
        <translation>JAKARTA</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="282"/>
        <source>The city written before the site name at the start of the body</source>
        <translation>Nama kota yang ditulis sebelum nama situs di awal isi berita</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="292"/>
        <source>&amp;Image</source>
        <translation>&amp;Gambar</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="307"/>
        <source>images/foto.jpg</source>
        <translation>images/foto.jpg</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="310"/>
        <source>The featured image, relative to the article&apos;s folder</source>
        <translation>Gambar utama, relatif terhadap folder artikel</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="320"/>
        <source>Choose the featured image</source>
        <translation>Pilih gambar utama</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="332"/>
        <source>&amp;Caption</source>
        <translation>&amp;Keterangan</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="349"/>
        <source>C&amp;redit</source>
        <translation>Kred&amp;it</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="359"/>
        <source>e.g. Budi Santoso/Netizen</source>
        <translation>mis. Budi Santoso/Netizen</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="369"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../ui/metadata_panel.ui" line="379"/>
        <source>Where the article is in the newsroom workflow</source>
        <translation>Posisi artikel dalam alur kerja redaksi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/featured_image.py" line="66"/>
        <source>Preparing the image for the web…</source>
        <translation>Menyiapkan gambar untuk web…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/featured_image.py" line="40"/>
        <source>Save the article first</source>
        <translation>Simpan artikel dulu</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/featured_image.py" line="41"/>
        <source>Save the article first: its featured image is stored in a folder beside it.</source>
        <translation>Simpan artikel dulu: gambar utamanya disimpan di folder di sampingnya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/featured_image.py" line="60"/>
        <source>Image not added</source>
        <translation>Gambar tidak ditambahkan</translation>
    </message>
</context>
<context>
    <name>NameBar</name>
    <message>
        <location filename="../../netizen_editor/gui/window/name_bar.py" line="80"/>
        <location filename="../../netizen_editor/gui/window/name_letters.py" line="29"/>
        <source>Set &amp;Name…</source>
        <translation>Isi &amp;Nama…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/name_bar.py" line="82"/>
        <location filename="../../netizen_editor/gui/window/name_letters.py" line="29"/>
        <source>&amp;Hide</source>
        <translation>&amp;Sembunyikan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/name_bar.py" line="84"/>
        <source>Hide this until the app is started again</source>
        <translation>Sembunyikan sampai aplikasi dibuka lagi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/name_bar.py" line="106"/>
        <source>Your Name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/name_bar.py" line="109"/>
        <source>e.g. Budi Santoso</source>
        <translation>mis. Budi Santoso</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/name_bar.py" line="122"/>
        <source>Your name, as suggestions, comments, history versions and lock files will show it (Edit › Settings… › Default author):</source>
        <translation>Nama Anda, seperti yang akan tampil di saran, komentar, versi di riwayat, dan berkas kunci (Sunting › Pengaturan… › Penulisan › Penulis bawaan):</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/name_bar.py" line="141"/>
        <source>Type your name first.</source>
        <translation>Ketik nama Anda dulu.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/name_bar.py" line="74"/>
        <source>Your suggestions, comments, history versions and lock files are signed with the login name “{name}” until you set your own name.</source>
        <translation>Saran, komentar, versi di riwayat, dan berkas kunci Anda ditandai dengan nama login “{name}” sampai Anda mengisi nama Anda sendiri.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/name_bar.py" line="153"/>
        <source>The name was not saved: {problem}</source>
        <translation>Nama tidak disimpan: {problem}</translation>
    </message>
</context>
<context>
    <name>NoArticle</name>
    <message>
        <location filename="../../netizen_editor/gui/panels/no_article.py" line="13"/>
        <source>No article is open</source>
        <translation>Tidak ada artikel yang terbuka</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../netizen_editor/gui/panels/outline_panel.py" line="30"/>
        <source>Click a heading to show it; double-click it or press Enter to go there</source>
        <translation>Klik judul bagian untuk melihatnya; klik dua kali atau tekan Enter untuk menuju ke sana</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/outline_panel.py" line="95"/>
        <source>No headings yet. Lines that start with ## appear here.</source>
        <translation>Belum ada subjudul. Baris yang diawali ## tampil di sini.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../netizen_editor/gui/preview/preview_view.py" line="449"/>
        <source>Open link</source>
        <extracomment>loaded when the view is made: the page&apos;s renderer process starts before the article comes the last job whose render is in the DOM asks whether to open a clicked link in the browser; tests replace it opens a link outside the app; tests replace it the photos the article names: one that appears, changes or goes renders again</extracomment>
        <translation>Buka tautan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/preview/preview_view.py" line="453"/>
        <source>Open this link in your browser?</source>
        <translation>Buka tautan ini di peramban?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/revisions/worker.py" line="294"/>
        <source>The preview could not be updated: {0}</source>
        <extracomment>QWebEnginePage.setHtml puts the page into a percent-encoded data: URL, which Chromium refuses past 2 MiB; bigger pages are loaded from a file in the preview&apos;s temp folder. the start of the preview&apos;s temp folder&apos;s name; the rest is random (``tempfile.mkdtemp``) how often (seconds) Python lets another thread take the interpreter; the default 5 ms would let a render hold up a keystroke on the GUI thread for that long after a render that took T, the next one starts no sooner than REST_FACTOR * T later (at most MAX_REST seconds): no delay while typing at a human pace, a duty cycle in a burst the snapshot of a text is made once no newer text came for this long (seconds), so that typing only ever waits for renders: at a steady 4 keys a second or more none is made (its checks take ~50 ms of the interpreter at 20,000 words, and a key pressed meanwhile waits) what QTextDocument.toRawText puts between lines; a job&apos;s text may come with it the scan of the last text this thread took: the next one rescans only the edit</extracomment>
        <translation>Pratinjau tidak dapat diperbarui: {0}</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="70"/>
        <source>Unsaved Changes</source>
        <translation>Perubahan Belum Disimpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="72"/>
        <source>If you don&apos;t save, your changes are lost.</source>
        <translation>Jika tidak disimpan, perubahan Anda akan hilang.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="103"/>
        <source>“{name}” was changed since you opened it; {user} has it open now.</source>
        <translation>“{name}” telah diubah sejak Anda membukanya; kini {user} sedang membukanya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="94"/>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="137"/>
        <source>File Changed on Disk</source>
        <translation>Berkas Berubah di Disk</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="99"/>
        <source>“{name}” was changed by {author} since you opened it; {user} has it open now.</source>
        <translation>“{name}” diubah oleh {author} sejak Anda membukanya; kini {user} sedang membukanya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="112"/>
        <source>Compare the two texts, save yours as a copy, overwrite it with your version (theirs is kept first, in File › History), reload theirs (yours can be brought back with Undo), or cancel.</source>
        <translation>Bandingkan kedua teks, simpan teks Anda sebagai salinan, timpa dengan versi Anda (versi di disk disimpan lebih dulu, di Berkas › Riwayat), muat ulang versi di disk (teks Anda bisa dikembalikan dengan Urungkan), atau batalkan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="139"/>
        <source>You have unsaved changes. Reload the version on disk (yours can be brought back with Undo), or keep working on yours? Saving then asks whether to compare the two, save yours as a copy or overwrite theirs.</source>
        <translation>Ada perubahan Anda yang belum disimpan. Muat ulang versi di disk (teks Anda dapat dikembalikan dengan Urungkan), atau lanjutkan dengan teks Anda? Saat menyimpan, Anda akan ditanya apakah ingin membandingkan keduanya, menyimpan teks Anda sebagai salinan, atau menimpa versi di disk.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="157"/>
        <source>The Article Was Not Saved</source>
        <translation>Artikel Tidak Disimpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="159"/>
        <source>Your text is still here and kept in the recovery journal. Save it somewhere you choose with Save As, or cancel.</source>
        <translation>Teks Anda masih ada di sini dan tersimpan di jurnal pemulihan. Simpan di tempat pilihan Anda dengan Simpan Sebagai, atau batalkan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="175"/>
        <source>The Article Was Renamed</source>
        <translation>Artikel Diganti Namanya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="177"/>
        <source>Save to the renamed file, or save under the old name again: that file then gets a new id, so the two are not one story twice.</source>
        <translation>Simpan ke berkas yang diganti namanya, atau simpan lagi dengan nama lama: berkas itu lalu mendapat ID baru, agar keduanya tidak menjadi satu berita ganda.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="195"/>
        <source>Several Files Hold This Article</source>
        <translation>Beberapa Berkas Memuat Artikel Ini</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="231"/>
        <source>Open Article</source>
        <translation>Buka Artikel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="243"/>
        <source>Save Article As</source>
        <translation>Simpan Artikel Sebagai</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="37"/>
        <source>Markdown ({patterns});;All files (*)</source>
        <translation>Markdown ({patterns});;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="71"/>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Simpan perubahan pada “{name}” sebelum ditutup?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="74"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="75"/>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="76"/>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="122"/>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="163"/>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="183"/>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="204"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="105"/>
        <source>“{name}” was changed by {author} since you opened it.</source>
        <translation>“{name}” diubah oleh {author} sejak Anda membukanya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="132"/>
        <source>“{name}” was changed by {author}.</source>
        <translation>“{name}” diubah oleh {author}.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="196"/>
        <source>“{old}” is gone, and these files hold the same story:</source>
        <translation>“{old}” sudah tidak ada, dan berkas-berkas ini memuat berita yang sama:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="107"/>
        <source>“{name}” was changed by another program since you opened it.</source>
        <translation>“{name}” diubah oleh program lain sejak Anda membukanya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="198"/>
        <source>Your text is not saved into any of them. Save it under the old name again, as a story of its own with a new id (the copies are left as they are), or choose a name.</source>
        <translation>Teks Anda tidak disimpan ke berkas-berkas itu. Simpan lagi dengan nama lama, sebagai berita tersendiri dengan ID baru (salinan-salinannya dibiarkan apa adanya), atau pilih nama.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="118"/>
        <source>&amp;Compare</source>
        <translation>&amp;Bandingkan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="119"/>
        <source>Save as a &amp;Copy…</source>
        <translation>Simpan sebagai &amp;Salinan…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="120"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Timpa</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="121"/>
        <source>&amp;Reload Theirs</source>
        <translation>&amp;Muat Ulang Versi di Disk</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="134"/>
        <source>“{name}” was changed by another program.</source>
        <translation>“{name}” diubah oleh program lain.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="145"/>
        <source>&amp;Reload</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="146"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Pertahankan Versi Saya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="162"/>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="203"/>
        <source>Save &amp;As…</source>
        <translation>Simpan Seb&amp;agai…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="176"/>
        <source>“{old}” was renamed to “{new}” (same story).</source>
        <translation>“{old}” diganti namanya menjadi “{new}” (berita yang sama).</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="182"/>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="202"/>
        <source>Save under the &amp;Old Name</source>
        <translation>Simpan dengan Nama &amp;Lama</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/prompts.py" line="180"/>
        <source>Save to “{new}”</source>
        <translation>Simpan ke “{new}”</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="118"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="119"/>
        <source>File Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="120"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="121"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="122"/>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="123"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="124"/>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="126"/>
        <source>&amp;Basic colors</source>
        <translation>Warna &amp;dasar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="127"/>
        <source>&amp;Custom colors</source>
        <translation>Warna &amp;khusus</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="128"/>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Tambahkan ke Warna Khusus</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="129"/>
        <source>&amp;Pick Screen Color</source>
        <translation>&amp;Ambil Warna Layar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="130"/>
        <source>Hu&amp;e:</source>
        <translation>Ron&amp;a:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="131"/>
        <source>&amp;Sat:</source>
        <translation>&amp;Sat:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="132"/>
        <source>&amp;Val:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="133"/>
        <source>&amp;Red:</source>
        <translation>&amp;Merah:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="134"/>
        <source>&amp;Green:</source>
        <translation>&amp;Hijau:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="135"/>
        <source>Bl&amp;ue:</source>
        <translation>&amp;Biru:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="136"/>
        <source>A&amp;lpha channel:</source>
        <translation>Kanal a&amp;lfa:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="137"/>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="138"/>
        <source>Select Color</source>
        <translation>Pilih Warna</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="60"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="61"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="62"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="63"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="64"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="65"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="66"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="67"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="68"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="69"/>
        <source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="70"/>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="71"/>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="72"/>
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="73"/>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="75"/>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="76"/>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="77"/>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="78"/>
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="79"/>
        <source>Recent Places</source>
        <translation>Tempat Terakhir</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="80"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="81"/>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="82"/>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="83"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="84"/>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="85"/>
        <source>Find Directory</source>
        <translation>Pilih Folder</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="86"/>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="87"/>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="88"/>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="89"/>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="90"/>
        <source>Change to list view mode</source>
        <translation>Tampilkan sebagai daftar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="91"/>
        <source>Change to detail view mode</source>
        <translation>Tampilkan rinciannya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="92"/>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="93"/>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="94"/>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="95"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="96"/>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="97"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="98"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="99"/>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="100"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="101"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkasnya benar.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="104"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa apakah nama foldernya benar.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="108"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="109"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="110"/>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="111"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="112"/>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="115"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="116"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="35"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="36"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="37"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="38"/>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="39"/>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="53"/>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="54"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="55"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="56"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="57"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="58"/>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="40"/>
        <source>Show Details...</source>
        <translation>Tampilkan Detail...</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="41"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan Detail...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="16"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="17"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="18"/>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="19"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="20"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="21"/>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="22"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="23"/>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="24"/>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="25"/>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="26"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="27"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="28"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="29"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="30"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="31"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="32"/>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="33"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="47"/>
        <source>Copy &amp;Link Location</source>
        <translation>Salin Alamat &amp;Tautan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="49"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/qt_strings.py" line="50"/>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <location filename="../../netizen_editor/gui/desk/quick_switcher.py" line="43"/>
        <source>Go to Story</source>
        <extracomment>the list shows at most this many stories the chosen story&apos;s path in the desk</extracomment>
        <translation>Pergi ke Berita</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/desk/quick_switcher.py" line="47"/>
        <source>A story&apos;s title…</source>
        <translation>Judul berita…</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="9"/>
        <source>Recover Unsaved Work</source>
        <translation>Pulihkan Pekerjaan yang Belum Disimpan</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="15"/>
        <source>&lt;b&gt;Netizen Editor did not close properly last time.&lt;/b&gt; These articles had changes that were not saved. Restore them to continue where you stopped.</source>
        <translation>&lt;b&gt;Netizen Editor tidak ditutup dengan benar terakhir kali.&lt;/b&gt; Artikel-artikel ini punya perubahan yang belum disimpan. Pulihkan untuk melanjutkan dari tempat Anda berhenti.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="25"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="26"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="27"/>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="33"/>
        <source>Restore brings back the ticked articles as unsaved changes; the others are discarded (kept for 7 days in the journal folder). Decide Later asks again at the next start.</source>
        <translation>Pulihkan mengembalikan artikel yang dicentang sebagai perubahan yang belum disimpan; sisanya dibuang (tetap disimpan 7 hari di folder jurnal). Putuskan Nanti akan bertanya lagi saat aplikasi dibuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="42"/>
        <source>Decide &amp;Later</source>
        <translation>Putuskan &amp;Nanti</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="53"/>
        <source>&amp;Discard All</source>
        <translation>&amp;Buang Semua</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_dialog.ui" line="59"/>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/recovery_dialog.py" line="73"/>
        <source>(empty article)</source>
        <translation>(artikel kosong)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/recovery_dialog.py" line="77"/>
        <source>Untitled — never saved</source>
        <translation>Tanpa judul — belum pernah disimpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/recovery_dialog.py" line="42"/>
        <source>today at {time}</source>
        <translation>hari ini pukul {time}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/recovery_dialog.py" line="84"/>
        <source>— also changed on disk since</source>
        <translation>— juga berubah di disk sejak itu</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/recovery_dialog.py" line="86"/>
        <source>— may still be open in another window</source>
        <translation>— mungkin masih terbuka di jendela lain</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/recovery_dialog.py" line="75"/>
        <source>A copy of {name} — never saved</source>
        <translation>Salinan {name} — belum pernah disimpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/recovery_dialog.py" line="79"/>
        <source>{name} (the file is gone)</source>
        <translation>{name} (berkasnya sudah tidak ada)</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="119"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="561"/>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="554"/>
        <source>Your reply:</source>
        <translation>Balasan Anda:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="309"/>
        <source>Suggest mode is off: a new story is your own text (Ctrl+Shift+E turns it on).</source>
        <translation>Mode saran mati: berita baru adalah tulisan Anda sendiri (Ctrl+Shift+E menyalakannya).</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="163"/>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="163"/>
        <source>Your comment:</source>
        <translation>Komentar Anda:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="204"/>
        <source>There is no suggestion at the cursor.</source>
        <translation>Tidak ada saran di kursor.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="227"/>
        <source>No more marks after this one.</source>
        <translation>Tidak ada tanda lagi sesudah ini.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="227"/>
        <source>No marks before this one.</source>
        <translation>Tidak ada tanda sebelum ini.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="352"/>
        <source>That mark is no longer in the text.</source>
        <translation>Tanda itu sudah tidak ada di teks.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="485"/>
        <source>The selection holds or lies inside a review mark: select text before, after or between the marks.</source>
        <translation>Pilihan memuat atau berada di dalam tanda tinjauan: pilih teks sebelum, sesudah, atau di antara tanda-tanda itu.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="558"/>
        <source>Your reply to {who}, who wrote “{said}”:</source>
        <translation>Balasan Anda untuk {who}, yang menulis “{said}”:</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_dock.py" line="559"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="58"/>
        <source>Accept and Reject decide suggestions; a comment or a highlight stays until Resolve removes it with its replies.</source>
        <translation>Terima dan Tolak memutuskan saran; komentar atau sorotan tetap ada sampai Selesaikan menghapusnya beserta balasannya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="76"/>
        <source>{n} suggestion</source>
        <translation>{n} saran</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="76"/>
        <source>{n} suggestions</source>
        <translation>{n} saran</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="77"/>
        <source>{n} comment</source>
        <translation>{n} komentar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="77"/>
        <source>{n} comments</source>
        <translation>{n} komentar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="103"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="85"/>
        <source>{n} suggestion accepted</source>
        <translation>{n} saran diterima</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="85"/>
        <source>{n} suggestions accepted</source>
        <translation>{n} saran diterima</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="87"/>
        <source>{n} suggestion rejected</source>
        <translation>{n} saran ditolak</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="87"/>
        <source>{n} suggestions rejected</source>
        <translation>{n} saran ditolak</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="90"/>
        <source>{n} comment stays</source>
        <translation>{n} komentar tetap</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="90"/>
        <source>{n} comments stay</source>
        <translation>{n} komentar tetap</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="119"/>
        <source>line</source>
        <translation>baris</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="153"/>
        <source>Accept</source>
        <translation>Terima</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="154"/>
        <source>Reject</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="155"/>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="156"/>
        <source>Resolve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="157"/>
        <source>Accept All</source>
        <translation>Terima Semua</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="158"/>
        <source>Reject All</source>
        <translation>Tolak Semua</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="160"/>
        <source>Accept every suggestion; comments stay</source>
        <translation>Terima semua saran; komentar tetap</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="161"/>
        <source>Reject every suggestion; comments stay</source>
        <translation>Tolak semua saran; komentar tetap</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="66"/>
        <source>Addition</source>
        <translation>Tambahan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="67"/>
        <source>Deletion</source>
        <translation>Hapusan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="68"/>
        <source>Substitution</source>
        <translation>Penggantian</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="69"/>
        <source>Highlight</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="70"/>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="230"/>
        <source>No suggestions or comments.</source>
        <translation>Tidak ada saran atau komentar.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/review_panel.py" line="106"/>
        <source>Reply</source>
        <comment>an answer</comment>
        <extracomment>how much of a mark&apos;s text an item shows pixels a reply stands in from the mark it answers (every line of it, wrapped too) lines of marks the list always has room for (two marks, each a heading, its text and a comment); past that it scrolls, and the buttons below it stay whole</extracomment>
        <translation>Balasan</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../netizen_editor/gui/window/session_restore.py" line="79"/>
        <source>This is a folder, not a file</source>
        <translation>Ini folder, bukan berkas</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/session_restore.py" line="81"/>
        <source>This is not a regular file</source>
        <translation>Ini bukan berkas biasa</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/session_restore.py" line="83"/>
        <source>A document is imported with File › Import…</source>
        <translation>Dokumen diimpor lewat Berkas › Impor…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/session_restore.py" line="96"/>
        <source>1 story from the last session could not be opened: {names}</source>
        <translation>1 berita dari sesi terakhir tidak dapat dibuka: {names}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/session_restore.py" line="98"/>
        <source>{count} stories from the last session could not be opened: {names}</source>
        <translation>{count} berita dari sesi terakhir tidak dapat dibuka: {names}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/session_restore.py" line="94"/>
        <source> … and {count} more</source>
        <translation> … dan {count} lagi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/session_restore.py" line="102"/>
        <source>Only the first {most} stories of the last session are reopened; {count} more were left closed.</source>
        <translation>Hanya {most} berita pertama dari sesi terakhir yang dibuka kembali; {count} lainnya dibiarkan tertutup.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="11"/>
        <source>&amp;Site</source>
        <translation>&amp;Situs</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="17"/>
        <source>Site &amp;name:</source>
        <translation>&amp;Nama situs:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="22"/>
        <source>Netizen.co.id</source>
        <translation>Netizen.co.id</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="26"/>
        <source>S&amp;kin:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="46"/>
        <location filename="../../ui/settings_dialog.ui" line="65"/>
        <location filename="../../ui/settings_dialog.ui" line="84"/>
        <source>Skin default</source>
        <translation>Bawaan tema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="47"/>
        <location filename="../../ui/settings_dialog.ui" line="66"/>
        <location filename="../../ui/settings_dialog.ui" line="85"/>
        <source>Use the skin&apos;s own colour</source>
        <translation>Pakai warna bawaan tema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="54"/>
        <source>Gradient &amp;end:</source>
        <translation>Akhir &amp;gradien:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="92"/>
        <source>&amp;Tagline:</source>
        <translation>Tag&amp;line:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="97"/>
        <source>the skin&apos;s tagline</source>
        <translation>tagline bawaan tema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="106"/>
        <source>https://netizen.co.id</source>
        <translation>https://netizen.co.id</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="106"/>
        <source>Share links and the canonical address use Blogger&apos;s permalink: ADDRESS/YYYY/MM/slug.html</source>
        <translation>Tautan berbagi dan alamat kanonis memakai permalink Blogger: ALAMAT/TTTT/BB/slug.html</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="110"/>
        <source>The preview follows these settings as you change them.</source>
        <translation>Pratinjau langsung mengikuti pengaturan ini saat Anda mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="115"/>
        <source>&amp;Ads</source>
        <translation>&amp;Iklan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="121"/>
        <source>AdSense &amp;client:</source>
        <translation>&amp;Klien AdSense:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="126"/>
        <source>ca-pub-0000000000000000</source>
        <translation>ca-pub-0000000000000000</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="130"/>
        <source>&amp;Top slot:</source>
        <translation>Slot &amp;atas:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="135"/>
        <source>slot ID above the post</source>
        <translation>ID slot di atas tulisan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="139"/>
        <source>&amp;Bottom slot:</source>
        <translation>Slot &amp;bawah:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="144"/>
        <source>slot ID below the post</source>
        <translation>ID slot di bawah tulisan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="148"/>
        <source>&amp;In-article slot:</source>
        <translation>Slot &amp;dalam artikel:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="153"/>
        <source>slot ID for ad slots in the text</source>
        <translation>ID slot untuk slot iklan di dalam teks</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="157"/>
        <source>Without an AdSense client, exports contain no ad code; the preview always shows where the ads go.</source>
        <translation>Tanpa klien AdSense, hasil ekspor tidak memuat kode iklan; pratinjau selalu menunjukkan letak iklan.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="162"/>
        <source>&amp;Writing</source>
        <translation>&amp;Penulisan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="35"/>
        <source>&amp;Gradient start:</source>
        <translation>A&amp;wal gradien:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="73"/>
        <source>A&amp;ccent:</source>
        <translation>Warna a&amp;ksen:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="101"/>
        <source>Site a&amp;ddress:</source>
        <translation>&amp;Alamat situs:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="168"/>
        <source>Default a&amp;uthor:</source>
        <translation>Penulis ba&amp;waan:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="173"/>
        <source>Your name: new articles start with it</source>
        <translation>Nama Anda: artikel baru memakainya</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="177"/>
        <source>Editor &amp;font:</source>
        <translation>F&amp;on editor:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="186"/>
        <source>Font si&amp;ze:</source>
        <translation>&amp;Ukuran fon:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="191"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="195"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="204"/>
        <source>Newsroom &amp;time zone:</source>
        <translation>&amp;Zona waktu redaksi:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="213"/>
        <source>&amp;Newsroom word list:</source>
        <translation>Daftar kata &amp;redaksi:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="218"/>
        <source>A text file shared by the desk, one word a line</source>
        <translation>Berkas teks bersama redaksi, satu kata per baris</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="218"/>
        <source>Words added with &quot;Add to Newsroom Dictionary&quot; go here; spell check accepts every word in it</source>
        <translation>Kata dari &quot;Tambahkan ke kamus redaksi&quot; disimpan di sini; pemeriksa ejaan menerima setiap kata di dalamnya</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="222"/>
        <source>Newsroom t&amp;emplates folder:</source>
        <translation>Folder t&amp;emplat redaksi:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="227"/>
        <source>A folder shared by the desk, e.g. on the shared drive</source>
        <translation>Folder bersama meja redaksi, mis. di drive bersama</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="227"/>
        <source>Its NAME.md files are offered in File › New from Template… beside the built-in templates (one of the same name replaces the built-in one); File › Save as Template… saves there</source>
        <translation>Berkas NAMA.md di dalamnya ditawarkan di Berkas › Baru dari Templat… di samping templat bawaan (yang bernama sama menggantikan templat bawaan); Berkas › Simpan sebagai Templat… menyimpan ke sana</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="231"/>
        <source>&amp;House style file:</source>
        <translation>Berkas &amp;gaya selingkung:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="236"/>
        <source>A TOML file shared by the desk, e.g. on the shared drive</source>
        <translation>Berkas TOML bersama meja redaksi, mis. di drive bersama</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="236"/>
        <source>The desk&apos;s banned and replaced words, thresholds and rules turned off, for the Check panel; a mistake in it is shown there with its line, and the built-in house style is used</source>
        <translation>Kata terlarang dan kata pengganti redaksi, ambang batas, dan aturan yang dimatikan, untuk panel Periksa; kesalahan di dalamnya ditampilkan di sana beserta barisnya, dan gaya selingkung bawaan yang dipakai</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="240"/>
        <source>A new language is used from the next start.</source>
        <translation>Bahasa baru dipakai mulai aplikasi dibuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="245"/>
        <source>&amp;Photos</source>
        <translation>&amp;Foto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="251"/>
        <source>Long &amp;edge at most:</source>
        <translation>Sisi &amp;terpanjang paling besar:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="256"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="260"/>
        <source>Photo &amp;format:</source>
        <translation>Fo&amp;rmat foto:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="268"/>
        <source>&amp;Keep the original beside the web copy when pasting or inserting</source>
        <translation>Si&amp;mpan berkas asli di samping salinan web saat menempel atau menyisipkan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="272"/>
        <source>Every photo that is pasted, inserted or exported is turned upright, resized, and stripped of its GPS position and other metadata. The original files are never changed.</source>
        <translation>Setiap foto yang ditempel, disisipkan, atau diekspor ditegakkan, diperkecil, dan dibersihkan dari lokasi GPS serta metadata lainnya. Berkas aslinya tidak pernah diubah.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="280"/>
        <source>color: #b3261e;</source>
        <translation>color: #b3261e;</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/path_browse.py" line="48"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/settings_dialog.py" line="123"/>
        <source>Word lists (*.txt);;All files (*)</source>
        <translation>Daftar kata (*.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/settings_dialog.py" line="124"/>
        <source>House style (*.toml);;All files (*)</source>
        <translation>Gaya selingkung (*.toml);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/settings_dialog.py" line="89"/>
        <source>WIB (UTC+7, western Indonesia)</source>
        <translation>WIB (UTC+7, Indonesia bagian barat)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/settings_dialog.py" line="90"/>
        <source>WITA (UTC+8, central Indonesia)</source>
        <translation>WITA (UTC+8, Indonesia bagian tengah)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/settings_dialog.py" line="91"/>
        <source>WIT (UTC+9, eastern Indonesia)</source>
        <translation>WIT (UTC+9, Indonesia bagian timur)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/settings_dialog.py" line="128"/>
        <source>Newsroom Word List</source>
        <translation>Daftar Kata Redaksi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/settings_dialog.py" line="133"/>
        <source>Templates Folder</source>
        <translation>Folder Templat</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/settings_dialog.py" line="138"/>
        <source>House Style File</source>
        <translation>Berkas Gaya Selingkung</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/settings_dialog.py" line="166"/>
        <source>Choose a Colour</source>
        <translation>Pilih Warna</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/settings_dialog.py" line="188"/>
        <source>{colour} (skin)</source>
        <translation>{colour} (tema)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/settings_dialog.py" line="268"/>
        <source>The settings were not saved: {problem}</source>
        <translation>Pengaturan tidak tersimpan: {problem}</translation>
    </message>
</context>
<context>
    <name>SharePreviews</name>
    <message>
        <location filename="../../netizen_editor/gui/panels/share_previews.py" line="91"/>
        <source>How Google shows the article: the title is cut at about 600 pixels, the description at about 920.</source>
        <translation>Tampilan artikel di Google: judul dipotong di sekitar 600 piksel, deskripsi di sekitar 920.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/share_previews.py" line="165"/>
        <source>How the link looks when shared: the featured image (else the story&apos;s first photo) cropped to 1.91:1, the domain, the title and the description.</source>
        <translation>Tampilan tautan saat dibagikan: gambar utama (atau foto pertama berita) dipotong 1,91:1, domain, judul dan deskripsi.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/share_previews.py" line="227"/>
        <source>No featured image and no photo in the story: the card shows none, or a random one</source>
        <translation>Tidak ada gambar utama dan tidak ada foto di berita: kartu tampil tanpa gambar, atau dengan gambar acak</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/share_previews.py" line="243"/>
        <source>(no title)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/share_previews.py" line="224"/>
        <source>Image from {host}: not loaded offline</source>
        <translation>Gambar dari {host}: tidak dimuat tanpa jaringan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/panels/share_previews.py" line="225"/>
        <source>Image not found: {name}</source>
        <translation>Gambar tidak ditemukan: {name}</translation>
    </message>
</context>
<context>
    <name>SpellLayer</name>
    <message>
        <location filename="../../netizen_editor/gui/editor/ignoring.py" line="55"/>
        <source>Word not remembered</source>
        <translation>Kata tidak diingat</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/spell_menu.py" line="70"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/spell_menu.py" line="61"/>
        <source>No suggestions</source>
        <translation>Tidak ada saran</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/spell_menu.py" line="91"/>
        <source>Add to Dictionary</source>
        <translation>Tambahkan ke kamus</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/spell_menu.py" line="96"/>
        <source>Add to Newsroom Dictionary</source>
        <translation>Tambahkan ke kamus redaksi</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/spell_layer.py" line="540"/>
        <source>Word not added</source>
        <translation>Kata tidak ditambahkan</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="268"/>
        <source>Suggest mode: what you type and delete becomes a suggestion signed {name}</source>
        <translation>Mode saran: yang Anda ketik dan hapus menjadi saran atas nama {name}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="158"/>
        <source>Suggest mode: what you type and delete becomes a suggestion</source>
        <translation>Mode saran: yang Anda ketik dan hapus menjadi saran</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="235"/>
        <source>&lt; 1 min read</source>
        <translation>&lt; 1 menit baca</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="237"/>
        <source>{n} word</source>
        <translation>{n} kata</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="237"/>
        <source>{n} words</source>
        <translation>{n} kata</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="238"/>
        <source>{n} character</source>
        <translation>{n} karakter</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="238"/>
        <source>{n} characters</source>
        <translation>{n} karakter</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="155"/>
        <location filename="../../netizen_editor/gui/window/status.py" line="154"/>
        <source>Suggesting</source>
        <translation>Menyarankan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="270"/>
        <source>your login name; set yours in Edit › Settings… (Default author)</source>
        <translation>nama login Anda; isi nama Anda di Sunting › Pengaturan… › Penulisan › Penulis bawaan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="233"/>
        <source>%n min read</source>
        <translation>%n menit baca</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="244"/>
        <source>Ln {line}, Col {column}</source>
        <translation>Brs {line}, Kol {column}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="249"/>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="250"/>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="251"/>
        <source>Not saved yet</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="252"/>
        <source>Read-only</source>
        <translation>Hanya-baca</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/status.py" line="267"/>
        <source>Suggesting as {name}</source>
        <translation>Menyarankan sebagai {name}</translation>
    </message>
</context>
<context>
    <name>StyleFixes</name>
    <message>
        <location filename="../../netizen_editor/gui/editor/style_fixes.py" line="37"/>
        <source>Replace with &apos;{word}&apos;</source>
        <translation>Ganti dengan &apos;{word}&apos;</translation>
    </message>
</context>
<context>
    <name>Suggester</name>
    <message>
        <location filename="../../netizen_editor/gui/editor/suggesting.py" line="97"/>
        <source>Details change directly, not as suggestions: add a comment for the author.</source>
        <extracomment>how far around the cursor the marks are read first (characters each side, whole lines)... ...and when a mark may begin before that (a closing after the cursor that closes nothing read): a mark longer than this that the cursor sits in the middle of is not seen the characters the marks&apos; delimiters are made of: a key that types one, or a Backspace that joins two, may make a delimiter in one&apos;s own suggestion (``editing.suggest`` keeps it neutral) who is suggesting (the settings&apos; author; the login name when it is empty) (document revision, cursor position, where the suggestion&apos;s text starts) after an edit that left the cursor at the end of one&apos;s own addition: the next keys go on typing in it without reading the marks again the time a suggestion is stamped with (tests set a fixed one) whether a plain edit of the front matter was told since suggest mode went on</extracomment>
        <translation>Detail diubah langsung, bukan saran: beri komentar untuk penulisnya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/suggesting.py" line="286"/>
        <source>Not changed: this is {0}&apos;s suggestion; accept or reject it first.</source>
        <translation>Tidak diubah: ini saran {0}; terima atau tolak dulu.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/editor/suggesting.py" line="289"/>
        <source>Not changed: these are the marks of your own suggestion; type in its text, or reject it to take it back.</source>
        <translation>Tidak diubah: ini tanda saran Anda sendiri; ketik di dalam teksnya, atau tolak untuk menariknya kembali.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="57"/>
        <source>Straight news: the 5W1H lead, quotes, “Baca juga”</source>
        <translation>Berita langsung: teras 5W1H, kutipan, “Baca juga”</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="58"/>
        <source>Feature: a scene-setting opening, sections, a closing</source>
        <translation>Feature: pembuka yang menggambarkan suasana, bagian-bagian, penutup</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="59"/>
        <source>Press release rewrite, with its sender in “source”</source>
        <translation>Tulis ulang rilis pers, dengan pengirimnya di “source”</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="60"/>
        <source>Correction: the original story&apos;s link and the corrected fact (Pedoman 4b)</source>
        <translation>Ralat: tautan berita asli dan fakta yang diperbaiki (Pedoman 4b)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="61"/>
        <source>Right of reply: whose reply, to which story (Pedoman 4c)</source>
        <translation>Hak jawab: jawaban siapa, atas berita yang mana (Pedoman 4c)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="62"/>
        <source>Live report: timestamped updates, newest first</source>
        <translation>Laporan langsung: pembaruan berjam, yang terbaru di atas</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="63"/>
        <source>Advertorial: paid content with its label (Pedoman 6b)</source>
        <translation>Advertorial: konten berbayar dengan labelnya (Pedoman 6b)</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="89"/>
        <source>New from Template</source>
        <translation>Baru dari Templat</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="114"/>
        <source>&amp;Text</source>
        <translation>&amp;Teks</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="115"/>
        <source>&amp;Page</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="126"/>
        <source>&amp;Create Article</source>
        <translation>&amp;Buat Artikel</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="135"/>
        <source>Text in [brackets]() is still to be filled in: Tab goes to the next.</source>
        <translation>Teks dalam [kurung]() masih harus diisi: Tab menuju ke isian berikutnya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="103"/>
        <source>built-in</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="187"/>
        <source>… The rest is not shown here: the article is {size} characters long; Create Article makes all of it.</source>
        <translation>… Selebihnya tidak ditampilkan di sini: artikel ini {size} karakter; Buat Artikel membuat semuanya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="192"/>
        <source>This template cannot be used:

</source>
        <translation>Templat ini tidak dapat dipakai:

</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="200"/>
        <source>Built-in template: {what}</source>
        <translation>Templat bawaan: {what}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/template_dialog.py" line="201"/>
        <source>Newsroom template: {path}</source>
        <translation>Templat redaksi: {path}</translation>
    </message>
</context>
<context>
    <name>TemplatesController</name>
    <message>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="242"/>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="282"/>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="296"/>
        <source>Save as Template</source>
        <translation>Simpan sebagai Templat</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="243"/>
        <source>Name of the template (letters, digits and dashes):</source>
        <translation>Nama templat (huruf, angka, dan tanda hubung):</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="251"/>
        <source>Replace Template</source>
        <translation>Ganti Templat</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="268"/>
        <source>No Templates Folder</source>
        <translation>Tidak Ada Folder Templat</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="269"/>
        <source>There is no newsroom templates folder to save the template in.</source>
        <translation>Tidak ada folder templat redaksi untuk menyimpan templat ini.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="270"/>
        <source>Set one in Edit › Settings…, on the Writing page: “Newsroom templates folder” (a folder the desk shares, e.g. on the shared drive).</source>
        <translation>Atur di Sunting › Pengaturan…, halaman Penulisan: “Folder templat redaksi” (folder bersama meja redaksi, mis. di drive bersama).</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="284"/>
        <source>Use letters, digits and dashes, e.g. laporan-banjir.</source>
        <translation>Gunakan huruf, angka, dan tanda hubung, mis. laporan-banjir.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="234"/>
        <source>New article from the template “{name}”</source>
        <translation>Artikel baru dari templat “{name}”</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="252"/>
        <source>There is already a template “{name}” in the newsroom&apos;s folder. Replace it?</source>
        <translation>Sudah ada templat “{name}” di folder redaksi. Ganti?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="296"/>
        <source>The template was not saved.</source>
        <translation>Templat tidak tersimpan.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="299"/>
        <source>Saved as the template “{name}”: {path}</source>
        <translation>Disimpan sebagai templat “{name}”: {path}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/templates_controller.py" line="283"/>
        <source>“{name}” cannot be a template&apos;s name.</source>
        <translation>“{name}” tidak dapat menjadi nama templat.</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/unsaved_dialog.py" line="34"/>
        <source>{count} stories have unsaved changes. Save the ones checked before closing?</source>
        <translation>{count} berita punya perubahan yang belum disimpan. Simpan yang dicentang sebelum menutup?</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/unsaved_dialog.py" line="31"/>
        <source>Unsaved Changes</source>
        <translation>Perubahan Belum Disimpan</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/unsaved_dialog.py" line="46"/>
        <source>What is not saved is lost.</source>
        <translation>Yang tidak disimpan akan hilang.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/unsaved_dialog.py" line="50"/>
        <source>&amp;Save Checked</source>
        <translation>&amp;Simpan yang Dicentang</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/dialogs/unsaved_dialog.py" line="53"/>
        <source>Close &amp;Without Saving</source>
        <translation>&amp;Tutup Tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="307"/>
        <source>Restored a paragraph of the version of {time}: see above the text.</source>
        <translation>Satu paragraf versi {time} dipulihkan: lihat di atas teks.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="91"/>
        <source>no version kept in the history: {problem}</source>
        <translation>tidak ada versi yang disimpan di riwayat: {problem}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="189"/>
        <source>No version kept in the history: {problem}</source>
        <translation>Tidak ada versi yang disimpan di riwayat: {problem}</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="211"/>
        <source>This article has not been saved yet, so it has no history.</source>
        <translation>Artikel ini belum pernah disimpan, jadi belum punya riwayat.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="280"/>
        <source>Restored a paragraph of the version of {time} as your suggestion (in the Review panel); Undo takes it back out. Save to keep it.</source>
        <translation>Satu paragraf versi {time} dipulihkan sebagai saran Anda (di panel Tinjauan); Urungkan mengeluarkannya lagi. Simpan untuk menyimpannya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="305"/>
        <source>Took a paragraph out, as in the version of {time}: see above the text.</source>
        <translation>Satu paragraf dikeluarkan, seperti pada versi {time}: lihat di atas teks.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="242"/>
        <source>Restored the version of {time}; Undo brings back the text before it. Save to keep it.</source>
        <translation>Versi {time} dipulihkan; Urungkan mengembalikan teks sebelumnya. Simpan untuk menyimpannya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="246"/>
        <source>It is changed directly, not as a suggestion; add a comment to tell the author.</source>
        <translation>Teks diubah langsung, bukan sebagai saran; tambahkan komentar untuk memberi tahu penulisnya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="250"/>
        <source>Restored the version of {time}: see above the text.</source>
        <translation>Versi {time} dipulihkan: lihat di atas teks.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="285"/>
        <source>Took a paragraph out, as in the version of {time}; Undo brings it back. Save to keep it.</source>
        <translation>Satu paragraf dikeluarkan, seperti pada versi {time}; Urungkan mengembalikannya. Simpan untuk menyimpannya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="300"/>
        <source>It was made directly, not as a suggestion (a whole paragraph, review marks or code cannot be marked): add a comment to tell the author.</source>
        <translation>Perubahan ini dibuat langsung, bukan sebagai saran (paragraf utuh, tanda tinjauan, atau kode tidak bisa ditandai): tambahkan komentar untuk memberi tahu penulisnya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="290"/>
        <source>Restored a paragraph&apos;s words from the version of {time}; Undo brings back the current words. Save to keep it.</source>
        <translation>Kata-kata satu paragraf dari versi {time} dipulihkan; Urungkan mengembalikan kata-kata sebelumnya. Simpan untuk menyimpannya.</translation>
    </message>
    <message>
        <location filename="../../netizen_editor/gui/window/versions.py" line="295"/>
        <source>Restored a paragraph of the version of {time}; Undo takes it back out. Save to keep it.</source>
        <translation>Satu paragraf versi {time} dipulihkan; Urungkan mengeluarkannya lagi. Simpan untuk menyimpannya.</translation>
    </message>
</context>
</TS>
