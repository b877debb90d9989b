// The findings every format test renders: one at line 0, one with a located
// note, a warning under Chinese text with a note of its own.
#pragma once

#include <string>
#include <vector>

#include "diag/finding.h"
#include "render/source_lines.h"

namespace encat::render::sample {

inline const std::string kCatalog = "catalogs/zhejiang/unified-2022.yaml";

inline std::vector<Finding> findings() {
  std::vector<Finding> out;
  out.push_back(make_finding(Code::E006, {"catalogs/zhejiang/big.yaml", 0, 0},
                             {"文件大小 80 MiB 超过上限 64 MiB", "the file is 80 MiB, larger than the limit of 64 MiB"}));
  out.push_back(make_finding(Code::E101, {kCatalog, 41, 11, 14},  // "330275012000", as the reader spans it
                             {"事项代码 `330275012000` 重复", "the matter code `330275012000` appears twice"},
                             "330275012000")
                    .note(note_at({kCatalog, 12, 11}, "首次出现于", "first seen at")));
  out.push_back(make_finding(Code::W105, {kCatalog, 44, 24, 2},  // 文物
                             {"执法领域 `文物` 不在登记表中", "the domain `文物` is not in the registry"},
                             "330275012001")
                    .note(Text{"登记表中的领域:档案、城建", "domains in the registry: 档案, 城建"}));
  return out;
}

// The catalog the findings point into (line 12, 41 and 44 matter).
inline std::string catalog_text() {
  std::string text;
  for (unsigned line = 1; line <= 50; ++line) {
    if (line == 12 || line == 41) text += "  - code: \"330275012000\"\n";
    else if (line == 44) text += "  - {name: 档案, domain: 文物}\n";
    else text += "#\n";
  }
  return text;
}

inline void add_sources(SourceLines& sources) { sources.add(kCatalog, catalog_text()); }

}  // namespace encat::render::sample
