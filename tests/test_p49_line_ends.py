"""The line ends a text is saved with besides "\\n" and "\\r\\n" (extractors/formats/text.decode_unicode): an old Mac's
"\\r" alone, Word's manual line break copied out as a vertical tab, a web editor's line and paragraph separators
(U+2028, U+2029) are line ends, as Python's universal newlines read them; a page break (form feed) and NEL (U+0085,
a legacy font's code when an 8-bit file is read as Latin-1) are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.formats.text import decode_unicode
from pipeline.process import process
from tests.metamorphic import assert_read_alike, unicode_text

INVENTED = Path(__file__).parent / "invented" / "raw"

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN TÂN LỘC BẮC
Số: 112/KH-UBND

KẾ HOẠCH
Xây dựng trường học đạt chuẩn quốc gia năm 2029
- 85% trường mầm non đạt chuẩn quốc gia."""

ENDS = ["\r", "\x0b", "\u2028", "\u2029"]


@pytest.mark.parametrize("end", ENDS)
def test_a_line_end_of_another_kind_ends_a_line(end):
    assert decode_unicode(PLAN.replace("\n", end).encode("utf-8"))[0] == PLAN


@pytest.mark.parametrize("end", ENDS)
def test_mixed_with_unix_line_ends(end):
    mixed = PLAN.replace("\nSố", end + "Số").replace("\nKẾ", end + "KẾ")
    assert decode_unicode(mixed.encode("utf-8"))[0] == PLAN


@pytest.mark.parametrize("text", [
    PLAN,
    PLAN.replace("\n\n", "\n\f\n"),  # a page break stays a page break
    PLAN + "\u0085",  # NEL is no line end here
])
def test_other_characters_stay(text):
    assert decode_unicode(text.encode("utf-8"))[0] == text


DOCUMENTS = [p.name for p in sorted(INVENTED.glob("*.txt"))[3::45] if unicode_text(p)]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_whole_document_reads_the_same_with_any_line_end(name):
    data = (INVENTED / name).read_bytes()
    plain = data.decode("utf-8").replace("\r\n", "\n")
    first = process(name, data)
    for end in ENDS:  # (the quality issues too: a line end is no issue)
        assert_read_alike(first, process(name, plain.replace("\n", end).encode("utf-8")),
                          exclude=frozenset({"doc_id", "source"}))
