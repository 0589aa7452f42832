"""Header shapes probed in round C whose spans the table-driven cases do not check:
recipients listed on one line each keep a span of their own that holds them."""

from extractors.document import build_document
from extractors.fields.header import extract_recipients
from extractors.formats import read

TEXT = ("SỞ NỘI VỤ\nSố: 8/KH-SNV\nGia Lai, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nTuyển dụng viên chức năm 2026\n"
        "I. MỤC ĐÍCH\nTuyển đủ chỉ tiêu.\nNơi nhận: UBND tỉnh (b/c); Sở Tài chính; UBND các xã, phường; Lưu: VT.\n"
        "GIÁM ĐỐC\nRơ Châm Hiếu\n")


def test_recipients_on_one_line_each_have_their_span():
    doc = build_document(read(TEXT.encode("utf-8"), "plan.txt"))
    found = extract_recipients(doc)
    assert [r["text"] for r in found] == ["UBND tỉnh", "Sở Tài chính", "UBND các xã, phường", "Lưu: VT"]
    for r in found:
        written = doc.text[r["span"]["start"]:r["span"]["end"]]
        assert written.startswith(r["text"]) and ";" not in written, (r, written)
