#include "diag/finding.h"

#include <algorithm>
#include <tuple>

namespace encat {

std::string Location::str() const {
  if (line == 0) return file;
  if (column == 0) return fmt::format("{}:{}", file, line);
  return fmt::format("{}:{}:{}", file, line, column);
}

Finding make_finding(Code code, Location location, Text message, std::string matter) {
  return Finding{code, code_info(code).severity, std::move(location), std::move(matter), std::move(message), {}};
}

Note note_at(const Location& location, std::string_view prefix_zh, std::string_view prefix_en) {
  const std::string where = location.str();
  // No space after full-width punctuation (……也列出该事项：catalogs/…).
  const bool punctuated = prefix_zh.size() >= 3 && prefix_zh.substr(prefix_zh.size() - 3) == "：";
  return Note{{fmt::format("{}{}{}", prefix_zh, punctuated ? "" : " ", where), fmt::format("{} {}", prefix_en, where)},
              location};
}

void sort_findings(std::vector<Finding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.location.file, a.location.line, a.location.column, a.code, a.matter, a.message.en) <
           std::tie(b.location.file, b.location.line, b.location.column, b.code, b.matter, b.message.en);
  });
}

void apply_severities(std::vector<Finding>& findings, const SeverityOverrides& overrides) {
  if (overrides.empty()) return;
  for (Finding& finding : findings)
    if (auto it = overrides.find(finding.code); it != overrides.end()) finding.severity = it->second;
  findings.erase(std::remove_if(findings.begin(), findings.end(),
                                [](const Finding& f) { return f.severity == Severity::Off; }),
                 findings.end());
}

Summary summarize(const std::vector<Finding>& findings) {
  Summary summary;
  for (const Finding& finding : findings) {
    if (finding.severity == Severity::Error) ++summary.errors;
    if (finding.severity == Severity::Warning) ++summary.warnings;
  }
  return summary;
}

}  // namespace encat
