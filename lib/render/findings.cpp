#include "render/findings.h"

#include <fmt/format.h>

namespace encat::render {
namespace {

constexpr std::pair<FindingsFormat, std::string_view> kFormats[] = {
    {FindingsFormat::Text, "text"},   {FindingsFormat::Json, "json"},     {FindingsFormat::Sarif, "sarif"},
    {FindingsFormat::Junit, "junit"}, {FindingsFormat::Github, "github"},
};

std::string count_en(size_t n, std::string_view noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

}  // namespace

std::optional<FindingsFormat> parse_findings_format(std::string_view name) {
  for (const auto& [format, known] : kFormats)
    if (known == name) return format;
  return std::nullopt;
}

std::string_view findings_format_name(FindingsFormat format) {
  for (const auto& [known, name] : kFormats)
    if (known == format) return name;
  return "text";
}

std::string summary_line(const Summary& summary, size_t files_checked, Lang lang, size_t unreadable) {
  const std::string files_en = count_en(files_checked, "file");
  const Text files = unreadable ? text("{0} 个文件（{1} 个无法读取）", "{2} ({1} unreadable)", files_checked, unreadable, files_en)
                                : text("{0} 个文件", "{1}", files_checked, files_en);
  if (summary.errors == 0 && summary.warnings == 0 && !unreadable)
    return text("检查了 {0}，没有发现问题", "checked {1}: no problems found", files.zh, files.en).in(lang);
  return text("检查了 {0}：{2} 个错误，{3} 个警告", "checked {1}: {4}, {5}", files.zh, files.en, summary.errors,
              summary.warnings, count_en(summary.errors, "error"), count_en(summary.warnings, "warning"))
      .in(lang);
}

std::string render_findings(FindingsFormat format, const std::vector<Finding>& findings,
                            const RenderContext& context, SourceLines& sources) {
  switch (format) {
    case FindingsFormat::Text: return render_text(findings, context, sources);
    case FindingsFormat::Json: return render_json(findings, context);
    case FindingsFormat::Sarif: return render_sarif(findings, context);
    case FindingsFormat::Junit: return render_junit(findings, context);
    case FindingsFormat::Github: return render_github(findings, context);
  }
  return render_text(findings, context, sources);
}

}  // namespace encat::render
