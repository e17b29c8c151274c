"""Server-rendered SVG charts: plain numbers for templates, no JavaScript.

Each chart comes with its data so the template can print a table as the text alternative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: float


@dataclass
class BarChart:
    width: int
    height: int
    bars: list[Bar]
    baseline: float
    rows: Sequence[tuple[str, float]]


def bar_chart(
    rows: Sequence[tuple[str, float]], *, width: int = 480, height: int = 200
) -> BarChart:
    """Vertical bars with room for labels under and values above each bar."""
    top, bottom, left = 20, 28, 8
    plot = height - top - bottom
    biggest = max((v for _l, v in rows), default=0) or 1
    step = (width - left) / max(len(rows), 1)
    bars = []
    for i, (label, value) in enumerate(rows):
        h = plot * value / biggest
        bars.append(
            Bar(
                x=round(left + i * step + step * 0.15, 1),
                y=round(top + plot - h, 1),
                width=round(step * 0.7, 1),
                height=round(h, 1),
                label=label,
                value=value,
            )
        )
    return BarChart(width=width, height=height, bars=bars, baseline=top + plot, rows=rows)


@dataclass
class LevelChart:
    width: int
    height: int
    points: list[tuple[float, float, int, str, bool]]  # x, y, level, date label, signed
    polyline: str
    gridlines: list[tuple[float, int]]


def level_chart(
    points: Sequence[tuple[dt.date, int, bool]], *, width: int = 360, height: int = 140
) -> LevelChart:
    """Entrustment level (1–4) over the entries of one skill, in order."""
    top, bottom, left, right = 12, 12, 28, 12
    plot_h = height - top - bottom
    n = len(points)
    step = (width - left - right) / max(n - 1, 1)

    def y_of(level: int) -> float:
        return round(top + plot_h * (4 - level) / 3, 1)

    coords = []
    for i, (day, level, signed) in enumerate(points):
        x = round(left + (i * step if n > 1 else (width - left - right) / 2), 1)
        coords.append((x, y_of(level), level, day.isoformat(), signed))
    return LevelChart(
        width=width,
        height=height,
        points=coords,
        polyline=" ".join(f"{x},{y}" for x, y, *_rest in coords),
        gridlines=[(y_of(level), level) for level in (1, 2, 3, 4)],
    )
