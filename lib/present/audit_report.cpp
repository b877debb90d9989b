#include "present/audit_report.h"

#include "audit/audit_report.h"
#include "audit/league_report.h"
#include "present/audit_parts.h"
#include "render/report.h"

namespace encat::render {
namespace {

constexpr std::pair<AuditFormat, std::string_view> formats[] = {
    {AuditFormat::Text, "text"}, {AuditFormat::Markdown, "markdown"}, {AuditFormat::Json, "json"}, {AuditFormat::Html, "html"}};

RenderContext findings_context(const AuditContext& context) {
  RenderContext rc;
  rc.tool = "encat-audit";
  rc.lang = context.lang;
  rc.color = context.color;
  return rc;
}

}  // namespace

audit::ReportInput report_input(const AuditContext& context) { return {context.targets_id, context.reading}; }

std::optional<AuditFormat> parse_audit_format(std::string_view name) {
  for (const auto& [format, known] : formats)
    if (known == name) return format;
  return std::nullopt;
}

std::string render_audit(AuditFormat format, const audit::RegionAudit& audit, const AuditContext& context,
                         SourceLines& sources) {
  switch (format) {
    case AuditFormat::Json: return render_audit_json(audit, context);
    case AuditFormat::Html: return render_audit_html(audit, context);
    case AuditFormat::Markdown: return render_report_markdown(audit::audit_report(audit, report_input(context)), context.lang);
    case AuditFormat::Text: break;
  }
  return render_report_text(audit::audit_report(audit, report_input(context)), findings_context(context), sources);
}

std::string render_league(AuditFormat format, const std::vector<audit::RegionAudit>& counties,
                          const AuditContext& context) {
  switch (format) {
    case AuditFormat::Json: return render_league_json(counties, context);
    case AuditFormat::Html: return render_league_html(counties, context);
    case AuditFormat::Markdown: return render_report_markdown(audit::league_report(counties, report_input(context), context.sort), context.lang);
    case AuditFormat::Text: break;
  }
  // The league's text lists no finding: no source line is needed.
  SourceLines sources;
  return render_report_text(audit::league_report(counties, report_input(context), context.sort), findings_context(context), sources);
}

}  // namespace encat::render
