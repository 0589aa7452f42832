"""A plan's title with the closing's recipients right under it ("Nơi nhận:" / "- UBND tỉnh ..."), as a copy whose body
a converter lost leaves it (a Word export's body in a chunk a converter dropped): the title ends before "Nơi nhận:",
not run on over the recipients (extractors/fields/header.py extract_header).

Must-not rows: a title whose wrapped line opens with "nơi nhận" in lower case goes on; a title followed by its
legal bases is as it was. Names and numbers invented."""

from __future__ import annotations

import pytest

from extractors.document import build_document
from extractors.fields.header import extract_header
from extractors.formats.base import read

HEAD = """ỦY BAN NHÂN DÂN
HUYỆN TÂN MỸ
Số: 73/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Mỹ, ngày 14 tháng 9 năm 2028

KẾ HOẠCH
"""


def _title(text: str) -> str | None:
    return extract_header(build_document(read(text.encode("utf-8"), "kh.txt")))["title"]


@pytest.mark.parametrize("after, expected", [
    # must: the recipients right under the title
    ("Phát triển hợp tác xã nông nghiệp năm 2029\n\nNơi nhận:\n- UBND tỉnh Bình Mỹ (b/c);\n- Lưu: VT.\n",
     "Phát triển hợp tác xã nông nghiệp năm 2029"),
    ("Phát triển hợp tác xã nông nghiệp\ngiai đoạn 2029 - 2030\nNơi nhận: - UBND tỉnh (b/c); - Lưu: VT.\n",
     "Phát triển hợp tác xã nông nghiệp giai đoạn 2029 - 2030"),
    # must not: a title wrapped before "nơi nhận" in lower case; a title before its legal bases
    ("Xây dựng điểm tiếp nhận trẻ em tại các\nnơi nhận nuôi dưỡng tập trung năm 2029\n\nCăn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;\n",
     "Xây dựng điểm tiếp nhận trẻ em tại các nơi nhận nuôi dưỡng tập trung năm 2029"),
    ("Phát triển hợp tác xã nông nghiệp năm 2029\n\nCăn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;\n",
     "Phát triển hợp tác xã nông nghiệp năm 2029"),
])
def test_title_ends_before_the_recipients(after, expected):
    assert _title(HEAD + after) == expected
