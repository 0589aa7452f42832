"""Hold-out round L: the shapes its invented documents (tests/invented/raw/l_*) exposed, each with
rows that must match and rows that must not (other names and numbers than the documents)."""

from __future__ import annotations

import pytest

from tests.extractors.test_probe_h3_html_header import assert_page_keeps

# a page that sets the document's own closing ("Nơi nhận:" and its lines | the signing authority and
# the signer) in an element whose class or tag says "footer": kept, as a "header" one holding the
# motto is; a site's footer (copyright, address, counter) is still dropped
BODY = "<p><b>KẾ HOẠCH</b></p><p>Bảo tồn di sản văn hóa phi vật thể năm 2028.</p>"
SIGN = "<b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><b>Hà Minh Quang</b>"
RECIPIENTS = "<b><i>Nơi nhận:</i></b><br>- Sở Văn hóa và Thể thao;<br>- Lưu: VT, VX."

FOOTER_CASES = [
    # (markup after the body, text that must be read, text that must not)
    # must match: the recipients | signature table in <table class="footer">
    (f"<table class='footer'><tr><td>{RECIPIENTS}</td><td>{SIGN}</td></tr></table>",
     ["Nơi nhận:", "Sở Văn hóa và Thể thao", "KT. CHỦ TỊCH", "Hà Minh Quang"], []),
    # must match: an HTML5 <footer> holding the signature alone, in divs
    ("<footer><div>TM. HỘI ĐỒNG NHÂN DÂN</div><div>CHỦ TỊCH</div><div>Lý Thị Hoa</div></footer>",
     ["TM. HỘI ĐỒNG NHÂN DÂN", "Lý Thị Hoa"], []),
    # must match: a signature with no TM./KT. line, its title alone on a line in capitals
    ("<div class='footer'><p><b>GIÁM ĐỐC</b></p><p><b>Đào Văn Khải</b></p></div>", ["GIÁM ĐỐC", "Đào Văn Khải"], []),
    ("<footer><p><b>PHÓ TRƯỞNG PHÒNG</b></p><p>Mạc Thị Lan</p></footer>", ["Mạc Thị Lan"], []),
    # must match: a "doc-footer" div with the recipients only
    (f"<div class='doc-footer'><p>{RECIPIENTS}</p></div>", ["Nơi nhận:", "Lưu: VT, VX."], []),
    # must not: a site's footer (copyright, address, phone) is dropped
    ("<div class='site-footer'><p>Bản quyền thuộc UBND tỉnh Lạng Sơn</p><p>Điện thoại: 0205.3812.345</p></div>",
     [], ["Bản quyền", "0205.3812.345"]),
    # must not: a footer that names "TM" or "KT" only within a sentence (a site's credits)
    ("<footer><p>Thiết kế bởi công ty TM và DV Ánh Dương. KT. kỹ thuật: 0912.000.111</p></footer>",
     [], ["Ánh Dương"]),
    # must not: a site's footer naming its head in a sentence, or a title in lowercase
    ("<div class='site-footer'><p>Chịu trách nhiệm: Giám đốc Sở Thông tin - Lê Văn Tùng</p><p>Giám đốc</p></div>",
     [], ["Lê Văn Tùng"]),
    # must not: a menu inside a kept footer is still dropped (its own tag is furniture)
    (f"<div class='footer'><nav><a>Liên hệ</a></nav><p>{SIGN}</p></div>", ["Hà Minh Quang"], ["Liên hệ"]),
]


@pytest.mark.parametrize("tail,must,must_not", FOOTER_CASES)
def test_document_closing_in_a_footer_element(tail, must, must_not):
    assert_page_keeps(f"<html><body>{BODY}{tail}</body></html>".encode(), "Bảo tồn di sản văn hóa phi vật thể năm 2028.",
                      must, must_not)


# a text file in UTF-16 with no byte-order mark (written by a program, not by Notepad): every
# other byte is NUL where the text is ASCII or Latin-1; read as UTF-16 of that byte order. Binary
# data (NULs anywhere, or a zip's header) is still refused
from extractors.blocks import ReadError  # noqa: E402
from extractors.formats.text import decode  # noqa: E402

PLAN_TEXT = ("ỦY BAN NHÂN DÂN\r\nXÃ ĐỨC LẬP\r\nSố: 19/KH-UBND\r\nKẾ HOẠCH\r\nTrồng cây phân tán năm 2027\r\n"
             "I. MỤC TIÊU\r\n- Trồng mới 12.000 cây xanh; tỷ lệ cây sống đạt trên 85%.\r\n")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(codec):
    text, encoding = decode(PLAN_TEXT.encode(codec))
    assert text == PLAN_TEXT and encoding.replace("_", "-").lower() == codec


@pytest.mark.parametrize("data", [
    b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(range(256)) * 8,  # a zip (an Office file)
    bytes([0, 0, 0, 1, 0x41, 0, 0, 0]) * 200,  # a binary record layout: NULs at both parities
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),  # an image
])
def test_binary_data_is_still_refused(data):
    with pytest.raises(ReadError):
        decode(data)


# a task table's one agency column whose head names both roles ("Cơ quan chủ trì, phối hợp", "Đơn vị
# chủ trì/phối hợp", "Phân công thực hiện"): its cells name the lead and the partners ("Sở X chủ trì;
# Sở Y phối hợp"), read as a "Cơ quan thực hiện" column is; a column of roles ("Vai trò (Chủ trì/ Phối
# hợp)") names no agency
from extractors.fields.task_tables import roles_of  # noqa: E402


@pytest.mark.parametrize("header, roles", [
    (["STT", "Nhiệm vụ", "Cơ quan chủ trì, phối hợp", "Thời gian"], ["code", "task", "lead", "other"]),
    (["TT", "Nội dung công việc", "Đơn vị chủ trì/phối hợp", "Thời hạn"], ["code", "task", "lead", "other"]),
    (["STT", "Nhiệm vụ", "Cơ quan, đơn vị chủ trì và phối hợp"], ["code", "task", "lead"]),
    (["STT", "Nội dung", "Phân công thực hiện", "Tiến độ"], ["code", "task", "lead", "other"]),
    # must not: a column of roles, or "phân công" heading a task column
    (["TT", "Tên nhiệm vụ", "Vai trò (Chủ trì/ Phối hợp)"], None),
    (["TT", "Vai trò chủ trì, phối hợp", "Nhiệm vụ"], None),
])
def test_one_column_for_both_roles(header, roles):
    assert roles_of([header]) == roles


ANNEX_MD = """KẾ HOẠCH
Phát triển thể thao quần chúng năm 2027
I. NHIỆM VỤ
Các nhiệm vụ cụ thể tại Phụ lục kèm theo.

PHỤ LỤC

| STT | Nhiệm vụ | {head} | Thời gian |
|---|---|---|---|
| 1 | Tổ chức giải chạy việt dã | Sở Văn hóa và Thể thao chủ trì; Đoàn Thanh niên tỉnh, UBND các xã phối hợp | Quý II |
| 2 | Xây dựng sân thể thao xã | Chủ trì: UBND các xã<br>Phối hợp: Sở Xây dựng | 2027 |
| 3 | Thi đấu thể thao người cao tuổi | Hội Người cao tuổi tỉnh chủ trì, phối hợp Sở Y tế | Quý IV |
"""


@pytest.mark.parametrize("head", ["Cơ quan chủ trì, phối hợp", "Đơn vị chủ trì/phối hợp", "Phân công thực hiện"])
def test_annex_tasks_with_one_agency_column(head):
    from extractors.fields.activities import extract_activities
    from extractors.segment import outline
    from tests.extractors.test_activities import doc_of

    d = doc_of(ANNEX_MD.replace("{head}", head), "plan.md")
    got = [[a["code"], a["lead_agencies"], a["partner_agencies"]] for a in extract_activities(d, outline(d))]
    assert got == [["1", ["Sở Văn hóa và Thể thao"], ["Đoàn Thanh niên tỉnh", "UBND các xã"]],
                   ["2", ["UBND các xã"], ["Sở Xây dựng"]],
                   ["3", ["Hội Người cao tuổi tỉnh"], ["Sở Y tế"]]]
