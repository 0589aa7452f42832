"""A document stored on one line, its line breaks turned into spaces (a news-style corpus keeps one
document per line): the header's motto runs on into the body, and the lines are put back at the marks
a document's lines begin with (layout/one_line.py, called by layout/text.read_text after a word-segmented text is de-segmented) before the text is read. A text whose lines are
there, or a long line with the motto but no body after it, is left as it is. Texts of our own (invented
communes, districts, people, numbers)."""

import pytest

from extractors.layout.one_line import has_lost_lines, restore_lines
from pipeline.process import process

PLAN = ("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG KHÊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 114/KH-UBND "
        "Đông Khê, ngày 03 tháng 6 năm 2024 KẾ HOẠCH Tổ chức Tháng hành động vì an toàn thực phẩm năm 2024 Thực hiện Kế "
        "hoạch số 56/KH-UBND ngày 12 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh Tây Khê về bảo đảm an toàn thực phẩm; "
        "Ủy ban nhân dân huyện ban hành Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU Nâng cao nhận thức của người sản xuất, "
        "kinh doanh thực phẩm. II. MỤC TIÊU - 95% cơ sở kinh doanh thực phẩm được kiểm tra; - 100% vụ ngộ độc được "
        "điều tra nguyên nhân. III. NỘI DUNG 1. Tuyên truyền trên hệ thống truyền thanh cơ sở. Giao Trung tâm Văn hóa - "
        "Thông tin huyện chủ trì, phối hợp với Ủy ban nhân dân các xã thực hiện. 2. Kiểm tra liên ngành các cơ sở bếp "
        "ăn tập thể. Giao Phòng Y tế chủ trì, phối hợp với Công an huyện thực hiện. IV. TỔ CHỨC THỰC HIỆN 1. Phòng Y "
        "tế: tổng hợp, báo cáo kết quả trước ngày 10/7/2024. Nơi nhận: - UBND tỉnh Tây Khê; - Lưu: VT. KT. CHỦ TỊCH "
        "PHÓ CHỦ TỊCH Trần Thị Mỹ Dung\n")

DECISION = ("ỦY BAN NHÂN DÂN TỈNH HÀ LÂM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 875/QĐ-UBND Hà "
            "Lâm, ngày 21 tháng 9 năm 2023 QUYẾT ĐỊNH Về việc thành lập Tổ công tác cải cách thủ tục hành chính CHỦ TỊCH "
            "ỦY BAN NHÂN DÂN TỈNH HÀ LÂM Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Theo đề "
            "nghị của Giám đốc Sở Nội vụ tại Tờ trình số 301/TTr-SNV ngày 15 tháng 9 năm 2023, QUYẾT ĐỊNH: Điều 1. Thành "
            "lập Tổ công tác cải cách thủ tục hành chính tỉnh. Điều 2. Tổ công tác có nhiệm vụ rà soát thủ tục hành "
            "chính. Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định "
            "này. Nơi nhận: - Như Điều 3; - Lưu: VT. CHỦ TỊCH Đoàn Văn Khôi\n")


LETTER = ("ỦY BAN NHÂN DÂN TỈNH TÂY HÒA Số: 1502/UBND-KT V/v tăng cường quản lý khai thác cát trên sông CỘNG HÒA XÃ HỘI CHỦ "
          "NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Tây Hòa, ngày 11 tháng 5 năm 2026 Kính gửi: - Sở Nông nghiệp và Môi "
          "trường; - Công an tỉnh; - Ủy ban nhân dân các xã, phường. Thực hiện Chỉ thị số 08/CT-TTg ngày 02 tháng 4 năm 2026 "
          "của Thủ tướng Chính phủ về quản lý cát, sỏi lòng sông, Ủy ban nhân dân tỉnh có ý kiến như sau: 1. Sở Nông nghiệp và "
          "Môi trường: chủ trì kiểm tra các mỏ cát được cấp phép; báo cáo trước ngày 30/6/2026. 2. Công an tỉnh: xử lý nghiêm "
          "các trường hợp khai thác trái phép. 3. Ủy ban nhân dân các xã, phường: quản lý chặt chẽ địa bàn, không để phát sinh "
          "điểm khai thác trái phép. Nơi nhận: - Như trên; - Lưu: VT, KT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Tâm\n")


def test_a_letter_on_one_line():
    record = process("doc.txt", LETTER.encode()).record.model_dump(mode="json")
    assert (record["doc_type"], record["number"], record["title"]) == (
        "Công văn", "1502/UBND-KT", "Tăng cường quản lý khai thác cát trên sông")
    assert [r["agency"] for r in record["responsibilities"]] == [
        "Sở Nông nghiệp và Môi trường", "Công an tỉnh", "Ủy ban nhân dân các xã, phường"]
    assert [b["number"] for b in record["legal_bases"]] == ["08/CT-TTg"]


@pytest.mark.parametrize("text,doc_type,number,date,signer", [
    (PLAN, "Kế hoạch", "114/KH-UBND", "2024-06-03", "Trần Thị Mỹ Dung"),
    (DECISION, "Quyết định", "875/QĐ-UBND", "2023-09-21", "Đoàn Văn Khôi"),
])
def test_a_document_on_one_line_reads_its_header(text, doc_type, number, date, signer):
    record = process("doc.txt", text.encode()).record.model_dump(mode="json")
    assert (record["doc_type"], record["number"], record["issued_date"], record["signer"]["name"]) == (
        doc_type, number, date, signer)


def test_a_plan_on_one_line_reads_its_body():
    record = process("doc.txt", PLAN.encode()).record.model_dump(mode="json")
    assert [t["value"] for o in record["objectives"] for t in o["targets"]] == [95.0, 100.0]
    assert [(a["code"], a["lead_agencies"]) for a in record["activities"]] == [
        ("1", ["Trung tâm Văn hóa - Thông tin huyện"]), ("2", ["Phòng Y tế"])]
    assert [b["number"] for b in record["legal_bases"]] == ["56/KH-UBND"]
    assert [r["agency"] for r in record["responsibilities"]] == ["Phòng Y tế"]


@pytest.mark.parametrize("line,expected", [
    ("KẾ HOẠCH Phòng, chống", "KẾ HOẠCH\nPhòng, chống"),
    ("I. MỤC TIÊU 1. Mục tiêu chung Giảm số", "I. MỤC TIÊU\n1. Mục tiêu chung\nGiảm số"),
    ("trẻ em. 2. Mục tiêu cụ thể - 100% thôn", "trẻ em.\n2. Mục tiêu cụ thể\n- 100% thôn"),
    ("Nơi nhận: - Sở Y tế; - Lưu: VT. TM. ỦY BAN NHÂN DÂN", "Nơi nhận:\n- Sở Y tế;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN"),
    ("Hạnh phúc Số: 12/KH-UBND An Phú, ngày 2 tháng 3", "Hạnh phúc\nSố: 12/KH-UBND\nAn Phú, ngày 2 tháng 3"),
])
def test_the_breaks_go_back_at_the_marks_lines_begin_with(line, expected):
    head = "ỦY BAN NHÂN DÂN XÃ AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc I. MỤC TIÊU "
    text = head + "x " * 300 + line
    assert restore_lines(text).endswith(expected)


# must not: inside a sentence the same characters stay on their line
@pytest.mark.parametrize("line", [
    "Giao Công chức Địa chính - Xây dựng chủ trì",  # a dash inside a name
    "- TT Đảng ủy, TT HĐND xã;",  # abbreviations in capitals before a name
    "tăng 2. Tỷ lệ",  # a number with no sentence end before it
    "kiểm tra theo Điều 12 Luật Đất đai",
    "1. Về công tác phối hợp với Sở Y tế",  # a heading's words run on into a sentence with a name in it
    "1. Tuyên truyền trên Đài Phát thanh tỉnh",
])
def test_no_break_inside_a_sentence(line):
    head = "ỦY BAN NHÂN DÂN XÃ AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc I. MỤC TIÊU "
    text = head + "x " * 300 + "đây " + line
    assert restore_lines(text).endswith("đây " + line)


# must not: a text with its lines, a long line with the motto and no body on it, a short one-line text
@pytest.mark.parametrize("text", [
    PLAN.replace(" I. MỤC ĐÍCH", "\nI. MỤC ĐÍCH").replace(" II.", "\nII.").replace(" III.", "\nIII."
                                                                                     ).replace(" IV.", "\nIV."),
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc " + "trang thông tin điện tử " * 40 + "\nI. MỤC TIÊU\n",
    "ỦY BAN NHÂN DÂN XÃ AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc I. MỤC TIÊU ngắn\n",
])
def test_a_text_with_its_lines_stays(text):
    assert not has_lost_lines(text)
    assert restore_lines(text) == text


# a word-segmented document on one line (a tokenizer's corpus of one document per line): de-segmented first
SEGMENTED = ("UỶ_BAN NHÂN_DÂN HUYỆN LẠC_THUỶ_ĐÔNG CỘNG_HOÀ XÃ_HỘI CHỦ_NGHĨA VIỆT_NAM Độc_lập - Tự_do - Hạnh_phúc "
             "Số : 62/KH - UBND Lạc_Thuỷ_Đông , ngày 04 tháng 3 năm 2010 KẾ_HOẠCH Phòng , chống dịch bệnh gia_súc năm "
             "2010 Căn_cứ Quyết_định số 118/QĐ - UBND ngày 20 tháng 01 năm 2010 của Uỷ_ban nhân_dân tỉnh về phòng , chống "
             "dịch bệnh ; Uỷ_ban nhân_dân huyện ban_hành Kế_hoạch như sau : I. MỤC_TIÊU - 90 % tổng đàn gia_súc được tiêm "
             "phòng ; - 100 % ổ dịch được xử_lý kịp_thời . II. NHIỆM_VỤ 1 . Tổ_chức tiêm phòng đợt 1 . Giao Trạm Thú_y "
             "huyện chủ_trì , phối_hợp với Uỷ_ban nhân_dân các xã thực_hiện . 2 . Tiêu_độc khử_trùng chuồng_trại . Giao "
             "Phòng Nông_nghiệp và Phát_triển nông_thôn chủ_trì , phối_hợp với Trạm Thú_y huyện thực_hiện . Nơi nhận : - "
             "UBND tỉnh ; - Lưu : VT . TM. UỶ_BAN NHÂN_DÂN CHỦ_TỊCH Hà_Văn_Thắng\n")


def test_a_word_segmented_document_on_one_line():
    record = process("doc.txt", SEGMENTED.encode()).record.model_dump(mode="json")
    assert (record["doc_type"], record["number"], record["issued_date"], record["signer"]["name"]) == (
        "Kế hoạch", "62/KH-UBND", "2010-03-04", "Hà Văn Thắng")
    assert [t["value"] for o in record["objectives"] for t in o["targets"]] == [90.0, 100.0]
    assert [(a["code"], a["lead_agencies"]) for a in record["activities"]] == [
        ("1", ["Trạm Thú y huyện"]), ("2", ["Phòng Nông nghiệp và Phát triển nông thôn"])]


REPORT = ("ỦY BAN NHÂN DÂN HUYỆN PHÚ KHÊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 301/BC-UBND Phú Khê, "
          "ngày 12 tháng 12 năm 2024 BÁO CÁO Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025 I. KẾT QUẢ "
          "THỰC HIỆN NĂM 2024 1. Về kinh tế Giá trị sản xuất tăng 6,8% so với cùng kỳ. 2. Về xã hội Tỷ lệ hộ nghèo giảm còn "
          "3,9%. II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025 1. Mục tiêu, chỉ tiêu chủ yếu - Tỷ lệ hộ nghèo giảm còn dưới 3%; - Tỷ lệ "
          "dân số tham gia bảo hiểm y tế đạt 95%. 2. Nhiệm vụ, giải pháp chủ yếu a) Phát triển sản xuất nông nghiệp hàng hóa. "
          "b) Đẩy mạnh cải cách hành chính. Nơi nhận: - UBND tỉnh; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Hoàng Văn Tuấn\n")


@pytest.mark.parametrize("name", ["bc.txt", "bc.md"])
def test_a_report_on_one_line(name):
    record = process(name, REPORT.encode()).record.model_dump(mode="json")
    assert [(o["target_year"], [t["value"] for t in o["targets"]]) for o in record["objectives"]] == [
        (2025, [3.0]), (2025, [95.0])]
    assert [a["code"] for a in record["activities"]] == ["2.a", "2.b"]
