// encat-merge's conflict report: text for people (standard error), JSON for
// programs (`--report json`, tools.md habits: `"version": 1`).
#pragma once

#include <string>
#include <vector>

#include "merge/merge.h"
#include "util/text.h"

namespace encat::present {

enum class MergeCommand { ThreeWay, Add };

// One paragraph per conflict, in the order given:
//   冲突：事项 `330217001000` 的事项名称（name）两边改得不同（合并结果第 14 行）
//     共同祖先：…（base.yaml:14:11）
//     我方：…（ours.yaml:14:11）
//     对方：…（theirs.yaml:14:11）
std::string render_merge_conflicts_text(const std::vector<merge::Conflict>& conflicts, MergeCommand command,
                                        Lang lang);

struct MergeJson {
  MergeCommand command = MergeCommand::ThreeWay;
  std::string file;     // the path merged (--path) or the output
  bool line_merge = false;
  std::string fallback_reason;  // in the run's language; empty without a fallback
  size_t line_conflicts = 0;
  const std::vector<merge::Conflict>* conflicts = nullptr;
};
// {"version": 1, "tool": "encat-merge", "command": "three-way", "file": …, "merge": "semantic"|"line",
//  "clean": …, "conflicts": [{"kind": "field", "code": …, "field": "name", "label": "事项名称",
//  "output_line": 14, "base": {"value": …, "file": …, "line": …, "column": …}, "ours": {…}, "theirs": {…}}]}
std::string render_merge_json(const MergeJson& report);

}  // namespace encat::present
