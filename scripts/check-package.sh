#!/usr/bin/env bash
# Bundles the .deb from the debug build with scripts/package.sh (about a
# minute once the app is built) and checks what it tells the desktop: the
# desktop entry is valid and opens files (%F) of the workshop type; the MIME
# package, compiled the way shared-mime-info's install trigger does, maps
# *.smow to that type with its icon; the third-party notice ships beside the
# app; and the package is packed the way package.sh packs it. Run by test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
mime=application/x-smo-workshop

deb="$(scripts/package.sh --debug)"
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

fail() { echo "package: $*" >&2; exit 1; }

# Packed again by package.sh: xz, files owned by root, the app executable.
[ "$(ar t "$deb" | grep '^data\.tar')" = "data.tar.xz" ] || fail "the package's files are not packed with xz: $(ar t "$deb" | tr '\n' ' ')"
dpkg-deb --contents "$deb" | awk '{ print $2 }' | grep -qvx 'root/root' && fail "the package has files not owned by root"
[ -x "$root/usr/bin/smo-workbench" ] || fail "the app is not executable"
[ "$(ls "$root/usr/bin")" = "smo-workbench" ] || fail "the package ships more than the app: $(ls "$root/usr/bin" | tr '\n' ' ')"

desktop="$(ls "$root"/usr/share/applications/*.desktop | head -n 1)"
desktop-file-validate "$desktop" || fail "the desktop entry is not valid"
grep -qx "MimeType=$mime;" "$desktop" || fail "the desktop entry does not claim $mime"
grep -Eq '^Exec=smo-workbench %F$' "$desktop" || fail "the desktop entry does not pass files to the app"

xml="$root/usr/share/mime/packages/smo-workbench.xml"
[ -f "$xml" ] || fail "no MIME package in /usr/share/mime/packages"
mkdir -p "$root/compiled/packages"
cp "$xml" "$root/compiled/packages/"
update-mime-database "$root/compiled" >/dev/null 2>&1
grep -qx "$mime:\*.smow" "$root/compiled/globs" || fail "*.smow is not registered as $mime"
grep -qx "$mime:application-x-smo-workshop" "$root/compiled/icons" || fail "the type has no icon"
[ -f "$root/usr/share/icons/hicolor/128x128/mimetypes/application-x-smo-workshop.png" ] || fail "the type's icon is not shipped"

cmp -s "$root/usr/share/doc/smo-workbench/THIRD-PARTY-NOTICES.txt" assets/licences/THIRD-PARTY-NOTICES.txt ||
  fail "the third-party notice is not shipped"
echo "package: $(basename "$deb") declares $mime for *.smow and ships its notice"
