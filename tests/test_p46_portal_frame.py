"""A commune's plan on its portal page (round G39): the whole page inside one ASP.NET <form>, laid out by a table of
three columns whose side cells hold small tables of their own (a menu, a list of links) beside the cell that holds the
document's blocks, and a task table typed inside <pre> with a rule of dashes under its header. Three shapes, each of
which lost the document or a part of it:

- the <form> around the page was dropped as site furniture (a search box's, a comment form's): no document text.
  A form that holds the document's header or closing is a container now; the site's parts inside it go on their own;
- the frame was read as a data table (small tables in its cells are a task table's partner lists): every block got a
  table cell's place, and responsibilities skip table cells. A cell of three blocks or more makes a frame, whatever
  the cells beside it hold, unless the table names its columns in its first row;
- the rule of dashes under a table typed with spaces ended the table at the margin: the rows read as prose."""

from __future__ import annotations

import pytest

from extractors.formats import read
from pipeline.process import process

DOCUMENT = """\
<div class="noidung"><p>ỦY BAN NHÂN DÂN<br/>XÃ LONG GIANG<br/>Số: 17/KH-UBND</p>
<p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc<br/>Long Giang, ngày 02 tháng 3 năm 2028</p>
<p><b>KẾ HOẠCH</b><br/>Phòng, chống dịch bệnh trên cây trồng năm 2028</p>
<p>I. MỤC TIÊU<br/>- 100% thôn, bản được tuyên truyền về phòng, chống dịch bệnh.</p>
<p>II. TỔ CHỨC THỰC HIỆN<br/>1. Công chức Địa chính - Nông nghiệp: Tham mưu Ủy ban nhân dân xã triển khai Kế hoạch.<br/>
2. Trạm Khuyến nông xã: Hướng dẫn nông dân phòng trừ sâu bệnh.<br/>
3. Hội Nông dân xã: Vận động hội viên thực hiện.</p>
<p>Nơi nhận:<br/>- UBND huyện;<br/>- Lưu: VT.</p><p>TM. ỦY BAN NHÂN DÂN<br/>CHỦ TỊCH<br/>Lò Văn Thanh</p></div>
"""
MENU = "<table><tr><td><a href='/'>Trang chủ</a></td></tr><tr><td><a href='/vb'>Văn bản</a></td></tr></table>"
LINKS = "<table><tr><td>Liên kết</td></tr><tr><td><a href='#'>Cổng thông tin tỉnh</a></td></tr></table>"


def page(body: str) -> bytes:
    return f"<html><head><title>Xã Long Giang</title></head><body>{body}</body></html>".encode()


def responsibilities(data: bytes) -> list[str]:
    record = process("ke-hoach.html", data).record.model_dump(mode="json")
    return [r["agency"] for r in record["responsibilities"]]


AGENCIES = ["Công chức Địa chính - Nông nghiệp", "Trạm Khuyến nông xã", "Hội Nông dân xã"]
FORM = "<form method='post' id='aspnetForm'><input type='hidden' name='__VIEWSTATE' value='dDwtMTA4'/>{}</form>"
SEARCH = "<div class='search'><input name='q'/><button>Tìm kiếm</button></div>"
COMMENTS = "<div class='binhluan'><p>Ý kiến bạn đọc</p><textarea></textarea><input type='submit' value='Gửi'/></div>"


@pytest.mark.parametrize("body", [
    FORM.format(SEARCH + DOCUMENT + COMMENTS),  # the page inside ASP.NET's one form
    FORM.format(f"<table class='main'><tr><td>{MENU}</td><td>{DOCUMENT}</td><td>{LINKS}</td></tr></table>"),
    f"<table width='980'><tr><td colspan=3><img src='banner.jpg'/></td></tr>"
    f"<tr><td>{MENU}</td><td>{DOCUMENT}</td><td>{LINKS}</td></tr></table>",  # a frame of three columns
])
def test_the_document_inside_a_portal_form_or_frame(body):
    data = page(body)
    assert responsibilities(data) == AGENCIES
    texts = [b.text for b in read(data, "ke-hoach.html").blocks]
    assert "Số: 17/KH-UBND" in texts
    assert not any(t in ("Tìm kiếm", "Gửi", "Ý kiến bạn đọc") for t in texts)


@pytest.mark.parametrize("body", [
    # must not: a form of the site's (a search box, a comment form) beside the document is still dropped
    DOCUMENT + "<form action='/search'><p>Tìm văn bản</p><input name='q'/></form>",
    DOCUMENT + "<form id='gopy'><p>Góp ý dự thảo văn bản</p><textarea></textarea></form>",
])
def test_a_site_form_beside_the_document_goes(body):
    texts = [b.text for b in read(page(body), "ke-hoach.html").blocks]
    assert "Số: 17/KH-UBND" in texts
    assert not any("Tìm văn bản" in t or "Góp ý dự thảo" in t for t in texts)


def test_a_task_table_with_a_small_partner_table_stays_data():
    # must not: a task table naming its columns, a task cell of three paragraphs, partners in a nested table
    partners = "<table><tr><td>Hội Nông dân xã</td></tr><tr><td>Đoàn Thanh niên xã</td></tr></table>"
    table = ("<table border=1><tr><td>TT</td><td>Nội dung</td><td>Chủ trì</td><td>Phối hợp</td></tr>"
             "<tr><td>1</td><td><p>Tuyên truyền phòng, chống dịch bệnh</p><p>trên loa truyền thanh</p><p>hằng tuần</p>"
             f"</td><td>Công chức Văn hóa - Xã hội</td><td>{partners}</td></tr></table>")
    record = process("a.html", page(DOCUMENT.replace("<p>Nơi nhận", table + "<p>Nơi nhận"))).record
    acts = record.model_dump(mode="json")["activities"]
    assert [(a["lead_agencies"], a["partner_agencies"]) for a in acts] == [
        (["Công chức Văn hóa - Xã hội"], ["Hội Nông dân xã", "Đoàn Thanh niên xã"])]


RULED = """\
KẾ HOẠCH
Tổ chức tết trồng cây năm 2029
II. NHIỆM VỤ
TT  Nội dung công việc           Chủ trì               Phối hợp                Thời gian
{rule}
1   Trồng cây phân tán dọc       Công chức Địa chính   Đoàn Thanh niên xã      Tháng 2/2029
    các tuyến đường liên thôn
2   Chăm sóc cây sau trồng       Ban quản lý các thôn  Hội Cựu chiến binh xã   Năm 2029
III. KINH PHÍ THỰC HIỆN
Kinh phí từ ngân sách xã.
"""


@pytest.mark.parametrize("rule", [
    "--  ---------------------------  --------------------  ----------------------  ------------",
    "==  ===========================  ====================  ======================  ============",
    "-------------------------------------------------------------------------------------------",
])
def test_a_rule_under_the_header_of_a_typed_table(rule):
    record = process("ke-hoach.txt", RULED.format(rule=rule).encode()).record.model_dump(mode="json")
    got = [(a["title"], a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]]
    assert got == [("Trồng cây phân tán dọc các tuyến đường liên thôn", ["Công chức Địa chính"], ["Đoàn Thanh niên xã"]),
                   ("Chăm sóc cây sau trồng", ["Ban quản lý các thôn"], ["Hội Cựu chiến binh xã"])]
