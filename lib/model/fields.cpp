#include "model/fields.h"

#include <algorithm>
#include <type_traits>

namespace encat::model {
namespace {

constexpr std::string_view power_words[] = {"行政处罚", "行政强制", "行政检查", "其他"};
constexpr std::string_view scope_words[] = {"全部", "部分"};
constexpr std::string_view tier_words[] = {"必须下放", "可放可不放", "不下放"};
constexpr std::string_view status_words[] = {"有效", "暂停", "取消"};
constexpr std::string_view inspection_words[] = {"随机抽查", "重点监管", "无事不扰", "不适用"};
constexpr std::string_view law_level_words[] = {"法律", "行政法规", "地方性法规", "部门规章", "地方政府规章", "其他"};
constexpr std::string_view law_status_words[] = {"现行有效", "已修改", "已废止"};
constexpr std::string_view measure_words[] = {"不予处罚", "首违不罚", "不予强制"};
constexpr std::string_view trait_word_list[] = {"高频", "高综合", "高需求", "易发现", "易处置"};

template <size_t N>
WordList list(const std::string_view (&words)[N]) {
  return {words, N};
}

// Whether two records hold equal values in every field of `table`.
template <typename Record, typename Table>
bool equal_fields(const Record& a, const Record& b, Table table) {
  bool equal = true;
  table([&](const FieldInfo&, auto value, auto, auto...) { equal = equal && value(a) == value(b); });
  return equal;
}

// Copies every text of `record` into `store` (walking the field tables).
class Rehome {
 public:
  explicit Rehome(TextStore& store) : m_store(store) {}

  template <typename Record, typename Table>
  void fields(Record& record, Table table) {
    table([&](const FieldInfo& info, auto value, auto, auto...) { own(info, value(record)); });
  }

 private:
  void own(const FieldInfo& info, std::string_view& text) {
    text = info.repeats ? m_store.intern(text) : m_store.copy(text);
  }
  void own(const FieldInfo& info, std::vector<std::string_view>& texts) {
    for (std::string_view& text : texts) own(info, text);
  }
  void own(const FieldInfo&, std::vector<Basis>& basis) {
    for (Basis& b : basis) fields(b, basis_fields);
  }
  template <typename Other>
  void own(const FieldInfo&, Other&) {
    static_assert(!std::is_same_v<Other, std::string_view>);
  }

  TextStore& m_store;
};

// Sets every position of `record` (and of its basis) to none.
template <typename Record, typename Table>
void clear_fields(Record& record, Table table) {
  record.at = Pos{};
  table([&](const FieldInfo&, auto value, auto at, auto... more) {
    at(record) = Pos{};
    (std::fill(more(record).begin(), more(record).end(), Pos{}), ...);
    if constexpr (std::is_same_v<std::decay_t<decltype(value(record))>, std::vector<Basis>>)
      for (Basis& basis : value(record)) clear_fields(basis, basis_fields);
  });
}

}  // namespace

WordList words_of(Power) { return list(power_words); }
WordList words_of(Scope) { return list(scope_words); }
WordList words_of(Tier) { return list(tier_words); }
WordList words_of(Status) { return list(status_words); }
WordList words_of(InspectionKind) { return list(inspection_words); }
WordList words_of(LawLevel) { return list(law_level_words); }
WordList words_of(LawStatus) { return list(law_status_words); }
WordList words_of(Measure) { return list(measure_words); }
WordList trait_words() { return list(trait_word_list); }

namespace fields {
const FieldInfo figures[figure_count] = {
    {"matter_share", "综合执法事项占比", "matter_share"},
    {"domain_share", "综合执法领域占比", "domain_share"},
    {"key_matter_share", "重点事项纳入比例", "key_matter_share"},
    {"case_share", "综合执法案件量占比", "case_share"},
    {"township_mandatory", "必须下放事项承接率", "township_mandatory"},
    {"claim_rate", "监管事项认领率", "claim_rate"},
    {"inspection_coverage", "检查事项覆盖率", "inspection_coverage"},
    {"staff_frontline_share", "一线执法人员占比", "staff_frontline_share"},
    {"staff_township_share", "下沉乡镇（街道）执法人员占比", "staff_township_share"},
};
}  // namespace fields

bool operator==(const Basis& a, const Basis& b) { return equal_fields(a, b, basis_fields); }
bool operator==(const Matter& a, const Matter& b) { return equal_fields(a, b, matter_fields); }
bool operator==(const TownshipEntry& a, const TownshipEntry& b) { return equal_fields(a, b, entry_fields); }
bool operator==(const SupervisionMatter& a, const SupervisionMatter& b) {
  return equal_fields(a, b, supervision_fields);
}
bool operator==(const CaseCounts& a, const CaseCounts& b) { return a.code == b.code && a.by_year == b.by_year; }
bool operator==(const Region& a, const Region& b) { return a.code == b.code && a.name == b.name; }
bool operator==(const Target& a, const Target& b) { return equal_fields(a, b, target_fields); }
bool operator==(const Law& a, const Law& b) { return equal_fields(a, b, law_fields); }
bool operator==(const LenientEntry& a, const LenientEntry& b) { return equal_fields(a, b, lenient_fields); }
bool operator==(const StaffYear& a, const StaffYear& b) { return equal_fields(a, b, staff_year_fields); }

bool operator==(const Catalog& a, const Catalog& b) {
  return a.kind == b.kind && equal_fields(a, b, header_fields) && a.matters == b.matters && a.entries == b.entries &&
         a.supervision == b.supervision && a.cases == b.cases && a.targets == b.targets && a.regions == b.regions &&
         a.laws == b.laws && a.lenient == b.lenient && a.staffing == b.staffing;
}

void clear_positions(Matter& matter) {
  clear_fields(matter, matter_fields);
}

Matter copy_into(const Matter& matter, TextStore& store) {
  Matter copy = matter;
  Rehome(store).fields(copy, matter_fields);
  return copy;
}

}  // namespace encat::model
