#!/usr/bin/env bash
# Installs the build into a scratch prefix and checks that a desktop finds Kizuna there (launcher,
# icons, the .kizuna MIME type), then makes the Debian package with CPack and looks inside it.
# Usage: check_install.sh CMAKE CPACK BUILD_DIR
set -euo pipefail
cmake=$1 cpack=$2 build=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "install check: $*" >&2; exit 1; }

"$cmake" --install "$build" --prefix "$scratch/usr" > /dev/null
share=$scratch/usr/share
for file in bin/kizuna bin/kizuna-cli share/applications/kizuna.desktop \
            share/mime/packages/kizuna.xml share/icons/hicolor/scalable/apps/kizuna.svg \
            share/icons/hicolor/48x48/apps/kizuna.png share/icons/hicolor/128x128/apps/kizuna.png \
            share/icons/hicolor/256x256/apps/kizuna.png share/doc/Kizuna/LICENSE; do
  [ -s "$scratch/usr/$file" ] || fail "$file was not installed"
done
desktop=$share/applications/kizuna.desktop
grep -qx 'Exec=kizuna %f' "$desktop" || fail "the launcher does not pass the file to kizuna"
grep -qx 'Icon=kizuna' "$desktop" || fail "the launcher names another icon"
mime=$(sed -n 's/.*mime-type type="\([^"]*\)".*/\1/p' "$share/mime/packages/kizuna.xml")
[ "$mime" = application/x-kizuna-map ] || fail "unexpected MIME type '$mime'"
grep -qx "MimeType=$mime;" "$desktop" || fail "the launcher does not open $mime files"
grep -q 'glob pattern="\*.kizuna"' "$share/mime/packages/kizuna.xml" || fail "no *.kizuna glob"
if command -v xmllint > /dev/null; then xmllint --noout "$share/mime/packages/kizuna.xml"; fi
if command -v desktop-file-validate > /dev/null; then desktop-file-validate "$desktop"; fi
file "$share/icons/hicolor/48x48/apps/kizuna.png" 2> /dev/null | grep -q '48 x 48' ||
  ! command -v file > /dev/null || fail "the 48x48 icon is not 48x48"
"$scratch/usr/bin/kizuna-cli" --help > /dev/null || fail "the installed kizuna-cli does not run"

# The Debian package holds the same files.
(cd "$scratch" && "$cpack" --config "$build/CPackConfig.cmake" -B "$scratch/package" > /dev/null)
deb=$(ls "$scratch"/package/*.deb)
[ "$(dpkg-deb -f "$deb" Package)" = kizuna ] || fail "the package is not named kizuna"
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/kizuna ./usr/bin/kizuna-cli ./usr/share/applications/kizuna.desktop \
            ./usr/share/mime/packages/kizuna.xml ./usr/share/icons/hicolor/scalable/apps/kizuna.svg; do
  grep -q " $file\$" <<< "$contents" || fail "$file is not in $(basename "$deb")"
done
echo "installed and packaged: $(basename "$deb")"
