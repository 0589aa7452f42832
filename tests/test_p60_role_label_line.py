"""A task's labelled lines under its heading ("1. Nâng cấp hệ thống ... đến các xã" / "Cơ quan chủ trì: Phòng Văn
hóa, ..." / "Cơ quan phối hợp: ..." / "Thời gian: ..."), the heading's line full to the margin: the label's line starts
a paragraph of its own (it ran into the heading, "... đến các xã Cơ quan chủ trì: ...", and the task lost its lead;
extractors/layout/wrap.py STARTS_BLOCK). Seen in a text plan printed to PDF (round G69's .txt through LibreOffice).

Must-not rows: a sentence wrapped before such words in lower case ("... giao" / "cơ quan chủ trì: ...") and a line
opening with other words ("Cơ quan chủ quản ...") go on as before. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.formats import pdf as pdf_reader
from extractors.layout.wrap import STARTS_BLOCK
from tests.renditions.fontpdf import cid_pdf

LINES = ["II. NHIỆM VỤ VÀ GIẢI PHÁP",
         "Các cơ quan, đơn vị chủ động triển khai các nhiệm vụ sau đây, bảo đảm tiến độ và",
         "chất lượng, báo cáo kết quả về Ủy ban nhân dân huyện theo định kỳ hằng quý.",
         "1. Nâng cấp hệ thống hội nghị truyền hình trực tuyến từ huyện đến các xã",
         "{label} Phòng Văn hóa, Khoa học và Thông tin.",
         "Thời gian: Quý IV/2027."]


def _paragraphs(label: str) -> list[str]:
    lines = [line.format(label=label) for line in LINES]
    return [b.text for b in pdf_reader.read(cid_pdf(lines, size=10), "x.pdf").blocks if b.text]


@pytest.mark.parametrize("label", ["Cơ quan chủ trì:", "Đơn vị chủ trì:", "Đơn vị phối hợp:", "Cơ quan thực hiện:"])
def test_a_labelled_line_under_a_full_heading_is_its_own(label):
    texts = _paragraphs(label)
    assert "1. Nâng cấp hệ thống hội nghị truyền hình trực tuyến từ huyện đến các xã" in texts, texts
    assert f"{label} Phòng Văn hóa, Khoa học và Thông tin." in texts, texts


@pytest.mark.parametrize("line, starts", [
    ("Cơ quan chủ trì: Sở Y tế.", True),
    ("Đơn vị phối hợp: Công an huyện; Trung tâm Y tế huyện.", True),
    ("Đơn vị thực hiện : UBND các xã.", True),
    # must not
    ("cơ quan chủ trì: Sở Y tế.", False),
    ("Cơ quan chủ quản của Trung tâm có trách nhiệm bố trí kinh phí.", False),
    ("Đơn vị chủ trì tổ chức thực hiện và báo cáo kết quả.", False),
])
def test_the_labels_that_start_a_paragraph(line, starts):
    assert bool(STARTS_BLOCK.match(line)) is starts
