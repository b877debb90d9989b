#include "common/manual.h"

#include <fmt/format.h>

#include "common/programs.h"

namespace encat::tool {
namespace {

// "TEXT:{text,json}" -> {"text", "json"}; a range or another check gives none.
std::vector<std::string> choices_of(const std::string& type_name) {
  const size_t open = type_name.find(":{");
  if (open == std::string::npos || type_name.back() != '}') return {};
  return split_list(type_name.substr(open + 2, type_name.size() - open - 3), ',');
}

std::string join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// "-f,--format" -> "\fB\-f\fR, \fB\-\-format\fR"
std::string roff_names(const std::string& names) {
  std::string out;
  for (const std::string& name : split_list(names, ',')) {
    std::string escaped;
    for (char c : roff_escape(name)) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
    out += fmt::format("{}\\fB{}\\fR", out.empty() ? "" : ", ", escaped);
  }
  return out;
}

std::string roff_option(const CLI::Option& option, Lang lang) {
  const OptionInfo info = describe_option(option);
  std::string out = ".TP\n" + (info.positional ? "\\fI" + roff_escape(info.names) + "\\fR" : roff_names(info.names));
  if (!info.positional && !info.placeholder.empty()) out += " \\fI" + roff_escape(info.placeholder) + "\\fR";
  out += "\n" + roff_escape(option.get_description()) + "\n";
  std::vector<std::string> facts;
  if (!info.choices.empty()) {
    std::vector<std::string> bold;
    for (const std::string& choice : info.choices) bold.push_back("\\fB" + roff_escape(choice) + "\\fR");
    facts.push_back((lang == Lang::Zh ? "可选：" : "one of: ") + join(bold, lang == Lang::Zh ? "、" : ", "));
  }
  if (!info.default_value.empty())
    facts.push_back((lang == Lang::Zh ? "默认：\\fB" : "default: \\fB") + roff_escape(info.default_value) + "\\fR");
  if (info.required) facts.push_back(lang == Lang::Zh ? "必需" : "required");
  if (!facts.empty()) out += ".br\n" + join(facts, lang == Lang::Zh ? "；" : "; ") + (lang == Lang::Zh ? "。\n" : ".\n");
  return out;
}

std::string roff_synopsis(const CLI::App& app, const std::string& name, Lang lang) {
  std::string out = ".B " + name + "\n[\\fI" + (lang == Lang::Zh ? "选项" : "OPTIONS") + "\\fR]";
  for (const CLI::Option* option : listed_options(app))
    if (option->get_positional()) {
      const OptionInfo info = describe_option(*option);
      const bool many = option->get_expected_max() > 1;
      out += fmt::format(" {}\\fI{}\\fR{}{}", info.required ? "" : "[", roff_escape(info.names), many ? "..." : "",
                         info.required ? "" : "]");
    }
  return out + "\n";
}

std::string roff_options(const CLI::App& app, Lang lang) {
  std::string out;
  for (const CLI::Option* option : listed_options(app)) out += roff_option(*option, lang);
  return out;
}

std::vector<const CLI::App*> subcommands_of(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App*) { return true; });
}

bool closes(std::string_view character) {
  for (const char* c : {"，", "。", "、", "；", "：", "）", "」", "』", "》", "〉", "】", "！", "？", "”", "’"})
    if (character == c) return true;
  return false;
}

bool opens(std::string_view character) {
  for (const char* c : {"（", "「", "『", "《", "〈", "【", "“", "‘"})
    if (character == c) return true;
  return false;
}

}  // namespace

std::vector<std::string> split_list(const std::string& list, char separator) {
  std::vector<std::string> items;
  for (size_t start = 0; start <= list.size();) {
    const size_t end = std::min(list.find(separator, start), list.size());
    if (end > start) items.push_back(list.substr(start, end - start));
    start = end + 1;
  }
  return items;
}

std::string roff_escape(const std::string& text) {
  std::string out;
  bool line_start = true;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto lead = static_cast<unsigned char>(c);
    if (lead >= 0xE0) {
      // troff breaks lines only at spaces: `\:` lets it break after each
      // character of three bytes or more in UTF-8 (CJK text and punctuation).
      const size_t length = std::min<size_t>(lead >= 0xF0 ? 4 : 3, text.size() - i);
      const std::string_view character = std::string_view(text).substr(i, length);
      const std::string_view next = std::string_view(text).substr(i + length, 3);
      out.append(character);
      // No line starts with closing punctuation or ends with opening (禁则).
      if (!closes(next) && !opens(character)) out.append("\\:");
      i += length - 1;
      line_start = false;
      continue;
    }
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    out += c == '\\' ? std::string("\\e") : std::string(1, c);
    line_start = c == '\n';
  }
  return out;
}

OptionInfo describe_option(const CLI::Option& option) {
  OptionInfo info;
  info.positional = option.get_positional() && option.get_snames().empty() && option.get_lnames().empty();
  info.names = info.positional ? option.get_name(true, false) : option.get_name(false, true);
  info.required = option.get_required();
  if (option.get_type_size() != 0) {
    const std::string type_name = option.get_type_name();
    info.placeholder = type_name.substr(0, type_name.find(':'));
    info.choices = choices_of(type_name);
    info.default_value = option.get_default_str();
  }
  return info;
}

std::vector<const CLI::Option*> listed_options(const CLI::App& app) {
  return app.get_options([](const CLI::Option* option) { return !option->get_group().empty(); });
}

std::string render_man(const CLI::App& app, Lang lang, const std::string& extra_sections) {
  const bool zh = lang == Lang::Zh;
  const std::string name = app.get_name();
  std::string upper;
  for (char c : name) upper += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  std::string out = fmt::format(".\\\" {} {}\n", name, zh ? "的手册页，由其命令行定义生成；请勿手工修改。"
                                                           : "manual page, generated from its option definitions; do not edit.");
  out += fmt::format(".TH {} 1 \"\" \"encat {}\" \"{}\"\n", upper, ENCAT_VERSION, zh ? "encat 手册" : "encat manual");
  out += ".ad l\n.nh\n";  // CJK lines have no spaces to justify by; option names stay whole
  out += fmt::format(".SH {}\n{} \\- {}\n", zh ? "名称" : "NAME", name, roff_escape(app.get_description()));
  out += fmt::format(".SH {}\n", zh ? "概要" : "SYNOPSIS");
  const std::vector<const CLI::App*> subcommands = subcommands_of(app);
  if (subcommands.empty()) out += roff_synopsis(app, name, lang);
  for (const CLI::App* sub : subcommands) out += roff_synopsis(*sub, name + " " + sub->get_name(), lang) + ".br\n";
  out += fmt::format(".SH {}\n", zh ? "选项" : "OPTIONS") + roff_options(app, lang);
  if (!subcommands.empty()) {
    out += fmt::format(".SH {}\n", zh ? "子命令" : "SUBCOMMANDS");
    for (const CLI::App* sub : subcommands)
      out += fmt::format(".SS {}\n{}\n", sub->get_name(), roff_escape(sub->get_description())) + roff_options(*sub, lang);
  }
  out += extra_sections;
  const auto item = [](const std::string& tag, const char* body) { return ".TP\n.B " + tag + "\n" + roff_escape(body) + "\n"; };
  out += fmt::format(".SH {}\n", zh ? "退出状态" : "EXIT STATUS");
  out += item("0", zh ? "没有问题。" : "no problems.");
  out += item("1", zh ? "有问题：错误级别的检查结果、差异、冲突或未达成的目标（依工具而定）。"
                      : "problems: findings of severity error, differences, conflicts or missed targets (as the tool says).");
  out += item("2", zh ? "用法错误、文件无法读取或内部错误；不写任何输出文件。"
                      : "a usage error, an unreadable file or an internal failure; no output file is written.");
  out += fmt::format(".SH {}\n", zh ? "环境" : "ENVIRONMENT");
  out += item("NO_COLOR", zh ? "设置后，终端上也不使用颜色。" : "when set, no colour even on a terminal.");
  out += item("SOURCE_DATE_EPOCH",
              zh ? "生成的文件（如 xlsx）中记录的时间。" : "the time recorded in generated files (such as xlsx).");
  out += fmt::format(".SH {}\n", zh ? "文件" : "FILES");
  out += item(".encat.yaml", zh ? "当前文件夹或上级文件夹中的配置：默认路径、登记册、目标、严重程度和限制。"
                                : "the settings in the current folder or one above it: default paths, registry, "
                                  "targets, severities and limits.");
  std::vector<std::string> see_also = {"\\fBencat\\fR(1)", "\\fBencat\\-catalogs\\fR(5)"};
  for (const Program& program : programs())
    if (program.name != name) see_also.push_back(roff_names(std::string(program.name)) + "(1)");
  out += fmt::format(".SH {}\n{}\n", zh ? "参见" : "SEE ALSO", join(see_also, ", "));
  return out;
}

std::string render_cli_spec(const CLI::App& app, const std::string& extra_lines) {
  std::string out = fmt::format("program\t{}\t{}\n", app.get_name(), app.get_description());
  out += extra_lines;
  const auto options = [&out](const CLI::App& scope, const std::string& name) {
    for (const CLI::Option* option : listed_options(scope)) {
      const OptionInfo info = describe_option(*option);
      if (info.positional) {
        out += fmt::format("positional\t{}\t{}\t{}\n", name, info.names, info.placeholder);
        continue;
      }
      std::string names = info.names;
      for (char& c : names) c = c == ',' ? ' ' : c;
      std::string description = option->get_description();
      for (char& c : description) c = c == '\t' || c == '\n' ? ' ' : c;
      out += fmt::format("option\t{}\t{}\t{}\t{}\t{}\n", name, names, info.placeholder, join(info.choices, " "),
                         description);
    }
  };
  for (const CLI::App* sub : subcommands_of(app))
    out += fmt::format("command\t{}\t{}\n", sub->get_name(), sub->get_description());
  options(app, "-");
  for (const CLI::App* sub : subcommands_of(app)) options(*sub, sub->get_name());
  return out;
}

}  // namespace encat::tool
