"""The German and Japanese catalogues: complete, current, and safe to format."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.i18n.catalogue import ROOT, TRANSLATIONS, placeholders, read_ts
from wizard import i18n

LANGS = ("de", "ja")


def _ts(lang: str) -> Path:
    return TRANSLATIONS / f"xenpool-wizard_{lang}.ts"


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_is_translated(lang: str) -> None:
    messages = read_ts(_ts(lang))
    assert len(messages) > 300
    unfinished = [f"{m.context}: {m.source!r}" for m in messages if m.unfinished]
    assert unfinished == [], f"{len(unfinished)} unfinished in {lang}:\n" + "\n".join(
        unfinished[:40]
    )


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_and_accelerators_survive(lang: str) -> None:
    bad = []
    for m in read_ts(_ts(lang)):
        if m.unfinished:
            continue  # counted by test_every_entry_is_translated
        if placeholders(m.source) != placeholders(m.translation):
            bad.append(f"{m.context}: {m.source!r} -> {m.translation!r}")
        if "%n" in m.source and "%n" not in m.translation:
            bad.append(f"%n lost: {m.source!r}")
        # A keyboard accelerator on a label or button stays one (Japanese: "(&N)" style).
        if "&" in m.source.replace("&&", "") and "&" not in m.translation:
            bad.append(f"accelerator lost: {m.source!r} -> {m.translation!r}")
    assert bad == [], "\n".join(bad)


@pytest.mark.parametrize("lang", LANGS)
def test_formatting_every_translation_works(lang: str) -> None:
    """A translation must format with the same keyword arguments as its English source."""
    for m in read_ts(_ts(lang)):
        if m.unfinished:
            continue
        names = {p.strip("{}").split(":")[0].split("!")[0] for p in placeholders(m.source)}
        if not names or "" in names or any(n.isdigit() for n in names):
            continue
        values = dict.fromkeys(names, "x")
        m.translation.format(**values)


def test_catalogues_are_current(tmp_path: Path) -> None:
    """lupdate over today's code finds nothing the catalogues lack (run make translations)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "wizard").rglob("*.py")
        if "simulator" not in p.parts
    )
    copy = tmp_path / "xenpool-wizard_de.ts"
    shutil.copy(_ts("de"), copy)
    subprocess.run(
        [str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    now = {(m.context, m.source) for m in read_ts(copy)}
    kept = {(m.context, m.source) for m in read_ts(_ts("de"))}
    assert sorted(now - kept) == [], "new texts not in the catalogue: run make translations"
    assert sorted(kept - now) == [], "texts no longer in the code: run make translations"


def test_the_language_comes_from_lang_then_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    assert i18n.pick_language() == "en"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.pick_language() == "de"
    assert i18n.pick_language("ja") == "ja"
    assert i18n.pick_language("ja_JP") == "ja"
    monkeypatch.setenv("LANGUAGE", "fr:ja")
    assert i18n.pick_language() == "ja"  # the first language we have
    assert i18n.pick_language("xx") == "ja"  # unknown --lang: the system's


def test_compiled_catalogues_load_and_translate(qapp: object) -> None:
    try:
        for lang in LANGS:
            assert i18n.install(lang) == lang, f"make translations-compile ({i18n.qm_path(lang)})"
            # A finding built by the engine reads in the installed language.
            from wizard.plan import Plan, validate

            findings = validate(Plan())
            assert findings and all(f.message for f in findings)
            english = {m.source for m in read_ts(_ts(lang))}
            assert not any(f.message in english for f in findings)
    finally:
        i18n.install("en")
