#!/bin/sh
# The Debian package the phone page's browser test needs (make test-browser), installed only
# when missing. Run as root (CI is); prints what to run otherwise.
set -eu
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "The browser test needs Chromium:  sudo apt-get update && sudo apt-get install chromium" >&2
    exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
