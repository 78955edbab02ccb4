"""Which of the laptop's addresses phones can reach, and the room check (issue 31).

No Qt and no sockets here: the window lists the interfaces (QNetworkInterface reads the
system's list; nothing is resolved or probed) and hands them over as :class:`Address`
values. This module says what each looks like, which one is likeliest the one the phones
are on, and what the room check finds. The findings are codes with their details; the
window puts them into words (translated), so this module holds no user-visible text.

On Windows the check also asks PowerShell which networks Windows calls "Public" (its
firewall then blocks phones); :func:`parse_windows_profiles` reads that answer.
"""

from __future__ import annotations

import enum
import ipaddress
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

#: The address Windows' own mobile hotspot gives the laptop (Internet Connection Sharing).
WINDOWS_HOTSPOT_ADDRESS = "192.168.137.1"
#: NetworkManager's "Hotspot" / shared connection on Linux.
LINUX_HOTSPOT_ADDRESS = "10.42.0.1"

#: The PowerShell command that lists Windows' network profiles as JSON. The category is
#: written as its name (Windows PowerShell 5.1 would write the enum as a number); the
#: names are the same on every language of Windows.
WINDOWS_PROFILES_COMMAND = (
    "[Console]::OutputEncoding = [Text.Encoding]::UTF8; "
    "Get-NetConnectionProfile | Select-Object InterfaceAlias,"
    "@{Name='NetworkCategory';Expression={[string]$_.NetworkCategory}} | ConvertTo-Json"
)

_VIRTUAL_NAMES = re.compile(
    r"docker|vbox|virtualbox|vmnet|vmware|virbr|veth|vethernet|hyper-v|wsl|br-|"
    r"\btun|\btap|wg\d|wireguard|tailscale|zerotier|utun|vpn|loopback",
    re.IGNORECASE,
)
_HOTSPOT_NAMES = re.compile(r"hotspot|local area connection\*|lan-verbindung\*", re.IGNORECASE)


class Kind(enum.Enum):
    """What an address looks like to the facilitator (the window names it)."""

    HOTSPOT = "hotspot"
    WIFI = "wifi"
    ETHERNET = "ethernet"
    OTHER = "other"
    #: A VPN, a virtual machine's or a container's network: phones cannot reach it.
    VIRTUAL = "virtual"


@dataclass(frozen=True)
class Address:
    """One IPv4 address of the laptop, with its interface."""

    ip: str
    #: The interface's name as the system shows it ("Wi-Fi", "WLAN", "wlp2s0").
    interface: str
    kind: Kind = Kind.OTHER

    @property
    def link_local(self) -> bool:
        """169.254.x.y: the laptop gave itself an address because no network offered one."""
        return ipaddress.IPv4Address(self.ip).is_link_local


def classify(ip: str, name: str, hint: Kind = Kind.OTHER, platform: str = "") -> Kind:
    """What an address looks like: ``hint`` is what the system says of the interface
    (Wi-Fi or Ethernet, when it knows); the address and the name can say more."""
    if ip == WINDOWS_HOTSPOT_ADDRESS and platform.startswith("win"):
        return Kind.HOTSPOT
    if ip == LINUX_HOTSPOT_ADDRESS and platform.startswith("linux"):
        return Kind.HOTSPOT
    if platform == "darwin" and name.startswith("bridge"):
        return Kind.HOTSPOT  # macOS Internet Sharing
    if _HOTSPOT_NAMES.search(name):
        return Kind.HOTSPOT
    if _VIRTUAL_NAMES.search(name):
        return Kind.VIRTUAL
    if hint is not Kind.OTHER:
        return hint
    lowered = name.lower()
    if lowered.startswith(("wl", "wi-fi", "wifi", "wlan")):
        return Kind.WIFI
    if lowered.startswith(("en", "eth", "ethernet")):
        return Kind.ETHERNET
    return Kind.OTHER


_PREFERENCE = {Kind.HOTSPOT: 0, Kind.WIFI: 1, Kind.ETHERNET: 2, Kind.OTHER: 3, Kind.VIRTUAL: 4}


def usable(addresses: Iterable[Address]) -> list[Address]:
    """The addresses to offer, likeliest first: a hotspot (started for the phones), then
    Wi-Fi, Ethernet, others, virtual ones last. Link-local addresses (169.254) only when
    there is nothing else: then they are all there is to say."""
    seen: set[str] = set()
    unique = []
    for a in addresses:
        if a.ip not in seen:
            seen.add(a.ip)
            unique.append(a)
    real = [a for a in unique if not a.link_local]
    chosen = real or [a for a in unique if a.link_local]
    return sorted(chosen, key=lambda a: (_PREFERENCE[a.kind], a.link_local))


class Level(enum.IntEnum):
    """How much a finding matters; the window shows a symbol AND a word for each."""

    OK = 0
    NOTE = 1
    WARNING = 2
    PROBLEM = 3


class Finding(enum.Enum):
    """What the room check can find. The window says each in words, with what to do."""

    #: No address at all: no Wi-Fi, no cable, no hotspot.
    NO_NETWORK = "no_network"
    #: Only 169.254.x.y: the network gave the laptop no address (no DHCP).
    ONLY_LINK_LOCAL = "only_link_local"
    #: One network: the address phones will use.
    ONE_NETWORK = "one_network"
    #: Several networks: pick the one the phones are on.
    SEVERAL_NETWORKS = "several_networks"
    #: Windows calls a network "Public": its firewall blocks phones there.
    PUBLIC_NETWORK = "public_network"
    #: Windows may ask once whether to let the app take connections: answer Allow.
    WINDOWS_FIREWALL_ASKS = "windows_firewall_asks"
    #: Phones warn "no internet": tell people to stay connected.
    NO_INTERNET_WARNING = "no_internet_warning"


LEVELS = {
    Finding.NO_NETWORK: Level.PROBLEM,
    Finding.ONLY_LINK_LOCAL: Level.PROBLEM,
    Finding.ONE_NETWORK: Level.OK,
    Finding.SEVERAL_NETWORKS: Level.NOTE,
    Finding.PUBLIC_NETWORK: Level.WARNING,
    Finding.WINDOWS_FIREWALL_ASKS: Level.NOTE,
    Finding.NO_INTERNET_WARNING: Level.NOTE,
}


@dataclass(frozen=True)
class CheckResult:
    """One finding and what it is about (an address, an interface's name, a count)."""

    finding: Finding
    #: The address concerned (ONE_NETWORK, ONLY_LINK_LOCAL), if any.
    address: Address | None = None
    #: The interface concerned (PUBLIC_NETWORK), if any.
    interface: str = ""
    #: How many networks (SEVERAL_NETWORKS).
    count: int = 0

    @property
    def level(self) -> Level:
        return LEVELS[self.finding]


def room_check(
    addresses: Sequence[Address],
    public_interfaces: Iterable[str] = (),
    platform: str = "",
) -> list[CheckResult]:
    """What the room check finds, the most serious first. ``addresses`` are all the
    laptop's IPv4 addresses (not loopback); ``public_interfaces`` the interfaces Windows
    calls Public (see :func:`parse_windows_profiles`)."""
    offered = usable(addresses)
    found: list[CheckResult] = []
    if not offered:
        return [CheckResult(Finding.NO_NETWORK)]
    if all(a.link_local for a in offered):
        found.append(CheckResult(Finding.ONLY_LINK_LOCAL, address=offered[0]))
    reachable = [a for a in offered if not a.link_local and a.kind is not Kind.VIRTUAL]
    names = {a.interface for a in offered}
    for name in sorted(set(public_interfaces) & names):
        found.append(CheckResult(Finding.PUBLIC_NETWORK, interface=name))
    if len(reachable) > 1:
        found.append(CheckResult(Finding.SEVERAL_NETWORKS, count=len(reachable)))
    elif len(reachable) == 1:
        found.append(CheckResult(Finding.ONE_NETWORK, address=reachable[0]))
    if platform.startswith("win"):
        found.append(CheckResult(Finding.WINDOWS_FIREWALL_ASKS))
    found.append(CheckResult(Finding.NO_INTERNET_WARNING))
    return sorted(found, key=lambda r: -r.level)


_CATEGORY_NUMBERS = {0: "Public", 1: "Private", 2: "DomainAuthenticated"}


def parse_windows_profiles(output: str | bytes) -> dict[str, str]:
    """Interface alias -> network category ("Public", "Private" or "DomainAuthenticated")
    from :data:`WINDOWS_PROFILES_COMMAND`'s output. PowerShell writes one object when there
    is one network and a list when there are several, nothing when there is none; the
    category may come as a number (0 Public, 1 Private, 2 DomainAuthenticated). Anything
    unreadable gives an empty answer: the check then says nothing about profiles."""
    if isinstance(output, bytes):
        output = output.decode("utf-8", errors="replace")
    text = output.strip().lstrip("\ufeff")
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    items = data if isinstance(data, list) else [data]
    profiles: dict[str, str] = {}
    for item in items:
        if not isinstance(item, Mapping):
            continue
        alias = item.get("InterfaceAlias")
        category = item.get("NetworkCategory")
        if isinstance(category, int) and not isinstance(category, bool):
            category = _CATEGORY_NUMBERS.get(category)
        if isinstance(alias, str) and isinstance(category, str) and alias:
            profiles[alias] = category
    return profiles


def public_interfaces(profiles: Mapping[str, str]) -> set[str]:
    """The interfaces Windows calls Public."""
    return {alias for alias, category in profiles.items() if category.lower() == "public"}
