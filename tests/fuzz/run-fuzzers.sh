#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and
# UndefinedBehaviorSanitizer on) and runs each for a bounded time, starting
# from its seed corpus in tests/data/fuzz/<target>.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET defaults to 60; targets default to all of them. New
# inputs that reach new code stay in build-fuzz/corpus/<target> for the next
# run; the seed corpus is never written. A finding (crash, hang, leak or broken
# property) is saved in build-fuzz/findings/<target>/ and the script exits 1:
# fix the cause, then copy the finding into tests/data/fuzz/<target>/ under a
# name that says what it is, where the test suite replays it from then on.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${PALISADE_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(CsvReader AssetCsvImporter RiskCsvImporter CounterpartyCsvImporter
    AgreementCsvImporter PeopleCsvImporter CompletionCsvImporter)
fi

for tool in clang clang++; do
  command -v "$tool" >/dev/null || {
    echo "$tool is missing: run installer/bootstrap.sh fuzz, which installs it." >&2
    exit 2
  }
done

flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPALISADE_BUILD_TESTS=OFF -DPALISADE_BUILD_FUZZ=ON \
  "-DCMAKE_CXX_FLAGS=$flags" >/dev/null
cmake --build "$build" --parallel "$(nproc 2>/dev/null || echo 2)" \
  --target "${targets[@]/%/Fuzz}"

found=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  findings="$build/findings/$target"
  mkdir -p "$corpus" "$findings"
  echo "== $target: ${seconds} s" >&2
  # Sanitizer leak reports would name Qt's and fontconfig's process-lifetime
  # caches; leaks are looked for by the asan test preset instead.
  if ! ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    QT_QPA_PLATFORM=offscreen \
    "$build/tests/fuzz/${target}Fuzz" "$corpus" "$root/tests/data/fuzz/$target" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="$findings/" -print_final_stats=1 2>"$build/$target.log"; then
    found=1
    echo "Finding in $target: see $build/$target.log and $findings/" >&2
  fi
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done)' "$build/$target.log" >&2 || true
done
exit "$found"
