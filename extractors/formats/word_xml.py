"""Word documents saved as XML (.xml): Word's "Word XML Document" (a flat OPC package: the .docx's parts inside one
<pkg:package>, each a <pkg:part> holding its XML in <pkg:xmlData> or its bytes in base64 in <pkg:binaryData>) and
Word 2003's "XML Document" (<w:wordDocument> of the 2003 WordprocessingML schema). Archives keep both as Word writes
them ("Lưu dưới dạng XML"), with the <?mso-application progid="Word.Document"?> line on top.

A flat OPC package is unpacked into the .docx it stands for and read by the DOCX reader; a Word 2003 document is
converted by LibreOffice (as a .doc is: extractors.formats.office) and read so too. Any other XML is refused.
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile

from lxml import etree

from extractors.blocks import RawDocument, ReadError
from extractors.formats.base import ReadOptions

_PKG = "http://schemas.microsoft.com/office/2006/xmlPackage"
_WORD_2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"


def _root(data: bytes):
    """The XML's root element; refused when it declares a DTD or entities, or is no XML."""
    head = data[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise ReadError("refused: the XML declares a DTD or entities (XML entity expansion)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ReadError(f"not a Word XML document (the XML cannot be parsed: {exc})") from exc


def package_parts(root) -> dict[str, bytes]:
    """A flat OPC package's parts by their names in the archive ("word/document.xml"), and the [Content_Types].xml
    its parts' content types make."""
    parts: dict[str, bytes] = {}
    types = []
    for part in root.iter(f"{{{_PKG}}}part"):
        name = (part.get(f"{{{_PKG}}}name") or "").lstrip("/")
        if not name:
            continue
        xml = part.find(f"{{{_PKG}}}xmlData")
        binary = part.find(f"{{{_PKG}}}binaryData")
        if xml is not None and len(xml):
            parts[name] = etree.tostring(xml[0], xml_declaration=True, encoding="UTF-8", standalone=True)
        elif binary is not None:
            try:
                parts[name] = base64.b64decode("".join((binary.text or "").split()))
            except (binascii.Error, ValueError):
                continue
        else:
            continue
        content_type = part.get(f"{{{_PKG}}}contentType")
        if content_type:
            types.append(f'<Override PartName="/{name}" ContentType="{content_type}"/>')
    parts["[Content_Types].xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="{_TYPES}">'
                                    + "".join(types) + "</Types>").encode("utf-8")
    return parts


def _zipped(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def read(data: bytes, path: str, options: ReadOptions | None = None) -> RawDocument:
    """A Word XML document (see above) read as the .docx it stands for."""
    from extractors.formats import docx, office

    root = _root(data)
    if root.tag == f"{{{_PKG}}}package":
        return docx.read(_zipped(package_parts(root)), path, options)
    if root.tag == f"{{{_WORD_2003}}}wordDocument":
        return office.read_word(data, path, options)
    raise ReadError(f"not a Word XML document (its root is {etree.QName(root).localname!r}, not a Word package "
                    "or a Word 2003 document)")
