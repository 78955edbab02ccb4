"""The room check's Qt-free parts: what addresses look like, the likeliest one, the
findings, and Windows' network profiles read from PowerShell's JSON."""

from __future__ import annotations

import pytest

from costar_desktop.room.network import (
    Address,
    Finding,
    Kind,
    Level,
    classify,
    parse_windows_profiles,
    public_interfaces,
    room_check,
    usable,
)

WIFI = Address("192.168.1.20", "Wi-Fi", Kind.WIFI)
CABLE = Address("10.0.0.5", "Ethernet", Kind.ETHERNET)
HOTSPOT = Address("192.168.137.1", "Local Area Connection* 10", Kind.HOTSPOT)
DOCKER = Address("172.17.0.1", "docker0", Kind.VIRTUAL)
LINK_LOCAL = Address("169.254.10.3", "Ethernet", Kind.ETHERNET)


def findings(results):
    return [r.finding for r in results]


@pytest.mark.parametrize(
    ("ip", "name", "hint", "platform", "kind"),
    [
        ("192.168.137.1", "Local Area Connection* 2", Kind.OTHER, "win32", Kind.HOTSPOT),
        ("192.168.137.1", "Ethernet 3", Kind.ETHERNET, "win32", Kind.HOTSPOT),
        ("192.168.137.1", "eth0", Kind.ETHERNET, "linux", Kind.ETHERNET),
        ("10.42.0.1", "wlp2s0", Kind.WIFI, "linux", Kind.HOTSPOT),
        ("192.168.2.1", "bridge100", Kind.OTHER, "darwin", Kind.HOTSPOT),
        ("192.168.1.20", "Wi-Fi", Kind.WIFI, "win32", Kind.WIFI),
        ("192.168.1.20", "WLAN", Kind.OTHER, "win32", Kind.WIFI),
        ("192.168.1.20", "wlp2s0", Kind.OTHER, "linux", Kind.WIFI),
        ("10.0.0.5", "enp0s31f6", Kind.OTHER, "linux", Kind.ETHERNET),
        ("172.17.0.1", "docker0", Kind.ETHERNET, "linux", Kind.VIRTUAL),
        ("172.20.0.1", "vEthernet (WSL)", Kind.ETHERNET, "win32", Kind.VIRTUAL),
        ("192.168.56.1", "VirtualBox Host-Only Network", Kind.ETHERNET, "win32", Kind.VIRTUAL),
        ("10.8.0.2", "tun0", Kind.OTHER, "linux", Kind.VIRTUAL),
        ("10.1.2.3", "Mobile Hotspot", Kind.WIFI, "win32", Kind.HOTSPOT),
        ("10.1.2.3", "ppp0", Kind.OTHER, "linux", Kind.OTHER),
    ],
)
def test_what_an_address_looks_like(ip, name, hint, platform, kind):
    assert classify(ip, name, hint, platform) is kind


def test_the_likeliest_address_comes_first_and_link_local_only_when_alone():
    assert usable([DOCKER, CABLE, WIFI, HOTSPOT, LINK_LOCAL]) == [HOTSPOT, WIFI, CABLE, DOCKER]
    assert usable([LINK_LOCAL]) == [LINK_LOCAL]
    assert usable([WIFI, WIFI]) == [WIFI]
    assert usable([]) == []


def test_no_network_at_all_is_the_one_finding():
    results = room_check([])
    assert findings(results) == [Finding.NO_NETWORK]
    assert results[0].level is Level.PROBLEM


def test_one_network_names_its_address_and_warns_of_no_internet():
    results = room_check([WIFI], platform="linux")
    assert findings(results) == [Finding.NO_INTERNET_WARNING, Finding.ONE_NETWORK]
    assert results[1].address == WIFI
    assert results[1].level is Level.OK


def test_several_networks_ask_to_pick_the_phones_one_and_virtual_ones_do_not_count():
    results = room_check([WIFI, CABLE, DOCKER], platform="linux")
    several = [r for r in results if r.finding is Finding.SEVERAL_NETWORKS]
    assert several and several[0].count == 2
    assert findings(room_check([WIFI, DOCKER])) == [
        Finding.NO_INTERNET_WARNING,
        Finding.ONE_NETWORK,
    ]


def test_only_link_local_means_no_dhcp():
    results = room_check([LINK_LOCAL])
    assert results[0].finding is Finding.ONLY_LINK_LOCAL
    assert results[0].level is Level.PROBLEM
    assert results[0].address == LINK_LOCAL
    assert Finding.ONE_NETWORK not in findings(results)


def test_a_public_network_on_windows_is_a_warning_first():
    results = room_check(
        [WIFI, HOTSPOT], public_interfaces={"Wi-Fi", "Elsewhere"}, platform="win32"
    )
    assert results[0].finding is Finding.PUBLIC_NETWORK
    assert results[0].interface == "Wi-Fi"
    assert [r.interface for r in results if r.finding is Finding.PUBLIC_NETWORK] == ["Wi-Fi"]
    assert Finding.WINDOWS_FIREWALL_ASKS in findings(results)
    assert Finding.WINDOWS_FIREWALL_ASKS not in findings(room_check([WIFI], platform="linux"))


def test_findings_come_most_serious_first():
    results = room_check([WIFI, CABLE], public_interfaces={"Ethernet"}, platform="win32")
    levels = [r.level for r in results]
    assert levels == sorted(levels, reverse=True)


# --- Windows' network profiles (Get-NetConnectionProfile | ConvertTo-Json) ---------------

ONE_PROFILE = """
{
    "InterfaceAlias":  "Wi-Fi",
    "NetworkCategory":  "Public"
}
"""

SEVERAL_PROFILES = """\ufeff[
    {
        "InterfaceAlias":  "Ethernet",
        "NetworkCategory":  "DomainAuthenticated"
    },
    {
        "InterfaceAlias":  "Wi-Fi",
        "NetworkCategory":  "Private"
    },
    {
        "InterfaceAlias":  "Local Area Connection* 10",
        "NetworkCategory":  "Public"
    }
]
"""

#: German Windows: the aliases are German, the category names are not translated.
GERMAN = """[
    {"InterfaceAlias": "WLAN", "NetworkCategory": "Public"},
    {"InterfaceAlias": "LAN-Verbindung* 2", "NetworkCategory": "Private"}
]"""

#: Windows PowerShell 5.1 without the command's [string]: the enum as its number.
NUMBERS = (
    '[{"InterfaceAlias": "Wi-Fi", "NetworkCategory": 0}, '
    '{"InterfaceAlias": "Ethernet", "NetworkCategory": 1}]'
)


def test_one_profile_is_a_single_object():
    assert parse_windows_profiles(ONE_PROFILE) == {"Wi-Fi": "Public"}
    assert public_interfaces(parse_windows_profiles(ONE_PROFILE)) == {"Wi-Fi"}


def test_several_profiles_are_a_list_and_bytes_with_a_bom_are_read():
    profiles = parse_windows_profiles(SEVERAL_PROFILES.encode("utf-8"))
    assert profiles == {
        "Ethernet": "DomainAuthenticated",
        "Wi-Fi": "Private",
        "Local Area Connection* 10": "Public",
    }
    assert public_interfaces(profiles) == {"Local Area Connection* 10"}


def test_german_windows_gives_the_same_category_names():
    assert public_interfaces(parse_windows_profiles(GERMAN)) == {"WLAN"}


def test_categories_given_as_numbers():
    assert parse_windows_profiles(NUMBERS) == {"Wi-Fi": "Public", "Ethernet": "Private"}


@pytest.mark.parametrize(
    "output",
    [
        "",
        "   \r\n",
        "not json",
        "null",
        "42",
        '"Public"',
        "[1, 2]",
        '{"InterfaceAlias": 3}',
        '{"NetworkCategory": "Public"}',
        '[{"InterfaceAlias": "Wi-Fi", "NetworkCategory": true}]',
    ],
)
def test_no_network_or_an_unreadable_answer_says_nothing(output):
    assert parse_windows_profiles(output) == {}
