#!/usr/bin/env bash
# Palisade bootstrap: install what is missing from Debian's packages, build,
# then run the program on a demo file or run every test.
#
#   installer/bootstrap.sh run    build and start Palisade on a demo program
#   installer/bootstrap.sh test   build and run the whole test suite
#   installer/bootstrap.sh deps   only install the build dependencies
#   installer/bootstrap.sh build  install dependencies and build
#   installer/bootstrap.sh fuzz [SECONDS]
#                                 also install clang and run every fuzz target
#                                 for SECONDS each (default 60)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build_dir="${PALISADE_BUILD_DIR:-$root/build}"
demo_dir="${PALISADE_DEMO_DIR:-$root/build/demo}"
demo_passphrase="palisade demo passphrase"

packages=(
  build-essential cmake pkg-config git file
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libqt6svg6 qt6-translations-l10n
  libpoppler-qt6-dev poppler-utils libxlsxwriter-dev libdtl-dev libzip-dev libssl-dev unzip fonts-dejavu-core
  libgl-dev libxkbcommon-dev
)
backports_packages=(libsqlcipher-dev catch2)
# Only for `fuzz`: libFuzzer and the sanitizers' runtime come with clang.
fuzz_packages=(clang libclang-rt-14-dev)

say() { printf '%s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$p"
  done
}

version_ok() {
  # version_ok PACKAGE MINIMUM
  local v
  v="$(dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true)"
  [ -n "$v" ] && dpkg --compare-versions "$v" ge "$2"
}

enable_backports() {
  local codename
  codename="$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")"
  [ "$codename" = "bookworm" ] || return 0
  if grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return 0
  fi
  say "Enabling bookworm-backports for SQLCipher 4 and Catch2 3..."
  local uris signed
  uris="$(awk '/^URIs:/ && $2 ~ /debian\/?$/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)"
  signed="$(awk '/^Signed-By:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)"
  [ -n "$uris" ] || uris="http://deb.debian.org/debian"
  [ -n "$signed" ] || signed="/usr/share/keyrings/debian-archive-keyring.gpg"
  printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: %s\n' \
    "$uris" "$signed" | as_root tee /etc/apt/sources.list.d/palisade-backports.sources >/dev/null
  need_update=1
}

install_deps() {
  need_update=0
  local missing=() backports_missing=()
  mapfile -t missing < <(missing_packages "${packages[@]}")
  version_ok libsqlcipher-dev 4.5 || backports_missing+=(libsqlcipher-dev)
  version_ok catch2 3.0 || backports_missing+=(catch2)
  if [ ${#missing[@]} -eq 0 ] && [ ${#backports_missing[@]} -eq 0 ]; then
    return 0
  fi
  export DEBIAN_FRONTEND=noninteractive
  if [ ${#backports_missing[@]} -gt 0 ]; then enable_backports; fi
  say "Installing: ${missing[*]} ${backports_missing[*]}"
  as_root apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  if [ ${#backports_missing[@]} -gt 0 ]; then
    local codename
    codename="$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")"
    if [ "$codename" = "bookworm" ]; then
      as_root apt-get install -y -qq --no-install-recommends -t bookworm-backports "${backports_missing[@]}" >/dev/null
    else
      as_root apt-get install -y -qq --no-install-recommends "${backports_missing[@]}" >/dev/null
    fi
  fi
}

build() {
  local jobs
  jobs="$(nproc 2>/dev/null || echo 2)"
  cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE="${PALISADE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
  cmake --build "$build_dir" --parallel "$jobs"
}

run_tests() {
  export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
  ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" --timeout 600
}

run_demo() {
  local file="$demo_dir/demo.palisade"
  mkdir -p "$demo_dir"
  if [ ! -f "$file" ]; then
    say "Creating the demo program file $file"
    # Six years of a coding and billing firm's program, dated back from today:
    # every area filled through the same rules as the application, with the
    # audit trail of every change.
    printf '%s\n' "$demo_passphrase" | "$build_dir/app/palisade-cli" --db "$file" \
      --actor "Demo Officer" demo --org "Riverbend Coding Services" --scale small --seed 1 >/dev/null
  fi
  say "Demo program: $file"
  say "Demo passphrase: $demo_passphrase"
  exec "$build_dir/app/palisade" --file "$file"
}

case "${1:-}" in
  deps) install_deps ;;
  build) install_deps; build ;;
  test) install_deps; build; run_tests ;;
  run) install_deps; build; run_demo ;;
  fuzz)
    install_deps
    packages=("${fuzz_packages[@]}")
    install_deps
    exec "$root/tests/fuzz/run-fuzzers.sh" "${2:-60}"
    ;;
  *)
    say "usage: installer/bootstrap.sh run|test|build|deps|fuzz [SECONDS]"
    exit 1
    ;;
esac
