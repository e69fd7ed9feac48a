"""Text helpers every layer shares (a leaf: it imports nothing of the wizard)."""

from __future__ import annotations

import unicodedata


def one_line(text: object) -> str:
    """Text made safe for one line of a shell script: no character can end or hide the line.

    Control characters (\\r, \\n, \\x85 NEL...), the Unicode line and paragraph separators
    and format characters (bidi overrides) all become spaces.
    """
    return "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs") else ch
        for ch in str(text)
    )
