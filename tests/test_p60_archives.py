"""A plan published as an archive of its files (.zip, .rar, .7z: "KH 51.rar" holding the plan and its annexes, as
portals attach them): one input, one record, its files read as an e-mail's attachments are (the file with a
document's own header the document, the others its annexes after it; a file with a header of its own another
document, left out and named in the record; extractors/formats/archive.py, bundle.py).

Must-not rows: an archive with no file a reader takes, a damaged one and one that expands too far are error records
that say why; an archive inside the archive is not read; an office document (a .docx, an .xlsx, an .odt: zips too)
is still its own format. Names and numbers invented."""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
import zipfile

import pytest

from extractors.formats.base import sniff
from pipeline.process import process

PLAN = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐÔNG SƠN                        Độc lập - Tự do - Hạnh phúc
Số: 88/KH-UBND                    Đông Sơn, ngày 14 tháng 5 năm 2027

KẾ HOẠCH
Phát triển thể dục, thể thao quần chúng năm 2027

I. MỤC TIÊU
- 35% dân số tập luyện thể dục, thể thao thường xuyên.

II. KINH PHÍ
Tổng kinh phí: 450 triệu đồng từ ngân sách huyện (chi tiết tại Phụ lục kèm theo).

III. TỔ CHỨC THỰC HIỆN
Phòng Văn hóa, Khoa học và Thông tin chủ trì, phối hợp Trung tâm Văn hóa - Thể thao huyện triển khai Kế hoạch.

                                            TM. ỦY BAN NHÂN DÂN
                                            KT. CHỦ TỊCH
                                            PHÓ CHỦ TỊCH

                                            Lò Văn Thành
"""
ANNEX = """PHỤ LỤC
Dự toán kinh phí tổ chức Đại hội Thể dục thể thao huyện (Kèm theo Kế hoạch số 88/KH-UBND)
1. Giải bóng chuyền hơi nữ: 120 triệu đồng.
2. Giải việt dã: 90 triệu đồng.
"""
OTHER = PLAN.replace("Số: 88/KH-UBND", "Số: 91/KH-UBND").replace("thể thao quần chúng", "du lịch cộng đồng")


def _zip(files: list[tuple[str, str | bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            z.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


def _seven_zip(files: list[tuple[str, str]]) -> bytes:
    """A 7-Zip archive written by bsdtar (the tool the reader uses: installed by scripts/setup-system.sh)."""
    with tempfile.TemporaryDirectory() as folder:
        for name, text in files:
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(text)
        return subprocess.run(["bsdtar", "--format", "7zip", "-cf", "-", *[n for n, _ in files]], cwd=folder,
                              check=True, capture_output=True).stdout


def _record(name: str, data: bytes):
    outcome = process(name, data)
    assert outcome.error is None, outcome.error
    return outcome.record, outcome.text


@pytest.mark.parametrize("name, data", [
    ("KH 88.zip", _zip([("KH 88/Phu luc.txt", ANNEX), ("KH 88/KH 88.txt", PLAN), ("KH 88/", b"")])),
    ("KH 88.7z", _seven_zip([("Phu luc.txt", ANNEX), ("KH 88.txt", PLAN)])),
])
def test_an_archive_of_a_plan_and_its_annex_is_one_record(name, data):
    record, text = _record(name, data)
    assert record.source.format == name.rsplit(".", 1)[1]
    assert record.number == "88/KH-UBND"
    assert record.issuer.name.startswith("Ủy ban nhân dân huyện Đông Sơn")
    assert text.index("Số: 88/KH-UBND") < text.index("PHỤ LỤC")  # (the plan first, its annex after it)
    assert "Giải việt dã" in text
    assert not [i for i in record.quality.issues if i.code == "read.bundle_document_left_out"]


def test_a_second_plan_in_the_archive_is_named_not_lost():
    record, text = _record("hai ke hoach.zip", _zip([("KH 88.txt", PLAN), ("KH 91.txt", OTHER)]))
    assert record.number == "88/KH-UBND" and "91/KH-UBND" not in text
    left = [i for i in record.quality.issues if i.code == "read.bundle_document_left_out"]
    assert len(left) == 1 and "KH 91.txt" in left[0].message


@pytest.mark.parametrize("name, data, says", [
    # must not: nothing a reader takes, an archive inside the archive, a damaged archive, a bomb
    ("anh.zip", _zip([("logo.svg", "<svg/>"), ("ghi chu.json", "{}")]), "no file a reader takes"),
    ("long.zip", _zip([("KH 88.zip", _zip([("KH 88.txt", PLAN)]))]), "no file a reader takes"),
    ("hong.rar", b"Rar!\x1a\x07\x01\x00" + b"\x00" * 64, "cannot be opened"),
    ("bom.zip", _zip([("KH.txt", b"\0" * (30 * 1024 * 1024))]), "over the limits"),
])
def test_archives_that_cannot_be_read_are_error_records(name, data, says):
    outcome = process(name, data)
    assert outcome.record is None and outcome.error is not None
    assert says in outcome.error.message


@pytest.mark.parametrize("data, kind", [
    (_zip([("KH 88.txt", PLAN)]), "zip"),
    (b"Rar!\x1a\x07\x00" + b"\x00" * 16, "rar"),
    (b"Rar!\x1a\x07\x01\x00" + b"\x00" * 16, "rar"),
    (b"7z\xbc\xaf\x27\x1c" + b"\x00" * 16, "7z"),
    # must not: an office document is its own format, an empty zip none
    (_zip([("word/document.xml", "<w:document/>"), ("[Content_Types].xml", "<Types/>")]), "docx"),
    (_zip([("xl/workbook.xml", "<workbook/>")]), "xlsx"),
    (_zip([("mimetype", "application/vnd.oasis.opendocument.text")]), "odt"),
    (_zip([]), None),
    # must not: an office package whose main part is named otherwise ("word/document2.xml") is left to its extension
    (_zip([("[Content_Types].xml", "<Types/>"), ("word/document2.xml", "<w:document/>")]), None),
    (_zip([("xl/styles.xml", "<a/>")]), None),  # (a workbook without its workbook part: the .xlsx reader says so)
])
def test_archives_are_told_by_their_bytes(data, kind):
    assert sniff(data) == kind
