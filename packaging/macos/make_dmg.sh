#!/bin/sh
# Wrap the .app bundle in a compressed disk image with a shortcut to /Applications,
# so installing is "open the .dmg, drag the icon across". macOS only (hdiutil).
#
#   packaging/macos/make_dmg.sh "dist/CoStar Desktop.app" dist/costar-desktop-VERSION-macos-ARCH.dmg
#
# Sign the .app BEFORE this step and notarise the .dmg AFTER it (docs/packaging.md).
set -eu
app=$1
out=$2
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$out"
hdiutil create -volname "CoStar Desktop" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
