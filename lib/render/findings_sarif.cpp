// SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it.
#include <fmt/format.h>

#include "render/findings.h"
#include "render/json_writer.h"
#include "report/messages.h"

namespace encat::render {
namespace {

bool is_unreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~';
}

// A relative reference for `path`: '/'-separated, each byte outside RFC 3986's
// unreserved set percent-encoded (so Chinese names are UTF-8 %XX triplets).
std::string uri_path(std::string_view path) {
  std::string out;
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '/' || c == '\\') out += '/';
    else if (is_unreserved(c)) out += ch;
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

void write_physical_location(JsonWriter& json, const Location& location) {
  json.key("physicalLocation").begin_object();
  json.key("artifactLocation").begin_object();
  std::string_view path = location.file;
  while (path.substr(0, 2) == "./") path.remove_prefix(2);
  if (!path.empty() && path[0] == '/') {
    json.field("uri", "file://" + uri_path(path));
  } else {
    json.field("uri", uri_path(path)).field("uriBaseId", "%SRCROOT%");
  }
  json.end_object();
  if (location.line > 0) {
    json.key("region").begin_object().field("startLine", location.line);
    if (location.column > 0) json.field("startColumn", location.column);
    json.end_object();
  }
  json.end_object();
}

void write_rules(JsonWriter& json, Lang lang) {
  json.key("rules").begin_array();
  for (const CodeInfo& info : all_codes()) {
    json.begin_object().field("id", info.id).field("name", info.name);
    json.key("shortDescription").begin_object().field("text", report::code_summary(info, lang)).end_object();
    json.field("helpUri", fmt::format("{}docs/findings/{}.md", kInformationUri, info.id));
    json.key("defaultConfiguration").begin_object().field("level", severity_name(info.severity)).end_object();
    json.end_object();
  }
  json.end_array();
}

void write_result(JsonWriter& json, const Finding& finding, Lang lang) {
  const CodeInfo& info = finding.info();
  // Notes without a place of their own go into the message.
  std::string message = finding.message.in(lang);
  for (const Note& note : finding.notes)
    if (!note.location) message += "\nnote: " + note.text.in(lang);
  json.begin_object()
      .field("ruleId", info.id)
      .field("ruleIndex", static_cast<size_t>(&info - all_codes().data()))
      .field("level", severity_name(finding.severity));
  json.key("message").begin_object().field("text", message).end_object();
  json.key("locations").begin_array().begin_object();
  write_physical_location(json, finding.location);
  json.end_object().end_array();
  bool related = false;
  for (const Note& note : finding.notes) {
    if (!note.location) continue;
    if (!related) json.key("relatedLocations").begin_array();
    related = true;
    json.begin_object();
    write_physical_location(json, *note.location);
    json.key("message").begin_object().field("text", note.text.in(lang)).end_object();
    json.end_object();
  }
  if (related) json.end_array();
  if (!finding.matter.empty()) json.key("properties").begin_object().field("matter", finding.matter).end_object();
  json.end_object();
}

}  // namespace

std::string render_sarif(const std::vector<Finding>& findings, const RenderContext& context) {
  JsonWriter json;
  json.begin_object()
      .field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
      .field("version", "2.1.0");
  json.key("runs").begin_array().begin_object();
  json.key("tool").begin_object().key("driver").begin_object();
  json.field("name", context.tool).field("informationUri", kInformationUri);
  if (!context.version.empty()) json.field("version", context.version);
  write_rules(json, context.lang);
  json.end_object().end_object();
  json.key("results").begin_array();
  for (const Finding& finding : findings) write_result(json, finding, context.lang);
  json.end_array();
  json.field("columnKind", "unicodeCodePoints");
  json.end_object().end_array();
  json.end_object();
  return json.str();
}

}  // namespace encat::render
