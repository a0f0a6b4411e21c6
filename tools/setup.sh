#!/usr/bin/env bash
# Sets Kliping up on Debian 12 and then runs it or its tests.
#   tools/setup.sh run    install missing packages, build (Release), start kliping
#   tools/setup.sh test   install missing packages, build (Release), run every test (CTest)
#   tools/setup.sh test-all  what CI runs: `test`, then the whole suite again built with ASan +
#                         UBSan (build-asan) and the short fuzz run (tools/fuzz.sh, 20 s per
#                         target) when clang is there. clang-tidy on src/ (tools/lint.sh) takes
#                         5 min of CPU, 8-16 min on 2 cores: it runs here only with KLIPING_LINT=1
#   tools/setup.sh build  install missing packages and build only
# Packages come from tools/debian-packages.txt, the one list both use.
set -euo pipefail

mode="${1:-build}"
shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${KLIPING_BUILD_DIR:-$here/build}"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
while read -r pkg; do
    case "$pkg" in ''|'#'*) continue ;; esac
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done < "$here/tools/debian-packages.txt"
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing missing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs="${KLIPING_JOBS:-$(nproc)}"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --parallel "$jobs"

# The sanitized build of test-all: ASan + UBSan, -O1 with line tables for readable reports. With
# clang when it is there, so that the tree is also built (warning-free) by the other compiler.
test_sanitized() {
    local asan="${KLIPING_ASAN_BUILD_DIR:-$here/build-asan}" cxx=c++
    command -v clang++ >/dev/null && cxx=clang++
    CXX="$cxx" cmake -S "$here" -B "$asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKLIPING_SANITIZE=ON \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG"
    cmake --build "$asan" --parallel "$jobs"
    # The kill test kills imports 3 times instead of 8: each run is 2-3 times slower here.
    (cd "$asan" && KLIPING_KILLS="${KLIPING_KILLS:-3}" ctest --output-on-failure --timeout 2400)
}

case "$mode" in
    run)
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display found; starting Kliping on a virtual display (xvfb-run)."
            exec xvfb-run -a "$build/bin/kliping" "$@"
        fi
        exec "$build/bin/kliping" "$@"
        ;;
    test)
        cd "$build"
        exec ctest --output-on-failure --timeout 600 "$@"
        ;;
    test-all)
        start=$SECONDS
        (cd "$build" && ctest --output-on-failure --timeout 600 "$@")
        echo "== Release tests passed ($((SECONDS - start)) s). Sanitized build (build-asan):"
        test_sanitized
        echo "== Sanitized tests passed ($((SECONDS - start)) s)."
        if command -v clang++ >/dev/null; then
            "$here/tools/fuzz.sh" "${KLIPING_FUZZ_SECONDS:-20}"
            echo "== Fuzzing passed ($((SECONDS - start)) s)."
        else
            echo "== clang++ is not installed: the fuzz run is skipped."
        fi
        if [ "${KLIPING_LINT:-0}" = 1 ]; then
            "$here/tools/lint.sh" "$build"
            echo "== clang-tidy passed ($((SECONDS - start)) s)."
        else
            echo "== clang-tidy runs on demand: tools/lint.sh (or KLIPING_LINT=1 with test-all)."
        fi
        ;;
    build) ;;
    *) echo "usage: tools/setup.sh run|test|test-all|build" >&2; exit 2 ;;
esac
