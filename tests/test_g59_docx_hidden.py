"""Reader shapes found with hold-out round G59 (tests/invented/build_g59.py, a Word plan of field results): what a
Word file holds that Word does not show (extractors.formats.docx_hidden).

A field nested in another field's code (a mail-merge letter's { IF { MERGEFIELD Gioi_tinh } = "Nam" "Ông" "Bà" },
a template's { IF { DOCPROPERTY Cap } = "tỉnh" ... }) keeps the inner field's stored result as plain runs inside
the outer field's code: Word shows the outer result only, the reader read both ("Kính gửi: NamÔng ..."). A hidden
run (w:vanish: a template's guidance "Ghi chú: xóa dòng này") reached the text before the line it sits in. Both
are blanked where a part is parsed now. A flat field's result (SEQ, DATE, a HYPERLINK whose code is over two runs),
a table of contents' page numbers (PAGEREF fields in the TOC field's result), a run whose hiding is switched off
(w:val="0"), a hidden paragraph mark (w:vanish in the paragraph's own properties), an old formatting kept by a
tracked change (w:rPrChange) and a damaged field (a begin without its end) keep their text. Every text here is
invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.formats import read
from tests.invented.build_g53 import _docx, _runs, _tc, _tbl, _zip

_RPR = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/></w:rPr>'


def _mark(kind: str) -> str:
    return f'<w:r>{_RPR}<w:fldChar w:fldCharType="{kind}"/></w:r>'


def _code(text: str) -> str:
    return f'<w:r>{_RPR}<w:instrText xml:space="preserve">{text}</w:instrText></w:r>'


def _field(code: list[str], result: str) -> str:
    """A complex field: begin, its code (instruction runs, or a nested field's XML), separate, result, end."""
    return _mark("begin") + "".join(code) + _mark("separate") + _runs(result) + _mark("end")


def _hidden(text: str, val: str | None = None) -> str:
    attr = f' w:val="{val}"' if val is not None else ""
    return f'<w:r><w:rPr><w:vanish{attr}/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _para(inner: str, ppr: str = "") -> str:
    return f"<w:p><w:pPr>{ppr}</w:pPr>{inner}</w:p>"


def _lines(body: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "ke-hoach.docx"
    _zip(_docx(body), path)
    raw = read(path.read_bytes(), path.name)
    lines = []
    for block in raw.blocks:
        lines += [" | ".join(r) for r in block.rows] if block.kind == "table" else [block.text]
    return [line for line in lines if line.strip()]


_IF_GENDER = _field([_code(" IF "), _field([_code(" MERGEFIELD Gioi_tinh ")], "Nữ"), _code(' = "Nam" "Ông" "Bà" ')],
                    "Bà")
_IF_LEVEL = _field([_code(" IF "), _field([_code(' DOCPROPERTY "Cap_ban_hanh" ')], "huyện"),
                    _code(' = "tỉnh" "Sở" "Phòng" ')], "Phòng")

# (the body's XML, the lines read)
MUST = [
    # a mail-merge letter's salutation: the merged gender inside the IF field's code
    (_para(_runs("Kính gửi: ") + _IF_GENDER + _runs(" Trần Thị Mai Phương, Trưởng thôn Khe Lim")),
     ["Kính gửi: Bà Trần Thị Mai Phương, Trưởng thôn Khe Lim"]),
    # a template's agency by the document's property, in a task table's cell
    (_tbl([600, 4000, 3000], [_tc(600, ["STT"]) + _tc(4000, ["Nội dung"]) + _tc(3000, ["Cơ quan chủ trì"]),
                              _tc(600, ["1"]) + _tc(4000, ["Rà soát hồ sơ địa chính các xã vùng cao"])
                              + f"<w:tc>{_para(_IF_LEVEL + _runs(' Nông nghiệp và Môi trường'))}</w:tc>",
                              _tc(600, ["2"]) + _tc(4000, ["Cấp giấy chứng nhận quyền sử dụng đất lần đầu"])
                              + _tc(3000, ["Văn phòng Đăng ký đất đai"])]),
     ["STT | Nội dung | Cơ quan chủ trì",
      "1 | Rà soát hồ sơ địa chính các xã vùng cao | Phòng Nông nghiệp và Môi trường",
      "2 | Cấp giấy chứng nhận quyền sử dụng đất lần đầu | Văn phòng Đăng ký đất đai"]),
    # a template's hidden guidance before a legal basis
    (_para(_hidden("(Ghi chú mẫu: ghi đủ số, ngày, cơ quan ban hành; xóa dòng này trước khi in) ")
           + _runs("Căn cứ Nghị quyết số 42/NQ-HĐND ngày 12 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh Sơn Hà;")),
     ["Căn cứ Nghị quyết số 42/NQ-HĐND ngày 12 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh Sơn Hà;"]),
    # a hidden word with its tab inside a task's line ("w:val" on)
    (_para(_runs("- Tổ chức 04 lớp tập huấn") + _hidden("\u00a0(số lớp theo dự toán)", "true")
           + _runs(" cho cán bộ thôn, bản;")),
     ["- Tổ chức 04 lớp tập huấn cho cán bộ thôn, bản;"]),
]

MUST_NOT = [
    # flat fields: their results are the text
    (_para(_runs("Số: ") + _field([_code(" SEQ So_van_ban \\* ARABIC ")], "17") + _runs("/KH-UBND")),
     ["Số: 17/KH-UBND"]),
    (_para(_runs("Căn cứ ") + _field([_code(' HYPERLINK "https://vbpl.example.vn/'), _code('95-2026-nd-cp" ')],
                                     "Nghị định số 95/2026/NĐ-CP") + _runs(" của Chính phủ;")),
     ["Căn cứ Nghị định số 95/2026/NĐ-CP của Chính phủ;"]),
    # a table of contents: the TOC field's result holds PAGEREF fields, shown
    (_para(_mark("begin") + _code(' TOC \\o "1-3" ') + _mark("separate") + _runs("I. MỤC TIÊU\t")
           + _field([_code(" PAGEREF _Toc1 \\h ")], "2")) + _para(_runs("II. NHIỆM VỤ\t")
                                                                  + _field([_code(" PAGEREF _Toc2 \\h ")], "3")
                                                                  + _mark("end")),
     ["I. MỤC TIÊU\t2", "II. NHIỆM VỤ\t3"]),
    # hiding switched off; a hidden paragraph mark only; an old formatting of a tracked change
    (_para(_hidden("Phòng Văn hóa và Thông tin chủ trì.", "0")), ["Phòng Văn hóa và Thông tin chủ trì."]),
    (_para(_runs("Công an huyện phối hợp."), ppr="<w:rPr><w:vanish/></w:rPr>"), ["Công an huyện phối hợp."]),
    (_para('<w:r><w:rPr><w:b/><w:rPrChange w:id="1" w:author="VT" w:date="2027-03-02T08:00:00Z"><w:rPr><w:vanish/>'
           '</w:rPr></w:rPrChange></w:rPr><w:t>Trung tâm Y tế huyện</w:t></w:r>'), ["Trung tâm Y tế huyện"]),
    # a damaged field: its begin has no end; nothing after it is hidden
    (_para(_runs("Thời gian: ") + _mark("begin") + _code(" IF ") + _field([_code(" MERGEFIELD Quy ")], "Quý II")
           + _runs(" năm 2027")),
     ["Thời gian: Quý II năm 2027"]),
]


@pytest.mark.parametrize("body, lines", MUST)
def test_what_word_does_not_show_is_not_read(body, lines, tmp_path):
    assert _lines(body, tmp_path) == lines


@pytest.mark.parametrize("body, lines", MUST_NOT)
def test_what_word_shows_is_read(body, lines, tmp_path):
    assert _lines(body, tmp_path) == lines


def test_a_plans_bases_read_without_what_is_hidden_their_spans_hold_them(tmp_path):
    from pipeline.process import process
    from tests.invented.build_g53 import _p

    body = "".join([
        _p("ỦY BAN NHÂN DÂN HUYỆN KHE SƠN"), _p("Số: 24/KH-UBND"), _p("Khe Sơn, ngày 05 tháng 3 năm 2027"),
        _p("KẾ HOẠCH"), _p("Chuyển đổi số trên địa bàn huyện năm 2027"),
        _para(_hidden("(Ghi chú mẫu: ghi đủ số, ngày, trích yếu) ")
              + _runs("Căn cứ Nghị quyết số 42/NQ-HĐND ngày 12 tháng 12 năm 2026 của Hội đồng nhân dân tỉnh Sơn Hà;")),
        _para(_runs("Thực hiện Kế hoạch số ")
              + _field([_code(" IF "), _field([_code(" MERGEFIELD So_KH ")], "9"), _code(' = "" "" "118" ')], "118")
              + _runs("/KH-UBND ngày 20 tháng 02 năm 2027 của Ủy ban nhân dân tỉnh Sơn Hà về chuyển đổi số năm 2027;")),
        _p("I. MỤC TIÊU"), _p("- 100% xã có điểm truy cập Internet công cộng."),
    ])
    path = tmp_path / "ke-hoach.docx"
    _zip(_docx(body), path)
    outcome = process(path.name, path.read_bytes())
    record = outcome.record.model_dump(mode="json")
    text = outcome.text
    assert "Ghi chú mẫu" not in text and "9118" not in text
    bases = [(b["number"], text[b["span"]["start"]:b["span"]["end"]]) for b in record["legal_bases"]]
    assert [n for n, _ in bases] == ["42/NQ-HĐND", "118/KH-UBND"]
    assert all(n in held for n, held in bases)
