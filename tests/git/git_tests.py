#!/usr/bin/env python3
"""Tests over real git repositories, made in a temporary folder for each case.

    git_tests.py TOOLS_DIR SOURCE_DIR CASE     run one case (ctest runs each as its own test)
    git_tests.py TOOLS_DIR SOURCE_DIR --list   the cases

Each case copies the sample province (SOURCE_DIR/catalogs/zhejiang) into a
new repository, commits it, and works with git as a user would: branches,
edits on both, `encat-merge install-git-driver`, `git merge` with the
driver, `git diff` with the diff driver, `encat-diff --git REV`. The tools
are found by git on PATH (TOOLS_DIR first), as the driver lines name them.
Git runs without the system config, with HOME in the temporary folder (no
user config), a fixed identity and branch name, and no terminal.
Exit 0 passed, 1 failed (what differs is printed).
"""
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

UNIFIED = "catalogs/zhejiang/unified-2022.yaml"


class Failure(Exception):
    pass


class Repo:
    def __init__(self, tools, source, root):
        self.tools, self.source, self.root = tools, source, root
        self.dir = os.path.join(root, "repo")
        home = os.path.join(root, "home")
        os.makedirs(home)
        self.env = {
            "PATH": tools + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "测试", "GIT_AUTHOR_EMAIL": "test@example.invalid",
            "GIT_COMMITTER_NAME": "测试", "GIT_COMMITTER_EMAIL": "test@example.invalid",
            "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z",
            "GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat", "PAGER": "cat", "GIT_EDITOR": "true",
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": "1",
        }
        os.makedirs(self.dir)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.name", "测试")
        self.git("config", "user.email", "test@example.invalid")
        self.git("config", "core.autocrlf", "false")
        shutil.copytree(os.path.join(source, "catalogs", "zhejiang"), os.path.join(self.dir, "catalogs", "zhejiang"))

    def run(self, *args, check=None, input=None):
        """Runs a command in the repository; `check`: the exit code it must give."""
        p = subprocess.run(list(args), cwd=self.dir, env=self.env, capture_output=True, stdin=subprocess.DEVNULL if input is None else None,
                           input=None if input is None else input.encode())
        out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
        if check is not None and p.returncode != check:
            raise Failure(f"`{' '.join(args)}` exited {p.returncode}, not {check}\n--- stdout\n{out}\n--- stderr\n{err}")
        return p.returncode, out, err

    def git(self, *args, check=0):
        return self.run("git", *args, check=check)

    def tool(self, name, *args, check=None):
        return self.run(os.path.join(self.tools, name), *args, check=check)

    def path(self, rel):
        return os.path.join(self.dir, rel)

    def read(self, rel):
        with open(self.path(rel), encoding="utf-8", newline="") as f:
            return f.read()

    def write(self, rel, text):
        os.makedirs(os.path.dirname(self.path(rel)), exist_ok=True)
        with open(self.path(rel), "w", encoding="utf-8", newline="") as f:
            f.write(text)

    def edit(self, rel, old, new, count=1):
        text = self.read(rel)
        if text.count(old) < 1:
            raise Failure(f"test setup: `{old}` is not in {rel}")
        self.write(rel, text.replace(old, new, count))

    def commit(self, message):
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)


def expect(condition, message):
    if not condition:
        raise Failure(message)


def matter_block(text, code):
    """The lines of the matter `code` (from its `  - code:` line to the next matter or section comment)."""
    start = text.index(f'  - code: "{code}"\n')
    end = len(text)
    for m in re.finditer(r"^  - code: |^  # |^[a-z]", text[start + 1:], re.M):
        end = start + 1 + m.start()
        break
    return text[start:end]


def setup_with_comments(repo):
    """The province committed on main, with comments inside matters the merges leave alone."""
    repo.edit(UNIFIED, '  - code: "330217003000"\n', '  - code: "330217003000"\n    # 备注：2022 年由住建局移交（测试注释，须原样保留）\n')
    repo.edit(UNIFIED, '    township: 不下放\n  - code: "330217004000"',
              '    township: 不下放   # 行尾注释，也须原样保留\n  - code: "330217004000"')
    repo.commit("省级统一目录 2022")
    return repo.read(UNIFIED)


def branches(repo, ours_edits, theirs_edits):
    """Branch `theirs` from main with `theirs_edits`, then `ours_edits` on main: (base text)."""
    base = repo.read(UNIFIED)
    repo.git("checkout", "-q", "-b", "theirs")
    for old, new in theirs_edits:
        repo.edit(UNIFIED, old, new)
    repo.commit("他方修改")
    repo.git("checkout", "-q", "main")
    for old, new in ours_edits:
        repo.edit(UNIFIED, old, new)
    repo.commit("本方修改")
    return base


def install(repo):
    repo.tool("encat-merge", "install-git-driver", check=0)
    repo.commit("安装合并驱动（.gitattributes）")


# Edits of the sample's unified catalog (each line is unique in the file).
TRAITS_1_OURS = ("    township: 可放可不放\n    traits: [高频, 易发现]\n  - code: \"330217002000\"",
                 "    township: 可放可不放\n    traits: [高频]\n  - code: \"330217002000\"")
TRAITS_1_THEIRS = ("    township: 可放可不放\n    traits: [高频, 易发现]\n  - code: \"330217002000\"",
                   "    township: 可放可不放\n    traits: [易发现]\n  - code: \"330217002000\"")
BOUNDARY_1_THEIRS = ("认为需要立案查处的，将相关证据材料移送综合行政执法部门。综合行政执法部门按程序办理并将处理结果反馈住房城乡建设主管部门。\n    from: [住房和城乡建设局]\n    township: 可放可不放\n    traits: [高频, 易发现]",
                     "认为需要立案查处的，将相关证据材料移送综合行政执法部门。综合行政执法部门按程序办理并将处理结果书面反馈住房城乡建设主管部门。\n    from: [住房和城乡建设局]\n    township: 可放可不放\n    traits: [高频, 易发现]")
FROM_1_OURS = ("反馈住房城乡建设主管部门。\n    from: [住房和城乡建设局]\n    township: 可放可不放\n    traits: [高频, 易发现]",
               "反馈住房城乡建设主管部门。\n    from: [住房和城乡建设局, 自然资源和规划局]\n    township: 可放可不放\n    traits: [高频, 易发现]")
TRAITS_2_THEIRS = ("    township: 不下放\n    traits: [高综合]", "    township: 不下放\n    traits: [高综合, 高频]")


def check_comments_kept(repo, original):
    merged = repo.read(UNIFIED)
    for code in ("330217003000", "330217004000", "330217005000"):
        expect(matter_block(original, code) in merged,
               f"the untouched matter {code} lost its exact text (comments included):\n--- before\n{matter_block(original, code)}\n--- after\n"
               f"{matter_block(merged, code) if code in merged else '(gone)'}")
    expect("# 备注：2022 年由住建局移交（测试注释，须原样保留）\n" in merged, "the comment inside an untouched matter is gone")
    expect("    township: 不下放   # 行尾注释，也须原样保留\n" in merged, "the end-of-line comment of an untouched matter is gone")
    for line in ("# yaml-language-server: $schema=../../schemas/unified.schema.json\n", "# 全文 25 个领域共 1361 项；本样例节选其中 12 个领域共 94 项\n",
                 "  # 二、生态环境（共 9 项）\n"):
        expect(line in merged, f"the comment line `{line.strip()}` is gone")


def validate_province(repo):
    rc, out, err = repo.tool("encat-validate", "--lang", "en", "catalogs", check=None)
    expect(rc == 0, f"the merged province does not validate (exit {rc}):\n{out}{err}")


# --- the cases ---------------------------------------------------------------

def case_install_driver_is_idempotent_and_check_tells_active(repo):
    repo.commit("初始")
    rc, out, _ = repo.tool("encat-merge", "install-git-driver", "--check", UNIFIED, "--lang", "en")
    expect(rc == 1 and "not active" in out, f"--check before installing: exit {rc}, not 1 with `not active`:\n{out}")
    repo.tool("encat-merge", "install-git-driver", "--lang", "en", check=0)
    attributes = repo.read(".gitattributes")
    expect("*.yaml merge=encat diff=encat\n" in attributes and "*.yml merge=encat diff=encat\n" in attributes,
           f".gitattributes lacks the driver lines:\n{attributes}")
    _, driver, _ = repo.git("config", "--get", "merge.encat.driver")
    expect(driver.strip() == "encat-merge three-way %O %A %B -o %A --path %P", f"merge.encat.driver is `{driver.strip()}`")
    _, command, _ = repo.git("config", "--get", "diff.encat.command")
    expect(command.strip() == "encat-diff --external", f"diff.encat.command is `{command.strip()}`")
    _, config_before, _ = repo.git("config", "--local", "--list")
    # Twice changes nothing.
    _, out, _ = repo.tool("encat-merge", "install-git-driver", "--lang", "en", check=0)
    expect(repo.read(".gitattributes") == attributes, "a second install changed .gitattributes")
    expect(repo.git("config", "--local", "--list")[1] == config_before, "a second install changed the git config")
    expect("already" in out, f"a second install does not say the lines are already there:\n{out}")
    # An existing .gitattributes keeps its lines; run from a subfolder, the top-level one is used.
    repo.write(".gitattributes", "*.png binary")  # no final line break
    p = subprocess.run([os.path.join(repo.tools, "encat-merge"), "install-git-driver", "--lang", "en"],
                       cwd=repo.path("catalogs/zhejiang"), env=repo.env, capture_output=True, stdin=subprocess.DEVNULL)
    expect(p.returncode == 0 and "added `*.yaml merge=encat diff=encat` to `../../.gitattributes`" in p.stdout.decode(),
           f"install from a subfolder: exit {p.returncode}\n{p.stdout.decode()}{p.stderr.decode()}")
    expect(not os.path.exists(repo.path("catalogs/zhejiang/.gitattributes")), "install from a subfolder wrote a .gitattributes there")
    expect(repo.read(".gitattributes") == "*.png binary\n*.yaml merge=encat diff=encat\n*.yml merge=encat diff=encat\n",
           f"install over an existing .gitattributes gave:\n{repo.read('.gitattributes')}")
    rc, out, _ = repo.tool("encat-merge", "install-git-driver", "--check", UNIFIED, "catalogs/notes.txt", "--lang", "en")
    expect(rc == 1, f"--check with a path that has no driver exits {rc}, not 1")
    expect(re.search(r"unified-2022\.yaml`: the merge driver is active", out), f"--check does not say active for the catalog:\n{out}")
    expect(re.search(r"notes\.txt`: the merge driver is not active", out), f"--check does not say inactive for notes.txt:\n{out}")
    rc, out, _ = repo.tool("encat-merge", "install-git-driver", "--check", UNIFIED, "--lang", "en")
    expect(rc == 0, f"--check of an active path exits {rc}, not 0:\n{out}")
    # The attributes committed but the driver not registered (a fresh clone): inactive, and why.
    repo.git("config", "--local", "--remove-section", "merge.encat")
    rc, out, _ = repo.tool("encat-merge", "install-git-driver", "--check", UNIFIED, "--lang", "en")
    expect(rc == 1 and "merge.encat.driver" in out and "as text" in out,
           f"--check with the driver unregistered: exit {rc}, and it should say git merges as text:\n{out}")


def case_install_driver_outside_a_repository_is_an_error(repo):
    outside = os.path.join(repo.root, "plain")
    os.makedirs(outside)
    p = subprocess.run([os.path.join(repo.tools, "encat-merge"), "install-git-driver", "--lang", "en"], cwd=outside,
                       env=repo.env, capture_output=True, stdin=subprocess.DEVNULL)
    err = p.stderr.decode()
    expect(p.returncode == 2 and "not inside a git repository" in err, f"outside a repository: exit {p.returncode}\n{err}")
    expect(not os.path.exists(os.path.join(outside, ".gitattributes")), "a .gitattributes was written outside a repository")


def case_merge_of_different_matters_is_clean_and_keeps_comments(repo):
    original = setup_with_comments(repo)
    install(repo)
    branches(repo, [TRAITS_1_OURS], [TRAITS_2_THEIRS])
    rc, out, err = repo.git("merge", "--no-edit", "theirs", check=None)
    expect(rc == 0, f"git merge of edits of two matters exited {rc}:\n{out}{err}")
    merged = repo.read(UNIFIED)
    expect("<<<<<<<" not in merged, "markers in a clean merge")
    expect(matter_block(merged, "330217001000").count("traits: [高频]\n") == 1, "ours' edit is not in the merge")
    expect(re.search(r"traits: \[(高综合, 高频|高频, 高综合)\]", matter_block(merged, "330217002000")), "theirs' edit is not in the merge")
    check_comments_kept(repo, original)
    validate_province(repo)


def case_merge_of_different_fields_of_one_matter_is_clean(repo):
    original = setup_with_comments(repo)
    install(repo)
    # Neighbouring lines (`boundary`, `from`): git's text merge conflicts on them (see the case without the driver).
    branches(repo, [FROM_1_OURS, TRAITS_1_OURS], [BOUNDARY_1_THEIRS])
    rc, out, err = repo.git("merge", "--no-edit", "theirs", check=None)
    expect(rc == 0, f"git merge of edits of two fields of one matter exited {rc}:\n{out}{err}")
    block = matter_block(repo.read(UNIFIED), "330217001000")
    expect("traits: [高频]\n" in block and "处理结果书面反馈" in block and "自然资源和规划局" in block,
           f"the matter lacks one of the edits:\n{block}")
    check_comments_kept(repo, original)
    validate_province(repo)


def case_true_conflict_exits_1_marks_only_its_matter_and_validate_reports_E008(repo):
    original = setup_with_comments(repo)
    install(repo)
    branches(repo, [TRAITS_1_OURS], [TRAITS_1_THEIRS, TRAITS_2_THEIRS])
    rc, out, err = repo.git("merge", "--no-edit", "theirs", check=None)
    expect(rc == 1, f"git merge of a true conflict exited {rc}, not 1:\n{out}{err}")
    expect("CONFLICT" in out + err, f"git does not report the conflict:\n{out}{err}")
    merged = repo.read(UNIFIED)
    starts = [m.start() for m in re.finditer(r"^<<<<<<< ", merged, re.M)]
    expect(len(starts) == 1, f"{len(starts)} conflict(s) marked, not 1:\n{merged[:3000]}")
    end = merged.index("\n>>>>>>> ", starts[0])
    inside = merged[starts[0]:end]
    codes = set(re.findall(r'code: "(\d+)"', inside))
    expect(codes == {"330217001000"}, f"the markers hold the matters {sorted(codes)}, not only 330217001000:\n{inside}")
    expect("traits: [高频]" in inside and "traits: [易发现]" in inside, f"the conflict lacks one of the two values:\n{inside}")
    expect(re.search(r"traits: \[(高综合, 高频|高频, 高综合)\]", matter_block(merged.replace(inside, ""), "330217002000")),
           "the change of another matter was not taken beside the conflict")
    check_comments_kept(repo, original)
    rc, vout, verr = repo.tool("encat-validate", "--lang", "en", "--format", "json", UNIFIED)
    expect(rc == 1, f"encat-validate on the conflicted file exited {rc}, not 1")
    findings = json.loads(vout)["findings"]
    expect(findings and all(f["code"] == "E008" for f in findings), f"encat-validate reports {[f['code'] for f in findings]}, not only E008")
    lines = sorted(f["line"] for f in findings)
    marker_lines = [i + 1 for i, line in enumerate(merged.split("\n")) if re.match(r"(<{7}|={7}|>{7}|\|{7})( |$)", line)]
    expect(lines == marker_lines, f"E008 at lines {lines}, the markers are at {marker_lines}")
    # Every tool leaves it out: encat-diff exits 2.
    rc, _, _ = repo.tool("encat-diff", UNIFIED, "catalogs/zhejiang/unified-2021.yaml")
    expect(rc == 2, f"encat-diff with a conflicted input exited {rc}, not 2")


def case_driver_falls_back_to_a_line_merge_like_git_merge_file_when_a_side_is_not_yaml(repo):
    setup_with_comments(repo)
    install(repo)
    broken = ('    name: 对建设单位未组织竣工验收或者验收不合格擅自交付使用的行政处罚\n',
              '    name: [对建设单位未组织竣工验收或者验收不合格擅自交付使用的行政处罚\n')  # an unclosed bracket: E001
    base = branches(repo, [broken, TRAITS_1_OURS], [TRAITS_1_THEIRS, TRAITS_2_THEIRS])
    _, ours, _ = repo.git("show", f"main:{UNIFIED}")
    _, theirs, _ = repo.git("show", f"theirs:{UNIFIED}")
    rc, out, err = repo.git("merge", "--no-edit", "theirs", check=None)
    expect(rc == 1, f"git merge with an unreadable side and a conflict exited {rc}, not 1:\n{out}{err}")
    expect("line" in err.lower() or "行" in err, f"the driver does not say it merged by line:\n{err}")
    files = {}
    for name, text in (("base", base), ("ours", ours), ("theirs", theirs)):
        files[name] = os.path.join(repo.root, name + ".yaml")
        with open(files[name], "w", encoding="utf-8", newline="") as f:
            f.write(text)
    p = subprocess.run(["git", "merge-file", "-p", "-L", f"ours ({UNIFIED})", "-L", f"base ({UNIFIED})", "-L", f"theirs ({UNIFIED})",
                        files["ours"], files["base"], files["theirs"]], capture_output=True, env=repo.env)
    merged = repo.read(UNIFIED)
    expect(merged == p.stdout.decode(), "the driver's line merge differs from git merge-file's:\n" +
           "".join(difflib.unified_diff(p.stdout.decode().splitlines(True), merged.splitlines(True), "git merge-file", "driver")))
    rc, vout, _ = repo.tool("encat-validate", "--lang", "en", UNIFIED)
    expect(rc == 1 and "E008" in vout and "E001" not in vout, f"encat-validate on the line merge: not E008 alone:\n{vout}")


def case_without_the_driver_registered_git_merges_as_text(repo):
    setup_with_comments(repo)
    install(repo)
    repo.git("config", "--local", "--remove-section", "merge.encat")  # as in a fresh clone
    branches(repo, [FROM_1_OURS, TRAITS_1_OURS], [BOUNDARY_1_THEIRS])
    rc, out, err = repo.git("merge", "--no-edit", "theirs", check=None)
    # The two edits are on neighbouring lines: git's text merge conflicts where the driver would not.
    expect(rc == 1, f"git merge without the driver exited {rc}, not 1 (the case no longer shows the fallback)")
    rc, out, _ = repo.tool("encat-validate", "--lang", "en", UNIFIED)
    expect(rc == 1 and "E008" in out and "E001" not in out, f"encat-validate after git's text merge:\n{out}")


def case_diff_git_sees_added_deleted_renamed_and_changed_catalogs(repo):
    repo.commit("省级目录")
    repo.git("tag", "v1")
    # changed
    repo.edit(UNIFIED, TRAITS_1_OURS[0], TRAITS_1_OURS[1])
    # renamed (with git mv) into a folder whose name needs quoting in git's plain output, unchanged content
    os.makedirs(repo.path("catalogs/zhejiang/jiangshan/监管 清单"))
    repo.git("mv", "catalogs/zhejiang/jiangshan/supervision-2021.yaml", "catalogs/zhejiang/jiangshan/监管 清单/supervision-2021.yaml")
    # deleted
    repo.git("rm", "-q", "catalogs/zhejiang/jiangshan/departments/jiaotongyunshu-2021.yaml")
    # added: a copy of a township under a new id, not yet committed (untracked)
    township = repo.read("catalogs/zhejiang/jiangshan/townships/qinghu-2022.yaml")
    m = re.search(r"^id: (.+)$", township, re.M)
    repo.write("catalogs/zhejiang/jiangshan/townships/added-2022.yaml", township.replace(m.group(0), "id: " + m.group(1) + "-added"))
    # a file the tools skip: a name starting with '.'; and one git ignores
    repo.write("catalogs/zhejiang/.draft/x.yaml", "kind: nonsense\n")
    repo.write(".gitignore", "scratch/\n")
    repo.write("catalogs/zhejiang/scratch/unified-copy.yaml", repo.read(UNIFIED))
    expected = {
        ("modified", "catalogs/zhejiang/unified-2022.yaml", "catalogs/zhejiang/unified-2022.yaml"),
        ("renamed", "catalogs/zhejiang/jiangshan/supervision-2021.yaml", "catalogs/zhejiang/jiangshan/监管 清单/supervision-2021.yaml"),
        ("deleted", "catalogs/zhejiang/jiangshan/departments/jiaotongyunshu-2021.yaml", None),
        ("added", None, "catalogs/zhejiang/jiangshan/townships/added-2022.yaml"),
    }

    def statuses(out):
        report = json.loads(out)
        return {(f["status"], f.get("old_path"), f.get("new_path")) for f in report["files"]}, report["unchanged"]

    rc, out, err = repo.tool("encat-diff", "--git", "v1", "--format", "json", "catalogs")
    expect(rc == 1, f"encat-diff --git v1 exited {rc}, not 1:\n{out}{err}")
    found, unchanged = statuses(out)
    expect(found == expected, f"encat-diff --git v1 saw\n{sorted(found, key=str)}\nnot\n{sorted(expected, key=str)}")
    expect(unchanged == 56, f"{unchanged} unchanged catalogs, not 56 (59 at v1: 1 changed, 1 renamed, 1 deleted)")
    expect(".draft" not in out, "encat-diff --git read a file under a folder starting with '.'")
    expect("scratch" not in out, "encat-diff --git read a file git ignores")
    expect("330217001000" in out, "the changed matter is not in the diff")
    # The same run committed: the revision's side and the work tree's side are both git's.
    repo.commit("调整")
    rc, out2, err2 = repo.tool("encat-diff", "--git", "v1", "--format", "json", "catalogs")
    expect(rc == 1, f"encat-diff --git v1 after the commit exited {rc}:\n{err2}")
    expect(statuses(out2)[0] == expected, f"encat-diff --git v1 after the commit saw\n{sorted(statuses(out2)[0], key=str)}")
    rc, out3, err3 = repo.tool("encat-diff", "--git", "HEAD", "catalogs")
    expect(rc == 0, f"encat-diff --git HEAD with nothing changed exited {rc}, not 0:\n{out3}{err3}")
    # From a subfolder, with a relative path.
    p = subprocess.run([os.path.join(repo.tools, "encat-diff"), "--git", "v1", "--brief", "."], cwd=repo.path("catalogs/zhejiang"),
                       env=repo.env, capture_output=True, stdin=subprocess.DEVNULL)
    expect(p.returncode == 1, f"encat-diff --git from a subfolder exited {p.returncode}:\n{p.stdout.decode()}{p.stderr.decode()}")
    # Errors: an unknown revision, outside a repository.
    rc, _, err = repo.tool("encat-diff", "--git", "no-such-rev", "--lang", "en", "catalogs")
    expect(rc == 2 and "unknown git revision `no-such-rev`" in err, f"an unknown revision: exit {rc}\n{err}")
    outside = os.path.join(repo.root, "plain")
    shutil.copytree(repo.path("catalogs"), os.path.join(outside, "catalogs"))
    p = subprocess.run([os.path.join(repo.tools, "encat-diff"), "--git", "HEAD", "--lang", "en", "catalogs"], cwd=outside,
                       env=repo.env, capture_output=True, stdin=subprocess.DEVNULL)
    expect(p.returncode == 2 and "not inside a git repository" in p.stderr.decode(),
           f"outside a repository: exit {p.returncode}\n{p.stderr.decode()}")


def case_diff_git_reads_every_blob_through_one_git_process_and_many_megabytes_through_the_pipes(repo):
    unified = repo.read(UNIFIED)
    for i in range(48):  # 48 editions of ~110 KB: megabytes through the pipe, far beyond its buffer
        repo.write(f"catalogs/copies/unified-{i:02}.yaml", unified.replace("id: zj-unified-2022", f"id: zj-unified-2022-copy{i:02}"))
    repo.commit("48 份副本")
    for i in range(0, 48, 2):
        repo.edit(f"catalogs/copies/unified-{i:02}.yaml", TRAITS_1_OURS[0], TRAITS_1_OURS[1])
    # git on PATH is a wrapper that logs each run, then runs the real git.
    real_git = shutil.which("git", path=repo.env["PATH"])
    log = os.path.join(repo.root, "git.log")
    wrapper_dir = os.path.join(repo.root, "wrapper")
    os.makedirs(wrapper_dir)
    with open(os.path.join(wrapper_dir, "git"), "w") as f:
        f.write(f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{log}"\nexec "{real_git}" "$@"\n')
    os.chmod(os.path.join(wrapper_dir, "git"), 0o755)
    env = dict(repo.env, PATH=wrapper_dir + os.pathsep + repo.env["PATH"])
    p = subprocess.run([os.path.join(repo.tools, "encat-diff"), "--git", "HEAD", "--format", "json", "catalogs/copies"],
                       cwd=repo.dir, env=env, capture_output=True, stdin=subprocess.DEVNULL, timeout=100)
    expect(p.returncode == 1, f"encat-diff --git HEAD over 48 files exited {p.returncode}:\n{p.stderr.decode()[:2000]}")
    report = json.loads(p.stdout)
    expect(report["unchanged"] == 24 and len(report["files"]) == 24 and all(f["status"] == "modified" for f in report["files"]),
           f"not 24 modified and 24 unchanged: {report['unchanged']} unchanged, {[f['status'] for f in report['files']]}")
    with open(log) as f:
        runs = f.read().splitlines()
    cat_files = [r for r in runs if "cat-file" in r]
    expect(len(cat_files) == 1, f"{len(cat_files)} `git cat-file` runs for 48 blobs, not 1:\n" + "\n".join(runs))
    expect(len(runs) <= 6, f"{len(runs)} git runs for one --git diff:\n" + "\n".join(runs))


def case_git_diff_shows_the_diff_driver_output(repo):
    repo.commit("省级目录")
    install(repo)
    repo.edit(UNIFIED, TRAITS_1_OURS[0], TRAITS_1_OURS[1])
    rc, out, err = repo.git("diff", "--", UNIFIED, check=None)
    expect(rc == 0, f"git diff with the diff driver exited {rc}:\n{err}")
    expect("330217001000" in out, f"git diff does not show the changed matter:\n{out}")
    expect("@@ -" not in out, f"git diff shows a text diff, not the driver's:\n{out}")
    # Without the driver's attribute git shows its own diff: the driver is what changed the output.
    rc, plain, _ = repo.git("diff", "--no-ext-diff", "--", UNIFIED, check=None)
    expect("@@ -" in plain and plain != out, "git diff --no-ext-diff is not a text diff")


EXTENSION = "catalogs/zhejiang/jiangshan/extension-2022.yaml"


def case_merge_of_a_catalog_added_on_both_branches_merges_by_matter(repo):
    # git calls the driver with an empty BASE (%O) for a file added on both
    # branches: the two additions merge by matter, not as one whole-file conflict.
    original = repo.read(EXTENSION)
    codes = re.findall(r'^  - code: "(\d+)"', original, re.M)
    os.remove(repo.path(EXTENSION))
    repo.commit("初始（无扩展目录）")
    install(repo)
    first_line = original.split("\n", 1)[0] + "\n"
    last = original.index('  - code: "330217906000"')
    repo.git("checkout", "-q", "-b", "theirs")
    repo.write(EXTENSION, original.replace(first_line, first_line + "# 对方加入的扩展目录\n", 1))
    repo.commit("他方加入扩展目录")
    repo.git("checkout", "-q", "main")
    ours = original[:last].replace(first_line, first_line + "# 我方加入的扩展目录\n", 1)
    repo.write(EXTENSION, ours)
    repo.commit("本方加入扩展目录（少一项）")
    rc, out, err = repo.git("merge", "--no-edit", "theirs", check=None)
    merged = repo.read(EXTENSION)
    expect(rc == 0, f"git merge of a catalog added on both branches exited {rc}, not 0:\n{out}{err}\n--- merged\n{merged[:2000]}")
    expect(not re.search(r"^(<{7}|={7}|>{7})", merged, re.M), f"the merge holds conflict markers:\n{merged[:2000]}")
    expect(merged.startswith(ours), f"the merge does not keep ours's text (comments included):\n{merged[:2000]}")
    expect("# 我方加入的扩展目录\n" in merged, "ours's comment is gone")
    merged_codes = re.findall(r'^  - code: "(\d+)"', merged, re.M)
    expect(merged_codes == codes, f"the merge has the matters {merged_codes}, not {codes}")
    validate_province(repo)


def case_three_way_with_timings_prints_its_phases_on_standard_error(repo):
    repo.commit("初始")
    text = repo.read(UNIFIED)
    repo.write("base.yaml", text)
    repo.write("ours.yaml", text.replace(TRAITS_1_OURS[0], TRAITS_1_OURS[1], 1))
    repo.write("theirs.yaml", text.replace(TRAITS_2_THEIRS[0], TRAITS_2_THEIRS[1], 1))
    for extra in ([], ["-o", "ours.yaml", "--path", UNIFIED]):
        rc, out, err = repo.tool("encat-merge", "three-way", "base.yaml", "ours.yaml", "theirs.yaml", "--timings", *extra)
        expect(rc == 0, f"encat-merge three-way --timings {' '.join(extra)} exited {rc}, not 0:\n{err}")
        expect(re.fullmatch(r"timings: read \d+\.\d\d s, merge \d+\.\d\d s, (render|write) \d+\.\d\d s\n", err),
               f"--timings {' '.join(extra)} printed, on standard error:\n{err!r}")
    # Without --timings: nothing on standard error.
    rc, out, err = repo.tool("encat-merge", "three-way", "base.yaml", "ours.yaml", "theirs.yaml")
    expect(rc == 0 and err == "", f"without --timings: exit {rc}, standard error {err!r}")


CASES = {name[len("case_"):]: f for name, f in globals().items() if name.startswith("case_")}


def main():
    if len(sys.argv) == 4 and sys.argv[3] == "--list":
        print("\n".join(CASES))
        return 0
    if len(sys.argv) != 4 or sys.argv[3] not in CASES:
        print(__doc__, file=sys.stderr)
        return 2
    tools, source, case = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
    if not shutil.which("git"):
        print("SKIPPED: git is not installed")
        return 77
    root = tempfile.mkdtemp(prefix="encat-git-")
    try:
        CASES[case](Repo(tools, source, root))
    except Failure as failure:
        print(f"FAILED {case}:\n{failure}")
        print(f"(the repository is kept in {root})")
        return 1
    if os.environ.get("ENCAT_KEEP"):  # to look at the repository after a passing run
        print(f"(the repository is kept in {root})")
    else:
        shutil.rmtree(root, ignore_errors=True)
    print(f"passed {case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
