"""Legacy encodings: corpus text encoded into TCVN3 and VNI converts back."""

import unicodedata

import pytest
from viparse.normalize.encodings import CHARMAPS

from normalizers.legacy import detect_and_convert, looks_legacy
from normalizers.text import normalize_line
from tests.conftest import RAW


def encode(text: str, name: str) -> str:
    """Unicode -> legacy, by inverting the conversion table (longest Unicode first)."""
    pairs = sorted(((u, legacy) for legacy, u in CHARMAPS[name].pairs), key=lambda p: -len(p[0]))
    table = {}
    for u, legacy in pairs:
        table.setdefault(unicodedata.normalize("NFC", u), legacy)
    return "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


SAMPLE = [l for l in (RAW / "kontum_1125-KH-UBND_2021.txt").read_text(encoding="utf-8").splitlines()
          if len(l) > 80 and not l.isupper()][:20]


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_round_trip(name):
    original = normalize_line("\n".join(SAMPLE))
    garbled = encode(original, name)
    assert garbled != original and looks_legacy(garbled)
    converted, issues = detect_and_convert(garbled)
    assert [i["code"] for i in issues] == ["text.legacy_encoding_converted"]
    assert normalize_line(converted) == original


def test_unicode_text_is_left_alone():
    text = "\n".join(SAMPLE)
    assert detect_and_convert(text) == (text, [])


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_legacy_word_and_html_files_are_converted_by_the_reader(name):
    """An old .doc saved as .docx, or a page set in .VnTime: paragraphs and table cells."""
    import io

    import docx

    from extractors.formats import read
    lines = [normalize_line(l) for l in SAMPLE[:8]]
    d = docx.Document()
    for line in lines[:6]:
        d.add_paragraph(encode(line, name))
    table = d.add_table(rows=2, cols=3)
    for c, text in enumerate(["Nội dung", "Năm 2024", "Năm 2025"]):
        table.cell(0, c).text = encode(text, name)
    for c, text in enumerate([encode(lines[6][:40], name), "1.200", "300"]):
        table.cell(1, c).text = text
    buf = io.BytesIO()
    d.save(buf)
    raw = read(buf.getvalue(), "old.docx")
    texts = [normalize_line(b.text) for b in raw.blocks if b.kind != "table"]
    assert texts == lines[:6]
    rows = next(b.rows for b in raw.blocks if b.kind == "table")
    assert [normalize_line(c) for c in rows[0]] == ["Nội dung", "Năm 2024", "Năm 2025"]
    assert normalize_line(rows[1][0]) == normalize_line(lines[6][:40])
    assert [i["code"] for i in raw.issues] == ["text.legacy_encoding_converted"]
    html = "<html><body>" + "".join(f"<p>{encode(l, name)}</p>" for l in lines[:6]) + "</body></html>"
    raw = read(html.encode("utf-8"), "old.html")
    assert [normalize_line(b.text) for b in raw.blocks] == lines[:6]


def test_windows_1258_files_decode_to_nfc():
    """Windows-1258 keeps â, ơ, ư... whole but writes the tone marks as separate bytes."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

    def cp1258_form(s: str) -> str:
        out = []
        for ch in unicodedata.normalize("NFC", s):
            d = unicodedata.normalize("NFD", ch)
            out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
                       + "".join(c for c in d if c in tones))
        return "".join(out)

    from extractors.formats import read
    lines = [normalize_line(l) for l in SAMPLE[:10]]
    raw = read(cp1258_form("\n".join(lines)).encode("cp1258"), "old.txt")
    assert raw.encoding == "cp1258"
    assert [normalize_line(b.text) for b in raw.blocks] == lines
