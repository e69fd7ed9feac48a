"""Reading our .ts catalogues and finding English text of ours on screen."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET  # our own files, not untrusted input
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    unfinished: bool
    numerus: bool


def read_ts(path: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            element = message.find("translation")
            assert element is not None
            kind = element.get("type", "")
            forms = [f.text or "" for f in element.iter("numerusform")]
            text = forms[0] if forms else (element.text or "")
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    translation=text,
                    unfinished=kind in ("unfinished", "vanished", "obsolete") or not text,
                    numerus=message.get("numerus") == "yes",
                )
            )
    return messages


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _template_regex(source: str) -> re.Pattern[str] | None:
    """A regex matching a formatted source text, when enough of it is literal English."""
    parts = PLACEHOLDER.split(source)
    literal = " ".join(parts)
    if len(re.findall(r"[A-Za-z]{3,}", literal)) < 3:
        return None
    return re.compile(".+?".join(re.escape(p) for p in parts) + r"\Z", re.DOTALL)


def _is_prose(text: str) -> bool:
    """Two or more English-looking words: a label or sentence, not a name or number."""
    return len(re.findall(r"\b[A-Za-z][a-z]{2,}\b", text)) >= 2


def code_strings(package: Path) -> set[str]:
    """Every prose string constant in our code (the simulator plays XenServer: excluded)."""
    found: set[str] = set()
    for path in package.rglob("*.py"):
        if "simulator" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value.strip()
                if _is_prose(text) and "{" not in text:
                    found.add(text)
    return found


class EnglishDetector:
    """Says which visible texts are English text of ours that should have been translated."""

    def __init__(self, messages: list[Message], code: set[str]) -> None:
        translated_alike = {m.source for m in messages if m.translation == m.source}
        self.sources = {
            m.source for m in messages if m.translation != m.source and _is_prose(m.source)
        }
        self.templates = [
            regex
            for m in messages
            if m.translation != m.source and PLACEHOLDER.search(m.source)
            for regex in [_template_regex(m.source)]
            if regex is not None
        ]
        self.code = code - translated_alike

    def english(self, text: str) -> list[str]:
        hits: list[str] = []
        candidates = [text, *text.splitlines()]
        for candidate in (c.strip() for c in candidates):
            if not candidate:
                continue
            known = candidate in self.sources or candidate in self.code
            if known or any(regex.match(candidate) for regex in self.templates):
                hits.append(candidate)
        return sorted(set(hits))
