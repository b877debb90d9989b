#!/usr/bin/env python3
"""Every description a program's --help shows is in the command line's
language, so an option added without a translation fails CI.

Usage: check_all_translated.py TOOLS_DIR

For each program it reads the man page (`--man`, Chinese; `--man --lang en`),
which is generated from the same CLI11 definitions as --help: the summary
(NAME), each option's and positional's description (the line after its tag)
and each subcommand's (after `.SS`), and for encat its list of commands.
The rules, outside `code in backticks` (and references such as encat-fmt(1)):
- Chinese: at least one CJK character, and no ASCII `,` `;` `(` `)` or a `:`
  next to a space or CJK character (Chinese text takes ，；（）：).
- English: no CJK character or full-width punctuation except inside ASCII
  parentheses, where a domain word is glossed: "a yearly addition list
  ADDITION (新增目录)", "zh (简体中文)".
And every value placeholder of `--cli-spec` says what the value is: never
CLI11's TEXT, INT, UINT, FLOAT, BOOLEAN or an empty one for an option that
takes a value (the completion scripts read them).
"""
import re
import subprocess
import sys

PROGRAMS = ["encat", "encat-validate", "encat-audit", "encat-fmt", "encat-diff", "encat-merge", "encat-publish",
            "encat-import"]
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WIDE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
CLI11_TYPES = {"TEXT", "INT", "UINT", "FLOAT", "BOOLEAN", "NUMBER", "ENUM"}


def plain(roff):
    """Roff text as the reader sees it."""
    text = roff.replace("\\:", "").replace("\\&", "").replace("\\-", "-").replace("\\e", "\\")
    return re.sub(r"\\f[BIRP]", "", text)


def descriptions(page):
    """(what, text) for the summary, every option, positional, subcommand and command of a man page."""
    lines = page.splitlines()
    found = []
    section = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(".SH "):
            section = plain(line[4:]).strip('"')
            if section in ("NAME", "名称") and i + 1 < len(lines):
                found.append(("summary", plain(lines[i + 1]).split(" - ", 1)[-1]))
        elif line.startswith(".SS ") and i + 1 < len(lines):
            found.append((f"subcommand {line[4:]}", plain(lines[i + 1])))
        elif line == ".TP" and section in ("OPTIONS", "选项", "SUBCOMMANDS", "子命令", "COMMANDS", "命令") \
                and i + 2 < len(lines):
            tag = plain(lines[i + 1]).removeprefix(".B ")
            body = []
            for follow in lines[i + 2:]:
                if follow.startswith("."):
                    break
                body.append(plain(follow))
            found.append((tag, " ".join(body)))
        i += 1
    return found


def outside_backticks(text):
    """The text without `code` and man page references such as encat-fmt(1)."""
    return re.sub(r"`[^`]*`|[\w-]+\(\d\)", "", text)


def chinese_problem(text):
    rest = outside_backticks(text)
    if not CJK.search(text):
        return "has no Chinese"
    if re.search(r"[,;()]", rest):
        return "has ASCII punctuation (Chinese text takes ，；（）)"
    if re.search(r":(\s|$)|(?<=[\u4e00-\u9fff）]):", rest):
        return "has an ASCII colon (Chinese text takes ：)"
    return None


def english_problem(text):
    rest = outside_backticks(text)
    while True:  # the parenthesised glosses, innermost first
        shorter = re.sub(r"\([^()]*\)", "", rest)
        if shorter == rest:
            break
        rest = shorter
    if WIDE.search(rest):
        return "has Chinese outside parentheses"
    return None


def run(tools, program, *args):
    return subprocess.run([f"{tools}/{program}", *args], capture_output=True, text=True, check=True).stdout


def main():
    tools = sys.argv[1]
    failures = []
    checked = 0
    for program in PROGRAMS:
        for lang, args, problem in (("zh", [], chinese_problem), ("en", ["--lang", "en"], english_problem)):
            for what, text in descriptions(run(tools, program, "--man", *args)):
                checked += 1
                why = problem(text)
                if why:
                    failures.append(f"{program} ({lang}) {what}: {why}: {text!r}")
        for line in run(tools, program, "--cli-spec").splitlines():
            fields = line.split("\t")
            if fields[0] == "option" and fields[3] in CLI11_TYPES:
                failures.append(f"{program} {fields[1]} {fields[2]}: placeholder {fields[3]!r} says nothing")
            if fields[0] == "positional" and fields[3] in CLI11_TYPES:
                failures.append(f"{program} {fields[1]} positional {fields[2]}: placeholder {fields[3]!r} says nothing")
    if checked < 200:  # the parse found the options (about 250 entries in each language)
        failures.append(f"only {checked} descriptions found: the man page layout changed?")
    for failure in failures:
        print(failure)
    print(f"{checked} descriptions checked, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
