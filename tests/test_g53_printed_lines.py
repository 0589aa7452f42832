"""Reader shapes of hold-out round G53 (tests/invented/build_g53.py) beside the cut tables and the copied cells:
- a Word file a PDF-to-Word converter made, every printed line a paragraph, its header's and its signature's blocks
  in frames (w:framePr): the frames' short lines are no lines of the body's wrap, so a short plan's printed lines are
  told and joined (extractors.formats.docx; before, the frames' lines made the full lines too few of the prose);
- a word written with a hyphen cut at it at a line's end ("véc-" / "tơ"): joined with no space, in a paragraph's
  lines (extractors.layout.wrap.glue) and in a Word cell's paragraphs (wrap.hyphen_joined);
- a task table copied a cell a line (docx2txt, a viewer's copy) whose partners' cell lists agencies one a line: the
  extra lines, each an agency's name, are that cell's list (extractors.layout.cell_lines).
Every text here is invented."""

from __future__ import annotations

import io
import zipfile

import pytest

from extractors.formats import read
from extractors.layout import wrap
from extractors.layout.cell_lines import flat_tables
from tests.invented.build_g53 import _docx, _p

_LEFT, _RIGHT = 'w:x="1420" w:y="780"', 'w:x="6020" w:y="780"'
_LOW_LEFT, _LOW_RIGHT = 'w:x="1420" w:y="9800"', 'w:x="6320" w:y="9800"'


def _framed(head_frames: bool) -> str:
    """A department's plan as a converter rebuilt it, its header and signature in frames (or in plain paragraphs)."""
    frame = (lambda f: f) if head_frames else (lambda f: None)
    head = "".join(_p(t, jc="center", frame=frame(_LEFT)) for t in ("UBND TỈNH TÂY SƠN", "SỞ TƯ PHÁP",
                                                                        "Số: 29/KH-STP"))
    head += "".join(_p(t, jc="center", frame=frame(_RIGHT)) for t in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tây Sơn, ngày 08 tháng 5 năm 2028"))
    body = "".join(_p(t, jc="both") for t in (
        "KẾ HOẠCH", "Phổ biến, giáo dục pháp luật trên địa bàn tỉnh Tây Sơn năm 2028",
        "\t  Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;",
        "\t  Thực hiện Kế hoạch số 51/KH-UBND ngày 12 tháng 3 năm 2028 của Ủy ban nhân dân tỉnh",
        "Tây Sơn về công tác phổ biến, giáo dục pháp luật năm 2028;",
        "\t  Sở Tư pháp xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2028 như sau:",
        "\t  I. MỤC TIÊU",
        "\t  Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ và Nhân dân; đổi mới hình thức",
        "phổ biến pháp luật, không để phát sinh điểm nóng về khiếu nại tại cơ sở.",
        "\t  - 100% cơ quan, đơn vị được phổ biến văn bản pháp luật mới ban hành;",
        "\t  - 95% hòa giải viên ở cơ sở được bồi dưỡng kiến thức pháp luật, kỹ năng hòa giải.",
        "\t  II. TỔ CHỨC THỰC HIỆN",
        "\t  1. Phòng Phổ biến, giáo dục pháp luật",
        "\t  Chủ trì, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch và báo cáo kết quả định kỳ hằng",
        "quý.",
        "\t  2. Ủy ban nhân dân các huyện, thị xã",
        "\t  Chỉ đạo Ủy ban nhân dân cấp xã tổ chức phổ biến pháp luật cho Nhân dân trên địa bàn, nhất",
        "là vùng đồng bào dân tộc thiểu số./.",
    ))
    closing = "".join(_p(t, frame=frame(_LOW_LEFT)) for t in (
        "Nơi nhận:", "- UBND tỉnh (b/c);", "- Bộ Tư pháp (b/c);", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, PBGDPL."))
    closing += "".join(_p(t, jc="center", frame=frame(_LOW_RIGHT)) for t in ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
                                                                              "Hoàng Minh Tâm"))
    return head + body + closing


def _texts(body: str) -> list[str]:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, xml in _docx(body).items():
            z.writestr(name, xml)
    return [b.text for b in read(buf.getvalue(), "kehoach.docx").blocks if b.text]


def test_a_converters_printed_lines_are_joined_when_its_header_is_framed():
    texts = _texts(_framed(True))
    assert "Thực hiện Kế hoạch số 51/KH-UBND ngày 12 tháng 3 năm 2028 của Ủy ban nhân dân tỉnh Tây Sơn về công tác " \
           "phổ biến, giáo dục pháp luật năm 2028;" in texts
    assert any(t.endswith("không để phát sinh điểm nóng về khiếu nại tại cơ sở.") and t.startswith("Nâng cao")
               for t in texts)
    assert "Hoàng Minh Tâm" in texts and "KT. GIÁM ĐỐC" in texts  # (the frames' lines stay lines)


# (texts): the same lines with the header and signature as body paragraphs: not told apart from a text's paragraphs
# (as before), and a body of real paragraphs in frames
def test_unframed_or_real_paragraphs_stay_as_they_are():
    texts = _texts(_framed(False))
    assert "Tây Sơn về công tác phổ biến, giáo dục pháp luật năm 2028;" in texts
    real = "".join(_p(t, frame=_LEFT) for t in ("UBND TỈNH TÂY SƠN", "SỞ TƯ PHÁP")) + "".join(_p(t) for t in (
        "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;",
        "Sở Tư pháp xây dựng Kế hoạch phổ biến, giáo dục pháp luật năm 2028 như sau:",
        "I. MỤC TIÊU", "Nâng cao nhận thức, ý thức chấp hành pháp luật của cán bộ và Nhân dân.",
        "II. TỔ CHỨC THỰC HIỆN", "Các phòng, đơn vị thuộc Sở triển khai thực hiện Kế hoạch này."))
    assert "I. MỤC TIÊU" in _texts(real)


# (prev, next, joined)
GLUED = [
    ("giám sát mật độ véc-", "tơ truyền bệnh", "giám sát mật độ véc-tơ truyền bệnh"),
    ("tiêm phòng vắc-", "xin cho trẻ em", "tiêm phòng vắc-xin cho trẻ em"),
]
SPACED = [
    ("phát triển kinh tế -", "xã hội", "phát triển kinh tế - xã hội"),  # a dash between words
    ("Sở Lao động-", "Thương binh và Xã hội", "Sở Lao động- Thương binh và Xã hội"),  # (a name's dash, capitals)
    ("phòng, chống dịch Covid-", "19 tại cơ sở", "phòng, chống dịch Covid- 19 tại cơ sở"),
]


@pytest.mark.parametrize("prev, nxt, joined", GLUED + SPACED)
def test_a_word_cut_at_its_hyphen_is_joined(prev, nxt, joined):
    assert wrap.glue(prev, nxt) == joined


@pytest.mark.parametrize("lines, joined", [
    (["Giám sát véc-", "tơ truyền bệnh tại", "các xã trọng điểm"], ["Giám sát véc-tơ truyền bệnh tại",
                                                                   "các xã trọng điểm"]),
    (["Phát triển kinh tế -", "xã hội"], ["Phát triển kinh tế -", "xã hội"]),
    (["Sở Y tế", "Sở Tài chính"], ["Sở Y tế", "Sở Tài chính"]),
])
def test_a_cells_paragraphs_cut_at_a_hyphen_are_joined(lines, joined):
    assert wrap.hyphen_joined(lines) == joined


_HEADS = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
_LISTED = ["1", "Tổ chức Ngày Pháp luật năm 2028", "Sở Tư pháp", "Sở Nội vụ", "Tỉnh đoàn", "Tháng 11/2028",
           "2", "Bồi dưỡng hòa giải viên cơ sở", "Phòng Phổ biến, giáo dục pháp luật",
           "Ủy ban nhân dân các huyện", "Quý III/2028",
           "3", "Sơ kết công tác phổ biến pháp luật", "Văn phòng Sở", "Các phòng thuộc Sở", "Tháng 12/2028"]


def test_a_copied_partners_list_is_one_cell():
    found = flat_tables(["Các nhiệm vụ:"] + _HEADS + _LISTED + ["III. KINH PHÍ"])
    assert [r for _, _, r, _ in found] == [[
        _HEADS, ["1", "Tổ chức Ngày Pháp luật năm 2028", "Sở Tư pháp", "Sở Nội vụ; Tỉnh đoàn", "Tháng 11/2028"],
        ["2", "Bồi dưỡng hòa giải viên cơ sở", "Phòng Phổ biến, giáo dục pháp luật", "Ủy ban nhân dân các huyện",
         "Quý III/2028"],
        ["3", "Sơ kết công tác phổ biến pháp luật", "Văn phòng Sở", "Các phòng thuộc Sở", "Tháng 12/2028"]]]


# an extra line that names no agency, no partners' column, or a partners' column last: the row cannot be told (no
# table, as before)
NOT_LISTED = [
    _HEADS + [c if c != "Tỉnh đoàn" else "Trực tuyến và trực tiếp" for c in _LISTED],
    ["TT", "Nội dung", "Đơn vị thực hiện", "Ghi chú", "Thời gian"] + _LISTED,
    # the partners' cell last in its row: its line more may be anything after it
    ["TT", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp"]
    + ["1", "Tổ chức Ngày Pháp luật năm 2028", "Tháng 11/2028", "Sở Tư pháp", "Sở Nội vụ", "Tỉnh đoàn",
       "2", "Bồi dưỡng hòa giải viên cơ sở", "Quý III/2028", "Phòng Phổ biến, giáo dục pháp luật",
       "Ủy ban nhân dân các huyện",
       "3", "Sơ kết công tác phổ biến pháp luật", "Tháng 12/2028", "Văn phòng Sở", "Các phòng thuộc Sở"],
]


@pytest.mark.parametrize("lines", NOT_LISTED)
def test_other_extra_lines_leave_the_table(lines):
    assert flat_tables(["Các nhiệm vụ:"] + lines + ["III. KINH PHÍ"]) == []
