// encat COMMAND [ARG…]: the front door, git-style. `encat validate …` runs
// encat-validate (next to this program, else on PATH) with the arguments;
// `encat help [COMMAND]`, `encat --version`.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "common/catalogs_manual.h"
#include "common/completion_values.h"
#include "common/driver.h"
#include "common/manual.h"
#include "common/programs.h"

using namespace encat;
namespace fs = std::filesystem;

namespace {

// "  validate   检查…" for each tool.
std::string command_list() {
  std::string out;
  for (const tool::Program& program : tool::programs())
    out += fmt::format("  {:<10} {}\n", program.command, tool::tr(program.summary_zh, program.summary_en));
  return out;
}

std::string man_commands() {
  std::string out = fmt::format(".SH {}\n", tool::tr("命令", "COMMANDS"));
  for (const tool::Program& program : tool::programs())
    out += fmt::format(".TP\n.B {}\n{}{}\n", program.command,
                       tool::roff_escape(tool::tr(program.summary_zh, program.summary_en)),
                       tool::tr(fmt::format("（见 \\fB{}\\fR(1)）。", program.name),
                                fmt::format(" (see \\fB{}\\fR(1)).", program.name)));
  out += fmt::format(".TP\n.B help \\fR[\\fICOMMAND\\fR]\n{}\n",
                     tool::roff_escape(tool::tr("列出命令，或显示一个命令的帮助。", "list the commands, or show the help of one.")));
  return out;
}

std::string spec_commands() {
  std::string out;
  for (const tool::Program& program : tool::programs())
    out += fmt::format("command\t{}\t{}\n", program.command, tool::tr(program.summary_zh, program.summary_en));
  return out + fmt::format("command\thelp\t{}\n", tool::tr("显示命令的帮助", "show the help of a command"));
}

// Runs encat-<command> with `args`: the one next to this program (so a
// build tree or a prefix uses its own tools), else the one on PATH.
int run_tool(const tool::Program& program, std::vector<std::string> args) {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  const std::string name(program.name);
  const fs::path beside = self.parent_path() / name;
  std::vector<char*> argv;
  args.insert(args.begin(), name);
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  if (!ec && ::access(beside.c_str(), X_OK) == 0) ::execv(beside.c_str(), argv.data());
  ::execvp(name.c_str(), argv.data());
  const int error_number = errno;
  tool::print_error(tool::cli_lang(), text("无法运行 `{}`：{}", "cannot run `{}`: {}", name, std::strerror(error_number)));
  return tool::exit_usage;
}

}  // namespace

int main(int argc, char** argv) {
  // encat's own options come before COMMAND; everything from COMMAND on is
  // the tool's, `--help` included.
  int own = 1;
  while (own < argc && argv[own][0] == '-' && std::strcmp(argv[own], "-") != 0) {
    const bool takes_value = !std::strcmp(argv[own], "--lang") || !std::strcmp(argv[own], "--complete");
    own += takes_value && own + 1 < argc ? 2 : 1;
  }
  tool::read_cli_lang(own, argv);
  // CLI11 gives a hidden option no name in its errors: say this one here.
  const std::string choices_zh = "`ids`、`regions`、`codes`、`kinds`", choices_en = "`ids`, `regions`, `codes`, `kinds`";
  if (own == argc && own > 1 && !std::strcmp(argv[own - 1], "--complete")) {
    tool::print_error(tool::cli_lang(), text("`--complete` 后面缺少 WHAT，可选：{0}", "`--complete` needs WHAT: one of {1}",
                                             choices_zh, choices_en));
    return tool::exit_usage;
  }
  CLI::App app{tool::tr("执法事项目录工具：检查、格式化、比较、合并、发布、导入和评估目录",
                        "enforcement-matter catalog tools: check, format, compare, merge, publish, import and evaluate"),
               "encat"};
  std::string lang = "zh", complete;
  std::string command;
  std::vector<std::string> args;
  app.add_option("COMMAND", command, tool::tr("要运行的命令（见下），或 help", "the command to run (below), or help"))
      ->type_name("");
  app.add_option("ARG", args, tool::tr("交给命令的参数", "the arguments of the command"))->type_name("");
  tool::add_lang_option(app, lang);
  app.add_flag_callback("--man-catalogs", [] {
       std::cout << tool::render_catalogs_man(tool::cli_lang());
       throw CLI::Success();
     })
      ->group("");
  app.add_option("--complete", complete)->group("");
  app.footer(tool::tr("命令：\n", "commands:\n") + command_list());

  for (int i = own; i < argc; ++i) (i == own ? command : args.emplace_back()) = argv[i];
  const std::vector<std::string> tool_lang =
      tool::cli_lang() == Lang::En ? std::vector<std::string>{"--lang", "en"} : std::vector<std::string>{};

  return tool::run_main(app, own, argv, [&] {
    if (!complete.empty()) {
      const std::optional<std::string> values = tool::completion_values(complete);
      if (!values) {
        tool::print_error(tool::cli_lang(), text("`--complete` 不认识 `{0}`，可选：{1}", "`--complete`: no values for `{0}`; one of {2}",
                                                 complete, choices_zh, choices_en));
        return tool::exit_usage;
      }
      std::cout << *values;
      return tool::exit_clean;
    }
    if (command.empty()) {
      std::cerr << app.help();
      return tool::exit_usage;
    }
    if (command == "help") {
      if (args.empty()) {
        std::cout << app.help();
        return tool::exit_clean;
      }
      const tool::Program* program = tool::find_program(args.front());
      if (!program) {
        tool::print_error(tool::cli_lang(), text("没有 `{}` 这个命令；命令列表见 `encat help`",
                                                 "no command `{}`: see `encat help`", args.front()));
        return tool::exit_usage;
      }
      std::vector<std::string> help = tool_lang;
      help.push_back("--help");
      return run_tool(*program, help);
    }
    const tool::Program* program = tool::find_program(command);
    if (!program) {
      tool::print_error(tool::cli_lang(), text("没有 `{}` 这个命令；命令列表见 `encat help`",
                                               "no command `{}`: see `encat help`", command));
      return tool::exit_usage;
    }
    // `encat --lang en validate …` means `encat-validate --lang en …`; for
    // encat-merge the option belongs to the subcommand, after its name.
    const auto lang_given = [](const std::string& arg) { return arg == "--lang" || arg.rfind("--lang=", 0) == 0; };
    if (!tool_lang.empty() && std::none_of(args.begin(), args.end(), lang_given)) {
      const bool after_subcommand = program->command == "merge" && !args.empty() && args.front()[0] != '-';
      args.insert(args.begin() + (after_subcommand ? 1 : 0), tool_lang.begin(), tool_lang.end());
    }
    return run_tool(*program, args);
  }, man_commands(), spec_commands());
}
