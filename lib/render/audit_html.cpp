// Placeholder until the HTML report lands.
#include "render/audit_report.h"

namespace encat::render {
std::string render_audit_html(const audit::RegionAudit&, const AuditContext&) { return "<!doctype html>\n"; }
std::string render_league_html(const std::vector<audit::RegionAudit>&, const AuditContext&) { return "<!doctype html>\n"; }
}  // namespace encat::render
