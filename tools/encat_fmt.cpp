// encat-fmt PATH…: rewrites catalog files in the one canonical form, in
// place and atomically; --check lists what would change, --diff shows it,
// --stdout prints one file's canonical form.
#include <unistd.h>

#include <iostream>
#include <set>
#include <unordered_map>

#include "common/driver.h"
#include "render/findings.h"
#include "render/unified_diff.h"
#include "util/parallel.h"
#include "write/yaml_writer.h"

using namespace encat;

namespace {

struct FmtOptions {
  bool check = false;
  bool diff = false;
  bool to_stdout = false;
};

// A file's canonical form, and whether it differs from what the file holds.
struct Formatted {
  const model::SourceFile* file = nullptr;
  std::string canonical;
  bool changed = false;
};

}  // namespace

int main(int argc, char** argv) {
  using tool::tr;
  tool::read_cli_lang(argc, argv);
  CLI::App app{tool::summary("encat-fmt"), "encat-fmt"};
  tool::CommonOptions options;
  FmtOptions fmt_options;
  tool::add_common_options(app, options, {"text"});
  app.remove_option(app.get_option("-o"));
  app.add_flag("--check", fmt_options.check,
               tr("不写文件；列出不是规范格式的文件，有则退出码 1",
                  "write nothing; exit 1 listing the files that are not in canonical form"));
  app.add_flag("--diff", fmt_options.diff,
               tr("不写文件；以统一差异格式显示每处改动（有改动则退出码 1）",
                  "write nothing; show a unified diff of each change (exit 1 if any)"));
  app.add_flag("--stdout", fmt_options.to_stdout,
               tr("把一个文件的规范格式打印到标准输出，不改写文件",
                  "print the canonical form of one file instead of rewriting it"));

  return tool::run_main(app, argc, argv, [&] {
    std::optional<tool::Session> session = tool::prepare(options);
    if (!session) return tool::exit_usage;
    if (fmt_options.to_stdout && (fmt_options.check || fmt_options.diff)) {
      tool::print_error(session->lang, text("`--stdout` 不能与 `--check` 或 `--diff` 同用",
                                            "`--stdout` cannot be used with `--check` or `--diff`"));
      return tool::exit_usage;
    }
    if (fmt_options.to_stdout && session->files.size() != 1) {
      tool::print_error(session->lang, text("`--stdout` 只打印一个文件，却给出了 {} 个", "`--stdout` prints one file, {} were given",
                                            session->files.size()));
      return tool::exit_usage;
    }
    const model::Workspace ws = tool::load_workspace(*session);
    bool failed = ws.unreadable_count() > 0;

    // A file with reading findings (E0xx) is never rewritten: they are shown.
    // The config's severities do not apply: decoding skips what the schema
    // rejects (an unknown key, say), so a rewrite of such a file would lose it.
    const std::vector<Finding> reading = ws.reading_findings({});
    if (!reading.empty()) {
      tool::print_findings("encat-fmt", reading, ws, *session);
      failed = true;
    }
    std::set<std::string_view> refused;
    for (const Finding& finding : reading) refused.insert(finding.location.file);
    std::unordered_map<std::string_view, const model::SourceFile*> files;
    for (const model::SourceFile& file : ws.files()) files.emplace(file.path, &file);
    std::vector<const model::Catalog*> catalogs;
    for (const model::Catalog& catalog : ws.catalogs())
      if (!refused.count(catalog.file)) catalogs.push_back(&catalog);

    // Every canonical form is made and checked (on the -j threads) before
    // anything is written. A formatter must never change meaning: what is
    // written (or printed to be written) must read back, clean, as an equal
    // catalog that formats the same. --check and --diff write nothing and
    // skip this second read.
    const model::LoadOptions load_options = session->load_options();
    const bool writes = !fmt_options.check && !fmt_options.diff;
    std::vector<Formatted> formatted(catalogs.size());
    std::vector<char> unsafe(catalogs.size(), 0);
    parallel_for(catalogs.size(), session->jobs ? session->jobs : hardware_jobs(), [&](size_t i) {
      const model::Catalog& catalog = *catalogs[i];
      const model::SourceFile* file = files.at(catalog.file);
      Formatted& result = formatted[i];
      result = {file, write::to_yaml(catalog), false};
      result.changed = result.canonical != file->source->bytes;
      if (!writes || !result.changed) return;
      unsafe[i] = !write::checked(catalog, result.canonical, load_options);
    });
    for (size_t i = 0; i < catalogs.size(); ++i)
      if (unsafe[i]) {
        tool::print_error(session->lang,
                          text("内部错误：`{}` 的规范形式与原文件含义不同，未写入任何文件（请报告此问题）",
                               "internal error: the canonical form of `{}` would change its meaning; nothing was written "
                               "(please report this)",
                               catalogs[i]->file));
        return tool::exit_usage;
      }

    if (fmt_options.to_stdout) {
      if (formatted.empty()) return tool::exit_usage;
      if (!tool::emit(formatted.front().canonical, options, *session)) return tool::exit_usage;
      return failed ? tool::exit_usage : tool::exit_clean;
    }
    size_t changed = 0;
    std::string out;
    for (const Formatted& f : formatted) {
      if (!f.changed) continue;
      ++changed;
      if (fmt_options.diff)
        out += render::unified_diff(f.file->source->bytes, f.canonical, "a/" + f.file->path, "b/" + f.file->path,
                                    session->color);
      else
        out += f.file->path + '\n';
    }
    if (!fmt_options.check && !fmt_options.diff) {
      for (const Formatted& f : formatted) {
        if (!f.changed) continue;
        if (const std::optional<Text> error = write_file_atomic(f.file->path, f.canonical)) {
          tool::print_error(session->lang, text("无法写入 `{0}`：{1}", "cannot write `{0}`: {2}", f.file->path,
                                                error->zh, error->en));
          return tool::exit_usage;
        }
      }
    }
    if (!tool::emit(out, options, *session)) return tool::exit_usage;
    if (failed) return tool::exit_usage;
    return (fmt_options.check || fmt_options.diff) && changed > 0 ? tool::exit_findings : tool::exit_clean;
  });
}
