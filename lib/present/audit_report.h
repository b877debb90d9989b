// encat-audit's reports: one county over one or more years, or the province's
// league table (every county, one year), as text, markdown, JSON or HTML.
// Text and markdown are the report model (audit/audit_report.h) through the
// generic renderers (render/report.h); JSON keeps tools.md's pinned shape
// (audit_json.cpp, over the audit result); HTML is the one-page report with
// its charts and cards (audit_html.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.h"
#include "render/source_lines.h"

namespace encat::render {

enum class AuditFormat { Text, Markdown, Json, Html };
std::optional<AuditFormat> parse_audit_format(std::string_view name);

struct AuditContext {
  Lang lang = Lang::Zh;
  bool color = false;      // ANSI colour in text
  std::string targets_id;  // the targets catalog compared against, or empty
  // Findings about the input (E0xx): files left out of the audit.
  std::vector<Finding> reading;
  // --province: the figure the league is sorted by (audit::sort_league).
  model::Figure sort = model::Figure::MatterShare;
};

std::string render_audit(AuditFormat format, const audit::RegionAudit& audit, const AuditContext& context,
                         SourceLines& sources);
std::string render_league(AuditFormat format, const std::vector<audit::RegionAudit>& counties,
                          const AuditContext& context);

// The formats that are not the report model's (audit_json.cpp, audit_html.cpp).
std::string render_audit_json(const audit::RegionAudit& audit, const AuditContext& context);
std::string render_audit_html(const audit::RegionAudit& audit, const AuditContext& context);
std::string render_league_json(const std::vector<audit::RegionAudit>& counties, const AuditContext& context);
std::string render_league_html(const std::vector<audit::RegionAudit>& counties, const AuditContext& context);

}  // namespace encat::render
