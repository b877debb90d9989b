// A report as JSON: its values as the model holds them (numbers stay
// numbers, a share keeps its fraction and its target), for programs.
#include "render/json_writer.h"
#include "render/report.h"

namespace encat::render {
namespace {

std::string_view kind_name(report::Cell::Kind kind) {
  using Kind = report::Cell::Kind;
  switch (kind) {
    case Kind::Text: return "text";
    case Kind::Code: return "code";
    case Kind::Codes: return "codes";
    case Kind::Integer: return "integer";
    case Kind::Fraction: return "fraction";
    case Kind::Percent: return "percent";
    case Kind::Ratio: return "ratio";
  }
  return "text";
}

std::string_view align_name(report::Align align) {
  switch (align) {
    case report::Align::Left: return "left";
    case report::Align::Right: return "right";
    case report::Align::Center: return "center";
  }
  return "left";
}

std::string_view tone_name(report::Card::Tone tone) {
  switch (tone) {
    case report::Card::Tone::Plain: return "plain";
    case report::Card::Tone::Good: return "good";
    case report::Card::Tone::Warn: return "warn";
    case report::Card::Tone::Bad: return "bad";
  }
  return "plain";
}

void write_cell(JsonWriter& json, const report::Cell& cell, Lang lang) {
  using Kind = report::Cell::Kind;
  json.begin_object().field("kind", kind_name(cell.kind));
  switch (cell.kind) {
    case Kind::Text:
    case Kind::Code: json.field("text", cell.text.in(lang)); break;
    case Kind::Codes:
      json.key("codes").begin_array();
      for (const std::string& code : cell.codes) json.value(code);
      json.end_array();
      break;
    case Kind::Integer: json.field("value", cell.numerator); break;
    case Kind::Fraction: json.field("numerator", cell.numerator).field("denominator", cell.denominator); break;
    case Kind::Ratio:
    case Kind::Percent:
      if (cell.kind == Kind::Ratio) json.field("numerator", cell.numerator).field("denominator", cell.denominator);
      if (cell.value)
        json.field("value", *cell.value);
      else
        json.key("value").null();
      if (cell.target) json.field("target", *cell.target);
      break;
  }
  if (cell.status != report::Status::None) json.field("met", cell.status == report::Status::Met);
  json.end_object();
}

void write_findings(JsonWriter& json, const std::vector<Finding>& findings, Lang lang) {
  json.key("findings").begin_array();
  for (const Finding& f : findings) write_finding_json(json, f, lang);
  json.end_array();
}

void write_block(JsonWriter& json, const report::Block& block, Lang lang) {
  json.begin_object();
  if (const auto* table = std::get_if<report::Table>(&block)) {
    json.key("columns").begin_array();
    for (const report::Column& column : table->columns)
      json.begin_object()
          .field("heading", column.heading.in(lang))
          .field("align", align_name(column.align))
          .end_object();
    json.end_array().key("rows").begin_array();
    for (const std::vector<report::Cell>& row : table->rows) {
      json.begin_array();
      for (const report::Cell& cell : row) write_cell(json, cell, lang);
      json.end_array();
    }
    json.end_array();
  } else if (const auto* chart = std::get_if<report::Chart>(&block)) {
    json.key("chart").begin_object().field("id", chart->id).field("title", chart->title.in(lang));
    json.field("definition", chart->definition.in(lang)).key("points").begin_array();
    for (const report::ChartPoint& point : chart->points) {
      json.begin_object().field("key", point.key).field("label", point.label.in(lang)).key("value");
      write_cell(json, point.value, lang);
      json.end_object();
    }
    json.end_array().end_object();
  } else if (const auto* list = std::get_if<report::FindingList>(&block)) {
    write_findings(json, list->findings, lang);
  } else if (const auto* paragraph = std::get_if<report::Paragraph>(&block)) {
    json.field("paragraph", paragraph->text.in(lang));
  } else if (const auto* cards = std::get_if<report::Cards>(&block)) {
    json.key("cards").begin_array();
    for (const report::Card& card : cards->cards) {
      json.begin_object().field("label", card.label.in(lang)).field("count", card.count);
      if (card.of) json.field("of", *card.of);
      if (!card.detail.in(lang).empty()) json.field("detail", card.detail.in(lang));
      json.field("tone", tone_name(card.tone)).end_object();
    }
    json.end_array().key("codes").begin_array();
    for (const auto& [code, count] : cards->codes)
      json.begin_object().field("code", code_info(code).id).field("count", count).end_object();
    json.end_array().key("missed").begin_array();
    for (const report::MissedTarget& missed : cards->missed) {
      json.begin_object().field("what", missed.what.in(lang)).key("value");
      write_cell(json, missed.value, lang);
      json.end_object();
    }
    json.end_array();
  }
  json.end_object();
}

}  // namespace

std::string render_report_json(const report::Report& report, Lang lang) {
  JsonWriter json;
  json.begin_object().field("title", report.title.in(lang));
  json.key("facts").begin_array();
  for (const report::Fact& fact : report.facts) {
    json.begin_object().field("label", fact.label.in(lang)).key("value");
    write_cell(json, fact.value, lang);
    json.end_object();
  }
  json.end_array();
  if (report.notice) {
    json.key("notice").begin_object().field("title", report.notice->title.in(lang));
    write_findings(json, report.notice->findings, lang);
    json.end_object();
  }
  json.field("summary", report.summary.in(lang));
  if (!report.legend.in(lang).empty()) json.field("legend", report.legend.in(lang));
  json.key("sections").begin_array();
  for (const report::Section& section : report.sections) {
    json.begin_object().field("id", section.id).field("title", section.title.in(lang));
    json.key("blocks").begin_array();
    for (const report::Block& block : section.blocks) write_block(json, block, lang);
    json.end_array().end_object();
  }
  json.end_array().end_object();
  return json.str();
}

}  // namespace encat::render
