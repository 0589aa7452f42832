"""SP3: the per-document function does its work once. A worker that read the file and checked its sha256 hands
that hash to process (not hashed a second time); the text is encoded once, for text_sha256 and the text file.
The result must be the same bytes as the path that hashes and encodes again. Texts invented."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.options import Options
from pipeline.process import process
from pipeline.tasks import Task
from pipeline.worker import run_task

PLAN = """ỦY BAN NHÂN DÂN
HUYỆN IA LỐP
Số: 12/KH-UBND
Ia Lốp, ngày 4 tháng 6 năm 2026
KẾ HOẠCH
Phổ cập bơi cho trẻ em năm 2026
I. MỤC TIÊU
1. Đến hết năm 2026, 45% trẻ em từ 6 đến 15 tuổi biết bơi an toàn.
II. KINH PHÍ
Tổng kinh phí: 180 triệu đồng từ ngân sách huyện.
"""

INPUTS = [
    ("ke-hoach.txt", PLAN.encode("utf-8")),
    ("ke-hoach.md", PLAN.replace("I. MỤC TIÊU", "## I. MỤC TIÊU").encode("utf-8")),
    ("bom.txt", b"\xef\xbb\xbf" + PLAN.encode("utf-8")),  # (a byte order mark: the hash is of the file's bytes)
    ("empty.txt", b"   \n"),  # an error record
]


@pytest.mark.parametrize("name,data", INPUTS)
def test_a_checked_hash_gives_the_same_outcome(name, data):
    sha = hashlib.sha256(data).hexdigest()
    hashed, given = process(name, data, Options()), process(name, data, Options(), None, sha)
    if hashed.record is None:
        assert given.record is None and given.error.model_dump() == hashed.error.model_dump()
        assert given.error.doc_id == sha[:16]
        return
    assert given.dump == hashed.dump and given.dump["doc_id"] == sha[:16] and given.dump["source"]["sha256"] == sha
    assert given.encoded == hashed.encoded == hashed.text.encode("utf-8")
    assert given.dump["text_sha256"] == hashlib.sha256(given.encoded).hexdigest()


@pytest.mark.parametrize("name,data", INPUTS)
def test_a_file_read_by_the_worker_gives_what_its_bytes_give(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    from_disk = run_task(Task(1, str(path), name, name.rsplit(".", 1)[1], sha), Options())
    from_bytes = run_task(Task(1, str(path), name, name.rsplit(".", 1)[1], sha, data=data), Options())
    assert (from_disk.outcome, from_disk.body, from_disk.text, from_disk.tables) == \
        (from_bytes.outcome, from_bytes.body, from_bytes.text, from_bytes.tables)


def test_a_file_changed_since_it_was_hashed_is_no_record(tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(PLAN.encode("utf-8"))
    stale = hashlib.sha256(PLAN.replace("180", "190").encode("utf-8")).hexdigest()
    result = run_task(Task(1, str(path), "ke-hoach.txt", "txt", stale), Options())
    assert result.outcome == "error" and b"InputChanged" in result.body
