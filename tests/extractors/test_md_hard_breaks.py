"""Markdown as html2text writes a portal page: a line broken with <br> ends in a hard break
(two spaces), and a table's rows are "a | b" lines whose cells may break over lines.

- A hard break ends the line: the next line is a line of its own ("\\- 80% ...;  " /
  "\\- Tỷ lệ ..."), unless a sentence plainly runs on (the next line opens in lower case).
- In a table whose rows open on their code, a line that opens on a code starts a row, even
  under a group row narrower than the task rows ("**2** | **Phát triển ...**" / "2.1 | ...").
"""

from __future__ import annotations

import pytest

from extractors.formats.markdown import read
from pipeline.process import process


def texts(md: str) -> list[str]:
    return [b.text for b in read(md.encode("utf-8"), "x.md").blocks if b.text]


def rows(md: str) -> list[list[str]]:
    tables = [b.rows for b in read(md.encode("utf-8"), "x.md").blocks if b.rows]
    assert len(tables) == 1, tables
    return tables[0]


# four and more bold headings over their text, each "heading  " / "text": a document of
# blank-line paragraphs, where lines of one paragraph are joined, unless hard-broken
TAIL = "".join(f"\n\n**{i}\\. Phòng {name}**  \nChủ trì {task} trong năm 2026."
               for i, (name, task) in enumerate([("Nông nghiệp và Môi trường", "kiểm tra nguồn nước"),
                                                 ("Tài chính - Kế hoạch", "bố trí kinh phí"),
                                                 ("Văn hóa - Xã hội", "tuyên truyền"),
                                                 ("Kinh tế", "theo dõi giá cả")], start=1))


@pytest.mark.parametrize("items", [
    ["\\- 95% hộ dân dùng nước hợp vệ sinh;", "\\- Tỷ lệ chất thải rắn được thu gom đạt 88%;",
     "\\- Trồng mới 120 ha rừng."],
    ["\\+ Giảm 2% hộ nghèo;", "\\+ 100% trường học có nhà vệ sinh đạt chuẩn."],
    ["Năm 2026: hoàn thành 3 công trình;", "Năm 2027: hoàn thành 5 công trình."],
])
def test_hard_broken_lines_are_lines_of_their_own(items):
    md = "**2\\. Mục tiêu cụ thể**\n\n" + "  \n".join(items) + TAIL + "\n"
    got = texts(md)
    for item in items:
        plain = item.replace("\\", "")
        assert plain in got, (plain, got)


def test_a_bold_heading_over_its_text_stays_a_heading():
    got = texts("**IV. TỔ CHỨC THỰC HIỆN**" + TAIL + "\n")
    assert "1. Phòng Nông nghiệp và Môi trường" in got
    assert "Chủ trì kiểm tra nguồn nước trong năm 2026." in got


# --- must not match: a hard break inside a running sentence, and soft wraps ---------------

# a Markdown file filled at a width: paragraphs whose lines are soft wraps, joined
FILLED = "".join(f"\n\nỦy ban nhân dân huyện giao {who} chủ trì, phối hợp với\ncác cơ quan liên quan {what}\ntrong năm 2026."
                 for who, what in [("Phòng Kinh tế", "kiểm tra giá"), ("Phòng Y tế", "phòng dịch"),
                                   ("Phòng Nội vụ", "rà soát biên chế"), ("Phòng Tư pháp", "tuyên truyền luật")])


def test_soft_wrapped_lines_of_a_paragraph_still_join():
    got = texts("**III. NHIỆM VỤ**" + FILLED + "\n")
    assert "Ủy ban nhân dân huyện giao Phòng Y tế chủ trì, phối hợp với các cơ quan liên quan phòng dịch trong năm 2026." in got


def test_a_sentence_that_runs_on_after_a_hard_break_is_one_line():
    md = "**III. NHIỆM VỤ**\n\nGiao Phòng Văn hóa chủ trì, phối hợp với  \ncác trường học tổ chức hội thi." + FILLED + "\n"
    assert "Giao Phòng Văn hóa chủ trì, phối hợp với các trường học tổ chức hội thi." in texts(md)


def test_hard_broken_items_in_a_filled_file_are_lines_of_their_own():
    md = "**2\\. Mục tiêu**\n\n\\- 97% hộ có điện;  \n\\- Tỷ lệ che phủ rừng đạt 61%." + FILLED + "\n"
    got = texts(md)
    assert "- 97% hộ có điện;" in got and "- Tỷ lệ che phủ rừng đạt 61%." in got


# --- tables ----------------------------------------------------------------------------------

TASKS = """**STT** | **Nhiệm vụ** | **Đơn vị thực hiện** | **Thời hạn**  
---|---|---|---  
**Chủ trì** | **Phối hợp**  
**{g1}** | **Bảo vệ rừng**  
{c11} | Tuần tra rừng đầu nguồn | Hạt Kiểm lâm | Công an xã;  
Dân quân xã | Quý II/2026  
{c12} | Phòng cháy rừng mùa khô | Ban quản lý rừng phòng hộ | Các thôn | Tháng 3/2026  
**{g2}** | **Trồng rừng**  
{c21} | Trồng rừng gỗ lớn | Phòng Kinh tế | Hội Nông dân huyện;  
Các hợp tác xã | Năm 2026  
"""


@pytest.mark.parametrize("g1,c11,c12,g2,c21", [("1", "1.1", "1.2", "2", "2.1"),
                                               ("I", "1", "2", "II", "1"),
                                               ("1", "a", "b", "2", "a")])
def test_a_code_led_line_under_a_group_row_starts_a_row(g1, c11, c12, g2, c21):
    got = rows(TASKS.format(g1=g1, c11=c11, c12=c12, g2=g2, c21=c21))
    assert [g1, "Bảo vệ rừng"] in got
    assert [c11, "Tuần tra rừng đầu nguồn", "Hạt Kiểm lâm", "Công an xã;\nDân quân xã", "Quý II/2026"] in got
    assert [c12, "Phòng cháy rừng mùa khô", "Ban quản lý rừng phòng hộ", "Các thôn", "Tháng 3/2026"] in got
    assert [g2, "Trồng rừng"] in got
    assert [c21, "Trồng rừng gỗ lớn", "Phòng Kinh tế", "Hội Nông dân huyện;\nCác hợp tác xã", "Năm 2026"] in got


def test_a_cell_that_goes_on_with_a_number_in_its_text_is_not_a_new_row():
    md = """**TT** | **Nội dung** | **Chủ trì** | **Phối hợp** | **Thời gian**  
---|---|---|---|---  
1 | Hỗ trợ giống cây trồng | Phòng Kinh tế | Các xã;  
12 hợp tác xã | Năm 2026  
2 | Tập huấn kỹ thuật | Trạm Khuyến nông | Hội Nông dân | Quý III/2026  
"""
    got = rows(md)
    assert got[1] == ["1", "Hỗ trợ giống cây trồng", "Phòng Kinh tế", "Các xã;\n12 hợp tác xã", "Năm 2026"]
    assert got[2][0] == "2" and len(got) == 3


GROUPED = """STT| Nội dung nhiệm vụ| Chủ trì| Phối hợp| Thời gian  
---|---|---|---|---  
{g1}  
1| Tuyên truyền phòng, chống cháy nổ| Công an xã| Đài Truyền thanh xã| Quý I/2026  
2| Kiểm tra cơ sở kinh doanh xăng dầu| Công an xã| Phòng Kinh tế| Quý II/2026  
{g2}  
3| Diễn tập chữa cháy tại chợ| Ban Chỉ huy Quân sự xã| Ban quản lý chợ| Tháng 9/2026  
"""


@pytest.mark.parametrize("g1,g2", [("**I. CÔNG TÁC TUYÊN TRUYỀN**", "**II. CÔNG TÁC KIỂM TRA**"),
                                   ("I. CÔNG TÁC TUYÊN TRUYỀN", "II. CÔNG TÁC KIỂM TRA"),
                                   ("**A. Tuyên truyền**", "**B. Kiểm tra, diễn tập**")])
def test_a_group_row_without_pipes_is_a_row_of_its_own(g1, g2):
    got = rows(GROUPED.format(g1=g1, g2=g2))
    plain1, plain2 = g1.strip("*"), g2.strip("*")
    assert got[1] == [plain1] * 5 and got[4] == [plain2] * 5
    assert got[2][:3] == ["1", "Tuyên truyền phòng, chống cháy nổ", "Công an xã"]
    assert got[5] == ["3", "Diễn tập chữa cháy tại chợ", "Ban Chỉ huy Quân sự xã", "Ban quản lý chợ", "Tháng 9/2026"]


def test_a_line_in_capitals_inside_a_cell_is_no_group_row():
    md = """**Nơi nhận:**  
\\- Như trên;  
\\- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH**  
  
**Lò Văn Sơn**  
---|---  
"""
    texts = [b.text for b in read(md.encode("utf-8"), "x.md").blocks if b.text]
    assert "TM. ỦY BAN NHÂN DÂN" in texts and "CHỦ TỊCH" in texts and "Lò Văn Sơn" in texts


from extractors.layout.markdown import lost_spans  # noqa: E402


SPANNED = [["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], ["Chủ trì", "Phối hợp"],
           ["1", "Kiểm tra an toàn thực phẩm", "Phòng Y tế", "Công an huyện", "Quý III"],
           ["2", "Tập huấn cho hộ kinh doanh", "Trung tâm Y tế", "Hội Phụ nữ", "Quý IV"]]


def test_a_header_whose_merged_cell_html2text_dropped_is_spread_again():
    got = lost_spans(SPANNED)
    assert got[0] == ["TT", "Nội dung", "Đơn vị thực hiện", "Đơn vị thực hiện", "Thời gian"]
    assert got[1] == ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]
    assert got[2:] == SPANNED[2:]


def test_a_task_table_read_through_markdown_gets_its_roles_back():
    md = ("**TT** | **Nội dung** | **Cơ quan thực hiện** | **Thời gian**  \n---|---|---|---  \n"
          "**Chủ trì** | **Phối hợp**  \n"
          "1 | Kiểm tra an toàn thực phẩm | Phòng Y tế | Công an huyện | Quý III  \n"
          "2 | Tập huấn cho hộ kinh doanh | Trung tâm Y tế | Hội Phụ nữ | Quý IV  \n")
    plan = ("ỦY BAN NHÂN DÂN\n\nHUYỆN SÌN HỒ\n\nSố: 17/KH-UBND\n\nKẾ HOẠCH\n\nBảo đảm an toàn thực phẩm năm 2026\n\n"
            "II. NHIỆM VỤ\n\n" + md)
    rec = process("kh.md", plan.encode("utf-8")).dump
    acts = {a["code"]: (a["lead_agencies"], a["partner_agencies"]) for a in rec["activities"]}
    assert acts["1"] == (["Phòng Y tế"], ["Công an huyện"]) and acts["2"] == (["Trung tâm Y tế"], ["Hội Phụ nữ"])


@pytest.mark.parametrize("rows", [
    [["TT", "Nội dung", "Cơ quan thực hiện", "Phân công"], ["Chủ trì", "Phối hợp"], ["1", "Đường", "A", "B", "C"]],  # two group headings
    [["STT", "Nội dung", "Năm 2025", "Dự toán 2026"], ["Dự toán", "Ước thực hiện"], ["1", "Thu", "5", "3", "2"]],  # a budget's groups
    [["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], ["1", "Kiểm tra"], ["2", "Tập huấn", "Phòng Y tế", "Quý IV"]],
    [["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], ["Chủ trì", "Phối hợp"], ["1", "Kiểm tra", "Phòng Y tế", "Quý IV"]],
    [["Chỉ tiêu", "Đơn vị thực hiện", "Ghi chú"], ["120", "80"], ["Đường", "5", "3", "2"]],  # numbers below: a body row
])
def test_other_tables_are_left_as_they_are(rows):
    assert lost_spans(rows) == rows
