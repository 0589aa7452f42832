"""What a Word part holds that Word does not show, blanked once where the part is parsed (extractors.formats.docx):

- hidden runs (`w:vanish` in a run's own properties): a template's guidance ("Ghi chú: xóa dòng này trước khi in"),
  a converter's leftovers, which neither the page nor the print shows;
- the code of a field (between `w:fldChar` begin and separate) holding a field of its own: Word shows the outer
  field's result only ({ IF { MERGEFIELD Gioi_tinh } = "Nam" "Ông" "Bà" } shows "Ông"), while the inner field's
  stored result ("Nam") sits in the outer field's code as plain runs. A flat field's code is `w:instrText`, which
  the reader never takes; its result (between separate and end) is the text and stays.

What Word draws that no run holds is written in, once, before the blanking: a legacy drop-down form field
(FORMDROPDOWN, an office template's "HUYỆN [Thạch Lâm v]": `w:ffData/w:ddList` in its begin mark, no result runs)
shows its chosen entry (`w:result`, the index into its `w:listEntry`s; else its `w:default`; else the first), put as
the text of the run holding its begin mark.

A part whose fields do not balance (a begin without its end: a damaged file) keeps its field runs as they are, so
that a lost end cannot hide the rest of the document. Cheap: nothing is walked in a part whose bytes name neither
"vanish" nor "fldChar"; else one pass over the runs, the field marks and the hidden marks in document order."""

from __future__ import annotations

from extractors.formats.docx_numbering import is_on

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R, _RPR, _VANISH, _FLD_CHAR = f"{_W}r", f"{_W}rPr", f"{_W}vanish", f"{_W}fldChar"
_TYPE = f"{_W}fldCharType"
_SHOWN_CHILDREN = {f"{_W}{t}" for t in ("t", "tab", "ptab", "br", "cr", "noBreakHyphen", "softHyphen", "sym")}


_DD_LIST, _LIST_ENTRY, _RESULT, _DEFAULT, _VAL = (f"{_W}{t}" for t in ("ddList", "listEntry", "result", "default",
                                                                         "val"))
MAX_DROPDOWN_ENTRIES = 100  # (Word allows 25; a list longer than this is no drop-down Word drew)


def show_dropdowns(root, xml: bytes) -> None:
    """Each legacy drop-down form field's chosen entry as the text of the run holding its begin mark (see above)."""
    if b"ddList" not in xml:
        return
    for dd in root.iter(_DD_LIST):
        entries = [e.get(_VAL) or "" for e in dd.iter(_LIST_ENTRY)][:MAX_DROPDOWN_ENTRIES]
        mark = dd.getparent().getparent() if dd.getparent() is not None else None  # ddList < ffData < fldChar
        if not entries or mark is None or mark.tag != _FLD_CHAR or mark.get(_TYPE) != "begin" \
                or mark.getparent() is None or mark.getparent().tag != _R:
            continue
        chosen = dd.find(_RESULT)
        chosen = chosen if chosen is not None else dd.find(_DEFAULT)
        try:
            index = int(chosen.get(_VAL)) if chosen is not None else 0
        except (TypeError, ValueError):
            index = 0
        text = mark.makeelement(f"{_W}t", {"{http://www.w3.org/XML/1998/namespace}space": "preserve"})
        text.text = entries[index] if 0 <= index < len(entries) else entries[0]
        mark.getparent().append(text)


def blank_unshown(root, xml: bytes) -> None:
    """Blank, in the parsed part `root` (its bytes `xml`), the runs Word does not show: hidden runs, and runs inside
    a field's code (a nested field's stored result); a drop-down form field's chosen entry written in first."""
    show_dropdowns(root, xml)
    if b"vanish" in xml:
        for mark in root.iter(_VANISH):
            rpr = mark.getparent()
            if rpr.tag == _RPR and rpr.getparent().tag == _R and is_on(mark):
                _blank(rpr.getparent())
    if b"fldChar" in xml:
        for run in _runs_in_field_codes(root):
            _blank(run)


def _runs_in_field_codes(root) -> list:
    """The runs that lie in a field's code (some open field not yet at its separate), when the part's fields
    balance; none else."""
    in_code: list[bool] = []  # an open field each: True while its code is read, False once its result is
    found = []
    for el in root.iter(_R, _FLD_CHAR):
        if el.tag == _R:
            if any(in_code):
                found.append(el)
            continue
        kind = el.get(_TYPE)
        if kind == "begin":
            in_code.append(True)
        elif kind == "separate" and in_code:
            in_code[-1] = False
        elif kind == "end":
            if not in_code:
                return []
            in_code.pop()
    return [] if in_code else found


def _blank(run) -> None:
    for child in list(run):
        if child.tag in _SHOWN_CHILDREN:
            if child.tag == f"{_W}t":
                child.text = ""
            else:
                run.remove(child)
