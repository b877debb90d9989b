#!/usr/bin/env python3
"""Runs one CLI golden case: tests/cli/<tool>/<case>/.

A case folder holds `cmd` (one command line, the program name first), its
input files, and the expectations: `expected.rc` (exit code), `expected.stdout`
and `expected.stderr` (absent means empty). The case runs in a temporary copy
of its folder (without `cmd`, `setup`, `limits` and the expectations), so
paths in the output are stable and the case itself is never changed.
Afterwards the inputs must be byte-identical (a run never touches its
inputs); files the command creates are listed in `expected.created`, and the
content of each is pinned byte for byte by `expected.files/<its path>`: a
created file without its pinned content fails the case (so a new `-o` case
cannot forget to check what it wrote), and so does a pinned file the run did
not write. An input the command is meant to rewrite (a formatter in place)
is pinned the same way: its new content in `expected.files/<its path>`; any
other changed input fails the case, and so does a rewritten input whose
permission bits changed (a rewrite in place keeps the file's mode).

Optional files:
- `setup`: shell commands run with `sh -e` in the temporary copy before the
  command, for inputs too big or too binary to commit (`head -c ...`, `chmod`).
  They see ENCAT_SOURCE_DIR (the repository root) and may copy from it, e.g.
  `cp -R "$ENCAT_SOURCE_DIR/catalogs" .`, and ENCAT_BIN_DIR (the programs
  under test), to make an input with one of them (an xlsx that
  encat-publish wrote, say). Files they create are inputs, not
  `created`. A setup that exits 77 skips the case (CTest SKIP_RETURN_CODE);
  its standard output says why. Any other non-zero exit fails the case.
- `limits`: lines `seconds N` (wall time) and `memory_mib N` (the command's
  peak RSS, from getrusage(RUSAGE_CHILDREN).ru_maxrss, so keep `setup` light:
  its processes count too). Exceeding either fails the case.
  With ENCAT_SANITIZED=1 (the AddressSanitizer build of scripts/test.sh) the
  time limit is ten times longer and the memory limit is not checked: the
  sanitizers' shadow memory and quarantine say nothing about the program's
  own use. The Release run checks both as written.

The command also sees ENCAT_SOURCE_DIR, and runs with LC_ALL=C.UTF-8, no
NO_COLOR and standard input from /dev/null.

ENCAT_BLESS=1 rewrites the expectations from what the programs print now.
"""
import hashlib
import os
import resource
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import time

EXPECTED = ("expected.rc", "expected.stdout", "expected.stderr", "expected.created", "expected.files")
FILES = "expected.files"  # expected.files/<path>: the content of each file the command writes
CONTROL = ("cmd", "setup", "limits")
SKIP = 77
SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def snapshot(folder):
    files = {}
    for root, dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, folder)
            digest = hashlib.sha256()
            st = os.lstat(path)
            if not stat.S_ISREG(st.st_mode):  # a FIFO or socket from a setup: never open it
                files[rel] = f"special {st.st_mode} {st.st_mtime_ns}"
                continue
            try:
                with open(path, "rb") as f:
                    for block in iter(lambda: f.read(1 << 20), b""):
                        digest.update(block)
            except OSError as error:  # e.g. a setup made it unreadable
                digest.update(f"unreadable {st.st_mode} {st.st_size} {st.st_mtime_ns} {error.errno}".encode())
            files[rel] = digest.hexdigest()
    return files


def modes(folder):
    """path -> permission bits of each regular file (so a rewrite in place can be held to keep them)."""
    found = {}
    for root, dirs, names in os.walk(folder):
        for name in names:
            st = os.lstat(os.path.join(root, name))
            if stat.S_ISREG(st.st_mode):
                found[os.path.relpath(os.path.join(root, name), folder)] = stat.S_IMODE(st.st_mode)
    return found


def read_limits(case):
    limits = {}
    for line in read(os.path.join(case, "limits")).decode().splitlines():
        if line.strip():
            name, value = line.split()
            limits[name] = float(value)
    if os.environ.get("ENCAT_SANITIZED") == "1":
        limits.pop("memory_mib", None)
        if "seconds" in limits:
            limits["seconds"] *= 10
    return limits


def read(path, default=b""):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return default


def read_created(path):
    """The bytes of a file the command wrote (None: gone, not a regular file, or unreadable)."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        return read(path)
    except OSError:
        return None


def pinned_files(case):
    """expected.files/<path> -> its bytes."""
    root = os.path.join(case, FILES)
    pinned = {}
    for folder, dirs, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            pinned[os.path.relpath(path, root)] = read(path)
    return pinned


def compare_files(pinned, written):
    failures = []
    for path, data in sorted(written.items()):
        if path not in pinned:
            failures.append(f"the run created `{path}` but {FILES}/{path} does not pin its content"
                            " (ENCAT_BLESS=1 writes it; read it before committing)")
        elif data is None:
            failures.append(f"{FILES}/{path} pins content, but the run left no readable regular file there")
        elif data != pinned[path]:
            failures.append(f"{FILES}/{path} differs\n--- expected\n{pinned[path].decode(errors='replace')}"
                            f"--- actual\n{data.decode(errors='replace')}")
    for path in sorted(set(pinned) - set(written)):
        failures.append(f"{FILES}/{path} pins a file the run did not write")
    return failures


def bless_files(case, written):
    root = os.path.join(case, FILES)
    shutil.rmtree(root, ignore_errors=True)
    for path, data in written.items():
        if data is None:
            continue
        os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
        with open(os.path.join(root, path), "wb") as f:
            f.write(data)


def main():
    case, bin_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    bless = os.environ.get("ENCAT_BLESS") == "1"
    with open(os.path.join(case, "cmd"), encoding="utf-8") as f:
        argv = shlex.split(f.read().strip())
    argv[0] = os.path.join(bin_dir, argv[0])

    limits = read_limits(case)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "ENCAT_BLESS")}
    env["LC_ALL"] = "C.UTF-8"
    env["ENCAT_SOURCE_DIR"] = SOURCE_DIR

    failures = []
    with tempfile.TemporaryDirectory(prefix="encat-cli-") as temp:
        work = os.path.join(temp, "case")
        shutil.copytree(case, work, ignore=shutil.ignore_patterns(*EXPECTED, *CONTROL))
        if os.path.exists(os.path.join(case, "setup")):
            setup = subprocess.run(["sh", "-e", os.path.join(case, "setup")], cwd=work,
                                   env=dict(env, ENCAT_BIN_DIR=bin_dir),
                                   stdin=subprocess.DEVNULL, capture_output=True)
            if setup.returncode == SKIP:
                print("skipped: " + setup.stdout.decode(errors="replace").strip())
                return SKIP
            if setup.returncode != 0:
                print(f"setup failed ({setup.returncode}):\n" + setup.stderr.decode(errors="replace"))
                return 1
        before = snapshot(work)
        modes_before = modes(work)
        started = time.monotonic()
        try:
            result = subprocess.run(argv, cwd=work, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, timeout=limits.get("seconds", 100) + 20)
        except subprocess.TimeoutExpired:
            print("the command did not finish (killed)")
            return 1
        seconds = time.monotonic() - started
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # Linux: KiB
        after = snapshot(work)
        created = sorted(p for p in after if p not in before)
        changed = sorted(p for p in before if after.get(p) != before[p])
        pinned = pinned_files(case)
        # What the run wrote: every file it created, and the inputs it rewrote whose new content is pinned
        # (blessing pins every rewritten input, and says so).
        rewritten = [p for p in changed if p in pinned or bless]
        written = {p: read_created(os.path.join(work, p)) for p in created + rewritten}
        modes_after = modes(work)
        for p in rewritten:
            if p in modes_after and modes_after[p] != modes_before.get(p):
                failures.append(f"the run rewrote `{p}` with mode {modes_after[p]:04o}, not its mode before,"
                                f" {modes_before.get(p, 0):04o}")
        subprocess.run(["chmod", "-R", "u+rwX", work])  # so a setup's chmod 000 cannot stop the cleanup

    if seconds > limits.get("seconds", float("inf")):
        failures.append(f"took {seconds:.2f} s, more than the limit of {limits['seconds']:g} s")
    if peak_mib > limits.get("memory_mib", float("inf")):
        failures.append(f"peak RSS {peak_mib:.0f} MiB, more than the limit of {limits['memory_mib']:g} MiB")

    changed = [p for p in changed if p not in written]
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
        bless_files(case, written)
        print(f"blessed {os.path.relpath(case)}")
        for path in rewritten:
            print(f"the run rewrote its input `{path}`: its new content is pinned in {FILES}/{path}")
        for failure in failures:
            print(failure)
        return 1 if failures else 0

    if changed:
        failures.append("the run changed its inputs: " + ", ".join(changed))
    for name, data in actual.items():
        expected = read(os.path.join(case, name), b"0\n" if name == "expected.rc" else b"")
        if data != expected:
            failures.append(f"{name} differs\n--- expected\n{expected.decode(errors='replace')}"
                            f"--- actual\n{data.decode(errors='replace')}")
    failures += compare_files(pinned, written)
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
