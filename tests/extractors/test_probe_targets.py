"""Percentage targets probed in round B: the shapes a plan commits to (a level by a year,
"trên"/"từ ... trở lên"/"ít nhất", a yearly rate, a cut "so với năm ...", a range as both
ends, decimal commas, "phần trăm" in words, "%" after a space), and the numbers it does
not commit to: a starting level ("so với 18% năm 2025", "từ 80% năm 2025 lên 95%",
"(năm 2025: 38%)" when the item aims at a later year), a legal reference, a date, a
result under an assessment heading. A lead-in line that carries the numbers its items
name ("đạt lần lượt 90%, 95% và 100%:") keeps them."""

import pytest

from extractors.document import build_document
from extractors.fields.objectives import extract_objectives, targets_in
from extractors.formats import read
from extractors.segment import outline

# (text, year the item aims at, [(value, bound, raw)] of its percentages)
CASES = [
    # must match
    ("Phấn đấu đến năm 2030 có 92% thôn bản có nhà văn hóa đạt chuẩn.", None, [(92.0, "exact", "92%")]),
    ("Tỷ lệ phụ nữ mang thai được khám thai đủ 4 lần đạt trên 88%.", None, [(88.0, "min", "88%")]),
    ("Tỷ lệ hợp tác xã ứng dụng công nghệ cao từ 35% trở lên.", None, [(35.0, "min", "35%")]),
    ("Ít nhất 65% hộ kinh doanh sử dụng thanh toán không dùng tiền mặt.", None, [(65.0, "min", "65%")]),
    ("100% cơ quan, đơn vị cấp huyện kết nối trục liên thông văn bản.", None, [(100.0, "exact", "100%")]),
    ("Kim ngạch xuất khẩu tăng bình quân 9%/năm.", None, [(9.0, "exact", "9%")]),
    ("Số vụ vi phạm an toàn thực phẩm giảm 12% so với năm 2025.", None, [(12.0, "exact", "12%")]),
    ("Tỷ lệ học sinh đi học đúng độ tuổi đạt 93-96%.", None, [(93.0, "min", "93-96%"), (96.0, "max", "93-96%")]),
    ("Tỷ lệ học sinh đi học đúng độ tuổi đạt 93% - 96%.", None, [(93.0, "min", "93%"), (96.0, "max", "96%")]),
    ("Tỷ lệ che phủ cây xanh đô thị đạt 42,5% diện tích.", None, [(42.5, "exact", "42,5%")]),
    ("Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế đạt 97 phần trăm.", None, [(97.0, "exact", "97 phần trăm")]),
    ("Tỷ lệ thôn có đường bê tông đạt 75 %.", None, [(75.0, "exact", "75 %")]),
    ("Tỷ lệ hộ dùng điện lưới tăng lên 99,5% (năm 2030: 100%).", None, [(99.5, "exact", "99,5%"), (100.0, "exact", "100%")]),
    ("Đạt 60% (năm 2025: 45%).", None, [(60.0, "exact", "60%"), (45.0, "exact", "45%")]),  # no later year: kept
    ("Hằng năm đạt từ 85% số trường trở lên.", None, [(85.0, "min", "85%")]),
    ("Giảm tỷ lệ sinh con thứ ba từ 2% đến 3%.", None, [(2.0, "min", "2%"), (3.0, "max", "3%")]),
    # must not match: a starting level, a legal reference, a date
    ("Tỷ lệ hộ dùng nước hợp vệ sinh tăng từ 72% năm 2025 lên 90% năm 2030.", None, [(90.0, "exact", "90%")]),
    ("Giảm tỷ lệ hộ cận nghèo từ mức 6,5% xuống còn 4%.", None, [(4.0, "exact", "4%")]),
    ("Nâng tỷ lệ sử dụng dịch vụ công trực tuyến so với 40% năm 2025 lên 70%.", None, [(70.0, "exact", "70%")]),
    ("Tỷ lệ này tăng 5% so với mức 30% hiện nay.", None, [(5.0, "exact", "5%")]),
    ("Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 75% (năm 2025: 62%).", None, [(75.0, "exact", "75%")]),
    ("Tỷ lệ đô thị hóa đạt 48% (năm 2024 là 35%).", 2030, [(48.0, "exact", "48%")]),
    ("Thực hiện theo khoản 2 Điều 7 Nghị định số 45/2021/NĐ-CP.", None, []),
    ("Hoàn thành trước ngày 30/6/2028.", None, []),
]


@pytest.mark.parametrize("text,year,want", CASES, ids=[c[0][:45] for c in CASES])
def test_percentage_targets(text, year, want):
    found = [t for t in targets_in(text, 0, year) if t["unit"] == "percent"]
    assert [(t["value"], t["bound"], t["raw"]) for t in found] == want
    for t in found:  # spans hold the raw text
        assert text[t["span"]["start"]: t["span"]["end"]] == t["raw"]


def objectives_of(text: str) -> list[dict]:
    doc = build_document(read(text.encode(), "plan.txt"))
    return extract_objectives(doc, outline(doc))


def percents(objectives: list[dict]) -> list[float]:
    return [t["value"] for o in objectives for t in o["targets"] if t["unit"] == "percent"]


def test_a_result_under_an_assessment_heading_is_no_target():
    got = objectives_of("I. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2021-2025\nNăm 2025, tỷ lệ xã có bưu điện văn hóa đạt 81%.\n"
                        "II. MỤC TIÊU\n1. Mục tiêu chung\nPhát triển mạng lưới bưu chính.\n2. Mục tiêu cụ thể\n"
                        "- Đến năm 2030, 96% xã có bưu điện văn hóa hoạt động.\n- Tỷ lệ hộ có địa chỉ số đạt trên 70%.\n"
                        "III. NHIỆM VỤ\n1. Rà soát mạng lưới.\n")
    assert percents(got) == [96.0, 70.0]


@pytest.mark.parametrize("body,want_texts,want", [
    # a lead-in that carries the numbers its items name is an objective too, and still dates them
    ("a) Đến năm 2029, tỷ lệ chất thải được xử lý đạt lần lượt 85%, 92% và 100%:\n- Chất thải sinh hoạt.\n"
     "- Chất thải y tế.\n- Chất thải nguy hại.\n", ["Đến năm 2029, tỷ lệ", "Chất thải sinh hoạt", "Chất thải y tế", "Chất thải nguy hại"],
     [85.0, 92.0, 100.0]),
    # a lead-in with no number only labels its items
    ("a) Đến năm 2029, phấn đấu đạt các chỉ tiêu sau:\n- Tỷ lệ chất thải sinh hoạt được xử lý đạt 88%.\n"
     "- 100% chất thải y tế được xử lý.\n", ["Tỷ lệ chất thải sinh", "100% chất thải y tế "], [88.0, 100.0]),
])
def test_a_lead_in_with_numbers_keeps_them(body, want_texts, want):
    got = objectives_of("II. MỤC TIÊU\n1. Mục tiêu chung\nBảo vệ môi trường.\n2. Mục tiêu cụ thể\n" + body + "III. NHIỆM VỤ\n")
    specific = [o for o in got if o["kind"] == "specific"]
    assert [o["text"][:len(w)] for o, w in zip(specific, want_texts)] == want_texts and len(specific) == len(want_texts)
    assert percents(specific) == want
    assert all(o["target_year"] == 2029 for o in specific)


def test_a_numbered_lead_in_with_a_number_keeps_it():
    got = objectives_of("II. MỤC TIÊU\n1. Phấn đấu đến năm 2031 có 90% thôn đạt các tiêu chí sau:\n"
                        "- Có nhà văn hóa.\n- Có sân thể thao.\nIII. NHIỆM VỤ\n")
    assert percents(got) == [90.0]
    assert got[0]["text"].startswith("Phấn đấu đến năm 2031") and got[0]["kind"] == "specific"
    assert [o["target_year"] for o in got] == [2031, 2031, 2031]
