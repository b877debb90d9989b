// Small hand-made catalogs for the unit tests: YAML text in memory, named
// like files, loaded as a Workspace in name order (as a folder would be).
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "model/workspace.h"
#include "yaml/source.h"

namespace encat::test {

class Catalogs {
 public:
  void write(const std::string& name, const std::string& yaml) { m_sources.push_back({name, yaml}); }
  model::Workspace load() const {
    std::vector<yaml::Source> sources = m_sources;
    std::sort(sources.begin(), sources.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return model::Workspace::load(std::move(sources), model::LoadOptions{});
  }

 private:
  std::vector<yaml::Source> m_sources;
};

// The header of a catalog file (kind, id, title, region, edition, effective).
inline std::string header(const std::string& kind, const std::string& id, const std::string& region, int edition,
                          const std::string& effective, const std::string& extra = {}) {
  return "kind: " + kind + "\nid: " + id + "\ntitle: " + id + "\nregion: \"" + region + "\"\nedition: " +
         std::to_string(edition) + "\neffective: " + effective + "\n" + extra;
}

// A comprehensive matter (unified or extension); `more` adds lines such as
// "    status: 取消\n".
inline std::string matter(const std::string& code, const std::string& domain = "市容环境卫生",
                          const std::string& from = "住房和城乡建设局", const std::string& more = {}) {
  return "  - code: \"" + code + "\"\n    name: 事项" + code + "\n    domain: " + domain +
         "\n    power: 行政处罚\n    basis:\n      - law: 城市市容和环境卫生管理条例\n    scope: 全部\n"
         "    boundary: 综合行政执法部门负责日常巡查并依法查处。\n    from: [" + from + "]\n" + more;
}

// A department matter.
inline std::string department_matter(const std::string& code, const std::string& domain = "生态环境",
                                     const std::string& more = {}) {
  return "  - code: \"" + code + "\"\n    name: 事项" + code + "\n    domain: " + domain +
         "\n    power: 行政处罚\n    basis:\n      - law: 中华人民共和国大气污染防治法\n" + more;
}

// A supervision matter.
inline std::string supervision_matter(const std::string& code, const std::string& department,
                                      const std::vector<std::string>& covers, const std::string& more = {}) {
  std::string list;
  for (const std::string& c : covers) list += (list.empty() ? "\"" : ", \"") + c + "\"";
  return "  - code: \"" + code + "\"\n    name: 监管" + code + "\n" +
         (department.empty() ? std::string() : "    department: " + department + "\n") + "    covers: [" + list +
         "]\n    inspection: 不适用\n" + more;
}

inline audit::RegionAudit audit_years(const model::Workspace& ws, const std::string& region, std::vector<int> years,
                                      const model::Catalog* targets = nullptr) {
  return audit::audit_region(ws, {region, std::move(years), targets});
}

inline std::vector<const Finding*> with_code(const audit::RegionAudit& result, Code code) {
  std::vector<const Finding*> found;
  for (const Finding& f : result.findings)
    if (f.code == code) found.push_back(&f);
  return found;
}

}  // namespace encat::test
