#include "render/audit_report.h"

#include <fmt/format.h>

namespace encat::render {
namespace {

constexpr std::pair<AuditFormat, std::string_view> formats[] = {
    {AuditFormat::Text, "text"}, {AuditFormat::Markdown, "markdown"}, {AuditFormat::Json, "json"}, {AuditFormat::Html, "html"}};

constexpr std::string_view figure_titles[][2] = {
    {"综合执法事项占比", "comprehensive matter share"},
    {"综合执法领域占比", "domain share"},
    {"三高事项纳入率", "key matter share"},
    {"综合执法案件占比", "case share"},
    {"乡镇必须下放事项承接率", "township mandatory rate"},
    {"监管事项认领率", "claim rate"},
    {"检查事项覆盖率", "inspection coverage"},
};

constexpr std::string_view figure_short_titles[][2] = {
    {"事项占比", "matters"}, {"领域占比", "domains"},   {"三高事项", "key"},       {"案件占比", "cases"},
    {"乡镇承接", "townships"}, {"认领率", "claimed"}, {"检查覆盖", "inspected"},
};

}  // namespace

std::string_view figure_short_title(model::Figure figure, Lang lang) {
  return figure_short_titles[static_cast<size_t>(figure)][lang == Lang::Zh ? 0 : 1];
}

std::optional<AuditFormat> parse_audit_format(std::string_view name) {
  for (const auto& [format, known] : formats)
    if (known == name) return format;
  return std::nullopt;
}

std::string_view figure_title(model::Figure figure, Lang lang) {
  return figure_titles[static_cast<size_t>(figure)][lang == Lang::Zh ? 0 : 1];
}

std::string percent(const std::optional<double>& value) {
  if (!value) return "n/a";
  return fmt::format("{:.1f}%", *value * 100.0);
}

std::string render_audit(AuditFormat format, const audit::RegionAudit& audit, const AuditContext& context,
                         SourceLines& sources) {
  switch (format) {
    case AuditFormat::Text: return render_audit_text(audit, context, sources);
    case AuditFormat::Markdown: return render_audit_markdown(audit, context);
    case AuditFormat::Json: return render_audit_json(audit, context);
    case AuditFormat::Html: return render_audit_html(audit, context);
  }
  return render_audit_text(audit, context, sources);
}

std::string render_league(AuditFormat format, const std::vector<audit::RegionAudit>& counties,
                          const AuditContext& context) {
  switch (format) {
    case AuditFormat::Text: return render_league_text(counties, context);
    case AuditFormat::Markdown: return render_league_markdown(counties, context);
    case AuditFormat::Json: return render_league_json(counties, context);
    case AuditFormat::Html: return render_league_html(counties, context);
  }
  return render_league_text(counties, context);
}

}  // namespace encat::render
