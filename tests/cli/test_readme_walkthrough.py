"""The README's command line walk-through runs as written, in bash, against `sessionward sim`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sessionward.cli._platforms import keys, platform
from sessionward.cli._platforms._adapter import adapter_class
from sessionward.testing import serve
from tests.specs._documents import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def _walkthrough() -> str:
    section = README.split("## Command line", 1)[1].split("\n## ", 1)[0]
    (script,) = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)
    return str(script)


def test_the_walkthrough_runs_and_leaks_nothing(tmp_path: Path) -> None:
    bin_dir = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SESSIONWARD_")}
    env |= {"PATH": f"{bin_dir}:{env.get('PATH', '')}", "XDG_CONFIG_HOME": str(tmp_path / "c")}
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", _walkthrough()],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    output = done.stdout + done.stderr
    assert '"user": "YkvflVLVt"' in output
    # The walkthrough revokes a `PLATFORM:ID` target too: the plan states that platform's limit.
    (target_key,) = re.findall(r"sessions revoke (\w+):", _walkthrough())
    limit = adapter_class(platform(target_key)).limit
    assert limit and limit in output
    audit = (tmp_path / "audit.jsonl").read_text().splitlines()
    assert len(audit) == 3  # the revoke by user, the revoke of the named target, the policy change
    assert "INC-1" in audit[0] and "CHG-9" in audit[2]
    secrets: list[str] = []
    for key in keys():
        with serve(key) as sim:
            secrets += [v for k, v in sim.credentials.items() if k != "username"]
    printed = output + "\n".join(audit)
    assert [secret for secret in secrets if secret in printed] == []
