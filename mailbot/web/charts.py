"""Charts drawn on the server as SVG: values in, markup out (no JavaScript, no styles).

Colours are SVG presentation attributes, not ``style``, so the page's strict CSP
(no inline styles) leaves them alone. Every label is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from markupsafe import Markup, escape

PALETTE = {
    "confirmed": "#2e7d32", "flagged": "#ef6c00", "pending_verification": "#1565c0",
    "needs_info": "#6a1b9a", "rejected": "#c62828", "withdrawn": "#607d8b",
    "expired": "#9e9e9e", "duplicate": "#8d6e63", "ignored": "#bdbdbd",
}
FALLBACK = ("#00838f", "#ad1457", "#558b2f", "#4527a0", "#f9a825", "#37474f")


def colour(name: str, index: int = 0) -> str:
    return PALETTE.get(name, FALLBACK[index % len(FALLBACK)])


def _nice_max(value: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 4:
            return step * 4
    return value


def stacked_days(days: Sequence[date], series: Sequence[str],
                 values: dict[date, dict[str, int]], *, title: str,
                 width: int = 720, height: int = 270) -> Markup:
    """A stacked bar per day, one colour per series, with a legend and a y axis."""
    left, right, top, bottom = 40, 10, 24, 62
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((sum(values.get(d, {}).values()) for d in days), default=0)
    top_value = _nice_max(max(peak, 1))
    slot = plot_w / max(len(days), 1)
    bar = max(2.0, slot * 0.7)
    parts = [_open(width, height, title)]
    for i in range(5):  # grid lines and y labels
        v = top_value * i // 4
        y = top + plot_h - plot_h * i / 4
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" '
                     'stroke="#e0e0e0"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="10" '
                     f'fill="#555">{v}</text>')
    for i, day in enumerate(days):
        x = left + slot * i + (slot - bar) / 2
        y = top + plot_h
        for j, name in enumerate(series):
            n = values.get(day, {}).get(name, 0)
            if not n:
                continue
            h = plot_h * n / top_value
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{colour(name, j)}"><title>{escape(str(day))} '
                         f'{escape(name)}: {n}</title></rect>')
        if len(days) <= 16 or i % max(1, len(days) // 10) == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 14}" font-size="10" '
                         f'text-anchor="middle" fill="#555">{day:%m-%d}</text>')
    parts += _legend(series, left, height - 30, width - right)
    parts.append("</svg>")
    return Markup("".join(parts))


def horizontal_bars(rows: Sequence[tuple[str, int]], *, title: str, width: int = 520,
                    bar_height: int = 18) -> Markup:
    """One labelled bar per row (label, count), longest first as given."""
    label_w, gap, top = 150, 6, 24
    height = top + max(len(rows), 1) * (bar_height + gap) + 8
    peak = max((n for _, n in rows), default=0) or 1
    plot_w = width - label_w - 50
    parts = [_open(width, height, title)]
    if not rows:
        parts.append(f'<text x="{label_w}" y="{top + 14}" font-size="12" fill="#777">'
                     'no cases in this period</text>')
    for i, (label, n) in enumerate(rows):
        y = top + i * (bar_height + gap)
        w = max(1.0, plot_w * n / peak)
        parts.append(f'<text x="{label_w - 6}" y="{y + bar_height - 5}" font-size="12" '
                     f'text-anchor="end" fill="#333">{escape(label)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_height}" '
                     f'fill="{FALLBACK[i % len(FALLBACK)]}"><title>{escape(label)}: {n}</title>'
                     '</rect>')
        parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + bar_height - 5}" font-size="12" '
                     f'fill="#333">{n}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _open(width: int, height: int, title: str) -> str:
    # No width or height: the page's stylesheet makes the chart as wide as its card (and
    # the viewBox keeps its proportions), from a phone to a wide screen.
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" '
            f'viewBox="0 0 {width} {height}" font-family="sans-serif">'
            f'<title>{escape(title)}</title>'
            f'<text x="4" y="14" font-size="13" font-weight="bold" fill="#222">'
            f'{escape(title)}</text>')


def _legend(series: Sequence[str], x: int, y: int, right: int = 10_000) -> list[str]:
    parts, start = [], x
    for j, name in enumerate(series):
        label = name.replace("_", " ")
        if x + 24 + 7 * len(label) > right and x > start:  # the next row
            x, y = start, y + 16
        parts.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" '
                     f'fill="{colour(name, j)}"/>')
        parts.append(f'<text x="{x + 14}" y="{y}" font-size="11" fill="#333">'
                     f'{escape(label)}</text>')
        x += 24 + 7 * len(label)
    return parts
