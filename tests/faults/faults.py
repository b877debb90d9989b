#!/usr/bin/env python3
"""Fault injection for encat-validate and encat-audit (issue 6, "Keep it fixed").

    faults.py CASE VALIDATE AUDIT SOURCE_DIR [SHIM]

Each CASE sets up one hostile situation in a scratch folder of its own and
checks: the exit code, a clear message on standard error, no half output
(an existing output keeps its old content, byte for byte), and inputs
unchanged (sha256 before and after). A case whose situation cannot be made
here (not root for mknod, no `setpriv` to become `nobody`) exits 77 (CTest:
skipped) saying why.

The tests never aim at the machine's /dev/null or /dev/full: they make their
own device nodes (`mknod scratch/null c 1 3`, `mknod scratch/full c 1 7`).
SHIM is tests/faults/vanish_shim.c built as a shared library: with
LD_PRELOAD it removes a file named `vanish.yaml` just before it is opened,
so a file vanishes between listing and reading, deterministically.
"""
import hashlib
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time

SKIP = 77
CASES = {}


def case(name):
    def register(function):
        CASES[name] = function
        return function
    return register


class Skip(Exception):
    pass


class Checks:
    def __init__(self):
        self.failures = []

    def that(self, condition, message):
        if not condition:
            self.failures.append(message)
        return condition


def sha256_tree(root):
    """Every file under root: its sha256, or its type for special files (never opened)."""
    digests = {}
    for folder, dirs, names in os.walk(root):
        for name in sorted(names + [d for d in dirs if os.path.islink(os.path.join(folder, d))]):
            path = os.path.join(folder, name)
            st = os.lstat(path)
            rel = os.path.relpath(path, root)
            if stat.S_ISLNK(st.st_mode):
                digests[rel] = "link -> " + os.readlink(path)
            elif not stat.S_ISREG(st.st_mode):
                digests[rel] = f"special {stat.S_IFMT(st.st_mode):o} {st.st_rdev}"
            else:
                try:
                    with open(path, "rb") as f:
                        digests[rel] = hashlib.sha256(f.read()).hexdigest()
                except OSError as error:
                    digests[rel] = f"unreadable {error.errno}"
    return digests


class Scratch:
    """A scratch folder everyone may enter (so `nobody` can run inside it)."""

    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="encat-faults-")
        os.chmod(self.root, 0o755)

    def path(self, *parts):
        return os.path.join(self.root, *parts)

    def copy(self, source, name):
        shutil.copytree(source, self.path(name), symlinks=True)
        for folder, dirs, names in os.walk(self.path(name)):
            os.chmod(folder, 0o755)
            for n in names:
                os.chmod(os.path.join(folder, n), 0o644)
        return self.path(name)

    def write(self, name, content):
        with open(self.path(name), "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode())
        return self.path(name)

    def cleanup(self):
        subprocess.run(["chmod", "-R", "u+rwX", self.root])
        shutil.rmtree(self.root, ignore_errors=True)


class Tools:
    def __init__(self, validate, audit, source, shim):
        self.validate, self.audit, self.source, self.shim = validate, audit, source, shim

    def inputs(self, scratch, tool):
        """A small set of catalogs for the tool, copied into the scratch folder, and its arguments."""
        if tool == "validate":
            folder = scratch.copy(os.path.join(self.source, "tests/cli/validate/output_option_writes_the_report_to_a_file/catalogs"),
                                  "catalogs")
            return folder, [self.validate, "catalogs"]
        folder = scratch.copy(os.path.join(self.source, "tests/fixtures/audit/quzhou"), "catalogs")
        return folder, [self.audit, "catalogs", "--region", "330881"]


def run(argv, cwd, user=None, env=None, timeout=60, **kwargs):
    if user:
        if not shutil.which("setpriv"):
            raise Skip("no setpriv to run as an unprivileged user")
        argv = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] + argv
    full_env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    full_env["LC_ALL"] = "C.UTF-8"
    full_env.update(env or {})
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run(argv, cwd=cwd, env=full_env, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          timeout=timeout, **kwargs)


def need_root(why):
    if os.geteuid() != 0:
        raise Skip(f"{why} needs root")


def mknod(path, major, minor):
    need_root("mknod")
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(major, minor))


def is_char_device(path, major, minor):
    st = os.lstat(path)
    return stat.S_ISCHR(st.st_mode) and st.st_rdev == os.makedev(major, minor)


def unprivileged_user_cannot_enter(scratch, folder):
    """As root, chmod 000 does not stop reading: check `nobody` really is kept out."""
    if os.geteuid() != 0:
        return  # we are unprivileged ourselves
    probe = run(["ls", folder], cwd=scratch.root, user="nobody")
    if probe.returncode == 0:
        raise Skip("`nobody` can list the folder here; cannot make it unreadable")


def temp_files(folder):
    return sorted(n for n in os.listdir(folder) if ".tmp-" in n)


def both_tools(function):
    """Runs the check for each tool in its own scratch folder."""
    def each(tools, checks):
        for tool in ("validate", "audit"):
            scratch = Scratch()
            try:
                function(tools, checks, scratch, tool)
            finally:
                scratch.cleanup()
    return each


# --- outputs -----------------------------------------------------------------

@case("output-to-a-full-device-exits-2-with-a-message-and-stays-a-device")
@both_tools
def output_full(tools, checks, scratch, tool):
    mknod(scratch.path("full"), 1, 7)
    folder, argv = tools.inputs(scratch, tool)
    before = sha256_tree(folder)
    result = run(argv + ["-o", "full"], scratch.root)
    err = result.stderr.decode()
    checks.that(result.returncode == 2, f"{tool}: -o full: exit {result.returncode}, not 2")
    checks.that("error: 无法写入 `full`：磁盘空间不足" in err, f"{tool}: -o full: no clear message: {err!r}")
    checks.that(is_char_device(scratch.path("full"), 1, 7), f"{tool}: -o full replaced the device node")
    checks.that(sha256_tree(folder) == before, f"{tool}: inputs changed")
    result = run(argv + ["-o", "full", "--lang", "en"], scratch.root)
    checks.that("error: cannot write `full`: no space left on the device" in result.stderr.decode(),
                f"{tool}: --lang en: {result.stderr.decode()!r}")


@case("output-into-an-unwritable-folder-exits-2-and-writes-nothing")
@both_tools
def output_unwritable_folder(tools, checks, scratch, tool):
    folder, argv = tools.inputs(scratch, tool)
    os.mkdir(scratch.path("locked"), 0o755)  # root's: `nobody` may enter but not write
    if os.geteuid() != 0:
        os.chmod(scratch.path("locked"), 0o555)
    before = sha256_tree(scratch.root)
    result = run(argv + ["-o", "locked/out.json"], scratch.root, user=os.geteuid() == 0)
    err = result.stderr.decode()
    checks.that(result.returncode == 2, f"{tool}: exit {result.returncode}, not 2")
    checks.that("无法在目录 `locked` 中创建临时文件：没有写入权限" in err, f"{tool}: no clear message: {err!r}")
    checks.that(os.listdir(scratch.path("locked")) == [], f"{tool}: something was written")
    checks.that(sha256_tree(scratch.root) == before, f"{tool}: the scratch folder changed")


@case("output-onto-a-folder-is-a-usage-error")
@both_tools
def output_folder(tools, checks, scratch, tool):
    folder, argv = tools.inputs(scratch, tool)
    os.mkdir(scratch.path("reports"))
    scratch.write("reports/keep.txt", "keep")
    before = sha256_tree(scratch.root)
    result = run(argv + ["-o", "reports"], scratch.root)
    checks.that(result.returncode == 2, f"{tool}: exit {result.returncode}, not 2")
    checks.that(result.stderr.decode() == "error: `-o`：`reports` 是一个目录，请给出文件名\n",
                f"{tool}: message {result.stderr.decode()!r}")
    checks.that(result.stdout == b"", f"{tool}: output on stdout")
    checks.that(os.path.isdir(scratch.path("reports")) and sha256_tree(scratch.root) == before, f"{tool}: changed files")


@case("output-onto-a-device-node-writes-into-it-and-leaves-it-a-device")
@both_tools
def output_device(tools, checks, scratch, tool):
    mknod(scratch.path("null"), 1, 3)  # our own /dev/null
    folder, argv = tools.inputs(scratch, tool)
    before = sha256_tree(folder)
    result = run(argv + ["-o", "null"], scratch.root)
    checks.that(result.returncode in (0, 1), f"{tool}: exit {result.returncode}: {result.stderr.decode()!r}")
    checks.that(is_char_device(scratch.path("null"), 1, 3), f"{tool}: -o null replaced the device node")
    checks.that(temp_files(scratch.root) == [], f"{tool}: temporary files left: {temp_files(scratch.root)}")
    checks.that(sha256_tree(folder) == before, f"{tool}: inputs changed")
    # Through a symbolic link to the device: still written into, link and node kept.
    os.symlink("null", scratch.path("null-link"))
    result = run(argv + ["-o", "null-link"], scratch.root)
    checks.that(result.returncode in (0, 1), f"{tool}: via a link: exit {result.returncode}")
    checks.that(os.path.islink(scratch.path("null-link")) and is_char_device(scratch.path("null"), 1, 3),
                f"{tool}: the link or the node was replaced")


@case("output-onto-a-fifo-writes-into-it-and-leaves-it-a-fifo")
@both_tools
def output_fifo(tools, checks, scratch, tool):
    folder, argv = tools.inputs(scratch, tool)
    expected = run(argv, scratch.root).stdout
    os.mkfifo(scratch.path("pipe"))
    received = []
    # A daemon thread: if the FIFO is replaced, the reader waits forever on the old one.
    reader = threading.Thread(target=lambda: received.append(open(scratch.path("pipe"), "rb").read()), daemon=True)
    reader.start()
    result = run(argv + ["-o", "pipe"], scratch.root)
    reader.join(10)
    checks.that(result.returncode in (0, 1), f"{tool}: exit {result.returncode}: {result.stderr.decode()!r}")
    checks.that(received == [expected], f"{tool}: the FIFO did not receive the report")
    checks.that(stat.S_ISFIFO(os.lstat(scratch.path("pipe")).st_mode), f"{tool}: the FIFO was replaced")


@case("output-onto-an-input-is-a-usage-error-by-any-spelling")
@both_tools
def output_input(tools, checks, scratch, tool):
    folder, argv = tools.inputs(scratch, tool)
    victim = sorted(n for n in os.listdir(folder) if n.endswith(".yaml"))[0]
    os.link(os.path.join(folder, victim), scratch.path("hard.yaml"))
    os.symlink(f"catalogs/{victim}", scratch.path("soft.yaml"))
    scratch.write("ci.yaml", "severity:\n  W105: warning\n")
    before = sha256_tree(scratch.root)
    for output, extra in ((f"catalogs/{victim}", []), (f"./catalogs/../catalogs/{victim}", []), ("hard.yaml", []),
                          ("soft.yaml", []), ("ci.yaml", ["--config", "ci.yaml"]), ("./ci.yaml", ["--config", "ci.yaml"])):
        result = run(argv + extra + ["-o", output], scratch.root)
        err = result.stderr.decode()
        checks.that(result.returncode == 2, f"{tool}: -o {output}: exit {result.returncode}, not 2")
        what = "配置文件 `ci.yaml`" if "ci.yaml" in output else f"输入文件 `catalogs/{victim}`"
        checks.that(err == f"error: `-o {output}` 是{what}，输出不能覆盖输入\n", f"{tool}: -o {output}: {err!r}")
        checks.that(result.stdout == b"", f"{tool}: -o {output}: wrote to stdout")
        checks.that(sha256_tree(scratch.root) == before, f"{tool}: -o {output}: files changed")
    result = run(argv + ["-o", "hard.yaml", "--lang", "en"], scratch.root)
    checks.that(result.stderr.decode() ==
                f"error: `-o hard.yaml` is the input file `catalogs/{victim}`: an output must not replace an input\n",
                f"{tool}: --lang en: {result.stderr.decode()!r}")


@case("output-through-a-symlink-writes-its-target-and-keeps-the-link")
@both_tools
def output_symlink(tools, checks, scratch, tool):
    folder, argv = tools.inputs(scratch, tool)
    expected = run(argv, scratch.root).stdout
    os.mkdir(scratch.path("reports"))
    scratch.write("reports/out.txt", "old")
    os.chmod(scratch.path("reports/out.txt"), 0o600)
    os.symlink("reports/out.txt", scratch.path("out.txt"))
    result = run(argv + ["-o", "out.txt"], scratch.root)
    checks.that(result.returncode in (0, 1), f"{tool}: exit {result.returncode}")
    checks.that(os.path.islink(scratch.path("out.txt")), f"{tool}: the link was replaced by a file")
    with open(scratch.path("reports/out.txt"), "rb") as f:
        checks.that(f.read() == expected, f"{tool}: the file the link points to was not written")
    checks.that(stat.S_IMODE(os.stat(scratch.path("reports/out.txt")).st_mode) == 0o600, f"{tool}: mode not kept")
    checks.that(temp_files(scratch.root) == [] and temp_files(scratch.path("reports")) == [], f"{tool}: temp files")


@case("new-output-file-gets-the-mode-the-umask-allows-an-existing-one-keeps-its-mode")
@both_tools
def output_umask(tools, checks, scratch, tool):
    folder, argv = tools.inputs(scratch, tool)
    for mask, mode in ((0o027, 0o640), (0o077, 0o600), (0o002, 0o664), (0o000, 0o666)):
        name = f"new-{mask:03o}.txt"
        result = subprocess.run(argv + ["-o", name], cwd=scratch.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                preexec_fn=lambda: os.umask(mask))
        checks.that(result.returncode in (0, 1), f"{tool}: exit {result.returncode}")
        got = stat.S_IMODE(os.stat(scratch.path(name)).st_mode)
        checks.that(got == mode, f"{tool}: umask {mask:03o}: mode {got:o}, not {mode:o}")
    scratch.write("kept.txt", "old")
    os.chmod(scratch.path("kept.txt"), 0o604)
    subprocess.run(argv + ["-o", "kept.txt"], cwd=scratch.root, capture_output=True, preexec_fn=lambda: os.umask(0o077))
    got = stat.S_IMODE(os.stat(scratch.path("kept.txt")).st_mode)
    checks.that(got == 0o604, f"{tool}: an existing file's mode {got:o}, not 604")


@case("failed-write-to-standard-output-exits-2-with-a-message")
@both_tools
def stdout_failures(tools, checks, scratch, tool):
    folder, argv = tools.inputs(scratch, tool)
    mknod(scratch.path("full"), 1, 7)
    with open(scratch.path("full"), "wb") as full:
        result = run(argv, scratch.root, stdout=full)
    err = result.stderr.decode()
    checks.that(result.returncode == 2, f"{tool}: > full: exit {result.returncode}, not 2")
    checks.that(err.endswith("error: 无法写入标准输出：磁盘空间不足\n"), f"{tool}: > full: {err!r}")
    # A closed standard output (`>&-`): the shell closes fd 1 before exec.
    result = subprocess.run(["sh", "-c", '"$@" >&-', "_"] + argv, cwd=scratch.root, stderr=subprocess.PIPE)
    err = result.stderr.decode()
    checks.that(result.returncode == 2, f"{tool}: >&-: exit {result.returncode}, not 2")
    checks.that(err.endswith("error: 无法写入标准输出：标准输出已关闭\n"), f"{tool}: >&-: {err!r}")
    result = subprocess.run(["sh", "-c", '"$@" --lang en >&-', "_"] + argv, cwd=scratch.root, stderr=subprocess.PIPE)
    checks.that(result.stderr.decode().endswith("error: cannot write to standard output: it is closed\n"),
                f"{tool}: >&- --lang en: {result.stderr.decode()!r}")
    # A closed standard output with -o: the output file must not become fd 1.
    result = subprocess.run(["sh", "-c", '"$@" -o out.txt >&-', "_"] + argv, cwd=scratch.root, stderr=subprocess.PIPE)
    checks.that(result.returncode in (0, 1), f"{tool}: -o with >&-: exit {result.returncode}")


def many_findings_tree(scratch, copies):
    source = os.path.join(TOOLS.source, "tests/fixtures/many_findings")
    root = scratch.path("big")
    os.mkdir(root)
    shutil.copy(os.path.join(source, "registry.yaml"), root)
    for i in range(copies):
        folder = os.path.join(root, f"d{i:04d}")
        os.mkdir(folder)
        for name in ("encoding.yaml", "syntax.yaml", "township.yaml", "unified.yaml"):
            shutil.copy(os.path.join(source, name), folder)
    return root


def writing_output(pid, folder):
    """True while the process holds its output's temporary file open (named
    `.out.json.tmp-*`, or unnamed with O_TMPFILE: `folder/#123 (deleted)`)."""
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            if target.startswith(folder + "/") and (".tmp-" in target or target.endswith("(deleted)")):
                return True
    except OSError:
        pass
    return False


def kill_while_writing(argv, cwd, sig):
    """Runs argv and, once it is writing its output, stops it there, sends sig and lets it go.
    True when the signal landed during the write."""
    process = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    hit = False
    while process.poll() is None:
        if writing_output(process.pid, cwd):
            os.kill(process.pid, signal.SIGSTOP)
            if writing_output(process.pid, cwd):
                hit = True
                os.kill(process.pid, sig)
            os.kill(process.pid, signal.SIGCONT)
            if hit:
                break
        time.sleep(0.0002)
    process.wait()
    return hit


@case("sigkill-during-a-large-write-leaves-the-old-output-never-a-half-one")
def sigkill(tools, checks):
    """encat-validate --format json -o out.json over 3,200 files (about 6 MB of
    findings) is stopped while it writes its output, then sent SIGKILL,
    SIGTERM or SIGINT; and killed with SIGKILL at moments spread over a run.
    out.json must always be either the old content or the whole new report,
    the inputs unchanged. SIGTERM and SIGINT must leave no temporary file. The
    output is written to an unnamed O_TMPFILE file, named and renamed only once
    complete, so SIGKILL leaves none either (where O_TMPFILE is unavailable a
    named `.out.json.tmp-XXXXXX` is used and SIGKILL may leave it: counted)."""
    scratch = Scratch()
    try:
        root = many_findings_tree(scratch, 800)
        argv = [tools.validate, "big", "--format", "json", "-o", "out.json"]
        started = time.monotonic()
        result = run(argv, scratch.root, timeout=300)
        seconds = time.monotonic() - started
        checks.that(result.returncode == 1, f"reference run: exit {result.returncode}")
        with open(scratch.path("out.json"), "rb") as f:
            full = f.read()
        json.loads(full)
        inputs = sha256_tree(root)
        orphans = {}
        outcomes = {"old": 0, "new": 0, "half": 0}
        hits = {}

        def attempt(label, run_once):
            scratch.write("out.json", "old report\n")
            for name in temp_files(scratch.root):
                os.remove(scratch.path(name))
            landed = run_once()
            with open(scratch.path("out.json"), "rb") as f:
                content = f.read()
            state = "old" if content == b"old report\n" else "new" if content == full else "half"
            outcomes[state] += 1
            checks.that(state != "half", f"{label}: out.json is neither old nor complete ({len(content)} of {len(full)} bytes)")
            left = temp_files(scratch.root)
            orphans[label] = orphans.get(label, 0) + len(left)
            checks.that(all(n.startswith(".out.json.tmp-") for n in left), f"{label}: unexpected files: {left}")
            return landed, state, left

        for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGINT):
            label = f"{sig.name} while writing"
            hits[label] = 0
            for _ in range(4):  # until the signal lands during the write
                landed, state, left = attempt(label, lambda: kill_while_writing(argv, scratch.root, sig))
                if landed:
                    hits[label] += 1
                    checks.that(state == "old", f"{label}: out.json is not the old content")
                    if sig != signal.SIGKILL:
                        checks.that(left == [], f"{label}: left a temporary file: {left}")
                    break
            checks.that(hits[label] > 0, f"{label}: never caught the program writing (4 runs)")
        for step in range(4):
            def timed():
                process = subprocess.Popen(argv, cwd=scratch.root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(seconds * (0.2 + 0.25 * step))
                process.kill()
                process.wait()
                return False
            attempt("SIGKILL at a moment", timed)
        checks.that(sha256_tree(root) == inputs, "inputs changed")
        print(f"reference run {seconds:.2f} s, {len(full)} bytes; outcomes {outcomes}; "
              f"signals landed while writing {hits}; temporary files left {orphans}")
    finally:
        scratch.cleanup()


# --- inputs ------------------------------------------------------------------

def check_input_problem(tools, checks, scratch, tool, folder, argv, message, user=None, extra=()):
    """The run exits 2 with `message`, writes no output (an old out.json is kept) and changes no input."""
    scratch.write("out.json", "old report\n")
    if user:
        os.chmod(scratch.path("out.json"), 0o666)
    before = sha256_tree(folder)
    result = run(argv + list(extra) + ["-o", "out.json"], scratch.root, user=user, timeout=20)
    err = result.stderr.decode()
    checks.that(result.returncode == 2, f"{tool}: exit {result.returncode}, not 2: {err!r}")
    checks.that(message in err, f"{tool}: no message {message!r} in {err!r}")
    with open(scratch.path("out.json"), "rb") as f:
        checks.that(f.read() == b"old report\n", f"{tool}: out.json was written")
    checks.that(temp_files(scratch.root) == [], f"{tool}: temporary files left")
    checks.that(sha256_tree(folder) == before, f"{tool}: inputs changed")


@case("input-fifo-exits-2-without-hanging-and-writes-no-output")
@both_tools
def input_fifo(tools, checks, scratch, tool):
    folder, argv = tools.inputs(scratch, tool)
    os.mkfifo(os.path.join(folder, "pipe.yaml"))
    check_input_problem(tools, checks, scratch, tool, folder, argv, "无法读取 `catalogs/pipe.yaml`：不是普通文件")
    check_input_problem(tools, checks, scratch, tool, folder, argv, "无法读取 `catalogs/pipe.yaml`：不是普通文件",
                        extra=["catalogs/pipe.yaml"])


@case("input-symlink-loop-exits-2-named-as-a-loop")
@both_tools
def input_loop(tools, checks, scratch, tool):
    folder, argv = tools.inputs(scratch, tool)
    os.symlink("loop.yaml", os.path.join(folder, "loop.yaml"))
    check_input_problem(tools, checks, scratch, tool, folder, argv, "无法读取 `catalogs/loop.yaml`：符号链接循环")
    os.symlink("missing.yaml", os.path.join(folder, "dangling.yaml"))
    check_input_problem(tools, checks, scratch, tool, folder, argv,
                        "无法读取 `catalogs/dangling.yaml`：符号链接指向的文件不存在")
    os.remove(os.path.join(folder, "loop.yaml"))
    os.remove(os.path.join(folder, "dangling.yaml"))
    os.symlink("given", scratch.path("given"))
    check_input_problem(tools, checks, scratch, tool, folder, argv, "无法读取 `given`：符号链接循环", extra=["given"])


@case("input-unreadable-folder-exits-2-as-an-unprivileged-user")
@both_tools
def input_unreadable_folder(tools, checks, scratch, tool):
    folder, argv = tools.inputs(scratch, tool)
    secret = os.path.join(folder, "secret")
    os.mkdir(secret)
    shutil.copy(os.path.join(folder, sorted(n for n in os.listdir(folder) if n.endswith(".yaml"))[0]),
                os.path.join(secret, "hidden-catalog.yaml"))
    os.chmod(secret, 0o700)  # root's: `nobody` cannot list it
    if os.geteuid() != 0:
        os.chmod(secret, 0o000)
    unprivileged_user_cannot_enter(scratch, secret)
    user = "nobody" if os.geteuid() == 0 else None
    check_input_problem(tools, checks, scratch, tool, folder, argv, "无法列出目录 `catalogs/secret` 的内容：没有读取权限",
                        user=user)
    result = run(argv + ["--lang", "en"], scratch.root, user=user)
    checks.that("error: cannot list the folder `catalogs/secret`: permission denied" in result.stderr.decode(),
                f"{tool}: --lang en: {result.stderr.decode()!r}")


@case("input-file-vanishing-between-listing-and-reading-exits-2-with-a-message")
@both_tools
def input_vanishing(tools, checks, scratch, tool):
    if not tools.shim or not os.path.exists(tools.shim):
        raise Skip("the vanish shim was not built")
    folder, argv = tools.inputs(scratch, tool)
    victim = sorted(n for n in os.listdir(folder) if n.endswith(".yaml"))[-1]
    shutil.copy(os.path.join(folder, victim), os.path.join(folder, "vanish.yaml"))
    env = {"LD_PRELOAD": tools.shim, "ASAN_OPTIONS": "verify_asan_link_order=0:" + os.environ.get("ASAN_OPTIONS", "")}
    result = run(argv + (["--registry", "zhejiang-registry"] if tool == "validate" else []), scratch.root, env=env)
    err = result.stderr.decode()
    checks.that(not os.path.exists(os.path.join(folder, "vanish.yaml")), f"{tool}: the shim did not remove the file")
    checks.that(result.returncode == 2, f"{tool}: exit {result.returncode}, not 2: {err!r}")
    checks.that("error: 无法读取 `catalogs/vanish.yaml`：文件不存在" in err, f"{tool}: no clear message: {err!r}")


@case("paths-with-spaces-and-chinese-characters-are-read-and-named")
@both_tools
def input_names(tools, checks, scratch, tool):
    folder, argv = tools.inputs(scratch, tool)
    plain = run(argv, scratch.root)
    os.rename(folder, scratch.path("浙江 目录"))
    folder = scratch.path("浙江 目录")
    argv = [argv[0], "浙江 目录"] + argv[2:]
    before = sha256_tree(folder)
    result = run(argv + ["-o", "报告 输出.txt"], scratch.root)
    checks.that(result.returncode == plain.returncode, f"{tool}: exit {result.returncode}, not {plain.returncode}")
    with open(scratch.path("报告 输出.txt"), "rb") as f:
        checks.that(f.read() == plain.stdout.replace(b"catalogs/", "浙江 目录/".encode()),
                    f"{tool}: the report differs beyond the folder's name")
    checks.that(sha256_tree(folder) == before, f"{tool}: inputs changed")
    os.symlink("不存在 的.yaml", os.path.join(folder, "断开 的链接.yaml"))
    check_input_problem(tools, checks, scratch, tool, folder, argv,
                        "无法读取 `浙江 目录/断开 的链接.yaml`：符号链接指向的文件不存在")


# --- usage errors --------------------------------------------------------------

@case("usage-errors-are-chinese-by-default-and-english-with-lang-en")
def usage_errors(tools, checks):
    scratch = Scratch()
    try:
        _, argv = tools.inputs(scratch, "validate")
        for extra, zh, en in (
                (["--bogus"], "error: 没有 `--bogus` 这个选项", "The following argument was not expected: --bogus"),
                (["--format", "xml"], "error: `--format` 的值 `xml` 无效，可选：`text`、`json`、`sarif`、`junit`、`github`",
                 "--format: xml not in {text,json,sarif,junit,github}"),
                (["-j", "0"], "error: `--jobs` 的值 `0` 无效：应为 1 到 1024 之间的整数", "--jobs: Value 0 not in range 1 to 1024"),
                (["--format"], "error: `--format` 后面缺少 FORMAT，可选：`text`、`json`、`sarif`、`junit`、`github`", "--format: 1 required"),
                (["--explain", "E999"], "error: `--explain`：没有编号为 `E999` 的检查项（见 docs/findings/）",
                 "--explain: no finding code `E999` (see docs/findings/)")):
            result = run(argv + extra, scratch.root)
            err = result.stderr.decode()
            checks.that(result.returncode == 2, f"{extra}: exit {result.returncode}")
            checks.that(err == zh + "\n用 --help 查看用法。\n", f"{extra}: zh {err!r}")
            for lang in (["--lang", "en"], ["--lang=en"]):
                result = run([argv[0]] + lang + argv[1:] + extra, scratch.root)
                err = result.stderr.decode()
                checks.that(result.returncode == 2 and err.startswith(en) and "Run with --help" in err,
                            f"{extra} {lang}: en {err!r}")
        result = run([tools.audit, "catalogs", "--region", "330881", "--province"], scratch.root)
        checks.that(result.stderr.decode() == "error: `--region` 与 `--province` 不能同时使用\n用 --help 查看用法。\n",
                    f"audit excludes: {result.stderr.decode()!r}")
        result = run([tools.validate, "--help"], scratch.root)
        checks.that(result.returncode == 0 and b"--output" in result.stdout, "--help no longer works")
    finally:
        scratch.cleanup()


TOOLS = None


def main():
    global TOOLS
    name, validate, audit, source = sys.argv[1:5]
    TOOLS = Tools(validate, audit, source, sys.argv[5] if len(sys.argv) > 5 else None)
    checks = Checks()
    try:
        CASES[name](TOOLS, checks)
    except Skip as why:
        print(f"skipped: {why}")
        return SKIP
    for failure in checks.failures:
        print(failure)
    return 1 if checks.failures else 0


if __name__ == "__main__":
    sys.exit(main())
