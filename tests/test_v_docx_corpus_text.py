"""A corpus's text pasted into Word, one paragraph per line as it stood: the whole document in one
paragraph (a corpus of one document per line), one sentence a paragraph with the labels cut off ("Điều
1." alone), or a table's rows as paragraphs with their cells set apart by tabs. Such a Word file is read
as the text file is (docx._corpus_text); a Word file of ordinary paragraphs is read as before. Texts of
our own (invented provinces, people, numbers)."""

import pytest

from extractors.formats.docx import _corpus_text
from pipeline.process import process
from tests.test_docx_space_table import _docx
from tests.test_v_one_line import PLAN
from tests.test_v_sentence_lines import RESOLUTION


TABS = """UBND TỈNH HÀ NGUYÊN
SỞ Y TẾ
Số: 41/KH-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nguyên, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Tiêm chủng mở rộng năm 2026
I. MỤC TIÊU
Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%.
II. NHIỆM VỤ
STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian
1\tCung ứng vắc xin cho các điểm tiêm\tTrung tâm Kiểm soát bệnh tật tỉnh\tTrạm Y tế các xã, phường\tQuý I/2026
2\tTập huấn an toàn tiêm chủng\tPhòng Nghiệp vụ Y\tBệnh viện Đa khoa tỉnh\tQuý II/2026
III. TỔ CHỨC THỰC HIỆN
Phòng Nghiệp vụ Y theo dõi, đôn đốc thực hiện Kế hoạch.
"""


def _record(lines: list[str]) -> dict:
    return process("doc.docx", _docx(lines)).record.model_dump(mode="json")


def test_a_word_file_of_one_paragraph_holding_a_whole_document():
    record = _record([PLAN.strip()])
    assert (record["doc_type"], record["number"]) == ("Kế hoạch", "114/KH-UBND")
    assert [a["code"] for a in record["activities"]] == ["1", "2"]


def test_a_word_file_of_one_sentence_a_paragraph_with_its_labels_cut_off():
    from normalizers.text import desegment
    record = _record([desegment(line) for line in RESOLUTION.strip().split("\n")])
    assert [r["agency"] for r in record["responsibilities"]] == ["Ủy ban nhân dân tỉnh", "Thường trực Hội đồng nhân dân tỉnh"]
    assert [[t["value"] for t in o["targets"]] for o in record["objectives"]] == [[90.0], [100.0]]


def test_a_word_file_whose_table_rows_are_tab_separated_paragraphs():
    record = _record(TABS.strip().split("\n"))
    assert [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]] == [
        ("1", ["Trung tâm Kiểm soát bệnh tật tỉnh"], ["Trạm Y tế các xã, phường"]),
        ("2", ["Phòng Nghiệp vụ Y"], ["Bệnh viện Đa khoa tỉnh"])]


# must not: a Word file of ordinary paragraphs; a header set in two columns with a tab; two tab rows only
@pytest.mark.parametrize("texts", [
    ["ỦY BAN NHÂN DÂN", "Số: 12/KH-UBND", "KẾ HOẠCH", "I. MỤC TIÊU", "1. Mục tiêu chung", "Nâng cao chất lượng."],
    ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc", "Điều 1. Phê duyệt."],
    ["STT\tNội dung\tChủ trì", "1\tTập huấn\tSở Y tế", "Điều 2.", "Giao Sở Y tế."],
])
def test_other_word_files_are_not_corpus_text(texts):
    assert _corpus_text(list(enumerate(texts, 1))) is None
