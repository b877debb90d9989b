#!/usr/bin/env python3
"""One hostile-strings check: a tool, a format, its output held to the format.

  run.py validate FORMAT ENCAT_VALIDATE          (text json sarif junit github)
  run.py audit FORMAT ENCAT_AUDIT [--province]   (text markdown json html)

Writes the catalogs of hostile.py into a temporary folder, runs the tool there
and checks what it printed:
- every format: valid UTF-8 with no raw ESC, no other control character but
  the newline, no C1 control and no bidi override or other invisible format
  character (JSON escapes them, text shows them as ␛ or U+FFFD);
- json, sarif: parse, and the hostile strings and file names come back exactly;
- junit: well-formed XML (xmllint --noout), no element but JUnit's;
- html: parses (xmllint --html; html.parser), no element, attribute or script
  that the report does not make itself, the strings back in its text;
- markdown: every table row has the header's number of cells, every code span
  is closed, no HTML but <code>; where cmark-gfm is installed, rendered as
  GitHub renders it: no element but the report's, every row full, the
  strings back in its text;
- github: one workflow command per finding, each one line, with the
  properties file, line, col and title only.
Exits 0 when everything holds, 1 with the reasons otherwise.
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hostile  # noqa: E402

problems = []


def problem(text):
    problems.append(text)


def shown(text, limit=160):
    text = repr(text)
    return text if len(text) <= limit else text[:limit] + "…"


# Hostile strings a renderer can carry through unchanged (no control or
# format character, no line break): these must come back exactly.
PLAIN = [h for h in hostile.HOSTILE
         if not any(unicodedata.category(c) in ("Cc", "Cf") for c in h)]


def check_terminal_safe(text, what):
    """No character that a terminal acts on or hides."""
    for i, c in enumerate(text):
        cat = unicodedata.category(c)
        if (cat == "Cc" and c != "\n") or cat == "Cf":
            line = text.count("\n", 0, i) + 1
            problem(f"{what}: raw U+{ord(c):04X} on line {line}: "
                    f"{shown(text[max(0, i - 40):i + 40])}")
            return


def decode(data, what):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        problem(f"{what}: not UTF-8: {error}")
        return data.decode("utf-8", "replace")


def run(command, cwd):
    result = subprocess.run(command, cwd=cwd, capture_output=True, stdin=subprocess.DEVNULL,
                            env=dict(os.environ, LC_ALL="C.UTF-8"))
    return result.returncode, result.stdout, result.stderr


# ---- the formats ------------------------------------------------------------

def check_json(text, files, what):
    try:
        document = json.loads(text)
    except ValueError as error:
        problem(f"{what}: does not parse as JSON: {error}")
        return None
    found = []

    def walk(value, key=None):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str):
            found.append((key, value))
    walk(document)
    strings = [v for _, v in found]
    for h in hostile.HOSTILE:
        if not any(h in v for v in strings):
            problem(f"{what}: {shown(h)} does not come back in any string")
    file_values = {os.path.normpath(v) for k, v in found if k == "file"}
    for f in files:
        if os.path.normpath(f) not in file_values:
            problem(f"{what}: the file name {shown(f)} does not come back")
    return document


def check_sarif(text, files, what):
    try:
        document = json.loads(text)
    except ValueError as error:
        problem(f"{what}: does not parse as JSON: {error}")
        return
    messages, uris = [], set()
    for result in document["runs"][0]["results"]:
        messages.append(result["message"]["text"])
        for location in result.get("locations", []) + result.get("relatedLocations", []):
            uri = location["physicalLocation"]["artifactLocation"]["uri"]
            uris.add(os.path.normpath(urllib.parse.unquote(uri)))
            if "message" in location:
                messages.append(location["message"]["text"])
    for h in hostile.HOSTILE:
        if not any(h in m for m in messages):
            problem(f"{what}: {shown(h)} does not come back in a message")
    for f in files:
        if os.path.normpath(f) not in uris:
            problem(f"{what}: the file name {shown(f)} does not come back as a uri")


def check_junit(data, what, scratch, expected):
    path = os.path.join(scratch, "out.xml")
    with open(path, "wb") as f:
        f.write(data)
    lint = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
    if lint.returncode != 0:
        problem(f"{what}: not well-formed XML: {lint.stderr[:400]}")
        return
    import xml.etree.ElementTree as ET
    root = ET.fromstring(data)
    allowed = {"testsuites", "testsuite", "testcase", "failure", "system-out"}
    texts = []
    for element in root.iter():
        if element.tag not in allowed:
            problem(f"{what}: an element <{element.tag}> was injected")
        texts.extend(element.attrib.values())
        texts.append(element.text or "")
    joined = "\n".join(texts)
    for h in expected:
        if h not in joined:
            problem(f"{what}: {shown(h)} does not come back in the XML's text")


class HtmlCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.text, self.scripts = [], [], [], 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.scripts += tag == "script"
        for name, value in attrs:
            self.attributes.append(name)
            self.text.append(value or "")

    handle_startendtag = handle_starttag

    def handle_data(self, data):
        self.text.append(data)


REPORT_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "header", "footer", "section", "h1", "h2",
    "h3", "p", "dl", "dt", "dd", "div", "span", "small", "b", "ul", "li", "code", "table", "colgroup", "col",
    "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "svg", "g", "line", "circle", "text",
    "tspan", "rect", "path", "script",
}


def check_html(data, what, scratch, scripts_expected, expected):
    path = os.path.join(scratch, "out.html")
    with open(path, "wb") as f:
        f.write(data)
    lint = subprocess.run(["xmllint", "--html", "--noout", path], capture_output=True, text=True)
    # libxml2's HTML parser is HTML 4: it does not know <section>, <svg>, …
    errors = [line for line in lint.stderr.splitlines()
              if "parser error" in line and not re.search(r"Tag \w+ invalid", line)]
    if lint.returncode != 0 or errors:
        problem(f"{what}: xmllint --html: {errors[:3] or lint.returncode}")
    parser = HtmlCollector()
    parser.feed(data.decode("utf-8", "replace"))
    parser.close()
    for tag in sorted(set(parser.tags) - REPORT_TAGS):
        problem(f"{what}: an element <{tag}> was injected")
    for name in parser.attributes:
        if name.startswith("on"):
            problem(f"{what}: an attribute {name} was injected")
    if parser.scripts != scripts_expected:
        problem(f"{what}: {parser.scripts} <script> elements, expected {scripts_expected}")
    # The page's own <b>s carry no attribute; the hostile one would carry onmouseover.
    joined = "".join(parser.text)
    for h in expected:
        if h not in joined:
            problem(f"{what}: {shown(h)} does not come back in the page's text")


def gfm_cells(row):
    """The cells of a GFM table row: `\\` escapes the next ASCII punctuation, `|` splits."""
    cells, current, i = [], "", 0
    body = row.strip()
    if body.startswith("|"):
        body = body[1:]
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body) and body[i + 1] in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~":
            current += body[i:i + 2]
            i += 2
            continue
        if c == "|":
            cells.append(current)
            current = ""
        else:
            current += c
        i += 1
    if current.strip():
        cells.append(current)
    return cells


def code_spans_closed(line):
    """Every unescaped run of backticks is closed by a run of the same length."""
    i = 0
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line) and line[i + 1] in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~":
            i += 2
            continue
        if c == "`":
            run_length = len(line[i:]) - len(line[i:].lstrip("`"))
            match = re.compile(r"(?<!`)" + "`" * run_length + r"(?!`)").search(line, i + run_length)
            if not match:
                return False
            i = match.end()
            continue
        i += 1
    return True


def outside_code(line):
    """The line without its code spans (and <code>…</code>)."""
    out, i = "", 0
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line):
            out += line[i:i + 2]
            i += 2
            continue
        if c == "`":
            run_length = len(line[i:]) - len(line[i:].lstrip("`"))
            match = re.compile(r"(?<!`)" + "`" * run_length + r"(?!`)").search(line, i + run_length)
            i = match.end() if match else len(line)
            continue
        out += c
        i += 1
    return out


MARKDOWN_TAGS = {"h1", "h2", "h3", "p", "table", "thead", "tbody", "tr", "th", "td", "code", "strong", "ul", "li",
                 "blockquote"}


def check_markdown(text, what, expected):
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if not code_spans_closed(line):
            problem(f"{what}: line {number} has a code span that is not closed: {shown(line)}")
        rest = re.sub(r"</?code>", "", outside_code(line))
        if "<" in rest:
            problem(f"{what}: line {number} carries raw HTML: {shown(line)}")
    # Tables: consecutive lines starting with `|`.
    table = []
    for number, line in enumerate(lines + [""], 1):
        if line.startswith("|"):
            table.append((number, line))
            continue
        if table:
            width = len(gfm_cells(table[0][1]))
            for row_number, row in table:
                if len(gfm_cells(row)) != width:
                    problem(f"{what}: table row on line {row_number} has {len(gfm_cells(row))} cells, "
                            f"the header {width}: {shown(row)}")
            table = []
    cmark = shutil.which("cmark-gfm")
    if not cmark:
        print("note: cmark-gfm is not installed: the markdown is not rendered")
        return
    rendered = subprocess.run([cmark, "--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink"],
                              input=text.encode(), capture_output=True, check=True).stdout.decode()
    parser = HtmlCollector()
    parser.feed(rendered)
    parser.close()
    for tag in sorted(set(parser.tags) - MARKDOWN_TAGS):
        problem(f"{what}: rendered, it has an element <{tag}>")
    for table_html in re.findall(r"<table>(.*?)</table>", rendered, re.S):
        counts = [len(re.findall(r"<t[hd][ >]", r)) for r in re.findall(r"<tr>(.*?)</tr>", table_html, re.S)]
        if len(set(counts)) != 1:
            problem(f"{what}: rendered, a table's rows have {counts} cells")
    joined = "".join(parser.text)
    for h in expected:
        if h not in joined:
            problem(f"{what}: rendered, {shown(h)} does not come back in its text")


def check_github(text, findings, what):
    lines = text.split("\n")
    if lines[-1] != "":
        problem(f"{what}: does not end with a newline")
    lines = lines[:-1]
    commands = [line for line in lines if line.startswith("::")]
    if len(commands) != findings or len(lines) != findings + 1:
        problem(f"{what}: {len(commands)} commands in {len(lines)} lines for {findings} findings")
    for line in commands:
        match = re.match(r"::(error|warning) ([^:]*)::(.*)$", line)
        if not match:
            problem(f"{what}: not a workflow command: {shown(line)}")
            continue
        keys = [p.split("=", 1)[0] for p in match.group(2).split(",")]
        if keys[0] != "file" or keys[-1] != "title" or not set(keys) <= {"file", "line", "col", "title"}:
            problem(f"{what}: properties {keys} in {shown(line)}")
        if re.search(r"%(?!25|0D|0A|3A|2C)", match.group(2)) or re.search(r"%(?!25|0D|0A)", match.group(3)):
            problem(f"{what}: a `%` not escaped: {shown(line)}")


# ---- the tools --------------------------------------------------------------

def main():
    tool, fmt, program = sys.argv[1:4]
    province = "--province" in sys.argv[4:]
    scratch = tempfile.mkdtemp(prefix="encat-hostile-")
    try:
        what = f"{tool} --format {fmt}" + (" --province" if province else "")
        if tool == "validate":
            files = hostile.make_validate(scratch)
            files = [f for f in files if f != "registry.yaml"]
            command = [program, "--format", fmt, "--color", "never", "--lang", "en", "."]
            expected_rc = {1}
        else:
            catalogs = hostile.make_audit(scratch)
            # The files with findings: the supervision list and the file left out.
            files = [os.path.relpath(os.path.join(root, name), scratch)
                     for root, _, names in os.walk(catalogs) for name in names
                     if name in hostile.FILE_NAMES[1:3]]
            command = [program, "catalogs", "--targets", "quzhou-targets", "--format", fmt, "--color", "never",
                       "--lang", "en"]
            command += ["--province"] if province else ["--region", "330881", "--years", "2022-2023"]
            expected_rc = {2}  # a file is left out
        rc, out, err = run(command, scratch)
        if rc not in expected_rc:
            problem(f"{what}: exit {rc}, expected {sorted(expected_rc)}; stderr: {shown(err.decode('utf-8', 'replace'), 600)}")
        text = decode(out, what)
        errors = decode(err, what + " (stderr)")
        if any(unicodedata.category(c) in ("Cc", "Cf") and c != "\n" for c in errors):
            problem(f"{what}: stderr carries raw control or format characters: {shown(errors, 300)}")
        check_terminal_safe(text, what)  # JSON too: escaped as \uXXXX, the strings the same
        if fmt == "text" and "\x1b" in text:
            problem(f"{what}: ESC with --color never")

        # What must come back exactly where a format can carry it: the league
        # shows only the left-out file's findings.
        expected = ["jiangshan `|` <b>中文"] if province else PLAIN
        if fmt == "json":
            if tool == "validate":
                check_json(text, files, what)
            elif province:
                check_json_reading(text, files, what)
            else:
                check_json(text, files, what)
        elif fmt == "sarif":
            check_sarif(text, files, what)
        elif fmt == "junit":
            check_junit(out, what, scratch, expected)
        elif fmt == "github":
            rc_json, json_out, _ = run([program, "--format", "json", "--lang", "en", "."], scratch)
            findings = len(json.loads(json_out)["findings"])
            check_github(text, findings, what)
        elif fmt == "html":
            check_html(out, what, scratch, 1 if province else 0, expected)
        elif fmt == "markdown":
            check_markdown(text, what, expected)
        elif fmt == "text" and tool == "validate":
            # Each finding's header, one line each: as many as the JSON has.
            _, json_out, _ = run([program, "--format", "json", "--lang", "en", "."], scratch)
            findings = len(json.loads(json_out)["findings"])
            headers = len(re.findall(r"^(error|warning)\[[EWB]\d{3}\]: ", text, re.M))
            if headers != findings:
                problem(f"{what}: {headers} finding headers for {findings} findings")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    for p in problems:
        print("FAIL:", p)
    print(f"{what}: {'ok' if not problems else f'{len(problems)} problems'}")
    return 1 if problems else 0


def check_json_reading(text, files, what):
    """The league: only the left-out file's findings carry hostile text."""
    try:
        document = json.loads(text)
    except ValueError as error:
        problem(f"{what}: does not parse as JSON: {error}")
        return
    broken = [f for f in files if os.path.basename(f) == hostile.FILE_NAMES[2]]
    found = {os.path.normpath(f["file"]) for f in document["findings"]}
    messages = "\n".join(f["message"] for f in document["findings"])
    for f in broken:
        if os.path.normpath(f) not in found:
            problem(f"{what}: the file name {shown(f)} does not come back")
    key = "titel" + hostile.HOSTILE[0] + hostile.HOSTILE[6]
    if key not in messages:
        problem(f"{what}: the key {shown(key)} does not come back in a message")


if __name__ == "__main__":
    sys.exit(main())
