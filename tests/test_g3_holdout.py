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
    ("đôn đốc hoàn thành sắp", " xếp, kiện toàn tổ chức bộ", "máy các cơ quan chuyên\nmôn thuộc Ủy ban nhân dân\n"
     "huyện năm 2024\n",
     "Đôn đốc hoàn thành sắp xếp, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện năm 2024"),
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
    # a phrase in lower case before the body ("qua theo dõi, ", "để kịp thời ngăn chặn dịch bệnh, ")
    ("Thực hiện Kế hoạch số 45/KH-UBND ngày 03 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Gia Minh về phòng, chống "
     "dịch bệnh năm 2024, qua theo dõi, Ủy ban nhân dân huyện nhận thấy: tỷ lệ tiêm chủng đạt 81,6%.",
     "Phòng, chống dịch bệnh năm 2024"),
    ("Thực hiện Kế hoạch số 45/KH-UBND ngày 03 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Gia Minh về tiêm chủng năm "
     "2024, để kịp thời ngăn chặn dịch bệnh, Ủy ban nhân dân huyện đề nghị các cơ quan thực hiện các nội dung sau:",
     "Tiêm chủng năm 2024"),
    # the sentence ends after the title: what follows is the body's
    ("Thực hiện Kế hoạch số 45/KH-UBND ngày 03 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Gia Minh về phòng, chống "
     "dịch bệnh năm 2024. Trong 6 tháng đầu năm, toàn huyện ghi nhận 126 ca.", "Phòng, chống dịch bệnh năm 2024"),
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


@pytest.mark.parametrize("line, title", [
    # must not: an abbreviation's dot before a place
    ("Thực hiện Kế hoạch số 45/KH-UBND ngày 03 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Gia Minh về phát triển du "
     "lịch TP. Hòa Bình năm 2024;", "Phát triển du lịch TP. Hòa Bình năm 2024"),
    # must not: a phrase in lower case and a body that does not act
    ("Thực hiện Kế hoạch số 45/KH-UBND ngày 03 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Gia Minh về việc giao chỉ "
     "tiêu, nhiệm vụ cho Sở Y tế, Sở Giáo dục và Đào tạo năm 2024;",
     "Giao chỉ tiêu, nhiệm vụ cho Sở Y tế, Sở Giáo dục và Đào tạo năm 2024"),
])
def test_a_basis_title_keeps_its_own_words(line, title):
    test_a_basis_title_ends_before_a_body_that_observes(line, title)


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


# A signature whose lines a scrape wrote in sentence case (a word-segmented corpus: "TM. Ủy_ban_nhân_dân tỉnh" /
# "KT. Chủ_tịch" / "Phó Chủ_tịch" / "Đinh_Thị Hoa"): the title under its authority line is the signer's title;
# the same words with no authority line above them are no signature.
SIGNED_PLAN = ("Kế_hoạch phòng_chống thiên_tai tỉnh hà_nam_sơn năm 2016 \nỦy_ban_nhân_dân tỉnh hà_nam_sơn \n"
               "I. MỤC_TIÊU \nGiảm_thiểu thiệt_hại về người , tài_sản do thiên_tai gây ra . \n"
               "II. TỔ_CHỨC THỰC_HIỆN \nCác sở , ban , ngành triển_khai Kế_hoạch này ; báo_cáo kết_quả . \n{end}")


@pytest.mark.parametrize("end, signer", [
    ("TM. Ủy_ban_nhân_dân tỉnh \nKT. Chủ_tịch \nPhó Chủ_tịch \nNông_Văn Tâm \n", ("Nông Văn Tâm", "Phó Chủ tịch")),
    ("TM. Ủy_ban_nhân_dân tỉnh \nChủ_tịch \nLò_Thị Mai \n", ("Lò Thị Mai", "Chủ tịch")),
    # must not: a title in sentence case with no authority line above it
    ("Thành_phần gồm : \nPhó Chủ_tịch \nNông_Văn Tâm \n", (None, None)),
])
def test_a_sentence_case_signature_under_its_authority(end, signer):
    from extractors.fields.header import extract_signature
    got = extract_signature(_doc(SIGNED_PLAN.format(end=end), "plan-wordseg.txt"))
    assert (got["name"], got["title"]) == signer


# Under a plain "Mục tiêu" heading, a numbered aim with no label of its own before the heading of the specific
# targets ("1. Hoàn thiện hạ tầng ..." / "2. Chỉ tiêu cụ thể năm 2025:" / "- 100% ...") is the general objective;
# a numbered "Yêu cầu" or a heading over items of its own is none.
AIMS = ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nSố: 2207/KH-BVHTTDL\n\nKẾ HOẠCH\n\nSố hóa di sản văn hóa năm 2024\n\n"
        "I. {head}\n\n{first}\n\n2. Chỉ tiêu cụ thể năm 2024:\n\n- 60% di tích quốc gia đặc biệt được số hóa 3D;\n\n"
        "- 100% bảo tàng công lập có trang thông tin điện tử.\n\nII. NHIỆM VỤ\n\n1. Xây dựng cơ sở dữ liệu di sản.\n")


def _aims(text: str) -> list[tuple]:
    from extractors.fields.objectives import extract_objectives
    doc = _doc(text)
    return [(o["kind"], o["text"][:30], [t["value"] for t in o["targets"]]) for o in extract_objectives(doc, outline(doc))]


@pytest.mark.parametrize("head, first, want", [
    ("MỤC TIÊU", "1. Xây dựng nền tảng dữ liệu số về di sản văn hóa, phục vụ quản lý và quảng bá di sản.",
     [("general", "Xây dựng nền tảng dữ liệu số v", []), ("specific", "60% di tích quốc gia đặc biệt ", [60.0]),
      ("specific", "100% bảo tàng công lập có tran", [100.0])]),
    # must not: a numbered "Yêu cầu" under "Mục tiêu, yêu cầu"
    ("MỤC TIÊU, YÊU CẦU", "1. Yêu cầu: bảo đảm tiết kiệm, hiệu quả, đúng quy định của pháp luật về di sản.",
     [("specific", "60% di tích quốc gia đặc biệt ", [60.0]), ("specific", "100% bảo tàng công lập có tran", [100.0])]),
])
def test_an_unlabelled_aim_before_the_specific_targets_is_general(head, first, want):
    assert _aims(AIMS.format(head=head, first=first)) == want


# A scan whose seal hid the signer's title and authority lines: the name alone, the document's last line after the
# recipients, is the signer's (in capitals or not); a line after the recipients that is no name, or a name with
# more text after it, is none.
ENDING = ("ỦY BAN NHÂN DÂN\n\nHUYỆN ĐAM RÔNG\n\nSố: 41/KH-UBND\n\nKẾ HOẠCH\n\nPhòng chống cháy rừng năm 2023\n\n"
          "I. MỤC TIÊU\n\nKhông để xảy ra cháy rừng lớn.\n\nNơi nhận:\n\n- UBND tỉnh (b/c);\n\n- Lưu: VT, NN.\n\n{end}")


@pytest.mark.parametrize("end, name", [
    ("Ka Sô Liễng\n", "Ka Sô Liễng"),
    ("Trần Minh Đức\n", "Trần Minh Đức"),
    ("NGUYỄN THỊ LAN\n", "Nguyễn Thị Lan"),
    # must not: no name after the recipients
    ("Kèm theo Phụ lục danh sách các xã trọng điểm\n", None),
    # must not: a name-like line with prose after it
    ("Trần Minh Đức\n\nĐề nghị các đơn vị nghiêm túc triển khai thực hiện các nội dung trên.\n", None),
])
def test_a_name_alone_after_the_recipients_signs(end, name):
    from extractors.fields.header import extract_signature
    assert extract_signature(_doc(ENDING.format(end=end)))["name"] == name


# "Các đơn vị được giao nhiệm vụ xây dựng kế hoạch ..., báo cáo ...": with no main predicate after it, the verb
# after the clause that says who was given the tasks is the main one; with one ("thường xuyên kiểm tra"), the verb
# before it is the tasks' and goes on the name.
@pytest.mark.parametrize("text, agency", [
    ("2. Các đơn vị được giao nhiệm vụ xây dựng kế hoạch chi tiết, báo cáo kết quả về Sở trước ngày 15/12.",
     "Các đơn vị được giao nhiệm vụ"),
    ("3. Các cơ quan, đơn vị được phân công tổ chức triển khai, báo cáo kết quả thực hiện.",
     "Các cơ quan, đơn vị được phân công"),
    # must not: a main predicate later on
    ("Cơ quan, đơn vị được giao nhiệm vụ theo dõi công trình thường xuyên kiểm tra, đôn đốc nhà thầu.",
     "Cơ quan, đơn vị được giao nhiệm vụ theo dõi công trình"),
    # must not: a short passive heading
    ("Các đơn vị được kiểm tra", "Các đơn vị được kiểm tra"),
    # must not: "được giao chủ trì" is the named body's predicate, not part of its name
    ("Sở Nông nghiệp và Môi trường được giao chủ trì rà soát quy hoạch vùng nguyên liệu, báo cáo Ủy ban.",
     "Sở Nông nghiệp và Môi trường"),
])
def test_the_units_given_tasks_end_before_their_verb(text, agency):
    from extractors.fields.responsibilities import agency_of
    assert agency_of(text)[0] == agency


# An indicator table with a unit column whose cell a row leaves empty: the unit its label names ("Tỷ lệ lao động
# qua đào tạo (%)") or, for a rate ("Tỷ lệ ..."), percent; a count with no unit anywhere sets no percent.
TARGET_TABLE = ("**KẾ HOẠCH**\n\n**Phát triển giáo dục nghề nghiệp giai đoạn 2026 - 2028**\n\n**I. MỤC TIÊU**\n\n"
                "**2. Chỉ tiêu cụ thể**\n\n| STT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 | Năm 2028 |\n"
                "| --- | --- | --- | --- | --- | --- |\n| 1 | {label} | | 62 | 64 | 66 |\n"
                "| 2 | Tỷ lệ xã đạt chuẩn tiếp cận pháp luật | % | 80 | 85 | 90 |\n\n**II. NHIỆM VỤ**\n\n"
                "1. Rà soát mạng lưới cơ sở đào tạo.\n")


@pytest.mark.parametrize("label, first", [
    ("Tỷ lệ lao động qua đào tạo (%)", [62.0, 64.0, 66.0]),
    ("Tỷ lệ lao động có việc làm sau đào tạo", [62.0, 64.0, 66.0]),
    ("Lao động qua đào tạo có bằng cấp, chứng chỉ (%)", [62.0, 64.0, 66.0]),
    # must not: a count with no unit named
    ("Số người được tuyển sinh đào tạo nghề (nghìn)", []),
])
def test_an_empty_unit_cell_takes_the_label_unit(label, first):
    from extractors.fields.objectives import extract_objectives
    doc = _doc(TARGET_TABLE.format(label=label), "plan.md")
    got = [[t["value"] for t in o["targets"] if t["unit"] == "percent"] for o in extract_objectives(doc, outline(doc))]
    assert got == [first, [80.0, 85.0, 90.0]] if first else got[-1:] == [[80.0, 85.0, 90.0]] and not any(got[:-1])


# A task's paragraph under its heading that ends on who does it in brackets ("Duy trì dạy bơi ... (Sở Giáo dục và Đào
# tạo chủ trì, phối hợp với Tỉnh đoàn)."): the bracket names the lead and partners, as on the heading's own line; a
# bracket of other words names none.
BRACKETED = ("ỦY BAN NHÂN DÂN\n\nTỈNH NAM HÀ GIANG\n\nSố: 88/KH-UBND\n\nKẾ HOẠCH\n\nPhát triển thể thao năm 2026\n\n"
             "I. MỤC TIÊU\n\nPhấn đấu 40% dân số tập luyện thể thao.\n\nII. NHIỆM VỤ, GIẢI PHÁP\n\n"
             "1. Giáo dục thể chất trong trường học\n\n{para}\n\n2. Đầu tư thiết chế thể thao\n\n"
             "Rà soát quỹ đất; Sở Tài chính chủ trì, phối hợp với Sở Xây dựng tham mưu bố trí vốn.\n\n"
             "III. TỔ CHỨC THỰC HIỆN\n\nCác sở triển khai Kế hoạch.\n")


@pytest.mark.parametrize("para, roles", [
    ("Duy trì dạy bơi an toàn cho học sinh tiểu học (Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn).",
     (["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn"])),
    ("Tổ chức Hội khỏe Phù Đổng cấp tỉnh lần thứ X (Sở Giáo dục và Đào tạo chủ trì; Sở Văn hóa, Thể thao và Du lịch "
     "phối hợp).", (["Sở Giáo dục và Đào tạo"], ["Sở Văn hóa, Thể thao và Du lịch"])),
    # must not: a bracket of examples
    ("Duy trì các môn thể thao dân tộc (đẩy gậy, kéo co, bắn nỏ) trong trường học.", ([], [])),
])
def test_a_task_paragraph_ending_on_its_roles_in_brackets(para, roles):
    got = _tasks(BRACKETED.format(para=para))
    assert (got[0][1], got[0][2]) == roles


# An assignment that names its partners after a label, once its task is said ("Phòng X chủ trì hướng dẫn kỹ thuật
# ...; phối hợp: Trạm Khuyến nông huyện, Ủy ban nhân dân các xã."): the label's names are the partners.
@pytest.mark.parametrize("text, roles", [
    ("Phòng Kinh tế chủ trì hướng dẫn kỹ thuật trồng, chăm sóc cà phê; phối hợp: Trạm Khuyến nông huyện, Ủy ban nhân "
     "dân các xã.", (["Phòng Kinh tế"], ["Trạm Khuyến nông huyện", "Ủy ban nhân dân các xã"])),
    ("Sở Y tế chủ trì tổ chức khám sàng lọc. Đơn vị phối hợp: Bảo hiểm xã hội tỉnh.",
     (["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"])),
    # must not: "phối hợp" with no label and no name
    ("Sở Y tế chủ trì tổ chức khám sàng lọc, phối hợp chặt chẽ trong quá trình thực hiện.", (["Sở Y tế"], [])),
    # must still: "phối hợp với"
    ("Sở Y tế chủ trì, phối hợp với Sở Tài chính thực hiện.", (["Sở Y tế"], ["Sở Tài chính"])),
])
def test_partners_after_a_label(text, roles):
    from normalizers.agencies import roles_in
    assert roles_in(text) == roles


# A publisher is a body ("Nhà xuất bản Giáo dục Việt Nam"): a cell that lists it on its own line beside another
# agency lists two agencies; the words in a sentence ("nhà xuất bản phát hành") name none.
@pytest.mark.parametrize("cell, names", [
    ("Vụ Giáo dục Phổ thông\nNhà xuất bản Giáo dục Việt Nam", ["Vụ Giáo dục Phổ thông", "Nhà xuất bản Giáo dục Việt Nam"]),
    ("Sở Thông tin và Truyền thông\nNhà xuất bản Thanh Hà", ["Sở Thông tin và Truyền thông", "Nhà xuất bản Thanh Hà"]),
    # must not: a cell whose second line is no agency
    ("Vụ Giáo dục Phổ thông\nnhà xuất bản phát hành tài liệu", ["Vụ Giáo dục Phổ thông nhà xuất bản phát hành tài liệu"]),
])
def test_a_publisher_on_its_own_line_is_an_agency(cell, names):
    from normalizers.agencies import join_cell_lines, split_agencies
    assert split_agencies(join_cell_lines(cell)) == names
