"""A web page that shows a document's text as typed, in one element of text alone (no <p>, no
<br>): its lines kept by the page's style (white-space: pre-line) as the source's line breaks, or
the whole document run onto one line, its breaks lost. Read as a text file's lines are
(extractors.formats.html._Walk._typed_text). Before, a browser's reading (source breaks as
spaces) made the document one paragraph and every field was lost.
"""

from __future__ import annotations

import html

import pytest

from extractors.formats.html import read
from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN HUYỆN {district_up}
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{district}, ngày {d} tháng {m} năm {y}
KẾ HOẠCH
{title}
Căn cứ Quyết định số {basis} ngày 10 tháng 1 năm {y} của Ủy ban nhân dân tỉnh {province};
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao chất lượng phục vụ người dân và doanh nghiệp.
2. Mục tiêu cụ thể
- {p1}% hồ sơ được giải quyết đúng hạn;
- {p2}% xã, thị trấn được kiểm tra ít nhất một lần trong năm.
II. NHIỆM VỤ
1. Rà soát, đơn giản hóa thủ tục hành chính.
2. Kiểm tra công tác cải cách hành chính tại các xã, thị trấn.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện theo dõi, đôn đốc thực hiện Kế hoạch.
2. Ủy ban nhân dân các xã, thị trấn triển khai thực hiện.
Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
{signer}"""

CASES = [
    dict(district_up="MƯỜNG KHƯƠNG", district="Mường Khương", number="61/KH-UBND", d=7, m=2, y=2025, basis="88/QĐ-UBND",
         province="Lào Cai", title="Cải cách hành chính năm 2025", p1=98, p2=100, signer="Sần Văn Tiến"),
    dict(district_up="CAM LÂM", district="Cam Lâm", number="1204/KH-UBND", d=21, m=3, y=2023, basis="412/QĐ-UBND",
         province="Khánh Hòa", title="Kiểm tra công tác cải cách hành chính năm 2023", p1=95, p2=50, signer="Đặng Thị Lan"),
]


def _page(body: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>Văn bản</title></head><body><div class='menu'>Trang chủ</div>"
            f"<div class='noidung'>{body}</div></body></html>").encode()


def _fields(rec):
    return (rec.number, rec.issuer.name, rec.place, rec.issued_date, rec.title, rec.signer.name,
            [b.number for b in rec.legal_bases], [(t.value, t.unit) for o in rec.objectives for t in o.targets],
            [a.title for a in rec.activities], sorted(r.agency for r in rec.responsibilities))


@pytest.mark.parametrize("case", CASES, ids=[c["district"] for c in CASES])
@pytest.mark.parametrize("shape", ["styled-lines", "one-line-div", "one-line-p", "one-line-pre", "one-line-br"])
def test_a_text_shown_as_typed_reads_as_the_text_file(case, shape):
    text = PLAN.format(**case)
    plain = process("x.txt", text.encode()).record
    assert plain.number == case["number"] and plain.signer.name == case["signer"] and len(plain.activities) == 2
    one = html.escape(" ".join(text.split("\n")))
    body = {"styled-lines": f"<div style='white-space: pre-line'>{html.escape(text)}</div>",
            "one-line-div": f"<div>{one}</div>", "one-line-p": f"<p>{one}</p>", "one-line-pre": f"<pre>{one}</pre>",
            "one-line-br": f"{one}<br>"}[shape]
    assert _fields(process("x.html", _page(body)).record) == _fields(plain)


# must not: what a browser shows as one paragraph stays one: a paragraph that an editor's source
# wrapped at a width (LibreOffice), a short run of lines with no labels
WRAPPED = ("Ủy ban nhân dân huyện yêu cầu các phòng, ban, ngành và Ủy ban nhân dân các xã, thị\n"
           "trấn nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng\n"
           "mắc, kịp thời báo cáo về Ủy ban nhân dân huyện (qua Phòng Nội vụ) để được hướng dẫn,\n"
           "giải quyết theo quy định. Các cơ quan, đơn vị định kỳ hằng quý báo cáo kết quả thực\n"
           "hiện về Phòng Nội vụ trước ngày 15 của tháng cuối quý để tổng hợp, báo cáo Ủy ban nhân\n"
           "dân huyện và Sở Nội vụ theo quy định. Giao Phòng Nội vụ theo dõi, đôn đốc, kiểm tra việc\n"
           "thực hiện Kế hoạch này; tổng hợp kết quả, tham mưu sơ kết, đánh giá vào cuối năm - trừ\n"
           "trường hợp có chỉ đạo khác của cấp trên - và đề xuất khen thưởng các tập thể, cá nhân\n"
           "có thành tích xuất sắc.")


@pytest.mark.parametrize("body", [f"<p>{WRAPPED}</p>", f"<div>{WRAPPED}</div>"])
def test_a_paragraph_the_source_wrapped_stays_one(body):
    blocks = [b for b in read(_page(body), "x.html").blocks if b.text]
    assert len(blocks) == 1 and blocks[0].text.startswith("Ủy ban nhân dân huyện yêu cầu") and "\n" not in blocks[0].text
