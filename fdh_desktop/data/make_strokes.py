"""Build strokes_gf3003.txt from the cn-sort package's stroke table (developer tool, not shipped).

    pip download --no-deps -d /tmp/cn-sort cn-sort==0.14.0
    python fdh_desktop/data/make_strokes.py /tmp/cn-sort/cn_sort-0.14.0-py3-none-any.whl

cn-sort (MIT, see LICENSE-cn_sort.txt) ranks every character of the CJK Unified Ideographs block
(U+4E00–U+9FA5) by its stroke_increment_level: the GF 3003-1999 stroke order (笔画序) of the
GB13000.1 character set, i.e. stroke count, then the stroke sequence 横竖撇点折, then the standard's
own order for identical sequences. The output keeps that order and nothing else: the characters in
rank order, 50 to a line, so that a character's rank is its position in the file.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

SOURCE = "cn_sort/res/all_word.json"
OUT = Path(__file__).with_name("strokes_gf3003.txt")
PER_LINE = 50
HEADER = """\
# Chinese characters in GF 3003-1999 stroke order (GB13000.1 字符集汉字字序（笔画序）规范):
# stroke count, then the strokes 横1 竖2 撇3 点4 折5 in writing order, then the standard's order.
# A character's rank is its position counted over all lines below (comments excluded).
# Extracted by make_strokes.py from cn-sort 0.14.0 (PyPI cn-sort, res/all_word.json,
# stroke_increment_level), MIT licence: see LICENSE-cn_sort.txt beside this file.
"""


def ranked_characters(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        entries = json.loads(z.read(SOURCE).decode("utf-8"))["all_word"]
    ranks: dict[str, int] = {}
    for entry in entries:
        char = entry["chinese"]
        # The table also ranks ASCII punctuation; only ideographs belong in a name.
        if len(char) == 1 and ord(char) >= 0x3400:
            ranks[char] = min(ranks.get(char, entry["stroke_increment_level"]), entry["stroke_increment_level"])
    if len(set(ranks.values())) != len(ranks):
        raise SystemExit("two characters share a rank: the source is not a total order")
    return sorted(ranks, key=ranks.__getitem__)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    chars = ranked_characters(Path(argv[1]))
    lines = ["".join(chars[i:i + PER_LINE]) for i in range(0, len(chars), PER_LINE)]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(chars)} characters → {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
