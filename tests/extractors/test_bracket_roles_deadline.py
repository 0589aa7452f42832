"""A task whose assignment in brackets is followed, in the same paragraph, by its deadline ("Triển khai thư điện tử
cho giáo viên (Văn phòng Sở chủ trì; các phòng chuyên môn phối hợp). Thời gian: quý II/2013."): the bracket names the
lead and partners as it does at the paragraph's end, and the title stops before it (names and numbers of our own)."""

import pytest

# (the plan round C2's rows stand in: a title, an objective, the tasks under "II. NHIỆM VỤ", then its organization)
from tests.test_c2_holdout import _activities


CASES = [
    # must match: the deadline as a labelled field, as "hoàn thành trước ...", and as "Tiến độ: ..."
    ("1. Triển khai thư điện tử công vụ cho giáo viên (Văn phòng Sở chủ trì; các phòng chuyên môn phối hợp). "
     "Thời gian: quý II/2013.\n\n"
     "2. Số hóa hồ sơ học bạ (Trung tâm Công nghệ thông tin chủ trì, phối hợp với các trường), hoàn thành trước "
     "ngày 30/11/2013.\n\n"
     "3. Tập huấn phần mềm kế toán (Phòng Kế hoạch - Tài chính thực hiện). Tiến độ: tháng 8/2013.",
     [("1", "Triển khai thư điện tử công vụ cho giáo viên", ["Văn phòng Sở"], ["các phòng chuyên môn"]),
      ("2", "Số hóa hồ sơ học bạ", ["Trung tâm Công nghệ thông tin"], ["các trường"]),
      ("3", "Tập huấn phần mềm kế toán", ["Phòng Kế hoạch - Tài chính"], [])]),
    # must not: a bracket that names no one before a deadline, and one followed by more of the task
    ("1. Rà soát các văn bản hướng dẫn (nếu có). Thời gian: quý III/2013.\n\n"
     "2. Kiểm tra thiết bị (Phòng Kế hoạch - Tài chính chủ trì) và sửa chữa máy chủ của ngành.",
     [("1", "Rà soát các văn bản hướng dẫn (nếu có). Thời gian: quý III/2013", [], []),
      ("2", "Kiểm tra thiết bị (Phòng Kế hoạch - Tài chính chủ trì) và sửa chữa máy chủ của ngành", [], [])]),
]


@pytest.mark.parametrize("tasks,expected", CASES, ids=["bracket-then-deadline", "not-an-assignment-bracket"])
def test_a_bracketed_assignment_before_the_deadline(tasks, expected):
    assert _activities(tasks) == expected
