// tools.md's `encat-audit --format json`, and the province's league table.
#include "present/audit_report.h"
#include "render/findings.h"
#include "render/json_writer.h"

namespace encat::render {
namespace {

void write_figures(JsonWriter& json, const audit::YearFigures& year) {
  json.key("figures").begin_object();
  for (size_t f = 0; f < model::figure_count; ++f) {
    const audit::FigureResult& figure = year.figures[f];
    json.key(model::figure_name(static_cast<model::Figure>(f))).begin_object();
    json.field("numerator", figure.ratio.numerator).field("denominator", figure.ratio.denominator);
    if (const std::optional<double> value = figure.ratio.value())
      json.field("value", *value);
    else
      json.key("value").null();
    if (figure.target) json.field("target", *figure.target);
    if (const std::optional<bool> met = figure.met()) json.field("met", *met);
    json.end_object();
  }
  json.end_object();
}

void write_townships(JsonWriter& json, const audit::YearFigures& year) {
  json.key("townships").begin_array();
  for (const audit::TownshipRate& t : year.townships)
    json.begin_object()
        .field("id", t.id)
        .field("region", t.region)
        .field("numerator", t.ratio.numerator)
        .field("denominator", t.ratio.denominator)
        .end_object();
  json.end_array();
}

void write_findings(JsonWriter& json, const std::vector<Finding>& reading, const std::vector<Finding>& findings,
                    Lang lang) {
  json.key("findings").begin_array();
  for (const Finding& f : reading) write_finding_json(json, f, lang);
  for (const Finding& f : findings) write_finding_json(json, f, lang);
  json.end_array();
}

}  // namespace

std::string render_audit_json(const audit::RegionAudit& audit, const AuditContext& context) {
  JsonWriter json;
  json.begin_object().field("version", 1).field("region", audit.region);
  json.key("years").begin_array();
  for (const audit::YearFigures& year : audit.years) {
    json.begin_object().field("year", year.year);
    write_figures(json, year);
    write_townships(json, year);
    json.end_object();
  }
  json.end_array();
  write_findings(json, context.reading, audit.findings, context.lang);
  json.end_object();
  return json.str();
}

std::string render_league_json(const std::vector<audit::RegionAudit>& counties, const AuditContext& context) {
  JsonWriter json;
  json.begin_object().field("version", 1);
  if (!counties.empty()) json.field("year", counties.front().findings_year);
  json.key("counties").begin_array();
  for (const audit::RegionAudit& county : counties) {
    json.begin_object().field("region", county.region);
    write_figures(json, county.years.back());
    write_townships(json, county.years.back());
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
  write_findings(json, context.reading, {}, context.lang);
  json.end_object();
  return json.str();
}

}  // namespace encat::render
