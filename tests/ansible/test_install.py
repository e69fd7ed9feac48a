"""The README's way in: build and install the collection from the repository, then run the
README's five-line playbook against the demo lab."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.ansible.conftest import BIN, ROOT, ansible_env
from tests.conftest import sdk_session
from wizard.demo import lab_plan
from wizard.plan import save
from wizard.simulator import Simulator


def readme_playbook() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Ansible\n", 1)[1]
    block = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert block, "the README's Ansible section has no playbook"
    playbook = block.group(1)
    assert len(playbook.strip().splitlines()) == 5
    return playbook


def run(cmd: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=cwd, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def test_the_installed_collection_runs_the_readme_playbook(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    env = ansible_env(tmp_path)
    collection = ROOT / "ansible_collections" / "xenpool" / "wizard"
    run(
        [
            str(BIN / "ansible-galaxy"),
            "collection",
            "build",
            str(collection),
            "--output-path",
            str(tmp_path / "dist"),
        ],
        tmp_path,
        env,
    )
    (tarball,) = (tmp_path / "dist").glob("xenpool-wizard-*.tar.gz")
    installed = tmp_path / "collections"
    run(
        [
            str(BIN / "ansible-galaxy"),
            "collection",
            "install",
            "--force",
            str(tarball),
            "-p",
            str(installed),
        ],
        tmp_path,
        env,
    )
    assert (installed / "ansible_collections/xenpool/wizard/plugins/modules/pool.py").is_file()

    sim = make_sim("smb3")
    save(lab_plan(sim), tmp_path / "lab.toml")
    (tmp_path / "build.yml").write_text(readme_playbook(), encoding="utf-8")
    env.update(ANSIBLE_COLLECTIONS_PATH=str(installed), XENPOOL_PASSWORD=sim.hosts[0].password)
    done = run(
        [
            str(BIN / "ansible-playbook"),
            "-i",
            "localhost,",
            "-e",
            f"ansible_python_interpreter={sys.executable}",
            "build.yml",
        ],
        tmp_path,
        env,
    )
    assert "changed=1" in done.stdout
    xapi = sdk_session(sim.hosts[0]).xenapi
    assert len(xapi.host.get_all()) == 3
    assert xapi.pool.get_record(xapi.pool.get_all()[0])["ha_enabled"] is True
