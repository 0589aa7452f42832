"""normalizers.casing.canonical_case_many (build_document's one scan over all of a document's paragraphs and
cells) gives each text what canonical_case gives it alone: no phrase runs from one text into the next, a person's
name in one text does not shield a phrase in the next, a text holding the separator falls back to one call each."""

import pytest

from normalizers.casing import canonical_case, canonical_case_many

from tests.test_p37_title_case_names import ROWS

BATCHES = [
    # a whole table of the title-case rows, in one batch
    [text for text, _ in ROWS],
    # a phrase cut between two texts (a cell ends "Ủy", the next opens "Ban Nhân Dân"): neither half is a phrase
    ["phối hợp Ủy", "Ban Nhân Dân các xã", "Phòng Văn Hóa -", "Thông Tin"],
    # a family name ending one text, a phrase opening the next: the phrase is cased
    ["đồng chí Nguyễn", "Công An xã", "ông Lê", "Ban Chỉ Huy Quân Sự thị trấn"],
    # texts with one capital at most (the one-text shortcut) beside texts with phrases
    ["a", "", "Báo cáo", "Trung Tâm Y Tế huyện", "x"],
    # a text holding the separator itself
    ["Sở Khoa Học và Công Nghệ\x00Bưu Điện", "Hội Liên Hiệp Phụ Nữ huyện"],
    [],
]


@pytest.mark.parametrize("texts", BATCHES)
def test_one_scan_gives_each_text_its_own_result(texts):
    assert canonical_case_many(texts) == [canonical_case(t) for t in texts]


def test_the_batch_changes_what_one_text_changes():
    # (the rows above are no identity: a batch of them is changed where the single texts are)
    texts = [text for text, _ in ROWS]
    assert canonical_case_many(texts) == [expected for _, expected in ROWS]
    assert canonical_case_many(["phối hợp Ủy", "Ban Nhân Dân các xã"]) == ["phối hợp Ủy", "Ban Nhân Dân các xã"]
