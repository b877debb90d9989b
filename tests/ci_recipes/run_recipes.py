#!/usr/bin/python3
"""Runs encat's CI recipes against a scratch catalog repository.

    run_recipes.py github|gitlab|pre-commit --tools DIR --source DIR

Reads the recipe files themselves (ci/github/encat.yml,
ci/gitlab/encat.gitlab-ci.yml, .pre-commit-hooks.yaml) and runs their shell
steps with the built tools first on PATH, skipping only the step that
installs encat (`id: install-encat` on GitHub, `before_script` on GitLab).
The repository is a clone of a bare scratch origin with two commits: `main`
holds a copy of catalogs/ and an .encat.yaml, the branch `change` renames a
matter (to the name of its neighbour, so validate has a W104 to report). The
variables are those the forge sets for a pull or merge request from `change`
into `main`.

What the runner understands of the recipes, and nothing more (anything else
fails the test, so no step is skipped silently):
- GitHub: `if:` a conjunction (`&&`) of `always()`, `success()`, `failure()`,
  `cancelled()`, `!cancelled()`, `github.event_name == '…'` and `!= '…'`,
  with or without `${{ }}`; `${{ vars.NAME }}`, `${{ vars.NAME || '…' }}`
  as a whole value of `env:` or `with:`; `run:` steps in the bash of
  `defaults.run.shell`; the actions checkout (the scratch clone is the
  checkout), upload-sarif (its file must be SARIF 2.1.0) and upload-artifact
  (its path must exist; it is copied as the artifact). A step without a
  status function runs only while no step has failed, as on GitHub.
- GitLab: `rules:` with `if:` a conjunction of `$VAR`, `$VAR == "…"` and
  `$VAR != "…"`, and `when: never`; job `variables:`; `script:` run as one
  bash script under `set -eo pipefail`, as the runner does; `artifacts:`
  `paths` (files or folders ending in /) and `reports: junit`.
- pre-commit: `entry` with `language: system` and `pass_filenames: false`;
  a hook fails when it exits non-zero or changes a file, as pre-commit says.
  When the `pre-commit` program is installed, `pre-commit try-repo` runs the
  hooks too.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zipfile

import yaml

RENAMED_CODE = "330214902000"
RENAMED_FROM = "对在风景名胜区景物或者设施上刻划、涂污的行政处罚"
EXTENSION = "catalogs/zhejiang/jiangshan/extension-2022.yaml"
PUBLISHABLE = {"unified", "extension", "department", "supervision", "lenient"}


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def run(args, cwd, env, **kwargs):
    return subprocess.run(args, cwd=cwd, env=env, text=True, capture_output=True, **kwargs)


def git(cwd, env, *args):
    result = run(["git", *args], cwd, env)
    check(result.returncode == 0, f"git {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout


class Scratch:
    """The bare origin, the two commits, and a CI checkout of `change`."""

    def __init__(self, source, tools):
        self.root = tempfile.mkdtemp(prefix="encat-ci-")
        home = os.path.join(self.root, "home")
        os.makedirs(home)
        self.env = {
            "PATH": tools + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,  # the recipes run `git config --global`: never the real one
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TMPDIR": os.path.join(self.root, "tmp"),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "ci", "GIT_AUTHOR_EMAIL": "ci@example.org",
            "GIT_COMMITTER_NAME": "ci", "GIT_COMMITTER_EMAIL": "ci@example.org",
            "NO_COLOR": "1",
        }
        for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "ENCAT_SANITIZED"):
            if name in os.environ:  # the sanitizer build's settings (scripts/test.sh)
                self.env[name] = os.environ[name]
        os.makedirs(self.env["TMPDIR"])
        origin = os.path.join(self.root, "origin.git")
        author = os.path.join(self.root, "author")
        git(self.root, self.env, "init", "-q", "--bare", "-b", "main", origin)
        git(self.root, self.env, "clone", "-q", origin, author)
        git(author, self.env, "checkout", "-q", "-b", "main")
        shutil.copytree(os.path.join(source, "catalogs"), os.path.join(author, "catalogs"))
        with open(os.path.join(author, ".encat.yaml"), "w", encoding="utf-8") as f:
            f.write("paths: [catalogs]\n")
        git(author, self.env, "add", ".")
        git(author, self.env, "commit", "-q", "-m", "the catalogs")
        git(author, self.env, "push", "-q", "origin", "main")
        git(author, self.env, "checkout", "-q", "-b", "change")
        path = os.path.join(author, EXTENSION)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        matters = yaml.safe_load(text)["matters"]
        index = [m["code"] for m in matters].index(RENAMED_CODE)
        self.new_name = matters[index - 1]["name"]  # the neighbour's name: W104
        old_line = f"    name: {RENAMED_FROM}\n"
        check(text.count(old_line) == 1, f"{EXTENSION} no longer has the line {old_line!r}")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old_line, f"    name: {self.new_name}\n"))
        git(author, self.env, "commit", "-q", "-am", f"rename {RENAMED_CODE}")
        git(author, self.env, "push", "-q", "origin", "change")
        # The forge's checkout: a shallow clone of the branch under review.
        self.work = os.path.join(self.root, "work")
        git(self.root, self.env, "clone", "-q", "--depth", "1", "--branch", "change",
            "file://" + origin, self.work)
        self.artifacts = os.path.join(self.root, "artifacts")
        os.makedirs(self.artifacts)

    def catalogs(self):
        """(kind, id, county) of every catalog of the checkout, read with PyYAML."""
        found = []
        for folder, _, files in os.walk(os.path.join(self.work, "catalogs")):
            for name in sorted(files):
                if name.endswith((".yaml", ".yml")):
                    with open(os.path.join(folder, name), encoding="utf-8") as f:
                        doc = yaml.safe_load(f)
                    found.append((doc["kind"], doc["id"], doc.get("county")))
        return found


# --- GitHub ---------------------------------------------------------------

STATUS_FUNCTIONS = {"always()", "success()", "failure()", "cancelled()", "!cancelled()"}


def strip_expression(text):
    text = str(text).strip()
    match = re.fullmatch(r"\$\{\{(.*)\}\}", text, re.S)
    return match.group(1).strip() if match else text


def github_if(expression, context, failed):
    """Evaluates the subset of GitHub's `if:` expressions described above."""
    has_status = False
    value = True
    for atom in strip_expression(expression).split("&&"):
        atom = atom.strip()
        if atom in STATUS_FUNCTIONS:
            has_status = True
            value &= {"always()": True, "success()": not failed, "failure()": failed,
                      "cancelled()": False, "!cancelled()": True}[atom]
            continue
        match = re.fullmatch(r"github\.(\w+)\s*(==|!=)\s*'([^']*)'", atom)
        if not match:
            raise Failure(f"the test does not understand the expression {atom!r} (in {expression!r})")
        if match.group(1) not in context:
            raise Failure(f"the test does not know `github.{match.group(1)}` (in {expression!r})")
        equal = context[match.group(1)] == match.group(3)
        value &= equal if match.group(2) == "==" else not equal
    return value if has_status else value and not failed


def github_value(value, variables):
    """A value of `env:` or `with:`: text, or `${{ vars.NAME [|| '…'] }}`."""
    text = str(value)
    if "${{" not in text:
        return text
    match = re.fullmatch(r"\$\{\{\s*vars\.(\w+)\s*(?:\|\|\s*'([^']*)'\s*)?\}\}", text.strip())
    if not match:
        raise Failure(f"the test does not understand the value {text!r}")
    return variables.get(match.group(1)) or match.group(2) or ""


def run_github(source, scratch):
    with open(os.path.join(source, "ci/github/encat.yml"), encoding="utf-8") as f:
        workflow = yaml.safe_load(f)
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    check("pull_request" in triggers and "push" in triggers, f"the workflow runs on {triggers}")
    jobs = workflow["jobs"]
    check(len(jobs) == 1, f"one job expected, got {list(jobs)}")
    job = next(iter(jobs.values()))
    check(job.get("container") == "debian:12", f"the job's container is {job.get('container')}")
    shell = job.get("defaults", {}).get("run", {}).get("shell")
    check(shell == "bash", f"the test runs `run:` steps in bash; the workflow's shell is {shell}")

    variables = {}  # no repository variable set: the defaults apply
    summary = os.path.join(scratch.root, "step-summary.md")
    open(summary, "w").close()
    runner_temp = os.path.join(scratch.root, "runner-temp")
    os.makedirs(runner_temp)
    context = {"event_name": "pull_request"}
    base_env = dict(scratch.env, CI="true", GITHUB_ACTIONS="true", GITHUB_EVENT_NAME="pull_request",
                    GITHUB_BASE_REF="main", GITHUB_HEAD_REF="change", GITHUB_REF="refs/pull/1/merge",
                    GITHUB_WORKSPACE=scratch.work, GITHUB_STEP_SUMMARY=summary, RUNNER_TEMP=runner_temp)
    for key, value in {**workflow.get("env", {}), **job.get("env", {})}.items():
        base_env[key] = github_value(value, variables)

    failed = False
    results = []  # (name, outcome, output)
    installs = [step for step in job["steps"] if step.get("id") == "install-encat"]
    check(len(installs) == 1, "the workflow has no step `id: install-encat`, or more than one")
    for number, step in enumerate(job["steps"], 1):
        name = step.get("name") or step.get("uses") or f"step {number}"
        if step.get("id") == "install-encat":
            check("run" in step and "cmake --install" in step["run"], "the install step does not install encat")
            results.append((name, "skipped (install)", ""))
            continue
        if not github_if(step.get("if", "success()"), context, failed):
            results.append((name, "skipped", ""))
            continue
        env = dict(base_env)
        for key, value in step.get("env", {}).items():
            env[key] = github_value(value, variables)
        if "uses" in step:
            outcome, output = github_action(step, scratch, variables)
        else:
            script = step["run"]
            check("${{" not in script, f"step {name!r}: the test does not expand `${{{{ }}}}` in a script")
            path = os.path.join(runner_temp, f"step-{number}.sh")
            with open(path, "w", encoding="utf-8") as f:
                f.write(script)
            result = run(["bash", "--noprofile", "--norc", "-eo", "pipefail", path], scratch.work, env)
            outcome = result.returncode
            output = result.stdout + result.stderr
        if outcome != 0 and not step.get("continue-on-error"):
            failed = True
        results.append((name, outcome, output))
    # On a push, only the pull request's diff is left out.
    on_push = [step.get("name") for step in job["steps"]
               if not github_if(step.get("if", "success()"), {"event_name": "push"}, False)]
    check(on_push == ["What the pull request changes, matter by matter"], f"on a push these steps are skipped: {on_push}")
    return results, summary, base_env["ENCAT_AUDIT_ARGS"]


def github_action(step, scratch, variables):
    action = step["uses"].split("@")[0]
    given = {key: github_value(value, variables) for key, value in step.get("with", {}).items()}
    if action == "actions/checkout":
        return 0, "the scratch clone is the checkout"
    if action == "github/codeql-action/upload-sarif":
        with open(os.path.join(scratch.work, given["sarif_file"]), encoding="utf-8") as f:
            sarif = json.load(f)
        check(sarif.get("version") == "2.1.0", f"{given['sarif_file']} is not SARIF 2.1.0")
        return 0, "SARIF 2.1.0"
    if action == "actions/upload-artifact":
        path = os.path.join(scratch.work, given["path"])
        check(os.path.exists(path), f"the artifact path {given['path']} does not exist")
        shutil.copytree(path, os.path.join(scratch.artifacts, given["name"]))
        return 0, f"uploaded {given['path']} as {given['name']}"
    raise Failure(f"the test does not know the action {step['uses']}")


# --- GitLab ---------------------------------------------------------------

def gitlab_rule_matches(condition, env):
    for atom in condition.split("&&"):
        atom = atom.strip()
        match = re.fullmatch(r'\$(\w+)(?:\s*(==|!=)\s*"([^"]*)")?', atom)
        if not match:
            raise Failure(f"the test does not understand the rule {atom!r}")
        value = env.get(match.group(1), "")
        if match.group(2) is None:
            ok = value != ""
        elif match.group(2) == "==":
            ok = value == match.group(3)
        else:
            ok = value != match.group(3)
        if not ok:
            return False
    return True


def run_gitlab(source, scratch):
    with open(os.path.join(source, "ci/gitlab/encat.gitlab-ci.yml"), encoding="utf-8") as f:
        template = yaml.safe_load(f)
    jobs = {key: value for key, value in template.items()
            if not key.startswith(".") and key not in ("stages", "variables", "default", "include", "workflow")}
    check(len(jobs) == 1, f"one job expected, got {list(jobs)}")
    job = next(iter(jobs.values()))
    check(job.get("image") == "debian:12", f"the job's image is {job.get('image')}")
    check("cmake --install" in "\n".join(job["before_script"]), "before_script does not install encat")
    env = dict(scratch.env, CI="true", GITLAB_CI="true", CI_PIPELINE_SOURCE="merge_request_event",
               CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main", CI_MERGE_REQUEST_SOURCE_BRANCH_NAME="change",
               CI_COMMIT_REF_NAME="change", CI_PROJECT_DIR=scratch.work)
    for key, value in {**template.get("variables", {}), **job.get("variables", {})}.items():
        check("$" not in str(value), f"the test does not expand variables in {key}: {value}")
        env.setdefault(key, str(value))
    runs = False
    for rule in job.get("rules", [{}]):
        if "if" not in rule or gitlab_rule_matches(rule["if"], env):
            runs = rule.get("when", "on_success") != "never"
            break
    check(runs, "the job's rules leave it out of a merge-request pipeline")
    script = "set -eo pipefail\n" + "\n".join(job["script"]) + "\n"
    check("${{" not in script, "a GitHub expression in the GitLab script")
    path = os.path.join(scratch.root, "gitlab-script.sh")
    with open(path, "w", encoding="utf-8") as f:
        f.write(script)
    result = run(["bash", "--noprofile", "--norc", path], scratch.work, env)
    artifacts = job["artifacts"]
    check(artifacts.get("when") == "always", "the artifacts are not kept when the job fails")
    check("expose_as" in artifacts, "no artifact is exposed in the merge request")
    for entry in artifacts["paths"]:
        check("$" not in entry and not entry.startswith("./"), f"expose_as cannot show {entry}")
        source_path = os.path.join(scratch.work, entry)
        check(os.path.exists(source_path), f"the artifact path {entry} does not exist\n{result.stdout}{result.stderr}")
        target = os.path.join(scratch.artifacts, "encat", os.path.relpath(source_path, os.path.join(scratch.work, "encat-out")))
        if entry.endswith("/"):
            shutil.copytree(source_path, target)
        else:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy(source_path, target)
    return result, artifacts, env["ENCAT_AUDIT_ARGS"]


# --- what the recipes must give ---------------------------------------------

def check_tables(scratch, folder):
    tables = os.path.join(folder, "tables")
    counties = set()
    for kind, catalog_id, county in scratch.catalogs():
        if kind == "township":
            counties.add(county)
        if kind not in PUBLISHABLE:
            continue
        for extension in ("md", "xlsx", "html"):
            check(os.path.isfile(os.path.join(tables, f"{catalog_id}.{extension}")),
                  f"no table {catalog_id}.{extension} among the artifacts: {sorted(os.listdir(tables))}")
    check(counties, "the sample has no township")
    for county in counties:
        for extension in ("md", "xlsx", "html"):
            check(os.path.isfile(os.path.join(tables, f"townships-{county}.{extension}")),
                  f"no townships-{county}.{extension} among the artifacts")
    with open(os.path.join(tables, "jiangshan-extension-2022.md"), encoding="utf-8") as f:
        table = f.read()
    check(RENAMED_CODE in table and scratch.new_name in table,
          "the extension's table lacks the renamed matter (code and new name)")
    check(RENAMED_FROM not in table, "the extension's table still has the old name")
    workbook = os.path.join(tables, "jiangshan-extension-2022.xlsx")
    check(zipfile.is_zipfile(workbook), "the xlsx is not a zip")
    with zipfile.ZipFile(workbook) as archive:
        check("xl/workbook.xml" in archive.namelist(), "the xlsx has no xl/workbook.xml")
        check(any(RENAMED_CODE in archive.read(name).decode("utf-8")
                  for name in archive.namelist() if name.endswith(".xml")),
              "the xlsx does not hold the renamed matter's code")
    with open(os.path.join(tables, "zj-unified-2022.html"), encoding="utf-8") as f:
        check("<html" in f.read(), "zj-unified-2022.html is not an HTML page")
    with open(os.path.join(folder, "audit.html"), encoding="utf-8") as f:
        report = f.read()
    check("<html" in report and "330881" in report, "audit.html is not the evaluation report")


def check_changes(text, base, where):
    check(f"目录变更（对照 `{base}`）" in text, f"{where} lacks the diff's heading (against `{base}`)")
    check(RENAMED_CODE in text, f"{where} lacks the changed matter's code {RENAMED_CODE}")


def expected_audit_status(scratch, args):
    """What `encat-audit ARGS --check` exits with on the scratch catalogs (0 or 1)."""
    result = run(["encat-audit", *args.split(), "--check"], scratch.work, scratch.env)
    check(result.returncode in (0, 1), f"encat-audit {args} --check exits {result.returncode}:\n{result.stderr}")
    return result.returncode


def test_github(source, scratch):
    results, summary, audit_args = run_github(source, scratch)
    log = "\n".join(f"--- {name}: {outcome}\n{output}" for name, outcome, output in results)
    for name, outcome, _ in results:
        print(f"{name}: {outcome}")
    check(audit_args == "--province", f"ENCAT_AUDIT_ARGS defaults to {audit_args!r}")
    audit_status = expected_audit_status(scratch, audit_args)
    for name, outcome, output in results:
        check(outcome != "skipped", f"step {name!r} was skipped in a pull request\n{log}")
        if "encat-audit" in name:
            check(outcome == audit_status, f"the audit step gave {outcome}, encat-audit itself {audit_status}\n{log}")
        elif isinstance(outcome, int):
            check(outcome == 0, f"step {name!r} failed ({outcome})\n{log}")
    check(any("encat-audit" in name for name, _, _ in results), "no audit step")
    with open(summary, encoding="utf-8") as f:
        text = f.read()
    check_changes(text, "origin/main", "the job summary")
    check("浙江省" in text and "`330881`" in text, f"the job summary lacks the audit's table\n{text}")
    annotations = "".join(output for name, _, output in results if "annotations" in name)
    check(f"::warning file={EXTENSION},line=" in annotations and "title=W104" in annotations,
          f"no W104 annotation on {EXTENSION}\n{annotations}")
    folder = os.path.join(scratch.artifacts, "encat")
    with open(os.path.join(folder, "changes.md"), encoding="utf-8") as f:
        check_changes(f.read(), "origin/main", "changes.md")
    check_tables(scratch, folder)


def test_gitlab(source, scratch):
    result, artifacts, audit_args = run_gitlab(source, scratch)
    log = result.stdout + result.stderr
    check(audit_args == "--province", f"ENCAT_AUDIT_ARGS defaults to {audit_args!r}")
    audit_status = expected_audit_status(scratch, audit_args)
    if audit_status == 0:
        check(result.returncode == 0, f"the job failed\n{log}")
    else:
        check(result.returncode == 1 and "failed: encat-audit" in log,
              f"the job should fail on the audit alone (exit {result.returncode})\n{log}")
    folder = os.path.join(scratch.artifacts, "encat")
    with open(os.path.join(folder, "changes.md"), encoding="utf-8") as f:
        check_changes(f.read(), "origin/main", "changes.md")
    junit = os.path.join(scratch.work, artifacts["reports"]["junit"])
    try:
        root = ElementTree.parse(junit).getroot()
    except ElementTree.ParseError as error:
        raise Failure(f"the JUnit report is not well-formed XML: {error}")
    check(root.tag == "testsuites", f"the JUnit root is {root.tag}")
    files = {suite.get("name") for suite in root.iter("testsuite")}
    check(EXTENSION in files, f"the JUnit report does not name {EXTENSION}: {files}")
    check(any("W104" in (case.get("name") or "") for case in root.iter("testcase")), "no W104 in the JUnit report")
    check_tables(scratch, folder)


def test_pre_commit(source, scratch):
    with open(os.path.join(source, ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
        hooks = {hook["id"]: hook for hook in yaml.safe_load(f)}
    check(set(hooks) == {"encat-fmt", "encat-validate"}, f"hooks {sorted(hooks)}")
    for hook in hooks.values():
        check(hook["language"] == "system" and hook.get("pass_filenames") is False,
              f"{hook['id']}: the test runs system hooks that check every catalog")
        check(re.search(hook["files"], EXTENSION), f"{hook['id']} does not run for {EXTENSION}")

    def run_hook(hook_id):
        """Like pre-commit: fails when the entry exits non-zero or changes a file."""
        before = git(scratch.work, scratch.env, "status", "--porcelain")
        result = run(hooks[hook_id]["entry"].split(), scratch.work, scratch.env)
        after = git(scratch.work, scratch.env, "status", "--porcelain")
        return result.returncode != 0 or before != after, result

    failed, result = run_hook("encat-fmt")
    check(not failed, f"encat-fmt fails on canonical catalogs\n{result.stdout}{result.stderr}")
    failed, result = run_hook("encat-validate")
    check(not failed, f"encat-validate fails on the sample (warnings only)\n{result.stdout}{result.stderr}")
    check("W104" in result.stdout + result.stderr, "encat-validate does not show the W104 warning")

    path = os.path.join(scratch.work, EXTENSION)
    with open(path, encoding="utf-8") as f:
        canonical = f.read()
    messy = canonical.replace('  - code: "330214902000"', "  - code: '330214902000'", 1)
    check(messy != canonical, "could not make the extension non-canonical")
    with open(path, "w", encoding="utf-8") as f:
        f.write(messy)
    failed, result = run_hook("encat-fmt")
    check(failed, "the encat-fmt hook passes on a file not in canonical form")
    with open(path, encoding="utf-8") as f:
        check(f.read() == canonical, "the encat-fmt hook did not rewrite the file in canonical form")
    failed, result = run_hook("encat-fmt")
    check(not failed, "the encat-fmt hook fails again after fixing the file")

    # an error in one catalog fails validate, whichever files the commit has
    with open(path, "w", encoding="utf-8") as f:
        f.write(canonical.replace('  - code: "330214902000"', '  - code: "330214901000"', 1))
    failed, result = run_hook("encat-validate")
    check(failed and "E101" in result.stdout + result.stderr, "the encat-validate hook passes a duplicate code")
    with open(path, "w", encoding="utf-8") as f:
        f.write(canonical)

    if shutil.which("pre-commit", path=scratch.env["PATH"]):
        test_real_pre_commit(source, scratch, path, messy, canonical)
    else:
        print("pre-commit is not installed: its own run of the hooks was left out")


def test_real_pre_commit(source, scratch, path, messy, canonical):
    """`pre-commit try-repo` with the source tree's .pre-commit-hooks.yaml (in a small repository
    of its own: try-repo on the source tree would copy its whole work tree)."""
    env = dict(scratch.env, PRE_COMMIT_HOME=os.path.join(scratch.root, "pre-commit-cache"))
    hooks = os.path.join(scratch.root, "hooks")
    os.makedirs(hooks)
    shutil.copy(os.path.join(source, ".pre-commit-hooks.yaml"), hooks)
    git(hooks, env, "init", "-q")
    git(hooks, env, "add", ".pre-commit-hooks.yaml")
    git(hooks, env, "commit", "-q", "-m", "hooks")
    with open(path, "w", encoding="utf-8") as f:
        f.write(messy)
    git(scratch.work, env, "add", EXTENSION)
    result = run(["pre-commit", "try-repo", hooks, "encat-fmt", "--color", "never"], scratch.work, env)
    output = result.stdout + result.stderr
    check(result.returncode == 1 and "files were modified by this hook" in output,
          f"pre-commit's encat-fmt hook does not fail on a non-canonical file\n{output}")
    with open(path, encoding="utf-8") as f:
        check(f.read() == canonical, "pre-commit's encat-fmt hook did not rewrite the file")
    git(scratch.work, env, "add", EXTENSION)
    result = run(["pre-commit", "try-repo", hooks, "--all-files", "--color", "never"], scratch.work, env)
    output = result.stdout + result.stderr
    check(result.returncode == 0 and "encat-validate" in output and "encat-fmt" in output,
          f"pre-commit's hooks do not pass on canonical catalogs\n{output}")
    print(output)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recipe", choices=["github", "gitlab", "pre-commit"])
    parser.add_argument("--tools", required=True, help="the folder of the built encat tools")
    parser.add_argument("--source", required=True, help="encat's source tree")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args()
    tools = os.path.abspath(args.tools)
    source = os.path.abspath(args.source)
    scratch = Scratch(source, tools)
    try:
        {"github": test_github, "gitlab": test_gitlab, "pre-commit": test_pre_commit}[args.recipe](source, scratch)
    except Failure as failure:
        print(f"FAIL: {failure}", file=sys.stderr)
        print(f"scratch folder: {scratch.root}", file=sys.stderr)
        return 1
    if not args.keep:
        shutil.rmtree(scratch.root, ignore_errors=True)
    else:
        print(f"scratch folder: {scratch.root}")
    print(f"ok: the {args.recipe} recipe")
    return 0


if __name__ == "__main__":
    sys.exit(main())
