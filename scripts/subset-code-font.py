"""Makes the two DejaVu Sans Mono files of assets/fonts/DejaVuSansMono/ from Debian's originals.

The PDF export draws code with this face only for the characters of Windows-1252 (`monospaceCan`,
src/core/render/pdf/glyphs.ts) and with Roboto beyond, so the files keep exactly those characters:
218 characters of the 3,300, 343 KB → 36 KB a file, which keeps the extension package small.
The OpenType layout tables are dropped: a monospace face needs no kerning nor ligature.

Needs fontTools (Debian: `apt-get install python3-fonttools`):
    /usr/bin/python3 scripts/subset-code-font.py [/usr/share/fonts/truetype/dejavu]
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/fonts/truetype/dejavu'
TARGET = os.path.join(os.path.dirname(__file__), '..', 'assets', 'fonts', 'DejaVuSansMono')
WINDOWS_1252 = {
    ord(bytes([byte]).decode('cp1252'))
    for byte in list(range(0x20, 0x7F)) + list(range(0x80, 0x100))
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)  # the five bytes Windows-1252 leaves undefined
}

for name in ('DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf'):
    font = TTFont(os.path.join(SOURCE, name))
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ['GSUB', 'GPOS', 'GDEF', 'FFTM']
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=WINDOWS_1252)
    subsetter.subset(font)
    font.save(os.path.join(TARGET, name))
    print(name, len(font.getBestCmap()), 'characters,', os.path.getsize(os.path.join(TARGET, name)), 'bytes')
