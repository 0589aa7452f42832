"""Hold-out round G68 (tests/invented/build_g68.py): a state forestry company's plan names its own units by their
kind, "Lâm trường" (and a state farm's "Nông trường"): "Lâm trường Suối Mơ, Lâm trường Đăk Ri" as a task's units,
"Các Lâm trường" as a body given duties. Before, normalizers.agencies knew no such kind: the two units one body, "Các
Lâm trường:" no body's heading. Now the kinds open a body where a capital follows (as "Xí nghiệp", "Nhà máy"), and
"các Lâm trường" names the company's units as "các Xí nghiệp" does (round G26).

Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from normalizers.agencies import split_agencies
from pipeline.process import process


@pytest.mark.parametrize("text, expected", [
    # must: two units joined by a comma or "và"
    ("Lâm trường Krông Bông, Lâm trường Ea Sô", ["Lâm trường Krông Bông", "Lâm trường Ea Sô"]),
    ("Nông trường Phước Hòa và Lâm trường Bến Cát", ["Nông trường Phước Hòa", "Lâm trường Bến Cát"]),
    ("Phòng Kỹ thuật, Lâm trường 19/5", ["Phòng Kỹ thuật", "Lâm trường 19/5"]),
    # must not: the kind in lower case before no name stays as written, one item
    ("lâm trường quốc doanh cũ", ["lâm trường quốc doanh cũ"]),
])
def test_units_split(text, expected):
    assert split_agencies(text) == expected


PLAN = """UBND TỈNH ĐÔNG KHÊ
CÔNG TY TNHH MỘT THÀNH VIÊN LÂM NGHIỆP EA TÂN
Số: 21/KH-CTLN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ea Tân, ngày 04 tháng 02 năm 2028
KẾ HOẠCH
Bảo vệ rừng năm 2028
I. NHIỆM VỤ
1. Tuần tra, bảo vệ rừng tự nhiên
- Đơn vị thực hiện: Lâm trường Ea Tân, Nông trường Cư Pui; phối hợp: Phòng Kỹ thuật; thời gian hoàn thành: Thường xuyên.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Kỹ thuật: Hướng dẫn, kiểm tra việc bảo vệ rừng.
2. {units}: Tổ chức tuần tra theo phương án được duyệt.
Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC
Lê Văn Tuấn
"""


@pytest.mark.parametrize("units, expected", [
    ("Các Lâm trường", ["Phòng Kỹ thuật", "Các Lâm trường"]),
    ("Các Nông trường, Lâm trường", ["Phòng Kỹ thuật", "Các Nông trường, Lâm trường"]),
])
def test_units_in_a_task_and_given_duties(units, expected):
    record = process("kh.txt", PLAN.replace("{units}", units).encode("utf-8")).record.model_dump(mode="json")
    assert [(a["lead_agencies"], a["partner_agencies"]) for a in record["activities"]] == \
        [(["Lâm trường Ea Tân", "Nông trường Cư Pui"], ["Phòng Kỹ thuật"])]
    assert [r["agency"] for r in record["responsibilities"]] == expected
