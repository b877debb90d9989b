#include "diag/code.h"

namespace encat {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Off: return "off";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "off") return Severity::Off;
  if (text == "warning") return Severity::Warning;
  if (text == "error") return Severity::Error;
  return std::nullopt;
}

const std::vector<CodeInfo>& all_codes() {
  constexpr auto E = Severity::Error;
  constexpr auto W = Severity::Warning;
  // The last field, where given: `false`, the severity cannot be lowered.
  static const std::vector<CodeInfo> codes = {
      {Code::E001, "E001", "yaml_syntax", E, "文件不是有效的 YAML", "the file is not valid YAML", false},
      {Code::E002, "E002", "bad_encoding", E, "文件不是有效的 UTF-8", "the file is not valid UTF-8", false},
      {Code::E003, "E003", "duplicate_key", E, "映射中的键重复", "a mapping has the same key twice"},
      {Code::E004, "E004", "schema", E, "文档不符合其类型的结构定义",
       "the document does not match its kind's schema"},
      {Code::E005, "E005", "unknown_kind", E, "缺少 `kind` 或其值不是已知类型",
       "`kind` is missing or not one of the kinds", false},
      {Code::E006, "E006", "input_limit", E, "文件超出安全限制（大小、嵌套深度、锚点与别名）",
       "the file breaks a safety limit (size, nesting depth, anchors and aliases)", false},
      {Code::E007, "E007", "duplicate_id", E, "两个文件声明了相同的 `id`", "two files declare the same `id`"},
      {Code::E008, "E008", "merge_conflict", E, "文件含有未解决的合并冲突标记",
       "the file contains unresolved merge conflict markers", false},
      {Code::E101, "E101", "duplicate_code", E, "同一目录中事项代码重复",
       "a matter code appears twice in one catalog"},
      {Code::E102, "E102", "partial_scope_without_note", E, "`scope: 部分` 缺少 `scope_note`",
       "`scope: 部分` with no `scope_note`"},
      {Code::E103, "E103", "code_pattern", E, "事项代码不符合登记表的代码格式",
       "a matter code does not match the registry's `code_pattern`"},
      {Code::W104, "W104", "duplicate_name", W, "同一目录中两个事项名称相同",
       "two matters of one catalog have the same name"},
      {Code::W105, "W105", "unknown_domain", W, "执法领域不在登记表中", "a domain is not in the registry"},
      {Code::W106, "W106", "unknown_department", W, "部门不在登记表中", "a department is not in the registry"},
      {Code::E107, "E107", "bad_date", E, "`effective` 不是有效日期，或 `edition` 与其年份相差超过一年",
       "`effective` is not a real date, or `edition` differs from its year by more than one"},
      {Code::W108, "W108", "repealed_basis", W, "法律依据在目录施行时已废止",
       "a basis cites a law repealed by the time the catalog took effect", true,
       "改引替代它的新法（`replaced_by`）并核对条款；事项随之调整的，发布新版目录。",
       "Cite the law that replaced it (`replaced_by`) and check the articles; issue a new edition if the matter changes."},
      {Code::W109, "W109", "unknown_law", W, "法律依据不在法规库中", "a basis cites a law that is not in the `laws` register",
       true, "照法规库的 `name` 改正法律名称，或把这部法律法规登记到法规库。",
       "Spell the law as the register's `name`, or add the law to the register."},
      {Code::E201, "E201", "unresolved_reference", E, "引用的目录未加载、类型不符，或 `supersedes` 引用了另一目录系列",
       "a referenced catalog was not loaded or is of the wrong kind, or `supersedes` names another series"},
      {Code::E202, "E202", "extension_redefines", E, "扩展目录事项与其统一目录的事项代码相同",
       "an extension matter has the code of a matter in the unified catalog it extends"},
      {Code::E203, "E203", "township_unknown_matter", E, "乡镇目录列出的事项不在其来源目录中",
       "a township lists a code that none of its `draws_from` catalogs has"},
      {Code::E204, "E204", "township_missing_mandatory", E, "乡镇目录缺少必须下放事项",
       "a township lacks a 必须下放 matter of its `draws_from` catalogs"},
      {Code::E205, "E205", "township_not_devolvable", E, "乡镇目录列出了不下放事项",
       "a township lists a matter whose tier is 不下放"},
      {Code::E206, "E206", "township_region", E, "乡镇区划代码不以所属县代码开头",
       "a township's `region` does not start with its `county`"},
      {Code::W207, "W207", "township_inactive_matter", W, "乡镇目录列出了暂停或取消的事项",
       "a township lists a matter whose status is 暂停 or 取消"},
      {Code::E208, "E208", "township_duplicate", E, "乡镇目录重复列出同一事项",
       "a township lists the same code twice"},
      {Code::E209, "E209", "lenient_unknown_matter", E, "不予处罚清单的事项不是本地区施行中的有效执法事项",
       "a `lenient` entry's code is no active enforcement matter in force for its region", true,
       "改正事项代码，或删除已取消、不属于本地区目录的事项。",
       "Correct the code, or remove an entry whose matter is cancelled or not in the region's catalogs."},
      {Code::E210, "E210", "lenient_wrong_power", E, "不予处罚清单的处理方式与事项的职权类型不符",
       "a `lenient` entry's measure does not fit the matter's `power`", true,
       "不予处罚、首违不罚只用于行政处罚事项，不予强制只用于行政强制事项：改正 `measure` 或事项代码。",
       "Use 不予处罚 or 首违不罚 for a 行政处罚 matter and 不予强制 for a 行政强制 one: correct `measure` or the code."},
      {Code::E211, "E211", "lenient_duplicate", E, "不予处罚清单重复列出同一事项和处理方式",
       "a `lenient` list has the same code and measure twice", true,
       "把两项合并为一项，适用情形写在同一个 `conditions` 中。",
       "Merge the two entries into one, with both cases in its `conditions`."},
      {Code::E212, "E212", "overlapping_editions", E, "同一目录的两个版本互不替代，将同时有效",
       "two editions of one catalog, neither superseding the other, would be in force at once"},
      {Code::B301, "B301", "missing_boundary", E, "综合执法事项缺少职责边界", "a comprehensive matter has no `boundary`",
       true, "照发布的通知补上这个事项的具体职责边界（`boundary`）。",
       "Copy the boundary from the published notice (the province sets it for unified matters; the county for its extension)."},
      {Code::B302, "B302", "unsupervised_matter", E, "综合执法事项没有监管事项覆盖",
       "a comprehensive matter is covered by no supervision matter",
       true, "从省监管事项库中认领对应的监管事项，由划出部门负责，并在 `covers` 中列出它覆盖的执法事项。",
       "Claim the supervision matter from the provincial library under the department the power moved from and list the code in its `covers`, or add the code to the `covers` of the supervision matter that already watches it."},
      {Code::B303, "B303", "unclaimed_supervision", E, "监管事项未被认领", "a supervision matter has no `department`",
       true, "写上认领部门（`department`），按“谁审批谁监管、谁主管谁监管”，通常是它覆盖的执法事项的划出部门（`from`）。",
       "Set `department`, normally the department the covered matters moved from (`from`), spelled as in the registry."},
      {Code::B304, "B304", "supervisor_mismatch", W, "监管部门不是该事项的划出部门",
       "a supervision matter's department is not one of the covered matter's `from` departments",
       true, "由该事项的划出部门认领这个监管事项。",
       "Have the `from` department claim it, have the issuer correct `from` if the power really moved from the claimant, or use the registry's spelling on both sides."},
      {Code::B305, "B305", "double_enforcement", E, "同一事项既是综合执法事项又是部门事项（两头执法）",
       "the same code is both a comprehensive matter and a department matter",
       true, "从部门目录中去掉已划转为综合执法的事项，通常发布替代旧目录的新版。",
       "Remove the matter from the department list, normally by publishing a new edition that `supersedes` the old one."},
      {Code::B306, "B306", "dangling_supervision", W, "监管事项覆盖的代码不是本地区的执法事项",
       "a supervision matter covers a code that is no enforcement matter of the region",
       true, "把 `covers` 改为本地区施行中的执法事项代码（事项改了代码的改为新代码，已删除的去掉）。",
       "Use the current code, drop deleted matters, or load the department's catalog."},
      {Code::B307, "B307", "dormant_matter", W, "事项近五年没有案件（清理候选）",
       "a matter had no case in the last five years",
       true, "按规定程序清理（发布调整公告）后，在目录中把这个事项的状态改为“取消”，或在新一版中删去。",
       "After the clean-up notice, set the matter's `status` to 取消 (or leave it out of the next edition); correct the statistics if cases were recorded elsewhere."},
      {Code::B308, "B308", "uninspected", W, "检查类监管事项本年度未检查",
       "an inspection matter has no inspection in the year",
       true, "记入当年实际开展的检查次数，当年没有检查的应安排检查。",
       "Record the inspections actually carried out; if there were none, inspect (do not edit the number), or change `inspection` if the matter was officially made 无事不扰."},
      {Code::B309, "B309", "missing_township_list", E, "登记表列出的乡镇（街道）没有施行中的乡镇目录",
       "a township the registry's `regions` names has no township catalog in force",
       true, "为还没有清单的乡镇（街道）编制目录清单，报县级政府批准后施行。",
       "Issue (and date correctly) the township's list; a township that no longer exists (merged) is removed from the registry."},
      {Code::B310, "B310", "missing_department_catalog", W, "登记表列出的专业部门没有施行中的部门目录",
       "a department of the registry's `specialist_departments` has no department catalog in force",
       true, "导入该部门公布的部门执法事项目录（可用 `encat-import` 从公告表格生成）。",
       "Import the department's published catalog (`encat-import` reads the announcement table); correct a `department` name that differs from the registry (W106)."},
      {Code::B311, "B311", "stale_source", W, "乡镇目录的来源目录当年不施行（已被新版替代）",
       "a township draws from a catalog not in force (superseded)",
       true, "对照新版重新编制清单，报县级政府批准后作为新版发布（`supersedes` 指向旧清单，`draws_from` 写新版）。",
       "Re-issue the township's list against the new edition, as a new edition of the list (`supersedes` the old one, `draws_from` the new catalog), approved by the county."},
      {Code::B312, "B312", "case_on_unknown_code", W, "案件统计中的代码不是施行中目录的事项",
       "cases are counted on a code that is no matter of a catalog in force",
       true, "按新代码归集新版施行后的案件，旧代码只保留此前年份的。",
       "Count the cases since the new edition on the new code (keep the earlier years on the old one); for a mistyped or dropped code, correct the statistics to the matter actually applied, or add a missing matter to its department catalog."},
      {Code::B313, "B313", "review_due", W, "乡镇目录超过调整周期未更新",
       "a township catalog is older than `review_years` and no edition supersedes it",
       true, "评估清单的承接情况，调整后报县级政府批准，作为新版发布（`supersedes` 指向旧清单）。",
       "Review the list and issue the result as a new edition (`supersedes` the old one), even when nothing changes."},
      {Code::B314, "B314", "devolved_unused", W, "下放乡镇的事项两年没有案件",
       "a matter devolved to a township had no case there in two years",
       true, "先查明原因：乡镇承接不了的加强业务培训和指导，确无必要下放的按程序调整清单、不再列出该事项。",
       "Find out why, then train and guide the township, or take the power back by a new edition of its list without the matter."},
      {Code::T001, "T001", "table_unreadable", E, "表格无法读取（不是可读的 CSV 或 xlsx 文件）",
       "the table cannot be read (not a readable CSV or xlsx file)", false},
      {Code::T002, "T002", "no_header", E, "表格中找不到表头行（同时有事项代码列和事项名称列的一行）",
       "the table has no header row (a row naming both a code and a name column)", false},
      {Code::T003, "T003", "bad_cell", E, "单元格的值无法读作其字段", "a cell's value cannot be read as its field",
       false},
      {Code::T004, "T004", "numeric_code", W, "事项代码以数字存储，开头的 0 可能已丢失",
       "a code is stored as a number: leading zeros may be lost"},
      {Code::T005, "T005", "count_mismatch", W, "领域行、合计行或汇总行的项数与读到的行数不符",
       "a domain row, total row or summary disagrees with the rows read"},
  };
  return codes;
}

const CodeInfo& code_info(Code code) { return all_codes()[static_cast<size_t>(code)]; }

std::optional<Code> parse_code(std::string_view text) {
  for (const CodeInfo& info : all_codes())
    if (info.id == text || info.name == text) return info.code;
  return std::nullopt;
}

}  // namespace encat
