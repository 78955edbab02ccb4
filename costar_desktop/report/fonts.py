"""The fonts printed text uses, and which of them draws each character.

reportlab embeds TrueType fonts but never falls back from one to another, so the text
engine asks this module for a font per character and splits text into runs. Only the
fonts in ``resources/fonts/`` are used (see the README there for sources and licences).

Shaped scripts (Arabic, Indic, ...) produce glyphs that have no character of their own,
such as the middle form of an Arabic letter or a Devanagari conjunct. Each such glyph is
given a private-use code in its font, and the font's ToUnicode map sends that code back
to the text it came from, so the PDF stays searchable and copies as real text.
"""

from __future__ import annotations

import pathlib
import threading
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from costar_desktop import paths


@dataclass(frozen=True)
class Family:
    """One typeface in the fallback list."""

    key: str
    regular: str
    bold: str | None = None
    #: Index of the face inside a .ttc collection.
    subfont: int = 0
    #: Runs in this family always go through HarfBuzz (joining, reordering, marks).
    complex: bool = False


#: Tried in this order for each character (emoji get a head start, see ``family_key``).
FAMILIES: tuple[Family, ...] = (
    Family("latin", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Family("arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", complex=True),
    Family("hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", complex=True),
    Family(
        "devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf", complex=True
    ),
    Family("bengali", "NotoSansBengali-Regular.ttf", complex=True),
    Family("gurmukhi", "NotoSansGurmukhi-Regular.ttf", complex=True),
    Family("gujarati", "NotoSansGujarati-Regular.ttf", complex=True),
    Family("tamil", "NotoSansTamil-Regular.ttf", complex=True),
    Family("thai", "NotoSansThai-Regular.ttf", complex=True),
    Family("ethiopic", "NotoSansEthiopic-Regular.ttf"),
    Family("armenian", "NotoSansArmenian-Regular.ttf"),
    Family("georgian", "NotoSansGeorgian-Regular.ttf"),
    Family("cjk", "wqy-microhei.ttc", subfont=0),
    Family("symbols", "NotoSansSymbols-Regular.ttf"),
    Family("symbols2", "NotoSansSymbols2-Regular.ttf"),
    Family("emoji", "NotoEmoji-VariableFont_wght.ttf"),
)
FAMILY_BY_KEY = {f.key: f for f in FAMILIES}
LATIN = "latin"
EMOJI = "emoji"
VS_TEXT, VS_EMOJI = "\ufe0e", "\ufe0f"
_PRIVATE_FIRST, _PRIVATE_LAST = 0xE000, 0xF8FF


def is_invisible(ch: str) -> bool:
    """Format and control characters: they steer shaping or direction and print nothing."""
    return unicodedata.category(ch) in ("Cf", "Cc") or "\ufe00" <= ch <= "\ufe0f"


def _wants_emoji(cp: int) -> bool:
    """Pictographs that people expect to see as emoji rather than as a text symbol."""
    return cp >= 0x1F000 or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF


class CostarTTFont(TTFont):  # type: ignore[misc]  # reportlab has no type information
    """A TrueType font that can print shaped glyphs and still extract as the right text."""

    def __init__(self, name: str, filename: str, subfont: int = 0):
        super().__init__(name, filename, subfontIndex=subfont, asciiReadable=True)
        self.shapable = False  # we shape ourselves; reportlab's own shaping stays off
        #: The characters the font really has (private codes we add are not among them).
        self.coverage = frozenset(self.face.charToGlyph)
        #: private code -> the text its glyph stands for
        self.glyph_text: dict[int, str] = {}
        self._private_codes: dict[tuple[int, str], int] = {}
        self._next_private = _PRIVATE_FIRST
        self._lock = threading.Lock()

    def code_for_glyph(self, gid: int, text: str, advance: float) -> int:
        """The character code to print glyph ``gid``; ``text`` is what it stands for."""
        if (
            len(text) == 1
            and self.face.charToGlyph.get(ord(text)) == gid
            and ord(text) in self.coverage
        ):
            return ord(text)
        key = (gid, text)
        code = self._private_codes.get(key)
        if code is not None:
            return code
        with self._lock:
            code = self._next_private
            while code in self.face.charToGlyph:
                code += 1
            if code > _PRIVATE_LAST:
                # Extremely unlikely (6,400 distinct shaped glyphs in one font): fall back
                # to the first character's own glyph rather than failing the whole PDF.
                return ord(text[0]) if text and ord(text[0]) in self.coverage else 32
            self._next_private = code + 1
            self.face.charToGlyph[code] = gid
            self.face.charWidths[code] = advance
            self.glyph_text[code] = text
            self._private_codes[key] = code
        return code

    def addObjects(self, doc: Any) -> None:  # noqa: N802 (reportlab's name)
        """Write the font as reportlab does, then give shaped glyphs their real text."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        if not self.glyph_text:
            return
        fonts = doc.idToObject["BasicFonts"].dict
        for name, subset in zip(names, subsets, strict=True):  # a name per subset, above
            if not any(code in self.glyph_text for code in subset):
                continue
            ref = getattr(fonts[name], "ToUnicode", None)
            stream = doc.idToObject.get(getattr(ref, "name", None))
            if stream is not None:
                stream.content = to_unicode_cmap(
                    f"CoStar{name}", [self.glyph_text.get(c, chr(c)) for c in subset]
                )


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap that maps byte ``i`` to ``texts[i]`` (one or more characters)."""
    entries = [f"<{i:02X}> <{_utf16_hex(t)}>" for i, t in enumerate(texts)]
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(texts) - 1:02X}>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), 100):  # at most 100 entries per block
        chunk = entries[start : start + 100]
        lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


@dataclass
class Face:
    """One registered weight of a family."""

    family: Family
    bold: bool
    font: CostarTTFont
    #: True when bold was asked for but the family has no bold file (drawn with a stroke).
    fake_bold: bool = False
    _hb_font: object = field(default=None, repr=False)

    @property
    def name(self) -> str:
        name: str = self.font.fontName
        return name

    @property
    def units_per_em(self) -> int:
        units: int = self.font.face.unitsPerEm
        return units

    def hb_font(self) -> Any:  # a uharfbuzz Font (untyped)
        """The HarfBuzz font for shaping (made on first use)."""
        if self._hb_font is None:
            import uharfbuzz as hb

            face = hb.Face(hb.Blob.from_file_path(self.font.face.filename), self.family.subfont)
            self._hb_font = hb.Font(face)
        return self._hb_font


class FontBook:
    """All shipped fonts, registered with reportlab once per process."""

    def __init__(self) -> None:
        self.faces: dict[tuple[str, bool], Face] = {}
        folder = paths.resource("fonts")
        for family in FAMILIES:
            regular = self._register(family, family.regular, folder, "Regular")
            self.faces[(family.key, False)] = Face(family, False, regular)
            if family.bold:
                bold = self._register(family, family.bold, folder, "Bold")
                self.faces[(family.key, True)] = Face(family, True, bold)
            else:
                self.faces[(family.key, True)] = Face(family, True, regular, fake_bold=True)
        self._cover = {f.key: self.faces[(f.key, False)].font.coverage for f in FAMILIES}
        self._first: dict[int, str | None] = {}

    @staticmethod
    def _register(family: Family, filename: str, folder: pathlib.Path, weight: str) -> CostarTTFont:
        path = folder / filename
        if not path.is_file():
            raise FileNotFoundError(f"The font file {path} is missing from the installation.")
        name = f"CoStar-{family.key}-{weight}"
        font = CostarTTFont(name, str(path), family.subfont)
        pdfmetrics.registerFont(font)
        return font

    def face(self, key: str, bold: bool = False) -> Face:
        return self.faces[(key, bold)]

    def covers(self, key: str, ch: str) -> bool:
        return ord(ch) in self._cover[key]

    def first_family(self, cp: int) -> str | None:
        """The first family in the fallback list that has a glyph for code point ``cp``."""
        try:
            return self._first[cp]
        except KeyError:
            found = next((f.key for f in FAMILIES if cp in self._cover[f.key]), None)
            if _wants_emoji(cp) and cp in self._cover[EMOJI]:
                found = EMOJI
            self._first[cp] = found
            return found

    def family_key(self, ch: str, previous: str | None, following: str = "") -> str | None:
        """The family for ``ch`` in context; None if no shipped font has it.

        Letters pick their own font. Spaces, punctuation, digits and marks stay in the
        font of the text before them when it has them, so runs stay whole for shaping.
        A variation selector after a pictograph picks the emoji or the text form.
        """
        cp = ord(ch)
        if following == VS_EMOJI and cp in self._cover[EMOJI]:
            return EMOJI
        if following == VS_TEXT:
            for key in ("symbols", "symbols2", LATIN):
                if cp in self._cover[key]:
                    return key
        if (
            previous is not None
            and previous != EMOJI
            and cp < 0x1F000
            and cp in self._cover[previous]
            and not unicodedata.category(ch).startswith("L")
        ):
            return previous
        return self.first_family(cp)


_BOOK: FontBook | None = None
_BOOK_LOCK = threading.Lock()


def font_book() -> FontBook:
    """The process-wide font book (fonts are read and registered on first use)."""
    global _BOOK
    with _BOOK_LOCK:
        if _BOOK is None:
            _BOOK = FontBook()
        return _BOOK
