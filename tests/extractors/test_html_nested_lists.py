"""HTML lists inside list items (all pages invented): a CMS editor writes a plan's outline
as nested <ol>/<ul>, the labels drawn by the browser. Each item is read on its own line
with its own label, the parent's words before its sub-list."""

import pytest

from extractors.formats.html import read


def lines(body: str) -> list[str]:
    return [b.text for b in read(f"<html><body>{body}</body></html>".encode(), "plan.html").blocks]


@pytest.mark.parametrize("body, expected", [
    # must split: a Roman list of sections holding numbered items
    ('<ol type="I"><li><b>MỤC TIÊU</b><ol><li>Thu hút khách.</li><li>Đạt 80% chuẩn.</li></ol></li>'
     '<li><b>NHIỆM VỤ</b><ol><li>Quảng bá.</li></ol></li></ol>',
     ["I. MỤC TIÊU", "1. Thu hút khách.", "2. Đạt 80% chuẩn.", "II. NHIỆM VỤ", "1. Quảng bá."]),
    # a bulleted sub-list, the parent's words in a <p>, lettered items, and words after the sub-list
    ('<ol><li><p>Nhiệm vụ trọng tâm</p><ul><li>Tập huấn.</li><li>Kiểm tra.</li></ul>Thời gian: năm 2026.</li></ol>',
     ["1. Nhiệm vụ trọng tâm", "- Tập huấn.", "- Kiểm tra.", "Thời gian: năm 2026."]),
    ('<ol start="3"><li>Giải pháp<ol type="a"><li>Về vốn.</li><li>Về nhân lực.</li></ol></li></ol>',
     ["3. Giải pháp", "a. Về vốn.", "b. Về nhân lực."]),
    # must not change: items with no sub-list, a label the text already has
    ("<ol><li>Tuyên truyền.</li><li>Đào tạo.</li></ol>", ["1. Tuyên truyền.", "2. Đào tạo."]),
    ("<ol><li>1. Tuyên truyền.</li></ol>", ["1. Tuyên truyền."]),
])
def test_nested_lists(body, expected):
    assert lines(body) == expected


def test_a_plan_outlined_in_nested_lists():
    from pipeline.process import process
    page = ("<html><body><p>ỦY BAN NHÂN DÂN TỈNH VĨNH LONG</p><p>Số: 30/KH-UBND</p><p>KẾ HOẠCH</p>"
            "<p>Phát triển kinh tế số năm 2026</p><ol type='I'><li><b>MỤC TIÊU</b><ol>"
            "<li>Phấn đấu 70% doanh nghiệp nhỏ sử dụng hóa đơn điện tử.</li></ol></li>"
            "<li><b>NHIỆM VỤ</b><ol><li>Xây dựng sàn thương mại điện tử của tỉnh (Sở Công Thương chủ trì).</li>"
            "</ol></li></ol></body></html>")
    record = process("vinhlong.html", page.encode()).dump
    assert [(a["code"], a["lead_agencies"]) for a in record["activities"]] == [("1", ["Sở Công Thương"])]
    assert [[t["value"] for t in o["targets"]] for o in record["objectives"]] == [[70.0]]
