"""Build FDHSansSC-Regular.otf from Debian's Noto Sans CJK SC (package fonts-noto-cjk 2.004).

A developer tool, not part of the application: needs `pip install fonttools==4.60.1`.
    python resources/fonts/build_font.py resources/fonts/FDHSansSC-Regular.otf
"""
import collections
import sys
from fontTools.ttLib import TTCollection
from fontTools import subset

SRC = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FAMILY = "FDH Sans SC"

def unified(u):
    return 0x4E00 <= u <= 0x9FFF or 0x3400 <= u <= 0x4DBF or 0x20000 <= u <= 0x3FFFF

def dropped(u):
    # Radicals and compatibility ideographs share glyphs with unified ideographs; Qt's PDF
    # ToUnicode map takes the lowest code point of a glyph, so 人 would extract as ⼈ (U+2F08).
    return (0x2E80 <= u <= 0x2FDF or 0xF900 <= u <= 0xFAFF or 0x2F800 <= u <= 0x2FA1F
            or u in (0x2003, 0x2215))

def hangul(u):
    return 0x1100 <= u <= 0x11FF or 0x3130 <= u <= 0x318F or 0xA960 <= u <= 0xA97F or 0xAC00 <= u <= 0xD7FF

font = TTCollection(SRC).fonts[2]
cmap = font.getBestCmap()
by = collections.defaultdict(list)
for u, g in cmap.items():
    by[g].append(u)
keep = []
for g, us in by.items():
    shared = len(us) > 1
    for u in us:
        if hangul(u):
            continue
        if shared and dropped(u) and any(not dropped(v) for v in us):
            continue
        keep.append(u)
opts = subset.Options()
opts.layout_features = ["*"]
opts.name_IDs = ["*"]
opts.name_languages = ["*"]
opts.notdef_outline = True
opts.glyph_names = False
opts.hinting = True
opts.drop_tables += ["VORG", "vhea", "vmtx"]
sub = subset.Subsetter(opts)
sub.populate(unicodes=keep)
sub.subset(font)
name = font["name"]
for rec in list(name.names):
    if rec.nameID in (1, 16):
        rec.string = FAMILY
    elif rec.nameID == 4:
        rec.string = FAMILY + " Regular"
    elif rec.nameID == 6:
        rec.string = "FDHSansSC-Regular"
    elif rec.nameID == 3:
        rec.string = "FDHSansSC-Regular;derived from Noto Sans CJK SC 2.004"
# The CFF's own FontName is shown by pdffonts; keep it in step with the new name.
cff = font["CFF "].cff
cff.fontNames = ["FDHSansSC-Regular"]
font.save(sys.argv[1])
print(len(keep))
