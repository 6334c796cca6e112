"""The README's two commands and the shell scripts refer to files that exist: a moved script
would otherwise only show on a fresh machine, where the install step fails."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCED = re.compile(r'source "\$\(dirname "\$\{BASH_SOURCE\[0\]\}"\)/([^"]+)"')


def readme_commands() -> list[str]:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    return lines[3:5]


def test_the_readme_commands_run_scripts_that_exist():
    commands = readme_commands()
    assert len(commands) == 2 and all("python3 -m venv .venv" in c for c in commands)
    scripts = [m for c in commands for m in re.findall(r"bash (\S+\.sh)", c)]
    assert scripts, "the README commands install system packages with a script"
    assert [s for s in scripts if not (ROOT / s).is_file()] == []


def test_every_sourced_script_exists():
    scripts = [p for p in ROOT.rglob("*.sh") if ".venv" not in p.parts]
    sourced = [(p, m) for p in scripts for m in SOURCED.findall(p.read_text(encoding="utf-8"))]
    assert sourced, "the install scripts share apt-install.sh"
    assert [(str(p), m) for p, m in sourced if not (p.parent / m).resolve().is_file()] == []


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci
