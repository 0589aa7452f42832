"""A text shown in HTML as it was typed (<pre>: an old portal's page, a browser's page of a
.txt): its lines are read as a text file's are, columns and tables set with spaces included,
so that the page gives the record the text file gives. Texts of our own."""

import html

from extractors.formats.html import read
from pipeline.process import process

PLAN = """UỶ BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 HUYỆN KỲ SƠN                                  Độc lập - Tự do - Hạnh phúc
Số: 45/KH-UBND                               Kỳ Sơn, ngày 14 tháng 4 năm 2026

                              KẾ HOẠCH
           Hỗ trợ phát triển sản xuất vùng đồng bào dân tộc năm 2026

I. KINH PHÍ
                                                         Đơn vị tính: triệu đồng
  STT   Nội dung                          Tổng cộng     NSTW      NS huyện
   1    Hỗ trợ giống cây trồng                 1.200       900        300
   2    Hỗ trợ máy móc chế biến                  800       600        200
        Tổng cộng                              2.000     1.500        500
"""


def record(name: str, text: str) -> dict:
    return process(name, text.encode()).record.model_dump(mode="json")


def test_a_pre_page_gives_the_text_files_record():
    page = f"<html><head><meta charset='utf-8'></head><body><div class='content'><pre>{html.escape(PLAN)}</pre></div></body></html>"
    as_text, as_page = record("plan.txt", PLAN), record("plan.html", page)
    keys = ("number", "place", "issued_date", "doc_type", "title")
    assert {k: as_page[k] for k in keys} == {k: as_text[k] for k in keys}
    assert as_page["issuer"]["name"] == as_text["issuer"]["name"] == "Ủy ban nhân dân huyện Kỳ Sơn"
    items = lambda r: sorted((i["row_label"], i["source"], i["amount_vnd"]) for i in r["budget"]["items"])
    assert items(as_page) == items(as_text)
    assert ("Hỗ trợ giống cây trồng", "central", 900_000_000) in items(as_page)


def test_a_short_pre_stays_one_block():
    """must not: a <pre> of a line or two is a paragraph as before."""
    page = "<html><body><p>Kế hoạch số 45/KH-UBND</p><pre>Số: 45/KH-UBND</pre></body></html>".encode()
    assert [b.text for b in read(page, "a.html").blocks] == ["Kế hoạch số 45/KH-UBND", "Số: 45/KH-UBND"]


def _lines_page(text: str, nbsp: bool) -> str:
    import re
    lines = [re.sub(r" (?= )", "&nbsp;", html.escape(line)) if nbsp else html.escape(line) for line in text.split("\n")]
    return "<html><head><meta charset='utf-8'></head><body><div class='noidung'>" + "<br>\n".join(lines) + "</div></body></html>"


def test_a_page_of_br_lines_gives_the_text_files_record():
    """A text file put in a page line by line (<br> after each, its spacing kept by &nbsp; or
    left in the source): read as the text file is."""
    as_text = record("plan.txt", PLAN)
    items = lambda r: sorted((i["row_label"], i["source"], i["amount_vnd"]) for i in r["budget"]["items"])
    for nbsp in (True, False):
        as_page = record("plan.html", _lines_page(PLAN, nbsp))
        assert (as_page["number"], as_page["issued_date"], as_page["title"], as_page["issuer"]["name"]) == \
            (as_text["number"], as_text["issued_date"], as_text["title"], as_text["issuer"]["name"])
        assert items(as_page) == items(as_text) and items(as_text)


def test_a_few_br_lines_stay_lines():
    """must not: a short block of lines (an address, a signature) is a paragraph a line, as before."""
    page = ("<html><body><div>Nơi nhận:<br>- Như trên;<br>- Lưu: VT.</div><p>Đoạn văn.</p></body></html>").encode()
    assert [b.text for b in read(page, "a.html").blocks] == ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "Đoạn văn."]


def test_br_lines_that_are_paragraphs_stay_paragraphs():
    """must not: a page whose paragraphs are each one <br> line keeps them apart (no wrap to join)."""
    paras = [f"{k}. Nội dung công việc số {k} của kế hoạch được triển khai thực hiện trong năm." for k in range(1, 10)]
    page = ("<html><body><div>" + "<br>".join(paras) + "</div></body></html>").encode()
    assert [b.text for b in read(page, "a.html").blocks] == paras
