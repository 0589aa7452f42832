"""Two shapes a corpus leaves a document in, and a chunk of a report's results:

- a corpus of one SENTENCE per line, whose splitter cut each label off at its period ("Điều 1 ." / "1 ." /
  "a )" alone on a line, the item's text on the next): the labels are put back before their text
  (layout/one_line.rejoin_labels), and a dash list run into one sentence after its heading's colon
  ("Mục tiêu đến năm 2010: - 85% ...; - 100% ...") gives one objective per dash (objectives._dashed);
- a chunk from the middle of a report's results: its bullets "đạt 97,2%" are results, not targets, when
  the chunk holds a heading of what was done ("2. Kết quả thực hiện ...", "II. TỒN TẠI, HẠN CHẾ").

Texts of our own (invented provinces, people, numbers)."""

import pytest

from extractors.layout.one_line import rejoin_labels
from pipeline.process import process

RESOLUTION = """HỘI_ĐỒNG NHÂN_DÂN TỈNH BẮC_SƠN_HÀ 
Số : 31/2009/NQ - HĐND 
CỘNG_HOÀ XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM 
Độc_lập - Tự_do - Hạnh_phúc 
Bắc_Sơn_Hà , ngày 10 tháng 12 năm 2009 
NGHỊ_QUYẾT 
Về đề_án kiên_cố hoá trường_lớp học giai_đoạn 2010 - 2012 
QUYẾT_NGHỊ : 
Điều 1 . 
Thông_qua đề_án kiên_cố hoá trường_lớp học giai_đoạn 2010 - 2012 : 
1 . 
Mục_tiêu đến năm 2012 : - 90 % phòng học được kiên_cố hoá ; - 100 % trường có nhà vệ_sinh đạt chuẩn . 
2 . 
Kinh_phí : tổng kinh_phí 48.000 triệu đồng . 
Điều 2 . 
Giao Uỷ_ban nhân_dân tỉnh tổ_chức thực_hiện Nghị_quyết này . 
Điều 3 . 
Thường_trực Hội_đồng nhân_dân tỉnh giám_sát việc thực_hiện Nghị_quyết . 
CHỦ_TỊCH 
Vũ_Đình_Lâm 
"""


def _record(text: str, name: str = "doc.txt") -> dict:
    return process(name, text.encode()).record.model_dump(mode="json")


def test_a_resolution_whose_labels_were_cut_off():
    record = _record(RESOLUTION)
    assert [(o["target_year"], [t["value"] for t in o["targets"]]) for o in record["objectives"]] == [
        (2012, [90.0]), (2012, [100.0])]
    assert [r["agency"] for r in record["responsibilities"]] == ["Ủy ban nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh"]
    assert [s["amount_vnd"] for s in record["budget"]["statements"]] == [48000000000]


@pytest.mark.parametrize("text,expected", [
    ("Điều 1.\nThông qua đề án.\nĐiều 2.\nGiao Sở Y tế thực hiện.", "Điều 1. Thông qua đề án.\nĐiều 2. Giao Sở Y tế thực hiện."),
    ("1.\nMục tiêu: giảm nghèo.\n2.\nKinh phí: 12 tỷ đồng.", "1. Mục tiêu: giảm nghèo.\n2. Kinh phí: 12 tỷ đồng."),
    ("a)\nNăm 2026: 5 tỷ đồng;\nb)\nNăm 2027: 6 tỷ đồng.", "a) Năm 2026: 5 tỷ đồng;\nb) Năm 2027: 6 tỷ đồng."),
])
def test_labels_go_back_before_their_text(text, expected):
    assert rejoin_labels(text) == expected
    assert rejoin_labels(text.replace("\n", "\r\n")) == expected.replace("\n", "\r\n")  # Windows line ends


@pytest.mark.parametrize("text", [
    "Điều 1.\nThông qua đề án.\nĐiều 2. Giao Sở Y tế thực hiện.",  # one label alone only
    "Tổng số đơn vị là\n1.376.\n6. Xây dựng chính quyền số\n12.\n- Sở Y tế",  # a number wrapped; a label before a bullet
    "STT\nNội dung\n1\nTập huấn\n2\nTruyền thông",  # a table flattened one cell per line: bare numbers
])
def test_other_lines_stay(text):
    assert rejoin_labels(text) == text


PLAN = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG HẢI
Số: 19/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Hải, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Phát triển thể thao quần chúng năm 2026
I. MỤC TIÊU
1. Mục tiêu cụ thể: {items}
II. NHIỆM VỤ
1. Tổ chức giải chạy việt dã toàn tỉnh.
"""


@pytest.mark.parametrize("items,values", [
    ("- 35% dân số tập luyện thể dục thể thao thường xuyên; - 25% hộ gia đình đạt tiêu chuẩn gia đình thể thao.",
     [[35.0], [25.0]]),
    ("- 100% trường học có câu lạc bộ thể thao; - 60% xã có sân thể thao đạt chuẩn; - 20% người cao tuổi tập dưỡng sinh.",
     [[100.0], [60.0], [20.0]]),
    # must not: one sentence with a dash in it, a range
    ("nâng tỷ lệ dân số tập luyện thường xuyên lên 35% - 40% vào cuối năm.", [[35.0, 40.0]]),
    ("- 35% dân số tập luyện thể dục thể thao thường xuyên.", [[35.0]]),
])
def test_a_dash_list_run_into_the_headings_line(items, values):
    record = _record(PLAN.format(items=items))
    assert [[t["value"] for t in o["targets"]] for o in record["objectives"]] == values


RESULTS = [
    "- Tỷ lệ hộ dùng nước sạch đạt 93,4%;\n\n- 100% xã có trạm y tế đạt chuẩn.\n\n**2. Kết quả thực hiện các chỉ tiêu xã hội**\n\n"
    "- Tỷ lệ lao động qua đào tạo đạt 66%;\n\n- Tỷ lệ bao phủ bảo hiểm y tế đạt 94,1%.\n\n**II. TỒN TẠI, HẠN CHẾ**\n\n"
    "Một số chỉ tiêu chưa đạt kế hoạch.\n",
    "- Tỷ lệ thu gom rác thải đạt 87%;\n\n- Tỷ lệ thôn có nhà văn hóa đạt 95%.\n\n**II. TỒN TẠI VÀ HẠN CHẾ**\n\nCòn chậm.\n",
    "- Tỷ lệ trẻ em đến trường đạt 99,2%;\n\n- Tỷ lệ trường đạt chuẩn xanh - sạch - đẹp đạt 76%.\n\n**3. Kết quả đạt được về quốc phòng**\n\n"
    "Hoàn thành 100% chỉ tiêu giao quân.\n\n**II. NHỮNG KHÓ KHĂN**\n\nThời tiết bất lợi.\n",
]


@pytest.mark.parametrize("text", RESULTS)
def test_a_chunk_of_a_reports_results_states_no_targets(text):
    assert _record(text, "chunk.md")["objectives"] == []


# must not: a chunk of a plan's targets (no heading of what was done) keeps them
@pytest.mark.parametrize("text,values", [
    ("- Đến năm 2030, tỷ lệ hộ dùng nước sạch đạt 98%;\n\n- Phấn đấu 100% xã có trạm y tế đạt chuẩn.\n\n"
     "**II. NHIỆM VỤ, GIẢI PHÁP**\n\n**1. Đầu tư hệ thống cấp nước**\n\nSở Xây dựng chủ trì.\n", [98.0, 100.0]),
    ("- Đến năm 2028, tỷ lệ thu gom rác thải đạt 95%;\n\n- Phấn đấu 90% thôn có tổ tự quản môi trường.\n\n"
     "**III. TỔ CHỨC THỰC HIỆN**\n\nCác sở, ngành triển khai.\n", [95.0, 90.0]),
])
def test_a_chunk_of_a_plans_targets_keeps_them(text, values):
    record = _record(text, "chunk.md")
    assert [t["value"] for o in record["objectives"] for t in o["targets"]] == values
