#!/usr/bin/env python3
"""Draws a soak's samples (marketdesk-soak --samples) as an SVG: resident memory, the heap in
use and SQLite's memory above, open descriptors and threads below, against minutes. Python's
standard library only.
    plot_samples.py SAMPLES.csv OUT.svg [TITLE]"""
import csv
import math
import sys
from xml.sax.saxutils import escape


def fail(message):
    sys.stderr.write("plot_samples.py: %s\n" % message)
    sys.exit(2)


def read(path):
    try:
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    except OSError as e:
        fail("cannot read %s: %s" % (path, e.strerror))
    except (csv.Error, UnicodeDecodeError) as e:
        fail("%s: not a CSV file of samples (%s)" % (path, e))
    need = ["seconds", "rss_kib", "heap_kib", "sqlite_kib", "fds", "threads"]
    if not rows or any(k not in rows[0] for k in need):
        fail("%s: expected a header with %s and at least one sample" % (path, ", ".join(need)))
    out = []
    for n, r in enumerate(rows, start=2):
        try:
            minutes = float(r["seconds"]) / 60
            values = [int(r[k]) for k in need[1:]]
        except (TypeError, ValueError):
            fail("%s, line %d: not a number in %s" % (path, n, dict(r)))
        if not math.isfinite(minutes) or minutes < 0 or min(values) < 0:
            fail("%s, line %d: a time or count out of range in %s" % (path, n, dict(r)))
        out.append((minutes, values[0] / 1024, values[1] / 1024, values[2] / 1024, values[3],
                    values[4]))
    return out


def panel(y0, height, width, samples, series, top, label):
    """series: [(index, colour, name)] plotted from 0 to `top`."""
    left, right = 60, 20
    w = width - left - right
    span = max(samples[-1][0], 1e-9)
    parts = ['<text x="%d" y="%d" font-size="12">%s</text>' % (left, y0 - 6, label)]
    parts.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#999"/>'
                 % (left, y0, w, height))
    for i in range(5):
        v = top * i / 4
        y = y0 + height - height * i / 4
        parts.append('<text x="%d" y="%.1f" font-size="10" text-anchor="end">%g</text>'
                     % (left - 4, y + 3, round(v, 1)))
        parts.append('<line x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#eee"/>'
                     % (left, left + w, y, y))
    for i in range(7):
        x = left + w * i / 6
        parts.append('<text x="%.1f" y="%d" font-size="10" text-anchor="middle">%.0f</text>'
                     % (x, y0 + height + 14, span * i / 6))
    for k, (index, colour, name) in enumerate(series):
        pts = " ".join("%.1f,%.1f" % (left + w * s[0] / span,
                                      y0 + height - height * min(s[index], top) / top)
                       for s in samples)
        parts.append('<polyline fill="none" stroke="%s" stroke-width="1.5" points="%s"/>'
                     % (colour, pts))
        parts.append('<text x="%d" y="%d" font-size="11" fill="%s">%s</text>'
                     % (left + w - 160, y0 + 16 + 14 * k, colour, name))
    return parts


def main():
    if len(sys.argv) not in (3, 4):
        fail("usage: plot_samples.py SAMPLES.csv OUT.svg [TITLE]")
    samples = read(sys.argv[1])
    title = sys.argv[3] if len(sys.argv) == 4 else "marketdesk soak"
    width, height = 760, 470
    # Scales from 0, so that growth shows at its true size; never 0 (a /proc that was unreadable).
    rss_top = max(max(max(s[1], s[2], s[3]) for s in samples) * 1.25, 1)
    count_top = max(max(max(s[4], s[5]) for s in samples) * 1.25, 1)
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
             'font-family="sans-serif">' % (width, height),
             '<rect width="100%" height="100%" fill="white"/>',
             '<text x="60" y="20" font-size="14">%s</text>' % escape(title)]
    parts += panel(50, 160, width, samples,
                   [(1, "#1f6fb2", "resident (RSS)"), (2, "#8e44ad", "heap in use"),
                    (3, "#d35400", "of which SQLite")],
                   rss_top, "memory, MiB")
    parts += panel(270, 160, width, samples,
                   [(4, "#c0392b", "open descriptors"), (5, "#27ae60", "threads")],
                   count_top, "open descriptors and threads")
    parts.append('<text x="%d" y="%d" font-size="11" text-anchor="middle">minutes</text>'
                 % (width / 2, height - 8))
    parts.append("</svg>")
    try:
        with open(sys.argv[2], "w") as f:
            f.write("\n".join(parts) + "\n")
    except OSError as e:
        fail("cannot write %s: %s" % (sys.argv[2], e.strerror))


main()
