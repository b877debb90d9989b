#include "common/driver.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>

#include "diag/explain.h"
#include "util/files.h"

namespace encat::tool {
namespace {

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

bool color_wanted(const std::string& mode, bool to_stdout) {
  if (mode == "always") return true;
  if (mode == "never" || !to_stdout) return false;
  const char* no_color = std::getenv("NO_COLOR");
  return is_terminal(STDOUT_FILENO) && !(no_color && *no_color);
}

// A progress line is worth it only for a long read.
constexpr size_t progress_threshold = 200;

}  // namespace

void add_common_options(CLI::App& app, CommonOptions& o, const std::vector<std::string>& formats) {
  app.add_option("PATH", o.paths,
                 "catalog files, or folders searched for *.yaml/*.yml (default: `paths` of .encat.yaml)");
  app.add_option("-f,--format", o.format, "output format")->check(CLI::IsMember(formats))->capture_default_str();
  app.add_option("-o,--output", o.output, "write the output to FILE (atomically) instead of standard output")
      ->type_name("FILE");
  app.add_option("--lang", o.lang, "language of messages: zh (简体中文) or en")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  app.add_option("--color", o.color, "colour: auto (only on a terminal; honours NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_option("--config", o.config, "config file (default: .encat.yaml here or in a folder above)")
      ->type_name("FILE");
  app.add_option("-j,--jobs", o.jobs, "worker threads for reading (default: all cores)")->check(CLI::Range(1u, 1024u));
  app.add_option("--schemas", o.schemas, "use the <kind>.schema.json files of DIR instead of the built-in schemas")
      ->type_name("DIR");
  app.add_option("--max-file-size", o.max_file_size, "skip (E006) files larger than SIZE, e.g. 64MiB (default)")
      ->type_name("SIZE");
  app.add_option("--max-depth", o.max_depth, "nesting limit (E006; default 64)")->check(CLI::Range(1u, 256u));
  app.add_flag("--timings", o.timings, "print how long reading, checking and rendering took on standard error");
  app.add_option_function<std::string>(
         "--explain",
         [](const std::string& id) {
           const std::optional<Code> code = parse_code(id);
           const std::optional<std::string_view> page = code ? explanation(*code) : std::nullopt;
           if (!page) throw CLI::ValidationError("--explain", "no finding code `" + id + "` (see docs/findings/)");
           std::cout << *page;
           throw CLI::Success();
         })
      ->type_name("CODE")
      ->description("print the explanation page of a finding code (e.g. E101) and exit");
  app.set_version_flag("--version", std::string(ENCAT_VERSION));
}

void Timings::mark(std::string phase) {
  const auto now = std::chrono::steady_clock::now();
  m_phases.emplace_back(std::move(phase), std::chrono::duration<double>(now - m_start).count());
  m_start = now;
}

std::string Timings::str() const {
  std::string text = "timings:";
  for (size_t i = 0; i < m_phases.size(); ++i)
    text += fmt::format("{} {} {:.2f} s", i ? "," : "", m_phases[i].first, m_phases[i].second);
  return text;
}

model::LoadOptions Session::load_options() const {
  model::LoadOptions options;
  options.limits = config.limits;
  options.jobs = jobs;
  options.schemas = schemas ? &*schemas : nullptr;
  return options;
}

void print_error(Lang lang, const Text& message) { std::cerr << "error: " << message.in(lang) << '\n'; }

std::optional<Session> prepare(const CommonOptions& o) {
  Session session;
  session.lang = o.lang == "en" ? Lang::En : Lang::Zh;
  session.color = color_wanted(o.color, o.output.empty() || o.output == "-");
  session.jobs = o.jobs;
  session.show_timings = o.timings;

  const std::optional<std::string> config_file = o.config.empty() ? config::find_config(".") : o.config;
  if (config_file) {
    config::LoadResult loaded = config::load_config(*config_file);
    if (loaded.io_error) {
      print_error(session.lang, text("无法读取配置文件 `{}`:{}", "cannot read the config file `{}`: {}", *config_file,
                                     loaded.io_error->in(session.lang)));
      return std::nullopt;
    }
    if (!loaded.findings.empty()) {
      print_error(session.lang, text("配置文件 `{}` 有误", "the config file `{}` has problems", *config_file));
      for (const Finding& f : loaded.findings)
        std::cerr << "  --> " << f.location.str() << ": " << f.message.in(session.lang) << '\n';
      return std::nullopt;
    }
    session.config = std::move(loaded.config);
  }
  if (!o.max_file_size.empty()) {
    const std::optional<std::uintmax_t> size = config::parse_size_limit(o.max_file_size);
    if (!size) {
      print_error(session.lang, config::size_limit_problem("`--max-file-size`", o.max_file_size));
      return std::nullopt;
    }
    session.config.limits.max_file_size = *size;
  }
  if (o.max_depth) session.config.limits.max_depth = o.max_depth;

  if (!o.schemas.empty()) {
    auto loaded = schema::SchemaSet::from_dir(o.schemas);
    if (auto* error = std::get_if<std::string>(&loaded)) {
      print_error(session.lang, text("无法使用 `--schemas {}`:{}", "cannot use `--schemas {}`: {}", o.schemas, *error));
      return std::nullopt;
    }
    session.schemas = std::move(std::get<schema::SchemaSet>(loaded));
  }

  const std::vector<std::string>& paths = o.paths.empty() ? session.config.paths : o.paths;
  if (paths.empty()) {
    print_error(session.lang, text("没有要检查的路径:请给出 PATH,或在 .encat.yaml 中设置 `paths`",
                                   "nothing to check: give a PATH, or set `paths` in .encat.yaml"));
    return std::nullopt;
  }
  FileList list = collect_files(paths);
  for (const std::string& missing : list.missing)
    print_error(session.lang, text("路径 `{}` 不存在", "`{}` does not exist", missing));
  if (!list.missing.empty()) return std::nullopt;
  if (list.files.empty()) {  // a wrong folder in CI must not pass as "no problems"
    std::string named;
    for (const std::string& path : paths) named += fmt::format("{}`{}`", named.empty() ? "" : " ", path);
    print_error(session.lang, text("{} 下没有目录文件(*.yaml、*.yml)", "no catalog files (*.yaml, *.yml) under {}", named));
    return std::nullopt;
  }
  session.files = std::move(list.files);
  return session;
}

model::Workspace load_workspace(const Session& session) {
  model::LoadOptions options = session.load_options();
  const bool progress = is_terminal(STDERR_FILENO) && session.files.size() >= progress_threshold;
  std::mutex mutex;
  size_t shown = 0;
  if (progress) {
    options.progress = [&](size_t done, size_t total) {
      const size_t percent = done * 100 / total;
      std::lock_guard<std::mutex> lock(mutex);
      if (percent == shown && done != total) return;
      shown = percent;
      std::fprintf(stderr, "\r%s %zu/%zu (%zu%%)", session.lang == Lang::Zh ? "读取" : "reading", done, total, percent);
      std::fflush(stderr);
    };
  }
  model::Workspace ws = model::Workspace::load(session.files, options);
  session.timings.mark("read");
  if (progress) std::fprintf(stderr, "\r\x1b[K");
  for (const model::SourceFile& file : ws.files())
    if (file.io_error)
      print_error(session.lang, text("无法读取 `{}`:{}", "cannot read `{}`: {}", file.path, file.io_error->in(session.lang)));
  return ws;
}

bool emit(const std::string& content, const CommonOptions& options, const Session& session) {
  session.timings.mark("render");
  if (session.show_timings) std::cerr << session.timings.str() << '\n';
  if (options.output.empty() || options.output == "-") {
    std::cout << content << std::flush;
    return bool(std::cout);
  }
  if (const std::optional<std::string> error = write_file_atomic(options.output, content)) {
    print_error(session.lang, {*error, *error});
    return false;
  }
  return true;
}

int run_main(CLI::App& app, int argc, char** argv, const std::function<int()>& body) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? exit_clean : exit_usage;
  }
  try {
    return body();
  } catch (const std::exception& error) {
    std::cerr << "error: internal failure: " << error.what() << '\n';
  } catch (...) {
    std::cerr << "error: internal failure\n";
  }
  return exit_usage;
}

}  // namespace encat::tool
