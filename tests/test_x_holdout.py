"""Hold-out round X: the shapes its documents showed (police, labour, ethnic, military and children's
plans of 2016-2021), each with rows that must match and rows that must not (names and numbers of our own)."""

from __future__ import annotations

import pytest

from extractors.formats import html
from extractors.layout.wrap import Style, joins
from normalizers.localities import longest_real_prefix
from normalizers.places import find
from pipeline import extract_one


def _record(text: str, name: str = "plan.txt") -> dict:
    return extract_one(text.encode("utf-8"), name=name).unwrap().model_dump(mode="json")


def _plan(header: list[str], body: str, place: str = "Hòa Bắc") -> str:
    return "\n".join([*header, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      f"{place}, ngày 12 tháng 4 năm 2019", "", "KẾ HOẠCH", "Công tác năm 2019", "", body, ""])


# --- an old portal's title in an inline tag that holds a <br> (html reader) ------------------------------

INLINE_BREAKS = [
    # must match: the lines of a <b> (or <strong> in a <font>) walked for its <br> are read
    ('<div align="center"><b>KẾ HOẠCH<br>Phòng, chống thiên tai năm 2018</b></div>',
     ["KẾ HOẠCH", "Phòng, chống thiên tai năm 2018"]),
    ('<center><font face="Times New Roman"><strong>CHƯƠNG TRÌNH<br>Hành động năm 2016</strong></font></center>',
     ["CHƯƠNG TRÌNH", "Hành động năm 2016"]),
    ('<div><i>Căn cứ Quyết định số 12/QĐ-UBND;<br>Căn cứ Kế hoạch số 7/KH-UBND;</i></div>',
     ["Căn cứ Quyết định số 12/QĐ-UBND;", "Căn cứ Kế hoạch số 7/KH-UBND;"]),
    # must not: an inline tag with no break stays inside its line
    ("<p>Giao <b>Sở Tư pháp</b> chủ trì thực hiện.</p>", ["Giao Sở Tư pháp chủ trì thực hiện."]),
    ("<div><b>II. NHIỆM VỤ</b></div>", ["II. NHIỆM VỤ"]),
]


@pytest.mark.parametrize("body,lines", INLINE_BREAKS, ids=[r[1][0][:30] for r in INLINE_BREAKS])
def test_an_inline_tag_walked_for_its_breaks_keeps_its_text(body, lines):
    doc = html.read(f"<html><body>{body}<p>Nơi nhận:</p></body></html>".encode(), "page.html")
    assert [b.text for b in doc.blocks][:-1] == lines


# --- a sentence that gives a task after a full heading line (wrap) ---------------------------------------

GIVES_TASK = [
    # must match: the heading and the task's sentence are two paragraphs, however full the heading line
    ("1. Tuyên truyền về an toàn giao thông trên các tuyến quốc lộ qua địa bàn",
     "Giao Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Công an huyện tổ chức", False),
    ("3. Vận động đoàn viên, hội viên tham gia giữ gìn vệ sinh môi trường khu dân",
     "Đề nghị Ủy ban MTTQ Việt Nam huyện phối hợp chỉ đạo các đoàn thể thực hiện.", False),
    ("Năm 2019 tiếp tục thực hiện có hiệu quả các giải pháp kiềm chế tai nạn giao",
     "Yêu cầu Công an các xã, thị trấn tăng cường tuần tra, kiểm soát vào dịp lễ.", False),
    # must not: a name's wrap goes on ("Sở" / "Giao thông vận tải", "Phòng" / "Giao dịch ..."), and a
    # task sentence after a word no clause ends in
    ("Ban An toàn giao thông huyện chủ trì, phối hợp với Thanh tra giao thông, Sở",
     "Giao thông vận tải kiểm tra tải trọng xe trên các tuyến đường huyện quản lý.", True),
    ("Hội Nông dân huyện chủ trì, phối hợp với Hội Liên hiệp Phụ nữ huyện và Phòng",
     "Giao dịch Ngân hàng Chính sách xã hội huyện giải ngân vốn vay cho hội viên.", True),
    ("Phòng Nội vụ tổng hợp, trình Hội đồng Thi đua - Khen thưởng huyện xem xét hồ sơ về",
     "Đề nghị Ủy ban nhân dân tỉnh tặng Bằng khen cho các tập thể, cá nhân tiêu biểu.", True),
]


@pytest.mark.parametrize("prev,nxt,joined", GIVES_TASK, ids=[r[1][:40] for r in GIVES_TASK])
def test_a_sentence_that_gives_a_task_opens_a_paragraph(prev, nxt, joined):
    # lines hard-wrapped at 78 characters, as pdftotext gives a page
    assert joins(prev, nxt, Style(wrap_width=78.0), same_group=True, para=prev) is joined


# --- a law named by a basis's title ("... của Luật X và Luật Y") is no basis of its own ---------------------

LAWS_IN_TITLES = [
    # must match: the title's "và Luật ..." belongs to the decree
    ("Căn cứ Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ quy định chi tiết một số điều của Luật "
     "Giao thông đường bộ và Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường bộ;",
     [("Nghị định", "100/2019/NĐ-CP")]),
    ("Căn cứ Thông tư số 05/2017/TT-BCA ngày 10/3/2017 của Bộ Công an hướng dẫn thi hành Luật Cư trú, "
     "Luật sửa đổi, bổ sung một số điều của Luật Cư trú;",
     [("Thông tư", "05/2017/TT-BCA")]),
    # must not: laws cited one after another are each a basis
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 và Luật Trẻ em ngày 05/4/2016;",
     [("Luật", None), ("Luật", None)]),
    ("Căn cứ Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ và Luật Trẻ em ngày 05/4/2016;",
     [("Nghị định", "56/2017/NĐ-CP"), ("Luật", None)]),
]


@pytest.mark.parametrize("basis,expected", LAWS_IN_TITLES, ids=[r[0][7:50] for r in LAWS_IN_TITLES])
def test_a_law_named_in_a_title_is_no_basis(basis, expected):
    record = _record(_plan(["ỦY BAN NHÂN DÂN", "HUYỆN HÒA BẮC", "Số: 41/KH-UBND"], basis + "\n\nI. MỤC TIÊU\n"))
    assert [(b["doc_type"], b["number"]) for b in record["legal_bases"]] == expected


# --- a board's name under the body above it (header) -----------------------------------------------------

BOARDS = [
    # must match: a People's Committee's "Ban Dân tộc" is the province's department of that name
    (["UBND TỈNH KHÁNH LÂM", "BAN DÂN TỘC", "Số: 18/KH-BDT"], "Ban Dân tộc tỉnh Khánh Lâm", "Khánh Lâm"),
    (["ỦY BAN NHÂN DÂN TỈNH SƠN ĐIỀN", "BAN DÂN TỘC", "Số: 7/KH-BDT"], "Ban Dân tộc tỉnh Sơn Điền", "Sơn Điền"),
    # must not: a Council's board and the Committee's office keep the body's name
    (["HĐND TỈNH KHÁNH LÂM", "BAN DÂN TỘC", "Số: 9/KH-BDT"], "Ban Dân tộc Hội đồng nhân dân tỉnh Khánh Lâm",
     "Khánh Lâm"),
    (["UBND TỈNH SƠN ĐIỀN", "VĂN PHÒNG", "Số: 22/KH-VP"], "Văn phòng Ủy ban nhân dân tỉnh Sơn Điền", "Sơn Điền"),
]


@pytest.mark.parametrize("header,name,locality", BOARDS, ids=[" / ".join(r[0][:2]) for r in BOARDS])
def test_a_board_under_a_peoples_committee_is_a_department(header, name, locality):
    record = _record(_plan(header, "I. MỤC TIÊU\n- Tăng cường công tác.", place=locality))
    assert (record["issuer"]["name"], record["issuer"]["locality"]) == (name, locality)


# --- a place name with its diacritics is not one that lost them (places) ------------------------------------

PLACES = [
    # must match: a name written with its marks is looked up as written
    ("huyện", ["Vĩnh", "Khê"], None),
    ("huyện", ["Vĩnh", "Linh"], "Vĩnh Linh"),
    ("huyện", ["Kon", "Plông", "Xây"], "Kon Plông"),
    # must not: a name that lost its marks still finds the one place it can be
    ("huyện", ["Kon", "Plong", "Xây"], "Kon Plong"),
    ("thành phố", ["Vinh", "Nghệ"], "Vinh"),
]


@pytest.mark.parametrize("word,words,found", PLACES, ids=[" ".join(r[1]) for r in PLACES])
def test_a_name_with_its_marks_is_no_folded_name(word, words, found):
    assert longest_real_prefix(word, words) == found


def test_the_folded_lookup_still_takes_a_name_with_no_marks():
    assert [u.name for u in find("province", "Dak Lak")] == ["Đắk Lắk"]
    assert [u.name for u in find("province", "Đăk Lăk")] == ["Đắk Lắk"]  # a tone mark lost, the breve kept
    assert find("district", "Vĩnh") == []


def test_a_district_of_an_invented_name_keeps_its_name():
    record = _record(_plan(["ỦY BAN NHÂN DÂN", "HUYỆN VĨNH KHÊ", "Số: 112/KH-UBND"], "I. MỤC TIÊU\n- Tăng cường.",
                           place="Vĩnh Khê"))
    assert record["issuer"]["locality"] == "Vĩnh Khê"


# --- a year's result in brackets after the target (objectives) ---------------------------------------------

RESULTS_IN_BRACKETS = [
    # must match: the bracketed result of a past year is no target
    ("- Phấn đấu năm 2019 tỷ lệ hộ nghèo giảm từ 2 - 3% (năm 2018 giảm 2,4%).", [2.0, 3.0]),
    ("- Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 97% (năm 2018 ước đạt 94,5%).", [97.0]),
    ("- Tỷ lệ lao động qua đào tạo tăng 3% (năm 2018 tăng 2,1%).", [3.0]),
    # must not: the target year's own level in brackets, and a bracket with no year
    ("- Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm (năm 2019 giảm còn 8%).", [1.5, 8.0]),
    ("- Tỷ lệ xã đạt chuẩn tiếp cận pháp luật đạt 90% (trong đó 30% xã đạt mức cao).", [90.0, 30.0]),
]


@pytest.mark.parametrize("item,values", RESULTS_IN_BRACKETS, ids=[r[0][2:40] for r in RESULTS_IN_BRACKETS])
def test_a_past_years_result_in_brackets_is_no_target(item, values):
    body = "I. MỤC TIÊU\n1. Mục tiêu chung\nNâng cao đời sống.\n2. Mục tiêu cụ thể\n" + item + "\nII. NHIỆM VỤ\n1. Rà soát."
    record = _record(_plan(["ỦY BAN NHÂN DÂN", "HUYỆN HÒA BẮC", "Số: 41/KH-UBND"], body))
    specific = [o for o in record["objectives"] if o["kind"] == "specific"]
    assert [t["value"] for o in specific for t in o["targets"] if t["unit"] == "percent"] == values


# --- a court as the issuer, its chambers as agencies (header, agencies) -------------------------------------

COURTS = [
    # must match: "TÒA ÁN NHÂN DÂN" over its place is the issuer
    (["TÒA ÁN NHÂN DÂN", "TỈNH KIÊN HÒA", "Số: 12/KH-TA"], "Tòa án nhân dân tỉnh Kiên Hòa", "Kiên Hòa"),
    (["TOÀ ÁN NHÂN DÂN", "HUYỆN HÒA BẮC", "Số: 03/KH-TA"], "Tòa án nhân dân huyện Hòa Bắc", "Hòa Bắc"),
    # must not: the People's Committee's header reads as before
    (["ỦY BAN NHÂN DÂN", "TỈNH KIÊN HÒA", "Số: 12/KH-UBND"], "Ủy ban nhân dân tỉnh Kiên Hòa", "Kiên Hòa"),
]


@pytest.mark.parametrize("header,name,locality", COURTS, ids=[" / ".join(r[0][:2]) for r in COURTS])
def test_a_court_is_an_issuer(header, name, locality):
    record = _record(_plan(header, "I. MỤC TIÊU\n- Nâng cao chất lượng xét xử.", place=locality))
    assert (record["issuer"]["name"], record["issuer"]["locality"]) == (name, locality)


CHAMBERS = [
    # must match: a court's chamber leads, "các Tòa chuyên trách" are partners
    ("Tòa Hành chính chủ trì, phối hợp với Tòa Kinh tế tổ chức phiên tòa rút kinh nghiệm.",
     ["Tòa Hành chính"], ["Tòa Kinh tế"]),
    ("Văn phòng chủ trì, phối hợp với các Tòa chuyên trách rà soát hồ sơ lưu trữ.", ["Văn phòng"],
     ["Các Tòa chuyên trách"]),
    # must not: a building is no agency
    ("Văn phòng chủ trì, phối hợp với các tòa nhà khu hành chính bố trí phòng xử án.", ["Văn phòng"], []),
]


@pytest.mark.parametrize("sentence,lead,partners", CHAMBERS, ids=[r[0][:40] for r in CHAMBERS])
def test_a_courts_chamber_is_an_agency(sentence, lead, partners):
    body = f"I. MỤC TIÊU\n- Nâng cao chất lượng.\nII. NHIỆM VỤ\n1. Nâng cao chất lượng xét xử\n{sentence}\n2. Khác\n{sentence}\n"
    record = _record(_plan(["TÒA ÁN NHÂN DÂN", "TỈNH KIÊN HÒA", "Số: 12/KH-TA"], body, place="Kiên Hòa"))
    first = record["activities"][0]
    assert (first["lead_agencies"], first["partner_agencies"]) == (lead, partners)


# --- a task table flattened to " | " lines with no rule (layout, text) ---------------------------------------

FLAT_TABLES = [
    # must match: a header of column names after a code heading, then rows with as many cells
    ("STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn\n"
     "1 | Rà soát hộ nghèo cuối năm | Phòng Lao động - Thương binh và Xã hội | UBND các xã | Quý IV/2018\n"
     "2 | Tập huấn cán bộ giảm nghèo | Phòng Nông nghiệp và PTNT | Hội Nông dân huyện | Quý II/2018\n",
     [("1", "Rà soát hộ nghèo cuối năm", ["Phòng Lao động - Thương binh và Xã hội"]),
      ("2", "Tập huấn cán bộ giảm nghèo", ["Phòng Nông nghiệp và PTNT"])]),
    ("TT | Nhiệm vụ | Đơn vị chủ trì | Thời gian\n\n"
     "1 | Kiểm tra an toàn đập thủy lợi | Phòng Kinh tế | Tháng 5/2018\n\n"
     "2 | Diễn tập cứu hộ | Ban Chỉ huy Quân sự huyện | Tháng 7/2018\n",
     [("1", "Kiểm tra an toàn đập thủy lợi", ["Phòng Kinh tế"]),
      ("2", "Diễn tập cứu hộ", ["Ban Chỉ huy Quân sự huyện"])]),
    # must not: a site's menu, and a line whose first cell is no code heading, are no task tables
    ("Trang chủ | Giới thiệu | Tin tức | Văn bản\n1. Rà soát hộ nghèo cuối năm\nPhòng Tư pháp chủ trì thực hiện.\n",
     [("1", "Rà soát hộ nghèo cuối năm", ["Phòng Tư pháp"])]),
    ("Nội dung | Cơ quan chủ trì | Thời gian\n1. Rà soát hộ nghèo cuối năm\nPhòng Tư pháp chủ trì thực hiện.\n",
     [("1", "Rà soát hộ nghèo cuối năm", ["Phòng Tư pháp"])]),
]


@pytest.mark.parametrize("table,expected", FLAT_TABLES, ids=[r[0][:30] for r in FLAT_TABLES])
def test_a_flattened_pipe_table_is_a_table(table, expected):
    body = f"I. MỤC TIÊU\n- Giảm nghèo bền vững.\nII. NHIỆM VỤ\n{table}\nIII. TỔ CHỨC THỰC HIỆN\nCác phòng triển khai.\n"
    for name in ("plan.md", "plan.txt"):
        record = _record(_plan(["ỦY BAN NHÂN DÂN", "HUYỆN HÒA BẮC", "Số: 41/KH-UBND"], body), name=name)
        assert [(a["code"], a["title"], a["lead_agencies"]) for a in record["activities"]] == expected, name


# --- a body's own units: "Bộ phận ...", "Bộ phận Văn phòng tổng hợp" (agencies) ------------------------------

UNITS = [
    # must match: a unit named "Bộ phận ..." leads; "Văn phòng tổng hợp" after a unit word is its name
    ("Bộ phận Tiếp nhận và Trả kết quả chủ trì, phối hợp với Công chức Tư pháp - Hộ tịch thực hiện.",
     ["Bộ phận Tiếp nhận và Trả kết quả"], ["Công chức Tư pháp - Hộ tịch"]),
    ("Bộ phận Văn phòng tổng hợp chủ trì, phối hợp với Bộ phận Kiểm sát hình sự thực hiện.",
     ["Bộ phận Văn phòng tổng hợp"], ["Bộ phận Kiểm sát hình sự"]),
    # must not: "bộ phận" in lower case is no body, and an office that sums up does so ("tổng hợp" a verb)
    ("Phòng Y tế chủ trì, phối hợp với Trạm Y tế xã kiểm tra bộ phận tiếp đón người bệnh.", ["Phòng Y tế"],
     ["Trạm Y tế xã"]),
    ("Văn phòng tổng hợp kết quả, phối hợp với Phòng Nội vụ báo cáo Ủy ban nhân dân huyện.", ["Văn phòng"],
     ["Phòng Nội vụ"]),
]


@pytest.mark.parametrize("sentence,lead,partners", UNITS, ids=[r[0][:40] for r in UNITS])
def test_a_bodys_unit_is_an_agency(sentence, lead, partners):
    body = f"I. MỤC TIÊU\n- Cải cách hành chính.\nII. NHIỆM VỤ\n1. Rà soát thủ tục\n{sentence}\n2. Khác\n{sentence}\n"
    record = _record(_plan(["ỦY BAN NHÂN DÂN", "XÃ HÒA BẮC", "Số: 41/KH-UBND"], body))
    first = record["activities"][0]
    assert (first["lead_agencies"], first["partner_agencies"]) == (lead, partners)
