"""A web page's text taken with BeautifulSoup's get_text() and no separator (round G39's and G38's html-text
renditions): where the header shows the breaks were lost (glued.has_lost_breaks), four more places get theirs back:
a signature's "(Đã ký)" between the title and the name ("CHỦ TỊCH(Đã ký)Vàng Thị Mai": the signer had been lost); a
bracket closing a cell, the next cell's capital after it ("(SIPAS)Sở Nội vụ": the lead read into the title); a
heading in capitals or a sentence's end, then a numbered item ("MỤC TIÊU1. Mục tiêu chung", "Kế hoạch.2. Công an
xã:": the responsibilities had been lost); a heading, then a figure's bullet ("cụ thể- 100% ..."). Pure function
(extractors.formats.glued.put_back); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.formats.glued import put_back, restore_breaks
from pipeline.process import process


@pytest.mark.parametrize("glued, lines", [
    ("TM. ỦY BAN NHÂN DÂNCHỦ TỊCH(Đã ký)Lò Văn Páo", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Lò Văn Páo"]),
    ("KT. GIÁM ĐỐCPHÓ GIÁM ĐỐC(đã ký)Trần Thị Hòa", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)", "Trần Thị Hòa"]),
    ("Khảo sát mức độ hài lòng (SIPAS)Sở Nội vụỦy ban nhân dân các xã",
     ["Khảo sát mức độ hài lòng (SIPAS)", "Sở Nội vụ", "Ủy ban nhân dân các xã"]),
    ("II. TỔ CHỨC THỰC HIỆN1. Phòng Kinh tế: Chủ trì.2. Công an xã: Kiểm tra.",
     ["II. TỔ CHỨC THỰC HIỆN", "1. Phòng Kinh tế: Chủ trì.", "2. Công an xã: Kiểm tra."]),
    ("2. Chỉ tiêu cụ thể- 95% hộ dân được tuyên truyền;- 80% thôn có tổ tự quản.",
     ["2. Chỉ tiêu cụ thể", "- 95% hộ dân được tuyên truyền;", "- 80% thôn có tổ tự quản."]),
])
def test_breaks_put_back(glued, lines):
    assert put_back(glued).split("\n") == lines


@pytest.mark.parametrize("text", [
    # must not: a bracket inside a sentence, a decimal or a sub-item's number, a name with a dash, a range
    "Tổ chức hội nghị (trực tuyến) tại hội trường xã.",
    "Tỷ lệ tăng 2.5 lần so với năm 2026; mục 2.1. Mục tiêu chung",
    "Phòng Tài chính - Kế hoạch huyện; giai đoạn 2026 - 2030",
    "Kinh phí (đã ký kết hợp đồng) chuyển sang năm sau.",
])
def test_no_break_where_none_was_lost(text):
    assert put_back(text) == text


def test_only_where_the_header_shows_the_breaks_were_lost():
    # must not: a text whose header has its breaks keeps its lines as they are
    text = "ỦY BAN NHÂN DÂN\nXÃ AN LẠC\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH(Đã ký)Lò Văn Páo\n"
    assert restore_breaks(text) == text


def test_a_glued_page_gives_its_signer_and_responsibilities():
    page = ("ỦY BAN NHÂN DÂNXÃ NẬM CANSố: 22/KH-UBNDCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc"
            "Nậm Can, ngày 05 tháng 4 năm 2028\nKẾ HOẠCHPhòng, chống cháy rừng năm 2028\n"
            "I. MỤC TIÊU1. Mục tiêu chungGiảm thiệt hại do cháy rừng.2. Chỉ tiêu cụ thể- 100% bản có tổ đội "
            "phòng cháy;- Diện tích rừng bị cháy giảm 50% so với năm 2027.\n"
            "II. TỔ CHỨC THỰC HIỆN1. Công chức Địa chính - Nông nghiệp: Tham mưu triển khai Kế hoạch.2. Công an xã: "
            "Tuần tra, kiểm tra.3. Đoàn Thanh niên xã: Ra quân tuyên truyền.\n"
            "Nơi nhận:- UBND huyện;- Lưu: VT.TM. ỦY BAN NHÂN DÂNCHỦ TỊCH(Đã ký)Lò Văn Páo\n")
    record = process("trang.txt", page.encode()).record.model_dump(mode="json")
    assert record["signer"]["name"] == "Lò Văn Páo"
    assert [r["agency"] for r in record["responsibilities"]] == [
        "Công chức Địa chính - Nông nghiệp", "Công an xã", "Đoàn Thanh niên xã"]
    assert [o["text"] for o in record["objectives"] if o["kind"] == "specific"][0].startswith("100% bản")
