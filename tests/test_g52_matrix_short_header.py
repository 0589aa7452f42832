"""Hold-out round G52 (tests/invented/build_g52.py): a task matrix's column may name its agency short.

A responsibility matrix (rows the tasks, a column an agency, cells "CT" / "PH") whose header wrote one agency by the
table of abbreviations ("CA tỉnh" for Công an tỉnh, "BHXH tỉnh" for Bảo hiểm xã hội tỉnh) lost that column: its
header did not open on a unit word, so its marks gave no lead and no partner (found probing the round's ministry
matrix in other words). The column is an agency's when its header does once spelled out
(extractors.fields.task_tables.matrix_columns); a header that names no agency spelled out or not stays no column.
Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """| **ỦY BAN NHÂN DÂN**<br>**TỈNH PHƯỚC KHÊ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số: 93/KH-UBND | *Phước Khê, ngày 17 tháng 5 năm 2027* |

**KẾ HOẠCH**

**Bảo đảm trật tự an toàn giao thông năm 2027**

**I. MỤC TIÊU**

\\- Giảm 10% số vụ tai nạn giao thông so với năm 2026.

**II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN**

| TT | Nhiệm vụ | Sở Xây dựng | {head} | UBND các xã, phường | Thời gian |
|---|---|---|---|---|---|
| 1 | Tuần tra, kiểm soát, xử lý vi phạm trên quốc lộ | PH | CT | PH | Thường xuyên |
| 2 | Khắc phục điểm đen tai nạn giao thông | CT | PH | | Quý III/2027 |

**III. TỔ CHỨC THỰC HIỆN**

1\\. Sở Xây dựng: Theo dõi, tổng hợp, báo cáo./.
"""


@pytest.mark.parametrize("head, agency", [
    # must: the police and the social insurance by their short names
    ("CA tỉnh", "Công an tỉnh"),
    ("BHXH tỉnh", "Bảo hiểm xã hội tỉnh"),
    # must not: the name written out (so before), a column that names no agency
    ("Công an tỉnh", "Công an tỉnh"),
    ("Ghi chú", None),
])
def test_a_matrix_column_named_short(head, agency):
    result = process("plan.md", PLAN.format(head=head).encode("utf-8"))
    activities = result.record.model_dump(mode="json")["activities"]
    roles = [(a["code"], a["lead_agencies"], a["partner_agencies"]) for a in activities]
    marked = [agency] if agency else []
    assert roles == [("1", marked, ["Sở Xây dựng", "Ủy ban nhân dân các xã, phường"]),
                     ("2", ["Sở Xây dựng"], marked)], roles
    for a in activities:
        assert a["title"] in result.text[a["span"]["start"]:a["span"]["end"]]
