"""A report's one-sentence preamble: "Thực hiện Kế hoạch số ... của X về <title>, <body> báo cáo kết quả như
sau:" (or "sơ kết", "tổng kết"): the title of the basis ends where the report's own main clause begins. A title
that names a report itself ("về việc báo cáo kết quả ...") keeps it. Texts of our own (invented bodies, numbers)."""

import pytest

from pipeline.process import process

HEAD = """ỦY BAN NHÂN DÂN
{issuer_line}
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 12 tháng 6 năm 2026

BÁO CÁO
Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026

{preamble}

I. KẾT QUẢ THỰC HIỆN
Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 98,2%.
"""


def _bases(preamble: str, issuer_line: str = "HUYỆN TÂN LẬP BẮC", number: str = "77/BC-UBND",
           place: str = "Tân Lập Bắc") -> list[dict]:
    text = HEAD.format(issuer_line=issuer_line, number=number, place=place, preamble=preamble)
    return process("bc.txt", text.encode()).record.model_dump(mode="json")["legal_bases"]


@pytest.mark.parametrize("preamble,number,title", [
    ("Thực hiện Kế hoạch số 25/KH-UBND ngày 10 tháng 02 năm 2026 của Ủy ban nhân dân huyện về cải cách hành chính "
     "năm 2026, Ủy ban nhân dân huyện báo cáo kết quả như sau:", "25/KH-UBND", "cải cách hành chính năm 2026"),
    ("Thực hiện Công văn số 318/SNV-CCHC ngày 02 tháng 6 năm 2026 của Sở Nội vụ về việc báo cáo công tác cải cách "
     "hành chính, UBND huyện báo cáo tình hình thực hiện như sau:", "318/SNV-CCHC",
     "báo cáo công tác cải cách hành chính"),
    ("Thực hiện Chương trình số 08/CTr-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về phát triển du "
     "lịch, Ủy ban nhân dân huyện sơ kết 6 tháng như sau:", "08/CTr-UBND", "phát triển du lịch"),
    ("Thực hiện Kế hoạch số 04/KH-UBND ngày 06 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về phòng, chống thiên tai "
     "năm 2026, Ủy ban nhân dân huyện tổng kết công tác như sau:", "04/KH-UBND", "phòng, chống thiên tai năm 2026"),
])
def test_the_title_ends_where_the_reports_main_clause_begins(preamble, number, title):
    bases = [b for b in _bases(preamble) if b["number"] == number]
    assert len(bases) == 1
    assert bases[0]["title"].lower().removeprefix("về việc ").removeprefix("về ") == title


# must not: a basis whose title names reports of its own, with the plan's usual main clause after it
def test_a_title_about_reporting_keeps_its_words():
    bases = _bases("Thực hiện Thông tư số 11/2026/TT-BNV ngày 05 tháng 3 năm 2026 của Bộ Nội vụ quy định chế độ báo "
                   "cáo thống kê ngành nội vụ, Ủy ban nhân dân huyện báo cáo như sau:")
    assert [b["title"] for b in bases if b["number"] == "11/2026/TT-BNV"] == [
        "Quy định chế độ báo cáo thống kê ngành nội vụ"]
