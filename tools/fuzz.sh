#!/usr/bin/env bash
# Runs every fuzz target (tests/fuzz) for a while and prints the executions of each.
#   tools/fuzz.sh          20 seconds per target (the short run CI does)
#   tools/fuzz.sh 600      10 minutes per target (on demand)
#   tools/fuzz.sh 60 query only the named targets
# Builds build-fuzz with clang (-DKLIPING_FUZZ=ON) first. The seed corpus is generated from
# ../shared by tools/fuzz-corpus.py into build-fuzz/fuzz-corpus (new inputs the fuzzer finds go
# there too), plus tests/fuzz/seeds and tests/fuzz/regressions. A crash, leak, UB or timeout
# stops the run with a non-zero exit; the input is kept in build-fuzz/fuzz-artifacts/<target>/.
# Minimise it with: build-fuzz/bin/fuzz_<target> -minimize_crash=1 -runs=10000 <input>
set -euo pipefail

seconds="${1:-20}"
shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${KLIPING_FUZZ_BUILD_DIR:-$here/build-fuzz}"
jobs="${KLIPING_JOBS:-2}"
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(html pagetext feed jsonl date query quotes)

if ! command -v clang++ >/dev/null; then
    echo "fuzz.sh: clang++ is not installed (apt-get install clang libclang-rt-14-dev)" >&2
    exit 2
fi

CXX=clang++ cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKLIPING_FUZZ=ON \
    >/dev/null
cmake --build "$build" --parallel "$jobs" --target $(printf 'fuzz_%s ' "${targets[@]}")

corpus="$build/fuzz-corpus"
python3 "$here/tools/fuzz-corpus.py" "$corpus"

# Inputs larger than this are cut: big pages make each execution slow without finding more.
declare -A max_len=([html]=65536 [pagetext]=16384 [feed]=65536 [jsonl]=16384 [date]=256
                    [query]=2048 [quotes]=8192)
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
export LC_ALL=C.UTF-8 LANGUAGE=en

status=0
summary=()
for t in "${targets[@]}"; do
    mkdir -p "$corpus/$t" "$build/fuzz-artifacts/$t"
    dirs=("$corpus/$t")
    for extra in seeds regressions; do
        [ -d "$here/tests/fuzz/$extra/$t" ] && dirs+=("$here/tests/fuzz/$extra/$t")
    done
    log="$build/fuzz-artifacts/$t.log"
    echo "== fuzz_$t: ${seconds}s"
    if "$build/bin/fuzz_$t" -max_total_time="$seconds" -max_len="${max_len[$t]}" -timeout=25 \
        -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$build/fuzz-artifacts/$t/" "${dirs[@]}" >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log)"
        status=1
        grep -E "ERROR|SUMMARY|Test unit written|check failed" "$log" | head -8 >&2 || true
    fi
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    summary+=("$(printf '%-10s %12s executions %8s/s  %s' "$t" "${execs:-?}" "${rate:-?}" "$result")")
done
echo
echo "Fuzzing, ${seconds}s per target:"
printf '  %s\n' "${summary[@]}"
exit "$status"
