import itertools

from costar_desktop.core.palette import PALETTE, colour, contrast_ratio, relative_luminance


def test_at_least_six_colours_each_with_a_distinct_name_and_letter():
    assert len(PALETTE) >= 6
    assert len({c.key for c in PALETTE}) == len(PALETTE)
    assert len({c.name for c in PALETTE}) == len(PALETTE)
    assert len({c.letter for c in PALETTE}) == len(PALETTE)


def test_note_text_contrast_meets_wcag_aa():
    for c in PALETTE:
        assert contrast_ratio(c.fill, c.text) >= 4.5, c


def test_contrast_ratio_known_values():
    assert contrast_ratio("#000000", "#ffffff") == 21.0
    assert relative_luminance("#ffffff") == 1.0


def test_unknown_colour_falls_back_to_default():
    assert colour("no-such-colour").key == "yellow"


def _simulate(hex_colour: str, kind: str) -> tuple[float, float, float]:
    """Linear-RGB simulation of dichromacy (Viénot, Brettel & Mollon 1999 matrices)."""
    h = hex_colour.lstrip("#")
    rgb = [int(h[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    m = {
        "protan": [[0.11238, 0.88762, 0.0], [0.11238, 0.88762, 0.0], [0.00401, -0.00401, 1.0]],
        "deutan": [[0.29275, 0.70725, 0.0], [0.29275, 0.70725, 0.0], [-0.02234, 0.02234, 1.0]],
    }[kind]
    return tuple(sum(m[r][k] * lin[k] for k in range(3)) for r in range(3))


def test_colours_stay_apart_for_red_green_colour_blindness():
    # Either the simulated colours differ clearly, or their lightness does.
    for kind in ("protan", "deutan"):
        for a, b in itertools.combinations(PALETTE, 2):
            sa, sb = _simulate(a.fill, kind), _simulate(b.fill, kind)
            distance = sum((x - y) ** 2 for x, y in zip(sa, sb, strict=True)) ** 0.5
            lum_ratio = contrast_ratio(a.fill, b.fill)
            assert distance > 0.08 or lum_ratio > 1.4, (kind, a.key, b.key, distance, lum_ratio)
