#!/usr/bin/env python3
"""A catalog published as a table and imported back (issue 9, "Round trip").

  roundtrip.py TOOLS CATALOGS FILE FORMAT TABLE WORK

TOOLS holds encat-publish, encat-import and encat-diff; CATALOGS is the
folder every catalog is loaded from (a township's sources are there); FILE is
the catalog under test (inside CATALOGS); FORMAT csv or xlsx; TABLE `full`
(`--columns full --all`: the exchange table, which carries every field) or
`default` (the notice's own table). WORK is a scratch folder (emptied).

  1. encat-publish CATALOGS --catalog ID --format FORMAT [--columns full --all] -o WORK/table.FORMAT
  2. encat-import WORK/table.FORMAT --kind KIND --id ID --title … (every header
     field of FILE by its flag) -o WORK/imported.yaml: must exit 0
  3. encat-diff --format json FILE WORK/imported.yaml (--sources CATALOGS)

full: no difference at all (exit 0): no matter added, removed, recoded or
changed and no header field, except those in NOT_CARRIED (header fields a
table cannot carry; none today).

default: the matters the notice lists are the matters in force (those not
in force are the only ones removed), none added or recoded, and every field
that differs is one the default table does not show (NOT_SHOWN, by kind):
each field it shows came back equal.

Standard library only. Exit 0 when the round trip holds, 1 when it does not
(every difference listed), 2 when a step cannot run.
"""
import json
import os
import re
import shutil
import subprocess
import sys

# Header fields and the encat-import flag that sets each.
FLAGS = {
    "title": "--title", "region": "--region", "county": "--county", "edition": "--edition",
    "effective": "--effective", "issuer": "--issuer", "document": "--document", "approval": "--approval",
    "supersedes": "--supersedes", "extends": "--extends", "draws_from": "--draws-from",
    "department": "--department",
}
# Header fields no table (and no flag) carries: allowed to differ after a full round trip.
NOT_CARRIED = set()

# The fields of a matter (or entry) the default table does not show, by kind
# (lib/publish/notice.cpp columns_of; a domain shows as its group's heading).
NOT_SHOWN = {
    "unified": {"power", "township", "traits", "status", "note"},
    "extension": {"power", "township", "traits", "status", "note"},
    "department": {"scope", "scope_note", "boundary", "from", "township", "traits", "status", "note"},
    "township": set(),  # an entry is its code and note; both show
    "supervision": {"inspections", "note"},
}


def fail(message):
    print("roundtrip: " + message, file=sys.stderr)
    sys.exit(2)


def header_of(path):
    """The top-level scalar and flow-list fields of a catalog file."""
    out = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^([a-z_]+):[ \t]*(.*?)[ \t]*$", line)
        if not m or not m.group(2):
            continue
        key, value = m.group(1), re.sub(r"[ \t]+#.*$", "", m.group(2))
        if value.startswith("["):
            items = [v.strip().strip('"').strip("'") for v in value.strip("[]").split(",")]
            out[key] = [v for v in items if v]
        else:
            out[key] = value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'" else value
    return out


def run(cmd, expect):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in expect:
        print("$ " + " ".join(cmd), file=sys.stderr)
        print(p.stdout[-4000:] + p.stderr[-4000:], file=sys.stderr)
        print("roundtrip: exit %d, expected %s" % (p.returncode, " or ".join(map(str, expect))), file=sys.stderr)
        sys.exit(1)
    return p


def main():
    if len(sys.argv) != 7:
        fail("usage: roundtrip.py TOOLS CATALOGS FILE FORMAT TABLE WORK")
    tools, catalogs, path, fmt, table, work = sys.argv[1:]
    tool = lambda name: os.path.join(tools, "encat-" + name)
    for name in ("publish", "import", "diff"):
        if not os.access(tool(name), os.X_OK):
            fail("%s missing" % tool(name))
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)

    header = header_of(path)
    kind, cid = header.get("kind"), header.get("id")
    if kind not in NOT_SHOWN or not cid:
        fail("%s: kind `%s` has no table" % (path, kind))
    unknown = sorted(k for k in header if k not in FLAGS and k not in ("kind", "id"))
    if unknown:
        fail("%s: header fields with no encat-import flag: %s (add them to FLAGS or NOT_CARRIED)" % (path, ", ".join(unknown)))

    published = os.path.join(work, "table." + fmt)
    extra = ["--columns", "full", "--all"] if table == "full" else []
    run([tool("publish"), catalogs, "--catalog", cid, "--format", fmt, "-o", published] + extra, [0])

    imported = os.path.join(work, "imported.yaml")
    cmd = [tool("import"), published, "--kind", kind, "--id", cid, "-o", imported]
    for key, flag in FLAGS.items():
        if key in header:
            value = header[key]
            cmd += [flag, ",".join(value) if isinstance(value, list) else value]
    run(cmd, [0])

    p = run([tool("diff"), "--format", "json", path, imported, "--sources", catalogs], [0, 1])
    diff = json.loads(p.stdout)
    problems = []
    for h in diff.get("header", []):
        if h["field"] not in NOT_CARRIED:
            problems.append("header `%s`: %r became %r" % (h["field"], h.get("old"), h.get("new")))
    for what in ("added", "recoded"):
        for m in diff.get(what, []):
            problems.append("%s: %s" % (what, json.dumps(m, ensure_ascii=False)))

    if table == "full":
        for m in diff.get("removed", []):
            problems.append("removed: %s" % json.dumps(m, ensure_ascii=False))
        for m in diff.get("changed", []):
            for f in m["fields"]:
                problems.append("`%s` %s: %s became %s" % (m["code"], f["field"], json.dumps(f.get("old"), ensure_ascii=False),
                                                          json.dumps(f.get("new"), ensure_ascii=False)))
        if not problems and p.returncode != 0:
            problems.append("encat-diff exit %d without a difference in its JSON" % p.returncode)
    else:
        # What the notice lists: the matters in force (the full table with --all says which).
        listing = os.path.join(work, "all.json")
        run([tool("publish"), catalogs, "--catalog", cid, "--format", "json", "--columns", "full", "--all", "-o", listing], [0])
        records = json.load(open(listing, encoding="utf-8"))["records"]
        not_in_force = sorted(r["code"] for r in records if r.get("status", "有效") not in ("", "有效"))
        removed = sorted(m["code"] for m in diff.get("removed", []))
        if removed != not_in_force:
            problems.append("removed %s, expected exactly the matters not in force %s" % (removed, not_in_force))
        hidden = NOT_SHOWN[kind]
        for m in diff.get("changed", []):
            for f in m["fields"]:
                if f["field"] not in hidden:
                    problems.append("`%s` %s (shown in the table): %s became %s" % (
                        m["code"], f["field"], json.dumps(f.get("old"), ensure_ascii=False),
                        json.dumps(f.get("new"), ensure_ascii=False)))

    if problems:
        print("%s: %s round trip (%s table) differs:" % (path, fmt, table), file=sys.stderr)
        for line in problems:
            print("  " + line, file=sys.stderr)
        sys.exit(1)
    hidden_changes = sum(len(m["fields"]) for m in diff.get("changed", []))
    print("%s: %s round trip (%s table): as expected (%d matters not in force left out, %d differences in fields the table does not show)"
          % (path, fmt, table, len(diff.get("removed", [])), hidden_changes))


if __name__ == "__main__":
    main()
