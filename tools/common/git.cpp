// Git as a program: posix_spawnp("git", "-C", DIR, …) with the three standard
// streams on pipes, all of them served by one poll loop (a large output never
// blocks git while we write, a large error output never blocks it while we
// read), and the child always waited for.
#include "common/git.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

#include "util/files.h"

extern char** environ;

namespace encat::tool {
namespace {

namespace fs = std::filesystem;

struct GitRun {
  std::optional<std::string> spawn_error;  // git could not be started
  int status = -1;                         // the exit status (-1: killed by a signal)
  std::string out, err;
  bool ok() const { return !spawn_error && status == 0; }
};

// Runs `git -C dir args…` with `input` on its standard input. Never through a shell.
GitRun run_git(const std::string& dir, const std::vector<std::string>& args, std::string_view input = {}) {
  GitRun run;
  int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
  auto close_fd = [](int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  };
  auto close_all = [&] {
    for (int* p : {in, out, err}) close_fd(p[0]), close_fd(p[1]);
  };
  if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
    run.spawn_error = std::strerror(errno);
    close_all();
    return run;
  }
  std::vector<std::string> argv_strings = {"git", "-C", dir};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err[1], 2);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close_fd(in[0]), close_fd(out[1]), close_fd(err[1]);
  if (spawned != 0) {
    run.spawn_error = std::strerror(spawned);
    close_all();
    return run;
  }

  // A write to a git that has exited must not kill us: SIGPIPE is blocked
  // on this thread while we write, and one it raised is taken back.
  sigset_t pipe_signal, old_mask;
  sigemptyset(&pipe_signal);
  sigaddset(&pipe_signal, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe_signal, &old_mask);
  bool got_epipe = false;

  size_t written = 0;
  if (input.empty()) close_fd(in[1]);
  else ::fcntl(in[1], F_SETFL, ::fcntl(in[1], F_GETFL) | O_NONBLOCK);
  char buffer[65536];
  while (out[0] >= 0 || err[0] >= 0 || in[1] >= 0) {
    pollfd fds[3];
    nfds_t n = 0;
    if (out[0] >= 0) fds[n++] = {out[0], POLLIN, 0};
    if (err[0] >= 0) fds[n++] = {err[0], POLLIN, 0};
    if (in[1] >= 0) fds[n++] = {in[1], POLLOUT, 0};
    if (::poll(fds, n, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (nfds_t i = 0; i < n; ++i) {
      if (!fds[i].revents) continue;
      if (fds[i].fd == in[1]) {
        const ssize_t w = ::write(in[1], input.data() + written, input.size() - written);
        if (w > 0) written += static_cast<size_t>(w);
        else if (w < 0 && errno != EAGAIN && errno != EINTR) got_epipe = got_epipe || errno == EPIPE, written = input.size();
        if (written == input.size()) close_fd(in[1]);
        continue;
      }
      const ssize_t r = ::read(fds[i].fd, buffer, sizeof buffer);
      if (r > 0) (fds[i].fd == out[0] ? run.out : run.err).append(buffer, static_cast<size_t>(r));
      else if (r == 0 || (errno != EINTR && errno != EAGAIN)) close_fd(fds[i].fd == out[0] ? out[0] : err[0]);
    }
  }
  close_all();
  if (got_epipe) {
    const timespec zero = {0, 0};
    while (sigtimedwait(&pipe_signal, nullptr, &zero) > 0) {
    }
  }
  pthread_sigmask(SIG_SETMASK, &old_mask, nullptr);

  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string join(const std::vector<std::string>& args) {
  std::string out;
  for (const std::string& a : args) out += (out.empty() ? "" : " ") + a;
  return out;
}

// git's own word on a failure: its first `fatal:`/`error:` line, or its first line.
std::string git_says(const GitRun& run) {
  if (run.spawn_error) return *run.spawn_error;
  std::string_view err = run.err;
  size_t at = 0;
  std::string_view first;
  while (at < err.size()) {
    const size_t end = std::min(err.find('\n', at), err.size());
    const std::string_view line = err.substr(at, end - at);
    if (first.empty() && !line.empty()) first = line;
    if (line.rfind("fatal: ", 0) == 0 || line.rfind("error: ", 0) == 0) return std::string(line);
    at = end + 1;
  }
  return first.empty() ? "exit status " + std::to_string(run.status) : std::string(first);
}

Text failed(const GitRun& run, const std::vector<std::string>& args) {
  if (run.spawn_error) return text("无法运行 `git`：{}", "cannot run `git`: {}", *run.spawn_error);
  return text("`git {}` 失败：{}", "`git {}` failed: {}", join(args), git_says(run));
}

std::vector<std::string_view> split_nul(std::string_view s) {
  std::vector<std::string_view> parts;
  while (!s.empty()) {
    const size_t end = s.find('\0');
    parts.push_back(s.substr(0, end));
    if (end == std::string_view::npos) break;
    s.remove_prefix(end + 1);
  }
  return parts;
}

std::string chomp(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

bool is_catalog_name(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// Whether `file` (absolute, normal) is a catalog file under one of `roots`
// (absolute, normal) as collect_files would take it: the root itself, or a
// *.yaml / *.yml below it with no name starting with '.' on the way.
bool under_roots(const fs::path& file, const std::vector<fs::path>& roots) {
  for (const fs::path& root : roots) {
    if (file == root) return true;
    const fs::path rel = file.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..") continue;
    bool hidden = false;
    for (const fs::path& part : rel) hidden = hidden || (!part.empty() && part.string()[0] == '.');
    if (!hidden && is_catalog_name(file)) return true;
  }
  return false;
}

std::string shown(const fs::path& absolute, const fs::path& cwd) {
  fs::path rel = absolute.lexically_relative(cwd);
  if (rel.empty()) rel = absolute;
  return rel.generic_string();
}

struct Blob {
  std::string oid;
  std::uintmax_t size = 0;
};

}  // namespace

std::variant<std::vector<GitEdition>, Text> git_editions(const std::string& rev, const std::vector<std::string>& paths_given,
                                                         std::uintmax_t max_file_size) {
  const std::vector<std::string> paths = paths_given.empty() ? std::vector<std::string>{"."} : paths_given;
  std::error_code ec;
  const fs::path cwd = fs::current_path(ec);
  if (ec) return text("无法确定当前文件夹：{}", "cannot tell the current folder: {}", ec.message());

  const GitRun top_run = run_git(".", {"rev-parse", "--show-toplevel"});
  if (top_run.spawn_error) return failed(top_run, {});
  if (!top_run.ok()) return text("`{}` 不在 git 仓库中", "`{}` is not inside a git repository", cwd.generic_string());
  const fs::path top = fs::path(chomp(top_run.out)).lexically_normal();
  if (rev.empty() || rev[0] == '-' || !run_git(".", {"rev-parse", "--verify", "--quiet", rev + "^{commit}"}).ok())
    return text("git 仓库中没有修订版本 `{}`", "unknown git revision `{}`", rev);

  std::vector<fs::path> roots;
  for (const std::string& p : paths) roots.push_back((cwd / p).lexically_normal());
  for (fs::path& r : roots)
    if (!r.has_filename() && r != r.root_path()) r = r.parent_path();  // "dir/" → "dir"

  // The revision's side: blobs (with their sizes) under the paths.
  std::vector<std::string> ls = {"ls-tree", "-r", "-l", "-z", "--full-name", rev, "--"};
  ls.insert(ls.end(), paths.begin(), paths.end());
  const GitRun tree = run_git(".", ls);
  if (!tree.ok()) return failed(tree, ls);
  std::map<fs::path, Blob> old_files;  // absolute path → blob
  for (std::string_view entry : split_nul(tree.out)) {
    // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
    const size_t tab = entry.find('\t');
    if (tab == std::string_view::npos) continue;
    const std::string_view meta = entry.substr(0, tab);
    const std::string path(entry.substr(tab + 1));
    if (meta.rfind("100644 blob ", 0) != 0 && meta.rfind("100755 blob ", 0) != 0) continue;  // no links, no submodules
    const size_t oid_end = meta.find(' ', 12);
    Blob blob{std::string(meta.substr(12, oid_end - 12)), 0};
    const size_t size_at = meta.find_first_not_of(' ', oid_end);
    blob.size = std::strtoull(std::string(meta.substr(size_at)).c_str(), nullptr, 10);
    const fs::path absolute = (top / path).lexically_normal();
    if (under_roots(absolute, roots)) old_files.emplace(absolute, std::move(blob));
  }

  // The working tree's side: what the tools themselves would read.
  std::vector<std::string> present;
  for (const std::string& p : paths)
    if (fs::exists(fs::symlink_status(p, ec))) present.push_back(p);
  std::map<fs::path, std::string> new_files;  // absolute path → the path as collect_files gives it
  if (!present.empty()) {
    const FileList list = collect_files(present);
    if (!list.problems.empty()) return problem_text(list.problems.front());
    for (const std::string& f : list.files) new_files.emplace((cwd / f).lexically_normal(), f);
  }

  // Renames, as git finds them between the revision and the work tree.
  std::vector<std::string> diff = {"diff", "-M", "--name-status", "-z", rev, "--"};
  diff.insert(diff.end(), paths.begin(), paths.end());
  const GitRun renames = run_git(".", diff);
  if (!renames.ok()) return failed(renames, diff);
  std::vector<std::pair<fs::path, fs::path>> renamed;
  {
    const std::vector<std::string_view> parts = split_nul(renames.out);
    for (size_t i = 0; i < parts.size();) {
      const std::string_view status = parts[i];
      if (status.empty()) {
        ++i;
        continue;
      }
      const bool two = status[0] == 'R' || status[0] == 'C';
      if (status[0] == 'R' && i + 2 < parts.size())
        renamed.emplace_back((top / std::string(parts[i + 1])).lexically_normal(), (top / std::string(parts[i + 2])).lexically_normal());
      i += two ? 3 : 2;
    }
  }

  std::vector<GitEdition> editions;
  std::set<fs::path> old_used, new_used;
  for (const auto& [from, to] : renamed) {
    if (!old_files.count(from) || !new_files.count(to) || old_used.count(from) || new_used.count(to)) continue;
    GitEdition e;
    e.status = GitEdition::Status::Renamed;
    e.old_path = shown(from, cwd);
    e.new_path = shown(to, cwd);
    editions.push_back(std::move(e));
    old_used.insert(from);
    new_used.insert(to);
  }
  for (const auto& [path, blob] : old_files) {
    if (old_used.count(path)) continue;
    GitEdition e;
    e.old_path = shown(path, cwd);
    if (new_files.count(path) && !new_used.count(path)) {
      e.status = GitEdition::Status::Modified;  // Unchanged when the bytes turn out the same
      e.new_path = e.old_path;
      new_used.insert(path);
    } else {
      e.status = GitEdition::Status::Deleted;
    }
    editions.push_back(std::move(e));
  }
  // An untracked file git ignores (a build folder's output, a scratch copy) is
  // no catalog of the repository: git's view wins over the folder's.
  std::string candidates;
  for (const auto& [path, given] : new_files)
    if (!new_used.count(path)) candidates += shown(path, cwd) + '\0';
  std::set<std::string> ignored;
  if (!candidates.empty()) {
    const std::vector<std::string> check = {"check-ignore", "-z", "--stdin"};
    const GitRun run = run_git(".", check, candidates);
    if (run.spawn_error || (run.status != 0 && run.status != 1)) return failed(run, check);  // 1: none ignored
    for (std::string_view p : split_nul(run.out)) ignored.emplace(p);
  }
  for (const auto& [path, given] : new_files) {
    if (new_used.count(path) || ignored.count(shown(path, cwd))) continue;
    GitEdition e;
    e.status = GitEdition::Status::Added;
    e.new_path = shown(path, cwd);
    editions.push_back(std::move(e));
  }

  // The revision's bytes, all from one `git cat-file --batch`.
  std::map<std::string, const Blob*> blob_of;  // old_path → blob
  for (const auto& [path, blob] : old_files) blob_of.emplace(shown(path, cwd), &blob);
  std::string request;
  std::vector<GitEdition*> wanting;
  for (GitEdition& e : editions) {
    if (e.old_path.empty()) continue;
    const Blob& blob = *blob_of.at(e.old_path);
    if (blob.size > max_file_size)
      return text("`{}:{}` 超过文件大小限制（{} 字节，限制为 {} 字节）", "`{}:{}` is larger than the size limit ({} bytes, the limit is {})",
                  rev, e.old_path, blob.size, max_file_size);
    request += blob.oid + '\n';
    wanting.push_back(&e);
  }
  if (!wanting.empty()) {
    const std::vector<std::string> cat = {"cat-file", "--batch"};
    const GitRun blobs = run_git(".", cat, request);
    if (!blobs.ok()) return failed(blobs, cat);
    // "<oid> blob <size>\n<bytes>\n" per request, in order.
    std::string_view out = blobs.out;
    for (GitEdition* e : wanting) {
      const size_t eol = out.find('\n');
      if (eol == std::string_view::npos) return failed(blobs, cat);
      const std::string_view head = out.substr(0, eol);
      const size_t space = head.rfind(' ');
      if (head.find(" missing") != std::string_view::npos || space == std::string_view::npos)
        return failed(blobs, cat);
      const size_t size = std::strtoull(std::string(head.substr(space + 1)).c_str(), nullptr, 10);
      if (out.size() < eol + 1 + size + 1) return failed(blobs, cat);
      e->old_source = yaml::Source{rev + ":" + e->old_path, std::string(out.substr(eol + 1, size))};
      out.remove_prefix(eol + 1 + size + 1);
    }
  }

  // The working tree's bytes.
  for (GitEdition& e : editions) {
    if (e.new_path.empty()) continue;
    FileBytes file = read_file(e.new_path, max_file_size);
    if (file.status == FileBytes::Status::TooLarge)
      return text("`{}` 超过文件大小限制（{} 字节，限制为 {} 字节）", "`{}` is larger than the size limit ({} bytes, the limit is {})",
                  e.new_path, file.size, max_file_size);
    if (file.status == FileBytes::Status::Unreadable)
      return text("无法读取 `{}`：{}", "cannot read `{}`: {}", e.new_path, file.error.zh, file.error.en);
    e.new_source = yaml::Source{e.new_path, std::move(file.bytes)};
    if (e.status == GitEdition::Status::Modified && e.old_source && e.old_source->bytes == e.new_source->bytes)
      e.status = GitEdition::Status::Unchanged;
  }

  std::sort(editions.begin(), editions.end(), [](const GitEdition& a, const GitEdition& b) {
    return (a.new_path.empty() ? a.old_path : a.new_path) < (b.new_path.empty() ? b.old_path : b.new_path);
  });
  return editions;
}

namespace {

constexpr std::string_view merge_name = "encat: catalogs merged matter by matter";
constexpr std::string_view merge_driver = "encat-merge three-way %O %A %B -o %A --path %P";
constexpr std::string_view diff_command = "encat-diff --external";

std::optional<std::string> config_value(const std::string& dir, const std::string& key, bool local_only) {
  std::vector<std::string> args = {"config"};
  if (local_only) args.push_back("--local");
  args.insert(args.end(), {"--get", key});
  const GitRun run = run_git(dir, args);
  if (!run.ok()) return std::nullopt;
  return chomp(run.out);
}

}  // namespace

std::variant<DriverReport, Text> install_git_driver(const DriverOptions& options) {
  const std::string& dir = options.repository;
  const GitRun top_run = run_git(dir, {"rev-parse", "--show-toplevel"});
  if (top_run.spawn_error) return failed(top_run, {});
  if (!top_run.ok()) return text("`{}` 不在 git 仓库中", "`{}` is not inside a git repository", dir);
  const GitRun bare = run_git(dir, {"rev-parse", "--is-bare-repository"});
  if (bare.ok() && chomp(bare.out) == "true")
    return text("`{}` 是裸仓库，没有工作区可放 `.gitattributes`", "`{}` is a bare repository: no work tree for `.gitattributes`", dir);
  const GitRun cdup = run_git(dir, {"rev-parse", "--show-cdup"});
  const std::string attributes_shown =
      (fs::path(dir) / chomp(cdup.out) / ".gitattributes").lexically_normal().generic_string();
  const fs::path attributes = fs::path(chomp(top_run.out)) / ".gitattributes";
  DriverReport report;

  if (options.check) {
    const std::optional<std::string> driver = config_value(dir, "merge.encat.driver", false);
    const std::optional<std::string> command = config_value(dir, "diff.encat.command", false);
    const bool named = config_value(dir, "merge.encat.name", false).has_value();
    std::vector<std::string> paths = options.check_paths;
    if (paths.empty())
      for (const std::string& pattern : options.patterns) {
        std::string example = pattern;
        for (size_t at; (at = example.find('*')) != std::string::npos;) example.replace(at, 1, "catalog");
        paths.push_back(example);
      }
    std::vector<std::string> args = {"check-attr", "-z", "merge", "diff", "--"};
    args.insert(args.end(), paths.begin(), paths.end());
    const GitRun attrs = run_git(dir, args);
    if (!attrs.ok()) return failed(attrs, args);
    std::map<std::string, std::map<std::string, std::string>> values;  // path → attribute → value
    const std::vector<std::string_view> parts = split_nul(attrs.out);
    for (size_t i = 0; i + 2 < parts.size(); i += 3)
      values[std::string(parts[i])][std::string(parts[i + 1])] = std::string(parts[i + 2]);
    for (const std::string& path : paths) {
      const std::string merge = values[path].count("merge") ? values[path]["merge"] : "unspecified";
      const std::string diff = values[path].count("diff") ? values[path]["diff"] : "unspecified";
      const bool attr_ok = merge == "encat", driver_ok = driver && !driver->empty();
      const bool diff_ok = diff == "encat" && command && !command->empty();
      const Text diff_part = diff_ok ? text("差异驱动已生效", "the diff driver is active")
                                     : text("差异驱动未生效", "the diff driver is not active");
      if (attr_ok && driver_ok) {
        report.lines.push_back(text("`{0}`：合并驱动已生效（`merge=encat`，`merge.encat.driver` 已配置）；{1}",
                                    "`{0}`: the merge driver is active (`merge=encat`, and `merge.encat.driver` is set); {2}",
                                    path, diff_part.zh, diff_part.en));
        continue;
      }
      report.ok = false;
      if (!attr_ok && !driver_ok)
        report.lines.push_back(text("`{0}`：合并驱动未生效：`merge` 属性是 `{1}` 而不是 `encat`，且 git 配置中没有 "
                                    "`merge.encat.driver`（运行 `encat-merge install-git-driver`）；{2}",
                                    "`{0}`: the merge driver is not active: its `merge` attribute is `{1}`, not `encat`, and "
                                    "`merge.encat.driver` is not in git config (run `encat-merge install-git-driver`); {3}",
                                    path, merge, diff_part.zh, diff_part.en));
      else if (!attr_ok)
        report.lines.push_back(text("`{0}`：合并驱动未生效：`merge` 属性是 `{1}` 而不是 `encat`（在 `.gitattributes` 中加入 "
                                    "`*.yaml merge=encat diff=encat`）；{2}",
                                    "`{0}`: the merge driver is not active: its `merge` attribute is `{1}`, not `encat` (add "
                                    "`*.yaml merge=encat diff=encat` to `.gitattributes`); {3}",
                                    path, merge, diff_part.zh, diff_part.en));
      else if (named)
        report.lines.push_back(text("`{0}`：合并驱动未生效：git 配置中有 `merge.encat.name` 却没有 `merge.encat.driver`，"
                                    "git 合并时会报错停止（运行 `encat-merge install-git-driver`）；{1}",
                                    "`{0}`: the merge driver is not active: git config has `merge.encat.name` but no "
                                    "`merge.encat.driver`, so a merge stops with an error (run `encat-merge install-git-driver`); {2}",
                                    path, diff_part.zh, diff_part.en));
      else
        report.lines.push_back(text("`{0}`：合并驱动未生效：`.gitattributes` 指定了 `merge=encat`，但 git 配置中没有 "
                                    "`merge.encat.driver`，git 会悄悄按文本合并（在这个克隆中运行 `encat-merge install-git-driver`）；{1}",
                                    "`{0}`: the merge driver is not active: `.gitattributes` says `merge=encat`, but "
                                    "`merge.encat.driver` is not in git config, so git silently merges it as text (run "
                                    "`encat-merge install-git-driver` in this clone); {2}",
                                    path, diff_part.zh, diff_part.en));
    }
    return report;
  }

  // The config of this repository (.git/config): not shared by a clone.
  const std::pair<std::string, std::string_view> settings[] = {
      {"merge.encat.name", merge_name}, {"merge.encat.driver", merge_driver}, {"diff.encat.command", diff_command}};
  for (const auto& [key, value] : settings) {
    const std::optional<std::string> before = config_value(dir, key, true);
    if (before && *before == value) {
      report.lines.push_back(text("git 配置 `{0}` 已是 `{1}`", "git config `{0}` is already `{1}`", key, value));
      continue;
    }
    const std::vector<std::string> args = {"config", "--local", key, std::string(value)};
    const GitRun set = run_git(dir, args);
    if (!set.ok()) return failed(set, args);
    if (before)
      report.lines.push_back(text("git 配置 `{0}` 由 `{2}` 改为 `{1}`", "git config `{0}` set to `{1}` (was `{2}`)", key, value, *before));
    else
      report.lines.push_back(text("git 配置 `{0}` 设为 `{1}`", "git config `{0}` set to `{1}`", key, value));
  }

  // The attributes (.gitattributes at the top of the work tree): committed, so shared.
  std::string existing;
  std::error_code ec;
  if (fs::exists(attributes, ec)) {
    FileBytes file = read_file(attributes.string(), 16u << 20);
    if (file.status != FileBytes::Status::Ok)
      return text("无法读取 `{}`：{}", "cannot read `{}`: {}", attributes_shown, file.error.zh, file.error.en);
    existing = std::move(file.bytes);
  }
  std::set<std::string> lines_there;
  for (size_t at = 0; at < existing.size();) {
    const size_t end = std::min(existing.find('\n', at), existing.size());
    std::string line = existing.substr(at, end - at);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
    lines_there.insert(line);
    at = end + 1;
  }
  std::string append;
  for (const std::string& pattern : options.patterns) {
    const std::string line = pattern + " merge=encat diff=encat";
    if (lines_there.count(line)) {
      report.lines.push_back(text("`{0}` 中已有 `{1}`", "`{0}` already has `{1}`", attributes_shown, line));
      continue;
    }
    append += line + '\n';
    lines_there.insert(line);
    report.lines.push_back(text("已在 `{0}` 中加入 `{1}`", "added `{1}` to `{0}`", attributes_shown, line));
  }
  if (!append.empty()) {
    if (!existing.empty() && existing.back() != '\n') append.insert(0, "\n");
    if (std::optional<Text> error = write_file_atomic(attributes.string(), existing + append))
      return text("无法写入 `{}`：{}", "cannot write `{}`: {}", attributes_shown, error->zh, error->en);
  }
  report.lines.push_back(text("请提交 `.gitattributes`；git 配置不随仓库共享，每个克隆都要运行一次 `encat-merge install-git-driver`",
                              "commit `.gitattributes`; git config is not shared by the repository, so run "
                              "`encat-merge install-git-driver` once in every clone"));
  return report;
}

}  // namespace encat::tool
