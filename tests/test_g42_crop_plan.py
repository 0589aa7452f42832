"""Hold-out round G42 (tests/invented/build_g42.py): a commune's seasonal production plan (vụ Hè Thu, vụ Đông Xuân).

Three shapes the round's crop plan showed, probed here with other names and numbers:
- its numbered items that set the crop's calendar and the mix of its seeds or crops ("1. Lịch thời vụ: gieo sạ từ ngày
  ...", "2. Cơ cấu giống: ... chiếm 60% diện tích") are attributes of the plan, no tasks (activities.ATTRIBUTE, as "1.
  Thời gian:", "2. Địa điểm:"); a task that changes them ("Chuyển đổi cơ cấu cây trồng", "Cơ cấu lại ...") stays one;
- its table rows joined by spaces, as a word-segmenting or text-flattening tool leaves them ("1 Thôn Vĩnh Lộc 210 61
  1.281"), are no headings (segment._bare_count): a bare number before a name and two figures or more;
- its co-operative, named by its trade in lower case before its own name ("Hợp tác xã nông nghiệp Tân Vĩnh:"), is a
  body charged with duties (normalizers.agencies), not "hợp tác xã có sản phẩm OCOP".
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from extractors.fields.responsibilities import agency_of
from extractors.segment import classify
from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN
XÃ PHÚ LỘC ĐÔNG
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Lộc Đông, ngày 12 tháng 10 năm 2027
KẾ HOẠCH
Sản xuất vụ Đông Xuân 2027 - 2028
I. MỤC TIÊU
1. Gieo trồng 860 ha lúa; tỷ lệ sử dụng giống xác nhận đạt 88%.
II. KHUNG THỜI VỤ VÀ CƠ CẤU SẢN XUẤT
1. {item}
2. Tập huấn kỹ thuật canh tác lúa cho nông dân các thôn: Phòng Kinh tế chủ trì thực hiện.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế: Theo dõi, tổng hợp, báo cáo kết quả.
"""


@pytest.mark.parametrize("item, task", [
    # must: the calendar and the mix, attributes of the plan
    ("Lịch thời vụ: xuống giống tập trung từ ngày 25/12/2027 đến ngày 10/01/2028.", False),
    ("Khung thời vụ: gieo cấy trong 15 ngày, kết thúc trước ngày 20/01/2028.", False),
    ("Cơ cấu giống: giống chủ lực OM 5451 chiếm 55% diện tích, giống Đài Thơm 8 chiếm 45%.", False),
    ("Cơ cấu cây trồng: lúa 860 ha, ngô 120 ha, rau màu các loại 75 ha.", False),
    # must not: a task that changes the mix, or opens with another word
    ("Chuyển đổi cơ cấu cây trồng: chuyển 45 ha lúa kém hiệu quả sang trồng ngô sinh khối.", True),
    ("Cơ cấu lại sản xuất trồng trọt theo hướng hàng hóa: xây dựng 02 cánh đồng lớn.", True),
])
def test_a_crop_plans_calendar_and_mix_are_no_tasks(item, task):
    record = process("plan.txt", PLAN.format(item=item).encode("utf-8")).record.model_dump(mode="json")
    codes = [a["code"] for a in record["activities"]]
    assert ("1" in codes) == task, codes
    assert "2" in codes


@pytest.mark.parametrize("line, heading", [
    # must: a table's row joined by spaces
    ("2 Thôn Phú Lộc 210 61 1.281", False),
    ("5 Xã Ea Kmút 1.450,5 - 320", False),
    ("3 Tổ Đồng Tâm 45 4.500 40,5", False),
    # must not: a heading whose dot a scrape lost, ending on one figure, a code or years
    ("3 Nguồn kinh phí", True),
    ("4 Tổ chức tổng kết năm 2028", True),
    ("2 Dự án 4", True),
    ("1 Giai đoạn 2027 - 2030", True),
])
def test_a_row_joined_by_spaces_is_no_heading(line, heading):
    assert (classify(line) is not None) == heading


@pytest.mark.parametrize("line, name", [
    # must
    ("3. Hợp tác xã nông nghiệp Phú Lộc Đông: Cung ứng giống xác nhận, tổ chức làm đất bằng máy.",
     "Hợp tác xã nông nghiệp Phú Lộc Đông"),
    ("- Hợp tác xã dịch vụ nông nghiệp Hòa Phát: Bảo đảm nước tưới cho 320 ha.", "Hợp tác xã dịch vụ nông nghiệp Hòa Phát"),
    ("2. Hợp tác xã thủy sản Cửa Lở: Hướng dẫn xã viên thả nuôi đúng lịch.", "Hợp tác xã thủy sản Cửa Lở"),
    # must not
    ("- Hợp tác xã có sản phẩm OCOP: tham gia hội chợ xúc tiến thương mại.", None),
    ("3. Hợp tác xã tham gia Chương trình OCOP: đạt 3 sao trở lên.", None),
])
def test_a_cooperative_named_by_its_trade_is_a_body(line, name):
    found = agency_of(line)
    assert (found[0] if found else None) == name
