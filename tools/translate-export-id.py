#!/usr/bin/env python3
"""Fills the Indonesian translations of the export's strings in kliping_id.ts (run after
`cmake --build build --target update_translations`, then run that target again to let lupdate
write the file in its own layout).   tools/translate-export-id.py resources/translations/kliping_id.ts"""
import sys
import xml.etree.ElementTree as ET

ID = {
 # kliping-cli export
 ("KlipingCli", "Export articles or a dossier (PDF, HTML, ...)"): "Ekspor artikel atau dosier (PDF, HTML, ...)",
 ("KlipingCli", "The articles' numbers (see list)."): "Nomor artikel (lihat list).",
 ("KlipingCli", "Export the dossier of a person (a name or a number): positions over time and all their quotes."): "Ekspor dosier seseorang (nama atau nomor): jabatan dari waktu ke waktu dan semua kutipannya.",
 ("KlipingCli", "The file to write, or a folder (the name is made from the title)."): "Berkas yang ditulis, atau folder (nama berkas dibuat dari judul).",
 ("KlipingCli", "pdf, html, md, json or csv (quotes); by default from the file's extension, else pdf."): "pdf, html, md, json atau csv (kutipan); bawaan: dari ekstensi berkas, selain itu pdf.",
 ("KlipingCli", "a4 (default) or letter."): "a4 (bawaan) atau letter.",
 ("KlipingCli", "The PDF's margins in millimetres (8 to 40; default 20)."): "Margin PDF dalam milimeter (8 sampai 40; bawaan 20).",
 ("KlipingCli", "The margin must be a number of millimetres from 8 to 40."): "Margin harus berupa angka milimeter dari 8 sampai 40.",
 ("KlipingCli", "Replace the output file if it exists."): "Timpa berkas keluaran jika sudah ada.",
 ("KlipingCli", "With --person: only quotes holding all these words."): "Dengan --person: hanya kutipan yang memuat semua kata ini.",
 ("KlipingCli", "With --person: group quotes by month, not year."): "Dengan --person: kelompokkan kutipan per bulan, bukan per tahun.",
 ("KlipingCli", "The title of a collection (cover, PDF title)."): "Judul kumpulan (sampul, judul PDF).",
 ("KlipingCli", "Do not highlight quotes or list them."): "Jangan sorot atau daftarkan kutipan.",
 ("KlipingCli", "Leave out the box of people and institutions."): "Tanpa kotak tokoh dan lembaga.",
 ("KlipingCli", "Export articles or a person's dossier to PDF, HTML, Markdown, JSON or CSV."): "Ekspor artikel atau dosier seseorang ke PDF, HTML, Markdown, JSON atau CSV.",
 ("KlipingCli", "%1 is not an article number (see kliping-cli list)."): "%1 bukan nomor artikel (lihat kliping-cli list).",
 ("KlipingCli", "Name the articles to export, or a person with --person (not both)."): "Sebutkan artikel yang diekspor, atau seseorang dengan --person (tidak keduanya).",
 ("KlipingCli", "Name the file to write with -o FILE."): "Sebutkan berkas yang ditulis dengan -o BERKAS.",
 ("KlipingCli", "Unknown format %1: use pdf, html, md, json or csv."): "Format %1 tidak dikenal: gunakan pdf, html, md, json atau csv.",
 ("KlipingCli", "Unknown paper %1: use a4 or letter."): "Kertas %1 tidak dikenal: gunakan a4 atau letter.",
 ("KlipingCli", "PDF export needs Qt's GUI module, which could not start."): "Ekspor PDF memerlukan modul GUI Qt, yang tidak dapat dijalankan.",
 ("KlipingCli", "No person in the archive matches %1 (see kliping-cli people)."): "Tidak ada tokoh di arsip yang cocok dengan %1 (lihat kliping-cli people).",
 ("KlipingCli", "%1 matches several people; exporting %2 (#%3). Name a number to choose another (see kliping-cli people)."): "%1 cocok dengan beberapa tokoh; yang diekspor %2 (#%3). Sebutkan nomor untuk memilih yang lain (lihat kliping-cli people).",
 ("KlipingCli", "Dossier %1"): "Dosier %1",
 ("KlipingCli", "Kliping %1 articles"): "Kliping %1 artikel",
 ("KlipingCli", "There is no article #%1; it was left out."): "Tidak ada artikel #%1; artikel itu dilewati.",
 ("KlipingCli", "Wrote %1: %n quote(s)"): "Ditulis %1: %n kutipan",
 ("KlipingCli", "Wrote %1: %n article(s)"): "Ditulis %1: %n artikel",
 ("KlipingCli", ", %n page(s)"): ", %n halaman",
 # core export
 ("KlipingExport", "Undated"): "Tanpa tanggal",
 ("KlipingExport", "%1 is a folder. Name a file to export to."): "%1 adalah folder. Sebutkan berkas tujuan ekspor.",
 ("KlipingExport", "%1 already exists. Choose another name, or allow replacing it (kliping-cli: --force)."): "%1 sudah ada. Pilih nama lain, atau izinkan menimpanya (kliping-cli: --force).",
 ("KlipingExport", "The folder %1 does not exist."): "Folder %1 tidak ada.",
 ("KlipingExport", "Cannot write %1: %2"): "Tidak dapat menulis %1: %2",
 ("KlipingExport", "Kliping: %1 articles"): "Kliping: %1 artikel",
 ("KlipingExport", "KLIPING"): "KLIPING",
 ("KlipingExport", "Dossier: %1"): "Dosier: %1",
 ("KlipingExport", "DOSSIER"): "DOSIER",
 ("KlipingExport", "There is nothing to export."): "Tidak ada yang diekspor.",
 ("KlipingExport", "The export was cancelled; no file was written."): "Ekspor dibatalkan; tidak ada berkas yang ditulis.",
 ("KlipingExport", "None of the articles is in the archive."): "Tidak satu pun artikel ada di arsip.",
 ("KlipingExport", "There is no person #%1 in the archive."): "Tidak ada tokoh #%1 di arsip.",
 ("KlipingExport", "“%1”"): "“%1”",
 ("KlipingExport", "Archived %1"): "Diarsipkan %1",
 ("KlipingExport", "%1, %2"): "%1, %2",
 ("KlipingExport", "%1 (%2)"): "%1 (%2)",
 ("KlipingExport", "undated"): "tanpa tanggal",
 ("KlipingExport", "%1 – %2"): "%1 – %2",
 ("KlipingExport", "direct quote"): "kutipan langsung",
 ("KlipingExport", "indirect quote"): "kutipan tidak langsung",
 ("KlipingExport", "speaker unknown"): "pembicara tidak diketahui",
 ("KlipingExport", "Articles: %1"): "Artikel: %1",
 ("KlipingExport", "%1 and %2 more"): "%1 dan %2 lainnya",
 ("KlipingExport", "Quotes: %1"): "Kutipan: %1",
 ("KlipingExport", "Quotes with the words: %1"): "Kutipan dengan kata: %1",
 ("KlipingExport", "Writer: %1"): "Penulis: %1",
 ("KlipingExport", "Editor: %1"): "Editor: %1",
 ("KlipingExport", "Only a summary of this article was available."): "Hanya ringkasan artikel ini yang tersedia.",
 ("KlipingExport", "Cite as:"): "Kutip sebagai:",
 ("KlipingExport", "%1 — %2"): "%1 — %2",
 ("KlipingExport", "Quotes"): "Kutipan",
 ("KlipingExport", "People"): "Tokoh",
 ("KlipingExport", "Institutions"): "Lembaga",
 ("KlipingExport", "Contents"): "Daftar Isi",
 ("KlipingExport", "Also written: %1"): "Juga ditulis: %1",
 ("KlipingExport", "Positions over time"): "Jabatan dari waktu ke waktu",
 ("KlipingExport", "The archive has seen no position of this person."): "Arsip belum mencatat jabatan tokoh ini.",
 ("KlipingExport", "Title"): "Jabatan",
 ("KlipingExport", "Institution"): "Lembaga",
 ("KlipingExport", "Seen"): "Tercatat",
 ("KlipingExport", "Articles"): "Artikel",
 ("KlipingExport", "The archive attributes no quote to this person."): "Arsip tidak mencatat kutipan dari tokoh ini.",
 ("KlipingExport", "No quote of this person holds all these words."): "Tidak ada kutipan tokoh ini yang memuat semua kata tersebut.",
 ("KlipingExport", "%1 · %2"): "%1 · %2",
 ("KlipingExport", "Exported from Kliping on %1"): "Diekspor dari Kliping pada %1",
 ("KlipingExport", "Kliping"): "Kliping",
 ("KlipingExport", "Page %1 of %2"): "Halaman %1 dari %2",
 # GUI
 ("kliping::gui::ExportDialog", "Export"): "Ekspor",
 ("kliping::gui::ExportDialog", "What to export"): "Yang diekspor",
 ("kliping::gui::ExportDialog", "The article being read"): "Artikel yang sedang dibaca",
 ("kliping::gui::ExportDialog", "The selected articles (%1)"): "Artikel yang dipilih (%1)",
 ("kliping::gui::ExportDialog", "The dossier of a person: positions and quotes"): "Dosier seorang tokoh: jabatan dan kutipan",
 ("kliping::gui::ExportDialog", "Only quotes with all these words (optional)"): "Hanya kutipan dengan semua kata ini (opsional)",
 ("kliping::gui::ExportDialog", "Group quotes by year"): "Kelompokkan kutipan per tahun",
 ("kliping::gui::ExportDialog", "Group quotes by month"): "Kelompokkan kutipan per bulan",
 ("kliping::gui::ExportDialog", "Person:"): "Tokoh:",
 ("kliping::gui::ExportDialog", "Words:"): "Kata:",
 ("kliping::gui::ExportDialog", "Format"): "Format",
 ("kliping::gui::ExportDialog", "PDF document"): "Dokumen PDF",
 ("kliping::gui::ExportDialog", "Web page (HTML, one file)"): "Halaman web (HTML, satu berkas)",
 ("kliping::gui::ExportDialog", "Markdown"): "Markdown",
 ("kliping::gui::ExportDialog", "JSON"): "JSON",
 ("kliping::gui::ExportDialog", "Quotes as CSV (spreadsheet)"): "Kutipan sebagai CSV (lembar kerja)",
 ("kliping::gui::ExportDialog", "A4"): "A4",
 ("kliping::gui::ExportDialog", "Letter"): "Letter",
 ("kliping::gui::ExportDialog", " mm"): " mm",
 ("kliping::gui::ExportDialog", "Highlight quotes and list them with their speakers"): "Sorot kutipan dan daftarkan bersama pembicaranya",
 ("kliping::gui::ExportDialog", "Add a box of the people and institutions"): "Tambahkan kotak tokoh dan lembaga",
 ("kliping::gui::ExportDialog", "Format:"): "Format:",
 ("kliping::gui::ExportDialog", "Paper:"): "Kertas:",
 ("kliping::gui::ExportDialog", "Margins:"): "Margin:",
 ("kliping::gui::ExportDialog", "Export…"): "Ekspor…",
 ("kliping::gui::MainWindow", "&Export…"): "&Ekspor…",
 ("kliping::gui::MainWindow", "Save articles or a person's quotes as PDF, web page, Markdown, JSON or CSV"): "Simpan artikel atau kutipan seorang tokoh sebagai PDF, halaman web, Markdown, JSON atau CSV",
 ("kliping::gui::MainWindow", "Print Pre&view…"): "Pratin&jau Cetak…",
 ("kliping::gui::MainWindow", "See the pages of the selected articles before printing"): "Lihat halaman artikel yang dipilih sebelum dicetak",
 ("kliping::gui::MainWindow", "&Print…"): "&Cetak…",
 ("kliping::gui::MainWindow", "Print the selected articles"): "Cetak artikel yang dipilih",
 ("kliping::gui::MainWindow", "Exporting"): "Mengekspor",
 ("kliping::gui::MainWindow", "Laying out the pages…"): "Menata halaman…",
 ("kliping::gui::MainWindow", "Exporting… %1%"): "Mengekspor… %1%",
 ("kliping::gui::MainWindow", "Dossier %1"): "Dosier %1",
 ("kliping::gui::MainWindow", "Kliping %1 articles"): "Kliping %1 artikel",
 ("kliping::gui::MainWindow", "%1 files (*.%2)"): "Berkas %1 (*.%2)",
 ("kliping::gui::MainWindow", "Export"): "Ekspor",
 ("kliping::gui::MainWindow", "Export Cancelled"): "Ekspor Dibatalkan",
 ("kliping::gui::MainWindow", "Export Failed"): "Ekspor Gagal",
 ("kliping::gui::MainWindow", "Saved %1 (%n page(s))."): "Tersimpan %1 (%n halaman).",
 ("kliping::gui::MainWindow", "Saved %1."): "Tersimpan %1.",
 ("kliping::gui::MainWindow", "Export Finished"): "Ekspor Selesai",
 ("kliping::gui::MainWindow", "Print"): "Cetak",
 ("kliping::gui::MainWindow", "Printing Cancelled"): "Pencetakan Dibatalkan",
 ("kliping::gui::MainWindow", "Printing Failed"): "Pencetakan Gagal",
 ("kliping::gui::MainWindow", "Nothing was printed."): "Tidak ada yang dicetak.",
 ("kliping::gui::MainWindow", "Sent %n page(s) to the printer."): "%n halaman dikirim ke pencetak.",
 ("kliping::gui::MainWindow", "Export Dossier of %1…"): "Ekspor Dosier %1…",
}

path = sys.argv[1]
tree = ET.parse(path)
done = 0
for ctx in tree.getroot().iter("context"):
    name = ctx.find("name").text
    for m in ctx.iter("message"):
        key = (name, m.find("source").text)
        if key not in ID:
            continue
        tr = m.find("translation")
        if tr.get("type") != "unfinished" and (tr.text or len(tr)):
            continue
        if m.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            form = ET.SubElement(tr, "numerusform")
            form.text = ID[key]
        else:
            tr.text = ID[key]
        tr.attrib.pop("type", None)
        done += 1
# Keep lupdate's header and layout: write with the DOCTYPE lupdate writes.
body = ET.tostring(tree.getroot(), encoding="unicode")
with open(path, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
print("translated", done)
