#!/usr/bin/env bash
# Builds the .deb: Tauri bundles it, then its files are packed again with xz,
# the compression dpkg-deb itself uses by default (Tauri's gzip leaves the
# package ~45 % larger: 10.2 MiB against 7.0). Prints the package's path.
#
#   scripts/package.sh            the release package
#   scripts/package.sh --debug    the debug build's, packed fast (xz -0): for
#                                 checking what the package declares, not its size
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"

profile=release
tauri_args=(build --ci --bundles deb)
level=6
case "${1:-}" in
  "") ;;
  --debug) profile=debug; tauri_args+=(--debug); level=0 ;;
  *) echo "package.sh: unknown argument '$1' (expected nothing or --debug)" >&2; exit 2 ;;
esac

rm -rf "$target/$profile/bundle/deb"
npx --yes @tauri-apps/cli@2.12.5 "${tauri_args[@]}" -- --locked >&2
deb="$(ls "$target/$profile"/bundle/deb/*.deb | head -n 1)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dpkg-deb --raw-extract "$deb" "$work/root"
dpkg-deb --root-owner-group -Zxz "-z$level" --build "$work/root" "$work/package.deb" >/dev/null
mv "$work/package.deb" "$deb"
echo "$deb"
