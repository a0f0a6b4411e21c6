#!/usr/bin/env bash
# clang-tidy over every source file of src/ with the checks of .clang-tidy (zero warnings).
#   tools/lint.sh [BUILD_DIR]   default: build (needs its compile_commands.json: configure first)
# Runs KLIPING_JOBS (default 2) files at a time; prints the time it took.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
jobs="${KLIPING_JOBS:-2}"
tidy="$(command -v clang-tidy || command -v clang-tidy-14 || true)"
if [ -z "$tidy" ]; then
    echo "lint.sh: clang-tidy is not installed (apt-get install clang-tidy)" >&2
    exit 2
fi
if [ ! -f "$build/compile_commands.json" ]; then
    echo "lint.sh: $build/compile_commands.json is missing; configure the build first" >&2
    exit 2
fi
runner="$(command -v run-clang-tidy || command -v run-clang-tidy-14)"
start=$SECONDS
# moc/uic sources of the build folder are generated: only our own files under src/.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! PYTHONUNBUFFERED=1 "$runner" -quiet -clang-tidy-binary "$tidy" -p "$build" -j "$jobs" "^$here/src/.*\.cpp$" \
    >"$log" 2>&1; then
    grep -E "(warning|error):" "$log" | sort -u >&2 || cat "$log" >&2
    echo "lint.sh: clang-tidy found problems (above) in $((SECONDS - start)) s" >&2
    exit 1
fi
if grep -qE "(warning|error):" "$log"; then
    grep -E "(warning|error):" "$log" | sort -u >&2
    echo "lint.sh: clang-tidy warnings (above) in $((SECONDS - start)) s" >&2
    exit 1
fi
echo "lint.sh: clang-tidy found nothing in src/ ($((SECONDS - start)) s)"
