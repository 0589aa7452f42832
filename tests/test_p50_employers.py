"""Employers named as a partner ("người sử dụng lao động", as "các doanh nghiệp sử dụng lao động" are, round G46): a
body of the list, not "người" cut off by "sử dụng" read as a verb (round G46's leftover: "phối hợp với Sở Công Thương
và người sử dụng lao động thực hiện" gave the partner "Sở Công Thương và người")."""

from __future__ import annotations

import pytest

from normalizers.agencies import roles_in, split_agencies

MUST = [
    ("Sở Nội vụ chủ trì, phối hợp với Sở Công Thương và người sử dụng lao động thực hiện kiểm tra.",
     (["Sở Nội vụ"], ["Sở Công Thương", "người sử dụng lao động"])),
    ("Liên đoàn Lao động tỉnh chủ trì, phối hợp với Ban Quản lý các khu công nghiệp, người sử dụng lao động tổ chức "
     "đối thoại.", (["Liên đoàn Lao động tỉnh"], ["Ban Quản lý các khu công nghiệp", "người sử dụng lao động"])),
]

MUST_NOT = [  # a user of a service is no body; "sử dụng" after a named body is its verb
    ("Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh hướng dẫn người sử dụng dịch vụ.",
     (["Sở Y tế"], ["Bảo hiểm xã hội tỉnh"])),
]


@pytest.mark.parametrize("text, roles", MUST + MUST_NOT)
def test_roles(text, roles):
    assert roles_in(text) == roles


def test_split():
    assert split_agencies("Sở Công Thương và người sử dụng lao động") == ["Sở Công Thương", "người sử dụng lao động"]
