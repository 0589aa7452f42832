"""Text a scrape wrote with a cell's lines joined by nothing (BeautifulSoup's get_text() with
no separator): the breaks are put back where the header shows they were lost, and only there."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.formats.glued import caps_split, has_lost_breaks, put_back, restore_breaks
from pipeline.process import process

GLUED_HEAD = "ỦY BAN NHÂN DÂNHUYỆN KRÔNG BÚK-------Số: 77/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc---------------Krông Búk, ngày 09 tháng 4 năm 2026\n"


@pytest.mark.parametrize("text,lines", [
    # must split: a rule glued to the line above and the line below, the motto, a name after capitals
    ("SỞ Y TẾ TỈNH ĐẮK NÔNG-------Số: 45/KH-SYT", ["SỞ Y TẾ TỈNH ĐẮK NÔNG", "-------", "Số: 45/KH-SYT"]),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc---------------Gia Nghĩa, ngày 2/5/2026",
     ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "Gia Nghĩa, ngày 2/5/2026"]),
    ("Số: 45/KH-SYTGia Nghĩa, ngày 2/5/2026", ["Số: 45/KH-SYT", "Gia Nghĩa, ngày 2/5/2026"]),
    ("KT. GIÁM ĐỐCPHÓ GIÁM ĐỐCĐinh Thị Hương", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đinh Thị Hương"]),
    ("Nơi nhận:- Sở Y tế;- Lưu: VT, QLKT.TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCH",
     ["Nơi nhận:", "- Sở Y tế;", "- Lưu: VT, QLKT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]),
    # two capital syllables run together: "DÂNHUYỆN", "NÔNGSỞ", "LẮKSỞ" (a final -k)
    ("ỦY BAN NHÂN DÂNHUYỆN CƯ JÚT-------", ["ỦY BAN NHÂN DÂN", "HUYỆN CƯ JÚT", "-------"]),
    ("UBND TỈNH ĐẮK LẮKSỞ TƯ PHÁP-------", ["UBND TỈNH ĐẮK LẮK", "SỞ TƯ PHÁP", "-------"]),
    # a cell's sentence glued to the next cell
    ("tổ chức 06 lớp tập huấn.Đơn vị chủ trì: Phòng Y tế", ["tổ chức 06 lớp tập huấn.", "Đơn vị chủ trì: Phòng Y tế"]),
    # must not split: acronyms, a document code, a place written short, words in one case
    ("Quyết định số 12/QĐ-TTg của Thủ tướng-------", ["Quyết định số 12/QĐ-TTg của Thủ tướng", "-------"]),
    ("tại TP.Hồ Chí Minh và TP.HCM; sản phẩm OCOP, UBND, HĐND-------",
     ["tại TP.Hồ Chí Minh và TP.HCM; sản phẩm OCOP, UBND, HĐND", "-------"]),
    ("Số: 27-CTr/ĐU về chương trình NTM-------", ["Số: 27-CTr/ĐU về chương trình NTM", "-------"]),
    ("áp dụng quy trình VietGAP, GlobalGAP và định danh VNeID", ["áp dụng quy trình VietGAP, GlobalGAP và định danh VNeID"]),
    # a Party's or a union's star set glued to the name above it and the number below it
    ("ĐẢNG BỘ HUYỆN LẠC DƯƠNGĐẢNG ỦY XÃ ĐẠ SAR*", ["ĐẢNG BỘ HUYỆN LẠC DƯƠNG", "ĐẢNG ỦY XÃ ĐẠ SAR", "*"]),
    ("BCH ĐOÀN TNCS HỒ CHÍ MINHTỈNH KON PLÔNG***Số: 09-KH/TĐTN", ["BCH ĐOÀN TNCS HỒ CHÍ MINH", "TỈNH KON PLÔNG", "***", "Số: 09-KH/TĐTN"]),
    ("ĐOÀN TNCS HỒ CHÍ MINHKon Plông, ngày 3/3/2026", ["ĐOÀN TNCS HỒ CHÍ MINH", "Kon Plông, ngày 3/3/2026"]),
    ("UBND HUYỆN ĐỨC LINHỦY BAN NHÂN DÂN XÃ ĐA KAI", ["UBND HUYỆN ĐỨC LINH", "ỦY BAN NHÂN DÂN XÃ ĐA KAI"]),
    ("CHỦ TỊCHY Blúp Niê", ["CHỦ TỊCH", "Y Blúp Niê"]),
])
def test_lost_breaks_are_put_back(text, lines):
    assert put_back(text).split("\n") == lines


@pytest.mark.parametrize("text", [
    # must leave: text with its breaks (a rule on its own line, pdftotext's rule glued to the line after it)
    "ỦY BAN NHÂN DÂN\nHUYỆN CƯ JÚT\n-------\nSố: 45/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
    "SỞ Y TẾ\n------Số: 45/KH-SYT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM\nĐộc lập - Tự do - Hạnh phúc\n--------------Gia Nghĩa, ngày 2/5/2026\nnghiệpTổ",
    "Phấn đấu 2026 - 2030 tăng trưởng 8%/năm; giai đoạn 2026 --- 2030.\n",
    "TỈNH ỦY LÂM VIÊN\n*\nSố 12-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLâm Viên, ngày 3/3/2026\nChỉ tiêu (*) đạt 95%*\n",
])
def test_a_text_with_its_breaks_is_left_as_it_is(text):
    assert not has_lost_breaks(text) and restore_breaks(text) == text


@pytest.mark.parametrize("word,at", [("DÂNHUYỆN", 3), ("NAMĐộc", 3), ("LẮKSỞ", 3), ("ĐỐCPHÓ", 3),
                                     ("OCOP", None), ("UBND", None), ("NGHIÊNG", None), ("HĐND", None)])
def test_two_capital_syllables_run_together_split_where_the_second_starts(word, at):
    assert caps_split(word) == at


def test_a_glued_scrape_reads_as_the_plan_it_was():
    body = ("\nKẾ HOẠCH\nPhòng, chống bệnh sốt xuất huyết năm 2026\nI. MỤC TIÊU\n- Giảm 10% số ca mắc so với năm 2025.\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Y tế huyện: chủ trì giám sát dịch.\n")
    sign_lines = "\nNơi nhận:\n- Sở Y tế;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Hạnh\n"
    glued = GLUED_HEAD + body + "Nơi nhận:- Sở Y tế;- Lưu: VT.TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCHPHÓ CHỦ TỊCHNguyễn Thị Hạnh\n"
    lined = restore_breaks(GLUED_HEAD) + body + sign_lines.lstrip("\n")
    got = process("plan.txt", glued.encode()).record
    want = process("plan.txt", lined.encode()).record
    assert (got.number, got.issuer.name, got.place, got.issued_date) == \
        ("77/KH-UBND", "Ủy ban nhân dân huyện Krông Búk", "Krông Búk", date(2026, 4, 9))
    assert (got.number, got.issuer, got.place, got.issued_date, got.title) == \
        (want.number, want.issuer, want.place, want.issued_date, want.title)
    assert (got.signer.name, got.signer.title) == ("Nguyễn Thị Hạnh", "Phó Chủ tịch")
