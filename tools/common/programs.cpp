#include "common/programs.h"

namespace encat::tool {

const std::vector<Program>& programs() {
  static const std::vector<Program> list = {
      {"encat-validate", "validate", "检查执法事项目录的 E0xx、E1xx 和 E2xx 问题",
       "check enforcement-matter catalogs for E0xx, E1xx and E2xx findings"},
      {"encat-fmt", "fmt", "把执法事项目录改写为唯一的规范格式", "rewrite catalogs in their one canonical form"},
      {"encat-diff", "diff", "比较两版执法事项目录，逐项列出差异", "the differences between two editions of catalogs, matter by matter"},
      {"encat-merge", "merge", "组合、增补和三方合并执法事项目录（也作 git 合并驱动）",
       "compose, extend and three-way merge catalogs (also as a git merge driver)"},
      {"encat-publish", "publish", "生成执法事项目录的公告表（md、csv、xlsx、html、json）",
       "the announcement tables of a catalog (md, csv, xlsx, html, json)"},
      {"encat-import", "import", "把公告表（.csv、.xlsx）读回为执法事项目录文件",
       "read an announcement table (.csv, .xlsx) back into a catalog file"},
      {"encat-audit", "audit", "评估监管与执法的边界缺口（B3xx）和年度覆盖指标",
       "boundary gaps (B3xx) and the yearly coverage figures of a county or a province"},
  };
  return list;
}

const Program* find_program(std::string_view name_or_command) {
  for (const Program& program : programs())
    if (program.name == name_or_command || program.command == name_or_command) return &program;
  return nullptr;
}

}  // namespace encat::tool
