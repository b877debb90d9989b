#include "common/help_format.h"

#include <utility>

#include "render/table.h"

namespace encat::tool {
namespace {

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

class HelpFormatter : public CLI::Formatter {
 public:
  explicit HelpFormatter(Lang lang) : m_lang(lang) {
    if (lang != Lang::Zh) return;
    for (const auto& [key, word] : std::initializer_list<std::pair<const char*, const char*>>{
             {"Usage", "用法"}, {"OPTIONS", "选项"}, {"SUBCOMMAND", "子命令"}, {"SUBCOMMANDS", "子命令"},
             {"Positionals", "位置参数"}, {"REQUIRED", "必需"}, {"Needs", "需要"}, {"Excludes", "不能与之同用"},
             {"Env", "环境变量"}})
      label(key, word);
  }

  std::string make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> opts) const override {
    std::string out = "\n" + group + colon() + "\n";
    for (const CLI::Option* opt : opts) out += make_option(opt, is_positional);
    return out;
  }

  std::string make_usage(const CLI::App* app, std::string name) const override {
    std::string out = CLI::Formatter::make_usage(app, name);
    const std::string label = get_label("Usage");
    if (m_lang == Lang::Zh && out.compare(0, label.size() + 1, label + ":") == 0)
      out.replace(label.size(), name.empty() ? 1 : 2, "：");
    return out;
  }

  std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override {
    std::string out = CLI::Formatter::make_subcommands(app, mode);
    for (const CLI::App* sub : app->get_subcommands([](const CLI::App*) { return true; }))
      if (m_lang == Lang::Zh) replace_all(out, "\n" + sub->get_group() + ":\n", "\n" + sub->get_group() + colon() + "\n");
    return out;
  }

  std::string make_option_opts(const CLI::Option* opt) const override {
    std::string out = CLI::Formatter::make_option_opts(opt);
    if (m_lang == Lang::Zh)
      for (const char* key : {"Needs", "Excludes"}) replace_all(out, get_label(key) + ": ", get_label(key) + "：");
    return out;
  }

  // CLI11 pads the name column by bytes; here by display width.
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    const std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    const std::string description = make_option_desc(opt);
    const size_t width = get_column_width();
    const std::string pad(width, ' ');
    std::string out = name;
    if (!description.empty()) {
      const size_t used = render::display_width(name);
      out += used >= width ? "\n" + pad : std::string(width - used, ' ');
      for (const char c : description) {
        out += c;
        if (c == '\n') out += pad;
      }
    }
    return out + "\n";
  }

 private:
  std::string colon() const { return m_lang == Lang::Zh ? "：" : ":"; }
  Lang m_lang;
};

}  // namespace

std::shared_ptr<CLI::Formatter> help_formatter(Lang lang) { return std::make_shared<HelpFormatter>(lang); }

}  // namespace encat::tool
