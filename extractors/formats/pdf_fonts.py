"""Glyph codes without a Unicode map (`(cid:54)`), decoded from the embedded font program.

pdfminer already decodes a font without /ToUnicode through the program's cmap table.
What is left: programs whose glyphs are known only by name (a subset font that kept its
`post` names or a CFF charset, but dropped its cmap), and simple fonts whose /Differences
use names pdfminer does not know. Here every glyph code of such a font goes code -> glyph
-> name or cmap entry -> text, with fontTools. A font that says nothing about its glyphs
stays undecoded, and its page goes to OCR.
"""

from __future__ import annotations

import io
import re

_CID = re.compile(r"^\(cid:(\d+)\)$")  # pdfminer's text for an unmapped glyph: "(cid:54)"
_UNI_NAME = re.compile(r"^(?:uni((?:[0-9A-F]{4})+)|u([0-9A-F]{4,6}))(?:\..*)?$", re.I)  # uni1EA1, uni1ebe, u1EA1, uni0041.sc


def decode_chars(page) -> int:
    """Replace the `(cid:NN)` text of the page's chars by what their font program says.
    Returns how many chars were decoded."""
    unmapped = [c for c in page.chars if c["text"].startswith("(cid:")]
    if not unmapped:
        return 0
    tables = {}
    try:
        tables = page_decoders(page.page_obj)
    except Exception:  # a damaged font dictionary or program: nothing decoded, the page goes to OCR
        return 0
    done = 0
    for char in unmapped:
        m = _CID.match(char["text"])
        text = tables.get(char.get("fontname"), {}).get(int(m.group(1))) if m else None
        if text:
            char["text"] = text
            done += 1
    return done


def page_decoders(page_obj) -> dict[str, dict[int, str]]:
    """BaseFont name -> {glyph code: text} for the fonts in the page's resources (and its
    form XObjects', one level down)."""
    from pdfminer.pdftypes import resolve1

    out: dict[str, dict[int, str]] = {}
    resources = [resolve1(page_obj.resources)]
    xobjects = resolve1(resources[0].get("XObject")) or {}
    for ref in xobjects.values():
        xobj = resolve1(ref)
        res = resolve1(xobj.attrs.get("Resources")) if hasattr(xobj, "attrs") else None
        if res:
            resources.append(res)
    for res in resources:
        for ref in (resolve1(res.get("Font")) or {}).values():
            spec = resolve1(ref)
            name = _name(spec.get("BaseFont"))
            if name and name not in out:
                table = font_decoder(spec)
                if table:
                    out[name] = table
    return out


def font_decoder(spec: dict) -> dict[int, str]:
    """{glyph code: text} from one PDF font dictionary's embedded program."""
    from pdfminer.pdftypes import resolve1

    subtype = _name(spec.get("Subtype"))
    if subtype == "Type0":
        descendants = resolve1(spec.get("DescendantFonts")) or []
        if not descendants:
            return {}
        desc = resolve1(descendants[0])
        encoding = _name(spec.get("Encoding"))
        if encoding not in ("Identity-H", "Identity-V"):
            return {}  # a CMap other than Identity: the code is not the CID
    else:
        desc = spec
    descriptor = resolve1(desc.get("FontDescriptor")) or {}
    stream = None
    for key in ("FontFile2", "FontFile3"):
        if key in descriptor:
            stream = resolve1(descriptor[key])
            break
    if stream is None:
        return {}
    font = _load(stream.get_data())
    if font is None:
        return {}
    order = font.getGlyphOrder()
    by_gid = _glyph_texts(font, order)
    if subtype == "Type0":
        cid_to_gid = _cid_to_gid(desc, font, order)
        return {cid: by_gid[gid] for cid, gid in cid_to_gid.items() if gid in by_gid}
    return _simple_codes(spec, font, order, by_gid)


def _load(data: bytes):
    from fontTools.ttLib import TTFont

    try:
        if data[:4] in (b"\x00\x01\x00\x00", b"true", b"OTTO", b"ttcf"):
            return TTFont(io.BytesIO(data), lazy=True)
        from fontTools.cffLib import CFFFontSet  # a bare CFF program (FontFile3 /Type1C or /CIDFontType0C)
        cff = CFFFontSet()
        cff.decompile(io.BytesIO(data), None)
        return _BareCFF(cff)
    except Exception:
        return None


class _BareCFF:
    """A bare CFF program seen through the two calls used here."""

    def __init__(self, cff):
        self.top = cff[cff.fontNames[0]]

    def getGlyphOrder(self) -> list[str]:
        return list(self.top.charset)

    def __contains__(self, table: str) -> bool:
        return False


def _glyph_texts(font, order: list[str]) -> dict[int, str]:
    """Glyph id -> text: from the program's Unicode cmap subtables, else from its glyph
    names (AGL names, uniXXXX)."""
    from fontTools.agl import toUnicode

    out: dict[int, str] = {}
    index = {name: gid for gid, name in enumerate(order)}
    if "cmap" in font:
        for table in font["cmap"].tables:
            if table.isUnicode():
                for code, name in table.cmap.items():
                    gid = index.get(name)
                    if gid is not None and gid not in out and code >= 32:
                        out[gid] = chr(code)
    names_known = not ("post" in font and font["post"].formatType == 3.0)
    if names_known:
        for gid, name in enumerate(order):
            if gid in out or name in (".notdef", ".null", "nonmarkingreturn") or re.match(r"^(?:glyph|g|cid)\d+$", name):
                continue
            text = toUnicode(name) or _uni_name(name)
            if text and all(ord(ch) >= 32 for ch in text):
                out[gid] = text
    return out


def _cid_to_gid(desc: dict, font, order: list[str]) -> dict[int, int]:
    from pdfminer.pdftypes import resolve1

    if isinstance(font, _BareCFF):
        # a CID-keyed CFF names its glyphs "cid00042"; a name-keyed one is indexed by gid
        out = {}
        for gid, name in enumerate(order):
            m = re.match(r"^cid(\d+)$", name)
            out[int(m.group(1)) if m else gid] = gid
        return out
    mapping = resolve1(desc.get("CIDToGIDMap"))
    if mapping is None or _name(mapping) == "Identity":
        return {gid: gid for gid in range(len(order))}
    data = mapping.get_data()
    return {cid: (data[2 * cid] << 8) | data[2 * cid + 1] for cid in range(len(data) // 2)}


def _simple_codes(spec: dict, font, order: list[str], by_gid: dict[int, str]) -> dict[int, str]:
    """A simple (one-byte) font: code -> glyph by the /Differences names, else by the
    program's own (3,0) symbol or (1,0) Mac cmap."""
    from fontTools.agl import toUnicode
    from pdfminer.pdftypes import resolve1

    index = {name: gid for gid, name in enumerate(order)}
    out: dict[int, str] = {}
    encoding = resolve1(spec.get("Encoding"))
    if isinstance(encoding, dict):
        code = 0
        for item in resolve1(encoding.get("Differences")) or []:
            if isinstance(item, int):
                code = item
                continue
            name = _name(item)
            gid = index.get(name)
            text = by_gid.get(gid) if gid is not None else None
            text = text or toUnicode(name or "")
            if text and all(ord(ch) >= 32 for ch in text):
                out[code] = text
            code += 1
    if "cmap" in font:
        for table in font["cmap"].tables:
            if (table.platformID, table.platEncID) in ((3, 0), (1, 0)):
                for code, name in table.cmap.items():
                    byte = code - 0xF000 if code >= 0xF000 else code
                    gid = index.get(name)
                    if 0 <= byte < 256 and byte not in out and gid in by_gid:
                        out[byte] = by_gid[gid]
    return out


def _uni_name(name: str) -> str:
    """"uni1ebe" -> "Ế": the uniXXXX names some fonts write in lower case (AGL wants upper)."""
    m = _UNI_NAME.match(name)
    if not m:
        return ""
    digits = m.group(1) or m.group(2)
    try:
        if m.group(1):
            return "".join(chr(int(digits[i:i + 4], 16)) for i in range(0, len(digits), 4))
        return chr(int(digits, 16))
    except ValueError:
        return ""


def _name(value) -> str | None:
    from pdfminer.psparser import PSLiteral
    from pdfminer.pdftypes import resolve1

    value = resolve1(value)
    if isinstance(value, PSLiteral):
        value = value.name
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    return value if isinstance(value, str) else None
