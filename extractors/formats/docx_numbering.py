"""Word's automatic numbering, rendered. python-docx gives a paragraph's text without the
"1.", "a)" or "II." that Word draws in front of it, and plans number their headings that
way; the outline needs those labels. Reads the numbering part (abstract numbering levels:
format, text pattern, start) and counts paragraphs per list and level."""

from __future__ import annotations

from extractors.formats.base import roman

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VN_LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese plans letter their items a) b) c) d) đ) e)


def _format(n: int, fmt: str) -> str:
    if fmt in ("decimal", "decimalZero"):
        return f"{n:02d}" if fmt == "decimalZero" else str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        letter = _VN_LETTERS[(n - 1) % len(_VN_LETTERS)]
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        return roman(n).lower() if fmt == "lowerRoman" else roman(n)
    return str(n)


def first_val(el, tag: str) -> str | None:
    """w:val of the first `tag` child of `el` (a full tag: "{...main}numId"); None when there is none."""
    for child in el.iterchildren(tag):
        return child.get(f"{_W}val")
    return None


def _val(el, tag: str) -> str | None:
    return first_val(el, f"{_W}{tag}") if el is not None else None


def _level(lvl) -> tuple[str, str, int]:
    """A w:lvl's (number format, text pattern, start)."""
    return _val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "", int(_val(lvl, "start") or 1)


def is_on(el) -> bool:
    """An on/off property (its element, or None) that is there and not switched off (<w:isLgl/>, w:val="1")."""
    return el is not None and (el.get(f"{_W}val") or "1").lower() not in ("0", "false", "off")


class Numbering:
    """Labels for numbered paragraphs, in document order. As Word counts them (ECMA-376
    17.9): the running count belongs to the abstract numbering a list instance (w:num)
    points to, so two instances of one abstract numbering go on with one count; an
    instance's w:startOverride restarts its level the first time the instance is used."""

    def __init__(self, numbering_element):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, text, start)
        self.abstract_of: dict[str, str] = {}  # numId -> the abstract numbering it counts with
        self.overrides: dict[str, dict[int, int]] = {}  # numId -> ilvl -> start it restarts the level at
        self.counters: dict[str, dict[int, int]] = {}  # abstract numbering -> ilvl -> last number
        self.used: set[tuple[str, int]] = set()  # (numId, ilvl) seen already
        # numId -> ilvl -> w:lvlRestart (1-based: the level restarts after a use of that level or a higher one;
        # 0: never, a task list numbered on across its groups), for the levels that say it
        self.restarts: dict[str, dict[int, int]] = {}
        self.legal: dict[str, set[int]] = {}  # numId -> levels of legal numbering (w:isLgl: "1.2." under "I.")
        if numbering_element is None:
            return
        abstract = {}
        defines: dict[str, str] = {}  # a numbering style -> the abstract numbering that holds its levels
        uses: dict[str, str] = {}  # an abstract numbering that only points to a numbering style -> the style
        restarts: dict[str, dict[int, int]] = {}
        legal: dict[str, set[int]] = {}
        for a in numbering_element.iter(f"{_W}abstractNum"):
            lv = {}
            abstract_id = a.get(f"{_W}abstractNumId")
            for lvl in a.iter(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                lv[ilvl] = _level(lvl)
                if (restart := _val(lvl, "lvlRestart")) is not None and restart.isdigit():
                    restarts.setdefault(abstract_id, {})[ilvl] = int(restart)
                if is_on(lvl.find(f"{_W}isLgl")):
                    legal.setdefault(abstract_id, set()).add(ilvl)
            abstract[abstract_id] = lv
            if _val(a, "styleLink"):
                defines[_val(a, "styleLink")] = abstract_id
            if _val(a, "numStyleLink"):
                uses[abstract_id] = _val(a, "numStyleLink")
        for num in numbering_element.iter(f"{_W}num"):
            num_id, abstract_id = num.get(f"{_W}numId"), _val(num, "abstractNumId")
            if not abstract.get(abstract_id) and uses.get(abstract_id) in defines:
                abstract_id = defines[uses[abstract_id]]  # a list style's levels, and its count
            levels = dict(abstract.get(abstract_id, {}))
            overrides = {}
            for override in num.iter(f"{_W}lvlOverride"):
                start = _val(override, "startOverride")  # <w:startOverride w:val="5"/>
                ilvl = int(override.get(f"{_W}ilvl", "0"))
                if (lvl := override.find(f"{_W}lvl")) is not None:
                    # the level redefined for this instance ("a)" where the list numbers "1."): its own count
                    fmt, text, own_start = _level(lvl)
                    levels[ilvl] = (fmt, text, int(start) if start is not None else own_start)
                    overrides[ilvl] = levels[ilvl][2]
                elif start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start))
                    overrides[ilvl] = int(start)
            self.levels[num_id] = levels
            self.restarts[num_id] = restarts.get(abstract_id, {})
            self.legal[num_id] = legal.get(abstract_id, set())
            self.abstract_of[num_id] = abstract_id or f"num:{num_id}"
            self.overrides[num_id] = overrides

    def label(self, num_id: str | None, ilvl: int) -> str | None:
        """The label Word draws for the next paragraph of list `num_id` at `ilvl`;
        "-" for a bullet; None when the list is unknown or draws nothing."""
        levels = self.levels.get(num_id or "")
        if not levels or ilvl not in levels:
            return None
        counts = self.counters.setdefault(self.abstract_of[num_id], {})
        fmt, text, start = levels[ilvl]
        if (num_id, ilvl) not in self.used:
            self.used.add((num_id, ilvl))
            if ilvl in self.overrides[num_id]:
                counts.pop(ilvl, None)  # "Restart numbering": this instance starts the level again
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        restarts = self.restarts[num_id]
        for deeper in [k for k in counts if k > ilvl]:
            restart = restarts.get(deeper, deeper)
            if restart and ilvl < (restart if restart <= deeper else deeper):
                del counts[deeper]  # a higher level restarts the levels below it (as far as w:lvlRestart says)
        if fmt == "bullet":
            return "-"
        if fmt == "none" or not text:
            return None
        out = text
        for k in range(ilvl, -1, -1):
            if f"%{k + 1}" in out:
                level_fmt, _, level_start = levels.get(k, ("decimal", "", 1))
                if ilvl in self.legal[num_id] and level_fmt not in ("decimal", "decimalZero"):
                    level_fmt = "decimal"  # legal numbering: every level's number in Arabic digits
                out = out.replace(f"%{k + 1}", _format(counts.get(k, level_start), level_fmt))
        return out
