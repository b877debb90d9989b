// The announcement table of a lenient list (轻微违法不予处罚清单; format.md kind
// lenient, issue 11): the list's header like the other notices, then
// `序号 | 事项代码 | 违法行为 | 适用情形 | 处理方式`, grouped by domain
// (`一、市场监管（共 4 项）`) when the entries' matters give one, else one table;
// the summary `共 N 个领域 M 项` (grouped) or `共 M 项`.
#pragma once

#include "model/workspace.h"
#include "publish/notice.h"

namespace encat::publish {

// The catalogs a lenient list's codes are matters of (as rules E209 finds
// them): the province's unified catalog, then the county's extension and
// department catalogs in force in the list's edition year.
std::vector<const model::Catalog*> lenient_sources(const model::Workspace& ws, const model::Catalog& lenient);

// The notice of `lenient`; an entry's domain is that of the first of
// `sources` with its code (none found: no domain).
Notice build_lenient_notice(const model::Catalog& lenient, const std::vector<const model::Catalog*>& sources);

}  // namespace encat::publish
