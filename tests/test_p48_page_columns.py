"""A PDF page set in two columns whose lines do not share baselines (a web page printed by a browser, a sidebar of
links in a small type beside the article in a larger one: round G43's portal print) is read column by column, and a
column much narrower than the other (the sidebar) is left out, as the web page reader leaves out an <aside>: the
two columns' lines were read in height order, a sidebar's link glued into the article's basis and its lines read
as objectives, the header's date after "1. Mục tiêu chung" (extractors.layout.page_columns).
A table drawn without rules, a header's two columns and a closing's recipients beside its signature share their
baselines or are too short: read as before. Words, lines and names invented (round P48); must and must-not rows."""

from __future__ import annotations

import pytest

from extractors.formats import pdf
from extractors.layout.page_columns import column_groups
from tests.minimal_pdf import pdf_of


def words_of(lines: list[tuple[float, float, float, str]]) -> list[dict]:
    """Words (x0, x1, top, bottom, text) of lines given as (x0, top, size, text), 0.5 of the size a letter."""
    out = []
    for x0, top, size, text in lines:
        x = x0
        for word in text.split():
            width = 0.5 * size * len(word)
            out.append({"x0": x, "x1": x + width, "top": top, "bottom": top + size, "text": word})
            x += width + 0.25 * size
    return out


SIDEBAR = [(30.0, 100.0 + 11 * k, 8.0, f"Quyet dinh so {40 + k} ve viec") for k in range(24)]
ARTICLE = [(200.0, 103.0 + 15 * k, 11.0, f"Dong {k} cua ke hoach phat trien du lich nong thon") for k in range(16)]
RIGHT_TEXT = [(320.0, 103.0 + 15 * k, 11.0, f"Cot phai dong {k} noi dung") for k in range(16)]
LEFT_TEXT = [(30.0, 100.0 + 11 * k, 11.0, f"Cot trai dong {k} noi dung") for k in range(22)]
TOP = [(30.0, 60.0, 11.0, "CONG THONG TIN DIEN TU TINH LAM KHE")]
BOTTOM = [(30.0, 420.0, 11.0, "Trang chu Gioi thieu Tin tuc Lien he Ban quyen thuoc Cong thong tin")]


def texts(groups: list[list[dict]]) -> list[str]:
    return [" ".join(w["text"] for w in g[:4]) for g in groups]


def test_a_sidebar_beside_the_article_is_left_out():
    groups = column_groups(words_of(TOP + SIDEBAR + ARTICLE + BOTTOM))
    assert groups is not None
    assert [len(g) for g in groups] == [len(words_of(TOP)), len(words_of(ARTICLE)), len(words_of(BOTTOM))]
    assert all(w["x0"] >= 200 for w in groups[1])


def test_two_columns_of_like_width_are_read_left_then_right():
    groups = column_groups(words_of(LEFT_TEXT + RIGHT_TEXT))
    assert groups is not None
    # (the first and the last visual lines, where both columns' lines meet, are read above and below them)
    sides = ["left" if all(w["x0"] < 320 for w in g) else "right" if all(w["x0"] >= 320 for w in g) else "both"
             for g in groups]
    assert sides == ["both", "left", "right", "both"]
    assert sum(len(g) for g in groups) == len(words_of(LEFT_TEXT + RIGHT_TEXT))


@pytest.mark.parametrize("lines", [
    # a table drawn without rules: its columns' lines share baselines
    [(30.0, 100.0 + 15 * k, 11.0, f"{k + 1}. Nhiem vu so {k}") for k in range(12)]
    + [(300.0, 100.0 + 15 * k, 11.0, "So Van hoa va Du lich") for k in range(12)],
    # a closing's recipients beside its signature: the signature's lines too few
    [(30.0, 500.0 + 11 * k, 8.0, f"- So nganh {k};") for k in range(9)]
    + [(330.0, 503.0 + 15 * k, 12.0, line) for k, line in enumerate(["TM. UY BAN NHAN DAN", "KT. CHU TICH",
                                                                      "PHO CHU TICH", "", "Le Van Hung"]) if line],
    # one column of prose
    [(30.0, 100.0 + 15 * k, 11.0, "Dong van ban keo dai het chieu rong cua trang giay") for k in range(30)],
])
def test_other_pages_are_read_as_before(lines):
    assert column_groups(words_of(lines)) is None


def test_a_printed_page_with_a_sidebar_reads_its_article_whole():
    article = [(200.0, 103.0 + 15 * k, 11.0, line) for k, line in enumerate([
        "Can cu Nghi dinh so 21/2027/ND-CP ngay 10 thang 3 nam 2027 cua Chinh phu quy",
        "dinh chi tiet mot so dieu cua Luat The duc, the thao;",
        "I. MUC TIEU", "- 40% dan so tap luyen the duc, the thao thuong xuyen;",
        "- 25% so ho gia dinh duoc cong nhan gia dinh the thao.",
        "II. NHIEM VU", "1. To chuc giai the thao quan chung cap tinh;",
        "2. Xay dung 12 san the thao xa, phuong.", "III. KINH PHI",
        "Kinh phi tu ngan sach tinh va nguon xa hoi hoa.",
        "IV. TO CHUC THUC HIEN", "So Van hoa chu tri, theo doi, bao cao ket qua."])]
    sidebar = [(30.0, 100.0 + 11 * k, 8.0, f"Quyet dinh so {300 + k}/QD-UBND ve viec") for k in range(18)]
    page = pdf_of([(x, top, size, text.encode("cp1252")) for x, top, size, text in sidebar + article])
    blocks = [b.text for b in pdf.read(page, "in-trang.pdf").blocks]
    assert blocks[0] == ("Can cu Nghi dinh so 21/2027/ND-CP ngay 10 thang 3 nam 2027 cua Chinh phu quy dinh chi tiet "
                         "mot so dieu cua Luat The duc, the thao;")
    assert not any("Quyet dinh so 3" in b for b in blocks)
    assert "I. MUC TIEU" in blocks and "- 40% dan so tap luyen the duc, the thao thuong xuyen;" in blocks
