// Pieces the county report and the league share in HTML and JSON (internal
// to lib/present: audit_html.cpp, audit_json.cpp, league_*.cpp).
#pragma once

#include <string>
#include <vector>

#include "audit/audit_report.h"
#include "present/audit_report.h"
#include "render/json_writer.h"

namespace encat::render {

audit::ReportInput report_input(const AuditContext& context);

// HTML: the prominent notice of files left out (empty when none), and the page's footer.
std::string left_out_notice_html(const AuditContext& context);
std::string footer_html(Lang lang);

// JSON (tools.md's shape): a year's "figures" and "townships", and the
// "findings" array (the files left out first).
void write_audit_figures(JsonWriter& json, const audit::YearFigures& year);
void write_audit_townships(JsonWriter& json, const audit::YearFigures& year);
void write_audit_findings(JsonWriter& json, const std::vector<Finding>& reading, const std::vector<Finding>& findings,
                          Lang lang);

}  // namespace encat::render
