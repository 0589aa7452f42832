"""Zero-width characters a text copied from a web page carries (zero-width spaces, joiners, a
byte order mark inside the text where two files were joined, soft hyphens) are taken out when
the text is decoded, before the layout looks for labels, the motto or a one-line document's
lines: "1.\u200b Mục tiêu" opens an item, "Độc\u200b lập" is the motto. Invented text."""

import pytest

from extractors.formats.text import decode
from pipeline import extract_one

PLAN = """ỦY BAN NHÂN DÂN
XÃ PHÚ THẠNH ĐÔNG
Số: 19/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thạnh Đông, ngày 09 tháng 02 năm 2026

KẾ HOẠCH
Phòng, chống sốt xuất huyết năm 2026

Căn cứ Kế hoạch số 27/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân huyện Phú Thạnh về phòng, chống dịch bệnh truyền nhiễm năm 2026;

I. MỤC TIÊU
1. Giảm 15% số ca mắc sốt xuất huyết so với năm 2025.
2. 100% ổ dịch được phát hiện và xử lý kịp thời.
II. TỔ CHỨC THỰC HIỆN
1. Trạm Y tế xã: chủ trì, tham mưu triển khai Kế hoạch.
2. Công an xã: phối hợp bảo đảm an ninh trật tự.
3. Các thôn, ấp: vận động nhân dân tổng vệ sinh môi trường, diệt lăng quăng hằng tuần.
"""


def with_zero_width(text: str, mark: str) -> str:
    """A mark after every third space and after each line's label."""
    out, n = [], 0
    for ch in text:
        out.append(ch)
        if ch == " ":
            n += 1
            if n % 3 == 0:
                out.append(mark)
    return "".join(out).replace("1. ", "1." + mark + " ").replace("Độc lập", "Độc" + mark + " lập")


@pytest.mark.parametrize("mark", ["\u200b", "\u2060", "\ufeff", "\u00ad", "\u200c"])
def test_decoded_text_holds_no_zero_width_mark(mark):
    text, _ = decode(with_zero_width(PLAN, mark).encode("utf-8"))
    assert mark not in text and "Độc lập" in text and "1. Giảm 15%" in text


@pytest.mark.parametrize("mark", ["\u200b", "\ufeff"])
def test_a_plan_with_zero_width_marks_reads_as_without(tmp_path, mark):
    plain, marked = tmp_path / "a.txt", tmp_path / "b.txt"
    plain.write_text(PLAN, encoding="utf-8")
    marked.write_text(with_zero_width(PLAN, mark), encoding="utf-8")
    a, b = extract_one(plain).record, extract_one(marked).record
    assert [t.value for o in b.objectives for t in o.targets] == [t.value for o in a.objectives for t in o.targets] == [15.0, 100.0]
    assert [r.agency for r in b.responsibilities] == [r.agency for r in a.responsibilities]
    assert (b.issuer.name, b.number, b.issued_date) == (a.issuer.name, a.number, a.issued_date)


def test_a_one_line_plan_with_zero_width_marks(tmp_path):  # (a plan of MIN_LINE characters and more)
    path = tmp_path / "c.txt"
    path.write_text(with_zero_width(" ".join(line for line in PLAN.split("\n") if line), "\u200b"), encoding="utf-8")
    record = extract_one(path).record
    assert [t.value for o in record.objectives for t in o.targets] == [15.0, 100.0]


def test_a_soft_hyphens_byte_in_legacy_font_codes_stays_a_letter():
    # TCVN3 writes "ư" as the byte a Windows-1252 reading takes for a soft hyphen: the legacy text
    # keeps it, and is converted with it ("Hướng dẫn", not "Hớng dẫn")
    from extractors.formats.text import decode_unicode
    from tests.extractors.test_probe_g_encodings import legacy

    text, _, _ = decode_unicode(legacy("Hướng dẫn thực hiện nhiệm vụ của Ủy ban nhân dân xã Phú Thạnh Đông năm 2026.\n"
                                       * 5, "tcvn3"))
    assert "Hướng dẫn" in text
