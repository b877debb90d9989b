#!/usr/bin/env python3
"""The docs-example runner can fail: each way a page can be wrong, on pages made here.

    runner_test.py BIN_DIR
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RUN = os.path.join(HERE, "run.py")

EXAMPLE = """# E999 example_page

`catalogs/a.yaml`:

```yaml
kind: unified
id: a
```

```console
$ encat-validate catalogs
{output}
```
"""


def run(bin_dir, pages, *args):
    done = subprocess.run([sys.executable, RUN, bin_dir, "--pages", pages, *args], capture_output=True,
                          env={k: v for k, v in os.environ.items() if k != "ENCAT_BLESS"})
    return done.returncode, done.stdout.decode()


def write(folder, name, text):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    bin_dir = sys.argv[1]
    failures = []

    def expect(what, got, rc, needle):
        code, out = got
        if code != rc or needle not in out:
            failures.append(f"{what}: expected exit {rc} and `{needle}`, got exit {code}:\n{out}")

    with tempfile.TemporaryDirectory() as pages:
        expect("no pages at all", run(bin_dir, pages), 1, "no pages docs/findings/<CODE>.md were found")

        write(pages, "E999.md", "# E999 example_page\n\nNo example here.\n")
        expect("a page without an example", run(bin_dir, pages), 1, "no example of the page runs")

        write(pages, "E999.md", EXAMPLE.format(output="this is not what it prints"))
        expect("a stale output", run(bin_dir, pages), 1, "E999.md:10: `$ encat-validate catalogs` prints something else")

        # --update writes the real output into the page; then it passes, and the page says what the program says.
        expect("--update", run(bin_dir, pages, "--update"), 0, "updated docs/findings/E999.md")
        expect("the updated page", run(bin_dir, pages), 0, "1 pages: 1 examples run")
        with open(os.path.join(pages, "E999.md"), encoding="utf-8") as f:
            if "this is not what it prints" in f.read():
                failures.append("--update left the stale output in the page")

        write(pages, "E999.md", EXAMPLE.format(output="this is not what it prints").replace(
            "```console", "<!-- example-not-run: because -->\n```console"))
        expect("a not-run marker not listed in NOT_RUN", run(bin_dir, pages), 1, "is not listed in NOT_RUN")

        write(pages, "E999.md", EXAMPLE.format(output="x").replace("```console", "```diff\n--- catalogs/a.yaml\n"
                                                                   "+++ catalogs/a.yaml\n@@ -1 +1 @@\n-kind: township\n"
                                                                   "+kind: unified\n```\n\n```console"))
        expect("a diff that does not apply", run(bin_dir, pages), 1, "the diff does not apply at line 1")

        write(pages, "E999.md", EXAMPLE.format(output="x").replace("```console", "<!-- example-setup: false -->\n```console"))
        expect("a failing setup", run(bin_dir, pages), 1, "the example-setup failed")

        write(pages, "E999.md", EXAMPLE.format(output="x").replace("$ encat-validate", "$ rm -rf"))
        expect("a command that is not one of the programs", run(bin_dir, pages), 1, "the command must be one of")

    for failure in failures:
        print(failure)
    print(f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
