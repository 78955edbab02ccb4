"""Check finished translations in resources/translations/costar_*.ts against their English.

For every message: the translation is present and finished, and it keeps what the code and
the screen rely on: the %1…%9 placeholders, one "&" accelerator where the English has one
("&&" is a literal ampersand), leading and trailing spaces, line breaks, HTML tags and the
symbols shown on buttons (…, →, ★, ⚠, ✓, ⏱, ⏰, ◀, ▶, ✕, ↶). Prints one line per problem and
exits 1 if there is any.

    python tools/check_translations.py [file.ts …]

Without arguments it checks every costar_<lang>.ts (not the template costar.ts).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYMBOLS = "…→★⚠✓⏱⏰◀▶✕↶"


def placeholders(text: str) -> Counter:
    return Counter(re.findall(r"%\d", text))


def accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


def edges(text: str) -> tuple[str, str]:
    return (text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :])


def tags(text: str) -> Counter:
    return Counter(re.findall(r"</?\w+[^>]*>", text))


def check_file(path: Path) -> list[str]:
    problems = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            where = f"{path.name} [{name}] {source!r}"
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: not finished")
                continue
            # A plural message (numerus="yes") holds one <numerusform> per plural form of
            # the language: each is checked as a translation of its own.
            forms = tr.findall("numerusform") if message.get("numerus") == "yes" else [tr]
            for form in forms:
                problems.extend(_check_text(where, source, form.text or ""))
    return problems


def _check_text(where: str, source: str, text: str) -> list[str]:
    problems = []
    if not text.strip():
        return [f"{where}: empty translation"]
    if placeholders(text) != placeholders(source):
        problems.append(f"{where}: placeholders differ in {text!r}")
    if accelerators(text) != accelerators(source):
        problems.append(f"{where}: '&' accelerators differ in {text!r}")
    elif accelerators(text) and not re.search(r"&(?!&)\w", text.replace("&&", "")):
        problems.append(f"{where}: '&' is not before a letter in {text!r}")
    if edges(text) != edges(source):
        problems.append(f"{where}: leading or trailing whitespace differs in {text!r}")
    if text.count("\n") != source.count("\n"):
        problems.append(f"{where}: line breaks differ in {text!r}")
    if tags(text) != tags(source):
        problems.append(f"{where}: HTML tags differ in {text!r}")
    for symbol in SYMBOLS:
        if text.count(symbol) != source.count(symbol):
            problems.append(f"{where}: symbol {symbol} differs in {text!r}")
    return problems


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(
        p for p in (ROOT / "resources" / "translations").glob("costar_*.ts")
    )
    problems = [p for f in files for p in check_file(f)]
    for p in problems:
        print(p)
    print(f"{len(files)} file(s) checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
