#!/usr/bin/env python3
"""Runs the examples of docs/findings/<CODE>.md and compares their output.

Every page of a finding code shows a failing example: the input files, the
command and the program's output. This runs each of them with the real
programs in a temporary folder and compares the output exactly, so a change
of a message, a caret or a summary line cannot leave a page stale.

    run.py BIN_DIR [PAGE…]            check (every page when none is named)
    run.py BIN_DIR --pages DIR …      the pages of another folder (the runner's own tests)
    run.py BIN_DIR --update [PAGE…]   rewrite the outputs in the pages from real runs
                                      (also with ENCAT_BLESS=1, the switch of the CLI goldens)

`tests/docs_examples/update.sh [BUILD_DIR]` runs the second, then the first,
with the programs of build/: one command re-blesses every page.

How a page is read (the structure every page follows):

- An input file is a ```yaml (or, for encat-import's T-pages, ```csv) block
  whose nearest non-blank line above names the file in backticks: the first
  `…` token there ending in `.yaml` or `.csv` (for example "统一目录
  `catalogs/zhejiang/unified-2022.yaml`："). A block without such a line, or
  with a line that is only `…` (an excerpt), is no input. An .xlsx input is
  copied from the repository by an example-setup.
- A ```console block is an example: its first line is `$ ` and the command
  (`encat-validate …`, `encat-audit …` or `encat-import …`), the rest is exactly what the
  command prints (standard output, then standard error). A last line `…`
  means the output goes on: only the lines above it are compared.
- A ```diff block is a fix: `--- PATH` and `+++ PATH` name the file, the hunks
  (`@@ -l,n +l,n @@`, context checked) are applied to it (after any setup).
- `<!-- example-setup: SHELL -->` (may span lines) runs with `sh -e` in the
  temporary folder before the command, after the files are written (one
  above the page's first console block is part of the example and runs
  first, before every block; a later one belongs to the next block); it sees
  ENCAT_SOURCE_DIR (the repository) and may copy from it
  (`cp -R "$ENCAT_SOURCE_DIR/catalogs" .`) or derive a variant with sed.
- `<!-- example-files-from: B302.md -->` above the first console block adds
  the example files of another page (`B302.md fixed`: with that page's
  diffs applied), for a page whose prose says its other files are the same
  as there; the page's own files win.
- `<!-- example-not-run: WHY -->` marks the next console block as not run;
  every such block must be listed in NOT_RUN below with its reason, so the
  exceptions stay few and reviewed.

The files above a page's first console block make its example and are there
for every console block of the page. A file, a diff or a setup that comes
later applies to the next console block only (a fix, a variant), and the
folder is built afresh for each block.

Each page must have at least one example that runs; zero pages, or zero
examples, is a failure.
"""
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGES_DIR = os.path.join(SOURCE_DIR, "docs", "findings")
PAGE_NAME = re.compile(r"^[BEWT]\d{3}\.md$")
PROGRAMS = ("encat-validate", "encat-audit", "encat-import")

# (page, command) of every console block that is not run, with the reason; the page says the same
# in its `<!-- example-not-run: … -->` marker.
NOT_RUN = {}

FENCE = re.compile(r"^```(\w*)\s*$")
FILE_NAME = re.compile(r"`([^`\s]+\.(?:ya?ml|csv))`")
SETUP = re.compile(r"<!--\s*example-setup:(.*?)-->", re.S)
FILES_FROM = re.compile(r"<!--\s*example-files-from:(.*?)-->", re.S)
NOT_RUN_MARK = re.compile(r"<!--\s*example-not-run:(.*?)-->", re.S)
HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class PageError(Exception):
    pass


def blocks(text):
    """The page as a list of (kind, value, first line number, last line number):
    ("yaml", (path or None, content)), ("console", (command, output)), ("diff", (path, lines)),
    ("setup", shell), ("not-run", why), ("files-from", "PAGE" or "PAGE fixed")."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = FENCE.match(line)
        if fence:
            lang, start = fence.group(1), i
            i += 1
            while i < len(lines) and lines[i].rstrip() != "```":
                i += 1
            if i == len(lines):
                raise PageError(f"line {start + 1}: the ``` block is not closed")
            body = lines[start + 1:i]
            before = next((lines[j] for j in range(start - 1, -1, -1) if lines[j].strip()), "")
            if lang in ("yaml", "csv"):
                name = FILE_NAME.search(before)
                excerpt = any(b.strip() == "…" for b in body)
                out.append(("yaml", (name.group(1) if name and not excerpt else None,
                                     "\n".join(body) + "\n"), start + 1, i + 1))
            elif lang == "console":
                if not body or not body[0].startswith("$ "):
                    raise PageError(f"line {start + 2}: a console block starts with `$ ` and the command")
                out.append(("console", (body[0][2:], body[1:]), start + 1, i + 1))
            elif lang == "diff":
                if len(body) < 2 or not body[0].startswith("--- ") or not body[1].startswith("+++ "):
                    raise PageError(f"line {start + 2}: a diff block starts with `--- PATH` and `+++ PATH`")
                if body[0][4:] != body[1][4:]:
                    raise PageError(f"line {start + 2}: the diff's `---` and `+++` name different files")
                out.append(("diff", (body[0][4:], body[2:]), start + 1, i + 1))
            i += 1
            continue
        for pattern, kind in ((SETUP, "setup"), (NOT_RUN_MARK, "not-run"), (FILES_FROM, "files-from")):
            if re.match(r"\s*" + pattern.pattern[:pattern.pattern.index(":")], line):
                rest = "\n".join(lines[i:])
                match = pattern.match(rest.lstrip())
                if not match:
                    raise PageError(f"line {i + 1}: the <!-- … --> marker is not closed")
                end = i + match.group(0).count("\n")
                out.append((kind, match.group(1).strip(), i + 1, end + 1))
                i = end
                break
        i += 1
    return out


def apply_diff(text, hunks, where):
    """The text with the hunks applied; the context and removed lines must match."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    offset = 0
    at = 0
    while at < len(hunks):
        head = HUNK.match(hunks[at])
        if not head:
            raise PageError(f"{where}: expected a hunk header `@@ -l,n +l,n @@`, got `{hunks[at]}`")
        old_start = int(head.group(1))
        at += 1
        old, new = [], []
        while at < len(hunks) and not hunks[at].startswith("@@"):
            mark, rest = hunks[at][:1], hunks[at][1:]
            if mark in (" ", ""):
                old.append(rest)
                new.append(rest)
            elif mark == "-":
                old.append(rest)
            elif mark == "+":
                new.append(rest)
            else:
                raise PageError(f"{where}: a hunk line starts with ` `, `-` or `+`: `{hunks[at]}`")
            at += 1
        begin = old_start - 1 + offset if old else old_start + offset
        if lines[begin:begin + len(old)] != old:
            raise PageError(f"{where}: the diff does not apply at line {old_start}: the file has\n"
                            + "\n".join(lines[begin:begin + len(old)]))
        lines[begin:begin + len(old)] = new
        offset += len(new) - len(old)
    return "\n".join(lines) + "\n"


def read_page(page):
    with open(os.path.join(PAGES_DIR, page), encoding="utf-8") as f:
        return f.read()


def page_example(page, fixed=False, seen=()):
    """The files of the page's example (above its first console block, with the files it takes from
    other pages); `fixed`: with every diff of the page applied."""
    if page in seen:
        raise PageError(f"example-files-from goes round in a circle through {page}")
    own, borrowed, diffs = {}, {}, []
    seen_console = False
    for kind, value, first, last in blocks(read_page(page)):
        if kind == "console":
            seen_console = True
        elif kind == "yaml" and value[0] and not seen_console:
            own[value[0]] = value[1]
        elif kind == "files-from" and not seen_console:
            words = value.split()
            if not words or len(words) > 2 or (len(words) == 2 and words[1] != "fixed"):
                raise PageError(f"docs/findings/{page}:{first}: write `<!-- example-files-from: PAGE.md -->` "
                                "or `… PAGE.md fixed -->`")
            borrowed.update(page_example(words[0], len(words) == 2, seen + (page,)))
        elif kind == "diff":
            diffs.append((value, f"docs/findings/{page}:{first}"))
    files = dict(borrowed)
    files.update(own)
    if fixed:
        for (name, hunks), where in diffs:
            if name in files:
                files[name] = apply_diff(files[name], hunks, where)
    return files


def run_example(bin_dir, files, setup, diffs, command):
    """What the command prints, run in a fresh folder holding the files, after the setup and the diffs."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "ENCAT_BLESS")}
    env["LC_ALL"] = "C.UTF-8"
    env["ENCAT_SOURCE_DIR"] = SOURCE_DIR
    argv = shlex.split(command)
    if not argv or argv[0] not in PROGRAMS:
        raise PageError(f"`$ {command}`: the command must be one of {', '.join(PROGRAMS)}")
    argv[0] = os.path.join(bin_dir, argv[0])
    with tempfile.TemporaryDirectory(prefix="encat-docs-") as work:
        for path, content in files.items():
            os.makedirs(os.path.dirname(os.path.join(work, path)) or work, exist_ok=True)
            with open(os.path.join(work, path), "w", encoding="utf-8") as f:
                f.write(content)
        if setup:
            done = subprocess.run(["sh", "-e", "-c", setup], cwd=work, env=env, stdin=subprocess.DEVNULL,
                                  capture_output=True)
            if done.returncode != 0:
                raise PageError(f"`$ {command}`: the example-setup failed ({done.returncode}):\n"
                                + done.stderr.decode(errors="replace"))
        for (name, hunks), where in diffs:
            target = os.path.join(work, name)
            if not os.path.isfile(target):
                raise PageError(f"{where}: the diff names `{name}`, which the example does not have")
            with open(target, encoding="utf-8") as f:
                patched = apply_diff(f.read(), hunks, where)
            with open(target, "w", encoding="utf-8") as f:
                f.write(patched)
        result = subprocess.run(argv, cwd=work, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                                timeout=120)
        subprocess.run(["chmod", "-R", "u+rwX", work])
    return (result.stdout + result.stderr).decode("utf-8", errors="replace")


def check_page(page, bin_dir, update):
    """(failures, examples run, not run, new page text or None)."""
    text = read_page(page)
    failures, ran, skipped = [], 0, 0
    lines = text.split("\n")
    replacements = []  # (first output line index, last index exclusive, new lines)
    base = page_example(page)  # the page's example: the files above its first console block
    base_setup = None
    pending_files, pending_diffs, pending_setup, pending_not_run = {}, [], None, None
    seen_console = False
    for kind, value, first, last in blocks(text):
        where = f"docs/findings/{page}:{first}"
        if kind == "yaml":
            name, content = value
            if name and seen_console:
                pending_files[name] = content
        elif kind == "diff":
            pending_diffs.append((value, where))
        elif kind == "setup" and not seen_console:
            base_setup = value
        elif kind == "setup":
            pending_setup = value
        elif kind == "not-run":
            pending_not_run = value
        elif kind == "files-from" and seen_console:
            failures.append(f"{where}: example-files-from belongs above the page's first console block")
        elif kind == "console":
            seen_console = True
            command, shown = value
            try:
                if pending_not_run is not None:
                    reason = NOT_RUN.get((page, command))
                    if reason is None:
                        raise PageError(f"`$ {command}` is marked example-not-run but is not listed in NOT_RUN "
                                        "of tests/docs_examples/run.py")
                    skipped += 1
                    continue
                files = dict(base)
                files.update(pending_files)
                setup = "\n".join(s for s in (base_setup, pending_setup) if s)
                actual = run_example(bin_dir, files, setup, pending_diffs, command).split("\n")
                if actual and actual[-1] == "":
                    actual.pop()
                ran += 1
                truncated = bool(shown) and shown[-1] == "…"
                expected = shown[:-1] if truncated else shown
                got = actual[:len(expected)] if truncated else actual
                if got != expected:
                    if update:
                        new = (actual[:len(expected)] + ["…"]) if truncated and len(actual) > len(expected) else actual
                        replacements.append((first + 1, last - 1, new))  # the output lines of the block
                    else:
                        diff = difflib.unified_diff(expected, got, "the page", "the program", lineterm="")
                        failures.append(f"{where}: `$ {command}` prints something else (update.sh rewrites "
                                        "the page from real runs):\n" + "\n".join(diff))
            except PageError as error:
                failures.append(f"{where}: {error}")
            finally:
                pending_files, pending_diffs, pending_setup, pending_not_run = {}, [], None, None
    if pending_diffs or pending_files or pending_setup or pending_not_run is not None:
        failures.append(f"docs/findings/{page}: a file, diff or example marker after the last console block "
                        "belongs to no example")
    new_text = None
    if replacements:
        for begin, end, new in reversed(replacements):
            lines[begin:end] = new
        new_text = "\n".join(lines)
    return failures, ran, skipped, new_text


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    global PAGES_DIR
    bin_dir = os.path.abspath(argv[1])
    rest = argv[2:]
    if "--pages" in rest:  # another folder of pages (the runner's own tests)
        at = rest.index("--pages")
        PAGES_DIR = os.path.abspath(rest[at + 1])
        del rest[at:at + 2]
    update = "--update" in rest or os.environ.get("ENCAT_BLESS") == "1"
    named = [a for a in rest if a != "--update"]
    pages = sorted(p for p in os.listdir(PAGES_DIR) if PAGE_NAME.match(p))
    if named:
        pages = [os.path.basename(p) for p in named]
    failures = []
    total_ran = total_skipped = 0
    for page in pages:
        try:
            page_failures, ran, skipped, new_text = check_page(page, bin_dir, update)
        except PageError as error:
            failures.append(f"docs/findings/{page}: {error}")
            continue
        failures += page_failures
        total_ran += ran
        total_skipped += skipped
        if ran == 0:
            failures.append(f"docs/findings/{page}: no example of the page runs (each page needs one)")
        if new_text is not None:
            with open(os.path.join(PAGES_DIR, page), "w", encoding="utf-8") as f:
                f.write(new_text)
            print(f"updated docs/findings/{page}")
    if not pages:
        failures.append("no pages docs/findings/<CODE>.md were found")
    listed = sum(1 for key in NOT_RUN if key[0] in pages)
    if total_skipped != listed:
        failures.append(f"NOT_RUN lists {listed} blocks of these pages but {total_skipped} are marked "
                        "example-not-run in them: keep the two the same")
    for failure in failures:
        print(failure + "\n")
    print(f"{len(pages)} pages: {total_ran} examples run, {total_skipped} not run (listed), "
          f"{len(failures)} failures")
    if total_ran == 0:
        print("no example ran")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
