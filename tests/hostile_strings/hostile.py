"""Hostile strings and the catalogs that carry them (issue 6, defect 11).

`make_validate(folder)` writes catalogs whose findings echo each hostile
string (W105 echoes an unknown domain, W106 a department, E004 an unknown
key and its "did you mean", W104 a repeated name), in files whose names hold
spaces, `|`, backticks, Chinese, ESC and a newline. `make_audit(folder)` copies
the small province of tests/fixtures/audit/quzhou and puts the strings where
the audit reports show them (township titles, matter codes in the missing
lists, departments, covers, folder and file names), plus one file the audit
must leave out, whose E004 echoes a key.
"""
import os
import shutil

HOSTILE = [
    "tick`x``y```z`",
    "pipe|a\\|b||c",
    "<script>alert(1)</script><b onmouseover=alert(2)>b</b>",
    "]]><!-- c --><![CDATA[x]]>&amp;&lt;",
    "%0A%0D%25%3A%2C::error file=x::injected",
    "line1\nline2\r\n::warning::x\n# heading\n| a | b |\n- item\n    code",
    "\x1b[31mred\x1b[0m\x1b]0;title\x07\x1b[2J",
    "\u202eevil\u2066isolate\u2069\u200bzero",
    "\u0085nel\u009b31mcsi",
    "*bold* _it_ [link](https://x.invalid) ![i](x) $x^2$ @user ~s~ \\",
    "中文 名称，：；（）",
    "1. item",
]

# File names (no `/`, no NUL): what file systems allow.
FILE_NAMES = [
    "a b `tick` | pipe <b>.yaml",
    "中文 目录.yaml",
    "esc\x1b[31m red\nnewline.yaml",
    "bidi\u202eevil.yaml",
    "%0A::warning::x,y:z.yaml",
]

SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def yaml_quote(text):
    """`text` as a YAML double-quoted scalar."""
    out = '"'
    for ch in text:
        o = ord(ch)
        if ch == '"':
            out += '\\"'
        elif ch == "\\":
            out += "\\\\"
        elif o < 0x20 or o == 0x7F or 0x80 <= o <= 0x9F:
            out += "\\x%02x" % o
        elif o in (0x2028, 0x2029) or 0x2000 <= o <= 0x206F or o == 0xFEFF:
            out += "\\u%04x" % o
        else:
            out += ch
    return out + '"'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def matter(code, name, domain, departments):
    return f"""  - code: {yaml_quote(code)}
    name: {yaml_quote(name)}
    domain: {yaml_quote(domain)}
    power: 行政处罚
    basis:
      - law: {yaml_quote(name)}
    scope: 全部
    boundary: {yaml_quote(name)}
    from: [{", ".join(yaml_quote(d) for d in departments)}]
    township: 必须下放
"""


def make_validate(folder):
    """Catalogs for encat-validate; returns the paths written, relative to `folder`."""
    write(os.path.join(folder, "registry.yaml"), "kind: registry\nid: test-registry\ntitle: 测试登记表\n"
          'code_pattern: "^33[0-9]{10}$"\ndomains: [档案]\ndepartments: [档案局]\n')
    written = ["registry.yaml"]
    for i, value in enumerate(HOSTILE):
        name = FILE_NAMES[i % len(FILE_NAMES)]
        rel = f"{i:02d} {name}"
        body = f"""kind: unified
id: test-unified-{i:02d}
title: {yaml_quote(value)}
region: "330000"
edition: 2022
effective: 2022-01-01
matters:
""" + matter("3302750120%02d" % i, value, value, [value]) + matter("3302750121%02d" % i, value, "档案", ["档案局"])
        body += f"    {yaml_quote('scpoe' + value)}: 1\n"  # an unknown key, near `scope`
        write(os.path.join(folder, rel), body)
        written.append(rel)
    return written


def make_audit(folder):
    """The quzhou province with hostile values, in `folder`/catalogs."""
    catalogs = os.path.join(folder, "catalogs")
    shutil.copytree(os.path.join(SOURCE_DIR, "tests", "fixtures", "audit", "quzhou"), catalogs)
    os.remove(os.path.join(catalogs, "README.md"))
    # A hostile folder name for 江山市's catalogs.
    county = os.path.join(catalogs, "jiangshan `|` <b>中文\x1b[31m")
    os.rename(os.path.join(catalogs, "jiangshan"), county)
    hecun = os.path.join(county, "townships", "hecun-2022.yaml")
    with open(hecun, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("title: 贺村镇综合行政执法事项目录清单(2022年)", "title: " + yaml_quote(" | ".join(HOSTILE)))
    write(hecun, text)
    os.rename(hecun, os.path.join(county, "townships", FILE_NAMES[0]))
    # Mandatory matters with hostile codes in the extension: the townships miss them.
    ext = os.path.join(county, "extension-2022.yaml")
    with open(ext, encoding="utf-8") as f:
        text = f.read()
    for i, value in enumerate(HOSTILE):
        text += matter(value, value, "市容环境卫生", ["住房和城乡建设局"])
    write(ext, text)
    # A supervision matter claimed by a hostile department, covering hostile codes.
    sup = os.path.join(county, "supervision-2022.yaml")
    with open(sup, encoding="utf-8") as f:
        text = f.read()
    for i, value in enumerate(HOSTILE):
        text += f"""  - code: "JG330881-90{i:02d}"
    name: {yaml_quote(value)}
    department: {yaml_quote(value)}
    covers: [{yaml_quote(value)}, {yaml_quote(value + " dangling")}]
    inspection: 随机抽查
"""
    write(sup, text)
    os.rename(sup, os.path.join(county, FILE_NAMES[1]))
    # A file the audit leaves out (E004), its findings echoing a hostile key.
    broken = os.path.join(county, "departments", FILE_NAMES[2])
    with open(os.path.join(county, "departments", "huanbao-2021.yaml"), encoding="utf-8") as f:
        text = f.read()
    write(broken, text.replace("id: jiangshan-huanbao-2021", "id: jiangshan-broken-2021") + f"{yaml_quote('titel' + HOSTILE[0] + HOSTILE[6])}: x\n")
    return catalogs
