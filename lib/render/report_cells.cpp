// How a cell reads, for the formats that show it as text.
#include <fmt/format.h>

#include "render/report.h"

namespace encat::render {

std::string percent(const std::optional<double>& value, int digits) {
  if (!value) return "n/a";
  return fmt::format("{:.{}f}%", *value * 100.0, digits);
}

namespace {

std::string_view status_mark(report::Status status) {
  switch (status) {
    case report::Status::Met: return " ✓";
    case report::Status::Missed: return " ✗";
    case report::Status::None: break;
  }
  return "";
}

}  // namespace

std::string cell_text(const report::Cell& cell, Lang lang) {
  using Kind = report::Cell::Kind;
  switch (cell.kind) {
    case Kind::Text:
    case Kind::Code: return cell.text.in(lang);
    case Kind::Codes: {
      std::string out;
      for (const std::string& code : cell.codes) out += (out.empty() ? "" : " ") + code;
      return out;
    }
    case Kind::Integer: return std::to_string(cell.numerator);
    case Kind::Fraction: return fmt::format("{}/{}", cell.numerator, cell.denominator);
    case Kind::Percent: return percent(cell.value, cell.digits) + std::string(status_mark(cell.status));
    case Kind::Ratio: {
      std::string out = fmt::format("{} ({}/{})", percent(cell.value, cell.digits), cell.numerator, cell.denominator);
      if (cell.target) out += " ≥" + percent(cell.target, cell.digits);
      return out + std::string(status_mark(cell.status));
    }
  }
  return cell.text.in(lang);
}

}  // namespace encat::render
