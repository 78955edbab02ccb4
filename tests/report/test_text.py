"""The text engine: which font prints each character, bidi order, line breaks."""

from __future__ import annotations

import functools
import unicodedata

import pytest
from fontTools.ttLib import TTFont

from costar_desktop.report import bidi
from costar_desktop.report.fonts import FAMILIES, font_book, is_invisible
from costar_desktop.report.text import TextStyle, layout, missing_characters, natural_width, prepare
from tests.report.conftest import SCRIPTS

STYLE = TextStyle(size=10)
BOLD = TextStyle(size=10, bold=True)


@functools.cache
def _cmap(path: str, index: int) -> dict[int, str]:
    """The font's character map as fontTools reads it (independent of reportlab)."""
    return TTFont(path, fontNumber=index, lazy=True).getBestCmap()


@functools.cache
def _glyph_order(path: str, index: int) -> list[str]:
    return TTFont(path, fontNumber=index, lazy=True).getGlyphOrder()


def _check_segments(text: str, style: TextStyle) -> int:
    """Every printed character has a real glyph in the font chosen for its run."""
    checked = 0
    for line in layout(text, style, 300):
        for seg in line.segments:
            face = seg.face
            path, index = face.font.face.filename, face.family.subfont
            cmap = _cmap(path, index)
            if seg.glyphs is None:
                for ch in seg.text:
                    assert ord(ch) in cmap, f"{ch!r} U+{ord(ch):04X} has no glyph in {face.name}"
                    assert cmap[ord(ch)] != ".notdef"
                    checked += 1
            else:
                order = _glyph_order(path, index)
                for code, *_ in seg.glyphs:
                    gid = face.font.face.charToGlyph[code]
                    assert 0 < gid < len(order), f"shaped glyph {gid} missing in {face.name}"
                    if code < 0xE000 or code > 0xF8FF:
                        assert cmap.get(code) == order[gid]
                    checked += 1
    return checked


@pytest.mark.parametrize("key", sorted(SCRIPTS))
@pytest.mark.parametrize("style", [STYLE, BOLD], ids=["regular", "bold"])
def test_every_character_of_every_script_has_a_glyph(key, style):
    text = SCRIPTS[key]
    assert missing_characters(text) == []
    visible = [
        ch for ch in unicodedata.normalize("NFC", text) if not is_invisible(ch) and ch != " "
    ]
    assert _check_segments(text, style) >= len(visible) * 0.6  # shaping may merge glyphs


def test_scripts_use_their_own_fonts():
    book = font_book()
    expect = {
        "ŵ": "latin",
        "ą": "latin",
        "ệ": "latin",
        "λ": "latin",
        "Ж": "latin",
        "ب": "arabic",
        "ש": "hebrew",
        "ह": "devanagari",
        "设": "cjk",
        "み": "cjk",
        "우": "cjk",
        "😀": "emoji",
        "ক": "bengali",
        "ਪ": "gurmukhi",
        "ગ": "gujarati",
        "த": "tamil",
        "ไ": "thai",
    }
    for ch, family in expect.items():
        assert book.family_key(ch, None) == family, ch


def test_punctuation_stays_in_the_font_of_its_words():
    lines = layout("مرحبا، بالعالم!", STYLE, 500)
    assert {seg.face.family.key for seg in lines[0].segments} == {"arabic"}


def test_a_character_no_font_has_prints_as_its_code_point():
    # U+13000 (Egyptian hieroglyph A001) is in none of the shipped fonts.
    text = "Look: \U00013000 here"
    assert missing_characters(text) == ["\U00013000"]
    assert "[U+13000]" in prepare(text, font_book())
    _check_segments(text, STYLE)


def test_control_characters_are_dropped_and_tabs_become_spaces():
    assert prepare("a\tb\x07c", font_book()) == "a bc"


def test_combining_marks_are_composed_or_shaped():
    decomposed = "Vie\u0302\u0323t"  # NFC has a precomposed letter for this
    assert prepare(decomposed, font_book()) == unicodedata.normalize("NFC", decomposed)
    rare = "x\u0336y"  # a strike-through mark with no precomposed form: shaped
    segs = [s for line in layout(rare, STYLE, 500) for s in line.segments]
    assert any(s.glyphs is not None for s in segs)
    _check_segments(rare, STYLE)


def test_lines_never_exceed_the_width_and_keep_every_character():
    text = " ".join(SCRIPTS.values()) + " " + "x" * 300
    for width in (60, 150, 400):
        lines = layout(text, STYLE, width)
        assert all(line.width <= width + 0.01 for line in lines)
    plain = "word " * 50 + "Supercalifragilistic" * 10
    lines = layout(plain, STYLE, 120)
    printed = "".join(seg.text for line in lines for seg in line.segments)
    assert printed.replace(" ", "") == plain.replace(" ", "")
    assert sum(line.width for line in lines) == pytest.approx(natural_width(plain, STYLE), rel=0.05)


def test_no_break_space_keeps_words_together():
    width = natural_width("aaaa bbbb", STYLE) + 1
    plain = layout("aaaa bbbb cccc", STYLE, width - 2)
    assert [s.text for s in plain[0].segments] == ["aaaa"]
    held = layout("aaaa\u00a0bbbb cccc", STYLE, width)
    assert "".join(s.text for s in held[0].segments) == "aaaa\u00a0bbbb"
    assert "".join(s.text for s in held[1].segments) == "cccc"


def test_cjk_text_breaks_between_characters():
    text = "我们一起设计新的服务" * 6
    lines = layout(text, STYLE, 100)
    assert len(lines) > 3


def test_right_to_left_paragraphs_align_right():
    assert layout("שלום עולם", STYLE, 300)[0].rtl
    assert not layout("Hello שלום", STYLE, 300)[0].rtl


def test_every_family_file_is_shipped_and_loads():
    book = font_book()
    for family in FAMILIES:
        assert book.face(family.key).font.coverage, family.key


# --- the bidi algorithm --------------------------------------------------------------


def _visual(text: str) -> str:
    base, levels = bidi.resolve_levels(text)
    return "".join(text[i] for i in bidi.visual_order(bidi.line_levels(text, levels, base)))


def test_bidi_levels_of_plain_cases():
    assert bidi.resolve_levels("abc") == (0, [0, 0, 0])
    assert bidi.resolve_levels("אבג") == (1, [1, 1, 1])
    base, levels = bidi.resolve_levels("ab אב cd")
    assert base == 0 and levels == [0, 0, 0, 1, 1, 0, 0, 0]


def test_bidi_numbers_in_right_to_left_text_read_left_to_right():
    base, levels = bidi.resolve_levels("אב 123 גד")
    assert base == 1
    assert levels[3:6] == [2, 2, 2]
    assert _visual("אב 123 גד") == "דג 123 בא"


def test_bidi_visual_order_of_mixed_text():
    assert _visual("abc אבג def") == "abc גבא def"
    assert _visual("אבג abc דהו") == "והד abc גבא"


def test_bidi_arabic_letters_make_european_digits_arabic_numbers():
    base, levels = bidi.resolve_levels("ب 12")
    assert levels[2:] == [2, 2]


def test_bidi_trailing_spaces_take_the_paragraph_level():
    base, levels = bidi.resolve_levels("abc אבג ")
    assert bidi.line_levels("abc אבג ", levels, base)[-1] == 0
