// tools.md's --format json: {"version": 1, "tool", "files", "findings", "summary"}.
#include "render/findings.h"
#include "render/json_writer.h"

namespace encat::render {

void write_finding_json(JsonWriter& json, const Finding& finding, Lang lang) {
  json.begin_object();
  write_finding_fields(json, finding, lang);
  json.end_object();
}

void write_finding_fields(JsonWriter& json, const Finding& finding, Lang lang) {
  const CodeInfo& info = finding.info();
  json.field("code", info.id)
      .field("name", info.name)
      .field("severity", severity_name(finding.severity))
      .field("file", finding.location.file)
      .field("line", finding.location.line)
      .field("column", finding.location.column);
  if (!finding.matter.empty()) json.field("matter", finding.matter);
  json.field("message", finding.message.in(lang));
  if (!finding.notes.empty()) {
    json.key("notes").begin_array();
    for (const Note& note : finding.notes) {
      json.begin_object().field("message", note.text.in(lang));
      if (note.location)
        json.field("file", note.location->file).field("line", note.location->line).field("column", note.location->column);
      json.end_object();
    }
    json.end_array();
  }
}

std::string render_json(const std::vector<Finding>& findings, const RenderContext& context) {
  JsonWriter json;
  json.begin_object().field("version", 1).field("tool", context.tool).field("files", context.files_checked);
  json.key("findings").begin_array();
  for (const Finding& finding : findings) write_finding_json(json, finding, context.lang);
  json.end_array();
  const Summary summary = summarize(findings);
  json.key("summary").begin_object().field("errors", summary.errors).field("warnings", summary.warnings).end_object();
  json.end_object();
  return json.str();
}

}  // namespace encat::render
