"""Embedding levels, visual order and mirroring for one line of text.

python-bidi 0.6 (the Rust ``unicode-bidi`` engine behind ``get_display``)
reorders a line correctly, bracket pairs (rule N0) included, but it does not
apply rule L4: a ``(`` that ends up in a right-to-left run is printed as
``(`` again, so ``(سه کمیته)`` comes out as ``)سه کمیته(``.  It also exposes
the resolved levels only through a debug dump indexed by UTF-8 byte.

This module therefore resolves the levels itself with the rules of UAX #9
that matter for one line without explicit embeddings (W1–W7, N0 with the
paired brackets, N1–N2, I1–I2, L1), computes the visual order (L2) and
mirrors the characters whose level is odd (L4).  ``rtl.visual_line`` uses
``get_display`` for the order and this module only to know which of the
visible brackets sit in a right-to-left run; a test checks that the order
computed here equals ``get_display``'s on random mixed text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: Characters with the Bidi_Mirrored property that we print (and their mirror).
MIRROR: dict[str, str] = {
    "(": ")",
    ")": "(",
    "[": "]",
    "]": "[",
    "{": "}",
    "}": "{",
    "<": ">",
    ">": "<",
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "⁅": "⁆",
    "⁆": "⁅",
    "⟨": "⟩",
    "⟩": "⟨",
    "〈": "〉",
    "〉": "〈",
    "≤": "≥",
    "≥": "≤",
}

#: Paired brackets of BidiBrackets.txt (opening -> closing) that rule N0 pairs.
_OPEN: dict[str, str] = {"(": ")", "[": "]", "{": "}", "⁅": "⁆", "⟨": "⟩", "〈": "〉"}
#: « » are mirrored but not paired brackets in Unicode, so «PGPIC» after a
#: Latin word in a Persian sentence would print as «ACME «PGPIC.  Persian uses
#: guillemets exactly like brackets, so we pair them too (a deliberate
#: extension; ``visual_line`` then uses our order for that line).
_OPEN_FA: dict[str, str] = {**_OPEN, "«": "»", "‹": "›"}

_NEUTRAL: frozenset[str] = frozenset({"ON", "WS", "S", "B"})
_L1_RESET: frozenset[str] = frozenset({"WS", "BN", "LRI", "RLI", "FSI", "PDI"})


@lru_cache(maxsize=4096)
def bidi_class(ch: str) -> str:
    """The Unicode bidirectional class of one character (cached)."""
    return unicodedata.bidirectional(ch) or "L"


def _strong(t: str) -> str | None:
    """Direction a resolved type counts as in N0/N1 (numbers count as R)."""
    if t == "L":
        return "L"
    if t in ("R", "EN", "AN"):
        return "R"
    return None


def resolve_levels(text: str, rtl: bool, pair_guillemets: bool = True) -> list[int]:
    """Resolved embedding level of every character of one line.

    ``rtl`` is the paragraph (base) direction.  Explicit embedding controls
    are expected to have been removed by the caller; boundary neutrals such
    as ZWNJ take the level of the character before them.  With
    ``pair_guillemets=False`` this is plain UAX #9 (as python-bidi).
    """
    opening = _OPEN_FA if pair_guillemets else _OPEN
    closing = frozenset(opening.values())
    base = 1 if rtl else 0
    e = "R" if rtl else "L"
    orig = [bidi_class(c) for c in text]
    idx = [i for i, c in enumerate(orig) if c != "BN"]
    t = [orig[i] for i in idx]
    chars = [text[i] for i in idx]
    m = len(t)

    # W1: NSM takes the type of the character before it (sos at the start).
    prev = e
    for k in range(m):
        if t[k] == "NSM":
            t[k] = prev
        prev = t[k]
    # W2: EN after AL is AN.  W3: AL is R.
    last = e
    for k in range(m):
        c = t[k]
        if c in ("L", "R", "AL"):
            last = c
        elif c == "EN" and last == "AL":
            t[k] = "AN"
    t = ["R" if c == "AL" else c for c in t]
    # W4: one separator between two numbers of the same kind.
    for k in range(1, m - 1):
        c = t[k]
        if c == "ES" and t[k - 1] == "EN" and t[k + 1] == "EN":
            t[k] = "EN"
        elif c == "CS" and t[k - 1] == t[k + 1] and t[k - 1] in ("EN", "AN"):
            t[k] = t[k - 1]
    # W5: terminators next to European numbers.
    k = 0
    while k < m:
        if t[k] == "ET":
            j = k
            while j < m and t[j] == "ET":
                j += 1
            if (k > 0 and t[k - 1] == "EN") or (j < m and t[j] == "EN"):
                for q in range(k, j):
                    t[q] = "EN"
            k = j
        else:
            k += 1
    # W6: remaining separators and terminators are neutral.
    t = ["ON" if c in ("ES", "ET", "CS") else c for c in t]
    # W7: European numbers after L are L.
    last = e
    for k in range(m):
        c = t[k]
        if c in ("L", "R"):
            last = c
        elif c == "EN" and last == "L":
            t[k] = "L"
    # N0: paired brackets (BD16 with its 63-entry stack).
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for k in range(m):
        if t[k] != "ON":
            continue
        ch = chars[k]
        if ch in opening:
            if len(stack) >= 63:
                break
            stack.append((opening[ch], k))
        elif ch in closing:
            for si in range(len(stack) - 1, -1, -1):
                if stack[si][0] == ch:
                    pairs.append((stack[si][1], k))
                    del stack[si:]
                    break
    pairs.sort()
    for po, pc in pairs:
        found_e = found_opp = False
        for k in range(po + 1, pc):
            d_in = _strong(t[k])
            if d_in == e:
                found_e = True
                break
            if d_in is not None:
                found_opp = True
        if found_e:
            t[po] = t[pc] = e
        elif found_opp:
            before = e
            for k in range(po - 1, -1, -1):
                d_out = _strong(t[k])
                if d_out is not None:
                    before = d_out
                    break
            t[po] = t[pc] = before
            # W1 gave any NSM after a bracket the type ON; it follows the bracket.
            for b in (po, pc):
                q = b + 1
                while q < m and orig[idx[q]] == "NSM":
                    t[q] = before
                    q += 1
    # N1/N2: runs of neutrals.
    k = 0
    while k < m:
        if t[k] in _NEUTRAL:
            j = k
            while j < m and t[j] in _NEUTRAL:
                j += 1
            before_d = _strong(t[k - 1]) if k > 0 else e
            after_d = _strong(t[j]) if j < m else e
            d = before_d if before_d == after_d and before_d is not None else e
            for q in range(k, j):
                t[q] = d
            k = j
        else:
            k += 1
    # I1/I2.
    levels = [0] * len(text)
    for k in range(m):
        c = t[k]
        lv = (0 if c == "L" else 1 if c == "R" else 2) if base == 0 else (1 if c == "R" else 2)
        levels[idx[k]] = lv
    # BN characters take the level of the character before them.
    prev_level = base
    for i, c in enumerate(orig):
        if c == "BN":
            levels[i] = prev_level
        prev_level = levels[i]
    # L1: separators and trailing whitespace go back to the base level.
    n = len(text)
    trailing = True
    for i in range(n - 1, -1, -1):
        c = orig[i]
        if c in ("S", "B"):
            levels[i] = base
            trailing = True
        elif c in _L1_RESET and trailing:
            levels[i] = base
        else:
            trailing = False
    return levels


def visual_order(levels: list[int]) -> list[int]:
    """Rule L2: the logical index shown at each visual position (left to right)."""
    n = len(levels)
    order = list(range(n))
    if not n:
        return order
    high = max(levels)
    odd = [lv for lv in levels if lv % 2]
    if not odd:
        return order
    low = min(odd)
    vis = levels[:]
    for lev in range(high, low - 1, -1):
        i = 0
        while i < n:
            if vis[i] >= lev:
                j = i
                while j < n and vis[j] >= lev:
                    j += 1
                order[i:j] = order[i:j][::-1]
                vis[i:j] = vis[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def reorder(text: str, rtl: bool, mirror: bool = True, pair_guillemets: bool = True) -> str:
    """The whole visual line computed here (L2 and, if ``mirror``, L4)."""
    levels = resolve_levels(text, rtl, pair_guillemets)
    order = visual_order(levels)
    if not mirror:
        return "".join(text[i] for i in order)
    out = []
    for i in order:
        ch = text[i]
        if levels[i] % 2 and ch in MIRROR:
            ch = MIRROR[ch]
        out.append(ch)
    return "".join(out)
