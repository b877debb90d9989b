// encat-audit's reports: one county over one or more years, or the province's
// league table (every county, one year), as text, markdown, JSON or HTML.
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
};

// The figure's name for people: 综合执法事项占比 / comprehensive matter share.
std::string_view figure_title(model::Figure figure, Lang lang);
// A short column heading for the league table: 事项占比 / matters.
std::string_view figure_short_title(model::Figure figure, Lang lang);
// 25.6% (rounded to 0.1%), or n/a.
std::string percent(const std::optional<double>& value);

std::string render_audit(AuditFormat format, const audit::RegionAudit& audit, const AuditContext& context,
                         SourceLines& sources);
std::string render_league(AuditFormat format, const std::vector<audit::RegionAudit>& counties,
                          const AuditContext& context);

// Each format in its own file (audit_text.cpp, audit_markdown.cpp, audit_json.cpp, audit_html.cpp).
std::string render_audit_text(const audit::RegionAudit& audit, const AuditContext& context, SourceLines& sources);
std::string render_audit_markdown(const audit::RegionAudit& audit, const AuditContext& context);
std::string render_audit_json(const audit::RegionAudit& audit, const AuditContext& context);
std::string render_audit_html(const audit::RegionAudit& audit, const AuditContext& context);
std::string render_league_text(const std::vector<audit::RegionAudit>& counties, const AuditContext& context);
std::string render_league_markdown(const std::vector<audit::RegionAudit>& counties, const AuditContext& context);
std::string render_league_json(const std::vector<audit::RegionAudit>& counties, const AuditContext& context);
std::string render_league_html(const std::vector<audit::RegionAudit>& counties, const AuditContext& context);

}  // namespace encat::render
