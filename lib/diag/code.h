// The finding codes: defined once here (code, name, default severity, one-line
// summary in Chinese and English, whether the severity can be lowered). Docs,
// tests, renderers and the config all key on them.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace encat {

enum class Severity : unsigned char { Off, Warning, Error };

std::string_view severity_name(Severity severity);  // "off", "warning", "error"
std::optional<Severity> parse_severity(std::string_view text);

enum class Code : unsigned short {
  E001, E002, E003, E004, E005, E006, E007, E008,
  E101, E102, E103, W104, W105, W106, E107, W108, W109,
  E201, E202, E203, E204, E205, E206, W207, E208, E209, E210, E211, E212,
  B301, B302, B303, B304, B305, B306, B307, B308, B309, B310, B311, B312, B313, B314,
  // encat-import's tables (outside the spec's E/W/B families).
  T001, T002, T003, T004, T005,
};

struct CodeInfo {
  Code code;
  std::string_view id;       // "E101"
  std::string_view name;     // "duplicate_code"
  Severity severity;         // default severity
  std::string_view summary_zh;
  std::string_view summary_en;
  // False for the codes of a file that cannot be read (E001, E002, E005,
  // E006, E008; for a table T001, T002 and a row that cannot be read, T003):
  // such a file never passes (tools.md), so a config may not set them below
  // `error`.
  bool can_be_lowered = true;
  // What to do about it, one sentence (the first of the `## 修正` section of
  // docs/findings/<id>.md and of its English `**Fix.**`); empty where a code
  // has none yet (every B code has one).
  std::string_view fix_zh = {};
  std::string_view fix_en = {};
};

const CodeInfo& code_info(Code code);
const std::vector<CodeInfo>& all_codes();
// Accepts the id ("E101") or the name ("duplicate_code").
std::optional<Code> parse_code(std::string_view text);

}  // namespace encat
