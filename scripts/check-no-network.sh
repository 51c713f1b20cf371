#!/usr/bin/env bash
# Fails when the dependency tree of any platform build holds an HTTP client (or, for the web
# build, any networking crate at all): Fresh Legs makes no connections, and a crate that could
# would be the first step towards one. Prints what it checked.
#
# The desktop and phone builds do contain `tungstenite`, put there by `dioxus-desktop`: it serves
# the webview its page updates over a WebSocket on 127.0.0.1 (the app talking to itself), and
# `dioxus-devtools` uses it to reach `dx serve` in debug builds when dx's own environment
# variables name a dev server. Nothing else may depend on it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

http_clients='^(reqwest|hyper|hyper-util|ureq|isahc|curl|curl-sys|surf|attohttpc|minreq|ehttp|gloo-net|reqwasm|awc|http-client|h2|h3|quinn|tokio-tungstenite|async-tungstenite|websocket|ws)$'
network_crates='^(tungstenite|native-tls|openssl|openssl-sys|rustls|httparse|mio)$'
allowed_tungstenite_users='^(dioxus-desktop|dioxus-devtools)$'

# The crate names in one build's tree of normal (linked) dependencies.
crates() {
  cargo tree --locked -e normal --prefix none --format '{p}' "$@" | awk 'NF { print $1 }' | sort -u
}

failed=0
declare -A trees
check() {
  local build="$1" pattern="$2"
  shift 2
  local found
  trees[$build]="$(crates "$@")"
  found="$(grep -E "$pattern" <<<"${trees[$build]}" || true)"
  if [ -n "$found" ]; then
    echo "FAIL $build: networking crates in the tree: $(tr '\n' ' ' <<<"$found")" >&2
    failed=1
  else
    echo "ok   $build: $(wc -l <<<"${trees[$build]}") crates, no HTTP client"
  fi
}

check "web (wasm32)" "$http_clients|$network_crates" --no-default-features --features web --target wasm32-unknown-unknown
check "web file reader (wasm32)" "$http_clients|$network_crates" --package training-reader --target wasm32-unknown-unknown
check "desktop" "$http_clients" --features desktop
check "android" "$http_clients" --no-default-features --features mobile --target aarch64-linux-android

for spec in "desktop:--features desktop" "android:--no-default-features --features mobile --target aarch64-linux-android"; do
  build="${spec%%:*}"
  read -r -a args <<<"${spec#*:}"
  if ! grep -qx tungstenite <<<"${trees[$build]}"; then
    echo "ok   $build: no tungstenite at all"
    continue
  fi
  # A failing `cargo tree` fails this script: only an empty answer is allowed through.
  users="$(cargo tree --locked -e normal --prefix none --format '{p}' --invert tungstenite --depth 1 "${args[@]}" |
    awk 'NF && $1 != "tungstenite" { print $1 }' | sort -u)"
  unexpected="$(grep -Ev "$allowed_tungstenite_users" <<<"$users" || true)"
  if [ -n "$unexpected" ]; then
    echo "FAIL $build: tungstenite is used by $(tr '\n' ' ' <<<"$unexpected")(only dioxus-desktop's loopback channel may)" >&2
    failed=1
  else
    echo "ok   $build: tungstenite only through $(tr '\n' ' ' <<<"$users")(the webview's loopback channel)"
  fi
done
exit "$failed"
