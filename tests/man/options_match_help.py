"""A program's man page lists the options and positionals its --help lists
(the same names, per subcommand), in both languages.

Usage: options_match_help.py TOOLS_DIR MAN_DIR NAME
MAN_DIR holds man1/NAME.1 (English) and zh_CN/man1/NAME.1 (Chinese).
"""
import re
import subprocess
import sys

HELP_SECTIONS = {"Positionals:": "positional", "位置参数：": "positional", "Options:": "option",
                 "选项：": "option", "Subcommands:": "subcommand", "子命令：": "subcommand"}
MAN_SECTIONS = {"OPTIONS": "options", "选项": "options", "SUBCOMMANDS": "subcommands", "子命令": "subcommands"}


def help_items(program, args):
    """The names --help lists: {('option', '--format'), ('positional', 'PATH'), ('subcommand', 'add')}."""
    out = subprocess.run([program, *args, "--help"], capture_output=True, text=True, check=True).stdout
    items, section = set(), None
    for line in out.splitlines():
        if line and not line.startswith(" "):
            section = HELP_SECTIONS.get(line.strip())
            continue
        if section and re.match(r"  \S", line):
            first = line.split()[0]
            if section == "option":
                items.update(("option", name) for name in first.split(","))
            else:
                items.add((section, first))
    return items


def man_items(page):
    """The names the page's OPTIONS and SUBCOMMANDS sections list, per scope ('-' or a subcommand)."""
    scopes, scope, section, tag_next = {"-": set()}, "-", None, False
    for line in open(page, encoding="utf-8").read().splitlines():
        if line.startswith(".SH "):
            section, scope = MAN_SECTIONS.get(line[4:].strip()), "-"
            continue
        if not section:
            continue
        if line.startswith(".SS "):
            scope = line[4:].strip()
            scopes.setdefault(scope, set())
            scopes["-"].add(("subcommand", scope))
            continue
        if line == ".TP":
            tag_next = True
            continue
        if tag_next:
            tag_next = False
            if line.startswith("\\fI"):
                scopes[scope].add(("positional", re.match(r"\\fI([^\\]+)\\fR", line).group(1)))
            for name in re.findall(r"\\fB((?:\\-)+[^\\ ]+(?:\\-[^\\ ]+)*)\\fR", line):
                scopes[scope].add(("option", name.replace("\\-", "-")))
    return scopes


def main():
    tools, man_dir, name = sys.argv[1:4]
    program = f"{tools}/{name}"
    failures = []
    for lang, page in (("en", f"{man_dir}/man1/{name}.1"), ("zh", f"{man_dir}/zh_CN/man1/{name}.1")):
        lang_args = ["--lang", "en"] if lang == "en" else []
        scopes = man_items(page)
        for scope, listed in sorted(scopes.items()):
            helped = help_items(program, ([] if scope == "-" else [scope]) + lang_args)
            if not helped:
                failures.append(f"{name} {scope} --help ({lang}) lists nothing")
            if listed != helped:
                failures.append(f"{page} [{scope}]: only in the page {sorted(listed - helped)}, "
                                f"only in --help {sorted(helped - listed)}")
        if len(scopes["-"]) < 2:
            failures.append(f"{page}: lists almost nothing: {sorted(scopes['-'])}")
    print("\n".join(failures) or f"{name}: the man pages list what --help lists")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
