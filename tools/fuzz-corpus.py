#!/usr/bin/env python3
"""Generates the seed corpora of the fuzz targets from ../shared/corpus, at run time.

    tools/fuzz-corpus.py OUT_DIR [SHARED_DIR]

Writes OUT_DIR/<target>/<sha1> files: saved pages (html), feeds (feed), a few JSON Lines records
(jsonl), article bodies (pagetext, quotes), the `date` fields of the records (date) and search
queries written here (query). The shared files are third-party news: they are read from
SHARED_DIR (default: ../shared beside the repository) into the build folder and never copied into
the repository. Without SHARED_DIR only the written queries are generated, with a message.
"""
import hashlib
import json
import pathlib
import sys

# Queries in the language of docs/search.md, ours, to start the query fuzzer from.
QUERIES = [
    "pungli", "Kapolres Tangerang", '"dana hibah" -bansos', "polisi OR polri ATAU bhayangkara",
    "pelayan*", "oleh:Sachrudin sejak:2022", 'lembaga:"Polres Metro Tangerang Kota" pungli',
    "sumber:detik.com sampai:2023-12-31", "judul:banjir -judul:jakarta", "sejak:Juni 2025",
    'by:"Zain Dwi Nugroho" institution:Polri since:2023-06 until:2024',
    "korupsi* (dana) [desa] {x} a:b", "sejak:19/6/2025 sampai:19 Juni 2025",
]

# Per target, at most this many inputs and bytes each: enough variety without slowing the start.
MAX_FILES = {"pagetext": 40, "quotes": 40, "jsonl": 30, "date": 100}
MAX_BYTES = {"pagetext": 16384, "quotes": 8192, "jsonl": 16384}


def write(out: pathlib.Path, target: str, data: bytes) -> bool:
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    if target in MAX_BYTES and len(data) > MAX_BYTES[target]:
        return False
    if target in MAX_FILES and sum(1 for _ in folder.iterdir()) >= MAX_FILES[target]:
        return False
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
    return True


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = pathlib.Path(sys.argv[1])
    here = pathlib.Path(__file__).resolve().parent.parent
    shared = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else here.parent / "shared"
    for q in QUERIES:
        write(out, "query", q.encode())
    corpus = shared / "corpus"
    if not corpus.is_dir():
        print(f"fuzz-corpus: {corpus} is absent; only the hand-written seeds and queries are used")
        return 0
    for page in sorted((corpus / "html").glob("*.html")):
        write(out, "html", page.read_bytes())
    for feed in sorted((corpus / "rss").glob("*.xml")):
        write(out, "feed", feed.read_bytes())
    dates = set()
    for jsonl in sorted((corpus / "articles").glob("*.jsonl")):
        with jsonl.open(encoding="utf-8") as f:
            for number, line in enumerate(f):
                if number >= 400:
                    break
                record = json.loads(line)
                if number % 40 == 0:
                    write(out, "jsonl", line.encode())
                body = record.get("body", "").encode()
                if number % 10 == 1:
                    write(out, "pagetext", body)
                if ('"' in record.get("body", "") or "\u201c" in record.get("body", "")) and number % 10 == 2:
                    write(out, "quotes", body)
                if record.get("date"):
                    dates.add(record["date"])
    ordered = sorted(dates)  # a spread over the years, not only the oldest
    for d in ordered[:: max(1, len(ordered) // MAX_FILES["date"])]:
        write(out, "date", d.encode())
    counts = {t.name: sum(1 for _ in t.iterdir()) for t in sorted(out.iterdir()) if t.is_dir()}
    print("fuzz-corpus: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
