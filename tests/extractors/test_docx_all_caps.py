"""Word's All Caps and Small Caps: text typed in lower case that Word shows in capitals (a run's
own setting, its character style's, its paragraph style's) is read in capitals, as a reader
sees it: the issuer's lines and the type line of a template set so are found
(extractors.formats.docx._all_caps_text)."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from extractors.formats.docx import read
from pipeline.process import process


def plan(caps_by: str) -> bytes:
    """A district plan whose issuer lines and type line are typed in lower case and shown in
    capitals by `caps_by`: "run" (each run's All Caps), "small" (Small Caps), "style" (a
    paragraph style based on one with All Caps), "char" (a character style)."""
    d = docx.Document()
    styles = d.styles
    base = styles.add_style("Dau de goc", WD_STYLE_TYPE.PARAGRAPH)
    base.font.all_caps = True
    head = styles.add_style("Dau de", WD_STYLE_TYPE.PARAGRAPH)
    head.base_style = base
    char = styles.add_style("Chu hoa", WD_STYLE_TYPE.CHARACTER)
    char.font.all_caps = True

    def caps_para(text: str):
        if caps_by == "style":
            return d.add_paragraph(text, style="Dau de")
        p = d.add_paragraph()
        run = p.add_run(text, style="Chu hoa" if caps_by == "char" else None)
        if caps_by == "run":
            run.font.all_caps = True
        elif caps_by == "small":
            run.font.small_caps = True
        return p

    caps_para("Ủy ban nhân dân")
    caps_para("huyện Mường Lát")
    d.add_paragraph("Số: 72/KH-UBND")
    d.add_paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    d.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    d.add_paragraph("Mường Lát, ngày 09 tháng 7 năm 2026")
    caps_para("Kế hoạch")
    d.add_paragraph("Phòng, chống lũ quét và sạt lở đất năm 2026")
    d.add_paragraph("Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize("caps_by", ["run", "small", "style", "char"])
def test_text_shown_in_capitals_is_read_in_capitals(caps_by):
    rec = process("kh.docx", plan(caps_by)).dump
    assert rec["issuer"]["name"] == "Ủy ban nhân dân huyện Mường Lát"
    assert rec["doc_type"] == "Kế hoạch" and rec["title"] == "Phòng, chống lũ quét và sạt lở đất năm 2026"
    texts = [b.text for b in read(plan(caps_by), "kh.docx").blocks if b.text]
    assert "ỦY BAN NHÂN DÂN" in texts and "KẾ HOẠCH" in texts


def test_a_run_that_switches_capitals_off_in_a_capitals_style_stays():
    d = docx.Document()
    style = d.styles.add_style("Hoa", WD_STYLE_TYPE.PARAGRAPH)
    style.font.all_caps = True
    p = d.add_paragraph(style="Hoa")
    p.add_run("Mục tiêu ")
    off = p.add_run("(trích)")
    off.font.all_caps = False
    out = io.BytesIO()
    d.save(out)
    texts = [b.text for b in read(out.getvalue(), "x.docx").blocks if b.text]
    assert texts == ["MỤC TIÊU (trích)"]


def test_a_document_without_capitals_formatting_is_read_as_typed():
    d = docx.Document()
    d.add_paragraph("Ủy ban nhân dân xã Tam Chung")
    d.add_paragraph("Kế hoạch")
    out = io.BytesIO()
    d.save(out)
    assert [b.text for b in read(out.getvalue(), "x.docx").blocks if b.text] == ["Ủy ban nhân dân xã Tam Chung", "Kế hoạch"]
