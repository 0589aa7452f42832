"""Keys that group rows across documents. Pure functions.

- `agency_key(name, issuer_place)`: one body, whatever the spelling, qualified by the
  place it belongs to, so counts across documents group the same body and keep different
  provinces' bodies apart:
      "Sở Y tế" in a Lâm Đồng plan             -> "Sở Y tế | Lâm Đồng"
      "Phòng Tư pháp" in a Bình Gia plan        -> "Phòng Tư pháp | huyện Bình Gia | Lạng Sơn"
      "Hội Liên hiệp phụ nữ tỉnh" (Lâm Đồng)    -> "Hội Liên hiệp Phụ nữ | Lâm Đồng"
      "Bộ Tài chính"                            -> "Bộ Tài chính"
  The name is `normalizers.agencies.canonical` (abbreviations expanded), its place words
  taken out into the qualifier, and its case made uniform (the name of an agency is
  capitalized as Nghị định 30/2020 writes it: the unit word and the first word of each
  field, "Sở Văn hóa, Thể thao và Du lịch"; the exceptions are data,
  data/agency_casing.csv). The province is the pre-2025 one when the document names it,
  else today's.
- `plan_key(number, issuer, issued_date, text)`: one issued document, whatever the
  rendition or scrape. From the canonical number, issuer and date when all three exist
  ("m:..."); otherwise from the content ("c:..."): the text is folded (tone-mark style,
  case, word segmentation, spacing, digit grouping), cut into sentences, and the sentences
  too short to be prose (menus, page furniture, header lines, table cells) and legal-basis
  boilerplate ("Căn cứ ...", shared by many plans) are dropped. The key is the hash of the
  4 sentences with the smallest hashes (a bottom-k sketch): a canonical form, so renditions
  give exactly the same key, and a rendition that adds or loses a few sentences (a site's
  footer, a table read differently) still does unless one of them falls among the 4.
"""

from __future__ import annotations

import csv
import functools
import datetime as dt
import hashlib
import re
from collections import Counter
from importlib import resources

from normalizers.agencies import canonical
from normalizers.docnum import parse_doc_number
from normalizers.places import DISTRICT_BODY, NATIONAL, PROVINCE_BODY, IssuerPlace, named_places, place_key, resolve
from normalizers.text import normalize_line

SEP = " | "

# a level word ending a name without its place: "Hội Liên hiệp phụ nữ tỉnh", "Công an huyện"
BARE_LEVEL = re.compile(r"^(.*\S)\s+(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s*$", re.I)
# words after which a level word is part of the name: "các huyện", "cấp xã", "tuyến tỉnh"
_NOT_OWN_LEVEL = ("các", "cấp", "tuyến", "và", "những")
# the unit word that opens an agency's name; the field after it is capitalized ("Sở Y tế")
UNIT_WORD = re.compile(r"^(sở|phòng|chi cục|tổng cục|cục|vụ|trung tâm|đài|ban|viện|trường|bệnh viện|hội|quỹ|"
                       r"văn phòng|thanh tra|liên đoàn|đoàn|ủy ban|bộ|chi nhánh|ngân hàng|tòa án)\s+", re.I)
# where the fields of a name part: "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch"
_FIELD_SEP = re.compile(r"(\s-\s|,\s|\svà\s)")
_LEADING_COLLECTIVE = re.compile(r"^(?:các|những)\s+", re.I)
# a part of a name that is not a field: "Ủy ban nhân dân các huyện, thành phố", "các xã, thị trấn"
_NOT_A_FIELD = re.compile(r"^(?:tỉnh|huyện|thành phố|thị xã|thị trấn|xã(?! hội)|phường|quận|các|những|ban|ngành|"
                          r"đơn vị|đoàn thể|cơ quan|địa phương)\b")
# units named for a task, not a field: "Ban Chỉ đạo phòng, chống dịch" (no field capitals)
_TASK_UNIT = re.compile(r"^(?:ban chỉ đạo|ban chỉ huy|ban điều hành|hội đồng|tổ công tác|tổ giúp việc)\b")
# an abbreviation: "VH", "TT", "BVTE", "COVID-19"
_ABBREVIATION = re.compile(r"^[A-ZĐ][A-ZĐ0-9&-]*[A-ZĐ0-9]$")
# a Roman number after the first word: "Chi cục Hải quan khu vực V"
_ROMAN = re.compile(r"^[IVXL]{1,5}$")


def _load_casing() -> re.Pattern:
    with resources.files("normalizers").joinpath("data/agency_casing.csv").open(encoding="utf-8") as fh:
        phrases = [row["phrase"] for row in csv.DictReader(fh)]
    _CASING.update({p.lower(): p for p in phrases})
    alts = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p in alts) + r")(?!\w)", re.I)


_CASING: dict[str, str] = {}
CASING_RE = _load_casing()


def display_name(name: str) -> str:
    """An agency name in one case, whatever the document's: "sở nội Vụ" -> "Sở Nội vụ",
    "HỘI LIÊN HIỆP PHỤ NỮ" -> "Hội Liên hiệp Phụ nữ". An abbreviation in a name not
    written all in capitals keeps its capitals ("Trung tâm VH - TT")."""
    words = normalize_line(name).split()
    if not words:
        return ""
    keep = set() if _is_upper(" ".join(words)) else {i for i, w in enumerate(words)
                                                       if _ABBREVIATION.match(w) or (i and _ROMAN.match(w))}
    low = " ".join(w if i in keep else w.lower() for i, w in enumerate(words))
    m = None if _TASK_UNIT.match(low) else UNIT_WORD.match(low)
    if m:
        parts = _FIELD_SEP.split(low[m.end():])
        rest = "".join(p if i % 2 or _NOT_A_FIELD.match(p) else p[:1].upper() + p[1:] for i, p in enumerate(parts))
        low = low[: m.end()] + rest
    low = low[:1].upper() + low[1:]
    return CASING_RE.sub(lambda m: _CASING[m.group(1).lower()], low)


def _province_name(place: IssuerPlace) -> str | None:
    if place.province is not None:
        return place.province.name
    if place.province_2025 is not None:
        return place.province_2025.name
    return place.province_written


def _qualifier(place: IssuerPlace, depth: str) -> list[str]:
    """The place parts of a key, down to `depth` ("province", "district", "commune")."""
    parts: list[str] = []
    if depth == "commune":
        if place.commune is not None:
            parts.append(place.commune.full)
        elif place.commune_written:
            parts.append(place.commune_written)
    if depth in ("commune", "district"):
        if place.district is not None:
            parts.append(place.district.full)
        elif place.district_written:
            parts.append(place.district_written)
    province = _province_name(place)
    if province:
        parts.append(province)
    return parts


def _issuer_depth(place: IssuerPlace) -> str:
    if place.commune is not None or place.commune_written:
        return "commune"
    if place.district is not None or place.district_written:
        return "district"
    return "province"


def _without_places(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    text = re.sub(r"\s*,\s*(?=,|$)", "", text)  # "Ủy ban nhân dân huyện X, tỉnh Y" leaves commas behind
    return " ".join(text.split()).strip(" ,;-")


def agency_key(name: str, issuer_place: IssuerPlace | None = None, extra: dict[str, str] | None = None) -> str:
    """The canonical name of a body and the place it belongs to, joined by " | ".
    `issuer_place` is the document's (`normalizers.places.issuer_place`): a body named
    without its place ("Sở Y tế", "Công an huyện") belongs to the issuer's province or
    district; one that names its place ("Sở Y tế tỉnh Gia Lai") to that place; a body of
    the central state ("Bộ Tài chính") to none."""
    text = normalize_line(canonical(name, extra))
    if not text:
        return ""
    if NATIONAL.search(text):
        return display_name(text)
    place = issuer_place or IssuerPlace()
    mentions = named_places(text)
    names = _place_names(place, mentions)

    def show(body: str) -> str:
        return _official_case(display_name(body), names)

    collective = re.search(r"\b(?:các|những)\b", text, re.I)  # "Ủy ban nhân dân các xã, thị trấn"
    if mentions:
        body = _without_places(text, [(m.start, m.end) for m in mentions])
        context = Counter({place.province.code: 1}) if place.province is not None else None
        found = resolve(mentions, context, within=place.district or place.province)
        if found.province is None and found.province_written is None and found.province_2025 is None:
            found = IssuerPlace(province=place.province, province_2025=place.province_2025,
                                province_written=place.province_written, district=found.district,
                                district_written=found.district_written, commune=found.commune,
                                commune_written=found.commune_written)
        if collective:  # "Ủy ban nhân dân các huyện, thị xã Long Khánh và thành phố Biên Hòa": the places are the body's
            return SEP.join([show(text), *_qualifier(found, "province")])
        depth = "commune" if mentions and any(m.units[0].level == "commune" for m in mentions) else \
            "district" if any(m.units[0].level == "district" for m in mentions) else "province"
        return SEP.join([show(body), *_qualifier(found, depth)])
    bare = BARE_LEVEL.match(text)
    if bare and not collective and bare.group(1).split()[-1].lower() not in _NOT_OWN_LEVEL:
        word = bare.group(2).lower()
        depth = _bare_depth(word, place)
        if depth is not None:
            return SEP.join([show(bare.group(1)), *_qualifier(place, depth)])
        # "Công an huyện" in a province's plan: which district is not said; keep the word
        # and qualify by the level above it that the issuer has
        above = "district" if word in ("xã", "phường", "thị trấn") and _issuer_depth(place) != "province" else "province"
        return SEP.join([show(text), *_qualifier(place, above)])
    unit = _LEADING_COLLECTIVE.sub("", text)
    if PROVINCE_BODY.match(unit):
        depth = "province"
    elif DISTRICT_BODY.match(unit):
        depth = "district" if _issuer_depth(place) in ("district", "commune") else "province"
    else:
        depth = _issuer_depth(place)
    return SEP.join([show(text), *_qualifier(place, depth)])


def _place_names(place: IssuerPlace, mentions: list) -> tuple[str, ...]:
    """The official names of the issuer's places and of the places a name mentions."""
    units = [place.province, place.province_2025, place.district, place.commune] + [m.units[0] for m in mentions]
    return tuple(sorted({u.name for u in units if u is not None and len(u.name.split()) > 1}, key=len, reverse=True))


@functools.lru_cache(maxsize=256)
def _names_re(names: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.I)


def _official_case(shown: str, names: tuple[str, ...]) -> str:
    """Place names in their official capitals, whatever case the name was written in: "Báo
    kon tum" -> "Báo Kon Tum" in a Kon Tum plan (one-word names are left: "vinh" is a word)."""
    if not names:
        return shown
    official = {n.casefold(): n for n in names}
    return _names_re(names).sub(lambda m: official.get(m.group(1).casefold(), m.group(1)), shown)


def _bare_depth(word: str, place: IssuerPlace) -> str | None:
    """The depth a bare level word ("tỉnh", "huyện", "xã") points to in the issuer's place,
    None when the issuer's place does not go that deep."""
    province = place.province or place.province_2025
    district = place.district
    if word == "tỉnh":
        return "province" if _province_name(place) else None
    if word == "thành phố":
        if district is not None and district.kind == "thành phố":
            return "district"
        if province is not None and province.kind == "thành phố" and district is None:
            return "province"
        return None
    if word in ("huyện", "quận", "thị xã"):
        return "district" if (district is not None or place.district_written) else None
    return "commune" if (place.commune is not None or place.commune_written) else None


# --- plan keys ---------------------------------------------------------------------------

SKETCH = 4          # sentences in the content key
MIN_WORDS = 12      # words (syllables) a sentence needs to count as prose
WRAPPED_LINE = 40   # characters a line has when a hard wrap may have cut it
# sentence ends (a sentence counts only if one ends it: a table cell, a heading or a menu
# item has none), and a menu's or a table's separators: "Trang chủ | Tin tức » Văn bản".
# The pattern opens on the set of the separators' first characters, so that a search skips
# ahead to them (opening on an alternation, one branch `\s[•·»›]\s`, it was tried at every
# space: four times slower); the group is that first character, a sentence end's or not.
# A bullet's spaces stay in the pieces (no token holds a space).
_ENDS = ".;:!?…"
_SEGMENT = re.compile(r"([.;:!?…|•·»›])(?:(?<=[.;:!?…])[.;:!?…]*(?=\s|$)|(?<=\|)|(?<=\s[•·»›])(?=\s))")
# a number or a word; word segmentation's underscores are cut like spaces
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
# the separators of a number's digit groups, taken out before tokens: "1.240.000" -> 1240000, "86,5" -> 865
# (the pattern opens on the dot or comma and looks behind it for the digit: one that opens on the
# look-behind is tried at every position of the text)
_DIGIT_GROUP = re.compile(r"[.,](?<=\d[.,])(?=\d)")
_BOILERPLATE = re.compile(r"^(?:căn cứ|nơi nhận|cộng hòa xã hội chủ nghĩa|độc lập tự do hạnh phúc)\b")
# page furniture on a line of its own: "2", "- 3 -", "Trang 4", "5/12"
_FURNITURE = re.compile(r"^\s*(?:trang\s*)?[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–]?\s*$", re.I)
# a line that starts an item: "- ", "+ ", "a) ", "1. ", "1.2. ", "II. ", "## "
_ITEM_START = re.compile(r"^\s*(?:[-+*•–#]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[IVXLivxl]{1,5}|[a-zđ])[.)])\s")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def number_key(number: str | None) -> str | None:
    """"787/KH-UBND" = "787 /KH - UBND" = "0787/kh-ubnd" = "787/KH-UBND." (the same number)."""
    if not number or not number.strip():
        return None
    parsed = parse_doc_number(number)
    text = normalize_line(parsed.text if parsed else number).casefold().replace("đ", "d")
    text = re.sub(r"[\s.]+", "", text)
    text = re.sub(r"^0+(?=\d)", "", text)
    return text or None


def issuer_key(issuer: object) -> str | None:
    """An issuer (a name, or a record's issuer with a `name`) folded: "UBND tỉnh Kon Tum" =
    "Ủy ban nhân dân tỉnh KonTum"."""
    name = issuer.get("name") if isinstance(issuer, dict) else getattr(issuer, "name", issuer)
    if not isinstance(name, str) or not name.strip():
        return None
    return place_key(canonical(name)) or None


def date_key(issued: object) -> str | None:
    """A full date ("2018-04-03", a date); a year or a month alone is not enough."""
    if isinstance(issued, dt.date):
        return issued.isoformat()[:10]
    if isinstance(issued, str) and _ISO_DATE.match(issued.strip()):
        return issued.strip()
    return None


def _is_upper(line: str) -> bool:
    """Letters all capitals, and at least one ("KẾ HOẠCH 2018"): str.isupper, which is the
    same for Vietnamese (every letter has a case) and a C loop."""
    return line.isupper()


def _paragraphs(text: str) -> list[str]:
    """Lines joined into paragraphs: a hard-wrapped line goes on; a blank line, a line in
    capitals (header, title, heading), an item's first line, or a line after a short one
    (a heading: "2. Yêu cầu") starts a new one. Page furniture lines are dropped."""
    out: list[str] = []
    current: list[str] = []
    ends_before = True
    for line in text.split("\n"):
        if _FURNITURE.match(line):
            continue
        upper = _is_upper(line)
        if not line.strip() or upper or ends_before or _ITEM_START.match(line):
            if current:
                out.append(" ".join(current))
            current = []
        if line.strip():
            current.append(line.strip())
        ends_before = upper or len(line.strip()) < WRAPPED_LINE
    if current:
        out.append(" ".join(current))
    return out


# the punctuation a word may carry at its ends ("tỉnh,", "(Sở", "2026)."): none of it is a word character (\W), so
# no token holds it and a word's tokens are those of the word without it
_EDGE_MARKS = ",.;:!?()[]{}\"'“”‘’-–—/%…*+<>=&#@$^|\\~`"


def _tokens(piece: str) -> list[str]:
    """_TOKEN.findall(piece), word by word: a word of letters only or of digits only is one
    token as it stands (most are), and so is one once the punctuation at its ends is stripped
    (_EDGE_MARKS: "tỉnh," -> "tỉnh"); the others are cut by the pattern. (No token holds a
    space, so the words' tokens are the piece's.)"""
    out: list[str] = []
    for word in piece.split():
        if word.isalpha() or word.isdecimal():
            out.append(word)
            continue
        core = word.strip(_EDGE_MARKS)
        if core.isalpha() or core.isdecimal():
            out.append(core)
        elif core:
            out += _TOKEN.findall(core)
    return out


def content_sentences(text: str, *, normalized: bool = False) -> list[str]:
    """The prose sentences of a text in canonical form (folded, one space between words).
    `normalized`: the text is already normalizers.text.normalize_line's (a record's text)."""
    out = []
    for paragraph in _paragraphs(text or "" if normalized else normalize_line(text or "")):
        pieces = _SEGMENT.split(_DIGIT_GROUP.sub("", paragraph.casefold()))
        # re.split with a group: piece, separator's first character, piece, ...
        for piece, end in zip(pieces[::2], pieces[1::2]):
            if end not in _ENDS or len(piece) < 2 * MIN_WORDS - 1:  # too short for MIN_WORDS words
                continue
            tokens = _tokens(piece)
            # (a token is all digits or all letters: counting the digit ones in C is cheaper)
            if len(tokens) < MIN_WORDS or len(tokens) - sum(map(str.isdigit, tokens)) < MIN_WORDS:
                continue
            sentence = " ".join(tokens)
            if not _BOILERPLATE.match(sentence):
                out.append(sentence)
    return out


def content_key(text: str, *, normalized: bool = False) -> str | None:
    """The content part of a plan key: the hash of the SKETCH sentences with the smallest
    hashes; None for a text with no prose."""
    hashes = sorted({_digest(s) for s in content_sentences(text, normalized=normalized)})
    return _digest("\n".join(hashes[:SKETCH])) if hashes else None


def plan_key(number: str | None, issuer: object, issued_date: object, text: str | None, *,
             normalized: bool = False) -> str | None:
    """One key per issued document: "m:<hash>" from the canonical number, issuer and date
    when all three exist, else "c:<hash>" from the content, else None (no text to go on).
    `normalized`: `text` is normalize_line's already (a record's text: skips doing it again)."""
    parts = (number_key(number), issuer_key(issuer), date_key(issued_date))
    if all(parts):
        return "m:" + _digest("\x1f".join(parts))
    content = content_key(text or "", normalized=normalized)
    return "c:" + content if content else None
