"""Version and names come from the package; generated files carry them."""

import configparser
import xml.etree.ElementTree as ET

import metadata
import pytest

import costar_desktop


def test_version_and_ids_come_from_the_package():
    assert metadata.VERSION == costar_desktop.__version__
    assert metadata.APP_ID == costar_desktop.APP_ID
    assert metadata.APP_NAME == costar_desktop.APP_NAME


@pytest.mark.parametrize(
    "text, expected",
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.0.1rc1", (2, 0, 1, 0)),
        ("3.1.0.dev4", (3, 1, 0, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
    ],
)
def test_version_tuple(text, expected):
    assert metadata.version_tuple(text) == expected


def test_windows_version_resource_names_the_version():
    text = metadata.windows_version_info("1.4.2")
    assert "filevers=(1, 4, 2, 0)" in text
    assert "StringStruct('ProductVersion', '1.4.2')" in text
    assert "StringStruct('OriginalFilename', 'costar.exe')" in text
    compile(text, "version_info.txt", "eval")  # PyInstaller evaluates it as Python


def test_desktop_entry_is_complete():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(metadata.desktop_entry("/opt/costar-desktop/costar"))
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "CoStar Desktop"
    assert entry["Exec"] == "/opt/costar-desktop/costar %f"
    assert entry["Icon"] == metadata.APP_ID
    assert metadata.MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Categories"].endswith(";")
    assert "@" not in metadata.desktop_entry()


def test_metainfo_names_this_release():
    root = ET.fromstring(metadata.metainfo_xml("2026-01-31"))
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == metadata.APP_ID
    assert root.find("launchable").text == f"{metadata.APP_ID}.desktop"
    release = root.find("releases/release")
    assert release.get("version") == metadata.VERSION
    assert release.get("date") == "2026-01-31"
    assert root.findtext("project_license") == "MIT"


def test_mime_type_claims_costar_files():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.fromstring(metadata.mime_xml())
    mime = root.find("m:mime-type", ns)
    assert mime.get("type") == metadata.MIME_TYPE
    assert mime.find("m:glob", ns).get("pattern") == "*.costar"


def test_artefact_names_carry_version_system_and_machine():
    stem = metadata.artefact_stem()
    assert stem.startswith(f"costar-desktop-{metadata.VERSION}-")
    assert metadata.os_name() in stem and metadata.arch() in stem
