"""Agency keys and plan keys (normalizers/keys.py): must-match and must-not-match rows in
tests/cases/agency_keys.csv, plan_keys.csv and plan_texts.yaml; renditions made here."""

import datetime as dt
import itertools
import re
import textwrap
import unicodedata

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers import keys, places
from tests.conftest import CASES, RAW, rows

AGENCY_ROWS = rows("agency_keys.csv")
PLAN_ROWS = rows("plan_keys.csv")
TEXTS = yaml.safe_load((CASES / "plan_texts.yaml").read_text(encoding="utf-8"))


def _agency_key(row: dict) -> str:
    place = places.issuer_place(row["issuer"] or None, row["level"] or None, row["locality"] or None,
                                issued=row["issued"] or None)
    return keys.agency_key(row["agency"], place)


@pytest.mark.parametrize("row", AGENCY_ROWS, ids=lambda r: f"{r['agency']} @ {r['issuer'] or '-'} {r['issued']}")
def test_agency_key(row):
    assert _agency_key(row) == row["key"]


def test_agency_keys_group_one_body_and_only_it():
    """Rows of one group share a key; rows of different groups never do (a district's Hội
    is not the province's, Lâm Đồng's Sở Y tế is not Gia Lai's)."""
    got = {i: _agency_key(r) for i, r in enumerate(AGENCY_ROWS)}
    for (i, a), (j, b) in itertools.combinations(enumerate(AGENCY_ROWS), 2):
        same = a["group"] == b["group"]
        assert (got[i] == got[j]) is same, (a["agency"], a["issuer"], got[i], b["agency"], b["issuer"], got[j])


@pytest.mark.parametrize("written, shown", [
    ("sở nội Vụ", "Sở Nội vụ"),
    ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Sở Kế hoạch và Đầu tư"),
    ("phòng tài chính - kế hoạch", "Phòng Tài chính - Kế hoạch"),
    ("ỦY BAN NHÂN DÂN", "Ủy ban nhân dân"),
    ("ban chỉ đạo 138", "Ban Chỉ đạo 138"),
    ("các sở, ban, ngành", "Các sở, ban, ngành"),
    ("đoàn thanh niên cộng sản hồ chí minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    ("chi nhánh ngân hàng chính sách xã hội", "Chi nhánh Ngân hàng Chính sách xã hội"),
    ("Ủy ban nhân dân các huyện, Thành phố", "Ủy ban nhân dân các huyện, thành phố"),  # a list, not fields
    ("Ban chỉ đạo phòng, chống dịch", "Ban Chỉ đạo phòng, chống dịch"),  # a task, not fields
    ("Trung tâm VH - TT", "Trung tâm VH - TT"),  # abbreviations keep their capitals
    ("TRUNG TÂM VH - TT", "Trung tâm Vh - Tt"),  # unless the whole name is in capitals
])
def test_display_name(written, shown):
    assert keys.display_name(written) == shown


# --- plan keys ---------------------------------------------------------------------------

@pytest.mark.parametrize("row", PLAN_ROWS, ids=lambda r: f"{r['group']}: {r['number']} {r['issuer']}")
def test_plan_key_from_metadata(row):
    key = keys.plan_key(row["number"], row["issuer"], row["date"], "")
    assert key and key.startswith("m:")


def test_plan_keys_group_one_document_and_only_it():
    got = [keys.plan_key(r["number"], r["issuer"], r["date"], "") for r in PLAN_ROWS]
    for (a, ka), (b, kb) in itertools.combinations(zip(PLAN_ROWS, got), 2):
        assert (ka == kb) is (a["group"] == b["group"]), (a, b)


def test_plan_key_takes_records_and_dates():
    by_name = keys.plan_key("87/KH-UBND", "Ủy ban nhân dân tỉnh Hà Giang", "2019-03-12", "")
    assert keys.plan_key("87/KH-UBND", {"name": "UBND tỉnh Hà Giang", "level": "province"}, dt.date(2019, 3, 12), "") \
        == by_name


@pytest.mark.parametrize("number, issuer, date", [
    (None, "Ủy ban nhân dân tỉnh Hà Giang", "2019-03-12"),
    ("87/KH-UBND", None, "2019-03-12"),
    ("87/KH-UBND", {"name": None}, "2019-03-12"),
    ("87/KH-UBND", "Ủy ban nhân dân tỉnh Hà Giang", None),
    ("87/KH-UBND", "Ủy ban nhân dân tỉnh Hà Giang", "2019"),  # a year is not a date
])
def test_plan_key_without_full_metadata_is_from_content(number, issuer, date):
    key = keys.plan_key(number, issuer, date, TEXTS["plan_a"])
    assert key == "c:" + keys.content_key(TEXTS["plan_a"])
    assert keys.plan_key(number, issuer, date, "Trang chủ | Liên hệ\n\n") is None  # nothing to go on


_NEW_TO_OLD = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé",
               "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ", "Ủy": "Uỷ", "Úy": "Uý"}
_NEW_TONE = re.compile("(" + "|".join(_NEW_TO_OLD) + r")(?!\w)")
MENU = ("Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo điều hành | Thủ tục hành chính | Liên hệ\n"
        "Bạn đang ở: Trang chủ » Văn bản » Kế hoạch\nĐăng nhập\n")
FOOTER = ("\nChia sẻ | In trang | Lưu văn bản\nLượt truy cập: 1.234.567\n"
          "Cổng thông tin điện tử tỉnh Hà Giang. Địa chỉ: số 1 đường Nguyễn Trãi; Điện thoại: 0219 3866 000\n")


def old_tone_marks(text: str) -> str:
    return _NEW_TONE.sub(lambda m: _NEW_TO_OLD[m.group(1)], text)


def hard_wrapped(text: str) -> str:
    """Each line wrapped at 62 columns, and page numbers and a page header between the
    wrapped lines, as a PDF's text layer gives them."""
    lines = [w for line in text.split("\n") for w in (textwrap.wrap(line, 62) or [""])]
    for at, furniture in ((40, "Trang 2"), (25, "- 3 -"), (12, "4/5")):
        lines.insert(at, furniture)
    return "\n".join(lines)


def word_segmented(text: str) -> str:
    from tests.renditions.generate import word_segment
    return word_segment(text)


def scraped(text: str) -> str:
    """A site's page: menu, breadcrumbs, markdown emphasis, odd spaces, CRLF, NFD."""
    body = re.sub(r"^([IVX]+\. .*)$", r"**\1**", text, flags=re.M).replace(", ", ",\u00a0 ")
    page = MENU + body + FOOTER
    return unicodedata.normalize("NFD", page).replace("\n", "\r\n")


RENDITIONS = {"old tone marks": old_tone_marks, "hard-wrapped with page furniture": hard_wrapped,
              "word-segmented": word_segmented, "scraped page": scraped,
              "all at once": lambda t: scraped(hard_wrapped(old_tone_marks(t)))}


@pytest.mark.parametrize("name", ["plan_a", "plan_b", "amendment_a"])
@pytest.mark.parametrize("rendition", RENDITIONS)
def test_content_key_is_the_same_in_every_rendition(name, rendition):
    text = TEXTS[name]
    changed = RENDITIONS[rendition](text)
    assert changed != text
    assert keys.content_key(changed) == keys.content_key(text)
    assert keys.plan_key(None, None, None, changed) == keys.plan_key(None, None, None, text)


@pytest.mark.parametrize("a, b", [("plan_a", "plan_b"), ("plan_a", "amendment_a"), ("plan_b", "amendment_a")])
def test_content_key_keeps_documents_apart(a, b):
    """Two plans of one province on one day share their legal bases and closing clauses;
    an amendment quotes its plan. Neither is the same document."""
    shared = set(keys.content_sentences(TEXTS[a])) & set(keys.content_sentences(TEXTS[b]))
    assert shared  # the cases are the hard ones: they do share sentences
    for rendition in ("old tone marks", "scraped page"):
        assert keys.content_key(RENDITIONS[rendition](TEXTS[a])) != keys.content_key(TEXTS[b])


def test_content_sentences_drop_furniture_and_boilerplate():
    sentences = keys.content_sentences(scraped(hard_wrapped(TEXTS["plan_a"])))
    assert sentences == keys.content_sentences(TEXTS["plan_a"])
    assert not any(s.startswith(("căn cứ", "trang chủ", "chia sẻ")) for s in sentences)
    assert "tổng kinh phí thực hiện kế hoạch là 4250 triệu đồng trong đó ngân sách tỉnh bố trí 3000 triệu đồng " \
           "và nguồn xã hội hóa là 1250 triệu đồng" in sentences


@pytest.fixture(scope="module")
def renditions_787():
    from pipeline.process import process
    out = {}
    for path in sorted(RAW.glob("kontum_787-KH-UBND_2018.*")):
        record = process(str(path), path.read_bytes())
        assert record.record is not None, path
        out[path.suffix] = (record.record, record.text)
    assert set(out) == {".txt", ".html", ".docx", ".pdf"}
    return out


def test_787_renditions_get_one_plan_key(renditions_787):
    got = {suffix: keys.plan_key(r.number, r.issuer, r.issued_date, text) for suffix, (r, text) in renditions_787.items()}
    assert len(set(got.values())) == 1 and next(iter(got.values())).startswith("m:"), got
    # and the content alone says so too (a rendition that lost its header would still match)
    content = {suffix: keys.content_key(text) for suffix, (r, text) in renditions_787.items()}
    assert len(set(content.values())) == 1, content


def test_787_issuer_place(renditions_787):
    record, text = renditions_787[".txt"]
    found = places.issuer_place(record.issuer.name, record.issuer.level, record.issuer.locality,
                                place=record.place, text=text, issued=record.issued_date)
    assert (found.province.code, found.province_2025.code, found.district) == ("62", "51", None)


@settings(max_examples=150, deadline=None)
@given(st.text(), st.text(alphabet=st.characters(blacklist_characters="\r")))
def test_keys_never_raise_and_fold_encodings(s, body):
    place = places.issuer_place(s, None, s or None, place=s or None, text=s, issued=s)
    assert isinstance(keys.agency_key(s, place), str)
    key = keys.plan_key(s, s, s, s)
    assert key is None or key[:2] in ("m:", "c:")
    # NFD and CRLF (a scrape's encoding and line ends) never change the content key
    assert keys.content_key(unicodedata.normalize("NFD", body).replace("\n", "\r\n")) == keys.content_key(body)
