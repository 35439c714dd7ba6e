# The two commands: `make serve` (develop) and `make test` (everything CI checks).
# Every install step checks first and skips what is already there, so a warm run starts in
# seconds and a fresh machine sets itself up (~11 minutes, mostly compiling trunk).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# node_modules/.bin first: Debian's wasm-opt (binaryen 108) cannot read wasm-bindgen's output.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROMIUM := /usr/bin/chromium

TRUNK_VERSION := 0.21.14
# The wasm-bindgen CLI must equal the library in Cargo.lock, or trunk tries to download it.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3 }' Cargo.lock)

.PHONY: help setup setup-test serve build test lint test-native test-browser test-e2e bench clean

help:
	@echo "make serve   install what is missing, then serve the fact sheet on http://127.0.0.1:8080"
	@echo "make test    install what is missing, then run every check CI runs"
	@echo "make build   release build into dist/ (pre-rendered)"
	@echo "make bench   benchmark against the static floor and the Chart.js page (target/bench/)"

setup: node_modules/.package-lock.json
	@# Fonts for the link-preview images rendered at build time.
	@if ! [ -d /usr/share/fonts/truetype/dejavu ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends fonts-dejavu-core; \
	fi
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" \
	  || cargo install trunk --version $(TRUNK_VERSION) --locked
	@# No --locked: the registry lacks one of wasm-bindgen-cli's locked dependencies.
	@wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $(WASM_BINDGEN_VERSION)" \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

node_modules/.package-lock.json: package-lock.json package.json
	npm ci --no-audit --no-fund
	@touch $@

setup-test: setup
	@if ! [ -x $(CHROMIUM) ] || ! [ -x $(CHROMEDRIVER) ] || ! [ -x /usr/sbin/nginx ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends chromium chromium-driver nginx; \
	fi

serve: setup
	trunk serve

build: setup
	trunk build --release

lint: setup
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings

test-native:
	cargo test

test-browser: setup-test
	cargo test --target wasm32-unknown-unknown --test browser

test-e2e: setup-test
	node --test --test-concurrency=1 e2e/

test: setup-test lint test-native build test-browser test-e2e
	@echo "make test: all checks passed"

# RUNS=7 by default; PEERS= the folder of the reference pages (default ../shared/peers).
bench: setup-test build
	node bench/run.mjs

clean:
	cargo clean
	rm -rf dist node_modules
