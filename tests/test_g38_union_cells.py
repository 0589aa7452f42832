"""Hold-out round G38 (tests/invented/build_g38.py): a youth union's plan names its cells by their level, "Các đoàn xã,
phường, đoàn trực thuộc: Căn cứ Kế hoạch này ...", after the 2025 reform as before it "Các huyện, thành đoàn" -- the
responsibility was lost, "đoàn" after "các" no word for a body (normalizers.agencies._AGENCY_NOUN, as "các chi đoàn").
A union cell by its level only ("đoàn xã", "đoàn phường", "đoàn cơ sở", "đoàn trực thuộc"); not a delegation ("các đoàn
kiểm tra", "các đoàn công tác"), nor the members ("các đoàn viên").
Every name, place and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from extractors.fields.responsibilities import agency_of
from pipeline.process import process


@pytest.mark.parametrize("line, name", [
    # must
    ("4. Các đoàn xã, phường, đoàn trực thuộc: Xây dựng kế hoạch, tổ chức thực hiện tại đơn vị.",
     "Các đoàn xã, phường, đoàn trực thuộc"),
    ("- Các đoàn phường, xã và đoàn trực thuộc: Triển khai đợt sinh hoạt chính trị.",
     "Các đoàn phường, xã và đoàn trực thuộc"),
    ("3. Các đoàn cơ sở: Tổ chức ra quân ngày Chủ nhật xanh.", "Các đoàn cơ sở"),
    # must not
    ("2. Các đoàn kiểm tra: Làm việc tại các xã theo lịch.", None),
    ("- Các đoàn viên: Gương mẫu tham gia các hoạt động.", None),
])
def test_a_union_cell_by_its_level_names_a_body(line, name):
    found = agency_of(line)
    assert (found[0] if found else None) == name


PLAN = """TỈNH ĐOÀN LÂM XUYÊN
***
Số: 64-KH/TĐTN-TG

ĐOÀN TNCS HỒ CHÍ MINH
Lâm Xuyên, ngày 3 tháng 3 năm 2028

KẾ HOẠCH
Tổ chức Tháng Thanh niên năm 2028

I. MỤC ĐÍCH, YÊU CẦU
Phát huy vai trò xung kích của đoàn viên, thanh niên.
II. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Tỉnh đoàn: Tham mưu Ban Thường vụ Tỉnh đoàn hướng dẫn, theo dõi.
2. Các đoàn xã, phường, đoàn trực thuộc: Xây dựng kế hoạch, báo cáo kết quả trước ngày 10/4/2028.
"""


def test_the_union_cells_are_a_responsibility():
    record = process("plan.txt", PLAN.encode("utf-8")).record.model_dump(mode="json")
    assert [r["agency"] for r in record["responsibilities"]] == ["Ban Tuyên giáo Tỉnh đoàn",
                                                                "Các đoàn xã, phường, đoàn trực thuộc"]
