"""A seeded mutator for workbooks: byte flips, truncation, and edits of zip entries.

Each mutation is reproducible from (seed file, index): `mutate(data, random.Random(index))`.
Zip edits act on the decompressed parts, where calamine and the hostile-file scanner look
(a byte flip in deflated data mostly just fails the CRC): cut an XML part short, flip bytes in
it, push a cell reference far out, give a cell an error type or a bad number, drop a part,
write part names with backslashes, or lie about a declared size.
"""

from __future__ import annotations

import io
import random
import re
import zipfile


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """(what was done, the mutated bytes)."""
    if data[:2] == b"PK" and rng.random() < 0.6:
        try:
            return _zip_edit(data, rng)
        except (zipfile.BadZipFile, KeyError, ValueError):
            pass
    kind = rng.choice(("flip", "flip", "flips", "truncate", "zero-run"))
    out = bytearray(data)
    if kind == "flip":
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
        return f"flip byte {at}", bytes(out)
    if kind == "flips":
        spots = [rng.randrange(len(out)) for _ in range(rng.randint(2, 16))]
        for at in spots:
            out[at] = rng.randrange(256)
        return f"random bytes at {spots[:4]}…", bytes(out)
    if kind == "truncate":
        cut = rng.randrange(1, len(out))
        return f"truncate at {cut}", bytes(out[:cut])
    at = rng.randrange(len(out))
    length = rng.randint(1, 512)
    out[at:at + length] = b"\x00" * len(out[at:at + length])
    return f"zeros at {at}+{length}", bytes(out)


_REF = re.compile(rb'r="([A-Z]{1,3})(\d+)"')
_NUMBER = re.compile(rb"<v>(-?\d+(?:\.\d+)?)</v>")


def _zip_edit(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        entries = [(i.filename, src.read(i)) for i in src.infolist()]
    xml = [i for i, (name, _) in enumerate(entries) if name.endswith((".xml", ".rels"))]
    index = rng.choice(xml or range(len(entries)))
    name, part = entries[index]
    kind = rng.choice(("cut", "flip", "far", "error", "number", "drop", "backslash", "ampersand", "lie"))
    label = f"{kind} {name}"
    if kind == "cut":
        part = part[:rng.randrange(len(part) + 1)]
    elif kind == "flip":
        changed = bytearray(part)
        for _ in range(rng.randint(1, 8)):
            if changed:
                changed[rng.randrange(len(changed))] = rng.randrange(32, 127)
        part = bytes(changed)
    elif kind == "far":
        refs = list(_REF.finditer(part))
        if refs:
            m = rng.choice(refs)
            far = rng.choice((b"XFD", b"AB", m.group(1))) + str(rng.choice((1048576, 300001, 99999, 2))).encode()
            part = part[:m.start()] + b'r="' + far + b'"' + part[m.end():]
    elif kind == "error":
        part = part.replace(b't="s"', b't="e"', rng.randint(1, 5))
    elif kind == "number":
        numbers = list(_NUMBER.finditer(part))
        if numbers:
            m = rng.choice(numbers)
            value = rng.choice((b"1e308", b"-1", b"NaN", b"19756", b"1975.1", b"99999999999", b""))
            part = part[:m.start()] + b"<v>" + value + b"</v>" + part[m.end():]
    elif kind == "drop":
        del entries[index]
        return label, _zip(entries)
    elif kind == "backslash":
        entries = [(n.replace("/", "\\"), d) for n, d in entries]
        return label, _zip(entries)
    elif kind == "ampersand":
        part = part.replace(b">", b">&bad;", 1)
    elif kind == "lie":
        return label, _lying_zip(entries, index)
    entries[index] = (name, part)
    return label, _zip(entries)


def _zip(entries: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, part in entries:
            dst.writestr(name, part)
    return out.getvalue()


def _lying_zip(entries: list[tuple[str, bytes]], index: int) -> bytes:
    """One entry's declared (uncompressed) size in the central directory is wrong."""
    data = bytearray(_zip(entries))
    at = -1
    for _ in range(index + 1):
        at = data.find(b"PK\x01\x02", at + 1)
    if at >= 0:
        size = int.from_bytes(data[at + 24:at + 28], "little")
        data[at + 24:at + 28] = (size // 3 + 1).to_bytes(4, "little")
    return bytes(data)
