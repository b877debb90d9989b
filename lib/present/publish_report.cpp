#include "present/publish_report.h"

#include <algorithm>

#include "render/json_writer.h"
#include "render/markdown.h"
#include "tabular/csv.h"

namespace encat::render {

namespace {

// The header lines of the notice: 发文机关, 文号, 施行日期 (those it has).
std::vector<std::pair<std::string, std::string>> facts_of(const publish::Notice& notice) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!notice.issuer.empty()) out.push_back({std::string(model::fields::issuer.zh), notice.issuer});
  if (!notice.document.empty()) out.push_back({std::string(model::fields::document.zh), notice.document});
  if (!notice.effective.empty())
    out.push_back({std::string(model::fields::effective.zh), publish::date_text(notice.effective)});
  return out;
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\n', start);
    out.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::string md_cell(std::string_view text) {
  std::string out;
  const std::vector<std::string_view> lines = lines_of(text);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i) out += "<br>";
    out += md::text(lines[i]);
  }
  return out;
}

// `level`: the markdown heading level of the domain groups.
void md_table(const publish::Table& table, int level, std::string& out) {
  auto header = [&] {
    out += '|';
    for (const publish::Column& c : table.columns) out += ' ' + md::text(c.label) + " |";
    out += "\n|";
    for (const publish::Column& c : table.columns) out += c.key == "index" ? " ---: |" : " --- |";
    out += '\n';
  };
  if (table.groups.empty() || table.rows == 0) {
    out += "（无事项）\n\n";
    return;
  }
  for (const publish::Group& g : table.groups) {
    if (!g.heading.empty()) out += std::string(static_cast<size_t>(level), '#') + ' ' + md::text(g.heading, true) + "\n\n";
    header();
    for (const publish::Row& row : g.rows) {
      out += '|';
      for (const std::string& cell : row.cells) out += ' ' + md_cell(cell) + " |";
      out += '\n';
    }
    out += '\n';
  }
}

void json_records(const publish::Table& table, JsonWriter& json) {
  json.key("records").begin_array();
  for (const publish::Group& g : table.groups)
    for (const publish::Row& row : g.rows) {
      json.begin_object();
      // The domain of a row grouped under a domain heading (a township's is a column of its own).
      bool has_domain = g.heading.empty();
      for (const publish::Column& c : table.columns) has_domain = has_domain || c.key == model::fields::domain.key;
      for (size_t i = 0; i < table.columns.size(); ++i) {
        const std::string& key = table.columns[i].key;
        if (i == 0) {
          json.field(key, std::stoll(row.cells[0]));
          if (!has_domain) json.field(model::fields::domain.key, row.domain);
        } else if (key == "count") {  // --laws: the matters citing a law
          json.field(key, std::stoll(row.cells[i]));
        } else if (key == model::fields::basis.key || key == "changes" || key == "matters") {
          // a line a law, a line a field changed, a line a matter citing a law (--laws)
          json.key(key).begin_array();
          if (!row.cells[i].empty())
            for (std::string_view line : lines_of(row.cells[i])) json.value(line);
          json.end_array();
        } else {
          json.field(key, row.cells[i]);
        }
      }
      json.end_object();
    }
  json.end_array();
}

}  // namespace

std::optional<PublishFormat> parse_publish_format(std::string_view name) {
  if (name == "md" || name == "markdown") return PublishFormat::Markdown;
  if (name == "json") return PublishFormat::Json;
  if (name == "csv") return PublishFormat::Csv;
  if (name == "xlsx") return PublishFormat::Xlsx;
  if (name == "html") return PublishFormat::Html;
  return std::nullopt;
}

std::string render_publish(PublishFormat format, const publish::Notice& notice, const PublishContext& context) {
  switch (format) {
    case PublishFormat::Markdown: return render_publish_markdown(notice);
    case PublishFormat::Json: return render_publish_json(notice);
    case PublishFormat::Csv: return render_publish_csv(notice, context.bom);
    case PublishFormat::Xlsx: return render_publish_xlsx(notice, context);
    case PublishFormat::Html: return render_publish_html(notice);
  }
  return {};
}

std::string render_publish_markdown(const publish::Notice& notice) {
  std::string out = "# " + md::text(notice.title, true) + "\n\n";
  const auto facts = facts_of(notice);
  for (const auto& [label, value] : facts) out += "- " + md::text(label) + "：" + md::text(value) + '\n';
  if (!facts.empty()) out += '\n';
  if (!notice.lead.empty()) out += md::text(notice.lead, true) + "\n\n";
  for (const publish::Part& part : notice.parts) {
    if (!part.heading.empty()) out += "## " + md::text(part.heading, true) + "\n\n";
    if (!part.paragraph.empty()) out += md::text(part.paragraph, true) + "\n\n";
    md_table(part.table, part.heading.empty() ? 2 : 3, out);
  }
  out += md::text(notice.summary, true) + '\n';
  return out;
}

std::string render_publish_json(const publish::Notice& notice) {
  JsonWriter json;
  json.begin_object();
  json.field("version", 1).field("tool", "encat-publish");
  json.field("catalog", notice.catalog).field("kind", notice.kind);
  json.field("title", notice.title).field("issuer", notice.issuer).field("document", notice.document);
  if (notice.effective.empty())
    json.key("effective").null();
  else
    json.field("effective", notice.effective);
  json.field("summary", notice.summary);
  if (!notice.from.empty()) json.field("from", notice.from).field("to", notice.catalog);
  if (!notice.lead.empty()) json.field("lead", notice.lead);
  if (!notice.counts.empty()) {
    json.key("counts").begin_object();
    for (const auto& [key, n] : notice.counts) json.field(key, n);
    json.end_object();
  }
  // The columns once when every part has the same; else each part's own.
  const bool shared = std::all_of(notice.parts.begin(), notice.parts.end(), [&](const publish::Part& p) {
    return p.table.columns == notice.parts.front().table.columns;
  });
  auto columns = [&](const std::vector<publish::Column>& list) {
    json.key("columns").begin_array();
    for (const publish::Column& c : list) json.begin_object().field("key", c.key).field("label", c.label).end_object();
    json.end_array();
  };
  if (shared) columns(notice.parts.empty() ? std::vector<publish::Column>{} : notice.parts.front().table.columns);
  // One table with nothing over it: its records at the top level; else the parts.
  const bool flat = notice.parts.size() <= 1 &&
                    std::all_of(notice.parts.begin(), notice.parts.end(), [](const publish::Part& p) {
                      return p.heading.empty() && p.paragraph.empty() && p.townships.empty() && p.change.empty();
                    });
  if (flat) {
    const publish::Table* first = notice.parts.empty() ? nullptr : &notice.parts.front().table;
    json.field("domains", first ? first->domains : 0).field("matters", first ? first->rows : 0);
    if (first) json_records(*first, json);
  } else {
    json.key("parts").begin_array();
    for (const publish::Part& part : notice.parts) {
      json.begin_object();
      if (!part.heading.empty()) json.field("heading", part.heading);
      if (!part.change.empty()) json.field("change", part.change);
      if (!part.level.empty()) json.field("level", part.level);
      if (!part.townships.empty()) {
        json.key("townships").begin_array();
        for (const publish::Township& t : part.townships)
          json.begin_object().field("id", t.id).field("name", t.name).field("region", t.region).end_object();
        json.end_array();
      }
      if (!part.paragraph.empty()) json.field("paragraph", part.paragraph);
      if (!shared) columns(part.table.columns);
      if (part.level.empty())
        json.field("domains", part.table.domains).field("matters", part.table.rows);
      else  // --laws: a part's rows are laws
        json.field("laws", part.table.rows);
      json_records(part.table, json);
      json.end_object();
    }
    json.end_array();
  }
  json.key("unresolved").begin_array();
  for (const std::string& code : notice.unresolved) json.value(code);
  json.end_array();
  json.end_object();
  return json.str();
}

std::string render_publish_csv(const publish::Notice& notice, bool bom) {
  std::vector<std::vector<std::string>> rows;
  size_t width = 1;  // the widest table's
  for (const publish::Part& part : notice.parts) width = std::max(width, part.table.columns.size());
  auto add = [&](std::vector<std::string> row) {
    row.resize(std::max(width, row.size()));
    rows.push_back(std::move(row));
  };
  add({notice.title});
  std::vector<std::string> facts;
  for (const auto& [label, value] : facts_of(notice)) facts.push_back(label + "：" + value);
  if (!facts.empty()) add(facts);
  if (!notice.lead.empty()) add({notice.lead});
  for (const publish::Part& part : notice.parts) {
    if (!part.heading.empty()) add({part.heading});
    if (!part.paragraph.empty()) add({part.paragraph});
    std::vector<std::string> header;
    for (const publish::Column& c : part.table.columns) header.push_back(c.label);
    add(header);
    for (const publish::Group& g : part.table.groups) {
      if (!g.heading.empty()) add({g.heading});
      for (const publish::Row& row : g.rows) add(row.cells);
    }
  }
  add({notice.summary});
  return tabular::write_csv(rows, bom);
}

}  // namespace encat::render
