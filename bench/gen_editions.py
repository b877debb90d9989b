#!/usr/bin/python3
"""Generate editions of one unified catalog for the diff and merge benchmark.

    gen_editions.py --out DIR [--matters N] [--change F] [--side F]

Writes, in the style of bench/gen_province.py (its vocabulary and matter
maker are reused) and deterministically (same arguments, same bytes):

  DIR/diff/old.yaml     a unified catalog of N matters (default 5,000),
                        edition 2022
  DIR/diff/new.yaml     its next edition (2023, `supersedes` the old one)
                        with about F of the matters changed (default 0.10):
                        removed, added, changed fields (some only in
                        punctuation, `,` to `，`), a few recoded (same name
                        and domain, new code), and header changes
  DIR/merge/base.yaml   = old.yaml
  DIR/merge/ours.yaml   base with about S of the matters changed (default 0.05)
  DIR/merge/theirs.yaml base with a different S changed (no matter touched
                        on both sides, so the semantic merge is clean);
                        each side also changes a different header field
  DIR/*/*.json          the same catalogs as JSON (for the JavaScript peers)
  DIR/diff/expected.json   what a keyed diff must find (codes per category)
  DIR/merge/expected.json  the merged catalog a keyed three-way merge must
                           give (as JSON; matter order not pinned)

Each folder holds only the YAML inputs of its tool, so
`yaml_floor DIR/diff` parses exactly what `encat-diff` reads.
"""

import argparse
import copy
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_province as gp  # noqa: E402

SEED = 20230101
OLD_ID = "zj-unified-2022"
NEW_ID = "zj-unified-2023"


def domain_sizes(n):
    """UNIFIED_WEIGHTS scaled to n matters in all (largest remainder)."""
    total = sum(w for _, w in gp.UNIFIED_WEIGHTS)
    raw = [(d, w * n / total) for d, w in gp.UNIFIED_WEIGHTS]
    sizes = {d: int(x) for d, x in raw}
    rest = n - sum(sizes.values())
    for d, x in sorted(raw, key=lambda t: -(t[1] - int(t[1])))[:rest]:
        sizes[d] += 1
    return sizes


# --- one matter as data (the fields of format.md, in its key order) ----------

def to_dict(m):
    d = {"code": m.code, "name": m.name, "domain": m.domain, "power": m.power,
         "basis": [dict([("law", law)] + ([("articles", list(arts))] if arts else []))
                   for law, arts in m.basis],
         "scope": m.scope}
    if m.scope_note:
        d["scope_note"] = m.scope_note
    d["boundary"] = m.boundary
    d["from"] = list(m.from_)
    d["township"] = m.township
    if m.traits:
        d["traits"] = list(m.traits)
    d["status"] = m.status
    if m.note:
        d["note"] = m.note
    return d


def emit(out, d):
    a = out.append
    s = gp.s
    a('  - code: "%s"\n' % d["code"])
    a("    name: %s\n" % s(d["name"]))
    a("    domain: %s\n" % s(d["domain"]))
    a("    power: %s\n" % d["power"])
    a("    basis:\n")
    for b in d["basis"]:
        a("      - law: %s\n" % s(b["law"]))
        if b.get("articles"):
            a("        articles: %s\n" % gp.flow_list(b["articles"]))
    a("    scope: %s\n" % d["scope"])
    if d.get("scope_note"):
        a("    scope_note: %s\n" % s(d["scope_note"]))
    a("    boundary: %s\n" % s(d["boundary"]))
    a("    from: %s\n" % gp.flow_list(d["from"]))
    a("    township: %s\n" % d["township"])
    if d.get("traits"):
        a("    traits: %s\n" % gp.flow_list(d["traits"]))
    a("    status: %s\n" % d["status"])
    if d.get("note"):
        a("    note: %s\n" % s(d["note"]))


HEADER_KEYS = ("kind", "id", "title", "region", "edition", "effective", "issuer",
               "document", "supersedes")


def write_catalog(path_stem, cat):
    out = []
    for k in HEADER_KEYS:
        if k not in cat:
            continue
        v = cat[k]
        if k == "region":
            out.append('region: "%s"\n' % v)
        elif k in ("edition",):
            out.append("%s: %d\n" % (k, v))
        elif k == "effective":
            out.append("effective: %s\n" % v)
        else:
            out.append("%s: %s\n" % (k, gp.s(v)))
    out.append("matters:\n")
    for d in cat["matters"]:
        emit(out, d)
    data = "".join(out).encode("utf-8")
    os.makedirs(os.path.dirname(path_stem), exist_ok=True)
    with open(path_stem + ".yaml", "wb") as f:
        f.write(data)
    with open(path_stem + ".json", "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return len(data)


# --- changes -------------------------------------------------------------------

def change_fields(rng, d, formatting_only=False):
    """Change one or two fields of matter d in place; returns their names."""
    if formatting_only:
        before = d["boundary"]
        d["boundary"] = before.replace(",", "，").replace(";", "；")
        if d["boundary"] == before:  # no half-width punctuation: add some
            d["boundary"] = before + " "
        return ["boundary"]
    kinds = ["boundary", "scope", "township", "basis", "traits", "note", "status", "name"]
    weights = [30, 15, 15, 15, 8, 8, 4, 5]
    picked = []
    for _ in range(1 if rng.random() < 0.7 else 2):
        k = rng.choices(kinds, weights)[0]
        if k not in picked:
            picked.append(k)
    changed = []
    for k in picked:
        if k == "boundary":
            d["boundary"] = (d["boundary"][:150] + "涉及跨区域案件的,由共同的上一级综合行政执法部门协调。")[:200]
            changed.append("boundary")
        elif k == "scope":
            if d["scope"] == "全部":
                d["scope"] = "部分"
                d["scope_note"] = rng.choice(gp.SCOPE_NOTES)
                changed += ["scope", "scope_note"]
            else:
                d["scope"] = "全部"
                d.pop("scope_note", None)
                changed += ["scope", "scope_note"]
        elif k == "township":
            tiers = ["可放可不放", "不下放"] if d["status"] != "有效" else ["必须下放", "可放可不放", "不下放"]
            new = rng.choice([t for t in tiers if t != d["township"]])
            d["township"] = new
            changed.append("township")
        elif k == "basis":
            b = d["basis"][0]
            arts = list(b.get("articles") or [])
            arts.append("第%s条" % gp.cn_num(rng.randint(100, 180)))
            b["articles"] = arts
            changed.append("basis")
        elif k == "traits":
            t = set(d.get("traits") or [])
            flip = rng.choice(gp.TRAITS)
            t ^= {flip}
            if t:
                d["traits"] = [x for x in gp.TRAITS if x in t]
            else:
                d.pop("traits", None)
            changed.append("traits")
        elif k == "note":
            d["note"] = rng.choice([n for n in gp.NOTES if n != d.get("note")])
            changed.append("note")
        elif k == "status":
            if d["township"] == "必须下放":
                d["township"] = "可放可不放"
                changed.append("township")
            d["status"] = "暂停" if d["status"] == "有效" else "有效"
            changed.append("status")
        elif k == "name":
            d["name"] = d["name"] + "(含再次违法)"
            changed.append("name")
    return changed


def place_additions(matters, additions):
    """Insert (anchor_code, matter) pairs after their anchors, in order."""
    after = {}
    for anchor, m in additions:
        after.setdefault(anchor, []).append(m)
    out = []
    for m in matters:
        out.append(m)
        out.extend(after.pop(m["code"], []))
    assert not after, "anchor not found"
    return out


NAMES = set()


def unique_matter(rng, pool, domain):
    """gen_province's new matter, with a name no other matter has (the same
    subject occurs in two domains, e.g. 拍卖企业: W104 otherwise)."""
    while True:
        m = gp.new_matter(rng, pool, domain, comprehensive=True)
        if m.name not in NAMES:
            NAMES.add(m.name)
            return to_dict(m)


def new_matters(rng, pool, domains, n):
    return [unique_matter(rng, pool, rng.choice(domains)) for _ in range(n)]


def apply_side(rng, pool, base, touchable, n_change, shares, domains):
    """A side's edit of base: about n_change matters touched, only among
    `touchable` codes (which it consumes). Returns (matters, record)."""
    n_rm = int(round(n_change * shares["removed"]))
    n_add = int(round(n_change * shares["added"]))
    n_rec = int(round(n_change * shares.get("recoded", 0)))
    n_fmt = int(round(n_change * shares.get("format", 0)))
    n_chg = n_change - n_rm - n_add - n_rec - n_fmt
    picked = rng.sample(sorted(touchable), n_rm + n_rec + n_chg + n_fmt)
    touchable.difference_update(picked)
    removed = set(picked[:n_rm])
    recoded = picked[n_rm:n_rm + n_rec]
    changed = picked[n_rm + n_rec:n_rm + n_rec + n_chg]
    formatted = picked[n_rm + n_rec + n_chg:]
    by_code = {m["code"]: m for m in base}
    out = []
    rec_map = {}
    fields = {}
    for m in base:
        c = m["code"]
        if c in removed:
            continue
        m = copy.deepcopy(m)
        if c in recoded:
            # Same name and domain, a fresh code of the same power and domain.
            power_num = c[2:4]
            while True:
                key = (power_num, m["domain"])
                k = pool.seq.get(key, 0) + 1
                pool.seq[key] = k
                new_code = "33%s%s%03d%03d" % (power_num, gp.DOMAIN_NUM[m["domain"]],
                                               (k - 1) % 999 + 1, (k - 1) // 999)
                if new_code not in by_code:
                    break
            rec_map[c] = new_code
            m["code"] = new_code
        elif c in changed:
            fields[c] = change_fields(rng, m)
        elif c in formatted:
            fields[c] = change_fields(rng, m, formatting_only=True)
        out.append(m)
    # Additions: each placed after a matter of its domain that this side
    # leaves alone (and that the other side is not given to touch).
    adds = new_matters(rng, pool, domains, n_add)
    anchors_by_domain = {}
    for m in out:
        if m["code"] in touchable:
            anchors_by_domain.setdefault(m["domain"], []).append(m["code"])
    placed = []
    for a in adds:
        cands = anchors_by_domain.get(a["domain"]) or [x["code"] for x in out if x["code"] in touchable]
        anchor = rng.choice(cands)
        touchable.discard(anchor)  # the other side leaves the anchor alone
        placed.append((anchor, a))
    out = place_additions(out, placed)
    record = {"removed": sorted(removed), "added": sorted(a["code"] for a in adds),
              "recoded": sorted(rec_map.items()),
              "changed": {c: fields[c] for c in sorted(changed)},
              "formatting_only": sorted(formatted)}
    return out, record


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--matters", type=int, default=5000)
    ap.add_argument("--change", type=float, default=0.10, help="share of matters changed by the new edition")
    ap.add_argument("--side", type=float, default=0.05, help="share of matters changed by each side of the merge")
    args = ap.parse_args(argv)

    rng = random.Random("%d-editions-%d" % (SEED, args.matters))
    pool = gp.NamePool(rng)
    sizes = domain_sizes(args.matters)
    matters = []
    for domain, _ in gp.UNIFIED_WEIGHTS:
        for _ in range(sizes[domain]):
            matters.append(unique_matter(rng, pool, domain))
    domains = [d for d, _ in gp.UNIFIED_WEIGHTS]
    old = {"kind": "unified", "id": OLD_ID, "title": "浙江省综合行政执法事项统一目录(2022年)",
           "region": "330000", "edition": 2022, "effective": "2022-03-01",
           "issuer": "浙江省人民政府", "document": "浙政发〔2022〕8号", "matters": matters}

    sizes_out = {}
    # --- diff: old -> new ------------------------------------------------------
    n_change = int(round(len(matters) * args.change))
    touchable = {m["code"] for m in matters}
    new_ms, rec = apply_side(rng, pool, matters, touchable, n_change,
                             {"removed": 0.30, "added": 0.30, "recoded": 0.05, "format": 0.04},
                             domains)
    new = dict(old, id=NEW_ID, title="浙江省综合行政执法事项统一目录(2023年)", edition=2023,
               effective="2023-03-01", document="浙政发〔2023〕5号", supersedes=OLD_ID,
               matters=new_ms)
    new = {k: new[k] for k in HEADER_KEYS + ("matters",) if k in new}
    sizes_out["diff/old"] = write_catalog(os.path.join(args.out, "diff", "old"), old)
    sizes_out["diff/new"] = write_catalog(os.path.join(args.out, "diff", "new"), new)
    expected = {
        "matters": {"old": len(matters), "new": len(new_ms)},
        "header": ["id", "title", "edition", "effective", "document", "supersedes"],
        "removed": rec["removed"], "added": rec["added"],
        "recoded": [{"old": o, "new": n} for o, n in rec["recoded"]],
        "changed": dict(rec["changed"], **{c: ["boundary"] for c in rec["formatting_only"]}),
        "formatting_only": rec["formatting_only"],
    }
    with open(os.path.join(args.out, "diff", "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")

    # --- merge: base, ours, theirs ---------------------------------------------
    n_side = int(round(len(matters) * args.side))
    touchable = {m["code"] for m in matters}
    shares = {"removed": 0.25, "added": 0.25}
    ours_ms, ours_rec = apply_side(rng, pool, matters, touchable, n_side, shares, domains)
    theirs_ms, theirs_rec = apply_side(rng, pool, matters, touchable, n_side, shares, domains)
    ours = dict(old, document="浙政发〔2022〕8号(修订)", matters=ours_ms)
    theirs = dict(old, effective="2022-04-01", matters=theirs_ms)
    sizes_out["merge/base"] = write_catalog(os.path.join(args.out, "merge", "base"), old)
    sizes_out["merge/ours"] = write_catalog(os.path.join(args.out, "merge", "ours"), ours)
    sizes_out["merge/theirs"] = write_catalog(os.path.join(args.out, "merge", "theirs"), theirs)
    # The merge a keyed three-way merge must give: base, with each side's
    # removals, changes and additions.
    o_by = {m["code"]: m for m in ours_ms}
    t_by = {m["code"]: m for m in theirs_ms}
    gone = set(ours_rec["removed"]) | set(theirs_rec["removed"])
    merged = {}
    for m in matters:
        c = m["code"]
        if c in gone:
            continue
        merged[c] = o_by[c] if c in ours_rec["changed"] else t_by[c] if c in theirs_rec["changed"] else m
    for c in ours_rec["added"]:
        merged[c] = o_by[c]
    for c in theirs_rec["added"]:
        merged[c] = t_by[c]
    exp = dict(old, document=ours["document"], effective=theirs["effective"],
               matters=[merged[c] for c in sorted(merged)])
    with open(os.path.join(args.out, "merge", "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")

    print("diff: %d -> %d matters (%d removed, %d added, %d recoded, %d changed, %d of them formatting only); "
          "merge: base %d, ours %d, theirs %d, merged %d; bytes %s"
          % (len(matters), len(new_ms), len(rec["removed"]), len(rec["added"]), len(rec["recoded"]),
             len(rec["changed"]) + len(rec["formatting_only"]), len(rec["formatting_only"]),
             len(matters), len(ours_ms), len(theirs_ms), len(merged),
             ", ".join("%s %d" % kv for kv in sizes_out.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
