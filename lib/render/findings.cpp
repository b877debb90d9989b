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
  const bool clean = summary.errors == 0 && summary.warnings == 0;
  if (lang == Lang::Zh) {
    const std::string files = unreadable ? fmt::format("{} 个文件（{} 个无法读取）", files_checked, unreadable)
                                         : fmt::format("{} 个文件", files_checked);
    if (clean && !unreadable) return fmt::format("检查了 {}，没有发现问题", files);
    return fmt::format("检查了 {}：{} 个错误，{} 个警告", files, summary.errors, summary.warnings);
  }
  const std::string files = unreadable ? fmt::format("{} ({} unreadable)", count_en(files_checked, "file"), unreadable)
                                       : count_en(files_checked, "file");
  if (clean && !unreadable) return fmt::format("checked {}: no problems found", files);
  return fmt::format("checked {}: {}, {}", files, count_en(summary.errors, "error"),
                     count_en(summary.warnings, "warning"));
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
