"""Build every distribution into one folder and check what was built.

``python scripts/build.py OUTDIR FOLDER...`` (run by ``nox -s build``) empties ``OUTDIR``, then for
each distribution folder builds its sdist and a wheel *from that sdist* (``python -m build``), so
a sdist that cannot build a wheel fails here. It then builds each one a second time and compares
the files byte for byte (an unchanged version must rebuild identically, or hash-locked installs
break), and runs ``twine check --strict`` over the results. Exits non-zero naming what failed.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def _build(folder: str, outdir: Path) -> list[Path]:
    before = set(outdir.glob("*"))
    subprocess.run(
        [sys.executable, "-m", "build", "--installer", "uv", "--outdir", str(outdir), folder],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return sorted(set(outdir.glob("*")) - before)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(outdir_name: str, folders: list[str]) -> int:
    """Build, rebuild and check; 0 when every artifact is sound and reproducible."""
    outdir = Path(outdir_name)
    shutil.rmtree(outdir, ignore_errors=True)
    outdir.mkdir(parents=True)
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for folder in folders:
            built = _build(folder, outdir)
            kinds = {path.suffix for path in built}
            if kinds != {".gz", ".whl"}:
                problems.append(f"{folder}: expected an sdist and a wheel, got {built}")
                continue
            again = _build(folder, Path(scratch, Path(folder).name))
            for first, second in zip(built, again, strict=True):
                if first.name != second.name or _digest(first) != _digest(second):
                    problems.append(f"{folder}: {first.name} does not rebuild byte-identical")
            print(f"{folder}: {', '.join(path.name for path in built)} (reproducible)")
    subprocess.run(["twine", "check", "--strict", *map(str, sorted(outdir.glob("*")))], check=True)
    for problem in problems:
        print(f"build: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
