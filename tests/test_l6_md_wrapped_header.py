"""A header written as one paragraph that a Markdown writer hard-wrapped (round L6,
tests/renditions/converters.py pandoc-md): pandoc fills paragraphs to 72 columns, so a header
whose issuer, motto and rules run together on one line is cut mid-motto ("... CHỦ NGHĨA VIỆT" /
"NAM Độc lập - Tự do - Hạnh phúc ------"), and the motto's "NAM" was read into the issuer's
place ("Kiên Thạch Nam"). The paragraph is joined into the line it was before the wrap."""

from __future__ import annotations

import pytest

from extractors.formats.markdown import wrapped_header_joined
from pipeline.process import process

WRAPPED = ("ỦY BAN NHÂN DÂN TỈNH HÒA SƠN -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\n"
           "NAM Độc lập - Tự do - Hạnh phúc ---------------\n\n")
BODY = ("Số: 31/KH-UBND Hòa Sơn, ngày 04 tháng 3 năm 2026\n\nKẾ HOẠCH\n\nTrồng rừng thay thế năm 2026\n\n"
        "I\\. MỤC TIÊU\n\n1\\. Trồng mới 250 ha rừng phòng hộ đầu nguồn.\n\n"
        "Nơi nhận:\n\n\\- Lưu: VT.\n\nCHỦ TỊCH\n\nHà Văn Thành\n")


def test_the_issuer_of_a_wrapped_header():
    record = process("plan.md", (WRAPPED + BODY).encode("utf-8")).record
    assert record.issuer.name == "Ủy ban nhân dân tỉnh Hòa Sơn"


# (why, text, joined)
ROWS = [
    ("must: cut in the motto's first line", WRAPPED + BODY, True),
    ("must: cut inside the motto", "ỦY BAN NHÂN DÂN HUYỆN TÂN LẬP ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập\n"
                                    "- Tự do - Hạnh phúc -------\n\n" + BODY, True),
    ("must not: a header of short lines (two columns read as lines)",
     "ỦY BAN NHÂN DÂN\nTỈNH HÒA SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n" + BODY, False),
    ("must not: the motto alone, no issuer before it",
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------- Số: 31/KH-UBND\n"
     "Hòa Sơn, ngày 04 tháng 3 năm 2026\n\n" + BODY, False),
    ("must not: a wrapped first paragraph that is no header",
     "Căn cứ Luật Lâm nghiệp số 16/2017/QH14 ngày 15 tháng 11 năm 2017 của Quốc\nhội khóa XIV;\n\n" + BODY, False),
]


@pytest.mark.parametrize("why,text,joined", ROWS, ids=[r[0] for r in ROWS])
def test_wrapped_header_joined(why, text, joined):
    out = wrapped_header_joined(text)
    assert (out != text) is joined
    if joined:
        assert out.split("\n")[0] == " ".join(text.split("\n\n")[0].split("\n"))
