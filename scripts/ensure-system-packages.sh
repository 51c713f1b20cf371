#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages a build step needs, only when one is missing.
# Usage: scripts/ensure-system-packages.sh desktop|test|screenshots|smoke|install
set -euo pipefail

packages=()
for group in "$@"; do
  case "$group" in
    desktop) packages+=(build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev libxdo-dev) ;;
    test)
      packages+=(build-essential chromium gzip python3)
      # Node runs the browser tests and wasm-opt (npm `binaryen`). A Node from elsewhere (NodeSource
      # bundles npm) is kept as it is: Debian's npm package would conflict with it.
      command -v node >/dev/null || packages+=(nodejs)
      command -v npm >/dev/null || packages+=(npm)
      ;;
    screenshots) packages+=(xvfb xauth imagemagick xdotool) ;;
    # The desktop smoke test: a virtual X server and key presses through it.
    smoke) packages+=(xvfb xdotool) ;;
    # `make install` checks the launcher entry it writes.
    install) packages+=(desktop-file-utils) ;;
    *) echo "unknown package group: $group" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
