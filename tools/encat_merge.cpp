// encat-merge: compose (the effective catalog of a county or township), add
// (the next edition from a base and a yearly addition list), three-way (a
// merge by code and field, git's merge driver) and install-git-driver.
#include <iostream>

#include "common/driver.h"
#include "common/git.h"
#include "merge/merge.h"
#include "present/merge_report.h"
#include "render/findings.h"

using namespace encat;

namespace {

struct MergeOptions {
  // compose
  std::string region;
  int year = 0;
  // three-way
  std::string out;
  std::string name;
  std::string report = "text";
  // install-git-driver
  bool check = false;
  std::vector<std::string> check_paths;
};

Lang lang_of(const std::string& lang) { return lang == "en" ? Lang::En : Lang::Zh; }

// Shows the reading findings (E0xx) of the workspace on standard error;
// true when there were any (the run then exits 2: invalid input is never used).
bool show_reading_findings(model::Workspace& ws, const tool::Session& session) {
  const std::vector<Finding> left_out = ws.leave_out(ws.reading_findings(session.config.severities));
  if (left_out.empty()) return ws.unreadable_count() > 0;
  tool::print_findings("encat-merge", left_out, ws, session);
  return true;
}

int run_compose(const tool::CommonOptions& options, const MergeOptions& m) {
  std::optional<tool::Session> session = tool::prepare(options);
  if (!session) return tool::exit_usage;
  model::Workspace ws = tool::load_workspace(*session);
  if (show_reading_findings(ws, *session)) return tool::exit_usage;
  merge::ComposeOptions compose_options;
  compose_options.region = m.region;
  if (m.year) compose_options.year = m.year;
  compose_options.load = session->load_options();
  std::variant<merge::Composed, Text> composed = merge::compose(ws, compose_options);
  if (const Text* error = std::get_if<Text>(&composed)) {
    tool::print_error(session->lang, *error);
    return tool::exit_usage;
  }
  return tool::emit(std::get<merge::Composed>(composed).text, options, *session) ? tool::exit_clean : tool::exit_usage;
}

int run_add(const tool::CommonOptions& options, const MergeOptions&) {
  std::optional<tool::Session> session = tool::prepare(options);
  if (!session) return tool::exit_usage;
  if (options.paths.size() != 2) {
    tool::print_error(session->lang, text("`add` 需要两个文件：BASE ADDITION", "`add` takes two files: BASE ADDITION"));
    return tool::exit_usage;
  }
  // BASE then ADDITION, as given (the session's files are sorted).
  model::Workspace ws = model::Workspace::load(options.paths, session->load_options());
  if (show_reading_findings(ws, *session)) return tool::exit_usage;
  if (ws.catalogs().size() != 2) return tool::exit_usage;
  const model::Catalog& base = ws.catalogs()[0];
  const model::Catalog& addition = ws.catalogs()[1];
  std::variant<merge::Added, Text> added = merge::add(base, addition, session->load_options());
  if (const Text* error = std::get_if<Text>(&added)) {
    tool::print_error(session->lang, *error);
    return tool::exit_usage;
  }
  const merge::Added& result = std::get<merge::Added>(added);
  if (!result.conflicts.empty()) {
    // Nothing is written: the same code with different content needs a person.
    std::cerr << present::render_merge_conflicts_text(result.conflicts, present::MergeCommand::Add, session->lang);
    tool::print_error(session->lang,
                      text("新增目录与底本有 {0} 处冲突，未写入任何文件", "{0} conflict{1} between the base and the addition; nothing was written",
                           result.conflicts.size(), result.conflicts.size() == 1 ? "" : "s"));
    return tool::exit_findings;
  }
  return tool::emit(result.text, options, *session) ? tool::exit_clean : tool::exit_usage;
}

int run_three_way(const tool::CommonOptions& options, const MergeOptions& m) {
  std::optional<tool::Session> session = tool::prepare(options);
  if (!session) return tool::exit_usage;
  if (options.paths.size() != 3) {
    tool::print_error(session->lang,
                      text("`three-way` 需要三个文件：BASE OURS THEIRS", "`three-way` takes three files: BASE OURS THEIRS"));
    return tool::exit_usage;
  }
  // -o onto an input is refused (tools.md), except onto OURS: `-o %A` is
  // git's merge driver contract. That write is atomic and comes after the
  // whole merge is computed from the bytes already read.
  std::optional<OutputTarget> target;
  if (!m.out.empty() && m.out != "-") {
    std::variant<OutputTarget, Text> resolved = resolve_output(m.out);
    if (const Text* error = std::get_if<Text>(&resolved)) {
      tool::print_error(session->lang, *error);
      return tool::exit_usage;
    }
    target = std::get<OutputTarget>(resolved);
    for (size_t i : {0, 2})
      if (same_file(*target, options.paths[i])) {
        tool::print_error(session->lang, text("`-o` 不能写到输入文件 `{}`（只可写回 OURS）",
                                              "`-o` cannot write onto the input `{}` (only onto OURS)", options.paths[i]));
        return tool::exit_usage;
      }
  }
  yaml::Source sources[3];
  const std::uintmax_t max_size = session->config.limits.max_file_size;
  for (size_t i = 0; i < 3; ++i) {
    FileBytes file = read_file(options.paths[i], max_size);
    if (file.status != FileBytes::Status::Ok) {
      const Text why = file.status == FileBytes::Status::TooLarge
                           ? text("文件过大（{} 字节）", "too large ({} bytes)", file.size)
                           : file.error;
      tool::print_error(session->lang, text("无法读取 `{0}`：{1}", "cannot read `{0}`: {2}", options.paths[i], why.zh, why.en));
      return tool::exit_usage;
    }
    // With --path NAME (git's %P), the sides are named as git names the stages
    // of a conflicted path: `:1:NAME` (base), NAME (ours), `:3:NAME` (theirs).
    static const char* const stage[] = {":1:", "", ":3:"};
    sources[i] = {m.name.empty() ? options.paths[i] : stage[i] + m.name, std::move(file.bytes)};
  }
  session->timings.mark("read");
  merge::ThreeWayOptions merge_options;
  merge_options.load = session->load_options();
  merge_options.name = m.name;
  const merge::ThreeWay merged = merge::three_way(sources[0], sources[1], sources[2], merge_options);
  session->timings.mark("merge");
  // With --path NAME (git's %P) the output is named NAME, never git's
  // temporary file (`-o %A`, .merge_file_XXXXXX).
  const std::string output_name = !m.name.empty() ? m.name : target ? target->given : std::string();

  const Lang lang = session->lang;
  const bool json = m.report == "json";
  if (merged.line_merge && !json) {
    if (!merged.findings.empty()) {
      render::SourceLines lines;
      for (const yaml::Source& s : sources) lines.add(s.name, s.bytes);
      tool::print_findings("encat-merge", merged.findings, lines, *session);
    }
    std::cerr << "encat-merge: " << merged.fallback_reason->in(lang) << '\n';
  }
  if (json) {
    present::MergeJson report;
    report.file = m.name.empty() ? options.paths[1] : m.name;
    report.line_merge = merged.line_merge;
    if (merged.fallback_reason) report.fallback_reason = merged.fallback_reason->in(lang);
    report.line_conflicts = merged.line_conflicts;
    report.conflicts = &merged.conflicts;
    std::cerr << present::render_merge_json(report);
  } else if (!merged.conflicts.empty()) {
    std::cerr << present::render_merge_conflicts_text(merged.conflicts, present::MergeCommand::ThreeWay, lang);
  }
  if (!json && !merged.clean()) {
    const size_t count = merged.line_merge ? merged.line_conflicts : merged.conflicts.size();
    const std::string out =
        !output_name.empty() ? output_name : std::string(lang == Lang::Zh ? "标准输出" : "standard output");
    std::cerr << "encat-merge: "
              << (lang == Lang::Zh ? fmt::format("{} 处冲突，已在 {} 中以冲突标记标出", count, out)
                                   : fmt::format("{} conflict{}, marked in {}", count, count == 1 ? "" : "s", out))
              << '\n';
  }
  if (target) {
    const std::optional<Text> error = write_output(*target, merged.text);
    session->timings.mark("write");
    if (session->show_timings) std::cerr << session->timings.str() << '\n';
    if (error) {
      tool::print_error(lang, text("无法写入 `{0}`：{1}", "cannot write `{0}`: {2}", output_name, error->zh, error->en));
      return tool::exit_usage;
    }
  } else if (!tool::emit(merged.text, options, *session)) {
    return tool::exit_usage;
  }
  return merged.clean() ? tool::exit_clean : tool::exit_findings;
}

int run_install(const tool::CommonOptions& options, const MergeOptions& m) {
  const Lang lang = lang_of(options.lang);
  tool::DriverOptions driver;
  driver.check = m.check;
  driver.check_paths = m.check_paths;
  std::variant<tool::DriverReport, Text> report = tool::install_git_driver(driver);
  if (const Text* error = std::get_if<Text>(&report)) {
    tool::print_error(lang, *error);
    return tool::exit_usage;
  }
  const tool::DriverReport& done = std::get<tool::DriverReport>(report);
  for (const Text& line : done.lines) std::cout << line.in(lang) << '\n';
  std::cout.flush();
  if (!std::cout) return tool::exit_usage;
  return done.ok ? tool::exit_clean : tool::exit_findings;
}

}  // namespace

int main(int argc, char** argv) {
  using tool::tr;
  tool::read_cli_lang(argc, argv);
  CLI::App app{tool::summary("encat-merge"), "encat-merge"};
  app.require_subcommand(1);
  MergeOptions m;

  tool::CommonOptions compose_options;
  CLI::App* compose = app.add_subcommand(
      "compose", tr("一个县（市、区）或乡镇（街道）的生效目录，每个事项注明来源 `source: <目录 id>`",
                    "the effective catalog of a county or township, each matter with `source: <catalog id>`"));
  tool::add_common_options(*compose, compose_options, {"yaml"});
  compose->remove_option(compose->get_option("--format"));
  compose
      ->add_option("--region", m.region,
                   tr("县（市、区）的 6 位或乡镇（街道）的 9 位行政区划代码", "a county's 6-digit or a township's 9-digit code"))
      ->required()
      ->type_name("REGION");
  compose
      ->add_option("--year", m.year,
                   tr("组合这一年生效的目录（默认：最新版本）",
                      "the year whose catalogs in force are composed (default: the latest edition)"))
      ->check(CLI::Range(1900, 2999).description("[1900 - 2999]"))
      ->type_name("YEAR");

  tool::CommonOptions add_options;
  CLI::App* add = app.add_subcommand("add", tr("由 BASE 和年度新增目录 ADDITION 生成下一版目录",
                                                "the next edition from BASE and a yearly addition list ADDITION (新增目录)"));
  tool::add_common_options(*add, add_options, {"yaml"});
  add->get_option("PATH")
      ->description(tr("BASE ADDITION：原目录和年度新增目录的文件", "BASE ADDITION: the catalog and its yearly addition list"))
      ->type_name("FILE");
  add->remove_option(add->get_option("--format"));

  tool::CommonOptions three_options;
  CLI::App* three = app.add_subcommand(
      "three-way", tr("以 BASE 为共同祖先，按事项代码和字段把 THEIRS 合并进 OURS"
                      "（git：`encat-merge three-way %O %A %B -o %A --path %P`）",
                      "merge THEIRS into OURS from BASE by code and field (git: `encat-merge three-way %O %A %B -o %A --path %P`)"));
  tool::add_common_options(*three, three_options, {"yaml"});
  three->get_option("PATH")
      ->description(tr("BASE OURS THEIRS：共同祖先、我方和对方的文件（git 的 %O %A %B）",
                       "BASE OURS THEIRS: the common ancestor, ours and theirs (git's %O %A %B)"))
      ->type_name("FILE");
  three->remove_option(three->get_option("--format"));
  three->remove_option(three->get_option("-o"));
  three
      ->add_option("-o,--output", m.out,
                   tr("把合并结果写入 FILE（可以是 OURS，git 正是如此），不写到标准输出",
                      "write the merge to FILE (may be OURS, as git asks) instead of standard output"))
      ->type_name("FILE");
  three
      ->add_option("--path", m.name,
                   tr("正在合并的路径（git 的 %P），消息和冲突标记中用它称呼文件",
                      "the path being merged (git's %P): names the file in messages and markers"))
      ->type_name("NAME");
  three
      ->add_option("--report", m.report,
                   tr("标准错误上冲突报告的格式：text 或 json", "the conflict report on standard error: text or json"))
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str()
      ->type_name("FORMAT");

  tool::CommonOptions install_options;
  CLI::App* install = app.add_subcommand(
      "install-git-driver", tr("把合并驱动和差异驱动写入 git config 和 .gitattributes",
                               "write the merge and diff driver lines into git config and .gitattributes"));
  install->add_flag("--check", m.check,
                    tr("只报告驱动是否对 PATH 生效，不写入", "only tell whether the driver is active (for PATH…)"));
  install->add_option("PATH", m.check_paths, tr("要检查的路径（与 `--check` 同用）", "paths to check (with --check)"))
      ->type_name("PATH");
  tool::add_lang_option(*install, install_options.lang);

  // `encat-merge --lang en compose …`: before the subcommand, for all of them
  // (a subcommand's own `--lang` wins).
  std::string lang;  // no default shown: the subcommands have theirs
  const CLI::Option* given_lang = tool::add_lang_option(app, lang);

  return tool::run_main(app, argc, argv, [&] {
    for (const auto& [sub, options] : {std::pair{compose, &compose_options}, {add, &add_options},
                                       {three, &three_options}, {install, &install_options}})
      if (given_lang->count() > 0 && sub->get_option("--lang")->count() == 0) options->lang = lang;
    if (compose->parsed()) return run_compose(compose_options, m);
    if (add->parsed()) return run_add(add_options, m);
    if (three->parsed()) return run_three_way(three_options, m);
    return run_install(install_options, m);
  });
}
