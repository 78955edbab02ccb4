"""Workshops with text in many scripts, and ways to read generated PDFs back."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from costar_desktop.core.model import (
    Action,
    ActionStatus,
    Co,
    Note,
    Participant,
    ParticipantKind,
    Step,
    Workshop,
    WorkshopData,
)

#: One line per script the PDFs must print (our own sample sentences).
SCRIPTS = {
    "welsh": "Mae’r grŵp yn cwrdd bob dydd Llun ŵ ŷ",
    "polish": "Zażółć gęślą jaźń – spotkanie w środę",
    "vietnamese": "Chúng tôi cùng nhau thiết kế dịch vụ mới",
    "greek": "Σχεδιάζουμε μαζί την υπηρεσία",
    "cyrillic": "Мы вместе планируем новую службу",
    "arabic": "نصمم الخدمة معا مع الأهالي",
    "hebrew": "אנחנו מתכננים את השירות יחד",
    "devanagari": "हम मिलकर सेवा की योजना बनाते हैं",
    "chinese": "我们一起设计新的服务",
    "japanese": "みんなで一緒にサービスを作ります",
    "korean": "우리는 함께 서비스를 만듭니다",
    "emoji": "Great idea 😀 👍 🎉 ❤️",
}
#: Scripts whose shaped glyphs extract as the original words in PDFium (Chrome's viewer).
EXTRACTABLE = [k for k in SCRIPTS if k != "devanagari"]


def mixed_workshop() -> WorkshopData:
    """A small workshop whose notes and actions use every script in SCRIPTS."""
    people = [
        Participant(id=f"p{i}", name=name, kind=kind, is_group=True)
        for i, (name, kind) in enumerate(
            (
                ("Table 1 – Cymraeg", ParticipantKind.SERVICE_USER),
                ("Стол 2", ParticipantKind.CARER),
                ("طاولة ٣", ParticipantKind.STAFF),
            )
        )
    ]
    cos = [Co.COMMISSION, Co.DESIGN, Co.DELIVER, Co.ASSESS, None]
    notes = []
    for i, (key, text) in enumerate(SCRIPTS.items()):
        co = cos[i % len(cos)]
        notes.append(
            Note(
                id=f"n{i:02d}",
                text=f"{text} [{key}]",
                co=co,
                step=list(Step)[i % 5],
                author_id=people[i % 3].id,
                x=-1400 + 60 * i,
                y=-900,
                created=f"2026-11-26T09:{i:02d}:00.000Z",
            )
        )
    actions = []
    for i, (key, text) in enumerate(SCRIPTS.items()):
        actions.append(
            Action(
                id=f"a{i:02d}",
                action=f"{text} ({key} action)",
                first_step=f"First step {i}",
                owner=f"Owner {chr(65 + i % 4)}",
                due=f"2027-{1 + i % 12:02d}-{10 + i:02d}",
                co=cos[i % 5],
                status=list(ActionStatus)[i % 3],
            )
        )
    workshop = Workshop(
        id="w1",
        title="Cyd-gynhyrchu – 共同制作 – التصميم المشترك",
        date="2026-11-26",
        venue="Neuadd y Dref",
        organisation="Cyngor",
        facilitator="Siân Łukasiewicz",
    )
    return WorkshopData(workshop, people, notes, actions=actions)


def squash(text: str) -> str:
    """Text without any white space, in NFC (for comparing with what a viewer extracts)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def pdfium_pages(path: Path) -> list[str]:
    """Text of each page as PDFium (the engine of Chrome's PDF viewer) extracts it."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def pypdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(str(path)).pages]


def page_sizes(path: Path) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    return [
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in PdfReader(str(path)).pages
    ]


def in_order(haystack: str, needles: list[str]) -> bool:
    """True if every needle occurs in the haystack, each after the previous one."""
    pos = 0
    for n in needles:
        found = haystack.find(n, pos)
        if found < 0:
            return False
        pos = found + len(n)
    return True


@pytest.fixture
def mixed_data() -> WorkshopData:
    return mixed_workshop()


def with_programme(data: WorkshopData, which: int = 1) -> WorkshopData:
    """``data`` with a shipped programme as its agenda (``which``: 0 half day, 1 one day …)."""
    import dataclasses

    from costar_desktop.core.programme import shipped_programmes
    from costar_desktop.paths import resource

    return dataclasses.replace(data, programme=shipped_programmes(resource("programmes"))[which])
