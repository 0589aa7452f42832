"""A document's defined initials (normalizers.agencies.document_initials, round G60) change how an agency list
splits ("Ủy ban nhân dân tỉnh (giao IOC)": the work given to the body the document calls IOC). The list's split is
cached for speed (plans repeat their lists): the cache must not hand one document's reading to the next one a
worker reads, so the initials in force are part of its key. Either order gives each document its own reading."""

from __future__ import annotations

from normalizers.agencies import document_initials, split_agencies

TEXT = "Ủy ban nhân dân huyện Tân Lạc (giao BQL)"
DEFINED = {"BQL": "Ban Quản lý dự án đầu tư xây dựng huyện Tân Lạc"}


def test_the_defining_document_first():
    with document_initials(DEFINED):
        inside = split_agencies(TEXT)
    assert inside == ["BQL"]
    assert split_agencies(TEXT) == [TEXT]


def test_the_other_document_first():
    text = TEXT.replace("Tân Lạc", "Tân Lập")
    assert split_agencies(text) == [text]
    with document_initials({"BQL": DEFINED["BQL"].replace("Tân Lạc", "Tân Lập")}):
        assert split_agencies(text) == ["BQL"]
