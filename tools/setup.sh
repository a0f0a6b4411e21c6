#!/usr/bin/env bash
# Sets Kliping up on Debian 12 and then runs it or its tests.
#   tools/setup.sh run    install missing packages, build (Release), start kliping
#   tools/setup.sh test   install missing packages, build (Release), run every test (CTest)
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

cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --parallel "$(nproc)"

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
    build) ;;
    *) echo "usage: tools/setup.sh run|test|build" >&2; exit 2 ;;
esac
