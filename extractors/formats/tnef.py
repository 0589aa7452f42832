"""The files inside a TNEF attachment (`winmail.dat`, application/ms-tnef: what Outlook and Exchange send in place
of a message's attachments when they keep its "rich text" formatting; MS-OXTNEF).

A TNEF stream is a signature (0x223E9F78), a two-byte key, then attributes: a level byte (1 the message, 2 an
attachment), an id (its type in the high word), a length, the data, a checksum. An attachment opens with its
attAttachRendData; its bytes are attAttachData, its name the 8.3 attAttachTitle ("KHOACH~1.DOC"), or better the long
name in the MAPI properties of its attAttachment (PR_ATTACH_LONG_FILENAME, else PR_DISPLAY_NAME: "Kế hoạch 45.docx").
Only files attached by value are given; an embedded message, an OLE object or the message's own compressed RTF body
is none. Bounded: at most MAX_FILES files, an attribute no longer than what is left of the stream, and a stream that
breaks off gives the files read before the break.
"""

from __future__ import annotations

import struct

SIGNATURE = b"\x78\x9f\x3e\x22"
MAX_FILES = 64

_REND_DATA, _TITLE, _DATA, _ATTACHMENT = 0x00069002, 0x00018010, 0x0006800F, 0x00069005
_LONG_FILENAME, _DISPLAY_NAME = 0x3707, 0x3001
# a MAPI property type's fixed size (the rest are counted values: strings, binaries, objects)
_FIXED = {0x0002: 2, 0x0003: 4, 0x0004: 4, 0x0005: 8, 0x0006: 8, 0x0007: 8, 0x000A: 4, 0x000B: 2, 0x0014: 8,
          0x0040: 8, 0x0048: 16}
_STRING8, _UNICODE, _BINARY, _OBJECT = 0x001E, 0x001F, 0x0102, 0x000D


def is_tnef(data: bytes) -> bool:
    return data[:4] == SIGNATURE


def files(data: bytes) -> list[tuple[str, bytes]]:
    """The files attached by value in a TNEF stream, each (its name, long where given, its bytes), in order; [] for
    bytes that are no TNEF stream."""
    if not is_tnef(data):
        return []
    found: list[dict] = []
    at = 6
    while at + 9 <= len(data) and len(found) <= MAX_FILES:
        level, attr, size = struct.unpack_from("<BII", data, at)
        body = data[at + 9:at + 9 + size]
        if len(body) < size:
            break  # (a stream that breaks off: what was read stays)
        at += 9 + size + 2
        if level != 2:
            continue
        if attr == _REND_DATA:
            found.append({})
        elif not found:
            continue
        elif attr == _TITLE:
            found[-1]["title"] = body.split(b"\0", 1)[0].decode("cp1252", "replace").strip()
        elif attr == _DATA:
            found[-1]["data"] = body
        elif attr == _ATTACHMENT:
            found[-1].update(_names(body))
    out = []
    for f in found[:MAX_FILES]:
        name = f.get("long") or f.get("display") or f.get("title") or ""
        if f.get("data"):
            out.append((name, f["data"]))
    return out


def _names(props: bytes) -> dict[str, str]:
    """The long file name and the display name among an attachment's MAPI properties ({} where they cannot be read:
    the 8.3 title stays)."""
    names: dict[str, str] = {}
    try:
        count, = struct.unpack_from("<I", props, 0)
        at = 4
        for _ in range(min(count, 1000)):
            kind, tag = struct.unpack_from("<HH", props, at)
            at += 4
            if tag >= 0x8000:  # a named property: its GUID, then an id or a name
                at += 16
                by_name, = struct.unpack_from("<I", props, at)
                at += 4
                if by_name:
                    length, = struct.unpack_from("<I", props, at)
                    at += 4 + length + (-length % 4)
                else:
                    at += 4
            multi = kind & 0x1000
            kind &= 0x0FFF
            if kind in _FIXED:
                values = struct.unpack_from("<I", props, at)[0] if multi else 1
                at += 4 if multi else 0
                at += values * max(_FIXED[kind], 4)  # (each value padded to four bytes)
                continue
            if kind not in (_STRING8, _UNICODE, _BINARY, _OBJECT):
                break  # (a type not known: the rest cannot be walked)
            values, = struct.unpack_from("<I", props, at)
            at += 4
            for _ in range(min(values, 1000)):
                length, = struct.unpack_from("<I", props, at)
                value = props[at + 4:at + 4 + length]
                at += 4 + length + (-length % 4)
                if tag in (_LONG_FILENAME, _DISPLAY_NAME) and kind in (_STRING8, _UNICODE):
                    text = value.decode("utf-16-le" if kind == _UNICODE else "cp1252", "replace")
                    names["long" if tag == _LONG_FILENAME else "display"] = text.split("\0", 1)[0].strip()
    except struct.error:
        pass
    return names
