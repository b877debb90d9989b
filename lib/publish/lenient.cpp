#include "publish/lenient.h"

#include <fmt/format.h>

#include <algorithm>

namespace encat::publish {

std::vector<const model::Catalog*> lenient_sources(const model::Workspace& ws, const model::Catalog& lenient) {
  std::vector<const model::Catalog*> sources;
  if (!lenient.edition || lenient.region.size() < 6) return sources;
  const std::string_view county = lenient.region.substr(0, 6);
  const std::string province = std::string(county.substr(0, 2)) + "0000";
  for (const model::Kind kind : {model::Kind::Unified, model::Kind::Extension, model::Kind::Department})
    for (const model::Catalog& other : ws.catalogs()) {
      if (other.kind != kind || !ws.in_force(other, *lenient.edition)) continue;
      if (kind == model::Kind::Unified ? other.region == province : other.region == county) sources.push_back(&other);
    }
  return sources;
}

Notice build_lenient_notice(const model::Catalog& lenient, const std::vector<const model::Catalog*>& sources) {
  Notice notice;
  notice.catalog = std::string(lenient.id);
  notice.kind = std::string(model::kind_name(lenient.kind));
  notice.title = std::string(lenient.title);
  notice.issuer = std::string(lenient.issuer);
  notice.document = std::string(lenient.document_number);
  notice.effective = std::string(lenient.effective_text);
  namespace f = model::fields;
  Part part;
  Table& table = part.table;
  table.penalties_only = false;
  for (const model::FieldInfo* field : {&f::code, &f::conduct, &f::conditions, &f::measure})
    table.columns.push_back({std::string(field->key), std::string(field->zh)});
  table.columns.insert(table.columns.begin(), Column{"index", "序号"});
  std::vector<Row> rows;
  for (const model::LenientEntry& e : lenient.lenient) {
    const model::Matter* matter = nullptr;
    for (const model::Catalog* s : sources)
      if ((matter = s->find_matter(e.code))) break;
    Row row{std::string(e.code), matter ? std::string(matter->domain) : std::string(), {}, matter != nullptr};
    row.cells = {std::string(), std::string(e.code), std::string(e.conduct), std::string(e.conditions),
                 e.measure ? std::string(model::words_of(*e.measure)[static_cast<size_t>(*e.measure)]) : std::string()};
    rows.push_back(std::move(row));
  }
  const bool by_domain = std::any_of(rows.begin(), rows.end(), [](const Row& r) { return !r.domain.empty(); });
  if (by_domain) {
    group_by_domain(std::move(rows), table);
  } else {
    table.groups.push_back({});
    table.groups.back().rows = std::move(rows);
  }
  number_rows(table);
  table.summary = by_domain ? fmt::format("共 {} 个领域 {} 项", table.domains, table.rows) : fmt::format("共 {} 项", table.rows);
  notice.summary = table.summary;
  notice.parts.push_back(std::move(part));
  return notice;
}

}  // namespace encat::publish
