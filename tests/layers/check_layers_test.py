#!/usr/bin/env python3
"""scripts/check_layers.py can fail: each case breaks the layering of a copy of
lib/ (or of a tiny table) in one way and pins the exact message and exit 1;
`this-checkout-passes` checks this checkout's lib/.

  check_layers_test.py SOURCE_DIR CASE
"""
import os
import shutil
import subprocess
import sys
import tempfile

SOURCE = os.path.abspath(sys.argv[1])
CASE = sys.argv[2]
SCRIPT = os.path.join(SOURCE, "scripts", "check_layers.py")


def run(*args):
    done = subprocess.run([sys.executable, SCRIPT, *args], capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


def expect(result, rc, stdout):
    got_rc, got_stdout, got_stderr = result
    if got_rc != rc or got_stdout != stdout or got_stderr:
        print(f"expected exit {rc} and stdout:\n{stdout}---\ngot exit {got_rc}, stdout:\n{got_stdout}---\n"
              f"stderr:\n{got_stderr}---")
        sys.exit(1)
    print(f"ok: exit {rc}, {len(stdout.splitlines())} line(s)")


def expect_added(root, result, added):
    """Exit 1 with exactly the lines of the unchanged lib/ (none, normally;
    `this-checkout-passes` fails on those) and the `added` ones."""
    _, baseline, _ = run("--root", os.path.join(root, "unchanged"))
    got_rc, got_stdout, got_stderr = result
    if got_rc != 1 or sorted(got_stdout.splitlines()) != sorted(baseline.splitlines() + added) or got_stderr:
        print("expected exit 1 and these lines:\n" + "\n".join(added) +
              (f"\n(besides those of the unchanged lib/:\n{baseline})" if baseline else "") +
              f"\n---\ngot exit {got_rc}, stdout:\n{got_stdout}---\nstderr:\n{got_stderr}---")
        sys.exit(1)
    print(f"ok: exit 1 with {len(added)} line(s) added")


def copy_of_lib(temp):
    for name in ("unchanged", "changed"):
        shutil.copytree(os.path.join(SOURCE, "lib"), os.path.join(temp, name, "lib"),
                        ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return os.path.join(temp, "changed")


def add_line(path, before_line, text):
    """Inserts `text` as line `before_line` (1-based) of `path`; returns that line number."""
    with open(path, encoding="utf-8") as file:
        lines = file.read().split("\n")
    lines.insert(before_line - 1, text)
    with open(path, "w", encoding="utf-8") as file:
        file.write("\n".join(lines))
    return before_line


def first_include_line(path):
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if line.startswith("#include"):
                return number
    return 1


with tempfile.TemporaryDirectory() as temp:
    if CASE == "this-checkout-passes":
        expect(run(), 0, "")
    elif CASE == "an-upward-include-fails":  # util includes model: model is above util
        root = copy_of_lib(temp)
        header = os.path.join(root, "lib", "util", "utf8.h")
        line = add_line(header, first_include_line(header), '#include "model/catalog.h"')
        expect_added(temp, run("--root", root),
                     [f"lib/util/utf8.h:{line}: area `util` may not include `model/…` (model is above util)"])
    elif CASE == "an-upward-include-in-angle-brackets-fails":  # the <…> form of the same include is caught too
        root = copy_of_lib(temp)
        source = os.path.join(root, "lib", "diag", "code.cpp")
        line = add_line(source, 2, "#include <render/findings.h>")
        expect_added(temp, run("--root", root),
                     [f"lib/diag/code.cpp:{line}: area `diag` may not include `render/…` (render is above diag)"])
    elif CASE == "a-sideways-include-fails":  # neither is below the other
        root = copy_of_lib(temp)
        source = os.path.join(root, "lib", "rules", "rules.cpp")
        line = add_line(source, first_include_line(source), '#include "audit/audit.h"')
        expect_added(temp, run("--root", root),
                     [f"lib/rules/rules.cpp:{line}: area `rules` may not include `audit/…` (audit is not below rules)"])
    elif CASE == "a-folder-not-in-the-table-fails":  # a new folder must be added to the table
        root = copy_of_lib(temp)
        os.makedirs(os.path.join(root, "lib", "gadgets"))
        with open(os.path.join(root, "lib", "gadgets", "gadget.h"), "w") as file:
            file.write('#pragma once\n#include "util/utf8.h"\n')
        source = os.path.join(root, "lib", "util", "utf8.cpp")
        line = add_line(source, first_include_line(source), '#include "gadgets/gadget.h"')
        expect_added(temp, run("--root", root),
                     ["lib/gadgets/: area `gadgets` is not in the layer table (scripts/check_layers.py)",
                      f"lib/util/utf8.cpp:{line}: area `util` includes `gadgets/…`, which is no area of the layer table"])
    elif CASE == "a-link-dependency-against-the-table-fails":  # a library linking upward contradicts the table
        root = copy_of_lib(temp)
        listing = os.path.join(root, "lib", "CMakeLists.txt")
        with open(listing, encoding="utf-8") as file:
            text = file.read()
        marker = "encat_area(diag   DIRS diag   DEPS encat_util"
        if marker not in text:
            print(f"lib/CMakeLists.txt no longer has `{marker}`: update this test")
            sys.exit(1)
        line = text[: text.index(marker)].count("\n") + 1
        with open(listing, "w", encoding="utf-8") as file:
            file.write(text.replace(marker, marker + " encat_model"))
        expect_added(temp, run("--root", root),
                     [f"lib/CMakeLists.txt:{line}: `encat_diag` links `encat_model`, but area `diag` may not include `model/…`"])
    elif CASE == "a-cycle-in-the-table-fails":  # a table whose areas depend on each other in a ring
        os.makedirs(os.path.join(temp, "lib"))
        table = os.path.join(temp, "table")
        with open(table, "w") as file:
            file.write("util:\ndiag: util model\nyaml: diag\nmodel: yaml\n")
        expect(run("--root", temp, "--table", table), 1, "the layer table has a cycle: diag → model → yaml → diag\n")
    else:
        print(f"unknown case `{CASE}`")
        sys.exit(2)
