// tools.md's `encat-audit --format json`.
#include "present/audit_parts.h"
#include "present/audit_report.h"
#include "render/findings.h"
#include "render/json_writer.h"

namespace encat::render {

void write_audit_figures(JsonWriter& json, const audit::YearFigures& year) {
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

void write_audit_townships(JsonWriter& json, const audit::YearFigures& year) {
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

void write_audit_findings(JsonWriter& json, const std::vector<Finding>& reading, const std::vector<Finding>& findings,
                    Lang lang) {
  json.key("findings").begin_array();
  for (const Finding& f : reading) write_finding_json(json, f, lang);
  for (const Finding& f : findings) write_finding_json(json, f, lang);
  json.end_array();
}


std::string render_audit_json(const audit::RegionAudit& audit, const AuditContext& context) {
  JsonWriter json;
  json.begin_object().field("version", 1).field("region", audit.region);
  json.key("years").begin_array();
  for (const audit::YearFigures& year : audit.years) {
    json.begin_object().field("year", year.year);
    write_audit_figures(json, year);
    write_audit_townships(json, year);
    json.end_object();
  }
  json.end_array();
  write_audit_findings(json, context.reading, audit.findings, context.lang);
  json.end_object();
  return json.str();
}

}  // namespace encat::render
