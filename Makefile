# The two commands: `make serve` (develop) and `make test` (everything CI checks).
# Every install step checks first and skips what is already there, so a warm run starts in
# seconds and a fresh machine sets itself up (~10 minutes, mostly compiling trunk and
# wasm-bindgen-cli; README "The two commands" has the measured times).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# node_modules/.bin first: Debian's wasm-opt (binaryen 108) cannot read wasm-bindgen's output.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROMIUM := /usr/bin/chromium

.PHONY: help setup setup-test serve build test lint test-native test-browser test-e2e test-serve bench clean

help:
	@echo "make serve   install what is missing, then serve the fact sheet on http://127.0.0.1:8080"
	@echo "             (PORT=8090 make serve for another port); rebuilt and re-rendered on change"
	@echo "make test    install what is missing, then run every check CI runs"
	@echo "make build   release build into dist/ (pre-rendered)"
	@echo "make bench   benchmark against the static floor and the Chart.js page (target/bench/)"

# scripts/setup.sh says what it installs and how long that takes, and skips what is there.
setup:
	@scripts/setup.sh serve

setup-test:
	@scripts/setup.sh test

serve: setup
	@scripts/serve.sh

build: setup
	trunk build --release

# check_structure.py: no import cycles, no globs across browser/start/view, files and
# functions within their sizes (its rules and allowlist are at its top).
lint: setup
	python3 scripts/test_check_structure.py
	python3 scripts/check_structure.py
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings

test-native:
	cargo test --workspace

# Once more if the first run fails: on a loaded 2-core machine ChromeDriver's renderer has
# crashed before any test ran ("Unable to receive message from renderer"); a failing test
# fails twice.
test-browser: setup-test
	cargo test --target wasm32-unknown-unknown --test browser \
	  || cargo test --target wasm32-unknown-unknown --test browser

test-e2e: setup-test
	node --test --test-concurrency=1 e2e/

# `make serve` in a fresh clone of the work tree's HEAD (tests/serve.test.mjs).
test-serve: setup-test
	node --test tests/serve.test.mjs

test: setup-test lint test-native build test-browser test-e2e test-serve
	@echo "make test: all checks passed"

# RUNS=7 by default; PEERS= the folder of the reference pages (default ../shared/peers).
bench: setup-test build
	node bench/run.mjs

clean:
	cargo clean
	rm -rf dist node_modules
