#!/usr/bin/env bash
# `make serve`: builds the sheet with trunk (the post-build hook pre-renders it), serves it on
# http://127.0.0.1:$PORT (8080 unless set) and rebuilds and re-renders it when src/, static/,
# index.html, build.rs or Cargo.toml change. Says when the page can be opened.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-8080}
url="http://127.0.0.1:$port/"

if [ -d target/debug/build ]; then
  echo "serve: building the sheet (seconds to a minute)"
else
  echo "serve: building the sheet for the first time: compiling the app and its pre-render takes about 1-2 minutes on 2 cores"
fi
trunk serve --port "$port" &
trunk=$!
stop() {
  kill "$trunk" 2>/dev/null || true
  wait "$trunk" 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT TERM

# trunk builds before it listens; the page is there once it answers with the pre-rendered sheet.
up() {
  node -e 'fetch(process.argv[1]).then((r) => r.text()).then((t) => process.exit(t.includes("kf-value") ? 0 : 1), () => process.exit(1))' "$url"
}
until up; do
  if ! kill -0 "$trunk" 2>/dev/null; then
    wait "$trunk" && status=0 || status=$?
    echo "serve: trunk stopped (exit $status) before the page was served" >&2
    exit 1
  fi
  sleep 1
done
echo "serve: serving on $url (rebuilt and re-rendered on every change; Ctrl-C stops)"
wait "$trunk"
