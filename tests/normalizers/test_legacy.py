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
