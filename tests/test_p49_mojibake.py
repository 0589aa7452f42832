"""UTF-8 text decoded as Windows-1252 (or Latin-1) and saved again, "Káº¿ hoáº¡ch" for "Kế hoạch"
(extractors/formats/mojibake.py): repaired (by ftfy) before any layout rule reads the text; a text that is no such
mojibake (Unicode Vietnamese, a legacy font's codes read as Windows-1252, a text quoting a mangled word or two) is read
as it is."""

from __future__ import annotations

from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252": Windows' own reading of the five bytes 1252 leaves out)
import pytest

from extractors.formats.mojibake import repaired
from pipeline.process import process
from tests.metamorphic import assert_read_alike, unicode_text
from tests.renditions.legacy import encode

INVENTED = Path(__file__).parent / "invented" / "raw"

PLAN = """ỦY BAN NHÂN DÂN
XÃ PHƯỚC THẠNH ĐÔNG
Số: 27/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phước Thạnh Đông, ngày 21 tháng 7 năm 2028
KẾ HOẠCH
Phòng, chống sốt xuất huyết trên địa bàn xã năm 2028
I. MỤC TIÊU
- Giảm 15% số ca mắc so với năm 2027; không để xảy ra tử vong.
- 100% ổ dịch được phát hiện, xử lý trong vòng 48 giờ.
II. KINH PHÍ
Tổng kinh phí thực hiện là 185 triệu đồng từ ngân sách xã."""


def _windows(text: str) -> str:
    return text.encode("utf-8").decode("sloppy-windows-1252")


def _latin1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


MUST = [
    (_windows(PLAN), PLAN),  # an editor on Windows (the five undefined bytes as the C1 controls Windows gives them)
    (_latin1(PLAN), PLAN),  # a Latin-1 reading
    (_latin1(_latin1(PLAN)), PLAN),  # mangled twice
    (_windows(_latin1(PLAN)), PLAN),
    (_windows(PLAN.replace("\n", "\r\n")), PLAN.replace("\n", "\r\n")),  # Windows line ends
]

MUST_NOT = [
    PLAN,
    # a page that quotes a mangled word or two (fewer than MIN_MARKS)
    PLAN + "\nLỗi hiển thị: Káº¿ hoáº¡ch, Ä‘á»“ng, trÆ°á»ng.",
    # TCVN3 and VNI codes read as Windows-1252: a legacy text, converted later (normalizers.legacy), not here
    encode(PLAN, "tcvn3"),
    encode(PLAN, "vni"),
]


@pytest.mark.parametrize("mangled,plain", MUST)
def test_mojibake_is_repaired(mangled, plain):
    text, issue = repaired(mangled)
    assert text == plain
    assert issue["code"] == "text.mojibake_repaired"


@pytest.mark.parametrize("text", MUST_NOT)
def test_a_text_that_is_no_mojibake_stays(text):
    assert repaired(text) == (text, None)


DOCUMENTS = sorted(p.name for p in INVENTED.glob("*") if p.suffix in (".txt", ".md") and unicode_text(p))[7::40]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_whole_document_mangled_reads_as_the_plain_one(name):
    data = (INVENTED / name).read_bytes()
    first = process(name, data)
    for shape in (_windows, _latin1):
        assert_read_alike(first, process(name, shape(data.decode("utf-8")).encode("utf-8")), "text.mojibake_repaired")
