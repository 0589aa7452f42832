"""Reader shape of hold-out round G51 (tests/invented/build_g51.py): a table a text converter drew with characters,
each cell wrapped inside its own width: a text-mode browser's box-drawn table (`w3m -dump`: "┌──┬──┐", "│", a rule
"├──┼──┤" between the rows) and a legacy Word converter's pipe table (`antiword`: a row's lines each between pipes
at fixed columns, no rule between the rows, the page's layout tables drawn the same way). extractors.layout.
drawn_tables writes them as rows (a cell's wrapped lines joined, its paragraphs kept apart) before the text layout
reads the text; other pipes and box characters are left to it. Every text here is invented."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.formats import read

_HEAD = ("ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH ĐÔNG SƠN          Độc lập - Tự "
         "do - Hạnh phúc\nSố: 77/KH-UBND       Đông Sơn, ngày 03 tháng 8 năm 2029\n\nKẾ HOẠCH\nBảo vệ rừng tỉnh Đông "
         "Sơn năm 2029\n\nI. NHIỆM VỤ\n\n")
_TAIL = "\n\nII. TỔ CHỨC THỰC HIỆN\n\nCác sở, ngành triển khai Kế hoạch này.\n"

BOX = ("┌──┬────────────────────────────┬────────────────┬─────────────────┐\n"
       "│TT│          Nội dung          │    Chủ trì     │    Phối hợp     │\n"
       "├──┼────────────────────────────┼────────────────┼─────────────────┤\n"
       "│1 │Tuần tra, kiểm soát lâm sản │Chi cục Kiểm lâm│Công an tỉnh     │\n"
       "│  │trên các tuyến giáp ranh    │                │Bộ Chỉ huy Quân  │\n"
       "│  │                            │                │sự tỉnh          │\n"
       "├──┼────────────────────────────┼────────────────┼─────────────────┤\n"
       "│  │Trồng mới rừng phòng hộ đầu │Ban Quản lý rừng│                 │\n"
       "│2 │nguồn sông Đà Giang         │phòng hộ Đà     │Sở Tài chính     │\n"
       "│  │                            │Giang           │                 │\n"
       "└──┴────────────────────────────┴────────────────┴─────────────────┘")
DOUBLE = ("╔══╦════════════════════╦══════════════╗\n"
          "║TT║Nội dung            ║Chủ trì       ║\n"
          "╠══╬════════════════════╬══════════════╣\n"
          "║1 ║Tuần tra, kiểm soát ║Chi cục Kiểm  ║\n"
          "║  ║lâm sản             ║lâm           ║\n"
          "╠══╬════════════════════╬══════════════╣\n"
          "║2 ║Trồng mới rừng      ║Sở Nông nghiệp║\n"
          "╚══╩════════════════════╩══════════════╝")
PIPES = ("|TT         |Nội dung   |Chủ trì    |Phối hợp   |\n"
         "|1          |Tuần tra,  |Chi cục    |Công an    |\n"
         "|           |kiểm soát  |Kiểm lâm   |tỉnh       |\n"
         "|           |lâm sản    |           |Đồn Biên   |\n"
         "|           |           |           |phòng A Lù |\n"
         "|2          |Trồng mới  |Ban Quản lý|Sở Tài     |\n"
         "|           |rừng phòng |rừng phòng |chính      |\n"
         "|           |hộ         |hộ         |           |")

_T1 = ("1", "Tuần tra, kiểm soát lâm sản trên các tuyến giáp ranh", ["Chi cục Kiểm lâm"],
       ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"])
_T2 = ("2", "Trồng mới rừng phòng hộ đầu nguồn sông Đà Giang", ["Ban Quản lý rừng phòng hộ Đà Giang"], ["Sở Tài chính"])

# (the table as the converter drew it, the tasks read: code, title, leads, partners)
DRAWN = [
    (BOX, [_T1, _T2]),
    (DOUBLE, [("1", "Tuần tra, kiểm soát lâm sản", ["Chi cục Kiểm lâm"], []),
              ("2", "Trồng mới rừng", ["Sở Nông nghiệp"], [])]),
    (PIPES, [("1", "Tuần tra, kiểm soát lâm sản", ["Chi cục Kiểm lâm"], ["Công an tỉnh", "Đồn Biên phòng A Lù"]),
             ("2", "Trồng mới rừng phòng hộ", ["Ban Quản lý rừng phòng hộ"], ["Sở Tài chính"])]),
]


def _record(text: str) -> tuple[dict, str]:
    from pipeline.process import extract_fields

    doc = build_document(read(text.encode("utf-8"), "plan.txt"))
    return extract_fields(doc), doc.text


@pytest.mark.parametrize("table,tasks", DRAWN)
def test_a_drawn_tables_tasks_are_read_with_their_agencies(table, tasks):
    fields, text = _record(_HEAD + table + _TAIL)
    acts = fields["activities"]
    assert [(a["code"], a["title"], a["lead_agencies"], a["partner_agencies"]) for a in acts] == tasks
    for a in acts:
        assert a["title"] in text[a["span"]["start"]:a["span"]["end"]]


# antiword's layout tables: the header's two columns, the closing's recipients and signature
PIPE_HEADER = ("|ỦY BAN NHÂN DÂN             |CỘNG HÒA XÃ HỘI CHỦ NGHĨA    |\n"
               "|XÃ NA HANG                  |VIỆT NAM                     |\n"
               "|                            |Độc lập - Tự do - Hạnh phúc  |\n"
               "|Số: 15/KH-UBND              |Na Hang, ngày 12 tháng 5 năm |\n"
               "|                            |2029                         |\n\n"
               "KẾ HOẠCH\n\nPhòng, chống thiên tai xã Na Hang năm 2029\n\nI. MỤC TIÊU\n\n"
               "Chủ động ứng phó thiên tai, giảm thiệt hại về người và tài sản.\n\n")
PIPE_CLOSING = ("|Nơi nhận:                   |TM. ỦY BAN NHÂN DÂN          |\n"
                "|- UBND huyện Lâm Bình (b/c);|CHỦ TỊCH                     |\n"
                "|- Các thôn;                 |                             |\n"
                "|- Lưu: VT.                  |Ma Văn Thắng                 |\n")


# an estimate drawn with pipes, its total's row with no number (a row opens on an amount under an amount)
ESTIMATE = ("|TT   |Nội dung            |Kinh phí  |\n"
            "|1    |Tuần tra, kiểm soát |420       |\n"
            "|     |lâm sản             |          |\n"
            "|2    |Trồng mới rừng      |1.300     |\n"
            "|     |Tổng cộng           |1.720     |")


def test_a_pipe_drawn_estimates_total_is_a_row_of_its_own():
    head = _HEAD.replace("I. NHIỆM VỤ", "I. KINH PHÍ")
    fields, _ = _record(head + "Đơn vị tính: triệu đồng\n\n" + ESTIMATE + _TAIL)
    items = [(i["row_label"], i["amount_vnd"]) for i in fields["budget"]["items"]]
    assert items == [("Tuần tra, kiểm soát lâm sản", 420_000_000), ("Trồng mới rừng", 1_300_000_000),
                     ("Tổng cộng", 1_720_000_000)]


def test_a_pipe_drawn_header_and_closing_are_read():
    fields, _ = _record(PIPE_HEADER + PIPE_CLOSING)
    assert fields["number"] == "15/KH-UBND"
    assert fields["issued_date"] == "2029-05-12"
    assert fields["issuer"]["name"] == "Ủy ban nhân dân xã Na Hang"
    assert fields["signer"]["name"] == "Ma Văn Thắng"
    assert [r if isinstance(r, str) else r["name"] for r in fields["recipients"]][-2:] == ["Các thôn", "Lưu: VT"]


# texts left as they are: a typed or Markdown pipe table (a space after the pipe, a rule), pipes off their columns,
# a box character in prose, a box table with no closing border
LEFT = [
    "| TT | Nội dung | Chủ trì |\n|---|---|---|\n| 1 | Tuần tra | Chi cục Kiểm lâm |\n"
    "| 2 | Trồng rừng | Sở Tài chính |",
    "|TT |Nội dung |Chủ trì |\n|1 |Tuần tra rừng |Chi cục Kiểm lâm |\n|2 |Trồng rừng |Sở Tài chính |",
    "Ký hiệu │ dùng để ngăn cách các mục trên bảng tin của xã.\nDòng thứ hai.",
    "┌──┬──────┐\n│TT│Nội   │\n├──┼──────┤\n│1 │Tuần  │\nhết bảng",
]


@pytest.mark.parametrize("text", LEFT)
def test_other_texts_are_left_as_they_are(text):
    from extractors.layout.drawn_tables import rewritten

    assert rewritten(text) is text
