<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>Analyzer</name>
    <message>
        <location filename="../../src/core/analysis/analyzer.cpp" line="+73" />
        <source>The article is too long to analyse (%1 characters; the limit is %2): it is kept without people, institutions and quotes.</source>
        <translation>Artikel terlalu panjang untuk dianalisis (%1 karakter; batasnya %2): artikel disimpan tanpa orang, lembaga, dan kutipan.</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../src/core/archive/archive.cpp" line="+139" />
        <source>%1 is a folder, not an archive file.</source>
        <translation>%1 adalah folder, bukan berkas arsip.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The archive %1 cannot be read: %2</source>
        <translation>Arsip %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a Kliping archive (it is not an SQLite database). Choose another file or a new name.</source>
        <translation>%1 bukan arsip Kliping (bukan basis data SQLite). Pilih berkas lain atau nama baru.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The folder for the archive cannot be created: %1</source>
        <translation>Folder untuk arsip tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+9" />
        <source>The archive %1 cannot be opened: %2</source>
        <translation>Arsip %1 tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is not a readable Kliping archive: %2</source>
        <translation>%1 bukan arsip Kliping yang dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is an SQLite database of another program, not a Kliping archive.</source>
        <translation>%1 adalah basis data SQLite milik program lain, bukan arsip Kliping.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The archive %1 was written by a newer version of Kliping (archive version %2; this program knows up to %3). Update Kliping to open it; the file has not been changed.</source>
        <translation>Arsip %1 ditulis oleh Kliping versi yang lebih baru (versi arsip %2; program ini hanya mengenal sampai %3). Perbarui Kliping untuk membukanya; berkas itu tidak diubah.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The archive %1 cannot be prepared: %2</source>
        <translation>Arsip %1 tidak dapat disiapkan: %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The archive %1 could not be upgraded: %2</source>
        <translation>Arsip %1 tidak dapat ditingkatkan: %2</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Before upgrading, a backup copy %1 could not be written: %2</source>
        <translation>Sebelum peningkatan, salinan cadangan %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>migration %1 failed: %2</source>
        <translation>migrasi %1 gagal: %2</translation>
    </message>
    <message>
        <location line="+329" />
        <location line="+143" />
        <location line="+170" />
        <source>No archive is open.</source>
        <translation>Tidak ada arsip yang terbuka.</translation>
    </message>
    <message>
        <location line="-307" />
        <source>There is no article #%1 in the archive.</source>
        <translation>Tidak ada artikel #%1 di arsip.</translation>
    </message>
    <message>
        <location line="+333" />
        <source>There is no feed #%1.</source>
        <translation>Tidak ada umpan #%1.</translation>
    </message>
</context>
<context>
    <name>ArchiveCare</name>
    <message>
        <location filename="../../src/core/archive/archivecare.cpp" line="+74" />
        <source>SQLite reports damage: %1</source>
        <translation>SQLite melaporkan kerusakan: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n row(s) point to rows that do not exist (first: %1).</source>
        <translation>
            <numerusform>%n baris merujuk ke baris yang tidak ada (yang pertama: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>The full-text index %1 does not match the archive (%2); repair rebuilds it.</source>
        <translation>Indeks teks lengkap %1 tidak cocok dengan arsip (%2); perbaikan membangunnya ulang.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n article(s) lack their original bytes.</source>
        <translation>
            <numerusform>%n artikel tidak memiliki bita aslinya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n person(s) are named by no article any more; repair removes them.</source>
        <translation>
            <numerusform>%n orang tidak lagi disebut oleh artikel mana pun; perbaikan menghapusnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n article(s) have not been analysed; kliping-cli reanalyze does it.</source>
        <translation>
            <numerusform>%n artikel belum dianalisis; kliping-cli reanalyze melakukannya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24" />
        <source>The repair failed and changed nothing: %1</source>
        <translation>Perbaikan gagal dan tidak mengubah apa pun: %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The backup %1 could not be written: %2</source>
        <translation>Cadangan %1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The backup could not be put in place at %1.</source>
        <translation>Cadangan tidak dapat ditempatkan di %1.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The backup %1 does not exist.</source>
        <translation>Cadangan %1 tidak ada.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The backup %1 cannot be read.</source>
        <translation>Cadangan %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 cannot be restored: %2</source>
        <translation>%1 tidak dapat dipulihkan: %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The backup %1 is damaged; the archive was left as it was.</source>
        <translation>Cadangan %1 rusak; arsip dibiarkan seperti semula.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The archive %1 could not be set aside before the restore.</source>
        <translation>Arsip %1 tidak dapat disisihkan sebelum pemulihan.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The restored archive could not be put in place at %1.</source>
        <translation>Arsip yang dipulihkan tidak dapat ditempatkan di %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveChooser</name>
    <message>
        <location filename="../../src/gui/archivechooser.cpp" line="+15" />
        <source>Open or Create an Archive</source>
        <translation>Buka atau Buat Arsip</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kliping archives (*.sqlite *.kliping);;All files (*)</source>
        <translation>Arsip Kliping (*.sqlite *.kliping);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Kliping</source>
        <translation>Kliping</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The archive cannot be opened.</source>
        <translation>Arsip tidak dapat dibuka.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose Another File…</source>
        <translation>Pilih Berkas Lain…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <location filename="../../src/gui/articlehtml.cpp" line="+61" />
        <source>Direct quote</source>
        <translation>Kutipan langsung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Indirect quote</source>
        <translation>Kutipan tidak langsung</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Speaker unknown</source>
        <translation>Pembicara tidak diketahui</translation>
    </message>
    <message>
        <location line="+28" />
        <source>By %1</source>
        <translation>Oleh %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Editor: %1</source>
        <translation>Editor: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Only a summary of this article was available.</source>
        <translation>Hanya ringkasan artikel ini yang tersedia.</translation>
    </message>
    <message>
        <location line="+82" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Person: %1</source>
        <translation>Orang: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Institution: %1</source>
        <translation>Lembaga: %1</translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <location filename="../../src/core/archive/articleimporter.cpp" line="+92" />
        <source>The archive could not store it: %1</source>
        <translation>Arsip tidak dapat menyimpannya: %1</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <location filename="../../src/core/archive/corrections.cpp" line="+161" />
        <source>Merging needs two different people of the archive.</source>
        <translation>Penggabungan memerlukan dua orang yang berbeda dari arsip.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>These two are already one person.</source>
        <translation>Keduanya sudah menjadi satu orang.</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+58" />
        <location line="+54" />
        <source>There is no person #%1.</source>
        <translation>Tidak ada orang #%1.</translation>
    </message>
    <message>
        <location line="-97" />
        <source>None of these articles names person #%1.</source>
        <translation>Tidak satu pun artikel ini menyebut orang #%1.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>A person needs a name.</source>
        <translation>Seseorang memerlukan nama.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Person #%1 is already called %2; merge the two instead.</source>
        <translation>Orang #%1 sudah bernama %2; gabungkan keduanya saja.</translation>
    </message>
    <message>
        <location line="+37" />
        <location line="+35" />
        <source>There is no quote #%1.</source>
        <translation>Tidak ada kutipan #%1.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>There is no correction #%1.</source>
        <translation>Tidak ada koreksi #%1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Correction #%1 was already undone.</source>
        <translation>Koreksi #%1 sudah dibatalkan.</translation>
    </message>
</context>
<context>
    <name>DocumentParser</name>
    <message>
        <location filename="../../src/core/ingest/documentparser.cpp" line="+36" />
        <source>No article text was found: after removing the page's navigation and adverts nothing was left.</source>
        <translation>Teks artikel tidak ditemukan: setelah navigasi dan iklan halaman dibuang, tidak ada yang tersisa.</translation>
    </message>
    <message numerus="yes">
        <location line="+42" />
        <source>The file holds %n articles; import it instead.</source>
        <translation>
            <numerusform>Berkas ini berisi %n artikel; impor berkas ini saja.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>This kind of file (%1) cannot be imported yet.</source>
        <translation>Jenis berkas ini (%1) belum dapat diimpor.</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <location filename="../../src/core/ingest/documentreader.cpp" line="+113" />
        <source>The link returns binary data, not a page.</source>
        <translation>Tautan ini mengembalikan data biner, bukan halaman.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The file does not exist.</source>
        <translation>Berkas tidak ada.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This is a folder, not a file.</source>
        <translation>Ini folder, bukan berkas.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file is too large (%1 MB; the limit is %2 MB).</source>
        <translation>Berkas terlalu besar (%1 MB; batasnya %2 MB).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file cannot be read: %1</source>
        <translation>Berkas tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The file is too large (the limit is %1 MB).</source>
        <translation>Berkas terlalu besar (batasnya %1 MB).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file is not text (it holds binary data).</source>
        <translation>Berkas ini bukan teks (isinya data biner).</translation>
    </message>
</context>
<context>
    <name>FeedReader</name>
    <message>
        <location filename="../../src/core/ingest/feedreader.cpp" line="+113" />
        <source>This XML file is not a news feed (its root element is &lt;%1&gt;, not &lt;rss&gt;, &lt;rdf:RDF&gt; or &lt;feed&gt;).</source>
        <translation>Berkas XML ini bukan umpan berita (elemen akarnya &lt;%1&gt;, bukan &lt;rss&gt;, &lt;rdf:RDF&gt; atau &lt;feed&gt;).</translation>
    </message>
    <message>
        <location line="+63" />
        <source>The feed has more than %1 items; only the first %1 were read.</source>
        <translation>Umpan ini memiliki lebih dari %1 item; hanya %1 item pertama yang dibaca.</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>The feed's XML is broken at line %1, column %2: %3. %n item(s) before that point were read.</source>
        <translation>
            <numerusform>XML umpan rusak pada baris %1, kolom %2: %3. %n item sebelum titik itu sudah dibaca.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>This is not a news feed: %1.</source>
        <translation>Ini bukan umpan berita: %1.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is not a news feed: the file holds no XML element.</source>
        <translation>Ini bukan umpan berita: berkas tidak berisi elemen XML.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The feed item has neither a title nor any text.</source>
        <translation>Item umpan ini tidak memiliki judul maupun teks.</translation>
    </message>
</context>
<context>
    <name>FeedUpdateSummary</name>
    <message>
        <location filename="../../src/gui/feedupdatesummary.cpp" line="+28" />
        <source>%1: error: %2</source>
        <translation>%1: galat: %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: new articles: %2</source>
        <translation>%1: artikel baru: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, failed: %1</source>
        <translation>, gagal: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  The feed could not be read: %1</source>
        <translation>  Umpan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>  New articles: %1, already in the archive: %2, failed: %3</source>
        <translation>  Artikel baru: %1, sudah ada di arsip: %2, gagal: %3</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No feed was updated.</source>
        <translation>Tidak ada umpan yang diperbarui.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Further feeds: %1 (see the details)</source>
        <translation>Umpan lainnya: %1 (lihat rinciannya)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>New articles in all: %1</source>
        <translation>Seluruh artikel baru: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the details to see what failed and why.</source>
        <translation>Tampilkan rinciannya untuk melihat apa yang gagal dan sebabnya.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The update was cancelled; the feeds not yet read are updated next time.</source>
        <translation>Pembaruan dibatalkan; umpan yang belum dibaca akan diperbarui lain kali.</translation>
    </message>
</context>
<context>
    <name>HtmlPageParser</name>
    <message>
        <location filename="../../src/core/ingest/htmlpageparser.cpp" line="+702" />
        <source>The page is larger than %1 MB; Kliping does not read pages this large.</source>
        <translation>Halaman lebih besar dari %1 MB; Kliping tidak membaca halaman sebesar ini.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The page's markup is nested more than %1 levels deep; it is not a web page Kliping can read.</source>
        <translation>Markah halaman bersarang lebih dari %1 tingkat; ini bukan halaman web yang dapat dibaca Kliping.</translation>
    </message>
    <message>
        <location line="+129" />
        <source>The page has more than %1 paragraphs; Kliping reads one article per page, not a whole book or archive.</source>
        <translation>Halaman memiliki lebih dari %1 paragraf; Kliping membaca satu artikel per halaman, bukan seluruh buku atau arsip.</translation>
    </message>
    <message>
        <location line="+230" />
        <source>This page is a list of articles (a home or index page), not an article. Open the article itself and save that page.</source>
        <translation>Halaman ini adalah daftar artikel (beranda atau halaman indeks), bukan artikel. Buka artikelnya sendiri lalu simpan halaman itu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No article text was found on this page: after removing its navigation, adverts and lists of other articles nothing was left.</source>
        <translation>Tidak ada teks artikel di halaman ini: setelah navigasi, iklan, dan daftar artikel lain dibuang, tidak ada yang tersisa.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../src/gui/importsummary.cpp" line="+35" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Imported: %1</source>
        <translation>Diimpor: %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Already in the archive: %1</source>
        <translation>Sudah ada di arsip: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed: %1</source>
        <translation>Gagal: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show the details to see each file or link that failed and why.</source>
        <translation>Tampilkan rinciannya untuk melihat setiap berkas atau tautan yang gagal dan sebabnya.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The import was cancelled; what was imported before stays in the archive.</source>
        <translation>Impor dibatalkan; artikel yang sudah diimpor sebelumnya tetap ada di arsip.</translation>
    </message>
</context>
<context>
    <name>JsonLinesReader</name>
    <message>
        <location filename="../../src/core/ingest/jsonlinesreader.cpp" line="+65" />
        <source>The record has no article text ("body").</source>
        <translation>Rekaman ini tidak memiliki teks artikel ("body").</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Line %1 is too long (%2 characters; the limit is %3).</source>
        <translation>Baris %1 terlalu panjang (%2 karakter; batasnya %3).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Line %1 is not valid JSON: %2 (at character %3).</source>
        <translation>Baris %1 bukan JSON yang sah: %2 (pada karakter %3).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Line %1 is not a JSON object.</source>
        <translation>Baris %1 bukan objek JSON.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file holds no JSON lines.</source>
        <translation>Berkas ini tidak berisi baris JSON.</translation>
    </message>
</context>
<context>
    <name>KlipingCli</name>
    <message>
        <location filename="../../src/cli/clicommands.cpp" line="+699" />
        <location filename="../../src/cli/clicontext.cpp" line="+35" />
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <location filename="../../src/cli/clicontext.cpp" line="+4" />
        <source>Try: kliping-cli %1 --help</source>
        <translation>Coba: kliping-cli %1 --help</translation>
    </message>
    <message>
        <location filename="../../src/cli/clicommands.cpp" line="-645" />
        <source>Files, folders or links (http/https) to import.</source>
        <translation>Berkas, folder, atau tautan (http/https) yang akan diimpor.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+261" />
        <source>Do not fetch the pages that feed items link to.</source>
        <translation>Jangan mengambil halaman yang ditautkan oleh item umpan.</translation>
    </message>
    <message>
        <location line="-258" />
        <source>Import articles from files, folders, links, feeds and JSON Lines.</source>
        <translation>Impor artikel dari berkas, folder, tautan, umpan, dan JSON Lines.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Name at least one file or folder to import.</source>
        <translation>Sebutkan setidaknya satu berkas atau folder untuk diimpor.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>imported   #%1  %2  (%3)</source>
        <translation>diimpor    #%1  %2  (%3)</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+187" />
        <source>note       %1: %2</source>
        <translation>catatan    %1: %2</translation>
    </message>
    <message>
        <location line="-184" />
        <source>duplicate  #%1  %2  (%3) is already in the archive</source>
        <translation>duplikat   #%1  %2  (%3) sudah ada di arsip</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+169" />
        <location line="+108" />
        <source>failed     %1: %2</source>
        <translation>gagal      %1: %2</translation>
    </message>
    <message>
        <location line="-273" />
        <source>Imported %1, duplicates %2, failed %3.</source>
        <translation>Diimpor %1, duplikat %2, gagal %3.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Show at most N articles.</source>
        <translation>Tampilkan paling banyak N artikel.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sort by date (newest first), title or source.</source>
        <translation>Urutkan menurut tanggal (terbaru dahulu), judul, atau sumber.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only articles whose title or source has these words.</source>
        <translation>Hanya artikel yang judul atau sumbernya memuat kata-kata ini.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the articles in the archive.</source>
        <translation>Daftar artikel di arsip.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Unknown sort order %1; use date, title or source.</source>
        <translation>Urutan %1 tidak dikenal; gunakan date, title, atau source.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--limit takes a whole number.</source>
        <translation>--limit memerlukan bilangan bulat.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The article's number (see list).</source>
        <translation>Nomor artikel (lihat list).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the original bytes as imported instead.</source>
        <translation>Cetak bita asli seperti saat diimpor.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show an article: metadata and text.</source>
        <translation>Tampilkan artikel: metadata dan teks.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give one article number, e.g. kliping-cli show 1.</source>
        <translation>Berikan satu nomor artikel, misalnya kliping-cli show 1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no article #%1 in the archive.</source>
        <translation>Tidak ada artikel #%1 di arsip.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Published</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Writer</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Caption</source>
        <translation>Keterangan foto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Original</source>
        <translation>Asli</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show what the archive holds.</source>
        <translation>Tampilkan isi arsip.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Archive:   %1</source>
        <translation>Arsip:     %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version:   %1</source>
        <translation>Versi:     %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles:  %1</source>
        <translation>Artikel:   %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources:   %1</source>
        <translation>Sumber:    %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Originals: %1</source>
        <translation>Asli:      %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Published: %1 to %2</source>
        <translation>Terbit:    %1 sampai %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Files to analyse.</source>
        <translation>Berkas yang akan dianalisis.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print one JSON object per file (JSON Lines).</source>
        <translation>Cetak satu objek JSON per berkas (JSON Lines).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Parse and analyse files as an import would, without touching an archive.</source>
        <translation>Uraikan dan analisis berkas seperti saat impor, tanpa menyentuh arsip.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name at least one file to analyse.</source>
        <translation>Sebutkan setidaknya satu berkas untuk dianalisis.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Analyse every article again, not only those analysed by an older version.</source>
        <translation>Analisis ulang semua artikel, tidak hanya yang dianalisis oleh versi lama.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Analyse the archived articles again with this version's rules and lexicon.</source>
        <translation>Analisis ulang artikel dalam arsip dengan aturan dan leksikon versi ini.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Re-analysis stopped: %1</source>
        <translation>Analisis ulang terhenti: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Analysed %n article(s) again.</source>
        <translation>
            <numerusform>%n artikel dianalisis ulang.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>add LINK|FILE, list, update, or remove ID.</source>
        <translation>add TAUTAN|BERKAS, list, update, atau remove ID.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Subscribe to news feeds and import their new items.</source>
        <translation>Berlangganan umpan berita dan impor item barunya.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is neither a link nor an existing file.</source>
        <translation>%1 bukan tautan maupun berkas yang ada.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Feed #%1: %2</source>
        <translation>Umpan #%1: %2</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Feed #%1 %2:</source>
        <translation>Umpan #%1 %2:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Use: kliping-cli feeds add LINK|FILE, feeds list, feeds update, feeds remove ID.</source>
        <translation>Gunakan: kliping-cli feeds add TAUTAN|BERKAS, feeds list, feeds update, feeds remove ID.</translation>
    </message>
    <message>
        <location line="+20" />
        <location filename="../../src/cli/peoplecommands.cpp" line="+23" />
        <source>Print JSON instead of text.</source>
        <translation>Cetak JSON, bukan teks.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show at most N results.</source>
        <translation>Tampilkan paling banyak N hasil.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--limit takes a whole number from 1 to 10000.</source>
        <translation>--limit memerlukan bilangan bulat dari 1 sampai 10000.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Words must all be there (pelayanan also finds melayani); "exact phrase"; -without; a OR b; prefix*; filters oleh:NAME, lembaga:NAME, sumber:NAME, sejak:DATE, sampai:DATE, judul:WORD. Quote the whole query for the shell, e.g. '"pelayanan publik" sejak:2024'.</source>
        <translation>Semua kata harus ada (pelayanan juga menemukan melayani); "frasa persis"; -tanpa; a OR b; awalan*; saringan oleh:NAMA, lembaga:NAMA, sumber:NAMA, sejak:TANGGAL, sampai:TANGGAL, judul:KATA. Apit seluruh pencarian dengan tanda petik untuk shell, misalnya '"pelayanan publik" sejak:2024'.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Skip the first N results.</source>
        <translation>Lewati N hasil pertama.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Search the articles, best match first.</source>
        <translation>Cari artikel, yang paling cocok lebih dahulu.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--offset takes a whole number.</source>
        <translation>--offset memerlukan bilangan bulat.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>No article matches.</source>
        <translation>Tidak ada artikel yang cocok.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 of %2 articles shown.</source>
        <translation>%1 dari %2 artikel ditampilkan.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Only the quotes of this person (name, part of it, alias or misspelling), newest first.</source>
        <translation>Hanya kutipan orang ini (nama, sebagian nama, alias atau salah eja), terbaru lebih dahulu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only from this date (2025-06-19, 19/6/2025, 2025-06, 2025).</source>
        <translation>Hanya sejak tanggal ini (2025-06-19, 19/6/2025, 2025-06, 2025).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only up to this date.</source>
        <translation>Hanya sampai tanggal ini.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only direct (in quotation marks) or indirect quotes.</source>
        <translation>Hanya kutipan langsung (dalam tanda petik) atau tidak langsung.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search the quotes, or list what one person said.</source>
        <translation>Cari kutipan, atau daftar ucapan satu orang.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>"%1" is not a date. Write dates like 2025-06-19, 19/6/2025, 2025-06 or 2025.</source>
        <translation>"%1" bukan tanggal. Tulis tanggal seperti 2025-06-19, 19/6/2025, 2025-06 atau 2025.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>--kind is direct or indirect.</source>
        <translation>--kind bernilai direct atau indirect.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nobody called "%1" is in the archive. Check the spelling, or type part of the name.</source>
        <translation>Tidak ada orang bernama "%1" di arsip. Periksa ejaannya, atau ketik sebagian namanya.</translation>
    </message>
    <message>
        <location line="+23" />
        <location line="+51" />
        <source>No quote matches.</source>
        <translation>Tidak ada kutipan yang cocok.</translation>
    </message>
    <message>
        <location line="-47" />
        <location line="+52" />
        <source>(speaker unknown)</source>
        <translation>(pembicara tidak diketahui)</translation>
    </message>
    <message>
        <location line="-51" />
        <source>indirect</source>
        <translation>tidak langsung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>direct</source>
        <translation>langsung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in #%1 %2 (%3)</source>
        <translation>dalam #%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Who said it: the speakers of the quotes with these words, most quotes first.</source>
        <translation>Siapa yang mengatakannya: pembicara kutipan yang memuat kata-kata ini, yang terbanyak lebih dahulu.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Import files and folders of articles</source>
        <translation>Impor berkas dan folder berisi artikel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List the articles</source>
        <translation>Daftar artikel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show one article</source>
        <translation>Tampilkan satu artikel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show what the archive holds</source>
        <translation>Tampilkan isi arsip</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Analyse files without importing (--json)</source>
        <translation>Analisis berkas tanpa mengimpor (--json)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyse archived articles again</source>
        <translation>Analisis ulang artikel dalam arsip</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Subscribe to feeds and update them</source>
        <translation>Berlangganan umpan dan perbarui</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List or find people</source>
        <translation>Daftar atau cari orang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show a person and their positions</source>
        <translation>Tampilkan seseorang dan jabatannya</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List, find or show institutions</source>
        <translation>Daftar, cari, atau tampilkan lembaga</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Merge two people who are one</source>
        <translation>Gabungkan dua orang yang sebenarnya satu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Split articles off a wrongly merged person</source>
        <translation>Pisahkan artikel dari orang yang salah digabung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Give a person their right name</source>
        <translation>Beri seseorang nama yang benar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attribute a quote to its speaker</source>
        <translation>Kaitkan kutipan dengan penuturnya</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark a quote as not a quote</source>
        <translation>Tandai kutipan sebagai bukan kutipan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List the corrections made by hand</source>
        <translation>Daftar koreksi yang dibuat secara manual</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Undo a correction</source>
        <translation>Batalkan koreksi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the archive, and repair it</source>
        <translation>Periksa arsip, lalu perbaiki</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the archive to a backup file</source>
        <translation>Salin arsip ke berkas cadangan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Replace the archive by a backup</source>
        <translation>Ganti arsip dengan cadangan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search the articles</source>
        <translation>Cari artikel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search quotes, or list one person's</source>
        <translation>Cari kutipan, atau daftar kutipan satu orang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who said it: speakers of matching quotes</source>
        <translation>Siapa yang mengatakannya: pembicara kutipan yang cocok</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Usage: kliping-cli [--archive PATH] COMMAND [OPTIONS] [ARGS]</source>
        <translation>Penggunaan: kliping-cli [--archive PATH] PERINTAH [OPSI] [ARGUMEN]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kliping keeps Indonesian institutional news in one archive.</source>
        <translation>Kliping menyimpan berita kelembagaan Indonesia dalam satu arsip.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use this archive instead of the default (%1).</source>
        <translation>Gunakan arsip ini, bukan arsip bawaan (%1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show the version.</source>
        <translation>Tampilkan versi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run kliping-cli COMMAND --help for a command's options.</source>
        <translation>Jalankan kliping-cli PERINTAH --help untuk melihat opsi suatu perintah.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>--archive needs a file name.</source>
        <translation>--archive memerlukan nama berkas.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unknown option %1.</source>
        <translation>Opsi %1 tidak dikenal.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Unknown command %1.</source>
        <translation>Perintah %1 tidak dikenal.</translation>
    </message>
    <message>
        <location filename="../../src/cli/peoplecommands.cpp" line="+32" />
        <source>%1 must be a number (see kliping-cli people, quotes, corrections).</source>
        <translation>%1 harus berupa angka (lihat kliping-cli people, quotes, corrections).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 (correction #%2; undo with: kliping-cli undo %2)</source>
        <translation>%1 (koreksi #%2; batalkan dengan: kliping-cli undo %2)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>A name, part of one or a misspelling; all people when empty.</source>
        <translation>Nama, sebagian nama, atau salah eja; semua orang bila kosong.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>List the people of the archive.</source>
        <translation>Daftar orang dalam arsip.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The person's number (see people).</source>
        <translation>Nomor orang tersebut (lihat people).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Show a person: names, positions over time.</source>
        <translation>Tampilkan seseorang: nama dan jabatan dari waktu ke waktu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no person #%1.</source>
        <translation>Tidak ada orang #%1.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Ranks and honorifics: %1</source>
        <translation>Pangkat dan gelar: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+62" />
        <source>Also written: %1</source>
        <translation>Juga ditulis: %1</translation>
    </message>
    <message>
        <location line="-61" />
        <source>Articles: %1, quotes: %2</source>
        <translation>Artikel: %1, kutipan: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Positions:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Words of a name, acronym or alias.</source>
        <translation>Kata dari nama, singkatan, atau alias.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Show one institution in full.</source>
        <translation>Tampilkan satu lembaga secara lengkap.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the institutions of the archive.</source>
        <translation>Daftar lembaga dalam arsip.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no institution #%1.</source>
        <translation>Tidak ada lembaga #%1.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Part of: %1</source>
        <translation>Bagian dari: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unit: %1</source>
        <translation>Satuan: %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The person who is really the other.</source>
        <translation>Orang yang sebenarnya adalah orang lain itu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The person to keep.</source>
        <translation>Orang yang dipertahankan.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge two people who are one.</source>
        <translation>Gabungkan dua orang yang sebenarnya satu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>FROM</source>
        <translation>DARI</translation>
    </message>
    <message>
        <location line="+0" />
        <source>INTO</source>
        <translation>KE</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Person #%1 merged into #%2.</source>
        <translation>Orang #%1 digabungkan ke #%2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The wrongly merged person.</source>
        <translation>Orang yang salah digabung.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The articles that are about someone else.</source>
        <translation>Artikel yang sebenarnya tentang orang lain.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The other person's name.</source>
        <translation>Nama orang lain itu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Split articles off a wrongly merged person.</source>
        <translation>Pisahkan artikel dari orang yang salah digabung.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+28" />
        <location line="+26" />
        <source>PERSON</source>
        <translation>ORANG</translation>
    </message>
    <message>
        <location line="-49" />
        <source>ARTICLE</source>
        <translation>ARTIKEL</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n article(s) split off person #%1.</source>
        <translation>
            <numerusform>%n artikel dipisahkan dari orang #%1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The person.</source>
        <translation>Orang tersebut.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The right name.</source>
        <translation>Nama yang benar.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give a person their right name.</source>
        <translation>Beri seseorang nama yang benar.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Person #%1 is now called %2.</source>
        <translation>Orang #%1 kini bernama %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+25" />
        <source>The quote's number.</source>
        <translation>Nomor kutipan.</translation>
    </message>
    <message>
        <location line="-24" />
        <source>Who said it, or none.</source>
        <translation>Siapa yang mengatakannya, atau none.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attribute a quote to the person who said it.</source>
        <translation>Kaitkan kutipan dengan orang yang mengatakannya.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+22" />
        <source>QUOTE</source>
        <translation>KUTIPAN</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Quote #%1 attributed to person #%2.</source>
        <translation>Kutipan #%1 dikaitkan dengan orang #%2.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quote #%1 has no known speaker now.</source>
        <translation>Kutipan #%1 kini tidak memiliki penutur yang diketahui.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Mark something found as a quote as not one.</source>
        <translation>Tandai sesuatu yang ditemukan sebagai kutipan sebagai bukan kutipan.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Quote #%1 is marked as not a quote.</source>
        <translation>Kutipan #%1 ditandai bukan kutipan.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>List the corrections made by hand.</source>
        <translation>Daftar koreksi yang dibuat secara manual.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>in force</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <location line="+0" />
        <source>undone</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The correction's number.</source>
        <translation>Nomor koreksi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Undo a correction.</source>
        <translation>Batalkan koreksi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The correction</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Correction #%1 undone.</source>
        <translation>Koreksi #%1 dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../src/cli/carecommands.cpp" line="+23" />
        <source>Rebuild the full-text indexes, remove orphans and analyse articles that were never analysed.</source>
        <translation>Bangun ulang indeks teks lengkap, hapus baris yatim, dan analisis artikel yang belum pernah dianalisis.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the archive: integrity, links between rows, full-text indexes, orphans.</source>
        <translation>Periksa arsip: integritas, tautan antarbaris, indeks teks lengkap, baris yatim.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>problem: %1</source>
        <translation>masalah: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>note:    %1</source>
        <translation>catatan: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Repaired: indexes rebuilt, orphans removed, %n article(s) analysed.</source>
        <translation>
            <numerusform>Diperbaiki: indeks dibangun ulang, baris yatim dihapus, %n artikel dianalisis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>still wrong: %1</source>
        <translation>masih salah: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The archive is sound.</source>
        <translation>Arsip dalam keadaan baik.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The backup file to write.</source>
        <translation>Berkas cadangan yang akan ditulis.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace an existing file.</source>
        <translation>Timpa berkas yang sudah ada.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy the archive to a backup file, safely even while it is in use.</source>
        <translation>Salin arsip ke berkas cadangan, dengan aman meskipun arsip sedang dipakai.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name the backup file, e.g. kliping-cli backup /media/usb/kliping.sqlite.</source>
        <translation>Sebutkan berkas cadangannya, mis. kliping-cli backup /media/usb/kliping.sqlite.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 exists already; add --force to replace it.</source>
        <translation>%1 sudah ada; tambahkan --force untuk menimpanya.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup must be another file than the archive.</source>
        <translation>Cadangan harus berupa berkas lain, bukan arsip itu sendiri.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Backed up %1 articles to %2.</source>
        <translation>%1 artikel dicadangkan ke %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The backup file to restore.</source>
        <translation>Berkas cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace the archive by a backup (the archive replaced is kept beside it).</source>
        <translation>Ganti arsip dengan cadangan (arsip yang diganti disimpan di sebelahnya).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Name the backup file to restore.</source>
        <translation>Sebutkan berkas cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Restored %1 from %2.</source>
        <translation>%1 dipulihkan dari %2.</translation>
    </message>
</context>
<context>
    <name>Lexicon</name>
    <message>
        <location filename="../../src/core/ingest/pagelexicon.cpp" line="+68" />
        <location filename="../../src/core/ingest/siterules.cpp" line="+116" />
        <source>%1, line %2: not understood</source>
        <translation>%1, baris %2: tidak dapat dipahami</translation>
    </message>
    <message>
        <location filename="../../src/core/text/tsvfile.cpp" line="+32" />
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/core/analysis/lexicon.cpp" line="+52" />
        <source>%1, line %2: unknown kind "%3"</source>
        <translation>%1, baris %2: jenis "%3" tidak dikenal</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1: empty entry</source>
        <translation>%1: entri kosong</translation>
    </message>
    <message>
        <location line="+84" />
        <source>%1: unknown use "%2"</source>
        <translation>%1: kegunaan "%2" tidak dikenal</translation>
    </message>
</context>
<context>
    <name>PageTextParser</name>
    <message>
        <location filename="../../src/core/ingest/pagetextparser.cpp" line="+23" />
        <source>Line %1 of the text is %2 characters long (the limit is %3); it is not the text of an article. Check that the file is a news page.</source>
        <translation>Baris %1 teks ini panjangnya %2 karakter (batasnya %3); ini bukan teks sebuah artikel. Periksa apakah berkas ini halaman berita.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The text has more than %1 paragraphs; Kliping reads one article at a time, not a whole book or archive. Split it into its articles.</source>
        <translation>Teks ini memiliki lebih dari %1 paragraf; Kliping membaca satu artikel setiap kali, bukan seluruh buku atau arsip. Pecah teks ini menjadi artikel-artikelnya.</translation>
    </message>
</context>
<context>
    <name>QueryParser</name>
    <message>
        <location filename="../../src/core/archive/searchquery.cpp" line="+287" />
        <source>The query is too long; only its first %1 characters were used.</source>
        <translation>Pencarian terlalu panjang; hanya %1 karakter pertama yang dipakai.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>%1: needs something after it, e.g. %1:2024; it was ignored.</source>
        <translation>%1: perlu diikuti sesuatu, misalnya %1:2024; bagian ini diabaikan.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only words can be excluded with -; -%1: was ignored.</source>
        <translation>Hanya kata yang dapat dikecualikan dengan -; -%1: diabaikan.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>"%1" is not a date. Write dates like 2025-06-19, 19/6/2025, "19 Juni 2025", 2025-06 or 2025.</source>
        <translation>"%1" bukan tanggal. Tulis tanggal seperti 2025-06-19, 19/6/2025, "19 Juni 2025", 2025-06 atau 2025.</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Only the first %1 words of the query were used.</source>
        <translation>Hanya %1 kata pertama dari pencarian yang dipakai.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The period is empty: the start date comes after the end date.</source>
        <translation>Periodenya kosong: tanggal awal jatuh setelah tanggal akhir.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Nobody called "%1" is in the archive. Check the spelling, or type part of the name.</source>
        <translation>Tidak ada orang bernama "%1" di arsip. Periksa ejaannya, atau ketik sebagian namanya.</translation>
    </message>
    <message>
        <location line="+63" />
        <source>No institution called "%1" is in the archive. Try its acronym or another part of its name.</source>
        <translation>Tidak ada lembaga bernama "%1" di arsip. Coba singkatannya atau bagian lain dari namanya.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../src/core/archive/search.cpp" line="+98" />
        <source>Type a word to search for, or a filter such as oleh:name or sejak:2024.</source>
        <translation>Ketik kata yang dicari, atau saringan seperti oleh:nama atau sejak:2024.</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+167" />
        <location line="+152" />
        <source>No archive is open.</source>
        <translation>Tidak ada arsip yang terbuka.</translation>
    </message>
    <message>
        <location line="-244" />
        <location line="+196" />
        <location line="+85" />
        <source>The search failed: %1</source>
        <translation>Pencarian gagal: %1</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Type the words that were said, e.g. who-said "tidak ada toleransi".</source>
        <translation>Ketik kata-kata yang diucapkan, misalnya who-said "tidak ada toleransi".</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <location filename="../../src/core/text/textdecoder.cpp" line="+178" />
        <source>The file starts with a %1 byte-order mark but its bytes are not valid %1.</source>
        <translation>Berkas diawali penanda urutan bita (BOM) %1, tetapi isinya bukan %1 yang sah.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The file is not text (it holds binary data).</source>
        <translation>Berkas ini bukan teks (isinya data biner).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The text encoding could not be recognised.</source>
        <translation>Pengodean teks tidak dapat dikenali.</translation>
    </message>
</context>
<context>
    <name>UrlFetcher</name>
    <message>
        <location filename="../../src/core/ingest/urlfetcher.cpp" line="+24" />
        <source>The server %1 could not be found. Check the link and your internet connection.</source>
        <translation>Server %1 tidak ditemukan. Periksa tautan dan koneksi internet Anda.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server %1 refused the connection.</source>
        <translation>Server %1 menolak sambungan.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server %1 closed the connection before answering.</source>
        <translation>Server %1 menutup sambungan sebelum menjawab.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Server %1 tidak menjawab dalam %2 detik.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>A secure (TLS) connection to %1 could not be made: %2</source>
        <translation>Sambungan aman (TLS) ke %1 tidak dapat dibuat: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link redirects too many times.</source>
        <translation>Tautan ini dialihkan terlalu banyak kali.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The link redirects from a secure (https) address to an insecure one.</source>
        <translation>Tautan ini dialihkan dari alamat aman (https) ke alamat yang tidak aman.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link could not be fetched: %1</source>
        <translation>Tautan tidak dapat diambil: %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1 is not a web link (http:// or https://).</source>
        <translation>%1 bukan tautan web (http:// atau https://).</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The page is too large (over %1 MB).</source>
        <translation>Halaman terlalu besar (lebih dari %1 MB).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The server answered HTTP %1 %2 for %3.</source>
        <translation>Server menjawab HTTP %1 %2 untuk %3.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The link returns %1, not a web page or a news feed.</source>
        <translation>Tautan ini mengembalikan %1, bukan halaman web atau umpan berita.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server sent an empty page.</source>
        <translation>Server mengirim halaman kosong.</translation>
    </message>
</context>
<context>
    <name>kliping::gui::AnalysisPanel</name>
    <message>
        <location filename="../../src/gui/analysispanel.cpp" line="+81" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No article is shown.</source>
        <translation>Tidak ada artikel yang ditampilkan.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No people found</source>
        <translation>Tidak ada orang yang ditemukan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ranks and honorifics: %1</source>
        <translation>Pangkat dan gelar: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+18" />
        <source>Also named: %1</source>
        <translation>Juga disebut: %1</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Institutions</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No institutions found</source>
        <translation>Tidak ada lembaga yang ditemukan</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Quotes</source>
        <translation>Kutipan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No quotes found</source>
        <translation>Tidak ada kutipan yang ditemukan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>kliping::gui::ArticleListModel</name>
    <message>
        <location filename="../../src/gui/articlelistmodel.cpp" line="+54" />
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
</context>
<context>
    <name>kliping::gui::FeedsDialog</name>
    <message>
        <location filename="../../src/gui/feedsdialog.cpp" line="+30" />
        <source>Feeds</source>
        <translation>Umpan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Items taken</source>
        <translation>Butir diambil</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last update</source>
        <translation>Pembaruan terakhir</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last error</source>
        <translation>Galat terakhir</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No feeds yet. Subscribe with File ▸ Subscribe to Feed…</source>
        <translation>Belum ada umpan. Berlangganan lewat Berkas ▸ Berlangganan Umpan…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Feed Not Removed</source>
        <translation>Umpan Tidak Dihapus</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Remove Feed</source>
        <translation>Hapus Umpan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop following “%1”? The articles already taken from it stay in the archive.</source>
        <translation>Berhenti mengikuti “%1”? Artikel yang sudah diambil darinya tetap ada di arsip.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Archive Busy</source>
        <translation>Arsip Sedang Sibuk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An import or update is still running. Remove the feed when it has finished.</source>
        <translation>Impor atau pembaruan masih berjalan. Hapus umpan setelah selesai.</translation>
    </message>
</context>
<context>
    <name>kliping::gui::FindBar</name>
    <message>
        <location filename="../../src/gui/findbar.cpp" line="+32" />
        <source>Find in article</source>
        <translation>Cari di artikel</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Previous match (Shift+F3)</source>
        <translation>Temuan sebelumnya (Shift+F3)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Next match (F3)</source>
        <translation>Temuan berikutnya (F3)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <location line="+67" />
        <source>No matches</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <location line="+45" />
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
</context>
<context>
    <name>kliping::gui::LinkImportDialog</name>
    <message>
        <location filename="../../src/gui/linkimportdialog.cpp" line="+21" />
        <source>Import from Link</source>
        <translation>Impor dari Tautan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Links to news articles or feeds (http:// or https://), one on each line:</source>
        <translation>Tautan ke artikel berita atau umpan (http:// atau https://), satu per baris:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location line="+60" />
        <source>“%1” is not a web link: a link starts with http:// or https://.</source>
        <translation>“%1” bukan tautan web: tautan diawali dengan http:// atau https://.</translation>
    </message>
</context>
<context>
    <name>kliping::gui::MainWindow</name>
    <message>
        <location filename="../../src/gui/mainwindow.cpp" line="+72" />
        <source>Kliping</source>
        <translation>Kliping</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Filter by title or source</source>
        <translation>Saring menurut judul atau sumber</translation>
    </message>
    <message>
        <location line="+72" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import Files…</source>
        <translation>&amp;Impor Berkas…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import articles from text files</source>
        <translation>Impor artikel dari berkas teks</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import &amp;Folder…</source>
        <translation>Impor &amp;Folder…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import every article in a folder and its subfolders</source>
        <translation>Impor semua artikel dalam satu folder beserta subfoldernya</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Kliping</source>
        <translation>&amp;Tentang Kliping</translation>
    </message>
    <message>
        <location line="+2" />
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter by title or source (%1)</source>
        <translation>Saring menurut judul atau sumber (%1)</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+163" />
        <source>Import in Progress</source>
        <translation>Impor Sedang Berjalan</translation>
    </message>
    <message>
        <location line="-162" />
        <source>An import is still running. Stop it and quit? The articles imported so far stay in the archive.</source>
        <translation>Impor masih berjalan. Hentikan dan keluar? Artikel yang sudah diimpor tetap ada di arsip.</translation>
    </message>
    <message>
        <location line="+65" />
        <source>%1 — Kliping</source>
        <translation>%1 — Kliping</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Articles: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Matching articles: %1 of %2</source>
        <translation>Artikel yang cocok: %1 dari %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No article matches</source>
        <translation>Tidak ada artikel yang cocok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No title or source has all the words of the filter.</source>
        <translation>Tidak ada judul atau sumber yang memuat semua kata saringan.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No article selected</source>
        <translation>Belum ada artikel yang dipilih</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an article in the list to read it here.</source>
        <translation>Pilih artikel di daftar untuk membacanya di sini.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The archive is empty</source>
        <translation>Arsip masih kosong</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The article cannot be shown</source>
        <translation>Artikel tidak dapat ditampilkan</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Import Files</source>
        <translation>Impor Berkas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Article text (*.txt *.text);;All files (*)</source>
        <translation>Teks artikel (*.txt *.text);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Import Folder</source>
        <translation>Impor Folder</translation>
    </message>
    <message>
        <location line="+123" />
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Stopping after the current file…</source>
        <translation>Berhenti setelah berkas yang sedang diproses…</translation>
    </message>
    <message>
        <location line="-377" />
        <source>Analysis</source>
        <translation>Analisis</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Import from &amp;Link…</source>
        <translation>Impor dari &amp;Tautan…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import news articles from their web links</source>
        <translation>Impor artikel berita dari tautan webnya</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Subscribe to Feed…</source>
        <translation>&amp;Berlangganan Umpan…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Follow a news feed and import its articles</source>
        <translation>Ikuti umpan berita dan impor artikelnya</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Update Feeds</source>
        <translation>Perbar&amp;ui Umpan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import the new articles of every feed you follow</source>
        <translation>Impor artikel baru dari setiap umpan yang Anda ikuti</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Manage Feeds…</source>
        <translation>Kel&amp;ola Umpan…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See the feeds you follow, their last update and errors</source>
        <translation>Lihat umpan yang Anda ikuti, pembaruan terakhirnya, dan galatnya</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Paste as &amp;New Article</source>
        <translation>&amp;Tempel sebagai Artikel Baru</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import the copied text of an article</source>
        <translation>Impor teks artikel yang disalin</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Find in Article…</source>
        <translation>&amp;Cari di Artikel…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find &amp;Next</source>
        <translation>Cari Beri&amp;kutnya</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find Pre&amp;vious</source>
        <translation>Cari Se&amp;belumnya</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fi&amp;lter Articles…</source>
        <translation>&amp;Saring Artikel…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mark People and Institutions</source>
        <translation>&amp;Tandai Orang dan Lembaga</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Colour the people and institutions named in the article</source>
        <translation>Warnai orang dan lembaga yang disebut dalam artikel</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Analysis Panel</source>
        <translation>Panel &amp;Analisis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the people, institutions and quotes of the article</source>
        <translation>Tampilkan orang, lembaga, dan kutipan dalam artikel</translation>
    </message>
    <message>
        <location line="+131" />
        <source>Import articles with File ▸ Import Files… or File ▸ Import from Link…, paste the text of an article with Edit ▸ Paste as New Article, or drop files and folders of saved article text onto this window.</source>
        <translation>Impor artikel lewat Berkas ▸ Impor Berkas… atau Berkas ▸ Impor dari Tautan…, tempel teks artikel lewat Sunting ▸ Tempel sebagai Artikel Baru, atau seret berkas dan folder berisi teks artikel ke jendela ini.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Another import or feed update is still running. Wait for it to finish, then try again.</source>
        <translation>Impor atau pembaruan umpan lain masih berjalan. Tunggu hingga selesai, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Nothing to Paste</source>
        <translation>Tidak Ada yang Dapat Ditempel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The clipboard holds no text. Copy the text of an article (its title, then its paragraphs) in the browser, then choose Paste as New Article again.</source>
        <translation>Papan klip tidak berisi teks. Salin teks artikel (judulnya, lalu paragrafnya) di peramban, lalu pilih lagi Tempel sebagai Artikel Baru.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pasted text (%1)</source>
        <translation>Teks yang ditempel (%1)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No Feeds</source>
        <translation>Belum Ada Umpan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You follow no feeds yet. Subscribe to one with File ▸ Subscribe to Feed…</source>
        <translation>Anda belum mengikuti umpan apa pun. Berlangganan lewat Berkas ▸ Berlangganan Umpan…</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Stopping after the current feed…</source>
        <translation>Berhenti setelah umpan yang sedang diproses…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Updating Feeds</source>
        <translation>Memperbarui Umpan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading the files…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reading the feeds…</source>
        <translation>Membaca umpan…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Updating feed %1 of %2: %3</source>
        <translation>Memperbarui umpan %1 dari %2: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing %1 of %2: %3</source>
        <translation>Mengimpor %1 dari %2: %3</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Import Cancelled</source>
        <translation>Impor Dibatalkan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Import Finished</source>
        <translation>Impor Selesai</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Feed Update Cancelled</source>
        <translation>Pembaruan Umpan Dibatalkan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Feeds Updated</source>
        <translation>Umpan Diperbarui</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Welcome to Kliping</source>
        <translation>Selamat Datang di Kliping</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The archive is empty. Import a sample news article to see how Kliping shows it?</source>
        <translation>Arsip masih kosong. Impor satu contoh artikel berita untuk melihat cara Kliping menampilkannya?</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kliping sample article</source>
        <translation>Contoh artikel Kliping</translation>
    </message>
    <message>
        <location line="+13" />
        <source>About Kliping</source>
        <translation>Tentang Kliping</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Kliping %1&lt;/h3&gt;&lt;p&gt;A desktop archive of Indonesian institutional news: keep articles from police, city halls, ministries and regional parliaments in one place, read them and find who said what.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kliping %1&lt;/h3&gt;&lt;p&gt;Arsip desktop untuk berita kelembagaan Indonesia: simpan artikel tentang kepolisian, pemerintah kota, kementerian, dan DPRD di satu tempat, baca, dan temukan siapa mengatakan apa.&lt;/p&gt;&lt;p&gt;Arsip: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>kliping::gui::SettingsDialog</name>
    <message>
        <location filename="../../src/gui/settingsdialog.cpp" line="+18" />
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <location line="+8" />
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A new language takes effect when Kliping is started again.</source>
        <translation>Bahasa baru berlaku setelah Kliping dijalankan ulang.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reader &amp;font size:</source>
        <translation>&amp;Ukuran huruf pembaca:</translation>
    </message>
</context>
<context>
    <name>kliping::gui::SubscribeFeedDialog</name>
    <message>
        <location filename="../../src/gui/subscribefeeddialog.cpp" line="+24" />
        <source>Subscribe to Feed</source>
        <translation>Berlangganan Umpan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The link of a news feed (RSS or Atom), or a feed file:</source>
        <translation>Tautan umpan berita (RSS atau Atom), atau berkas umpan:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Choose &amp;File…</source>
        <translation>Pilih &amp;Berkas…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Its new items are imported now and whenever you choose File ▸ Update Feeds.</source>
        <translation>Butir barunya diimpor sekarang dan setiap kali Anda memilih Berkas ▸ Perbarui Umpan.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Subscribe</source>
        <translation>&amp;Berlangganan</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Choose a Feed File</source>
        <translation>Pilih Berkas Umpan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Feeds (*.xml *.rss *.atom *.rdf);;All files (*)</source>
        <translation>Umpan (*.xml *.rss *.atom *.rdf);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This is neither a web link (http:// or https://) nor an existing file.</source>
        <translation>Ini bukan tautan web (http:// atau https://) dan bukan berkas yang ada.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+28" />
        <source>Kliping: an archive of Indonesian institutional news.</source>
        <translation>Kliping: arsip berita kelembagaan Indonesia.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Use the archive at PATH instead of the last one.</source>
        <translation>Gunakan arsip di PATH, bukan arsip terakhir.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
</context>
</TS>
