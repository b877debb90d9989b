#include "report/report.h"

namespace encat::report {

Cell Cell::words(Text text) {
  Cell cell;
  cell.text = std::move(text);
  return cell;
}

Cell Cell::words(std::string text) { return words(Text{text, text}); }

Cell Cell::code(std::string code) {
  Cell cell = words(std::move(code));
  cell.kind = Kind::Code;
  return cell;
}

Cell Cell::code_list(std::vector<std::string> codes) {
  Cell cell;
  cell.kind = Kind::Codes;
  cell.codes = std::move(codes);
  return cell;
}

Cell Cell::integer(long long count) {
  Cell cell;
  cell.kind = Kind::Integer;
  cell.numerator = count;
  return cell;
}

Cell Cell::fraction(long long numerator, long long denominator) {
  Cell cell;
  cell.kind = Kind::Fraction;
  cell.numerator = numerator;
  cell.denominator = denominator;
  return cell;
}

Cell Cell::percent(std::optional<double> value, Status status) {
  Cell cell;
  cell.kind = Kind::Percent;
  cell.value = value;
  cell.status = status;
  return cell;
}

Cell Cell::ratio(long long numerator, long long denominator, std::optional<double> target, Status status) {
  Cell cell = fraction(numerator, denominator);
  cell.kind = Kind::Ratio;
  if (denominator != 0) cell.value = static_cast<double>(numerator) / static_cast<double>(denominator);
  cell.target = target;
  cell.status = status;
  return cell;
}

Cell Cell::mark(std::optional<double> target, Status status) {
  Cell cell = words(status == Status::Met ? "✓" : status == Status::Missed ? "✗" : target ? "n/a" : "—");
  cell.target = target;
  cell.status = status;
  cell.mark_only = true;
  return cell;
}

bool operator==(const Cell& a, const Cell& b) {
  return a.kind == b.kind && a.text.zh == b.text.zh && a.text.en == b.text.en && a.codes == b.codes && a.numerator == b.numerator &&
         a.denominator == b.denominator && a.value == b.value && a.target == b.target && a.status == b.status &&
         a.na.zh == b.na.zh && a.na.en == b.na.en && a.mark_only == b.mark_only &&
         a.detail == b.detail && a.label.zh == b.label.zh && a.label.en == b.label.en && a.hint.zh == b.hint.zh &&
         a.hint.en == b.hint.en && a.more == b.more && a.span == b.span;
}

Table as_table(const Chart& chart) {
  Table table;
  table.columns.push_back({chart.title, {}, Align::Left});
  std::vector<Cell>& row = table.rows.emplace_back();
  row.push_back(Cell::words(chart.definition));
  for (const ChartPoint& point : chart.points) {
    table.columns.push_back({{point.key, point.key}, {}, Align::Right});
    row.push_back(point.value);
  }
  return table;
}

}  // namespace encat::report
