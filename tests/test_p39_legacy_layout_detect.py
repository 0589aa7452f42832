"""A text in TCVN3 codes laid out with spaces (a budget table's columns set with runs of spaces, centred lines): the
content detector scores its letters per character, spaces included, and the runs of spaces thinned the conversion's
gain under the detector's margin: the text was taken for Unicode but for its lines thick with codes, its short lines
and table rows left in codes ("Trång rõng phßng hé", "- BCH B§BP tØnh;", "Tæng céng"). The detector now reads the
text with its runs of white space as one space (normalizers.legacy._scored).

Must: an invented plan of our own with a spaced budget table, typed in TCVN3, converts whole. Must not: the same plan
in Unicode, and a Unicode text with a few Latin-1 letters in a spaced table ("Café Sài Gòn"), stay as they are."""

import pytest

from normalizers.legacy import detect, detect_and_convert
from tests.metamorphic import _legacy_text

PLAN = """UBND TỈNH HÀ NGUYÊN                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 SỞ NÔNG NGHIỆP                                   Độc lập - Tự do - Hạnh phúc

                                   KẾ HOẠCH
              Phát triển rừng sản xuất gỗ lớn giai đoạn 2026 - 2027

I. MỤC TIÊU
- Trồng mới 800 ha rừng gỗ lớn.
II. KINH PHÍ
                                                       Đơn vị tính: triệu đồng
  TT   Nội dung                              Tổng        Năm 2026     Năm 2027
  1    Trồng rừng gỗ lớn                     2.400       1.200        1.200
  2    Chăm sóc rừng trồng                   1.050         525          525
  3    Tập huấn kỹ thuật                       180          90           90
       Tổng cộng                             3.630       1.815        1.815
III. TỔ CHỨC THỰC HIỆN
Chi cục Kiểm lâm chủ trì, phối hợp với UBND các huyện triển khai.
Nơi nhận:
- UBND tỉnh;
- BCH BĐBP tỉnh;
- Lưu: VT.
"""


def test_a_spaced_tcvn3_plan_is_converted_whole():
    legacy = _legacy_text(PLAN.encode("utf-8"), "tcvn3").decode("utf-8")
    assert legacy != PLAN and "Tæng céng" in legacy  # the edit wrote its codes
    assert detect(legacy)[0] == "tcvn3"
    converted, issues = detect_and_convert(legacy)
    assert [i["code"] for i in issues] == ["text.legacy_encoding_converted"]
    for line in ("Tổng cộng", "- BCH BĐBP tỉnh;", "Trồng rừng gỗ lớn", "Chăm sóc rừng trồng", "Tập huấn kỹ thuật"):
        assert line in converted


@pytest.mark.parametrize("text", [
    PLAN,
    "Danh sách điểm bán                     Địa chỉ\n  1   Café Sài Gòn                      Số 12 Lê Lợi\n"
    "  2   Crème Bakery                      Số 30 Hàm Nghi\n",
])
def test_unicode_laid_out_in_spaces_stays(text):
    assert detect(text)[0] is None
    assert detect_and_convert(text) == (text, [])
