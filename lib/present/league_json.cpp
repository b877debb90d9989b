// encat-audit --province --format json: every county's figures and gap counts.
#include "present/audit_parts.h"
#include "present/audit_report.h"
#include "render/findings.h"
#include "render/json_writer.h"

namespace encat::render {

std::string render_league_json(const std::vector<audit::RegionAudit>& counties, const AuditContext& context) {
  JsonWriter json;
  json.begin_object().field("version", 1);
  if (!counties.empty()) json.field("year", counties.front().findings_year);
  json.key("counties").begin_array();
  for (const audit::RegionAudit& county : counties) {
    json.begin_object().field("region", county.region);
    write_audit_figures(json, county.years.back());
    write_audit_townships(json, county.years.back());
    const Summary summary = summarize(county.findings);
    json.key("gaps").begin_object().field("errors", summary.errors).field("warnings", summary.warnings);
    json.key("by_code").begin_object();
    for (const CodeInfo& info : all_codes()) {
      if (info.id[0] != 'B') continue;
      size_t count = 0;
      for (const Finding& f : county.findings) count += f.code == info.code;
      json.field(info.id, count);
    }
    json.end_object().end_object();
    json.end_object();
  }
  json.end_array();
  write_audit_findings(json, context.reading, {}, context.lang);
  json.end_object();
  return json.str();
}

}  // namespace encat::render
