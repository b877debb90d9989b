#!/usr/bin/env python3
"""The layering of lib/, checked (issue 7; docs/architecture.md).

Each area of lib/ (one folder) may include only the areas below it: those
its line of LAYERS names, and what those may include in turn. The check fails
(exit 1, one line per violation) on

  - an include of an area that is not below the including one (upward or
    sideways), in `#include "b/…"` or `#include <b/…>` form;
  - a folder of lib/ that is not in the table (a new area is added here first);
  - a cycle in the table, or a name in it that is no area;
  - a link dependency in lib/CMakeLists.txt (`encat_area(a … DEPS encat_b)`)
    that the table does not allow, or an area of lib/ with no library: the
    libraries mirror the table.

Tools (tools/) may include anything and are not checked.

  scripts/check_layers.py                  checks this checkout's lib/
  scripts/check_layers.py --root DIR       checks DIR/lib/ (tests/layers/)
  scripts/check_layers.py --table FILE     takes the table from FILE (same format)
"""
import argparse
import os
import re
import sys

# area: the areas it may include directly (it may also include what they may).
# Dependencies point down: an area comes after every area it names.
LAYERS = """
util:
diag:    util
yaml:    diag util
schema:  yaml diag util
config:  schema yaml diag util
model:   schema yaml diag util
write:   model schema yaml diag util
rules:   model schema yaml diag util
report:  diag util
audit:   report model schema yaml diag util
render:  report diag util
diff:    write model schema yaml diag util
merge:   write model schema yaml diag util
tabular: util
publish: report tabular diff write model schema yaml diag util
present: render audit diff merge publish report tabular model schema yaml diag util
import:  report tabular rules write model schema yaml diag util
"""

INCLUDE = re.compile(r'^\s*#\s*include\s*(["<])([^">]+)[">]')
SOURCE_SUFFIXES = (".h", ".hpp", ".cpp", ".cc", ".inc")


def parse_table(text, origin):
    """{area: [names]} in table order, and the problems of the table's form."""
    table, problems = {}, []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        area, colon, rest = line.partition(":")
        area = area.strip()
        if not colon or not re.fullmatch(r"[a-z_][a-z0-9_]*", area):
            problems.append(f"{origin}:{number}: expected `area: areas below it`, got `{line}`")
            continue
        if area in table:
            problems.append(f"{origin}:{number}: area `{area}` is in the table twice")
            continue
        table[area] = rest.split()
    for area, below in table.items():
        for name in below:
            if name not in table:
                problems.append(f"{origin}: area `{area}` names `{name}`, which is no area of the table")
            elif name == area:
                problems.append(f"{origin}: area `{area}` names itself")
    return table, problems


def find_cycle(table):
    """One cycle of the table as [a, b, …, a], or None."""
    state = {}  # area → 1 while on the path, 2 when done
    path = []

    def visit(area):
        state[area] = 1
        path.append(area)
        for name in table.get(area, []):
            if name not in table or name == area:
                continue
            if state.get(name) == 1:
                return path[path.index(name):] + [name]
            if name not in state:
                cycle = visit(name)
                if cycle:
                    return cycle
        path.pop()
        state[area] = 2
        return None

    for area in table:
        if area not in state:
            cycle = visit(area)
            if cycle:
                return cycle
    return None


def closure(table):
    """{area: every area it may include}: what it names, and what those may include."""
    allowed = {}

    def below(area):
        if area not in allowed:
            allowed[area] = set()
            result = set()
            for name in table.get(area, []):
                if name in table and name != area:
                    result.add(name)
                    result |= below(name)
            allowed[area] = result
        return allowed[area]

    for area in table:
        below(area)
    return allowed


def check_includes(root, table, allowed):
    lib = os.path.join(root, "lib")
    problems = []
    folders = sorted(entry for entry in os.listdir(lib) if os.path.isdir(os.path.join(lib, entry)))
    for folder in folders:
        if folder not in table:
            problems.append(f"lib/{folder}/: area `{folder}` is not in the layer table (scripts/check_layers.py)")
    known = set(table) | set(folders)
    for folder in folders:
        for directory, subdirs, files in os.walk(os.path.join(lib, folder)):
            subdirs.sort()
            for name in sorted(files):
                if not name.endswith(SOURCE_SUFFIXES):
                    continue
                path = os.path.join(directory, name)
                shown = os.path.relpath(path, root).replace(os.sep, "/")
                with open(path, encoding="utf-8", errors="replace") as source:
                    for number, line in enumerate(source, 1):
                        match = INCLUDE.match(line)
                        if not match or "/" not in match.group(2):
                            continue
                        target = match.group(2).split("/", 1)[0]
                        if match.group(1) == "<" and target not in known:
                            continue  # a system or third-party header (<fmt/format.h>)
                        if target == folder or folder not in table:
                            continue
                        if target not in table:
                            problems.append(f"{shown}:{number}: area `{folder}` includes `{target}/…`, "
                                            f"which is no area of the layer table")
                        elif target not in allowed[folder]:
                            where = "above" if folder in allowed[target] else "not below"
                            problems.append(f"{shown}:{number}: area `{folder}` may not include `{target}/…` "
                                            f"({target} is {where} {folder})")
    return problems


def check_cmake(root, table, allowed):
    """Each encat_area's link dependencies on other areas are allowed by the table."""
    path = os.path.join(root, "lib", "CMakeLists.txt")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as listing:
        text = listing.read()
    libraries = {}  # encat_<name> → (line, [dirs], [encat_* deps])
    for match in re.finditer(r"^\s*encat_area\(([^)]*)\)", text, re.M):
        line = text.count("\n", 0, match.start()) + 1
        words = re.sub(r"#[^\n]*", "", match.group(1)).split()
        if not words:
            continue
        section, dirs, deps = None, [], []
        for word in words[1:]:
            if word in ("DIRS", "DEPS", "PRIVATE_DEPS", "EXTRA"):
                section = word
            elif section == "DIRS":
                dirs.append(word)
            elif section in ("DEPS", "PRIVATE_DEPS") and word.startswith("encat_"):
                deps.append(word)
        libraries["encat_" + words[0]] = (line, dirs, deps)
    problems = []
    built = {area for _, dirs, _ in libraries.values() for area in dirs}
    lib = os.path.join(root, "lib")
    for folder in sorted(os.listdir(lib)):
        if os.path.isdir(os.path.join(lib, folder)) and folder in table and folder not in built:
            problems.append(f"lib/CMakeLists.txt: area `{folder}` has no library (add `encat_area({folder} DIRS {folder} …)`)")
    for library, (line, dirs, deps) in libraries.items():
        for dep in deps:
            if dep not in libraries:
                continue  # not an area library: nothing to check
            for area in dirs:
                for other in libraries[dep][1]:
                    if area in table and other in table and other != area and other not in allowed[area]:
                        problems.append(f"lib/CMakeLists.txt:{line}: `{library}` links `{dep}`, but area `{area}` "
                                        f"may not include `{other}/…`")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                        help="the checkout whose lib/ is checked (default: this one)")
    parser.add_argument("--table", help="a file holding the layer table (default: the one in this script)")
    options = parser.parse_args()
    if options.table:
        with open(options.table, encoding="utf-8") as table_file:
            table, problems = parse_table(table_file.read(), options.table)
    else:
        table, problems = parse_table(LAYERS, "scripts/check_layers.py")
    cycle = find_cycle(table)
    if cycle:
        problems.append("the layer table has a cycle: " + " → ".join(cycle))
    if not problems:
        allowed = closure(table)
        problems += check_includes(options.root, table, allowed)
        problems += check_cmake(options.root, table, allowed)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
