#!/usr/bin/env python3
"""Runs one CLI golden case: tests/cli/<tool>/<case>/.

A case folder holds `cmd` (one command line, the program name first), its
input files, and the expectations: `expected.rc` (exit code), `expected.stdout`
and `expected.stderr` (absent means empty). The case runs in a temporary copy
of its folder, so paths in the output are stable and the case itself is never
changed. Afterwards the inputs must be byte-identical (a run never touches
its inputs); files the command creates are listed in `expected.created`.

ENCAT_BLESS=1 rewrites the expectations from what the programs print now.
"""
import hashlib
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

EXPECTED = ("expected.rc", "expected.stdout", "expected.stderr", "expected.created")


def snapshot(folder):
    files = {}
    for root, dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, folder)
            with open(path, "rb") as f:
                files[rel] = hashlib.sha256(f.read()).hexdigest()
    return files


def read(path, default=b""):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return default


def main():
    case, bin_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    bless = os.environ.get("ENCAT_BLESS") == "1"
    with open(os.path.join(case, "cmd"), encoding="utf-8") as f:
        argv = shlex.split(f.read().strip())
    argv[0] = os.path.join(bin_dir, argv[0])

    with tempfile.TemporaryDirectory(prefix="encat-cli-") as temp:
        work = os.path.join(temp, "case")
        shutil.copytree(case, work, ignore=shutil.ignore_patterns(*EXPECTED))
        before = snapshot(work)
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "ENCAT_BLESS")}
        env["LC_ALL"] = "C.UTF-8"
        result = subprocess.run(argv, cwd=work, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        after = snapshot(work)

    changed = sorted(p for p in before if after.get(p) != before[p])
    created = sorted(p for p in after if p not in before)
    actual = {
        "expected.rc": f"{result.returncode}\n".encode(),
        "expected.stdout": result.stdout,
        "expected.stderr": result.stderr,
        "expected.created": "".join(p + "\n" for p in created).encode(),
    }
    if bless:
        for name, data in actual.items():
            path = os.path.join(case, name)
            if data or name == "expected.rc":
                with open(path, "wb") as f:
                    f.write(data)
            elif os.path.exists(path):
                os.remove(path)
        print(f"blessed {os.path.relpath(case)}")
        return 0

    failures = []
    if changed:
        failures.append("the run changed its inputs: " + ", ".join(changed))
    for name, data in actual.items():
        expected = read(os.path.join(case, name), b"0\n" if name == "expected.rc" else b"")
        if data != expected:
            failures.append(f"{name} differs\n--- expected\n{expected.decode(errors='replace')}"
                            f"--- actual\n{data.decode(errors='replace')}")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
