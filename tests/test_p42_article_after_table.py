"""A resolution's or decision's table laid out in text (`pdftotext -layout`) whose last row is followed at once by
the next article, no blank line between ("Tổng cộng ... 4.254,5 3.390,2" / "Điều 2. Tổ chức thực hiện"): the
article ends the table (grid._section_heading, ARTICLE_HEADING), as a Roman section heading does; before, it was
read as the label of the total row's next line, and the article's responsibilities were lost. Found by G32's
resolution as pdf-layout (round P42); names and numbers invented; must and must-not rows."""

from __future__ import annotations

from extractors.layout.text import read_text

TABLE = """\
Đơn vị tính: tỷ đồng
TT Danh mục dự án           Địa điểm     Thời    Tổng    Kế
                            xây dựng     gian    mức     hoạch
                                         KC-HT   đầu tư  vốn giai
                                                         đoạn
I    Giao thông                                  1.802,3 1.455,0
1    Đường tỉnh 615 đoạn    Huyện Hòa    2026-   1.042,5 861,3
     Hòa Bình - Tân Phú     Bình (cũ)    2029
2    Cầu Khe Lim và         Xã Khe Lim   2026-   759,8    593,7
     đường dẫn hai đầu                   2028
     cầu
II   Nông nghiệp, thủy                           934,6    815,3
     lợi
1    Hệ thống kênh tưới     Xã Đá Bạc    2026-   512,4    498,7
     hồ Đá Bạc                           2028
2    Kè chống sạt lở bờ     Phường       2027-   422,2    316,6
     sông Khe Lim           Khe Lim      2029
III Y tế, giáo dục                               521,4    480,2
1   Trung tâm Y tế khu      Xã Tân       2026-   321,4    290,2
    vực Tân Phú             Phú          2028
2   Trường THPT Tân Phú     Phường       2026-   200,0    190,0
    (cơ sở 2)               Tân Phú      2027
    Tổng cộng                                    3.258,7 2.750,9
"""


def _blocks(text: str):
    blocks, _ = read_text(text)
    return blocks


def test_an_article_right_under_the_table_ends_it():
    blocks = _blocks(TABLE + "Điều 2. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n")
    rows = [r for b in blocks if b.kind == "table" for r in b.rows]
    # must: the article a paragraph of its own, the total row whole
    assert "Điều 2. Tổ chức thực hiện" in [b.text for b in blocks if b.kind == "paragraph"]
    assert any("Tổng cộng" in r and r[-2:] == ["3.258,7", "2.750,9"] for r in rows)
    assert not any("Điều 2" in c for r in rows for c in r)


def test_a_label_opening_on_the_same_word_stays_a_row():
    # must not: a row's label "Điều chỉnh ..." (no article number) is the table's
    text = TABLE.replace("    Tổng cộng                                    3.258,7 2.750,9\n",
                         "2   Điều chỉnh quy hoạch    Xã Tân       2026-   12,0     11,0\n"
                         "    khu dân cư              Phú          2027\n")
    rows = [r for b in _blocks(text + "\nĐiều 2. Tổ chức thực hiện\n") if b.kind == "table" for r in b.rows]
    assert any(r[0] == "2" and "Điều chỉnh quy hoạch khu dân cư" in r for r in rows)
    assert not any("Điều 2" in c for r in rows for c in r)
