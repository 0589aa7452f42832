"""A word-segmented Markdown file (a tokenizer's output: "Kế_hoạch", spaced punctuation) whose tokenizer glued
the pipes of its tables to words ("| STT_|", "|_Hội Nông_dân xã", "| ---_| ---_|"): the Markdown reader's passes over
tables (a table continued after a page number, its part's header rule repeated) ran before the text was
de-segmented, so the continued part was no table (its rows read as loose lines: no activities 3 and 4). The
reader now de-segments first (extractors.layout.text.desegmented).

SEGMENTED is PLAIN through underthesea's word_tokenize(line, format="text") line by line, as tests.renditions.generate
makes the `segmented` renditions, saved as it came out."""

from __future__ import annotations

import pytest

from extractors.layout.text import desegmented
from pipeline.process import process
from tests.metamorphic import assert_read_alike

PLAIN = '**ỦY BAN NHÂN DÂN XÃ ĐÔNG HẢI**\n\n**Số: 27/KH-UBND**\n\n*Đông Hải, ngày 09 tháng 4 năm 2027*\n\n# KẾ HOẠCH\n\n## Xây dựng xã nông thôn mới kiểu mẫu năm 2027\n\n### I. MỤC TIÊU\n\nPhấn đấu 100% thôn đạt chuẩn thôn nông thôn mới kiểu mẫu; tỷ lệ hộ nghèo giảm còn dưới 1,5%.\n\n### II. NHIỆM VỤ\n\nCác nhiệm vụ được phân công như sau:\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n| --- | --- | --- | --- | --- |\n| 1 | Bê tông hóa đường ngõ xóm tại thôn Đông Tiến | Ban quản lý thôn Đông Tiến | Hội Nông dân xã | Quý II/2027 |\n| 2 | Xây dựng mô hình vườn mẫu | Hội Nông dân xã | Hội Liên hiệp Phụ nữ xã | Quý III/2027 |\n\n2\n\n| 3 | Vận động người dân tham gia bảo hiểm y tế | Trạm Y tế xã | Bảo hiểm xã hội khu vực | Cả năm |\n| --- | --- | --- | --- | --- |\n| 4 | Thu gom rác thải sinh hoạt tại các thôn | Ban quản lý các thôn | Đoàn Thanh niên xã | Cả năm |\n\n### III. TỔ CHỨC THỰC HIỆN\n\nCác ban, ngành, đoàn thể xã căn cứ nhiệm vụ được giao triển khai thực hiện Kế hoạch này./.\n\n**TM. ỦY BAN NHÂN DÂN**\n\n**CHỦ TỊCH**\n\n**Võ Thành Nhân**\n'

SEGMENTED = '* * ỦY BAN_NHÂN_DÂN XÃ ĐÔNG_HẢI * *\n\n* * Số : 27 / KH-UBND * *\n\n* Đông_Hải , ngày 09 tháng 4 năm 2027 *\n\n# KẾ_HOẠCH\n\n# # Xây_dựng xã nông_thôn mới kiểu_mẫu năm 2027\n\n# # #_I. MỤC_TIÊU\n\nPhấn_đấu 100 % thôn đạt chuẩn_thôn nông_thôn mới kiểu_mẫu ; tỷ_lệ hộ nghèo giảm còn dưới 1,5 % .\n\n# # #_II. NHIỆM_VỤ\n\nCác nhiệm_vụ được phân_công như sau :\n\n| STT_| Nhiệm_vụ | Cơ_quan chủ_trì | Cơ_quan phối_hợp | Thời_gian |\n| ---_| ---_| ---_| ---_| --- |\n| 1 | Bê_tông hóa đường ngõ_xóm tại thôn Đông_Tiến_| Ban quản_lý thôn Đông_Tiến |_Hội Nông_dân xã |_Quý II / 2027 |\n| 2 | Xây_dựng mô_hình vườn mẫu |_Hội Nông_dân xã |_Hội Liên_hiệp Phụ_nữ xã |_Quý III / 2027 |\n\n2\n\n| 3 | Vận_động người_dân tham_gia bảo_hiểm_y_tế |_Trạm Y_tế xã |_Bảo_hiểm_xã_hội khu_vực |_Cả năm |\n| ---_| ---_| ---_| ---_| --- |\n| 4 | Thu_gom rác_thải sinh_hoạt tại các thôn |_Ban quản_lý các thôn |_Đoàn Thanh_niên xã |_Cả năm |\n\n# # #_III. TỔ_CHỨC THỰC_HIỆN\n\nCác ban , ngành , đoàn_thể xã căn_cứ nhiệm_vụ được giao triển_khai thực_hiện Kế_hoạch này . / .\n\n* * TM. ỦY_BAN_NHÂN_DÂN * *\n\n* * CHỦ_TỊCH * *\n\n* * Võ_Thành_Nhân * *\n'


def test_segmented_markdown_reads_as_the_plain_one():
    plain = process("dong-hai.md", PLAIN.encode("utf-8"))
    segmented = process("dong-hai.md", SEGMENTED.encode("utf-8"))
    assert [a.lead_agencies for a in segmented.record.activities] == [
        ["Ban quản lý thôn Đông Tiến"], ["Hội Nông dân xã"], ["Trạm Y tế xã"], ["Ban quản lý các thôn"]]
    for a in segmented.record.activities:  # provenance: each activity's span holds its title
        assert a.title in segmented.text[a.span.start:a.span.end]
    assert_read_alike(plain, segmented, "text.word_segmented")


# (a tokenizer's line, the line de-segmented): the pipes it glued set apart again. What the Markdown reader now relies
# on: the de-segmenting (the text reader's, unchanged) did this before too, but after the Markdown passes (these rows
# pass on the session's start commit when its inline de-segmenting stands in for desegmented(); the whole document
# above is the row that failed there)
PIPES = [
    ("| STT_| Nhiệm_vụ | Cơ_quan chủ_trì |", "| STT | Nhiệm vụ | Cơ quan chủ trì |"),
    ("| ---_| ---_| --- |", "| --- | --- | --- |"),
    ("| 2 | Trồng rừng ven_biển |_Hạt Kiểm_lâm huyện |_Quý IV / 2028 |",
     "| 2 | Trồng rừng ven biển | Hạt Kiểm lâm huyện | Quý IV/2028 |"),
]


@pytest.mark.parametrize("line, expected", PIPES)
def test_glued_pipes_set_apart(line, expected):
    text = "\n".join(["Căn_cứ Luật Tổ_chức chính_quyền địa_phương ngày 19 tháng 6 năm 2015 ;",
                      "Căn_cứ Nghị_quyết số 25 / NQ-HĐND ngày 10/12/2027 của Hội_đồng nhân_dân huyện ;",
                      "Ủy_ban_nhân_dân xã ban_hành Kế_hoạch thực_hiện như sau :", line])
    out, segmented = desegmented(text)
    assert segmented
    assert out.split("\n")[-1] == expected


# Markdown files with underscores that no tokenizer wrote: left as they are
MUST_NOT = [
    "# Kế hoạch số 12/KH-UBND\n\nTải về: [ke_hoach_12_2027.pdf](files/ke_hoach_12_2027.pdf)\n",
    "Nội dung _trọng tâm_ của Kế hoạch: | Nhiệm vụ | Cơ quan chủ trì |\n| --- | --- |\n| Rà soát | Phòng Kinh tế |\n",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_not_segmented_left_alone(text):
    assert desegmented(text) == (text, False)
