#include "tabular/csv.h"

namespace encat::tabular {

namespace {

bool needs_quotes(const std::string& field) {
  if (field.empty()) return false;
  if (field.find_first_of(",\"\r\n") != std::string::npos) return true;
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  if (blank(field.front()) || blank(field.back())) return true;
  // A field beginning with U+FEFF: first in a file, a reader would take it
  // for the byte order mark and drop it.
  return field.compare(0, 3, "\xEF\xBB\xBF") == 0;
}

void append_field(std::string& out, const std::string& field) {
  if (!needs_quotes(field)) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

std::string write_csv(const std::vector<std::vector<std::string>>& rows, bool bom) {
  std::string out;
  if (bom) out += "\xEF\xBB\xBF";
  for (const auto& row : rows) {
    // A row of one empty field would be an empty line, which readers take as
    // no field at all: quote it so that it reads back as one empty field.
    if (row.size() == 1 && row.front().empty()) {
      out += "\"\"\r\n";
      continue;
    }
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      append_field(out, row[i]);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace encat::tabular
