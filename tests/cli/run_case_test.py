#!/usr/bin/env python3
"""run_case.py can fail on what a command writes: cases made here, one per way to get it wrong.

    run_case_test.py BIN_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RUN_CASE = os.path.join(HERE, "run_case.py")
CATALOG = 'kind: unified\nid: zj-unified-2022\n'


def run(case, bin_dir, bless=False):
    env = {k: v for k, v in os.environ.items() if k != "ENCAT_BLESS"}
    if bless:
        env["ENCAT_BLESS"] = "1"
    done = subprocess.run([sys.executable, RUN_CASE, case, bin_dir], capture_output=True, env=env)
    return done.returncode, done.stdout.decode()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    bin_dir = sys.argv[1]
    failures = []

    def expect(what, got, rc, needle):
        code, out = got
        if code != rc or needle not in out:
            failures.append(f"{what}: expected exit {rc} and `{needle}`, got exit {code}:\n{out}")

    with tempfile.TemporaryDirectory() as temp:
        case = os.path.join(temp, "writes_a_report")
        write(os.path.join(case, "cmd"), "encat-validate --format json -o out.json catalogs\n")
        write(os.path.join(case, "catalogs", "unified-2022.yaml"), CATALOG)
        pin = os.path.join(case, "expected.files", "out.json")

        expect("blessing pins the written file", run(case, bin_dir, bless=True), 0, "blessed")
        if not os.path.isfile(pin):
            failures.append("blessing did not write expected.files/out.json")
        expect("the blessed case", run(case, bin_dir), 0, "")

        write(pin, "other content\n")
        expect("other content", run(case, bin_dir), 1, "expected.files/out.json differs")

        os.remove(pin)
        expect("a created file without pinned content", run(case, bin_dir), 1,
               "the run created `out.json` but expected.files/out.json does not pin its content")

        run(case, bin_dir, bless=True)
        write(os.path.join(case, "expected.files", "other.json"), "{}\n")
        expect("a pinned file the run did not write", run(case, bin_dir), 1,
               "expected.files/other.json pins a file the run did not write")
        os.remove(os.path.join(case, "expected.files", "other.json"))

        # A command that rewrites one of its inputs: a failure unless the new content is pinned.
        rewrite = os.path.join(temp, "rewrites_an_input")
        shutil.copytree(case, rewrite)
        shutil.rmtree(os.path.join(rewrite, "expected.files"))
        os.remove(os.path.join(rewrite, "expected.created"))
        write(os.path.join(rewrite, "cmd"), "encat-validate --format json -o catalogs/report.json catalogs\n")
        write(os.path.join(rewrite, "setup"), "echo old > catalogs/report.json\n")
        expect("a rewritten input without pinned content", run(rewrite, bin_dir), 1,
               "the run changed its inputs: catalogs/report.json")
        expect("blessing pins the rewritten input", run(rewrite, bin_dir, bless=True), 0,
               "the run rewrote its input `catalogs/report.json`")
        expect("the rewritten input pinned", run(rewrite, bin_dir), 0, "")

    for failure in failures:
        print(failure)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
