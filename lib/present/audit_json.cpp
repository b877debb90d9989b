// tools.md's `encat-audit --format json`.
#include "present/audit_parts.h"
#include "present/audit_report.h"
#include "render/findings.h"
#include "render/json_writer.h"
#include "audit/audit_report.h"

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
  for (const audit::TownshipRate& t : year.townships) {
    json.begin_object()
        .field("id", t.id)
        .field("region", t.region)
        .field("numerator", t.ratio.numerator)
        .field("denominator", t.ratio.denominator);
    if (!t.name.empty()) json.field("name", t.name);
    json.end_object();
  }
  json.end_array();
}

void write_audit_findings(JsonWriter& json, const std::vector<Finding>& reading, const std::vector<Finding>& findings,
                    Lang lang) {
  json.key("findings").begin_array();
  for (const Finding& f : reading) write_finding_json(json, f, lang);
  for (const Finding& f : findings) write_finding_json(json, f, lang);
  json.end_array();
}


namespace {

// A gap with what its matter is ("about") and its code's fix line ("fix"): new fields only.
void write_gap(JsonWriter& json, const audit::RegionAudit& audit, const Finding& f, Lang lang) {
  json.begin_object();
  write_finding_fields(json, f, lang);
  if (!f.matter.empty())
    if (const auto it = audit.matters.find(f.matter); it != audit.matters.end()) {
      const audit::MatterInfo& m = it->second;
      json.key("about").begin_object().field("name", m.name).field("domain", m.domain);
      json.key("from").begin_array();
      for (const std::string& d : m.from) json.value(d);
      json.end_array().key("claimed").begin_array();
      for (const std::string& d : m.claimed) json.value(d);
      json.end_array().end_object();
    }
  const std::string_view fix = lang == Lang::En ? f.info().fix_en : f.info().fix_zh;
  if (!fix.empty()) json.field("fix", fix);
  json.end_object();
}

void write_gaps(JsonWriter& json, std::string_view key, const audit::RegionAudit& audit, const std::vector<Finding>& findings,
                Lang lang) {
  json.key(key).begin_array();
  for (const Finding& f : findings) write_gap(json, audit, f, lang);
  json.end_array();
}

void write_counted(JsonWriter& json, const audit::RegionAudit& audit, const audit::YearFigures& year) {
  json.key("counted").begin_array();
  for (const audit::CountedCatalog& counted : year.counted) {
    const model::Catalog& c = *counted.catalog;
    json.begin_object()
        .field("id", c.id)
        .field("kind", model::kind_name(c.kind))
        .field("title", c.title)
        .field("document", c.document_number)
        .field("effective", c.effective_text)
        .field("entries", counted.entries)
        .field("file", c.file)
        .end_object();
  }
  json.end_array();
  json.key("missing").begin_object().key("townships").begin_array();
  for (const std::string& code : year.missing_townships) {
    const auto it = audit.township_names.find(code);
    json.begin_object().field("region", code).field("name", it == audit.township_names.end() ? code : it->second).end_object();
  }
  json.end_array().key("departments").begin_array();
  for (const std::string& d : year.missing_departments) json.value(d);
  json.end_array().end_object();
}

}  // namespace

std::string render_audit_json(const audit::RegionAudit& audit, const AuditContext& context) {
  const Lang lang = context.lang;
  JsonWriter json;
  json.begin_object().field("version", 1).field("region", audit.region);
  json.field("name", audit.name.empty() ? audit.region : audit.name);
  json.key("province").begin_object().field("region", audit.province).field("name", audit.province_name).end_object();
  if (audit.targets)
    json.key("targets")
        .begin_object()
        .field("id", audit.targets->id)
        .field("title", audit.targets->title)
        .field("document", audit.targets->document_number)
        .end_object();
  json.key("years").begin_array();
  for (const audit::YearFigures& year : audit.years) {
    json.begin_object().field("year", year.year);
    write_audit_figures(json, year);
    write_audit_townships(json, year);
    json.field("summary", audit::summary_paragraph(audit, year).in(lang));
    write_counted(json, audit, year);
    write_gaps(json, "findings", audit, year.findings, lang);
    write_gaps(json, "province_findings", audit, year.province_findings, lang);
    json.end_object();
  }
  json.end_array();
  json.key("findings").begin_array();
  for (const Finding& f : context.reading) write_finding_json(json, f, lang);
  for (const Finding& f : audit.findings) write_gap(json, audit, f, lang);
  json.end_array();
  json.end_object();
  return json.str();
}

}  // namespace encat::render
