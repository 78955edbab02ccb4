"""What goes into the bundle and what stays out: read by costar.spec, checked by tests.

PySide6-Essentials ships far more than a widgets app uses: QML tooling, SQL drivers,
network and TLS back-ends, a QML virtual keyboard, embedded-Linux platforms and
translations of Qt's own strings. PyInstaller's Qt hook collects plugins per imported
module; these rules then keep only the plugins CoStar Desktop can load and drop the rest.
Everything here is plain data and functions, so a test can hold the lines without
running a build.
"""

from __future__ import annotations

import fnmatch
import sys
from pathlib import Path

#: Python modules never bundled. The Qt ones are parts of PySide6-Essentials we do not
#: import; the others are standard-library extras a GUI app does not need.
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtSvgWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtNetworkAuth",
    "PySide6.QtStateMachine",
    # Test tools that some libraries mention but never need at run time.
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "readline",
    # The app never opens a network connection, so no TLS: without these two, OpenSSL
    # (5 MB) stays out and hashlib uses Python's own MD5/SHA code (reportlab needs MD5).
    "ssl",
    "_ssl",
    "_hashlib",
    # Pillow comes with reportlab, which only reads PNG/JPEG/GIF. Its AVIF, WebP,
    # colour-management, Tk and font parts bring 8 MB of libraries nobody calls.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL.FontFile",
    "PIL.BdfFontFile",
    "PIL.PcfFontFile",
)

#: Shared libraries left to the operating system on Linux (matched against file names
#: at the top of the bundle). These talk to the display, fonts, printers and the desktop
#: and must match the system's own copies: a bundled libstdc++ or glib that is older
#: than the system's breaks the system's GL drivers and GTK. The Debian packages that
#: provide them are the .deb's dependencies (linux_dist.DEB_DEPENDS).
SYSTEM_LIBRARIES = (
    "libX11*",
    "libxcb*",
    "libXau*",
    "libXdmcp*",
    "libXext*",
    "libXrender*",
    "libXi.*",
    "libXfixes*",
    "libXcursor*",
    "libXrandr*",
    "libxkbcommon*",
    "libSM*",
    "libICE*",
    "libGL*",
    "libEGL*",
    "libOpenGL*",
    "libdrm*",
    "libgbm*",
    "libwayland-*",
    "libvulkan*",
    "libfontconfig*",
    "libfreetype*",
    "libexpat*",
    "libpng16*",
    "libbrotli*",
    "libbz2*",
    "libz.so*",
    "libglib-2*",
    "libgio-2*",
    "libgobject-2*",
    "libgmodule-2*",
    "libgthread-2*",
    "libgtk-3*",
    "libgdk-3*",
    "libgdk_pixbuf*",
    "libatk*",
    "libpango*",
    "libcairo*",
    "libpixman*",
    "libharfbuzz*",
    "libfribidi*",
    "libthai*",
    "libdatrie*",
    "libgraphite2*",
    "libepoxy*",
    "libmount*",
    "libblkid*",
    "libselinux*",
    "libpcre2*",
    "libuuid*",
    "libdbus-1*",
    "libsystemd*",
    "libcap.*",
    "libgcrypt*",
    "libgpg-error*",
    "liblz4*",
    "libzstd*",
    "liblzma*",
    "libcups*",
    "libgssapi*",
    "libkrb5*",
    "libk5crypto*",
    "libcom_err*",
    "libkeyutils*",
    "libavahi*",
    "libgnutls*",
    "libstdc++*",
    "libgcc_s*",
    "libbsd*",
    "libmd.*",
    "libtinfo*",
    "libreadline*",
    "libjpeg.so*",
    # GnuTLS and its helpers, which arrive with libcups.
    "libgmp*",
    "libhogweed*",
    "libnettle*",
    "libidn2*",
    "libp11-kit*",
    "libtasn1*",
    "libunistring*",
)

#: The Qt modules the app imports (kept; everything else in EXCLUDED_MODULES goes).
#: QtNetwork only for QNetworkInterface: the room dialog lists the laptop's addresses
#: (issue 31). It opens no connection; its TLS and network-information plugins stay out
#: (their folders are not in kept_plugins).
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtNetwork")

_PLATFORMS = {
    # offscreen is kept everywhere: `costar --self-test` and CI run without a display.
    "linux": ("*qxcb*", "*qwayland*", "*qoffscreen*"),
    "win32": ("*qwindows*", "*qoffscreen*"),
    "darwin": ("*qcocoa*", "*qoffscreen*"),
}


def kept_plugins(platform: str = sys.platform) -> dict[str, tuple[str, ...]]:
    """Plugin folder -> file patterns kept. A folder not named here is dropped whole."""
    key = "linux" if platform.startswith("linux") else platform
    return {
        "platforms": _PLATFORMS.get(key, ("*",)),
        # Native look on Windows (windowsvista) and macOS (macstyle).
        "styles": ("*",),
        # GTK and XDG-portal themes: native file dialogs on Linux desktops and sandboxes.
        "platformthemes": ("*gtk3*", "*xdgdesktopportal*"),
        # Dead keys and input methods (accents, non-Latin scripts); not the QML keyboard.
        "platforminputcontexts": ("*compose*", "*ibus*"),
        # SVG for our icon, ICO for Windows, JPEG/PNG-like formats people may paste later.
        "imageformats": ("*qsvg*", "*qico*", "*qjpeg*", "*qgif*"),
        "iconengines": ("*qsvgicon*",),
        # Printing through CUPS on Linux/macOS (QtPrintSupport).
        "printsupport": ("*",),
        "xcbglintegrations": ("*",),
        # Desktop compositors speak xdg-shell; buffers are shared memory or EGL.
        "wayland-shell-integration": ("*xdg-shell*",),
        "wayland-decoration-client": ("*",),
        "wayland-graphics-integration-client": ("*wayland-egl*",),
    }


#: Qt libraries that PyInstaller's Qt hook collects but that no kept module or plugin
#: links: the embedded-Linux (EGLFS/KMS) and non-desktop Wayland shells.
UNUSED_QT_LIBRARIES = (
    "*Qt6EglFS*",
    "*Qt6EglFsKms*",
    "*Qt6WlShellIntegration*",
    "*Qt6Quick*",
    "*Qt6Qml*",
    "*Qt6Pdf*",
    "*Qt6VirtualKeyboard*",
)


def _qt_relative(dest: str) -> str | None:
    """The part after ``PySide6/Qt/`` (or ``PySide6/`` on Windows), or None."""
    d = dest.replace("\\", "/")
    for marker in ("PySide6/Qt/", "PySide6/"):
        i = d.find(marker)
        if i >= 0:
            return d[i + len(marker) :]
    return None


def is_system_library(dest: str, platform: str = sys.platform) -> bool:
    """A library at the top of a Linux bundle that the system provides instead."""
    if not platform.startswith("linux") or "/" in dest.replace("\\", "/"):
        return False  # vendored copies inside packages (pillow.libs/…) stay
    return any(fnmatch.fnmatch(dest, p) for p in SYSTEM_LIBRARIES)


def keep_entry(dest: str, platform: str = sys.platform) -> bool:
    """Whether a bundled file (its path inside the bundle) belongs in the app."""
    if is_system_library(dest, platform):
        return False
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    if any(fnmatch.fnmatch(name, p) for p in UNUSED_QT_LIBRARIES):
        return False
    rel = _qt_relative(dest)
    if rel is None:
        return True
    if rel.startswith("translations/"):
        # Qt's own strings (file dialog buttons …); the app's texts are English only.
        return False
    if rel.startswith("plugins/"):
        parts = rel.split("/")
        if len(parts) < 3:
            return True
        folder, name = parts[1], parts[-1]
        patterns = kept_plugins(platform).get(folder)
        return bool(patterns) and any(fnmatch.fnmatch(name, p) for p in patterns)
    if rel.startswith(("qml/", "resources/qtwebengine", "libexec/")):
        return False
    return True


def filter_toc(toc, platform: str = sys.platform):
    """``toc`` (PyInstaller's list of (dest, source, kind)) without the entries we drop."""
    return [entry for entry in toc if keep_entry(entry[0], platform)]


#: Microsoft's C++ runtime. CPython, shiboken6 and PySide6 each bring their own copies,
#: of different builds (CPython 3.12.9's VCRUNTIME140 is 14.42, Qt's 14.44), in three
#: folders. Windows loads a DLL of a given name once per process, so whichever loads
#: first serves everyone: Qt could get an older runtime than it was built with, and a PC
#: without Microsoft's redistributable fails with "MSVCP140.dll / VCRUNTIME140_1.dll
#: missing" or a missing entry point. The bundle keeps one copy of each, the newest, at
#: the top (the folder Windows searches first for the app).
CPP_RUNTIME = (
    "msvcp140.dll",
    "msvcp140_1.dll",
    "msvcp140_2.dll",
    "msvcp140_atomic_wait.dll",
    "msvcp140_codecvt_ids.dll",
    "vcruntime140.dll",
    "vcruntime140_1.dll",
    "concrt140.dll",
)


def _base_name(dest: str) -> str:
    return dest.replace("\\", "/").rsplit("/", 1)[-1].lower()


def newest_cpp_runtime(toc, version_of):
    """``toc`` with one copy of each C++ runtime DLL: the newest by ``version_of(source)``
    (a comparable file version), at the top of the bundle; every other copy dropped."""
    best: dict[str, tuple] = {}
    for entry in toc:
        name = _base_name(entry[0])
        if name in CPP_RUNTIME:
            found = best.get(name)
            if found is None or version_of(entry[1]) > version_of(found[1]):
                best[name] = entry
    kept = [entry for entry in toc if _base_name(entry[0]) not in CPP_RUNTIME]
    return kept + [
        (entry[0].replace("\\", "/").rsplit("/", 1)[-1], entry[1], entry[2])
        for name, entry in sorted(best.items())
    ]


def dll_version(path) -> tuple[int, int, int, int]:
    """A Windows DLL's file version (pefile comes with PyInstaller on Windows)."""
    import pefile

    pe = pefile.PE(str(path), fast_load=True)
    try:
        pe.parse_data_directories([pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]])
        info = pe.VS_FIXEDFILEINFO[0]
        return (
            info.FileVersionMS >> 16,
            info.FileVersionMS & 0xFFFF,
            info.FileVersionLS >> 16,
            info.FileVersionLS & 0xFFFF,
        )
    except (AttributeError, IndexError):
        return (0, 0, 0, 0)
    finally:
        pe.close()


def package_modules(root: Path, package: str = "costar_desktop") -> list[str]:
    """Every module of ``package``, named from the files under ``root`` without importing any.

    PyInstaller's ``collect_submodules`` imports the package in a separate Python to list it,
    and finds nothing when the package is not installed there (the Windows build Python under
    Wine runs from the checkout). The panels are imported by name when first shown, so a
    bundle that misses them starts, passes most checks and breaks at the first click."""
    base = Path(root) / package
    names = []
    for path in sorted(base.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if "__pycache__" in parts:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names
