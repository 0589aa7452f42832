"""Hold-out round G44 (tests/invented/build_g44.py): a body named with the passive clause that gives it its tasks.

The round's ministry plan charges, under "Tổ chức thực hiện", "Thủ trưởng các cơ quan, đơn vị thuộc Bộ được giao chủ
trì nhiệm vụ chịu trách nhiệm tổ chức thực hiện ...": the subject runs to its main predicate ("chịu trách nhiệm"), and
the name lost its role word ("chủ trì ...", normalizers.agencies._TRAILING) but kept the passive that gives it,
"Các cơ quan, đơn vị thuộc Bộ được giao". The role is cut with its "được giao" ("đã được giao"), so the body is
"Các cơ quan, đơn vị thuộc Bộ" (the round G36 gold accepts the short name beside the whole clause). A unit whose own
name holds the role word ("Hội đồng phối hợp ...") and a clause with no role word ("được giao nhiệm vụ theo dõi")
are left as they were. Every name and number below is invented and differs from the round's documents'."""

from __future__ import annotations

import pytest

from pipeline.process import process

PLAN = """SỞ NỘI VỤ TỈNH HÀ LĨNH
Số: 64/KH-SNV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Lĩnh, ngày 05 tháng 3 năm 2029
KẾ HOẠCH
Cải cách hành chính của Sở Nội vụ năm 2029
I. MỤC TIÊU
100% thủ tục hành chính được giải quyết đúng hạn.
II. TỔ CHỨC THỰC HIỆN
1. {line}
2. Văn phòng Sở theo dõi, tổng hợp, báo cáo Giám đốc Sở trước ngày 15/12/2029.
"""


@pytest.mark.parametrize("line, name", [
    # must: the role cut with the passive that gives it
    ("Thủ trưởng các đơn vị thuộc Sở được giao chủ trì nhiệm vụ chịu trách nhiệm tổ chức thực hiện đúng tiến độ.",
     "Các đơn vị thuộc Sở"),
    ("Các phòng, ban được giao phối hợp thực hiện nhiệm vụ có trách nhiệm cử công chức tham gia đầy đủ.",
     "Các phòng, ban"),
    ("Các phòng chuyên môn đã được giao chủ trì nhiệm vụ có trách nhiệm báo cáo kết quả trước ngày 10/12/2029.",
     "Các phòng chuyên môn"),
    # must not: a unit whose name holds the role word, a clause with none, a body and its role
    ("Hội đồng phối hợp phổ biến, giáo dục pháp luật của Sở có trách nhiệm xây dựng chương trình năm 2029.",
     "Hội đồng phối hợp phổ biến, giáo dục pháp luật của Sở"),
    ("Các đơn vị được giao nhiệm vụ theo dõi, kiểm tra thường xuyên báo cáo kết quả về Văn phòng Sở.",
     "Các đơn vị được giao nhiệm vụ theo dõi, kiểm tra"),
    ("Phòng Cải cách hành chính chủ trì, phối hợp với Thanh tra Sở kiểm tra việc thực hiện.",
     "Phòng Cải cách hành chính"),
])
def test_a_body_given_its_role_is_named_without_the_passive(line, name):
    result = process("plan.txt", PLAN.format(line=line).encode("utf-8"))
    record = result.record.model_dump(mode="json")
    names = [r["agency"] for r in record["responsibilities"]]
    assert names[:1] == [name], names
    first = record["responsibilities"][0]["span"]
    assert line[:20] in result.text[first["start"]:first["end"]]
