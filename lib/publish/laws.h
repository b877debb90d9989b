// The law guide (法规指引; tools.md encat-publish --laws, issue 11) as a
// publish::Notice: every law the `basis` of the matters in force cites, with
// the matters that rely on it.
//
// Which matters: those of the unified, extension and department catalogs in
// force in the year (Workspace::in_force; the tool's default is the latest
// edition year present), only matters in force (有效) unless Options::all; a
// code in several catalogs counts once, as the first of them has it (unified,
// then extension, then department catalogs; in load order within a kind).
//
// Parts, one per level in the order 法律, 行政法规, 地方性法规, 部门规章,
// 地方政府规章, 其他, then 未登记 (laws found in no loaded `laws` register;
// everything without a register), each headed `一、法律（共 3 部）` over a flat
// table `序号 | 法律法规名称 | 时效性 | 施行日期 | 引用事项数 | 执法事项` (时效性 and
// 施行日期 only when a register is loaded; a law not in it: 时效性 未登记). Within a part the laws most cited
// come first, ties by name (bytes), so the guide does not depend on the order
// of the files. 执法事项 is one line per matter: `code name（articles）`, in
// code order. 时效性 of a repealed law: `已废止（2022年6月5日废止，由《…》替代）`.
// The summary: 共收集法律法规 N 部，M 项执法事项明确具体法律依据 (N laws, M distinct
// matters with at least one basis); `counts` gives laws and matters.
#pragma once

#include "model/workspace.h"
#include "publish/notice.h"

namespace encat::publish {

// The name a basis's `law` stands for: without surrounding 《》.
std::string law_key(std::string_view law);

// The catalogs of the guide: unified, extension and department catalogs in
// force in `year`, in that order (in load order within a kind).
std::vector<const model::Catalog*> guide_catalogs(const model::Workspace& ws, int year);

// The law guide of `catalogs` against the `laws` registers `registers` (the
// first that names a law gives its level and status). `year` is in the title.
Notice build_law_guide(const std::vector<const model::Catalog*>& catalogs,
                       const std::vector<const model::Catalog*>& registers, int year, const Options& options);

}  // namespace encat::publish
