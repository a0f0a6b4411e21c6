<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>Analyzer</name>
    <message>
        <location filename="../../src/core/analysis/analyzer.cpp" line="+73"/>
        <source>The article is too long to analyse (%1 characters; the limit is %2): it is kept without people, institutions and quotes.</source>
        <translation>Artikel terlalu panjang untuk dianalisis (%1 karakter; batasnya %2): artikel disimpan tanpa orang, lembaga, dan kutipan.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../src/core/archive/archive.cpp" line="+124"/>
        <source>The archive %1 is open read-only (the file cannot be written, or another Kliping window is using it): nothing was changed.</source>
        <translation>Arsip %1 dibuka hanya-baca (berkas tidak dapat ditulis, atau jendela Kliping lain sedang memakainya): tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The archive %1 does not exist.</source>
        <translation>Arsip %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not an archive file.</source>
        <translation>%1 adalah folder, bukan berkas arsip.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The archive %1 cannot be read: %2</source>
        <translation>Arsip %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Kliping archive (it is not an SQLite database). Choose another file or a new name.</source>
        <translation>%1 bukan arsip Kliping (bukan basis data SQLite). Pilih berkas lain atau nama baru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder for the archive cannot be created: %1</source>
        <translation>Folder untuk arsip tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>Arsip %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a readable Kliping archive: %2</source>
        <translation>%1 bukan arsip Kliping yang dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is an SQLite database of another program, not a Kliping archive.</source>
        <translation>%1 adalah basis data SQLite milik program lain, bukan arsip Kliping.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive %1 was written by a newer version of Kliping (archive version %2; this program knows up to %3). Update Kliping to open it; the file has not been changed.</source>
        <translation>Arsip %1 ditulis oleh Kliping versi yang lebih baru (versi arsip %2; program ini hanya mengenal sampai %3). Perbarui Kliping untuk membukanya; berkas itu tidak diubah.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The archive %1 is from an older Kliping and must be upgraded, but it can only be read here. Open it where it can be written once.</source>
        <translation>Arsip %1 berasal dari Kliping versi lama dan harus ditingkatkan, tetapi di sini hanya dapat dibaca. Buka sekali di tempat yang dapat ditulisi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The archive %1 cannot be prepared: %2</source>
        <translation>Arsip %1 tidak dapat disiapkan: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The archive %1 could not be upgraded: %2</source>
        <translation>Arsip %1 tidak dapat ditingkatkan: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Before upgrading, a backup copy %1 could not be written: %2</source>
        <translation>Sebelum peningkatan, salinan cadangan %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>migration %1 failed: %2</source>
        <translation>migrasi %1 gagal: %2</translation>
    </message>
    <message>
        <location line="+419"/>
        <location line="+171"/>
        <location line="+236"/>
        <source>No archive is open.</source>
        <translation>Tidak ada arsip yang terbuka.</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>There is no article #%1 in the archive.</source>
        <translation>Tidak ada artikel #%1 di arsip.</translation>
    </message>
    <message>
        <location line="+427"/>
        <source>There is no feed #%1.</source>
        <translation>Tidak ada umpan #%1.</translation>
    </message>
</context>
<context>
    <name>ArchiveCare</name>
    <message>
        <location filename="../../src/core/archive/archivecare.cpp" line="+74"/>
        <source>SQLite reports damage: %1</source>
        <translation>SQLite melaporkan kerusakan: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) point to rows that do not exist (first: %1).</source>
        <translation>
            <numerusform>%n baris merujuk ke baris yang tidak ada (yang pertama: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The full-text index %1 does not match the archive (%2); repair rebuilds it.</source>
        <translation>Indeks teks lengkap %1 tidak cocok dengan arsip (%2); perbaikan membangunnya ulang.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n article(s) lack their original bytes.</source>
        <translation>
            <numerusform>%n artikel tidak memiliki bita aslinya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n person(s) are named by no article any more; repair removes them.</source>
        <translation>
            <numerusform>%n orang tidak lagi disebut oleh artikel mana pun; perbaikan menghapusnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n person(s) have a wrong count of quotes (the people picker sorts by it); repair counts again.</source>
        <translation>
            <numerusform>%n orang tercatat dengan jumlah kutipan yang salah (pemilih tokoh mengurutkan menurut jumlah itu); perbaikan menghitungnya ulang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n article(s) have not been analysed; kliping-cli reanalyze does it.</source>
        <translation>
            <numerusform>%n artikel belum dianalisis; kliping-cli reanalyze melakukannya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The repair failed and changed nothing: %1</source>
        <translation>Perbaikan gagal dan tidak mengubah apa pun: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup %1 could not be written: %2</source>
        <translation>Cadangan %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup could not be put in place at %1.</source>
        <translation>Cadangan tidak dapat ditempatkan di %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup %1 does not exist.</source>
        <translation>Cadangan %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 cannot be read.</source>
        <translation>Cadangan %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 tidak dapat dipulihkan: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 is damaged; the archive was left as it was.</source>
        <translation>Cadangan %1 rusak; arsip dibiarkan seperti semula.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The archive %1 could not be set aside before the restore.</source>
        <translation>Arsip %1 tidak dapat disisihkan sebelum pemulihan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The restored archive could not be put in place at %1.</source>
        <translation>Arsip yang dipulihkan tidak dapat ditempatkan di %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveChooser</name>
    <message>
        <location filename="../../src/gui/archivechooser.cpp" line="+15"/>
        <source>Open or Create an Archive</source>
        <translation>Buka atau Buat Arsip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kliping archives (*.sqlite *.kliping);;All files (*)</source>
        <translation>Arsip Kliping (*.sqlite *.kliping);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kliping</source>
        <translation>Kliping</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The archive cannot be opened.</source>
        <translation>Arsip tidak dapat dibuka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Another File…</source>
        <translation>Pilih Berkas Lain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <location filename="../../src/gui/articlehtml.cpp" line="+61"/>
        <source>Direct quote</source>
        <translation>Kutipan langsung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indirect quote</source>
        <translation>Kutipan tidak langsung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Speaker unknown</source>
        <translation>Pembicara tidak diketahui</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>By %1</source>
        <translation>Oleh %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editor: %1</source>
        <translation>Editor: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Also published as: %1</source>
        <translation>Juga dimuat di: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a summary of this article was available.</source>
        <translation>Hanya ringkasan artikel ini yang tersedia.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person: %1</source>
        <translation>Orang: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution: %1</source>
        <translation>Lembaga: %1</translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <location filename="../../src/core/archive/articleimporter.cpp" line="+133"/>
        <source>The archive could not store it: %1</source>
        <translation>Arsip tidak dapat menyimpannya: %1</translation>
    </message>
</context>
<context>
    <name>CorrectionCommands</name>
    <message>
        <location filename="../../src/gui/correctioncommands.cpp" line="+23"/>
        <source>The quote is no longer in the article&apos;s analysis.</source>
        <translation>Kutipan itu sudah tidak ada dalam analisis artikel.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The correction was not made, so there is nothing to undo.</source>
        <translation>Koreksi itu tidak jadi dibuat, jadi tidak ada yang dapat dibatalkan.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge %1 into %2</source>
        <translation>Gabungkan %1 ke %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename %1 to %2</source>
        <translation>Ganti nama %1 menjadi %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Split %n article(s) off %1</source>
        <translation>
            <numerusform>Pisahkan %n artikel dari %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attribute a quote to %1</source>
        <translation>Atribusikan kutipan kepada %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark as not a quote</source>
        <translation>Tandai sebagai bukan kutipan</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../src/core/archive/corrections.cpp" line="+161"/>
        <source>Merging needs two different people of the archive.</source>
        <translation>Penggabungan memerlukan dua orang yang berbeda dari arsip.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These two are already one person.</source>
        <translation>Keduanya sudah menjadi satu orang.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+58"/>
        <location line="+54"/>
        <source>There is no person #%1.</source>
        <translation>Tidak ada orang #%1.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>None of these articles names person #%1.</source>
        <translation>Tidak satu pun artikel ini menyebut orang #%1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A person needs a name.</source>
        <translation>Seseorang memerlukan nama.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Person #%1 is already called %2; merge the two instead.</source>
        <translation>Orang #%1 sudah bernama %2; gabungkan keduanya saja.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+35"/>
        <source>There is no quote #%1.</source>
        <translation>Tidak ada kutipan #%1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is no correction #%1.</source>
        <translation>Tidak ada koreksi #%1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction #%1 was already undone.</source>
        <translation>Koreksi #%1 sudah dibatalkan.</translation>
    </message>
</context>
<context>
    <name>DocumentParser</name>
    <message>
        <location filename="../../src/core/ingest/documentparser.cpp" line="+36"/>
        <source>No article text was found: after removing the page&apos;s navigation and adverts nothing was left.</source>
        <translation>Teks artikel tidak ditemukan: setelah navigasi dan iklan halaman dibuang, tidak ada yang tersisa.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>The file holds %n articles; import it instead.</source>
        <translation>
            <numerusform>Berkas ini berisi %n artikel; impor berkas ini saja.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This kind of file (%1) cannot be imported yet.</source>
        <translation>Jenis berkas ini (%1) belum dapat diimpor.</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <location filename="../../src/core/ingest/documentreader.cpp" line="+113"/>
        <source>The link returns binary data, not a page.</source>
        <translation>Tautan ini mengembalikan data biner, bukan halaman.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file does not exist.</source>
        <translation>Berkas tidak ada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a folder, not a file.</source>
        <translation>Ini folder, bukan berkas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation>Berkas terlalu besar (%1 MB; batasnya %2 MB).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file cannot be read: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is too large (the limit is %1 MB).</source>
        <translation>Berkas terlalu besar (batasnya %1 MB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not text (it holds binary data).</source>
        <translation>Berkas ini bukan teks (isinya data biner).</translation>
    </message>
</context>
<context>
    <name>FeedReader</name>
    <message>
        <location filename="../../src/core/ingest/feedreader.cpp" line="+113"/>
        <source>This XML file is not a news feed (its root element is &lt;%1&gt;, not &lt;rss&gt;, &lt;rdf:RDF&gt; or &lt;feed&gt;).</source>
        <translation>Berkas XML ini bukan umpan berita (elemen akarnya &lt;%1&gt;, bukan &lt;rss&gt;, &lt;rdf:RDF&gt; atau &lt;feed&gt;).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The feed has more than %1 items; only the first %1 were read.</source>
        <translation>Umpan ini memiliki lebih dari %1 item; hanya %1 item pertama yang dibaca.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The feed&apos;s XML is broken at line %1, column %2: %3. %n item(s) before that point were read.</source>
        <translation>
            <numerusform>XML umpan rusak pada baris %1, kolom %2: %3. %n item sebelum titik itu sudah dibaca.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a news feed: %1.</source>
        <translation>Ini bukan umpan berita: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a news feed: the file holds no XML element.</source>
        <translation>Ini bukan umpan berita: berkas tidak berisi elemen XML.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The feed item has neither a title nor any text.</source>
        <translation>Item umpan ini tidak memiliki judul maupun teks.</translation>
    </message>
</context>
<context>
    <name>FeedUpdateSummary</name>
    <message>
        <location filename="../../src/gui/feedupdatesummary.cpp" line="+28"/>
        <source>%1: error: %2</source>
        <translation>%1: galat: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: new articles: %2</source>
        <translation>%1: artikel baru: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, failed: %1</source>
        <translation>, gagal: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  The feed could not be read: %1</source>
        <translation>  Umpan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  New articles: %1, already in the archive: %2, failed: %3</source>
        <translation>  Artikel baru: %1, sudah ada di arsip: %2, gagal: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No feed was updated.</source>
        <translation>Tidak ada umpan yang diperbarui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Further feeds: %1 (see the details)</source>
        <translation>Umpan lainnya: %1 (lihat rinciannya)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New articles in all: %1</source>
        <translation>Seluruh artikel baru: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the details to see what failed and why.</source>
        <translation>Tampilkan rinciannya untuk melihat apa yang gagal dan sebabnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The update was cancelled; the feeds not yet read are updated next time.</source>
        <translation>Pembaruan dibatalkan; umpan yang belum dibaca akan diperbarui lain kali.</translation>
    </message>
</context>
<context>
    <name>HtmlPageParser</name>
    <message>
        <location filename="../../src/core/ingest/htmlpageparser.cpp" line="+788"/>
        <source>The page is larger than %1 MB; Kliping does not read pages this large.</source>
        <translation>Halaman lebih besar dari %1 MB; Kliping tidak membaca halaman sebesar ini.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The page&apos;s markup is nested more than %1 levels deep; it is not a web page Kliping can read.</source>
        <translation>Markah halaman bersarang lebih dari %1 tingkat; ini bukan halaman web yang dapat dibaca Kliping.</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>The page has more than %1 paragraphs; Kliping reads one article per page, not a whole book or archive.</source>
        <translation>Halaman memiliki lebih dari %1 paragraf; Kliping membaca satu artikel per halaman, bukan seluruh buku atau arsip.</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>This page is a list of articles (a home or index page), not an article. Open the article itself and save that page.</source>
        <translation>Halaman ini adalah daftar artikel (beranda atau halaman indeks), bukan artikel. Buka artikelnya sendiri lalu simpan halaman itu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No article text was found on this page: after removing its navigation, adverts and lists of other articles nothing was left.</source>
        <translation>Tidak ada teks artikel di halaman ini: setelah navigasi, iklan, dan daftar artikel lain dibuang, tidak ada yang tersisa.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../src/gui/importsummary.cpp" line="+38"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported: %1</source>
        <translation>Diimpor: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already in the archive: %1</source>
        <translation>Sudah ada di arsip: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed: %1</source>
        <translation>Gagal: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the details to see each file or link that failed and why.</source>
        <translation>Tampilkan rinciannya untuk melihat setiap berkas atau tautan yang gagal dan sebabnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was cancelled; what was imported before stays in the archive.</source>
        <translation>Impor dibatalkan; artikel yang sudah diimpor sebelumnya tetap ada di arsip.</translation>
    </message>
</context>
<context>
    <name>JsonLinesReader</name>
    <message>
        <location filename="../../src/core/ingest/jsonlinesreader.cpp" line="+70"/>
        <source>The record has no article text (&quot;body&quot;).</source>
        <translation>Rekaman ini tidak memiliki teks artikel (&quot;body&quot;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1 is too long (%2 characters; the limit is %3).</source>
        <translation>Baris %1 terlalu panjang (%2 karakter; batasnya %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 is not valid JSON: %2 (at character %3).</source>
        <translation>Baris %1 bukan JSON yang sah: %2 (pada karakter %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 is not a JSON object.</source>
        <translation>Baris %1 bukan objek JSON.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+145"/>
        <source>The file holds no JSON lines.</source>
        <translation>Berkas ini tidak berisi baris JSON.</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>The file cannot be read: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Line %1 is too long (more than %2 characters).</source>
        <translation>Baris %1 terlalu panjang (lebih dari %2 karakter).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Line %1 cannot be read: %2</source>
        <translation>Baris %1 tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>KlipingCli</name>
    <message>
        <location filename="../../src/cli/clicommands.cpp" line="+711"/>
        <location filename="../../src/cli/clicontext.cpp" line="+35"/>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <location filename="../../src/cli/clicontext.cpp" line="+4"/>
        <source>Try: kliping-cli %1 --help</source>
        <translation>Coba: kliping-cli %1 --help</translation>
    </message>
    <message>
        <location filename="../../src/cli/clicommands.cpp" line="-656"/>
        <source>Files, folders or links (http/https) to import.</source>
        <translation>Berkas, folder, atau tautan (http/https) yang akan diimpor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+266"/>
        <source>Do not fetch the pages that feed items link to.</source>
        <translation>Jangan mengambil halaman yang ditautkan oleh item umpan.</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Import articles from files, folders, links, feeds and JSON Lines.</source>
        <translation>Impor artikel dari berkas, folder, tautan, umpan, dan JSON Lines.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name at least one file or folder to import.</source>
        <translation>Sebutkan setidaknya satu berkas atau folder untuk diimpor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>imported   #%1  %2  (%3)</source>
        <translation>diimpor    #%1  %2  (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+191"/>
        <source>note       %1: %2</source>
        <translation>catatan    %1: %2</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>duplicate  #%1  %2  (%3) is already in the archive</source>
        <translation>duplikat   #%1  %2  (%3) sudah ada di arsip</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+173"/>
        <location line="+108"/>
        <source>failed     %1: %2</source>
        <translation>gagal      %1: %2</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Imported %1, duplicates %2, failed %3.</source>
        <translation>Diimpor %1, duplikat %2, gagal %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show at most N articles.</source>
        <translation>Tampilkan paling banyak N artikel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sort by date (newest first), title or source.</source>
        <translation>Urutkan menurut tanggal (terbaru dahulu), judul, atau sumber.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles whose title or source has these words.</source>
        <translation>Hanya artikel yang judul atau sumbernya memuat kata-kata ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the articles in the archive.</source>
        <translation>Daftar artikel di arsip.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown sort order %1; use date, title or source.</source>
        <translation>Urutan %1 tidak dikenal; gunakan date, title, atau source.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit takes a whole number.</source>
        <translation>--limit memerlukan bilangan bulat.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The article&apos;s number (see list).</source>
        <translation>Nomor artikel (lihat list).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the original bytes as imported instead.</source>
        <translation>Cetak bita asli seperti saat diimpor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show an article: metadata and text.</source>
        <translation>Tampilkan artikel: metadata dan teks.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one article number, e.g. kliping-cli show 1.</source>
        <translation>Berikan satu nomor artikel, misalnya kliping-cli show 1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no article #%1 in the archive.</source>
        <translation>Tidak ada artikel #%1 di arsip.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writer</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caption</source>
        <translation>Keterangan foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>Asli</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show what the archive holds.</source>
        <translation>Tampilkan isi arsip.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archive:   %1</source>
        <translation>Arsip:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version:   %1</source>
        <translation>Versi:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles:  %1</source>
        <translation>Artikel:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources:   %1</source>
        <translation>Sumber:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Originals: %1</source>
        <translation>Asli:      %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published: %1 to %2</source>
        <translation>Terbit:    %1 sampai %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Files to analyse.</source>
        <translation>Berkas yang akan dianalisis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print one JSON object per file (JSON Lines).</source>
        <translation>Cetak satu objek JSON per berkas (JSON Lines).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parse and analyse files as an import would, without touching an archive.</source>
        <translation>Uraikan dan analisis berkas seperti saat impor, tanpa menyentuh arsip.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name at least one file to analyse.</source>
        <translation>Sebutkan setidaknya satu berkas untuk dianalisis.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Analyse every article again, not only those analysed by an older version.</source>
        <translation>Analisis ulang semua artikel, tidak hanya yang dianalisis oleh versi lama.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analyse the archived articles again with this version&apos;s rules and lexicon.</source>
        <translation>Analisis ulang artikel dalam arsip dengan aturan dan leksikon versi ini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-analysis stopped: %1</source>
        <translation>Analisis ulang terhenti: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Analysed %n article(s) again.</source>
        <translation>
            <numerusform>%n artikel dianalisis ulang.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add LINK|FILE, list, update, or remove ID.</source>
        <translation>add TAUTAN|BERKAS, list, update, atau remove ID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subscribe to news feeds and import their new items.</source>
        <translation>Berlangganan umpan berita dan impor item barunya.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is neither a link nor an existing file.</source>
        <translation>%1 bukan tautan maupun berkas yang ada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Feed #%1: %2</source>
        <translation>Umpan #%1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Feed #%1 %2:</source>
        <translation>Umpan #%1 %2:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>... and %1 more articles, not listed</source>
        <translation>... dan %1 artikel lagi, tidak dicantumkan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use: kliping-cli feeds add LINK|FILE, feeds list, feeds update, feeds remove ID.</source>
        <translation>Gunakan: kliping-cli feeds add TAUTAN|BERKAS, feeds list, feeds update, feeds remove ID.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../src/cli/peoplecommands.cpp" line="+25"/>
        <source>Print JSON instead of text.</source>
        <translation>Cetak JSON, bukan teks.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show at most N results.</source>
        <translation>Tampilkan paling banyak N hasil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--limit takes a whole number from 1 to 10000.</source>
        <translation>--limit memerlukan bilangan bulat dari 1 sampai 10000.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Words must all be there (pelayanan also finds melayani); &quot;exact phrase&quot;; -without; a OR b; prefix*; filters oleh:NAME, lembaga:NAME, sumber:NAME, sejak:DATE, sampai:DATE, judul:WORD. Quote the whole query for the shell, e.g. &apos;&quot;pelayanan publik&quot; sejak:2024&apos;.</source>
        <translation>Semua kata harus ada (pelayanan juga menemukan melayani); &quot;frasa persis&quot;; -tanpa; a OR b; awalan*; saringan oleh:NAMA, lembaga:NAMA, sumber:NAMA, sejak:TANGGAL, sampai:TANGGAL, judul:KATA. Apit seluruh pencarian dengan tanda petik untuk shell, misalnya &apos;&quot;pelayanan publik&quot; sejak:2024&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skip the first N results.</source>
        <translation>Lewati N hasil pertama.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the articles, best match first.</source>
        <translation>Cari artikel, yang paling cocok lebih dahulu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--offset takes a whole number.</source>
        <translation>--offset memerlukan bilangan bulat.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No article matches.</source>
        <translation>Tidak ada artikel yang cocok.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 articles shown.</source>
        <translation>%1 dari %2 artikel ditampilkan.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only the quotes of this person (name, part of it, alias or misspelling), newest first.</source>
        <translation>Hanya kutipan orang ini (nama, sebagian nama, alias atau salah eja), terbaru lebih dahulu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only from this date (2025-06-19, 19/6/2025, 2025-06, 2025).</source>
        <translation>Hanya sejak tanggal ini (2025-06-19, 19/6/2025, 2025-06, 2025).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only up to this date.</source>
        <translation>Hanya sampai tanggal ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only direct (in quotation marks) or indirect quotes.</source>
        <translation>Hanya kutipan langsung (dalam tanda petik) atau tidak langsung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search the quotes, or list what one person said.</source>
        <translation>Cari kutipan, atau daftar ucapan satu orang.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a date. Write dates like 2025-06-19, 19/6/2025, 2025-06 or 2025.</source>
        <translation>&quot;%1&quot; bukan tanggal. Tulis tanggal seperti 2025-06-19, 19/6/2025, 2025-06 atau 2025.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--kind is direct or indirect.</source>
        <translation>--kind bernilai direct atau indirect.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody called &quot;%1&quot; is in the archive. Check the spelling, or type part of the name.</source>
        <translation>Tidak ada orang bernama &quot;%1&quot; di arsip. Periksa ejaannya, atau ketik sebagian namanya.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+51"/>
        <source>No quote matches.</source>
        <translation>Tidak ada kutipan yang cocok.</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+52"/>
        <source>(speaker unknown)</source>
        <translation>(pembicara tidak diketahui)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>indirect</source>
        <translation>tidak langsung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>direct</source>
        <translation>langsung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in #%1 %2 (%3)</source>
        <translation>dalam #%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who said it: the speakers of the quotes with these words, most quotes first.</source>
        <translation>Siapa yang mengatakannya: pembicara kutipan yang memuat kata-kata ini, yang terbanyak lebih dahulu.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Import files and folders of articles</source>
        <translation>Impor berkas dan folder berisi artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the articles</source>
        <translation>Daftar artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one article</source>
        <translation>Tampilkan satu artikel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export articles or a dossier (PDF, HTML, ...)</source>
        <translation>Ekspor artikel atau dosier (PDF, HTML, ...)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show what the archive holds</source>
        <translation>Tampilkan isi arsip</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Analyse files without importing (--json)</source>
        <translation>Analisis berkas tanpa mengimpor (--json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyse archived articles again</source>
        <translation>Analisis ulang artikel dalam arsip</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Subscribe to feeds and update them</source>
        <translation>Berlangganan umpan dan perbarui</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>List or find people</source>
        <translation>Daftar atau cari orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a person and their positions</source>
        <translation>Tampilkan seseorang dan jabatannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List, find or show institutions</source>
        <translation>Daftar, cari, atau tampilkan lembaga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge two people who are one</source>
        <translation>Gabungkan dua orang yang sebenarnya satu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split articles off a wrongly merged person</source>
        <translation>Pisahkan artikel dari orang yang salah digabung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a person their right name</source>
        <translation>Beri seseorang nama yang benar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute a quote to its speaker</source>
        <translation>Kaitkan kutipan dengan penuturnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark a quote as not a quote</source>
        <translation>Tandai kutipan sebagai bukan kutipan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the corrections made by hand</source>
        <translation>Daftar koreksi yang dibuat secara manual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo a correction</source>
        <translation>Batalkan koreksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the archive, and repair it</source>
        <translation>Periksa arsip, lalu perbaiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the archive to a backup file</source>
        <translation>Salin arsip ke berkas cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the archive by a backup</source>
        <translation>Ganti arsip dengan cadangan</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Search the articles</source>
        <translation>Cari artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search quotes, or list one person&apos;s</source>
        <translation>Cari kutipan, atau daftar kutipan satu orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who said it: speakers of matching quotes</source>
        <translation>Siapa yang mengatakannya: pembicara kutipan yang cocok</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Usage: kliping-cli [--archive PATH] COMMAND [OPTIONS] [ARGS]</source>
        <translation>Penggunaan: kliping-cli [--archive PATH] PERINTAH [OPSI] [ARGUMEN]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kliping keeps Indonesian institutional news in one archive.</source>
        <translation>Kliping menyimpan berita kelembagaan Indonesia dalam satu arsip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this archive instead of the default (%1).</source>
        <translation>Gunakan arsip ini, bukan arsip bawaan (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the version.</source>
        <translation>Tampilkan versi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run kliping-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Jalankan kliping-cli PERINTAH --help untuk melihat opsi suatu perintah.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--archive needs a file name.</source>
        <translation>--archive memerlukan nama berkas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown option %1.</source>
        <translation>Opsi %1 tidak dikenal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown command %1.</source>
        <translation>Perintah %1 tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../src/cli/peoplecommands.cpp" line="+32"/>
        <source>%1 must be a number (see kliping-cli people, quotes, corrections).</source>
        <translation>%1 harus berupa angka (lihat kliping-cli people, quotes, corrections).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (correction #%2; undo with: kliping-cli undo %2)</source>
        <translation>%1 (koreksi #%2; batalkan dengan: kliping-cli undo %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A name, part of one or a misspelling; all people when empty.</source>
        <translation>Nama, sebagian nama, atau salah eja; semua orang bila kosong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the people of the archive.</source>
        <translation>Daftar orang dalam arsip.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The person&apos;s number (see people).</source>
        <translation>Nomor orang tersebut (lihat people).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show a person: names, positions over time.</source>
        <translation>Tampilkan seseorang: nama dan jabatan dari waktu ke waktu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no person #%1.</source>
        <translation>Tidak ada orang #%1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ranks and honorifics: %1</source>
        <translation>Pangkat dan gelar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Also written: %1</source>
        <translation>Juga ditulis: %1</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Articles: %1, quotes: %2</source>
        <translation>Artikel: %1, kutipan: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Positions:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Words of a name, acronym or alias.</source>
        <translation>Kata dari nama, singkatan, atau alias.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show one institution in full.</source>
        <translation>Tampilkan satu lembaga secara lengkap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the institutions of the archive.</source>
        <translation>Daftar lembaga dalam arsip.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no institution #%1.</source>
        <translation>Tidak ada lembaga #%1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Part of: %1</source>
        <translation>Bagian dari: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit: %1</source>
        <translation>Satuan: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The person who is really the other.</source>
        <translation>Orang yang sebenarnya adalah orang lain itu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person to keep.</source>
        <translation>Orang yang dipertahankan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge two people who are one.</source>
        <translation>Gabungkan dua orang yang sebenarnya satu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FROM</source>
        <translation>DARI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>INTO</source>
        <translation>KE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person #%1 merged into #%2.</source>
        <translation>Orang #%1 digabungkan ke #%2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wrongly merged person.</source>
        <translation>Orang yang salah digabung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The articles that are about someone else.</source>
        <translation>Artikel yang sebenarnya tentang orang lain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other person&apos;s name.</source>
        <translation>Nama orang lain itu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Split articles off a wrongly merged person.</source>
        <translation>Pisahkan artikel dari orang yang salah digabung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <location line="+22"/>
        <source>PERSON</source>
        <translation>ORANG</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>ARTICLE</source>
        <translation>ARTIKEL</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n article(s) split off person #%1.</source>
        <translation>
            <numerusform>%n artikel dipisahkan dari orang #%1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The person.</source>
        <translation>Orang tersebut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The right name.</source>
        <translation>Nama yang benar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a person their right name.</source>
        <translation>Beri seseorang nama yang benar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Person #%1 is now called %2.</source>
        <translation>Orang #%1 kini bernama %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>The quote&apos;s number.</source>
        <translation>Nomor kutipan.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Who said it, or none.</source>
        <translation>Siapa yang mengatakannya, atau none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attribute a quote to the person who said it.</source>
        <translation>Kaitkan kutipan dengan orang yang mengatakannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>QUOTE</source>
        <translation>KUTIPAN</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Quote #%1 attributed to person #%2.</source>
        <translation>Kutipan #%1 dikaitkan dengan orang #%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote #%1 has no known speaker now.</source>
        <translation>Kutipan #%1 kini tidak memiliki penutur yang diketahui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark something found as a quote as not one.</source>
        <translation>Tandai sesuatu yang ditemukan sebagai kutipan sebagai bukan kutipan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quote #%1 is marked as not a quote.</source>
        <translation>Kutipan #%1 ditandai bukan kutipan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the corrections made by hand.</source>
        <translation>Daftar koreksi yang dibuat secara manual.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>in force</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>undone</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The correction&apos;s number.</source>
        <translation>Nomor koreksi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo a correction.</source>
        <translation>Batalkan koreksi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The correction</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Correction #%1 undone.</source>
        <translation>Koreksi #%1 dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../src/cli/carecommands.cpp" line="+23"/>
        <source>Rebuild the full-text indexes, remove orphans and analyse articles that were never analysed.</source>
        <translation>Bangun ulang indeks teks lengkap, hapus baris yatim, dan analisis artikel yang belum pernah dianalisis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the archive: integrity, links between rows, full-text indexes, orphans.</source>
        <translation>Periksa arsip: integritas, tautan antarbaris, indeks teks lengkap, baris yatim.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>problem: %1</source>
        <translation>masalah: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note:    %1</source>
        <translation>catatan: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Repaired: indexes rebuilt, orphans removed, %n article(s) analysed.</source>
        <translation>
            <numerusform>Diperbaiki: indeks dibangun ulang, baris yatim dihapus, %n artikel dianalisis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>still wrong: %1</source>
        <translation>masih salah: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive is sound.</source>
        <translation>Arsip dalam keadaan baik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup file to write.</source>
        <translation>Berkas cadangan yang akan ditulis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace an existing file.</source>
        <translation>Timpa berkas yang sudah ada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the archive to a backup file, safely even while it is in use.</source>
        <translation>Salin arsip ke berkas cadangan, dengan aman meskipun arsip sedang dipakai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the backup file, e.g. kliping-cli backup /media/usb/kliping.sqlite.</source>
        <translation>Sebutkan berkas cadangannya, mis. kliping-cli backup /media/usb/kliping.sqlite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists already; add --force to replace it.</source>
        <translation>%1 sudah ada; tambahkan --force untuk menimpanya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup must be another file than the archive.</source>
        <translation>Cadangan harus berupa berkas lain, bukan arsip itu sendiri.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backed up %1 articles to %2.</source>
        <translation>%1 artikel dicadangkan ke %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup file to restore.</source>
        <translation>Berkas cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the archive by a backup (the archive replaced is kept beside it).</source>
        <translation>Ganti arsip dengan cadangan (arsip yang diganti disimpan di sebelahnya).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the backup file to restore.</source>
        <translation>Sebutkan berkas cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restored %1 from %2.</source>
        <translation>%1 dipulihkan dari %2.</translation>
    </message>
    <message>
        <location filename="../../src/cli/exportcommand.cpp" line="+30"/>
        <source>The articles&apos; numbers (see list).</source>
        <translation>Nomor artikel (lihat list).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the dossier of a person (a name or a number): positions over time and all their quotes.</source>
        <translation>Ekspor dosier seseorang (nama atau nomor): jabatan dari waktu ke waktu dan semua kutipannya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write, or a folder (the name is made from the title).</source>
        <translation>Berkas yang ditulis, atau folder (nama berkas dibuat dari judul).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pdf, html, md, json or csv (quotes); by default from the file&apos;s extension, else pdf.</source>
        <translation>pdf, html, md, json atau csv (kutipan); bawaan: dari ekstensi berkas, selain itu pdf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a4 (default) or letter.</source>
        <translation>a4 (bawaan) atau letter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF&apos;s margins in millimetres (8 to 40; default 20).</source>
        <translation>Margin PDF dalam milimeter (8 sampai 40; bawaan 20).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the output file if it exists.</source>
        <translation>Timpa berkas keluaran jika sudah ada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --person: only quotes holding all these words.</source>
        <translation>Dengan --person: hanya kutipan yang memuat semua kata ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --person: group quotes by month, not year.</source>
        <translation>Dengan --person: kelompokkan kutipan per bulan, bukan per tahun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title of a collection (cover, PDF title).</source>
        <translation>Judul kumpulan (sampul, judul PDF).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not highlight quotes or list them.</source>
        <translation>Jangan sorot atau daftarkan kutipan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the box of people and institutions.</source>
        <translation>Tanpa kotak tokoh dan lembaga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the articles a search finds (the query language of kliping-cli search), the best 500 at most.</source>
        <translation>Ekspor artikel yang ditemukan pencarian (bahasa kueri kliping-cli search), paling banyak 500 terbaik.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export articles or a person&apos;s dossier to PDF, HTML, Markdown, JSON or CSV.</source>
        <translation>Ekspor artikel atau dosier seseorang ke PDF, HTML, Markdown, JSON atau CSV.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not an article number (see kliping-cli list).</source>
        <translation>%1 bukan nomor artikel (lihat kliping-cli list).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name the articles to export, a search with --query, or a person with --person (one of them).</source>
        <translation>Sebutkan artikel yang akan diekspor, pencarian dengan --query, atau seseorang dengan --person (salah satunya).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the file to write with -o FILE.</source>
        <translation>Sebutkan berkas yang ditulis dengan -o BERKAS.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown format %1: use pdf, html, md, json or csv.</source>
        <translation>Format %1 tidak dikenal: gunakan pdf, html, md, json atau csv.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown paper %1: use a4 or letter.</source>
        <translation>Kertas %1 tidak dikenal: gunakan a4 atau letter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The margin must be a number of millimetres from 8 to 40.</source>
        <translation>Margin harus berupa angka milimeter dari 8 sampai 40.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF export needs Qt&apos;s GUI module, which could not start.</source>
        <translation>Ekspor PDF memerlukan modul GUI Qt, yang tidak dapat dijalankan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The search finds no article: nothing to export.</source>
        <translation>Pencarian tidak menemukan artikel: tidak ada yang diekspor.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No person in the archive matches %1 (see kliping-cli people).</source>
        <translation>Tidak ada tokoh di arsip yang cocok dengan %1 (lihat kliping-cli people).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 matches several people; exporting %2 (#%3). Name a number to choose another (see kliping-cli people).</source>
        <translation>%1 cocok dengan beberapa tokoh; yang diekspor %2 (#%3). Sebutkan nomor untuk memilih yang lain (lihat kliping-cli people).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dossier %1</source>
        <translation>Dosier %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kliping %1 articles</source>
        <translation>Kliping %1 artikel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no article #%1; it was left out.</source>
        <translation>Tidak ada artikel #%1; artikel itu dilewati.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Wrote %1: %n quote(s)</source>
        <translation>
            <numerusform>Ditulis %1: %n kutipan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrote %1: %n article(s)</source>
        <translation>
            <numerusform>Ditulis %1: %n artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n page(s)</source>
        <translation>
            <numerusform>, %n halaman</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KlipingExport</name>
    <message>
        <location filename="../../src/core/export/exportcontent.cpp" line="+108"/>
        <source>Undated</source>
        <translation>Tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../../src/core/export/exporter.cpp" line="+50"/>
        <source>%1 is a folder. Name a file to export to.</source>
        <translation>%1 adalah folder. Sebutkan berkas tujuan ekspor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists. Choose another name, or allow replacing it (kliping-cli: --force).</source>
        <translation>%1 sudah ada. Pilih nama lain, atau izinkan menimpanya (kliping-cli: --force).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../src/core/export/pdfexporter.cpp" line="+360"/>
        <source>Kliping: %1 articles</source>
        <translation>Kliping: %1 artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/core/export/pdfexporter.cpp" line="+3"/>
        <source>KLIPING</source>
        <translation>KLIPING</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../src/core/export/pdfexporter.cpp" line="+26"/>
        <source>Dossier: %1</source>
        <translation>Dosier: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/core/export/pdfexporter.cpp" line="+10"/>
        <source>DOSSIER</source>
        <translation>DOSIER</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../src/gui/importcontroller.cpp" line="+222"/>
        <source>There is nothing to export.</source>
        <translation>Tidak ada yang diekspor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+21"/>
        <location line="+24"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the articles is in the archive.</source>
        <translation>Tidak satu pun artikel ada di arsip.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no person #%1 in the archive.</source>
        <translation>Tidak ada tokoh #%1 di arsip.</translation>
    </message>
    <message>
        <location filename="../../src/core/export/exporthtml.cpp" line="+202"/>
        <location line="+287"/>
        <location line="+120"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>Archived %1</source>
        <translation>Diarsipkan %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+97"/>
        <location filename="../../src/core/export/textexport.cpp" line="+153"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+342"/>
        <location filename="../../src/core/export/textexport.cpp" line="+16"/>
        <source>undated</source>
        <translation>tanpa tanggal</translation>
    </message>
    <message>
        <location line="-339"/>
        <location line="+41"/>
        <location line="+49"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>direct quote</source>
        <translation>kutipan langsung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>indirect quote</source>
        <translation>kutipan tidak langsung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>speaker unknown</source>
        <translation>pembicara tidak diketahui</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Articles: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 and %2 more</source>
        <translation>%1 dan %2 lainnya</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Quotes: %1</source>
        <translation>Kutipan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quotes with the words: %1</source>
        <translation>Kutipan dengan kata: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../../src/core/export/textexport.cpp" line="-89"/>
        <source>Writer: %1</source>
        <translation>Penulis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/core/export/textexport.cpp" line="+2"/>
        <source>Editor: %1</source>
        <translation>Editor: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only a summary of this article was available.</source>
        <translation>Hanya ringkasan artikel ini yang tersedia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/core/export/textexport.cpp" line="+33"/>
        <source>Cite as:</source>
        <translation>Kutip sebagai:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+111"/>
        <location filename="../../src/core/export/textexport.cpp" line="-21"/>
        <source>Quotes</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <location line="-71"/>
        <location filename="../../src/core/export/textexport.cpp" line="+9"/>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/core/export/textexport.cpp" line="+6"/>
        <source>Institutions</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/core/export/pdfexporter.cpp" line="+161"/>
        <source>Contents</source>
        <translation>Daftar Isi</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Also written: %1</source>
        <translation>Juga ditulis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/core/export/textexport.cpp" line="+40"/>
        <source>Positions over time</source>
        <translation>Jabatan dari waktu ke waktu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive has seen no position of this person.</source>
        <translation>Arsip belum mencatat jabatan tokoh ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seen</source>
        <translation>Tercatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The archive attributes no quote to this person.</source>
        <translation>Arsip tidak mencatat kutipan dari tokoh ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No quote of this person holds all these words.</source>
        <translation>Tidak ada kutipan tokoh ini yang memuat semua kata tersebut.</translation>
    </message>
    <message>
        <location filename="../../src/core/export/pdfexporter.cpp" line="-146"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Exported from Kliping on %1</source>
        <translation>Diekspor dari Kliping pada %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Kliping</source>
        <translation>Kliping</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
<context>
    <name>Lexicon</name>
    <message>
        <location filename="../../src/core/ingest/pagelexicon.cpp" line="+70"/>
        <location filename="../../src/core/ingest/siterules.cpp" line="+130"/>
        <source>%1, line %2: not understood</source>
        <translation>%1, baris %2: tidak dapat dipahami</translation>
    </message>
    <message>
        <location filename="../../src/core/text/tsvfile.cpp" line="+32"/>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/analysis/lexicon.cpp" line="+52"/>
        <source>%1, line %2: unknown kind &quot;%3&quot;</source>
        <translation>%1, baris %2: jenis &quot;%3&quot; tidak dikenal</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: empty entry</source>
        <translation>%1: entri kosong</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1: unknown use &quot;%2&quot;</source>
        <translation>%1: kegunaan &quot;%2&quot; tidak dikenal</translation>
    </message>
</context>
<context>
    <name>PageTextParser</name>
    <message>
        <location filename="../../src/core/ingest/pagetextparser.cpp" line="+23"/>
        <source>Line %1 of the text is %2 characters long (the limit is %3); it is not the text of an article. Check that the file is a news page.</source>
        <translation>Baris %1 teks ini panjangnya %2 karakter (batasnya %3); ini bukan teks sebuah artikel. Periksa apakah berkas ini halaman berita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text has more than %1 paragraphs; Kliping reads one article at a time, not a whole book or archive. Split it into its articles.</source>
        <translation>Teks ini memiliki lebih dari %1 paragraf; Kliping membaca satu artikel setiap kali, bukan seluruh buku atau arsip. Pecah teks ini menjadi artikel-artikelnya.</translation>
    </message>
</context>
<context>
    <name>QueryParser</name>
    <message>
        <location filename="../../src/core/archive/searchquery.cpp" line="+287"/>
        <source>The query is too long; only its first %1 characters were used.</source>
        <translation>Pencarian terlalu panjang; hanya %1 karakter pertama yang dipakai.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: needs something after it, e.g. %1:2024; it was ignored.</source>
        <translation>%1: perlu diikuti sesuatu, misalnya %1:2024; bagian ini diabaikan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only words can be excluded with -; -%1: was ignored.</source>
        <translation>Hanya kata yang dapat dikecualikan dengan -; -%1: diabaikan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is not a date. Write dates like 2025-06-19, 19/6/2025, &quot;19 Juni 2025&quot;, 2025-06 or 2025.</source>
        <translation>&quot;%1&quot; bukan tanggal. Tulis tanggal seperti 2025-06-19, 19/6/2025, &quot;19 Juni 2025&quot;, 2025-06 atau 2025.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Only the first %1 words of the query were used.</source>
        <translation>Hanya %1 kata pertama dari pencarian yang dipakai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period is empty: the start date comes after the end date.</source>
        <translation>Periodenya kosong: tanggal awal jatuh setelah tanggal akhir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody called &quot;%1&quot; is in the archive. Check the spelling, or type part of the name.</source>
        <translation>Tidak ada orang bernama &quot;%1&quot; di arsip. Periksa ejaannya, atau ketik sebagian namanya.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No institution called &quot;%1&quot; is in the archive. Try its acronym or another part of its name.</source>
        <translation>Tidak ada lembaga bernama &quot;%1&quot; di arsip. Coba singkatannya atau bagian lain dari namanya.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/core/archive/search.cpp" line="+138"/>
        <source>Type a word to search for, or a filter such as oleh:name or sejak:2024.</source>
        <translation>Ketik kata yang dicari, atau saringan seperti oleh:nama atau sejak:2024.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No archive is open.</source>
        <translation>Tidak ada arsip yang terbuka.</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+192"/>
        <location line="+85"/>
        <source>The search failed: %1</source>
        <translation>Pencarian gagal: %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Type the words that were said, e.g. who-said &quot;tidak ada toleransi&quot;.</source>
        <translation>Ketik kata-kata yang diucapkan, misalnya who-said &quot;tidak ada toleransi&quot;.</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <location filename="../../src/core/text/textdecoder.cpp" line="+208"/>
        <source>The file starts with a %1 byte-order mark but its bytes are not valid %1.</source>
        <translation>Berkas diawali penanda urutan bita (BOM) %1, tetapi isinya bukan %1 yang sah.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is not text (it holds binary data).</source>
        <translation>Berkas ini bukan teks (isinya data biner).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The text encoding could not be recognised.</source>
        <translation>Pengodean teks tidak dapat dikenali.</translation>
    </message>
</context>
<context>
    <name>UrlFetcher</name>
    <message>
        <location filename="../../src/core/ingest/urlfetcher.cpp" line="+24"/>
        <source>The server %1 could not be found. Check the link and your internet connection.</source>
        <translation>Server %1 tidak ditemukan. Periksa tautan dan koneksi internet Anda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 refused the connection.</source>
        <translation>Server %1 menolak sambungan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 closed the connection before answering.</source>
        <translation>Server %1 menutup sambungan sebelum menjawab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Server %1 tidak menjawab dalam %2 detik.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A secure (TLS) connection to %1 could not be made: %2</source>
        <translation>Sambungan aman (TLS) ke %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link redirects too many times.</source>
        <translation>Tautan ini dialihkan terlalu banyak kali.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link redirects from a secure (https) address to an insecure one.</source>
        <translation>Tautan ini dialihkan dari alamat aman (https) ke alamat yang tidak aman.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The link could not be fetched: %1</source>
        <translation>Tautan tidak dapat diambil: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a web link (http:// or https://).</source>
        <translation>%1 bukan tautan web (http:// atau https://).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The page is too large (over %1 MB).</source>
        <translation>Halaman terlalu besar (lebih dari %1 MB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered HTTP %1 %2 for %3.</source>
        <translation>Server menjawab HTTP %1 %2 untuk %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The link returns %1, not a web page or a news feed.</source>
        <translation>Tautan ini mengembalikan %1, bukan halaman web atau umpan berita.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server sent an empty page.</source>
        <translation>Server mengirim halaman kosong.</translation>
    </message>
</context>
<context>
    <name>kliping::gui::AnalysisPanel</name>
    <message>
        <location filename="../../src/gui/analysispanel.cpp" line="+86"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No article is shown.</source>
        <translation>Tidak ada artikel yang ditampilkan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No people found</source>
        <translation>Tidak ada orang yang ditemukan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranks and honorifics: %1</source>
        <translation>Pangkat dan gelar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Also named: %1</source>
        <translation>Juga disebut: %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+17"/>
        <source>Click to open the page of %1</source>
        <translation>Klik untuk membuka halaman %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Institutions</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No institutions found</source>
        <translation>Tidak ada lembaga yang ditemukan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quotes</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No quotes found</source>
        <translation>Tidak ada kutipan yang ditemukan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>kliping::gui::ArticleListModel</name>
    <message>
        <location filename="../../src/gui/articlelistmodel.cpp" line="+54"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
</context>
<context>
    <name>kliping::gui::ArticlesView</name>
    <message>
        <location filename="../../src/gui/articlesview.cpp" line="+12"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
</context>
<context>
    <name>kliping::gui::CorrectionRunner</name>
    <message>
        <location filename="../../src/gui/correctionrunner.cpp" line="+46"/>
        <source>The archive is busy; try again.</source>
        <translation>Arsip sedang sibuk; coba lagi.</translation>
    </message>
</context>
<context>
    <name>kliping::gui::ExportDialog</name>
    <message>
        <location filename="../../src/gui/exportdialog.cpp" line="+31"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to export</source>
        <translation>Yang diekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article being read</source>
        <translation>Artikel yang sedang dibaca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected articles (%1)</source>
        <translation>Artikel yang dipilih (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dossier of a person: positions and quotes</source>
        <translation>Dosier seorang tokoh: jabatan dan kutipan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only quotes with all these words (optional)</source>
        <translation>Hanya kutipan dengan semua kata ini (opsional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group quotes by year</source>
        <translation>Kelompokkan kutipan per tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group quotes by month</source>
        <translation>Kelompokkan kutipan per bulan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person:</source>
        <translation>Tokoh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words:</source>
        <translation>Kata:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document</source>
        <translation>Dokumen PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (HTML, one file)</source>
        <translation>Halaman web (HTML, satu berkas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes as CSV (spreadsheet)</source>
        <translation>Kutipan sebagai CSV (lembar kerja)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight quotes and list them with their speakers</source>
        <translation>Sorot kutipan dan daftarkan bersama pembicaranya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a box of the people and institutions</source>
        <translation>Tambahkan kotak tokoh dan lembaga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins:</source>
        <translation>Margin:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
</context>
<context>
    <name>kliping::gui::FeedsDialog</name>
    <message>
        <location filename="../../src/gui/feedsdialog.cpp" line="+30"/>
        <source>Feeds</source>
        <translation>Umpan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items taken</source>
        <translation>Butir diambil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last update</source>
        <translation>Pembaruan terakhir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Galat terakhir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No feeds yet. Subscribe with File ▸ Subscribe to Feed…</source>
        <translation>Belum ada umpan. Berlangganan lewat Berkas ▸ Berlangganan Umpan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feed Not Removed</source>
        <translation>Umpan Tidak Dihapus</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove Feed</source>
        <translation>Hapus Umpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following “%1”? The articles already taken from it stay in the archive.</source>
        <translation>Berhenti mengikuti “%1”? Artikel yang sudah diambil darinya tetap ada di arsip.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Archive Busy</source>
        <translation>Arsip Sedang Sibuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An import or update is still running. Remove the feed when it has finished.</source>
        <translation>Impor atau pembaruan masih berjalan. Hapus umpan setelah selesai.</translation>
    </message>
</context>
<context>
    <name>kliping::gui::FindBar</name>
    <message>
        <location filename="../../src/gui/findbar.cpp" line="+32"/>
        <source>Find in article</source>
        <translation>Cari di artikel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Temuan sebelumnya (Shift+F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (F3)</source>
        <translation>Temuan berikutnya (F3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No matches</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
</context>
<context>
    <name>kliping::gui::InstitutionPage</name>
    <message>
        <location filename="../../src/gui/institutionpage.cpp" line="+30"/>
        <source>Police</source>
        <translation>Kepolisian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Military</source>
        <translation>Militer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Government</source>
        <translation>Pemerintahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ministry</source>
        <translation>Kementerian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legislature</source>
        <translation>Lembaga legislatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Pengadilan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prosecution</source>
        <translation>Kejaksaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Badan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Political party</source>
        <translation>Partai politik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Civil society organisation</source>
        <translation>Organisasi masyarakat sipil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrections</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First seen</source>
        <translation>Pertama terlihat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Terakhir terlihat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People who held positions here</source>
        <translation>Orang yang pernah menjabat di sini</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Institution not found</source>
        <translation>Lembaga tidak ditemukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This institution is no longer in the archive.</source>
        <translation>Lembaga ini sudah tidak ada di arsip.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Kind:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Jenis:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Also named:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Juga disebut:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Part of:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Bagian dari:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Units:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Satuan di bawahnya:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quotes by its officials (%1)</source>
        <translation>Kutipan para pejabatnya (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (%1)</source>
        <translation>Artikel (%1)</translation>
    </message>
</context>
<context>
    <name>kliping::gui::LinkImportDialog</name>
    <message>
        <location filename="../../src/gui/linkimportdialog.cpp" line="+21"/>
        <source>Import from Link</source>
        <translation>Impor dari Tautan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links to news articles or feeds (http:// or https://), one on each line:</source>
        <translation>Tautan ke artikel berita atau umpan (http:// atau https://), satu per baris:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>“%1” is not a web link: a link starts with http:// or https://.</source>
        <translation>“%1” bukan tautan web: tautan diawali dengan http:// atau https://.</translation>
    </message>
</context>
<context>
    <name>kliping::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/mainwindow.cpp" line="+112"/>
        <source>Kliping</source>
        <translation>Kliping</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter by title or source</source>
        <translation>Saring menurut judul atau sumber</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Impor Berkas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import articles from text files</source>
        <translation>Impor artikel dari berkas teks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Folder…</source>
        <translation>Impor &amp;Folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import every article in a folder and its subfolders</source>
        <translation>Impor semua artikel dalam satu folder beserta subfoldernya</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Kliping</source>
        <translation>&amp;Tentang Kliping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter by title or source (%1)</source>
        <translation>Saring menurut judul atau sumber (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+503"/>
        <source>Import in Progress</source>
        <translation>Impor Sedang Berjalan</translation>
    </message>
    <message>
        <location line="-502"/>
        <source>An import is still running. Stop it and quit? The articles imported so far stay in the archive.</source>
        <translation>Impor masih berjalan. Hentikan dan keluar? Artikel yang sudah diimpor tetap ada di arsip.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1 — Kliping</source>
        <translation>%1 — Kliping</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Articles: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching articles: %1 of %2</source>
        <translation>Artikel yang cocok: %1 dari %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No article matches</source>
        <translation>Tidak ada artikel yang cocok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No title or source has all the words of the filter.</source>
        <translation>Tidak ada judul atau sumber yang memuat semua kata saringan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article selected</source>
        <translation>Belum ada artikel yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an article in the list to read it here.</source>
        <translation>Pilih artikel di daftar untuk membacanya di sini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive is empty</source>
        <translation>Arsip masih kosong</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The article cannot be shown</source>
        <translation>Artikel tidak dapat ditampilkan</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>Import Files</source>
        <translation>Impor Berkas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article text (*.txt *.text);;All files (*)</source>
        <translation>Teks artikel (*.txt *.text);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Folder</source>
        <translation>Impor Folder</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Stopping after the current file…</source>
        <translation>Berhenti setelah berkas yang sedang diproses…</translation>
    </message>
    <message>
        <location line="-1052"/>
        <source>Words must all be there; &quot;a phrase&quot;; -without; a OR b; oleh:name; lembaga:name; sumber:name; sejak:2025-01-01; sampai:2025-06-30</source>
        <translation>Semua kata harus ada; &quot;frasa persis&quot;; -tanpa; a ATAU b; oleh:nama; lembaga:nama; sumber:nama; sejak:2025-01-01; sampai:2025-06-30</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&lt;no corrections&gt;</source>
        <translation>&lt;belum ada koreksi&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrections</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export Dossier of %1…</source>
        <translation>Ekspor Dosier %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Analysis</source>
        <translation>Analisis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New Archive…</source>
        <translation>Arsip &amp;Baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start another archive in a new file</source>
        <translation>Mulai arsip lain dalam berkas baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Archive…</source>
        <translation>Buka &amp;Arsip…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work on another archive file</source>
        <translation>Bekerja dengan berkas arsip lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Buka yang Ba&amp;ru Dipakai</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import from &amp;Link…</source>
        <translation>Impor dari &amp;Tautan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import news articles from their web links</source>
        <translation>Impor artikel berita dari tautan webnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Subscribe to Feed…</source>
        <translation>&amp;Berlangganan Umpan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow a news feed and import its articles</source>
        <translation>Ikuti umpan berita dan impor artikelnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update Feeds</source>
        <translation>Perbar&amp;ui Umpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the new articles of every feed you follow</source>
        <translation>Impor artikel baru dari setiap umpan yang Anda ikuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manage Feeds…</source>
        <translation>Kel&amp;ola Umpan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the feeds you follow, their last update and errors</source>
        <translation>Lihat umpan yang Anda ikuti, pembaruan terakhirnya, dan galatnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save articles or a person&apos;s quotes as PDF, web page, Markdown, JSON or CSV</source>
        <translation>Simpan artikel atau kutipan seorang tokoh sebagai PDF, halaman web, Markdown, JSON atau CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Pre&amp;view…</source>
        <translation>Pratin&amp;jau Cetak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the pages of the selected articles before printing</source>
        <translation>Lihat halaman artikel yang dipilih sebelum dicetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the selected articles</source>
        <translation>Cetak artikel yang dipilih</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back Up Archive…</source>
        <translation>&amp;Cadangkan Arsip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy of the whole archive to another file</source>
        <translation>Simpan salinan seluruh arsip ke berkas lain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Pulihkan dari Cadangan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the archive by a backup copy</source>
        <translation>Ganti arsip dengan salinan cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;heck Archive…</source>
        <translation>P&amp;eriksa Arsip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for damage in the archive and repair what can be</source>
        <translation>Cari kerusakan dalam arsip dan perbaiki yang dapat diperbaiki</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste as &amp;New Article</source>
        <translation>&amp;Tempel sebagai Artikel Baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the copied text of an article</source>
        <translation>Impor teks artikel yang disalin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Cari di Artikel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>Cari Beri&amp;kutnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find Pre&amp;vious</source>
        <translation>Cari Se&amp;belumnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fi&amp;lter Articles…</source>
        <translation>&amp;Saring Artikel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search Articles…</source>
        <translation>&amp;Cari Artikel…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve Search…</source>
        <translation>Si&amp;mpan Pencarian…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this search in the sidebar to run it again</source>
        <translation>Simpan pencarian ini di bilah samping untuk dijalankan lagi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark People and Institutions</source>
        <translation>&amp;Tandai Orang dan Lembaga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour the people and institutions named in the article</source>
        <translation>Warnai orang dan lembaga yang disebut dalam artikel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Analysis Panel</source>
        <translation>Panel &amp;Analisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the people, institutions and quotes of the article</source>
        <translation>Tampilkan orang, lembaga, dan kutipan dalam artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Correction History</source>
        <translation>Riwayat &amp;Koreksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the corrections made, to undo or redo several at once</source>
        <translation>Tampilkan koreksi yang dibuat, untuk membatalkan atau mengulangi beberapa sekaligus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sidebar</source>
        <translation>Bilah &amp;Samping</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search &amp;Quotes…</source>
        <translation>Cari &amp;Kutipan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find what officials said: by official, words, institution and period</source>
        <translation>Temukan ucapan para pejabat: menurut pejabat, kata, lembaga, dan periode</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View &amp;Original</source>
        <translation>Lihat &amp;Asli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the article as it was imported: the text or the page source</source>
        <translation>Tampilkan artikel seperti saat diimpor: teksnya atau sumber halamannya</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search the archive (%1)</source>
        <translation>Cari di arsip (%1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This archive is read-only: the file cannot be written. You can read and search it, but not import or correct.</source>
        <translation>Arsip ini hanya-baca: berkasnya tidak dapat ditulisi. Anda dapat membaca dan mencarinya, tetapi tidak dapat mengimpor atau mengoreksi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This archive is read-only: another Kliping window has it open%1. Close it there to import or correct here.</source>
        <translation>Arsip ini hanya-baca: jendela Kliping lain sedang membukanya%1. Tutup di sana untuk mengimpor atau mengoreksi di sini.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This archive is read-only: another Kliping window has it open.</source>
        <translation>Arsip ini hanya-baca: jendela Kliping lain sedang membukanya.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This archive is read-only.</source>
        <translation>Arsip ini hanya-baca.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 (read-only) — Kliping</source>
        <translation>%1 (hanya-baca) — Kliping</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Import articles with File ▸ Import Files… or File ▸ Import from Link…, paste the text of an article with Edit ▸ Paste as New Article, or drop files and folders of saved article text onto this window.</source>
        <translation>Impor artikel lewat Berkas ▸ Impor Berkas… atau Berkas ▸ Impor dari Tautan…, tempel teks artikel lewat Sunting ▸ Tempel sebagai Artikel Baru, atau seret berkas dan folder berisi teks artikel ke jendela ini.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Correction Failed</source>
        <translation>Koreksi Gagal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The correction could not be made: %1</source>
        <translation>Koreksi tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+755"/>
        <source>Archive in Use</source>
        <translation>Arsip Sedang Dipakai</translation>
    </message>
    <message>
        <location line="-754"/>
        <source>An import or a correction is still being written to this archive. Wait for it to finish, then open the other archive.</source>
        <translation>Impor atau koreksi masih ditulis ke arsip ini. Tunggu hingga selesai, lalu buka arsip lain itu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Open Archive</source>
        <translation>Arsip Tidak Dapat Dibuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>Arsip %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Archive</source>
        <translation>Buka Arsip</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+695"/>
        <source>Kliping archives (*.sqlite);;All files (*)</source>
        <translation>Arsip Kliping (*.sqlite);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="-690"/>
        <source>New Archive</source>
        <translation>Arsip Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+668"/>
        <source>Kliping archives (*.sqlite)</source>
        <translation>Arsip Kliping (*.sqlite)</translation>
    </message>
    <message>
        <location line="-644"/>
        <source>No recent archives</source>
        <translation>Belum ada arsip yang baru dipakai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Kosongkan Menu</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Another import or feed update is still running. Wait for it to finish, then try again.</source>
        <translation>Impor atau pembaruan umpan lain masih berjalan. Tunggu hingga selesai, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+639"/>
        <source>Archive Is Read-Only</source>
        <translation>Arsip Hanya-Baca</translation>
    </message>
    <message>
        <location line="-612"/>
        <source>Nothing to Paste</source>
        <translation>Tidak Ada yang Dapat Ditempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clipboard holds no text. Copy the text of an article (its title, then its paragraphs) in the browser, then choose Paste as New Article again.</source>
        <translation>Papan klip tidak berisi teks. Salin teks artikel (judulnya, lalu paragrafnya) di peramban, lalu pilih lagi Tempel sebagai Artikel Baru.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pasted text (%1)</source>
        <translation>Teks yang ditempel (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No Feeds</source>
        <translation>Belum Ada Umpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You follow no feeds yet. Subscribe to one with File ▸ Subscribe to Feed…</source>
        <translation>Anda belum mengikuti umpan apa pun. Berlangganan lewat Berkas ▸ Berlangganan Umpan…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Backing up the archive…</source>
        <translation>Mencadangkan arsip…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the archive…</source>
        <translation>Memeriksa arsip…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repairing the archive…</source>
        <translation>Memperbaiki arsip…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stopping after the current feed…</source>
        <translation>Berhenti setelah umpan yang sedang diproses…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating Feeds</source>
        <translation>Memperbarui Umpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laying out the pages…</source>
        <translation>Menata halaman…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the files…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <location line="+334"/>
        <source>The search cannot run: %1</source>
        <translation>Pencarian tidak dapat dijalankan: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No article matches “%1”. Esc returns to all articles.</source>
        <translation>Tidak ada artikel yang cocok dengan “%1”. Esc kembali ke semua artikel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles found: %1; the best %2 are listed. Esc returns to all articles.</source>
        <translation>Artikel ditemukan: %1; %2 yang terbaik ditampilkan. Esc kembali ke semua artikel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles found: %1. Esc returns to all articles.</source>
        <translation>Artikel ditemukan: %1. Esc kembali ke semua artikel.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save Search</source>
        <translation>Simpan Pencarian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A name for the search “%1”:</source>
        <translation>Nama untuk pencarian “%1”:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search saved as “%1”.</source>
        <translation>Pencarian disimpan sebagai “%1”.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Run Search</source>
        <translation>&amp;Jalankan Pencarian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Saved Search</source>
        <translation>&amp;Hapus Pencarian Tersimpan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Quotes</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back Up Archive</source>
        <translation>Cadangkan Arsip</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+100"/>
        <source>Backup Failed</source>
        <translation>Pencadangan Gagal</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>A backup cannot replace the archive itself. Choose another file.</source>
        <translation>Cadangan tidak boleh menimpa arsip itu sendiri. Pilih berkas lain.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Restore from Backup</source>
        <translation>Pulihkan dari Cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the archive %1 by the backup %2? Everything imported or corrected since the backup is replaced; the archive as it is now is kept beside it as a .bak file.</source>
        <translation>Ganti arsip %1 dengan cadangan %2? Semua yang diimpor atau dikoreksi sejak pencadangan akan tergantikan; arsip dalam keadaan sekarang disimpan di sebelahnya sebagai berkas .bak.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No archive is open</source>
        <translation>Tidak ada arsip yang terbuka</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An import or a correction is still being written to this archive. Wait for it to finish, then restore.</source>
        <translation>Impor atau koreksi masih sedang ditulis ke arsip ini. Tunggu sampai selesai, lalu pulihkan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Restore Failed</source>
        <translation>Pemulihan Gagal</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The backup %1 was not restored: %2 The archive is as it was.</source>
        <translation>Cadangan %1 tidak dipulihkan: %2 Arsip tetap seperti semula.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was restored but cannot be opened: %1</source>
        <translation>Cadangan sudah dipulihkan tetapi tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive Restored</source>
        <translation>Arsip Dipulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The archive is now the backup %1 (%2 articles). The archive as it was is kept beside it as a .bak file.</source>
        <translation>Arsip sekarang adalah cadangan %1 (%2 artikel). Arsip sebelumnya disimpan di sebelahnya sebagai berkas .bak.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Backup Made</source>
        <translation>Cadangan Dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The archive was copied. Keep the copy on another disk to be safe.</source>
        <translation>Arsip sudah disalin. Simpan salinannya di disk lain agar aman.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be made: %1</source>
        <translation>Cadangan tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The repair failed: %1</source>
        <translation>Perbaikan gagal: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive was repaired: no problem is left.</source>
        <translation>Arsip sudah diperbaiki: tidak ada masalah yang tersisa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems found: the archive is in good order.</source>
        <translation>Tidak ditemukan masalah: arsip dalam keadaan baik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems found:</source>
        <translation>Masalah yang ditemukan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check Archive</source>
        <translation>Periksa Arsip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Repair</source>
        <translation>&amp;Perbaiki</translation>
    </message>
    <message>
        <location line="-589"/>
        <source>Reading the feeds…</source>
        <translation>Membaca umpan…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting… %1%</source>
        <translation>Mengekspor… %1%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Updating feed %1 of %2: %3</source>
        <translation>Memperbarui umpan %1 dari %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing %1 of %2: %3</source>
        <translation>Mengimpor %1 dari %2: %3</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Import Cancelled</source>
        <translation>Impor Dibatalkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Finished</source>
        <translation>Impor Selesai</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Feed Update Cancelled</source>
        <translation>Pembaruan Umpan Dibatalkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feeds Updated</source>
        <translation>Umpan Diperbarui</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Dossier %1</source>
        <translation>Dosier %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kliping %1 articles</source>
        <translation>Kliping %1 artikel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 files (*.%2)</source>
        <translation>Berkas %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Printing Cancelled</source>
        <translation>Pencetakan Dibatalkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printing Failed</source>
        <translation>Pencetakan Gagal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was printed.</source>
        <translation>Tidak ada yang dicetak.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n halaman dikirim ke pencetak.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Cancelled</source>
        <translation>Ekspor Dibatalkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Failed</source>
        <translation>Ekspor Gagal</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Tersimpan %1 (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1.</source>
        <translation>Tersimpan %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Finished</source>
        <translation>Ekspor Selesai</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Welcome to Kliping</source>
        <translation>Selamat Datang di Kliping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The archive is empty. Import a sample news article to see how Kliping shows it?</source>
        <translation>Arsip masih kosong. Impor satu contoh artikel berita untuk melihat cara Kliping menampilkannya?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kliping sample article</source>
        <translation>Contoh artikel Kliping</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About Kliping</source>
        <translation>Tentang Kliping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Kliping %1&lt;/h3&gt;&lt;p&gt;A desktop archive of Indonesian institutional news: keep articles from police, city halls, ministries and regional parliaments in one place, read them and find who said what.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kliping %1&lt;/h3&gt;&lt;p&gt;Arsip desktop untuk berita kelembagaan Indonesia: simpan artikel tentang kepolisian, pemerintah kota, kementerian, dan DPRD di satu tempat, baca, dan temukan siapa mengatakan apa.&lt;/p&gt;&lt;p&gt;Arsip: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kliping::gui::OriginalDialog</name>
    <message>
        <location filename="../../src/gui/originaldialog.cpp" line="+32"/>
        <source>Original of “%1”</source>
        <translation>Asli dari “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type: %1</source>
        <translation>Jenis: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: %1</source>
        <translation>Ukuran: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read as: %1</source>
        <translation>Dibaca sebagai: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: %1</source>
        <translation>Dari: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The archive holds no original for this article.</source>
        <translation>Arsip tidak menyimpan berkas asli artikel ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The original cannot be shown as text: %1</source>
        <translation>Berkas asli tidak dapat ditampilkan sebagai teks: %1</translation>
    </message>
</context>
<context>
    <name>kliping::gui::PersonMatchModel</name>
    <message numerus="yes">
        <location filename="../../src/gui/personpicker.cpp" line="+43"/>
        <source>%1 (as “%2”) · %n quote(s)</source>
        <translation>
            <numerusform>%1 (sebagai “%2”) · %n kutipan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %n quote(s)</source>
        <translation>
            <numerusform>%1 · %n kutipan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kliping::gui::PersonPage</name>
    <message>
        <location filename="../../src/gui/personpage.cpp" line="+57"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Ganti Nama…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the person another name everywhere in the archive</source>
        <translation>Beri orang ini nama lain di seluruh arsip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge With…</source>
        <translation>Ga&amp;bungkan Dengan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another person of the archive is the same person</source>
        <translation>Orang lain di arsip sebenarnya orang yang sama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Split Articles Off…</source>
        <translation>&amp;Pisahkan Artikel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some articles are about someone else with the same name</source>
        <translation>Beberapa artikel tentang orang lain yang bernama sama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First seen</source>
        <translation>Pertama terlihat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Terakhir terlihat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Positions over time</source>
        <translation>Jabatan dari waktu ke waktu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Person not found</source>
        <translation>Orang tidak ditemukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person is no longer in the archive.</source>
        <translation>Orang ini sudah tidak ada di arsip.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Ranks and honorifics:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pangkat dan gelar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Also named:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Juga disebut:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Institutions:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Lembaga:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles: %1 · Quotes: %2</source>
        <translation>Artikel: %1 · Kutipan: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quotes (%1)</source>
        <translation>Kutipan (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (%1)</source>
        <translation>Artikel (%1)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Rename Person</source>
        <translation>Ganti Nama Orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of %1 everywhere in the archive:</source>
        <translation>Nama %1 di seluruh arsip:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Merge With</source>
        <translation>Gabungkan Dengan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who else is %1? Their articles, quotes and positions become %1&apos;s.</source>
        <translation>Siapa lagi yang sebenarnya %1? Artikel, kutipan, dan jabatannya menjadi milik %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Open Article</source>
        <translation>&amp;Buka Artikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Attribute to Another Person…</source>
        <translation>&amp;Atribusikan kepada Orang Lain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute Quote</source>
        <translation>Atribusikan Kutipan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who said this quote?</source>
        <translation>Siapa yang mengucapkan kutipan ini?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Not a Quote</source>
        <translation>B&amp;ukan Kutipan</translation>
    </message>
</context>
<context>
    <name>kliping::gui::PersonPicker</name>
    <message>
        <location filename="../../src/gui/personpicker.cpp" line="+25"/>
        <source>Type a name, an alias or part of one</source>
        <translation>Ketik nama, alias, atau sebagiannya</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Chosen: %1</source>
        <translation>Dipilih: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No person of the archive has this name.</source>
        <translation>Tidak ada orang di arsip yang bernama ini.</translation>
    </message>
</context>
<context>
    <name>kliping::gui::QuoteSearchModel</name>
    <message>
        <location filename="../../src/gui/quotesearchmodel.cpp" line="+127"/>
        <source>Speaker unknown</source>
        <translation>Pembicara tidak diketahui</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official</source>
        <translation>Pejabat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position then</source>
        <translation>Jabatan saat itu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>kliping::gui::QuoteSearchPage</name>
    <message>
        <location filename="../../src/gui/quotesearchpage.cpp" line="+65"/>
        <location line="+1"/>
        <source>any</source>
        <translation>kapan saja</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anyone — type a name, an alias or part of one</source>
        <translation>Siapa saja — ketik nama, alias, atau sebagiannya</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Words, &quot;a phrase&quot;, -without, a OR b</source>
        <translation>Kata, &quot;frasa persis&quot;, -tanpa, a ATAU b</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any institution — a name or an acronym</source>
        <translation>Lembaga apa saja — nama atau singkatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All quotes</source>
        <translation>Semua kutipan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct quotes</source>
        <translation>Kutipan langsung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indirect quotes</source>
        <translation>Kutipan tidak langsung</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Official:</source>
        <translation>&amp;Pejabat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Words:</source>
        <translation>&amp;Kata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Institution:</source>
        <translation>&amp;Lembaga:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to:</source>
        <translation>&amp;sampai:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No one in the archive is called “%1”.</source>
        <translation>Tidak ada orang di arsip yang bernama “%1”.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No quote matches.</source>
        <translation>Tidak ada kutipan yang cocok.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 quotes found.</source>
        <translation>%1 kutipan pertama yang ditemukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes found: %1</source>
        <translation>Kutipan ditemukan: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(quotes of %1)</source>
        <translation>(kutipan %1)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Open Article</source>
        <translation>&amp;Buka Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy Quote with Citation</source>
        <translation>&amp;Salin Kutipan dengan Sumbernya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attribute to Another Person…</source>
        <translation>&amp;Atribusikan kepada Orang Lain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute Quote</source>
        <translation>Atribusikan Kutipan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who said this quote?</source>
        <translation>Siapa yang mengucapkan kutipan ini?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Not a Quote</source>
        <translation>B&amp;ukan Kutipan</translation>
    </message>
</context>
<context>
    <name>kliping::gui::QuoteTableModel</name>
    <message>
        <location filename="../../src/gui/quotetablemodel.cpp" line="+44"/>
        <source>Speaker unknown</source>
        <translation>Pembicara tidak diketahui</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker</source>
        <translation>Pembicara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>kliping::gui::QuotesView</name>
    <message>
        <location filename="../../src/gui/quotesview.cpp" line="+22"/>
        <source>Filter quotes by words</source>
        <translation>Saring kutipan menurut kata</translation>
    </message>
</context>
<context>
    <name>kliping::gui::SearchResultsModel</name>
    <message>
        <location filename="../../src/gui/searchresultsmodel.cpp" line="+87"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it matched</source>
        <translation>Bagian yang cocok</translation>
    </message>
</context>
<context>
    <name>kliping::gui::SettingsDialog</name>
    <message>
        <location filename="../../src/gui/settingsdialog.cpp" line="+39"/>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language takes effect when Kliping is started again.</source>
        <translation>Bahasa baru berlaku setelah Kliping dijalankan ulang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Archive Location</source>
        <translation>Lokasi Arsip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kliping archives (*.sqlite)</source>
        <translation>Arsip Kliping (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User Lexicon</source>
        <translation>Leksikon Pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lexicon files (*.tsv *.txt);;All files (*)</source>
        <translation>Berkas leksikon (*.tsv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None: the built-in lexicon only</source>
        <translation>Tidak ada: hanya leksikon bawaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your titles, names and institutions for the analysis of the articles you import from now on (see the lexicon format in the user guide).</source>
        <translation>Jabatan, nama, dan lembaga Anda sendiri untuk analisis artikel yang Anda impor mulai sekarang (lihat format leksikon di panduan pengguna).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reader &amp;font size:</source>
        <translation>&amp;Ukuran huruf pembaca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive:</source>
        <translation>&amp;Arsip:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;lexicon:</source>
        <translation>&amp;Leksikon pengguna:</translation>
    </message>
</context>
<context>
    <name>kliping::gui::SidebarModel</name>
    <message>
        <location filename="../../src/gui/sidebarmodel.cpp" line="+39"/>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Institutions</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds</source>
        <translation>Umpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved searches</source>
        <translation>Pencarian tersimpan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>None yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search with Ctrl+K, then choose Save Search…</source>
        <translation>Cari dengan Ctrl+K, lalu pilih Simpan Pencarian…</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>%1: %2 quotes</source>
        <translation>%1: %2 kutipan</translation>
    </message>
</context>
<context>
    <name>kliping::gui::SplitDialog</name>
    <message>
        <location filename="../../src/gui/splitdialog.cpp" line="+21"/>
        <source>Split Articles Off</source>
        <translation>Pisahkan Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the articles that are about someone other than %1, and name that person.</source>
        <translation>Centang artikel yang sebenarnya tentang orang selain %1, lalu beri nama orang itu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Split Off</source>
        <translation>Pisahkan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name of the other person:</source>
        <translation>&amp;Nama orang lain itu:</translation>
    </message>
</context>
<context>
    <name>kliping::gui::SubscribeFeedDialog</name>
    <message>
        <location filename="../../src/gui/subscribefeeddialog.cpp" line="+24"/>
        <source>Subscribe to Feed</source>
        <translation>Berlangganan Umpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link of a news feed (RSS or Atom), or a feed file:</source>
        <translation>Tautan umpan berita (RSS atau Atom), atau berkas umpan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose &amp;File…</source>
        <translation>Pilih &amp;Berkas…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its new items are imported now and whenever you choose File ▸ Update Feeds.</source>
        <translation>Butir barunya diimpor sekarang dan setiap kali Anda memilih Berkas ▸ Perbarui Umpan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Subscribe</source>
        <translation>&amp;Berlangganan</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a Feed File</source>
        <translation>Pilih Berkas Umpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feeds (*.xml *.rss *.atom *.rdf);;All files (*)</source>
        <translation>Umpan (*.xml *.rss *.atom *.rdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is neither a web link (http:// or https://) nor an existing file.</source>
        <translation>Ini bukan tautan web (http:// atau https://) dan bukan berkas yang ada.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+30"/>
        <source>Kliping: an archive of Indonesian institutional news.</source>
        <translation>Kliping: arsip berita kelembagaan Indonesia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the archive at PATH instead of the last one.</source>
        <translation>Gunakan arsip di PATH, bukan arsip terakhir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
</context>
</TS>
