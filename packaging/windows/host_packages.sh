#!/bin/sh
# The Debian packages the Windows build on Linux needs (packaging/windows/wine.py), installed
# only when missing. Run as root (CI is); prints what to run otherwise. Inno Setup's compiler
# is a 32-bit program, so i386 is added before Wine is installed (and before any prefix).
set -eu
need=""
command -v wine >/dev/null 2>&1 || need="$need wine wine64 wine32:i386"
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || need="$need gcc-mingw-w64-x86-64"
command -v Xvfb >/dev/null 2>&1 || need="$need xvfb"
command -v npm >/dev/null 2>&1 || need="$need npm"
[ -z "$need" ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "The Windows build needs these Debian packages:$need" >&2
    echo "  sudo dpkg --add-architecture i386 && sudo apt-get update && sudo apt-get install$need" >&2
    exit 1
fi
dpkg --add-architecture i386
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null
