// encat-diff OLD NEW [--format text|json|markdown] [--brief] [--sources PATH…]
// encat-diff --git REV [PATH…]
// encat-diff --external PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE [NEW-PATH RENAME-INFO]
//
// The differences between two editions of catalogs (files, or folders paired
// catalog by catalog), between the catalogs under some paths and a git
// revision, or as git's external diff driver
// (`git config diff.encat.command "encat-diff --external"`).
// Exit 0 equal, 1 different, 2 error (an --external run exits 0 whenever it
// showed something: git stops on any other exit).
//
// Inputs are checked first: the E0xx and E1xx findings at error level of
// either side are shown (as encat-validate shows them) and the exit is 2; a
// diff is never computed from a file that does not match its schema. E2xx
// (references between catalogs) are not checked: a 2023 edition whose
// `supersedes` names the 2022 one is the normal case.
//
// A township's matters are only codes: their names and domains come from its
// `draws_from` catalogs, looked up among the inputs, then in `--sources
// PATH…`, and without --sources beside the township's file: its folder
// (searched recursively), then the folder above, and so on up to three
// folders above, stopping at the first that makes every source found, that
// holds `.git` (the top of a work tree) or that is the current folder (never
// above it). What is not found is said on
// standard error; the diff is still shown (exit unchanged).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <thread>

#include "common/driver.h"
#include "common/git.h"
#include "diff/diff.h"
#include "present/diff_report.h"
#include "render/findings.h"
#include "render/snippet.h"
#include "render/unified_diff.h"
#include "rules/rules.h"

using namespace encat;
namespace fs = std::filesystem;

namespace {

struct DiffOptions {
  bool brief = false;
  std::vector<std::string> sources;
  std::string git;
  bool external = false;
};

bool is_one_catalog_code(Code code) { return code_info(code).id.size() == 4 && code_info(code).id[1] == '1'; }

// The findings that keep a side from being compared: reading findings
// (E0xx) and one-catalog findings (E1xx) at error level, with the config's
// severities applied.
std::vector<Finding> blocking_findings(const model::Workspace& ws, const tool::Session& session) {
  std::vector<Finding> found = ws.reading_findings(session.config.severities);
  const auto registry = ws.choose(model::Kind::Registry, session.config.registry);
  const model::Catalog* const* chosen = std::get_if<const model::Catalog*>(&registry);
  std::vector<Finding> rule_findings = rules::check(ws, {chosen ? *chosen : nullptr, session.jobs});
  rule_findings.erase(std::remove_if(rule_findings.begin(), rule_findings.end(),
                                     [](const Finding& f) { return !is_one_catalog_code(f.code); }),
                      rule_findings.end());
  apply_severities(rule_findings, session.config.severities);
  found.insert(found.end(), rule_findings.begin(), rule_findings.end());
  found.erase(std::remove_if(found.begin(), found.end(), [](const Finding& f) { return f.severity != Severity::Error; }),
              found.end());
  sort_findings(found);
  return found;
}

// Shows the blocking findings of the sides on standard error; true when there were any.
bool show_blocking(const std::vector<const model::Workspace*>& sides, const tool::Session& session) {
  std::vector<Finding> all;
  render::SourceLines sources;
  for (const model::Workspace* ws : sides) {
    std::vector<Finding> found = blocking_findings(*ws, session);
    tool::add_sources(sources, *ws, found);
    all.insert(all.end(), found.begin(), found.end());
  }
  if (all.empty()) return false;
  tool::print_findings("encat-diff", all, sources, session);
  tool::print_error(session.lang, text("输入有错误，未比较（先用 encat-validate 修正）",
                                       "the input has errors and was not compared (fix them first: encat-validate)"));
  return true;
}

// Where a township's sources are looked up (see the head of this file).
class Sources {
 public:
  explicit Sources(const tool::Session& session) : m_session(session) {
    std::error_code ec;
    m_cwd = fs::weakly_canonical(fs::current_path(ec), ec);
  }

  void add_side(const model::Workspace* ws) { m_sides.push_back(ws); }
  void load(const std::vector<std::string>& paths) {
    const FileList list = collect_files(paths);
    for (const PathProblem& p : list.problems) tool::print_error(m_session.lang, problem_text(p));
    load_files(list.files);
    m_given = true;
  }

  const model::Catalog* find(std::string_view id) const {
    for (const model::Workspace* ws : m_sides)
      if (const model::Catalog* c = ws->find(id)) return c;
    for (const model::Workspace& ws : m_loaded)
      if (const model::Catalog* c = ws.find(id)) return c;
    return nullptr;
  }
  diff::SourceLookup lookup() const {
    return [this](std::string_view id) { return find(id); };
  }

  // Without --sources: looks beside each township file for what it draws from.
  void look_beside(const model::Catalog& township) {
    if (m_given || township.kind != model::Kind::Township || missing(township).empty()) return;
    fs::path folder = fs::path(township.file).parent_path();
    if (folder.empty()) folder = ".";
    for (int level = 0; level <= 3; ++level) {
      std::error_code ec;
      const fs::path canonical = fs::weakly_canonical(folder, ec);
      const std::string key = ec ? folder.string() : canonical.string();
      if (!m_searched.count(key)) {
        m_searched.insert(key);
        const FileList list = collect_files({folder.string()});
        std::vector<std::string> fresh;
        for (const std::string& f : list.files) {
          const fs::path file_key = fs::weakly_canonical(f, ec);
          if (m_seen.insert(ec ? f : file_key.string()).second) fresh.push_back(f);
        }
        load_files(fresh);
      }
      // Never above the current folder, nor above the top of a work tree.
      if (missing(township).empty() || fs::exists(folder / ".git", ec) || (!ec && canonical == m_cwd)) break;
      const fs::path up = canonical.parent_path();
      if (ec || up == canonical) break;
      folder = folder / "..";
    }
  }

  // The `draws_from` ids of a township not found.
  std::vector<std::string_view> missing(const model::Catalog& township) const {
    std::vector<std::string_view> out;
    for (std::string_view id : township.draws_from)
      if (!find(id)) out.push_back(id);
    return out;
  }

  // Says on standard error which sources of the townships were not found.
  void report_missing(const std::vector<const model::Catalog*>& townships) const {
    std::set<std::string> said;
    for (const model::Catalog* t : townships) {
      if (t->kind != model::Kind::Township) continue;
      for (std::string_view id : missing(*t)) {
        if (!said.insert(std::string(id)).second) continue;
        std::cerr << render::printable(
                         text("note: 找不到 `{}` 的事项来源目录 `{}`：其事项的名称与领域不详（用 `--sources PATH…` 给出）",
                              "note: the source catalog `{1}` of `{0}` was not found: names and domains of its matters are "
                              "unknown (give it with `--sources PATH…`)",
                              t->id, id)
                             .in(m_session.lang))
                  << '\n';
      }
    }
  }

 private:
  void load_files(const std::vector<std::string>& files) {
    if (files.empty()) return;
    model::LoadOptions options = m_session.load_options();
    options.keep_sources = false;
    m_loaded.push_back(model::Workspace::load(files, options));
  }

  const tool::Session& m_session;
  std::vector<const model::Workspace*> m_sides;
  std::vector<model::Workspace> m_loaded;
  std::set<std::string> m_searched, m_seen;
  fs::path m_cwd;
  bool m_given = false;
};

std::vector<const model::Catalog*> catalogs_of(const model::Workspace& ws) {
  std::vector<const model::Catalog*> out;
  for (const model::Catalog& c : ws.catalogs()) out.push_back(&c);
  return out;
}

// The two sides, read at the same time (each on the -j threads): a diff of
// two large editions then costs about the reading of one.
template <typename Input>
std::pair<model::Workspace, model::Workspace> load_both(const tool::Session& session, Input old_side, Input new_side) {
  const model::LoadOptions options = session.load_options();
  model::Workspace old_ws, new_ws;
  std::thread other([&] { new_ws = model::Workspace::load(std::move(new_side), options); });
  old_ws = model::Workspace::load(std::move(old_side), options);
  other.join();
  session.timings.mark("read");
  return {std::move(old_ws), std::move(new_ws)};
}

bool differs(const render::DiffSet& set) {
  for (const render::DiffEntry& e : set.entries)
    if (!e.diff.empty() || e.status == render::DiffEntry::Status::Added || e.status == render::DiffEntry::Status::Removed)
      return true;
  return false;
}

int finish(const render::DiffSet& set, const tool::CommonOptions& options, const tool::Session& session, bool brief) {
  render::DiffContext context{session.lang, session.color, brief};
  const std::string output = render::render_diff(*render::parse_diff_format(options.format), set, context);
  if (!tool::emit(output, options, session)) return tool::exit_usage;
  return differs(set) ? tool::exit_findings : tool::exit_clean;
}

// encat-diff OLD NEW.
int diff_paths(tool::CommonOptions options, const DiffOptions& diff_options) {
  if (options.paths.size() != 2) {
    tool::print_error(options.lang == "en" ? Lang::En : Lang::Zh,
                      text("请给出两个路径：OLD NEW（文件或文件夹），却给出了 {} 个",
                           "give two paths, OLD NEW (files or folders); {} were given", options.paths.size()));
    return tool::exit_usage;
  }
  const std::string old_path = options.paths[0], new_path = options.paths[1];
  std::optional<tool::Session> session = tool::prepare(options);
  if (!session) return tool::exit_usage;
  const FileList old_files = collect_files({old_path}), new_files = collect_files({new_path});
  for (const auto* list : {&old_files, &new_files})
    if (list->files.empty()) {
      tool::print_error(session->lang, text("`{}` 下没有目录文件（*.yaml、*.yml）", "no catalog files (*.yaml, *.yml) under `{}`",
                                            list == &old_files ? old_path : new_path));
      return tool::exit_usage;
    }
  tool::Session& s = *session;
  auto [old_ws, new_ws] = load_both(s, old_files.files, new_files.files);
  for (const model::Workspace* ws : {&old_ws, &new_ws})
    for (const model::SourceFile& file : ws->files())
      if (file.io_error)
        tool::print_error(s.lang, text("无法读取 `{}`：{}", "cannot read `{}`: {}", file.path, file.io_error->in(s.lang)));
  if (old_ws.unreadable_count() + new_ws.unreadable_count() > 0) return tool::exit_usage;
  if (show_blocking({&old_ws, &new_ws}, s)) return tool::exit_usage;
  s.timings.mark("check");

  Sources sources(s);
  sources.add_side(&old_ws);
  sources.add_side(&new_ws);
  if (!diff_options.sources.empty()) sources.load(diff_options.sources);
  std::vector<const model::Catalog*> townships;
  for (const model::Workspace* ws : {&old_ws, &new_ws})
    for (const model::Catalog& c : ws->catalogs())
      if (c.kind == model::Kind::Township) {
        sources.look_beside(c);
        townships.push_back(&c);
      }
  sources.report_missing(townships);

  render::DiffSet set;
  const bool pair = fs::is_regular_file(old_path) && fs::is_regular_file(new_path) && old_ws.catalogs().size() == 1 &&
                    new_ws.catalogs().size() == 1;
  if (pair) {
    set.mode = render::DiffSet::Mode::Pair;
    const model::Catalog& a = old_ws.catalogs().front();
    const model::Catalog& b = new_ws.catalogs().front();
    set.entries.push_back({render::DiffEntry::Status::Paired, diff::compare(a, b, sources.lookup()), a.file, b.file});
  } else {
    set.mode = render::DiffSet::Mode::Folders;
    const diff::Pairing pairing = diff::pair_catalogs(catalogs_of(old_ws), catalogs_of(new_ws));
    for (const auto& [a, b] : pairing.pairs)
      set.entries.push_back({render::DiffEntry::Status::Paired, diff::compare(*a, *b, sources.lookup()), a->file, b->file});
    for (const model::Catalog* b : pairing.added)
      set.entries.push_back({render::DiffEntry::Status::Added, diff::only_new(*b), {}, b->file});
    for (const model::Catalog* a : pairing.removed)
      set.entries.push_back({render::DiffEntry::Status::Removed, diff::only_old(*a), a->file, {}});
  }
  s.timings.mark("diff");
  return finish(set, options, s, diff_options.brief);
}

// encat-diff --git REV [PATH…].
int diff_git(tool::CommonOptions options, const DiffOptions& diff_options) {
  const Lang lang = options.lang == "en" ? Lang::En : Lang::Zh;
  std::vector<std::string> paths = options.paths;
  // The session (config, -o) is prepared over the paths as they are now;
  // a path may exist only at REV, so a missing one is not an error here.
  tool::CommonOptions prepared = options;
  prepared.paths.clear();
  for (const std::string& p : paths)
    if (fs::exists(p)) prepared.paths.push_back(p);
  if (prepared.paths.empty()) prepared.paths.push_back(".");
  // The work tree may hold no catalog under the paths (all deleted): they may be at REV.
  std::optional<tool::Session> session = tool::prepare(prepared, /*catalogs_optional=*/true);
  if (!session) return tool::exit_usage;
  if (paths.empty()) paths = session->config.paths.empty() ? std::vector<std::string>{"."} : session->config.paths;
  tool::Session& s = *session;
  auto found = tool::git_editions(diff_options.git, paths, s.config.limits.max_file_size);
  if (const Text* error = std::get_if<Text>(&found)) {
    tool::print_error(lang, *error);
    return tool::exit_usage;
  }
  const std::vector<tool::GitEdition>& editions = std::get<std::vector<tool::GitEdition>>(found);
  // A PATH must name something at REV or now (a typo must not pass as "no differences").
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(p, ec))) continue;
    const fs::path root = fs::absolute(p, ec).lexically_normal();
    const auto under = [&](const std::string& file) {
      if (file.empty()) return false;
      std::error_code error;
      const fs::path f = fs::absolute(file, error).lexically_normal();
      auto r = root.begin(), i = f.begin();
      for (; r != root.end() && i != f.end(); ++r, ++i)
        if (r->empty()) break;  // "dir/": a trailing separator
        else if (*r != *i) return false;
      return r == root.end() || r->empty();
    };
    if (std::none_of(editions.begin(), editions.end(),
                     [&](const tool::GitEdition& e) { return under(e.old_path) || under(e.new_path); })) {
      tool::print_error(lang, text("路径 `{0}` 在工作区和修订版本 `{1}` 中都不存在", "`{0}` exists neither in the work tree nor at revision `{1}`",
                                   p, diff_options.git));
      return tool::exit_usage;
    }
  }
  std::vector<yaml::Source> old_sources, new_sources;
  for (const tool::GitEdition& e : editions) {
    if (e.old_source) old_sources.push_back(*e.old_source);
    if (e.new_source) new_sources.push_back(*e.new_source);
  }
  auto [old_ws, new_ws] = load_both(s, std::move(old_sources), std::move(new_sources));
  if (show_blocking({&old_ws, &new_ws}, s)) return tool::exit_usage;

  std::map<std::string_view, const model::Catalog*> old_by_file, new_by_file;
  for (const model::Catalog& c : old_ws.catalogs()) old_by_file.emplace(c.file, &c);
  for (const model::Catalog& c : new_ws.catalogs()) new_by_file.emplace(c.file, &c);
  Sources sources(s);
  sources.add_side(&old_ws);
  sources.add_side(&new_ws);
  if (!diff_options.sources.empty()) sources.load(diff_options.sources);

  render::DiffSet set;
  set.mode = render::DiffSet::Mode::Git;
  set.rev = diff_options.git;
  using Status = tool::GitEdition::Status;
  for (const tool::GitEdition& e : editions) {
    const model::Catalog* a = e.old_source ? old_by_file[e.old_source->name] : nullptr;
    const model::Catalog* b = e.new_source ? new_by_file[e.new_source->name] : nullptr;
    if (e.status == Status::Unchanged) {
      ++set.unchanged;
      continue;
    }
    if (a && b)
      set.entries.push_back({e.status == Status::Renamed ? render::DiffEntry::Status::Renamed : render::DiffEntry::Status::Paired,
                             diff::compare(*a, *b, sources.lookup()), e.old_path, e.new_path});
    else if (b)
      set.entries.push_back({render::DiffEntry::Status::Added, diff::only_new(*b), {}, e.new_path});
    else if (a)
      set.entries.push_back({render::DiffEntry::Status::Removed, diff::only_old(*a), e.old_path, {}});
  }
  s.timings.mark("diff");
  return finish(set, options, s, diff_options.brief);
}

// The git external diff driver: `path old-file old-hex old-mode new-file new-hex new-mode [new-path rename-info]`.
int diff_external(tool::CommonOptions options, const DiffOptions& diff_options) {
  const Lang lang = options.lang == "en" ? Lang::En : Lang::Zh;
  const std::vector<std::string> args = options.paths;
  if (args.size() == 1) {  // an unmerged path: nothing to compare
    std::cout << render::printable(text("* 未合并的路径 {}", "* Unmerged path {}", args[0]).in(lang)) << '\n';
    return tool::exit_clean;
  }
  if (args.size() != 7 && args.size() != 9) {
    tool::print_error(lang, text("`--external` 需要 git 给出的 7 个（重命名时 9 个）参数，却给出了 {} 个",
                                 "`--external` takes the 7 arguments git gives (9 for a rename); {} were given", args.size()));
    return tool::exit_usage;
  }
  const std::string& path = args[0];
  const std::string& new_path = args.size() == 9 ? args[7] : args[0];
  const std::string old_file = args[1], new_file = args[4];
  tool::CommonOptions prepared = options;
  prepared.paths.clear();
  for (const std::string& f : {old_file, new_file})
    if (f != "/dev/null") prepared.paths.push_back(f);
  std::optional<tool::Session> session = tool::prepare(prepared);
  if (!session) return tool::exit_usage;
  tool::Session& s = *session;

  struct Side {
    std::string name, bytes;
    bool null = false;
    std::optional<model::Catalog> catalog;
  };
  Side sides[2];
  sides[0].name = "a/" + path;
  sides[1].name = "b/" + new_path;
  const std::string files[2] = {old_file, new_file};
  bool readable = true;
  for (int i = 0; i < 2; ++i) {
    if (files[i] == "/dev/null") {
      sides[i].null = true;
      continue;
    }
    FileBytes read = read_file(files[i], s.config.limits.max_file_size);
    if (read.status != FileBytes::Status::Ok) {
      tool::print_error(lang, text("无法读取 `{0}`：{1}", "cannot read `{0}`: {2}", files[i], read.error.zh, read.error.en));
      return tool::exit_usage;
    }
    sides[i].bytes = std::move(read.bytes);
    model::LoadedCatalog loaded = model::load_catalog({sides[i].name, sides[i].bytes}, s.load_options());
    bool reading_error = !loaded.catalog;
    for (const Finding& f : loaded.findings)
      if (model::is_reading_code(f.code) && f.severity == Severity::Error) reading_error = true;
    if (reading_error)
      readable = false;
    else
      sides[i].catalog = std::move(loaded.catalog);
  }
  std::string out = s.color ? "\x1b[1m" : "";
  out += render::printable("diff --encat " + sides[0].name + " " + sides[1].name);
  out += s.color ? "\x1b[0m\n" : "\n";
  if (!readable) {  // not a readable catalog: git's own kind of diff, never nothing
    out += render::printable(text("（不是可读的目录文件：逐行比较）", "(not a readable catalog file: compared line by line)").in(lang)) + '\n';
    out += render::unified_diff(sides[0].bytes, sides[1].bytes, sides[0].null ? "/dev/null" : sides[0].name,
                                sides[1].null ? "/dev/null" : sides[1].name, s.color);
  } else {
    render::DiffSet set;
    set.mode = render::DiffSet::Mode::Pair;
    diff::CatalogDiff d = sides[0].null ? diff::only_new(*sides[1].catalog)
                          : sides[1].null ? diff::only_old(*sides[0].catalog)
                                          : diff::compare(*sides[0].catalog, *sides[1].catalog);
    set.entries.push_back({render::DiffEntry::Status::Paired, std::move(d), sides[0].name, sides[1].name});
    out += render::render_diff_text(set, {lang, s.color, diff_options.brief});
  }
  if (!tool::emit(out, options, s)) return tool::exit_usage;
  return tool::exit_clean;
}

}  // namespace

int main(int argc, char** argv) {
  using tool::tr;
  tool::read_cli_lang(argc, argv);
  CLI::App app{tool::summary("encat-diff"), "encat-diff"};
  tool::CommonOptions options;
  DiffOptions diff_options;
  tool::add_common_options(app, options, {"text", "json", "markdown"});
  app.get_option("PATH")->description(
      tr("OLD NEW（文件或文件夹）；用 `--git` 时为要比较的路径（默认 .）；用 `--external` 时为 git 给的参数",
         "OLD NEW (files or folders); with --git: the paths to compare (default: .); with --external: git's arguments"));
  app.add_flag("--brief", diff_options.brief, tr("只显示计数", "counts only"));
  app.add_option("--sources", diff_options.sources,
                 tr("查找乡镇（街道）目录 `draws_from` 所列目录的文件或文件夹（默认：乡镇文件旁边，向上至多三层）",
                    "catalogs (files or folders) a township's `draws_from` names are looked up in "
                    "(default: beside the township's file, up to three folders above)"))
      ->type_name("PATH");
  auto* git = app.add_option("--git", diff_options.git,
                             tr("把路径下的每个目录与它在 git 修订 REV 中的版本比较",
                                "compare every catalog under the paths with its version at git revision REV"))
                  ->type_name("REV");
  app.add_flag("--external", diff_options.external,
               tr("作为 git 的外部差异程序：`git config diff.encat.command \"encat-diff --external\"`",
                  "git's external diff driver: `git config diff.encat.command \"encat-diff --external\"`"))
      ->excludes(git);

  return tool::run_main(app, argc, argv, [&] {
    if (diff_options.external) return diff_external(options, diff_options);
    if (git->count() > 0) return diff_git(options, diff_options);
    return diff_paths(options, diff_options);
  });
}
