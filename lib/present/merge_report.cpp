#include "present/merge_report.h"

#include <fmt/format.h>

#include "render/json_writer.h"

namespace encat::present {
namespace {

std::string_view kind_key(merge::Conflict::Kind kind) {
  switch (kind) {
    case merge::Conflict::Kind::Field: return "field";
    case merge::Conflict::Kind::BothAdded: return "both_added";
    case merge::Conflict::Kind::ChangedAndRemoved: return "changed_and_removed";
    case merge::Conflict::Kind::RemovedAndChanged: return "removed_and_changed";
    case merge::Conflict::Kind::Header: return "header";
  }
  return "field";
}

Text headline(const merge::Conflict& c, MergeCommand command) {
  using K = merge::Conflict::Kind;
  const std::string what_zh = c.kind == K::Header ? fmt::format("表头字段{}（{}）", c.label_zh, c.field)
                                                  : fmt::format("事项 `{}` 的{}（{}）", c.code, c.label_zh, c.field);
  const std::string what_en = c.kind == K::Header ? fmt::format("header field `{}` ({})", c.field, c.label_zh)
                                                  : fmt::format("matter `{}`: `{}` ({})", c.code, c.field, c.label_zh);
  if (command == MergeCommand::Add)
    return text("{0}在底本与新增目录中不同", "{1} differs between the base and the addition", what_zh, what_en);
  switch (c.kind) {
    case K::Field:
    case K::Header: return text("{0}两边改得不同", "{1} changed differently on both sides", what_zh, what_en);
    case K::BothAdded:
      return text("{0}：两边都新增了此事项，内容不同", "{1}: added on both sides with different content", what_zh, what_en);
    case K::ChangedAndRemoved:
      return text("{0}：我方修改了此事项，对方删除了它", "{1}: changed on our side, removed on theirs", what_zh, what_en);
    case K::RemovedAndChanged:
      return text("{0}：我方删除了此事项，对方修改了它", "{1}: removed on our side, changed on theirs", what_zh, what_en);
  }
  return {};
}

std::string side_line(const char* label, const merge::Value& v, bool removed, Lang lang) {
  std::string value = v.text ? *v.text : removed ? (lang == Lang::Zh ? "（已删除）" : "(removed)") : (lang == Lang::Zh ? "（无）" : "(none)");
  std::string where = v.at.line ? v.at.str() : v.at.file;
  if (lang == Lang::Zh) return fmt::format("  {}：{}（{}）\n", label, value, where);
  return fmt::format("  {} {} ({})\n", label, value, where);
}

}  // namespace

std::string render_merge_conflicts_text(const std::vector<merge::Conflict>& conflicts, MergeCommand command,
                                        Lang lang) {
  using K = merge::Conflict::Kind;
  std::string out;
  for (const merge::Conflict& c : conflicts) {
    const Text head = headline(c, command);
    std::string where;
    if (c.output_line)
      where = lang == Lang::Zh ? fmt::format("（合并结果第 {} 行）", c.output_line)
                               : fmt::format(" (merged file line {})", c.output_line);
    out += (lang == Lang::Zh ? "冲突：" : "conflict: ") + head.in(lang) + where + "\n";
    const bool zh = lang == Lang::Zh;
    if (command == MergeCommand::Add) {
      out += side_line(zh ? "底本" : "base:    ", c.ours, false, lang);
      out += side_line(zh ? "新增目录" : "addition:", c.theirs, false, lang);
      continue;
    }
    out += side_line(zh ? "共同祖先" : "base:  ", c.base, false, lang);
    out += side_line(zh ? "我方" : "ours:  ", c.ours, c.kind == K::RemovedAndChanged, lang);
    out += side_line(zh ? "对方" : "theirs:", c.theirs, c.kind == K::ChangedAndRemoved, lang);
  }
  return out;
}

namespace {
void write_value(render::JsonWriter& json, std::string_view name, const merge::Value& v) {
  json.key(name).begin_object();
  json.key("value");
  if (v.text) json.value(*v.text);
  else json.null();
  json.field("file", v.at.file);
  if (v.at.line) json.field("line", v.at.line).field("column", v.at.column);
  json.end_object();
}
}  // namespace

std::string render_merge_json(const MergeJson& report) {
  render::JsonWriter json;
  json.begin_object();
  json.field("version", 1).field("tool", "encat-merge");
  json.field("command", report.command == MergeCommand::Add ? "add" : "three-way");
  json.field("file", report.file);
  if (report.command == MergeCommand::ThreeWay) {
    json.field("merge", report.line_merge ? "line" : "semantic");
    if (report.line_merge) json.field("fallback", report.fallback_reason).field("line_conflicts", report.line_conflicts);
  }
  const size_t count = report.conflicts ? report.conflicts->size() : 0;
  json.field("clean", count == 0 && report.line_conflicts == 0);
  json.key("conflicts").begin_array();
  if (report.conflicts)
    for (const merge::Conflict& c : *report.conflicts) {
      json.begin_object();
      json.field("kind", kind_key(c.kind));
      if (!c.code.empty()) json.field("code", c.code);
      json.field("field", c.field).field("label", c.label_zh);
      if (c.output_line) json.field("output_line", c.output_line);
      if (report.command == MergeCommand::Add) {
        write_value(json, "base", c.ours);
        write_value(json, "addition", c.theirs);
      } else {
        write_value(json, "base", c.base);
        write_value(json, "ours", c.ours);
        write_value(json, "theirs", c.theirs);
      }
      json.end_object();
    }
  json.end_array();
  json.end_object();
  return json.str();
}

}  // namespace encat::present
