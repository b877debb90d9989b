// Findings are values: code, severity, location, matter, message, notes.
// Messages carry both languages (util/text.h); the renderer picks one.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/code.h"
#include "util/text.h"

namespace encat {

// 1-based line and column (column in Unicode code points); 0 when unknown.
struct Location {
  std::string file;
  unsigned line = 0;
  unsigned column = 0;
  unsigned span = 0;  // code points the finding is about (the carets); 0 = one caret
  std::string str() const;  // "file:line:col", "file:line" or "file"
  friend bool operator==(const Location& a, const Location& b) {
    return a.file == b.file && a.line == b.line && a.column == b.column;
  }
};

struct Note {
  Text text;                         // complete, including any location it names
  std::optional<Location> location;  // for machine formats (SARIF related locations)
};

struct Finding {
  Code code;
  Severity severity;
  Location location;
  std::string matter;  // the matter's code, or empty where none applies
  Text message;
  std::vector<Note> notes;

  const CodeInfo& info() const { return code_info(code); }
  Finding& note(Note note) {
    notes.push_back(std::move(note));
    return *this;
  }
  Finding& note(Text text) { return note(Note{std::move(text), std::nullopt}); }
};

// A finding with the code's default severity.
Finding make_finding(Code code, Location location, Text message, std::string matter = {});

// A note that points at another place: "<prefix> file:line:col".
Note note_at(const Location& location, std::string_view prefix_zh, std::string_view prefix_en);

// Sorted by file, line, column, code (then matter and message, so the order
// never depends on how the findings were produced).
void sort_findings(std::vector<Finding>& findings);

using SeverityOverrides = std::map<Code, Severity>;
// Applies per-code severities; findings turned `off` are removed.
void apply_severities(std::vector<Finding>& findings, const SeverityOverrides& overrides);

struct Summary {
  size_t errors = 0;
  size_t warnings = 0;
};
Summary summarize(const std::vector<Finding>& findings);

}  // namespace encat
