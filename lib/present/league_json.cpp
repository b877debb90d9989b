// encat-audit --province --format json: every county's figures and gap
// counts, in the league's order, and the province's own gaps once.
#include "audit/league_report.h"
#include "present/audit_parts.h"
#include "present/audit_report.h"
#include "render/findings.h"
#include "render/json_writer.h"

namespace encat::render {
namespace {

// "gaps": {"errors", "warnings", "by_code": {every B code: its count}}.
void write_gaps(JsonWriter& json, const std::vector<Finding>& findings) {
  const Summary summary = summarize(findings);
  json.key("gaps").begin_object().field("errors", summary.errors).field("warnings", summary.warnings);
  json.key("by_code").begin_object();
  for (const CodeInfo& info : all_codes()) {
    if (info.id[0] != 'B') continue;
    size_t count = 0;
    for (const Finding& f : findings) count += f.code == info.code;
    json.field(info.id, count);
  }
  json.end_object().end_object();
}

void write_province(JsonWriter& json, const audit::LeagueProvince& province, Lang lang) {
  json.begin_object().field("region", province.region).field("name", province.name);
  write_gaps(json, *province.findings);
  write_audit_findings(json, {}, *province.findings, lang);
  json.end_object();
}

}  // namespace

std::string render_league_json(const std::vector<audit::RegionAudit>& counties, const AuditContext& context) {
  JsonWriter json;
  json.begin_object().field("version", 1);
  if (!counties.empty()) json.field("year", counties.front().findings_year);
  json.field("sort", model::figure_name(context.sort));
  json.key("counties").begin_array();
  for (const audit::RegionAudit& county : counties) {
    json.begin_object().field("region", county.region).field("name", county.name);
    write_audit_figures(json, county.years.back());
    write_audit_townships(json, county.years.back());
    // The county's own gaps: the province's unified-catalog gaps are "province"'s, once.
    write_gaps(json, audit::county_gaps(county));
    json.end_object();
  }
  json.end_array();
  // The province's own row (the lowest-coded, when the counties are of several, all of them in "provinces").
  const std::vector<audit::LeagueProvince> provinces = audit::league_provinces(counties);
  json.key("province");
  if (provinces.empty()) json.null();
  else write_province(json, provinces.front(), context.lang);
  if (provinces.size() > 1) {
    json.key("provinces").begin_array();
    for (const audit::LeagueProvince& p : provinces) write_province(json, p, context.lang);
    json.end_array();
  }
  write_audit_findings(json, context.reading, {}, context.lang);
  json.end_object();
  return json.str();
}

}  // namespace encat::render
