import pytest

from costar_desktop.core.palette import PALETTE, contrast_ratio
from costar_desktop.core.themes import HIGH_CONTRAST, THEMES, note_colours


@pytest.mark.parametrize("key", list(THEMES))
def test_every_text_in_every_theme_has_enough_contrast(key):
    theme = THEMES[key]
    for what, text, background in theme.text_pairs():
        assert contrast_ratio(text, background) >= theme.min_contrast, (key, what)


def test_high_contrast_reaches_wcag_aaa():
    assert HIGH_CONTRAST.min_contrast >= 7.0


@pytest.mark.parametrize("key", list(THEMES))
def test_note_text_on_every_note_colour(key):
    theme = THEMES[key]
    for c in PALETTE:
        fill, ink = note_colours(theme, c.key)
        assert contrast_ratio(fill, ink) >= theme.min_contrast, (key, c.key)


def test_high_contrast_note_colours_stay_different_from_each_other():
    fills = [note_colours(HIGH_CONTRAST, c.key)[0] for c in PALETTE]
    assert len(set(fills)) == len(PALETTE)


def test_high_contrast_does_not_fade_notes_of_other_steps():
    # Fading would lower their text's contrast below 7:1; they are marked by words instead.
    assert HIGH_CONTRAST.faded_strength == 1.0
