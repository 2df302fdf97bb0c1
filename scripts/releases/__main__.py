"""``python -m scripts.releases versions|bump``: the version gate and the release step.

``versions`` prints each distribution's verdict and exits 1 if any committed version does not
cover it (or a distribution has no release record). ``bump`` sets the versions the verdicts
require, moves our own distributions' pins to what they were tested with, regenerates the
generated clients whose version moved, writes the changelog entries and records the releases;
``--note TEXT`` adds a sentence of your own to every entry it writes; ``--breaking NAME=REASON``
declares a change breaking that no diff can see (a new default that can make a call fail).
"""

from __future__ import annotations

import argparse
import datetime
import re
import subprocess
import sys
from pathlib import Path

from scripts.releases import _changelog, _record
from scripts.releases._gate import Assessment, assess
from scripts.releases._levels import Level, compatible_range
from scripts.releases._workspace import Distribution, discover

ROOT = Path(__file__).resolve().parents[2]


def _print(assessments: list[Assessment]) -> None:
    for item in assessments:
        dist, release, verdict = item.dist, item.release, item.verdict
        if release is None:
            print(f"{dist.name} {dist.version}: no release recorded  FAIL (run `nox -s bump`)")
            continue
        status = "ok" if item.ok else f"FAIL (needs {item.required})"
        print(
            f"{dist.name}: released {release.version}, committed {dist.version}, "
            f"verdict {verdict.level.label}  {status}"
        )
        for level in (Level.MAJOR, Level.MINOR, Level.PATCH):
            tag = "breaking" if level is Level.MAJOR else level.label
            for reason in verdict.reasons(level):
                print(f"    {tag}: {reason}")


def versions() -> int:
    """Print every verdict; 1 if a committed version does not cover its verdict."""
    assessments = assess(discover(ROOT))
    _print(assessments)
    failing = [item.dist.name for item in assessments if not item.ok]
    for problem in _pin_problems([item.dist for item in assessments]):
        print(f"version gate: {problem}")
        failing.append(problem.partition(":")[0])
    if failing:
        print(f"version gate: {', '.join(failing)} must be bumped: run `nox -s bump`")
        return 1
    print("version gate: every committed version covers its changes")
    return 0


def bump(notes: list[str], breaking: list[str]) -> int:
    """Release every distribution whose verdict is not covered; 0 when done.

    ``breaking`` holds ``NAME=REASON`` declarations (see ``assess``).
    """
    dists = discover(ROOT)
    declared = dict(item.split("=", 1) for item in breaking)
    assessments = assess(dists, declared)
    released = [item for item in assessments if item.release is None or not _is_current(item)]
    for item in released:
        if item.required is not None and not item.ok:
            item.dist.set_version(item.required)
    moved = {item.dist.name: item.dist.version for item in released}
    current = {dist.name: dist.version for dist in dists}
    for item in released:
        # A first release is pinned to what it was tested with: every dependency as it is now.
        _repin(item.dist, current if item.release is None else moved)
    _regenerate([item.dist for item in released if item.dist.is_generated])
    today = datetime.date.today()
    for item in released:
        first = ["First recorded release."] if item.release is None else []
        section = _changelog.entry(item.dist.version, item.verdict, first + notes, today)
        _changelog.prepend(item.dist, section)
        _record.write(item.dist)
        print(f"{item.dist.name}: released {item.dist.version}")
    if not released:
        print("nothing to release: every distribution is as recorded")
    return 0


def _pin_problems(dists: list[Distribution]) -> list[str]:
    """Where one of our distributions pins another to a range its committed version is not in."""
    versions = {dist.name: dist.version for dist in dists}
    problems = []
    for dist in dists:
        for requirement in dist.requirements():
            version = versions.get(requirement.name)
            if version is not None and not requirement.specifier.contains(version):
                problems.append(
                    f"{dist.name}: requires {requirement}, but {requirement.name} is {version}"
                )
    return problems


def _is_current(item: Assessment) -> bool:
    return item.verdict.level is Level.NONE


def _repin(dist: Distribution, versions: dict[str, str]) -> None:
    text = dist.pyproject.read_text(encoding="utf-8")
    for name, version in versions.items():
        if name in dist.dependencies:
            pattern = re.compile(rf'"{re.escape(name)}(?:[<>=!~,. 0-9a-z]*)"')
            text = pattern.sub(f'"{name}{compatible_range(version)}"', text)
    dist.pyproject.write_text(text, encoding="utf-8")


def _regenerate(dists: list[Distribution]) -> None:
    keys = [dist.api_key for dist in dists if dist.api_key is not None]
    if keys:
        generation = str(ROOT / "scripts" / "generation.py")
        subprocess.run([sys.executable, generation, "generate", *keys], check=True, cwd=ROOT)


def _declaration(text: str) -> str:
    name, equals, reason = text.partition("=")
    if not equals or not name.startswith("sessionward-") or not reason.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=REASON with a sessionward name: {text!r}")
    return text


def main(argv: list[str] | None = None) -> int:
    """Run the command named on the command line."""
    parser = argparse.ArgumentParser(prog="python -m scripts.releases", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("versions", help="print the verdicts; fail if a version is not covered")
    bump_parser = commands.add_parser("bump", help="release what changed")
    bump_parser.add_argument("--note", action="append", default=[], help="add to every entry")
    bump_parser.add_argument(
        "--breaking",
        action="append",
        default=[],
        type=_declaration,
        metavar="NAME=REASON",
        help="declare a distribution's change breaking, with the reason the changelog gives",
    )
    args = parser.parse_args(argv)
    if args.command == "versions":
        return versions()
    try:
        return bump(args.note, args.breaking)
    except ValueError as exc:  # a --breaking name that is not one of ours
        parser.error(str(exc))


if __name__ == "__main__":
    sys.exit(main())
