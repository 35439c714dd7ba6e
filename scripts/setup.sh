#!/usr/bin/env bash
# Installs what `make serve` (setup.sh serve) or `make test` (setup.sh test) needs and is
# missing, saying what it installs and about how long that takes; skips what is there, so a
# warm run takes a second. Everything comes from the package registries (crates.io, npm,
# Debian): nothing is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-serve}

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must equal the library in Cargo.lock, or trunk tries to download it.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)

say() { echo "setup: $*"; }
# One clear line for what only the user can install.
need() {
  command -v "$1" >/dev/null 2>&1 && return
  echo "setup: $1 is missing: $2" >&2
  exit 1
}

need cargo "install Rust 1.95 or later with rustup (rustup.rs), then run make again"
need rustup "install Rust with rustup (rustup.rs): the build adds the wasm32 target through it"
need cc "install a C compiler and linker (Debian: apt-get install build-essential)"
need node "install Node.js 20 or later with npm (Debian: apt-get install nodejs npm)"
need npm "install npm (Debian: apt-get install npm)"
need python3 "install Python 3 (Debian: apt-get install python3): make lint runs scripts/check_structure.py"

# Debian packages, as root or through sudo; elsewhere, one line naming what to install.
apt_install() {
  local why=$1
  shift
  local sudo=
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=sudo; else
      echo "setup: install the packages $* ($why), or run make as root" >&2
      exit 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: install the Debian packages $* or their equivalents ($why)" >&2
    exit 1
  fi
  say "installing $* with apt-get ($why; about a minute)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown (seconds)"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the Rust component $component (seconds)"
    rustup component add "$component"
  fi
done
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  # Without its default features trunk has no TLS stack and no update check: neither is used
  # here (it serves on 127.0.0.1 and downloads nothing), and it compiles faster.
  say "installing trunk $TRUNK_VERSION from crates.io (compiles from source: about 6-7 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  # No --locked: the registry lacks one of wasm-bindgen-cli's locked dependencies.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (compiles from source: about 4 minutes on 2 cores)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if ! [ -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
  || [ package.json -nt node_modules/.package-lock.json ]; then
  say "installing the npm packages of package-lock.json (wasm-opt, playwright-core; seconds)"
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.package-lock.json
fi

# The link-preview images are drawn at build time in each language's script: DejaVu Sans
# (English), Noto Sans CJK (Chinese), Noto Naskh Arabic (Urdu). The end-to-end tests also
# choose among these fonts (e2e/fonts.mjs).
packages=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || packages+=(fonts-dejavu-core)
[ -f /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf ] || packages+=(fonts-noto-core)
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || packages+=(fonts-noto-cjk)
if [ "$what" = test ]; then
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  [ -x /usr/bin/chromedriver ] || packages+=(chromium-driver)
  [ -x /usr/sbin/nginx ] || packages+=(nginx)
  command -v git >/dev/null 2>&1 || packages+=(git)
  # The print tests count and read the pages of the printed PDFs.
  [ -x /usr/bin/pdftotext ] || packages+=(poppler-utils)
fi
if [ "$what" = test ]; then
  command -v python3 >/dev/null 2>&1 || packages+=(python3)
  python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || packages+=(python3-venv)
fi
if [ ${#packages[@]} -gt 0 ]; then
  apt_install "the fonts the link previews are drawn in, and the browser, server and PDF reader the tests use" "${packages[@]}"
fi

# The data package is validated with Frictionless (PyPI), in a virtual environment of the
# project's own.
FRICTIONLESS_VERSION=5.18.1
if [ "$what" = test ] && ! .venv/bin/frictionless --version 2>/dev/null | grep -q "$FRICTIONLESS_VERSION"; then
  say "installing frictionless $FRICTIONLESS_VERSION into .venv (PyPI; about 15 s)"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check "frictionless==$FRICTIONLESS_VERSION"
fi
exit 0
