#!/usr/bin/env python3
"""Makes the Chinese font that ships in the charts module: Noto Sans SC (static TrueType, SIL Open Font
License 1.1) cut down to the characters targetcast can print.

Kept: printable ASCII and Latin-1, the general punctuation, arrows, mathematical operators and geometric
shapes the font has; CJK symbols and full-width forms; the 3,755 Han characters of GB 2312 level 1 (the
commonly used characters of simplified Chinese); and every CJK
character found in the project's own text (main sources, labels, scenarios, docs; not the tests, which name
characters outside the font on purpose), so that a new label never
meets a missing glyph (FontsTest checks this). Layout tables, hinting and the cmap's format-14
subtable (variation sequences, which PDFBox reads with a warning) are dropped: the charts and PDFs set
plain horizontal text.

Usage, from the repository root, with fontTools (Debian: python3-fonttools) and the .ttf files of the
npm package @expo-google-fonts/noto-sans-sc (version 0.4.3; MIT for the package, OFL-1.1 for the font):
    python3 charts/fonts/subset.py NotoSansSC_400Regular.ttf NotoSansSC_700Bold.ttf
"""
import os
import re
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "charts", "src", "main", "resources", "org", "targetcast", "charts", "fonts")
TEXT_SUFFIXES = (".java", ".properties", ".yaml", ".yml", ".csv", ".md", ".html", ".txt", ".json")
CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
RANGES = [
    (0x20, 0x7E), (0xA0, 0xFF),          # ASCII, Latin-1
    (0x2000, 0x206F), (0x2070, 0x209F),  # general punctuation, super- and subscripts
    (0x20A0, 0x20CF), (0x2100, 0x214F),  # currency, letterlike symbols
    (0x2190, 0x21FF), (0x2200, 0x22FF),  # arrows, mathematical operators
    (0x25A0, 0x25FF),                    # geometric shapes
    (0x3000, 0x303F), (0xFF00, 0xFFEF),  # CJK symbols and punctuation, full-width forms
]


def gb2312_han():
    """The Han characters of GB 2312 level 1: rows 16 to 55 of the EUC-CN code table."""
    chars = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def project_text():
    """Every CJK character in the project's own text files."""
    chars = set()
    for folder, dirs, files in os.walk(ROOT):
        # tests are left out: they name characters outside the font on purpose (PdfFontsTest)
        dirs[:] = [d for d in dirs if d not in (".git", "target", "node_modules")
                   and not (d == "test" and os.path.basename(folder) == "src")]
        for name in files:
            if name.endswith(TEXT_SUFFIXES):
                with open(os.path.join(folder, name), encoding="utf-8", errors="ignore") as f:
                    chars.update(CJK.findall(f.read()))
    return chars


def main(sources):
    codepoints = {c for lo, hi in RANGES for c in range(lo, hi + 1)}
    codepoints |= {ord(c) for c in gb2312_han() | project_text()}
    # the figure dash shares the en dash's glyph in Noto Sans SC: with both mapped, a PDF's text reads every
    # en dash (2010–2019) back as a figure dash; targetcast never prints the figure dash
    codepoints.discard(0x2012)
    os.makedirs(OUT, exist_ok=True)
    for source in sources:
        weight = "Bold" if "Bold" in os.path.basename(source) else "Regular"
        # the source's own timestamps kept, so that the same source and text give the same bytes
        font = TTFont(source, recalcTimestamp=False)
        options = subset.Options()
        options.layout_features = []
        options.hinting = False
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.glyph_names = False
        sub = subset.Subsetter(options)
        cmap = font.getBestCmap()
        sub.populate(unicodes=sorted(c for c in codepoints if c in cmap))
        sub.subset(font)
        font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
        target = os.path.join(OUT, "NotoSansSC-%s.ttf" % weight)
        font.save(target)
        print("%s: %d characters, %d bytes" % (target, len(font.getBestCmap()), os.path.getsize(target)))


if __name__ == "__main__":
    main(sys.argv[1:])
