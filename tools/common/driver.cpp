#include "common/driver.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <set>

#include "common/help_format.h"
#include "common/manual.h"
#include "common/programs.h"
#include "diag/explain.h"
#include "render/findings.h"
#include "render/snippet.h"
#include "util/files.h"

namespace encat::tool {
namespace fs = std::filesystem;
namespace {

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

bool color_wanted(const std::string& mode, bool to_stdout, int fd = STDOUT_FILENO) {
  if (mode == "always") return true;
  if (mode == "never" || !to_stdout) return false;
  const char* no_color = std::getenv("NO_COLOR");
  return is_terminal(fd) && !(no_color && *no_color);
}

// A progress line is worth it only for a long read.
constexpr size_t progress_threshold = 200;

// The language of messages before the options are parsed (CLI11's errors,
// --explain): from `--lang en` / `--lang=en` on the command line.
Lang g_cli_lang = Lang::Zh;

Lang lang_of_command_line(int argc, char** argv) {
  Lang lang = Lang::Zh;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.rfind("--lang=", 0) == 0) lang = arg.substr(7) == "en" ? Lang::En : Lang::Zh;
    if (arg == "--lang" && i + 1 < argc) lang = std::string(argv[++i]) == "en" ? Lang::En : Lang::Zh;
  }
  return lang;
}

// --explain with a code that has no page; the message in both languages.
class UnknownCodeError : public CLI::ValidationError {
 public:
  explicit UnknownCodeError(Text message) : CLI::ValidationError(message.en), m_message(std::move(message)) {}
  const Text& message() const { return m_message; }

 private:
  Text m_message;
};

// "a: rest" -> {"a", "rest"}; {"", what} without ": ".
std::pair<std::string, std::string> split_name(const std::string& what) {
  const size_t colon = what.find(": ");
  if (colon == std::string::npos) return {"", what};
  return {what.substr(0, colon), what.substr(colon + 2)};
}

bool starts_with(const std::string& text, std::string_view lead) { return text.rfind(lead, 0) == 0; }

bool ends_with(const std::string& text, std::string_view tail) {
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// {"a", "b", "c"} -> "`a`、`b`、`c`" (or "`a`、`b` 或 `c`" with `last` "或").
std::string ticked(const std::vector<std::string>& items, std::string_view last = "") {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    const bool final_one = i + 1 == items.size() && i > 0;
    out += i == 0 ? "" : final_one && !last.empty() ? fmt::format(" {} ", last) : std::string("、");
    out += fmt::format("`{}`", items[i]);
  }
  return out;
}

// The option of `app` or of one of its subcommands that CLI11 names `name`
// in an error ("--format", "TABLE"), or nullptr.
const CLI::Option* find_option(const CLI::App& app, const std::string& name) {
  for (const CLI::Option* option : app.get_options())
    if (option->get_name() == name) return option;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (const CLI::Option* found = find_option(*sub, name)) return found;
  return nullptr;
}

// "，可选：`text`、`json`" for an option with choices, else "".
std::string choices_of(const CLI::Option* option) {
  if (!option) return "";
  const std::vector<std::string> choices = describe_option(*option).choices;
  return choices.empty() ? "" : "，可选：" + ticked(choices);
}

std::string placeholder_of(const CLI::Option* option) { return option ? describe_option(*option).placeholder : ""; }

// An option CLI11 could not convert ("Could not convert: --year = 1.5").
std::string conversion_zh(const std::string& name, const std::string& value, const CLI::Option* option) {
  if (option && option->get_expected_max() == 0) return fmt::format("`{}` 是开关，不能取值 `{}`", name, value);
  const std::string placeholder = placeholder_of(option);
  if (placeholder == "YEAR") return fmt::format("`{}` 的值 `{}` 不是年份：应为整数，如 2023", name, value);
  if (placeholder == "N") return fmt::format("`{}` 的值 `{}` 不是整数", name, value);
  return fmt::format("`{}` 的值 `{}` 无法识别", name, value);
}

// Words left over: "The following argument(s) was/were not expected: a b"
// (CLI11 lists them last first).
std::string extras_zh(const std::string& what) {
  const size_t colon = what.find(": ");
  std::vector<std::string> words = split_list(colon == std::string::npos ? what : what.substr(colon + 2), ' ');
  std::reverse(words.begin(), words.end());
  size_t options = 0;
  for (std::string& word : words)
    if (word.size() > 1 && word[0] == '-') {
      ++options;
      if (word[1] == '-' && word.find('=') != std::string::npos) word.erase(word.find('='));  // --bogus=1: the name
    }
  if (options == words.size())
    return words.size() == 1 ? fmt::format("没有 `{}` 这个选项", words.front())
                             : fmt::format("没有这些选项：{}", ticked(words));
  if (options == 0)
    return words.size() == 1 ? fmt::format("多余的参数 `{}`", words.front()) : fmt::format("多余的参数：{}", ticked(words));
  return fmt::format("无法识别的参数：{}", ticked(words));
}

// No subcommand, or a word that is not one of them.
std::string missing_subcommand_zh(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  for (const std::string& word : app.remaining())
    if (!word.empty() && word[0] != '-')
      return fmt::format("没有 `{}` 这个子命令；可用的子命令：{}", word, ticked(names));
  return names.empty() ? "缺少子命令" : fmt::format("缺少子命令：请给出 {}", ticked(names, "或"));
}

// "Value 1.5 not in range 0 to 6" of option `name`.
std::optional<std::string> range_zh(const std::string& name, const std::string& rest) {
  const std::string value = "Value ", range = " not in range ", to = " to ";
  const size_t in_range = rest.find(range);
  if (!starts_with(rest, value) || in_range == std::string::npos) return std::nullopt;
  const std::string bounds = rest.substr(in_range + range.size());
  const size_t sep = bounds.find(to);
  if (sep == std::string::npos) return std::nullopt;
  const std::string low = bounds.substr(0, sep), high = bounds.substr(sep + to.size());
  const auto integer = [](const std::string& number) {
    return !number.empty() && number.find_first_not_of("-0123456789") == std::string::npos;
  };
  return fmt::format("`{}` 的值 `{}` 无效：应为 {} 到 {} 之间的{}", name,
                     rest.substr(value.size(), in_range - value.size()), low, high,
                     integer(low) && integer(high) ? "整数" : "数");
}

// CLI11's usage errors in Chinese (its English text stays for --lang en),
// naming the option in backticks. The patterns are those of CLI11 2.x's
// messages; anything else keeps the English detail after a Chinese lead.
std::string usage_error_zh(const CLI::ParseError& error, const CLI::App& app) {
  const std::string what = error.what();
  if (const auto* unknown = dynamic_cast<const UnknownCodeError*>(&error)) return unknown->message().zh;
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) return extras_zh(what);
  if (dynamic_cast<const CLI::ExcludesError*>(&error) || dynamic_cast<const CLI::RequiresError*>(&error)) {
    const bool excludes = dynamic_cast<const CLI::ExcludesError*>(&error) != nullptr;
    const std::string word = excludes ? " excludes " : " requires ";
    const size_t at = what.find(word);
    if (at != std::string::npos) {
      const std::string a = what.substr(0, at), b = what.substr(at + word.size());
      return excludes ? fmt::format("`{}` 与 `{}` 不能同时使用", a, b) : fmt::format("`{}` 只能与 `{}` 一起使用", a, b);
    }
  }
  if (dynamic_cast<const CLI::RequiredError*>(&error)) {
    if (what == "A subcommand is required") return missing_subcommand_zh(app);
    const std::string suffix = " is required";
    if (ends_with(what, suffix) && what.size() > suffix.size()) {
      const std::string name = what.substr(0, what.size() - suffix.size());
      const CLI::Option* option = find_option(app, name);
      if (name[0] != '-') return fmt::format("缺少必需的参数 `{}`", name);
      return fmt::format("缺少必需的选项 `{}`{}", name, choices_of(option));
    }
    return fmt::format("缺少必需的参数：{}", what);
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    const auto [name, rest] = split_name(what);
    const CLI::Option* option = find_option(app, name);
    if (!name.empty() && ends_with(rest, " missing")) {
      const std::string placeholder = placeholder_of(option);
      return placeholder.empty() ? fmt::format("`{}` 缺少取值{}", name, choices_of(option))
                                 : fmt::format("`{}` 后面缺少 {}{}", name, placeholder, choices_of(option));
    }
    unsigned most = 0, least = 0, received = 0;
    if (!name.empty() && std::sscanf(rest.c_str(), "At Most %u required but received %u", &most, &received) == 2)
      return name[0] == '-' ? fmt::format("`{}` 只能给 {} 个值，却给了 {} 个", name, most, received)
                            : fmt::format("`{}` 只能有 {} 个，却给了 {} 个", name, most, received);
    if (!name.empty() && std::sscanf(rest.c_str(), "At least %u required but received %u", &least, &received) == 2)
      return fmt::format("`{}` 至少要给 {} 个值，却只给了 {} 个", name, least, received);
    if (ends_with(what, " was given a disallowed flag override"))
      return fmt::format("`{}` 不接受这个取值", what.substr(0, what.find(' ')));
    if (!name.empty()) return fmt::format("`{}` 的取值个数不对：{}", name, rest);
    return fmt::format("参数个数不对：{}", what);
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error)) {
    const std::string lead = "Could not convert: ";
    if (starts_with(what, lead)) {
      const std::string rest = what.substr(lead.size());
      const size_t eq = rest.find(" = ");
      if (eq != std::string::npos) {
        const std::string name = rest.substr(0, eq);
        return conversion_zh(name, rest.substr(eq + 3), find_option(app, name));
      }
    }
    const auto [name, rest] = split_name(what);
    if (rest == "too many inputs for a flag" || rest == "Should be true/false or a number")
      return fmt::format("`{}` 是开关，不带取值", name);
    return fmt::format("选项的值无法识别：{}", what);
  }
  if (dynamic_cast<const CLI::ValidationError*>(&error)) {
    const auto [name, rest] = split_name(what);
    const size_t not_in = rest.find(" not in {");
    if (!name.empty() && not_in != std::string::npos && rest.back() == '}')
      return fmt::format("`{}` 的值 `{}` 无效，可选：{}", name, rest.substr(0, not_in),
                         ticked(split_list(rest.substr(not_in + 9, rest.size() - not_in - 10), ',')));
    if (!name.empty())
      if (const std::optional<std::string> range = range_zh(name, rest)) return *range;
    if (!name.empty()) return fmt::format("`{}` 的值无效：{}", name, rest);
  }
  return fmt::format("命令行有误：{}", what);
}

// The place of a closed standard stream is held by /dev/null opened
// read-only: no file opened later can become fd 0, 1 or 2 (an output file
// receiving error messages), and writing a report to a closed standard
// output fails with EBADF, which is reported, instead of vanishing.
void hold_closed_standard_streams() {
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    const int held = ::open("/dev/null", O_RDONLY | O_NOCTTY);
    if (held >= 0 && held != fd) {
      ::dup2(held, fd);
      ::close(held);
    }
  }
}

extern "C" void on_terminating_signal(int signal_number) {
  remove_pending_temp_file();
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

// An interrupted run leaves no temporary file. SIGKILL cannot be caught:
// the output is written to an unnamed O_TMPFILE file, so it leaves nothing
// either, except where O_TMPFILE is unavailable (then possibly an orphan
// `.NAME.tmp-XXXXXX`); never a half output.
void remove_temp_files_on_signals() {
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction current {};
    if (::sigaction(signal_number, nullptr, &current) != 0 || current.sa_handler == SIG_IGN) continue;
    struct sigaction action {};
    action.sa_handler = on_terminating_signal;
    sigemptyset(&action.sa_mask);
    ::sigaction(signal_number, &action, nullptr);
  }
}

// The help flag of `app` and its subcommands, and CLI11's words in the
// help, in the command line's language.
void localize(CLI::App& app, const std::shared_ptr<CLI::Formatter>& formatter) {
  app.formatter(formatter);
  app.set_help_flag("-h,--help", tr("显示本帮助并退出", "print this help and exit"));
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    localize(*sub, formatter);
    if (sub->get_group() == "Subcommands") sub->group(tr("子命令", "Subcommands"));
  }
  // CLI11 heads a group with its name: the default one, "Options", too.
  for (CLI::Option* option : app.get_options([](CLI::Option*) { return true; }))
    if (option->get_group() == "Options") option->group(tr("选项", "Options"));
}

}  // namespace

void add_common_options(CLI::App& app, CommonOptions& o, const std::vector<std::string>& formats) {
  app.add_option("PATH", o.paths,
                 tr("目录文件，或查找其中 *.yaml、*.yml 的文件夹（默认：.encat.yaml 的 `paths`）",
                    "catalog files, or folders searched for *.yaml/*.yml (default: `paths` of .encat.yaml)"))
      ->type_name("PATH");
  app.add_option("-f,--format", o.format, tr("输出格式", "output format"))
      ->check(CLI::IsMember(formats))
      ->capture_default_str()
      ->type_name("FORMAT");
  app.add_option("-o,--output", o.output,
                 tr("把输出写入 FILE（原子写入），不写到标准输出", "write the output to FILE (atomically) instead of standard output"))
      ->type_name("FILE");
  add_lang_option(app, o.lang);
  app.add_option("--color", o.color,
                 tr("颜色：auto（只在终端上，遵从 NO_COLOR）、always 或 never",
                    "colour: auto (only on a terminal; honours NO_COLOR), always, never"))
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str()
      ->type_name("WHEN");
  app.add_option("--config", o.config,
                 tr("配置文件（默认：当前或上级文件夹中的 .encat.yaml）", "config file (default: .encat.yaml here or in a folder above)"))
      ->type_name("FILE");
  app.add_option("-j,--jobs", o.jobs, tr("读取文件的线程数（默认：全部核心）", "worker threads for reading (default: all cores)"))
      ->check(CLI::Range(1u, 1024u).description("[1 - 1024]"))
      ->type_name("N");
  app.add_option("--schemas", o.schemas,
                 tr("改用 DIR 中的 `<kind>.schema.json`，不用内置的 JSON Schema",
                    "use the <kind>.schema.json files of DIR instead of the built-in schemas"))
      ->type_name("DIR");
  app.add_option("--max-file-size", o.max_file_size,
                 tr("跳过大于 SIZE 的文件（E006），如 64MiB（默认）", "skip (E006) files larger than SIZE, e.g. 64MiB (default)"))
      ->type_name("SIZE");
  app.add_option("--max-depth", o.max_depth, tr("嵌套层数上限（E006；默认 64）", "nesting limit (E006; default 64)"))
      ->check(CLI::Range(1u, 256u).description("[1 - 256]"))
      ->type_name("N");
  app.add_flag("--timings", o.timings,
               tr("在标准错误上显示读取、检查和输出各用了多少时间",
                  "print how long reading, checking and rendering took on standard error"));
  app.add_option_function<std::string>(
         "--explain",
         [](const std::string& id) {
           const std::optional<Code> code = parse_code(id);
           const std::optional<std::string> page = code ? explanation(*code) : std::nullopt;
           if (!page)
             throw UnknownCodeError(text("`--explain`：没有编号为 `{}` 的检查项（见 docs/findings/）",
                                         "--explain: no finding code `{}` (see docs/findings/)", id));
           std::cout << *page;
           throw CLI::Success();
         })
      ->type_name("CODE")
      ->description(tr("显示问题编号（如 E101）的说明页并退出", "print the explanation page of a finding code (e.g. E101) and exit"));
}

CLI::Option* add_lang_option(CLI::App& app, std::string& lang) {
  return app.add_option("--lang", lang, tr("消息语言：zh（简体中文）或 en（英文）", "language of messages: zh (简体中文) or en"))
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str()
      ->type_name("LANG");
}

void read_cli_lang(int argc, char** argv) { g_cli_lang = lang_of_command_line(argc, argv); }

Lang cli_lang() { return g_cli_lang; }

std::string tr(std::string_view zh, std::string_view en) { return std::string(g_cli_lang == Lang::Zh ? zh : en); }

std::string summary(std::string_view program) {
  const Program* found = find_program(program);
  return found ? tr(found->summary_zh, found->summary_en) : std::string();
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
  options.keep_sources = keep_sources;
  return options;
}

// Messages name paths and values from catalogs: printable() keeps their
// control characters and bidi overrides off the terminal.
void print_error(Lang lang, const Text& message) {
  std::cerr << "error: " << render::printable(message.in(lang)) << '\n';
}

std::optional<Session> prepare(const CommonOptions& o, bool catalogs_optional) {
  Session session;
  session.lang = o.lang == "en" ? Lang::En : Lang::Zh;
  session.color = color_wanted(o.color, o.output.empty() || o.output == "-");
  session.color_stderr = color_wanted(o.color, true, STDERR_FILENO);
  session.jobs = o.jobs;
  session.show_timings = o.timings;

  const std::optional<std::string> config_file = o.config.empty() ? config::find_config(".") : o.config;
  if (config_file) {
    config::LoadResult loaded = config::load_config(*config_file);
    if (loaded.io_error) {
      print_error(session.lang, text("无法读取配置文件 `{}`：{}", "cannot read the config file `{}`: {}", *config_file,
                                     loaded.io_error->in(session.lang)));
      return std::nullopt;
    }
    if (!loaded.findings.empty()) {
      print_error(session.lang, text("配置文件 `{}` 有误", "the config file `{}` has problems", *config_file));
      for (const Finding& f : loaded.findings)
        std::cerr << "  --> " << render::printable(f.location.str()) << ": " << render::printable(f.message.in(session.lang))
                  << '\n';
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
      print_error(session.lang, text("无法使用 `--schemas {}`：{}", "cannot use `--schemas {}`: {}", o.schemas, *error));
      return std::nullopt;
    }
    session.schemas = std::move(std::get<schema::SchemaSet>(loaded));
  }

  const std::vector<std::string>& paths = o.paths.empty() ? session.config.paths : o.paths;
  if (paths.empty()) {
    print_error(session.lang, text("没有要检查的路径：请给出 PATH，或在 .encat.yaml 中设置 `paths`",
                                   "nothing to check: give a PATH, or set `paths` in .encat.yaml"));
    return std::nullopt;
  }
  FileList list = collect_files(paths);
  for (const PathProblem& problem : list.problems) print_error(session.lang, problem_text(problem));
  if (!list.problems.empty()) return std::nullopt;
  if (list.files.empty() && !catalogs_optional) {  // a wrong folder in CI must not pass as "no problems"
    std::string named;
    for (const std::string& path : paths) named += fmt::format("{}`{}`", named.empty() ? "" : " ", path);
    print_error(session.lang, text("{} 下没有目录文件（*.yaml、*.yml）", "no catalog files (*.yaml, *.yml) under {}", named));
    return std::nullopt;
  }
  session.files = std::move(list.files);

  if (!o.output.empty() && o.output != "-") {
    std::variant<OutputTarget, Text> target = resolve_output(o.output);
    if (const Text* error = std::get_if<Text>(&target)) {
      print_error(session.lang, text("`-o`：{0}", "`-o`: {1}", error->zh, error->en));
      return std::nullopt;
    }
    session.output = std::get<OutputTarget>(std::move(target));
    // Compared by st_dev and st_ino, so `./x`, a hard link or a symbolic
    // link to an input is caught as well as the same spelling.
    const auto refuse = [&](const Text& what) {
      print_error(session.lang, text("`-o {0}` 是{1}，输出不能覆盖输入", "`-o {0}` is {2}: an output must not replace an input",
                                     o.output, what.zh, what.en));
      return std::nullopt;
    };
    for (const std::string& file : session.files)
      if (same_file(*session.output, file)) return refuse(text("输入文件 `{}`", "the input file `{}`", file));
    if (config_file && same_file(*session.output, *config_file))
      return refuse(text("配置文件 `{}`", "the config file `{}`", *config_file));
    if (!o.schemas.empty()) {
      std::error_code ec;
      for (fs::directory_iterator it(o.schemas, ec), end; !ec && it != end; it.increment(ec))
        if (same_file(*session.output, it->path().string()))
          return refuse(text("`--schemas` 的文件 `{}`", "the `--schemas` file `{}`", it->path().generic_string()));
    }
  }
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
      print_error(session.lang, text("无法读取 `{}`：{}", "cannot read `{}`: {}", file.path, file.io_error->in(session.lang)));
  return ws;
}

std::variant<const model::Catalog*, Text> choose_reference(const model::Workspace& ws, model::Kind kind,
                                                           const std::optional<std::string>& id) {
  using Reason = model::Workspace::ChoiceProblem::Reason;
  auto choice = ws.choose(kind, id);
  const auto* problem = std::get_if<model::Workspace::ChoiceProblem>(&choice);
  if (!problem) return std::get<const model::Catalog*>(choice);
  // The option and the config key are named after the kind: --registry, `registry:`.
  const std::string_view kind_text = model::kind_name(kind), title = model::kind_title_zh(kind);
  switch (problem->reason) {
    case Reason::NotLoaded:
      return text("未加载 id 为 `{}` 的{}（`{}`）", "no {2} file with id `{0}` was loaded", problem->id, title, kind_text);
    case Reason::WrongKind: {
      const model::Kind found = problem->named->kind;
      return text("`{}` 是{}（`{}`），不是{}（`{}`）", "`{0}` is of kind `{2}`, not `{4}`", problem->id,
                  model::kind_title_zh(found), model::kind_name(found), title, kind_text);
    }
    case Reason::Several: break;
  }
  std::string ids_zh, ids_en;
  for (const std::string& other : problem->ids) {
    ids_zh += fmt::format("{}`{}`", ids_zh.empty() ? "" : "、", other);
    ids_en += fmt::format("{}`{}`", ids_en.empty() ? "" : ", ", other);
  }
  return text("加载了多个{0}（{1}），请用 `--{3}` 或 .encat.yaml 的 `{3}` 指定一个",
              "several {3} files were loaded ({2}); choose one with `--{3}` or `{3}` in .encat.yaml", title, ids_zh,
              ids_en, kind_text);
}

bool emit(const std::string& content, const CommonOptions& options, const Session& session) {
  session.timings.mark("render");
  if (session.show_timings) std::cerr << session.timings.str() << '\n';
  if (options.output.empty() || options.output == "-") {
    std::cout.flush();
    int error_number = 0;
    if (!std::cout || !write_all(STDOUT_FILENO, content, error_number)) {
      const Text why = error_number == EBADF ? Text{"标准输出已关闭", "it is closed"} : io_write_error_text(error_number);
      print_error(session.lang, text("无法写入标准输出：{0}", "cannot write to standard output: {1}", why.zh, why.en));
      return false;
    }
    return true;
  }
  const std::optional<Text> error =
      session.output ? write_output(*session.output, content) : write_file_atomic(options.output, content);
  if (error) {
    print_error(session.lang, *error);
    return false;
  }
  return true;
}

int run_main(CLI::App& app, int argc, char** argv, const std::function<int()>& body, const std::string& extra_man,
             const std::string& extra_spec) {
  hold_closed_standard_streams();
  process_umask();  // once, before any thread: the fallback changes it for a moment
  remove_temp_files_on_signals();  // the language: read_cli_lang, before the app was built
  const std::string version = app.get_name() == "encat" ? "encat " ENCAT_VERSION : app.get_name() + " (encat) " ENCAT_VERSION;
  app.set_version_flag("--version", version, tr("显示版本并退出", "print the version and exit"));
  localize(app, help_formatter(g_cli_lang));
  app.add_flag_callback("--man", [&] {
       std::cout << render_man(app, g_cli_lang, extra_man);
       throw CLI::Success();
     })
      ->group("");
  app.add_flag_callback("--cli-spec", [&] {
       std::cout << render_cli_spec(app, extra_spec);
       throw CLI::Success();
     })
      ->group("");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    if (error.get_exit_code() == 0 || g_cli_lang == Lang::En) {  // --help, --version; English as CLI11 says it
      const int code = app.exit(error);
      return code == 0 ? exit_clean : exit_usage;
    }
    std::cerr << "error: " << usage_error_zh(error, app) << "\n用 --help 查看用法。\n";
    return exit_usage;
  }
  try {
    return body();
  } catch (const std::exception& error) {
    print_error(g_cli_lang, text("内部错误：{}", "internal failure: {}", error.what()));
  } catch (...) {
    print_error(g_cli_lang, {"内部错误", "internal failure"});
  }
  return exit_usage;
}

void add_sources(render::SourceLines& lines, const model::Workspace& ws, const std::vector<Finding>& findings) {
  std::set<std::string_view> named;
  for (const Finding& finding : findings) named.insert(finding.location.file);
  for (const model::SourceFile& file : ws.files())
    if (file.source && named.count(file.path)) lines.add(file.path, file.source->bytes);
}

void print_findings(const std::string& tool, const std::vector<Finding>& findings, render::SourceLines& lines,
                    const Session& session) {
  render::RenderContext context;
  context.tool = tool;
  context.lang = session.lang;
  context.color = session.color_stderr;
  std::cerr << render::render_text_findings(findings, context, lines);
}

void print_findings(const std::string& tool, const std::vector<Finding>& findings, const model::Workspace& ws,
                    const Session& session) {
  render::SourceLines lines;
  add_sources(lines, ws, findings);
  print_findings(tool, findings, lines, session);
}

}  // namespace encat::tool
