"""Series colours that stay apart for the eye, and the perceptual distance (CIEDE2000) that checks it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

OTHER_COLOUR: Final[str] = "#c4c4c4"  # light grey: the pooled rest recedes behind named series
# Chosen by hand and checked by distance (tests/dashboard/test_palette.py): every two are at
# least MIN_DISTANCE apart, and each is far from the grey of Other and the white background.
PALETTE: Final[tuple[str, ...]] = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#0b3d66", "#6a3d00", "#00e676",
    "#fbb4ae", "#5e005e", "#004d40",
)
MIN_DISTANCE: Final[float] = 15.0  # CIEDE2000; about 2.3 is a just-noticeable difference
MIN_FROM_GREY: Final[float] = 20.0


def lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of a #rrggbb colour."""
    value = colour.lstrip("#")
    rgb = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    r, g, b = linear
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    f = [t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29 for t in xyz]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def distance(first: str, second: str) -> float:
    """CIEDE2000 colour difference between two #rrggbb colours."""
    return lab_distance(lab(first), lab(second))


def lab_distance(first: tuple[float, float, float], second: tuple[float, float, float]) -> float:
    """CIEDE2000 difference of two L*a*b* colours (Sharma, Wu & Dalal 2005)."""
    l1, a1, b1 = first
    l2, a2, b2 = second
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1, a2 = a1 * (1 + g), a2 * (1 + g)
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1 = math.degrees(math.atan2(b1, a1)) % 360 if c1 else 0.0
    h2 = math.degrees(math.atan2(b2, a2)) % 360 if c2 else 0.0
    dh = _hue_step(h1, h2) if c1 * c2 else 0.0
    d_l, d_c = l2 - l1, c2 - c1
    d_h = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh) / 2)
    l_mean, c_bar = (l1 + l2) / 2, (c1 + c2) / 2
    h_mean = _hue_mean(h1, h2) if c1 * c2 else h1 + h2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6))
         - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c, s_h = 1 + 0.045 * c_bar, 1 + 0.015 * c_bar * t
    rotation = (-2 * math.sqrt(c_bar**7 / (c_bar**7 + 25**7))
                * math.sin(math.radians(60 * math.exp(-(((h_mean - 275) / 25) ** 2)))))
    return math.sqrt((d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2
                     + rotation * (d_c / s_c) * (d_h / s_h))


def _hue_step(h1: float, h2: float) -> float:
    step = h2 - h1
    if step > 180:
        return step - 360
    return step + 360 if step < -180 else step


def _hue_mean(h1: float, h2: float) -> float:
    if abs(h1 - h2) <= 180:
        return (h1 + h2) / 2
    return (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2


def closest_pair(colours: Sequence[str]) -> tuple[float, str, str]:
    """The smallest distance between two of the colours, and that pair."""
    return min((distance(a, b), a, b) for i, a in enumerate(colours) for b in colours[i + 1 :])


def rank_colours(names: Sequence[str]) -> dict[str, str]:
    """A colour per name by its rank (the corpus's most active speaker first), cycling past the end."""
    return {name: PALETTE[rank % len(PALETTE)] for rank, name in enumerate(names)}


def distinct_colours(names: Sequence[str], colours: dict[str, str], *, other: str) -> dict[str, str]:
    """The given colours for the names of one chart, a free palette colour wherever two would match.

    Ranks past the palette's end cycle, so a filtered chart can hold two speakers with one
    colour; the later one takes the first colour no series of this chart uses.
    """
    chosen: dict[str, str] = {}
    free = [c for c in PALETTE if c not in {colours.get(n) for n in names}]
    for name in names:
        colour = OTHER_COLOUR if name == other else colours.get(name, "")
        if not colour or colour in chosen.values():
            colour = free.pop(0) if free else PALETTE[len(chosen) % len(PALETTE)]
        chosen[name] = colour
    return chosen
