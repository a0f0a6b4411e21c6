#!/bin/sh
# Renders the export screenshots of docs/screenshots from Kliping's own fixture articles
# (tests/fixtures/export, no third-party text): one article's first page, a selection's table
# of contents and a dossier's first page, in Indonesian, at 50 dpi.
#   tools/export-screenshots.sh [BUILD_DIR]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
cli="$build/bin/kliping-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANGUAGE=id LC_ALL=id_ID.UTF-8 QT_QPA_PLATFORM=offscreen
"$cli" --archive "$work/a.sqlite" import "$here/tests/fixtures/export/articles.jsonl" >/dev/null
"$cli" --archive "$work/a.sqlite" export 1 -o "$work/article.pdf" 2>/dev/null
"$cli" --archive "$work/a.sqlite" export 4 2 1 3 5 --title "Kliping Kota Contoh 2025–2026" \
    -o "$work/selection.pdf" 2>/dev/null
"$cli" --archive "$work/a.sqlite" export --person "Siti Rahmawati" -o "$work/dossier.pdf" 2>/dev/null
shots="$here/docs/screenshots"
pdftoppm -r 50 -png -singlefile -f 1 -l 1 "$work/article.pdf" "$shots/export-article-p1"
pdftoppm -r 50 -png -singlefile -f 2 -l 2 "$work/selection.pdf" "$shots/export-selection-toc"
pdftoppm -r 50 -png -singlefile -f 1 -l 1 "$work/selection.pdf" "$shots/export-selection-cover"
pdftoppm -r 50 -png -singlefile -f 1 -l 1 "$work/dossier.pdf" "$shots/export-dossier-p1"
ls -l "$shots"/export-*.png
