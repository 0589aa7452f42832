"""A text file in legacy font codes (TCVN3, VNI) reads the same with Windows line ends as with Unix ones, its
`text.legacy_encoding_converted` issue included: the detector weighed the text before its "\\r\\n" were made "\\n", and
its confidence counted the "\\r"s (round G43's VNI plan: 0.75 with CRLF, 0.76 with LF). Lines invented (round P48)."""

from __future__ import annotations

import pytest

from extractors.formats import text as text_reader
from tests.renditions.legacy import encode

PLAN = """ỦY BAN NHÂN DÂN XÃ PHÚ LÂM ĐÔNG
Số: 19/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Lâm Đông, ngày 6 tháng 5 năm 2027
KẾ HOẠCH
Phát triển giao thông nông thôn năm 2027
Căn cứ Nghị quyết số 05/NQ-HĐND ngày 20 tháng 12 năm 2026 của Hội đồng nhân dân xã;
I. MỤC TIÊU
- Cứng hóa 12 km đường trục thôn, liên thôn;
- 100% tuyến đường có biển báo theo quy định;
II. NHIỆM VỤ
1. Rà soát hiện trạng các tuyến đường giao thông nông thôn trên địa bàn xã.
2. Vận động nhân dân hiến đất, góp công làm đường.
III. KINH PHÍ
Tổng kinh phí dự kiến 6.400 triệu đồng từ ngân sách xã và nguồn xã hội hóa.
IV. TỔ CHỨC THỰC HIỆN
Công chức Địa chính - Xây dựng chủ trì, theo dõi, tổng hợp kết quả thực hiện.
"""


@pytest.mark.parametrize("encoding", ["vni", "tcvn3"])
def test_a_legacy_text_reads_alike_with_either_line_end(encoding):
    unix = encode(PLAN, encoding).encode("cp1252", errors="replace")
    windows = unix.replace(b"\n", b"\r\n")
    a, b = text_reader.read(unix, "ke-hoach.txt"), text_reader.read(windows, "ke-hoach.txt")
    assert any(i["code"] == "text.legacy_encoding_converted" for i in a.issues)
    assert a.issues == b.issues
    assert [x.text for x in a.blocks] == [x.text for x in b.blocks]
