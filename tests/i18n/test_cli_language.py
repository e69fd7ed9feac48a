"""The command line speaks the chosen language too: findings, errors and their fixes."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.i18n.catalogue import TRANSLATIONS, read_ts
from wizard import cli, exitcodes, i18n
from wizard.demo import lab_plan
from wizard.plan import save
from wizard.simulator import Simulator


def _translation(lang: str, context: str, source: str) -> str:
    for message in read_ts(TRANSLATIONS / f"xenpool-wizard_{lang}.ts"):
        if message.context == context and message.source == source:
            return message.translation
    raise KeyError(source)


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.mark.parametrize("lang", ["de", "ja"])
def test_validate_in_another_language(
    lang: str,
    english_afterwards: None,
    make_sim: Callable[..., Simulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim = make_sim("mixed-cpu")
    plan = tmp_path / "pool.toml"
    save(lab_plan(sim), plan)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    args = ["--lang", lang, "validate", str(plan), "--yes", "--pins", str(tmp_path / "p.json")]
    assert cli.main(args) == exitcodes.EXIT_BLOCKED
    out = capsys.readouterr().out
    amd = next(
        line for line in out.splitlines() if "AuthenticAMD" in line and sim.hosts[2].address in line
    )
    assert "GenuineIntel" in amd  # data stays as it is
    assert "CPUs but the pool has" not in amd  # the sentence is translated
    assert amd.startswith(_translation(lang, "Findings", "error"))


def test_a_plan_error_names_the_field_in_german(
    english_afterwards: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "pool.toml"
    plan.write_text('pool_name = "x"\n[storage_network]\nvlan = 5000\n')
    assert cli.main(["--lang", "de", "validate", str(plan)]) == exitcodes.EXIT_INVALID_PLAN
    err = capsys.readouterr().err
    assert "storage_network.vlan" in err  # field paths stay as in the file
    assert "is outside 1-4094" not in err
    assert _translation("de", "Plan", "{vlan} is outside 1-4094").format(vlan=5000) in err


def test_a_german_apply_builds_and_writes_its_report(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    """A separate process, as a user runs it: translations load before the report paints."""
    import os
    import subprocess
    import sys

    sim = make_sim("smb3")
    plan = tmp_path / "pool.toml"
    save(lab_plan(sim), plan)
    env = {
        **os.environ,
        "XENPOOL_PASSWORD": sim.hosts[0].password,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    args = ["--lang", "de", "apply", str(plan), "--yes", "--pins", str(tmp_path / "p.json")]
    done = subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == exitcodes.EXIT_OK, done.stderr[-2000:]
    assert _translation("de", "Headless", "Build finished.") in done.stdout
    reports = list((tmp_path / "state").rglob("*-report.pdf"))
    assert reports and reports[0].read_bytes().startswith(b"%PDF")


def _help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every description and option help of a parser and its subcommands."""
    texts = [parser.description or ""]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                texts.append(choice.help or "")
            for sub in action.choices.values():
                texts += _help_texts(sub)
        elif action.help and action.help != argparse.SUPPRESS:
            texts.append(action.help)
    return [t for t in texts if t]


@pytest.mark.parametrize("lang", ["de", "ja"])
def test_every_help_text_of_the_command_line_is_translated(
    lang: str, english_afterwards: None
) -> None:
    english = _help_texts(cli._parser())
    assert len(english) > 40
    i18n.install(lang)
    translated = _help_texts(cli._parser())
    untranslated = [
        text
        for text, theirs in zip(english, translated, strict=True)
        if text == theirs and text not in cli.ARGPARSE_WORDS  # those go through argparse
    ]
    assert untranslated == []


def test_help_in_german_from_the_language_option(
    english_afterwards: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--lang", "de", "apply", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: xenpool-wizard apply")
    assert _translation("de", "Cli", "list what would be done; change nothing") in out
    assert "Exit-Codes:" in out and "exit codes:" not in out
    assert "Optionen:" in out and "diese Hilfe zeigen und beenden" in out
    i18n.install("en")
    with pytest.raises(SystemExit):
        cli.main(["apply", "--help"])
    english = capsys.readouterr().out
    assert english.startswith("usage: ") and "list what would be done; change nothing" in english
