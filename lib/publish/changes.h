// The adjustment notice between two editions of a catalog (调整公告; tools.md
// encat-publish --changes-from, rules.md "Diff"): the later edition's header,
// a lead sentence with the counts ("新增事项38项、取消事项2项、调整事项8项、代码变更
// 1项。"; for a township "新增赋权事项住房城乡建设2项，共计2项；收回赋权事项建设10项、
// 卫生健康3项，共计13项。"), then a part per kind of change, each headed
// (一、新增事项（共 38 项）) over its own table grouped by domain:
//
//   新增 / 新增赋权   the notice's own columns (a township's details from its sources)
//   取消 / 收回赋权   序号 | 事项代码 | 事项名称 | 执法领域 | 备注 (a matter whose status
//                     left 有效 says so in 备注)
//   调整             序号 | 事项代码 | 事项名称 | 调整内容 (each field: 标签：old → new)
//   代码变更         序号 | 原事项代码 | 新事项代码 | 事项名称 (| 调整内容 when any)
//
// The differences are encat-diff's (diff::compare) between the two editions
// as their notices show them: only matters in force (有效) unless
// Options::all, so a matter going from 有效 to 取消 or 暂停 is 取消 (a
// township: 收回赋权), and one coming back into force is 新增. With `all`
// every matter counts and a status change is an 调整, as in encat-diff.
//
// Pure functions: nothing here reads a file or prints.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diff/diff.h"
#include "model/catalog.h"
#include "publish/notice.h"
#include "util/text.h"

namespace encat::publish {

// The domains of a diff in the order a notice lists them: a township's
// sources' order (CatalogDiff::domain_order), then the new edition's matters,
// then the old one's.
std::vector<std::string> domain_order(const diff::CatalogDiff& d);

// The differences of each domain (shared with encat-diff's markdown).
struct DomainCounts {
  std::string domain;
  size_t added = 0, removed = 0, changed = 0, recoded = 0;
  size_t total() const { return added + removed + changed + recoded; }
};
// By domain, in domain_order (others after, by their first code); records
// with no domain count under `unknown`.
std::vector<DomainCounts> counts_by_domain(const diff::CatalogDiff& d, std::string_view unknown);
// "建设10项、卫生健康3项，共计13项" / "建设 10, 卫生健康 3 (13 in all)": the
// domains with a count of `which`.
std::string domain_sentence(const std::vector<DomainCounts>& domains, size_t DomainCounts::*which, Lang lang = Lang::Zh);

// `catalog` as its notice shows it: only the matters in force (a township:
// the entries whose matter, found with `sources`, is in force, and those
// found nowhere). Its text is `catalog`'s, which must outlive it.
model::Catalog shown_edition(const model::Catalog& catalog, const SourceLookup& sources);

// Why two catalogs are not an earlier and a later edition of one catalog.
enum class EditionsProblem {
  None,
  DifferentCatalogs,  // kind, region or (department catalogs) department differ (model::same_series)
  NotOlder,           // the old one's edition (then effective date) is not earlier
};
EditionsProblem check_editions(const model::Catalog& old_catalog, const model::Catalog& new_catalog);

// The adjustment notice from `old_catalog` to `new_catalog` (kind "changes",
// `from` the old id, `counts` added/removed/changed/recoded as encat-diff
// counts them on the editions shown). Parts with nothing are left out.
Notice build_changes_notice(const model::Catalog& old_catalog, const model::Catalog& new_catalog,
                            const SourceLookup& sources, const Options& options);

}  // namespace encat::publish
