"""Hold-out round G3 (more unseen documents of the dev set's kinds, other shapes than E3 and F3): the shapes its
invented documents (tests/invented/raw/g3_*) showed, each with rows that must match and rows that must not (other
names, places and numbers than the documents')."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.activities import extract_activities
from extractors.fields.responsibilities import extract_responsibilities
from extractors.formats import read
from extractors.segment import outline


def _doc(text: str, name: str = "plan.txt"):
    return build_document(read(text.encode(), name))


def _tasks(text: str, name: str = "plan.txt") -> list[tuple]:
    doc = _doc(text, name)
    return [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in extract_activities(doc, outline(doc))]


def _duties(text: str, name: str = "plan.txt") -> list[str]:
    doc = _doc(text, name)
    return [r["agency"] for r in extract_responsibilities(doc, outline(doc))]


# Numbered items under a heading of tasks that each open with their lead and "chủ trì" ("1. Phòng Y tế chủ trì,
# phối hợp với Y tổ chức ...") are tasks with their lead, as those opening "Giao X chủ trì" are; under "Tổ chức
# thực hiện" they stay responsibilities, and items that give an agency duties without "chủ trì" stay too.
CHAIRED = ("ỦY BAN NHÂN DÂN\n\nTỈNH HÀ TÂY NAM\n\nSố: 18/KH-UBND\n\nKẾ HOẠCH\n\nPhòng, chống đuối nước trẻ em năm "
           "2023\n\nI. MỤC TIÊU\n\nGiảm số trẻ em bị đuối nước.\n\nII. {head}\n\n{body}\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
           "1. Sở Lao động - Thương binh và Xã hội chủ trì theo dõi, tổng hợp kết quả thực hiện.\n\n"
           "2. Ủy ban nhân dân các huyện, thị xã xây dựng kế hoạch tại địa phương.\n")
CHAIRED_BODY = ("1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn tổ chức dạy bơi cho học sinh tiểu học; "
                "hoàn thành trong tháng 7/2023.\n\n"
                "2. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ủy ban nhân dân các huyện, thị xã xây dựng "
                "bể bơi di động tại các trường học.\n\n"
                "3. Công an tỉnh chủ trì cắm biển cảnh báo tại các hồ, đập, sông suối nguy hiểm.")


@pytest.mark.parametrize("head, body, tasks, duties", [
    ("NHIỆM VỤ TRỌNG TÂM", CHAIRED_BODY,
     [("1", ["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn"]),
      ("2", ["Sở Văn hóa, Thể thao và Du lịch"], ["Ủy ban nhân dân các huyện, thị xã"]),
      ("3", ["Công an tỉnh"], [])],
     ["Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân các huyện, thị xã"]),
    ("NHIỆM VỤ VÀ GIẢI PHÁP", CHAIRED_BODY.replace("1. Sở Giáo dục và Đào tạo chủ trì",
                                                     "1. Giao Sở Giáo dục và Đào tạo chủ trì"),
     [("1", ["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn"]),
      ("2", ["Sở Văn hóa, Thể thao và Du lịch"], ["Ủy ban nhân dân các huyện, thị xã"]),
      ("3", ["Công an tỉnh"], [])],
     ["Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân các huyện, thị xã"]),
    # must not: the same items under "Phân công nhiệm vụ" stay each agency's duties
    ("PHÂN CÔNG NHIỆM VỤ", CHAIRED_BODY, [],
     ["Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh",
      "Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân các huyện, thị xã"]),
    # must not: items that give an agency its duties without "chủ trì" stay responsibilities
    ("NHIỆM VỤ CỤ THỂ", "1. Sở Giáo dục và Đào tạo: tổ chức dạy bơi cho học sinh.\n\n"
                         "2. Công an tỉnh: cắm biển cảnh báo tại các hồ, đập.",
     [], ["Sở Giáo dục và Đào tạo", "Công an tỉnh", "Sở Lao động - Thương binh và Xã hội",
          "Ủy ban nhân dân các huyện, thị xã"]),
])
def test_numbered_items_that_open_with_their_chair_are_tasks(head, body, tasks, duties):
    text = CHAIRED.format(head=head, body=body)
    assert _tasks(text) == tasks
    assert _duties(text) == duties


# A letter's subject wrapped in the left column of its header, its next line joined by the reader to the place and
# date of the right column ("Krông Pa, ngày 02 tháng 6 năm 2025 cập giáo dục, xóa mù chữ"): the tail in lower case
# after the date goes on the subject; a date line with nothing after it, or a capital after it, adds nothing.
LETTER = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TÂN\n-------\nSố: 865/UBND-TH\nV/v {first}\n"
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
          "Đức Tân, ngày 14 tháng 8 năm 2024{tail}\n{last}Kính gửi:\n- Phòng Nội vụ huyện;\n"
          "Thực hiện Công văn số 12/SNV-CCHC ngày 02 tháng 8 năm 2024 của Sở Nội vụ, Ủy ban nhân dân huyện đề nghị:\n"
          "1. Phòng Nội vụ huyện: rà soát, báo cáo.\n")


@pytest.mark.parametrize("first, tail, last, title", [
    ("rà soát, sắp xếp các thôn,", " tổ dân phố chưa đủ", "tiêu chuẩn\n",
     "Rà soát, sắp xếp các thôn, tổ dân phố chưa đủ tiêu chuẩn"),
    ("báo cáo kết quả cải cách hành", " chính quý III năm 2024", "",
     "Báo cáo kết quả cải cách hành chính quý III năm 2024"),
    # must not: nothing after the date
    ("báo cáo kết quả cải cách hành chính quý III năm 2024", "", "",
     "Báo cáo kết quả cải cách hành chính quý III năm 2024"),
])
def test_a_subject_line_glued_to_the_date_goes_on(first, tail, last, title):
    from extractors.fields.header import extract_header
    doc = _doc(LETTER.format(first=first, tail=tail, last=last))
    assert extract_header(doc)["title"] == title


# A basis's title ends where the sentence's main clause starts: a body that observes or acts, then a colon, whatever
# follows the colon on the same line (", Ủy ban nhân dân huyện nhận thấy: năm 2024, tỷ lệ ... đạt 87,5%").
BASIS = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TÂN\n-------\nSố: 865/UBND-TH\nV/v triển khai công tác y tế\n"
         "Đức Tân, ngày 14 tháng 8 năm 2024\nKính gửi: Phòng Y tế huyện\n{line}\n1. Phòng Y tế huyện: báo cáo.\n")


@pytest.mark.parametrize("line, title", [
    ("Thực hiện Kế hoạch số 45/KH-UBND ngày 03 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Gia Minh về phòng, chống "
     "dịch bệnh năm 2024, Ủy ban nhân dân huyện nhận thấy: 6 tháng đầu năm, toàn huyện ghi nhận 126 ca sốt xuất "
     "huyết, tăng 35,2% so với cùng kỳ.", "Phòng, chống dịch bệnh năm 2024"),
    ("Thực hiện Kế hoạch số 45/KH-UBND ngày 03 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Gia Minh về tiêm chủng mở "
     "rộng năm 2024, Chủ tịch Ủy ban nhân dân huyện đánh giá: tỷ lệ tiêm chủng đầy đủ mới đạt 81,6%.",
     "Tiêm chủng mở rộng năm 2024"),
    # must not: a title whose own words go on after a comma
    ("Thực hiện Kế hoạch số 45/KH-UBND ngày 03 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Gia Minh về phòng, chống "
     "dịch bệnh, bảo đảm an toàn thực phẩm năm 2024.",
     "Phòng, chống dịch bệnh, bảo đảm an toàn thực phẩm năm 2024"),
])
def test_a_basis_title_ends_before_a_body_that_observes(line, title):
    from extractors.fields.header import extract_header
    from extractors.fields.legal_bases import extract_legal_bases
    doc = _doc(BASIS.format(line=line))
    assert [b["title"] for b in extract_legal_bases(doc, extract_header(doc)["title_end"])] == [title]


# A partner's name ends before the work the task adds ("phối hợp với Sở Nội vụ bổ sung biên chế ...").
@pytest.mark.parametrize("body, partners", [
    ("1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bổ sung biên chế viên chức cho các trạm y tế.",
     ["Sở Nội vụ"]),
    ("1. Sở Y tế chủ trì, phối hợp với Ủy ban nhân dân các huyện bổ sung trang thiết bị cho trạm y tế xã.",
     ["Ủy ban nhân dân các huyện"]),
    # must not: a name that runs on with no verb stays whole
    ("1. Sở Y tế chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh.", ["Trung tâm Kiểm soát bệnh tật tỉnh"]),
])
def test_a_partner_name_ends_before_bo_sung(body, partners):
    text = CHAIRED.format(head="NHIỆM VỤ", body=body + "\n\n2. Công an tỉnh chủ trì cắm biển cảnh báo.")
    assert _tasks(text)[0][2] == partners
