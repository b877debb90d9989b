// The field tables: for each kind of record (catalog header, matter, basis,
// township entry, supervision matter, target, law, lenient entry, staffing
// year) the fields in the order of
// format.md, each with its YAML key, its Chinese and English label, how the
// writer quotes it, the member that holds its value and the member that holds
// its position. Decoding, writing, comparing and copying walk these tables, so
// a new field is added here (and as a member in catalog.h) and nowhere else.
//
// A table is a function object calling `visit(info, value, at)` once per field,
// where `value(record)` and `at(record)` return references to the members (so
// one table serves const and non-const records, and visits of two records at
// once). List fields add a fourth accessor with the position of each item;
// numbers (targets) add one with the number's text as written.
#pragma once

#include <cstddef>
#include <string_view>

#include "model/catalog.h"

namespace encat::model {

// How the writer quotes a string: codes and region codes always in double
// quotes (so `330275012000` never becomes a number), others only where YAML
// needs it.
enum class Quoting : std::uint8_t { AsNeeded, Always };

struct FieldInfo {
  std::string_view key;  // the YAML key (format.md)
  std::string_view zh;   // label in tables, diffs and messages
  std::string_view en;
  Quoting quoting = Quoting::AsNeeded;
  bool repeats = false;  // a name that repeats through a file (stored once, TextStore::intern)
};

// The words of an enumerated field, in the order of its enum.
struct WordList {
  const std::string_view* words;
  size_t size;
  std::string_view operator[](size_t i) const { return words[i]; }
};
WordList words_of(Power);
WordList words_of(Scope);
WordList words_of(Tier);
WordList words_of(Status);
WordList words_of(InspectionKind);
WordList words_of(LawLevel);
WordList words_of(LawStatus);
WordList words_of(Measure);
WordList trait_words();  // 高频 高综合 高需求 易发现 易处置, bit i = word i
// Enumerated fields with a default (format.md): written only where read, or
// where the value differs from the default.
constexpr Tier default_value(Tier) { return Tier::CountyOnly; }
constexpr Status default_value(Status) { return Status::Active; }

namespace fields {
constexpr FieldInfo id{"id", "标识", "id"};
constexpr FieldInfo title{"title", "标题", "title"};
constexpr FieldInfo region{"region", "行政区划代码", "region", Quoting::Always};
constexpr FieldInfo county{"county", "所属县（市、区）代码", "county", Quoting::Always};
constexpr FieldInfo edition{"edition", "版本年份", "edition"};
constexpr FieldInfo effective{"effective", "施行日期", "effective"};
constexpr FieldInfo issuer{"issuer", "发文机关", "issuer"};
constexpr FieldInfo document{"document", "文号", "document"};
constexpr FieldInfo supersedes{"supersedes", "替代的上一版", "supersedes"};
constexpr FieldInfo approval{"approval", "批准文件", "approval"};
constexpr FieldInfo extends{"extends", "所扩展的统一目录", "extends"};
constexpr FieldInfo department{"department", "部门", "department", Quoting::AsNeeded, true};
constexpr FieldInfo draws_from{"draws_from", "事项来源目录", "draws_from"};
constexpr FieldInfo code_pattern{"code_pattern", "事项代码格式", "code_pattern", Quoting::Always};
constexpr FieldInfo domains{"domains", "执法领域名录", "domains", Quoting::AsNeeded, true};
constexpr FieldInfo departments{"departments", "部门名录", "departments", Quoting::AsNeeded, true};
constexpr FieldInfo specialist_departments{"specialist_departments", "专业执法部门名录", "specialist_departments",
                                           Quoting::AsNeeded, true};

constexpr FieldInfo code{"code", "事项代码", "code", Quoting::Always};
constexpr FieldInfo name{"name", "事项名称", "name"};
constexpr FieldInfo domain{"domain", "执法领域", "domain", Quoting::AsNeeded, true};
constexpr FieldInfo power{"power", "职权类型", "power"};
constexpr FieldInfo basis{"basis", "法律依据", "basis"};
constexpr FieldInfo law{"law", "法律法规", "law", Quoting::AsNeeded, true};
constexpr FieldInfo articles{"articles", "条款", "articles", Quoting::AsNeeded, true};
constexpr FieldInfo scope{"scope", "划转范围", "scope"};
constexpr FieldInfo scope_note{"scope_note", "划转范围说明", "scope_note"};
constexpr FieldInfo boundary{"boundary", "具体职责边界", "boundary"};
constexpr FieldInfo from{"from", "划出部门", "from", Quoting::AsNeeded, true};
constexpr FieldInfo township{"township", "下放类别", "township"};
constexpr FieldInfo traits{"traits", "事项特征", "traits"};
constexpr FieldInfo status{"status", "状态", "status"};
constexpr FieldInfo note{"note", "备注", "note"};
constexpr FieldInfo source{"source", "来源目录", "source", Quoting::AsNeeded, true};

constexpr FieldInfo supervision_code{"code", "监管事项代码", "code", Quoting::Always};
constexpr FieldInfo supervision_name{"name", "监管事项名称", "name"};
constexpr FieldInfo claimed_by{"department", "认领部门", "department", Quoting::AsNeeded, true};
constexpr FieldInfo covers{"covers", "对应执法事项", "covers", Quoting::Always};
constexpr FieldInfo inspection{"inspection", "检查方式", "inspection"};
constexpr FieldInfo inspections{"inspections", "年度检查次数", "inspections"};

constexpr FieldInfo law_name{"name", "法律法规名称", "name"};
constexpr FieldInfo level{"level", "效力级别", "level"};
constexpr FieldInfo law_status{"status", "时效性", "status"};
constexpr FieldInfo law_effective{"effective", "施行日期", "effective"};
constexpr FieldInfo repealed{"repealed", "废止日期", "repealed"};
constexpr FieldInfo replaced_by{"replaced_by", "替代法律法规", "replaced_by"};

constexpr FieldInfo conduct{"conduct", "违法行为", "conduct"};
constexpr FieldInfo conditions{"conditions", "适用情形", "conditions"};
constexpr FieldInfo measure{"measure", "处理方式", "measure"};

constexpr FieldInfo total{"total", "行政执法人员总数", "total"};
constexpr FieldInfo frontline{"frontline", "一线执法人员数", "frontline"};
constexpr FieldInfo staff_township{"township", "下沉乡镇（街道）人员数", "township"};

constexpr FieldInfo year{"year", "年份", "year"};
// The figures of a target, in the order of `Figure`.
extern const FieldInfo figures[figure_count];

// The body of a catalog: the key of its list of records.
constexpr FieldInfo matters{"matters", "执法事项", "matters"};
constexpr FieldInfo counts{"counts", "案件数", "counts"};
constexpr FieldInfo targets{"targets", "年度目标", "targets"};
constexpr FieldInfo regions{"regions", "行政区划名称", "regions", Quoting::Always};
constexpr FieldInfo laws{"laws", "法律法规", "laws"};
constexpr FieldInfo years{"years", "年度执法力量", "years"};
}  // namespace fields

#define ENCAT_MEMBER(member) [](auto& record) -> auto& { return record.member; }

// The header of every kind, after `kind` (absent fields are empty).
struct HeaderFields {
  template <typename Visit>
  void operator()(Visit&& visit) const {
    visit(fields::id, ENCAT_MEMBER(id), ENCAT_MEMBER(pos.id));
    visit(fields::title, ENCAT_MEMBER(title), ENCAT_MEMBER(pos.title));
    visit(fields::region, ENCAT_MEMBER(region), ENCAT_MEMBER(pos.region));
    visit(fields::county, ENCAT_MEMBER(county), ENCAT_MEMBER(pos.county));
    visit(fields::edition, ENCAT_MEMBER(edition), ENCAT_MEMBER(pos.edition));
    visit(fields::effective, ENCAT_MEMBER(effective_text), ENCAT_MEMBER(pos.effective));
    visit(fields::issuer, ENCAT_MEMBER(issuer), ENCAT_MEMBER(pos.issuer));
    visit(fields::document, ENCAT_MEMBER(document_number), ENCAT_MEMBER(pos.document_number));
    visit(fields::supersedes, ENCAT_MEMBER(supersedes), ENCAT_MEMBER(pos.supersedes));
    visit(fields::approval, ENCAT_MEMBER(approval), ENCAT_MEMBER(pos.approval));
    visit(fields::extends, ENCAT_MEMBER(extends), ENCAT_MEMBER(pos.extends));
    visit(fields::department, ENCAT_MEMBER(department), ENCAT_MEMBER(pos.department));
    visit(fields::draws_from, ENCAT_MEMBER(draws_from), ENCAT_MEMBER(pos.draws_from_list), ENCAT_MEMBER(pos.draws_from));
    visit(fields::code_pattern, ENCAT_MEMBER(code_pattern), ENCAT_MEMBER(pos.code_pattern));
    visit(fields::domains, ENCAT_MEMBER(domains), ENCAT_MEMBER(pos.domains_list), ENCAT_MEMBER(pos.domains));
    visit(fields::departments, ENCAT_MEMBER(departments), ENCAT_MEMBER(pos.departments_list),
          ENCAT_MEMBER(pos.departments));
    visit(fields::specialist_departments, ENCAT_MEMBER(specialist_departments),
          ENCAT_MEMBER(pos.specialist_departments_list), ENCAT_MEMBER(pos.specialist_departments));
  }
};
inline constexpr HeaderFields header_fields{};

// A matter of a unified, extension or department catalog.
struct MatterFields {
  template <typename Visit>
  void operator()(Visit&& visit) const {
    visit(fields::code, ENCAT_MEMBER(code), ENCAT_MEMBER(code_at));
    visit(fields::name, ENCAT_MEMBER(name), ENCAT_MEMBER(name_at));
    visit(fields::domain, ENCAT_MEMBER(domain), ENCAT_MEMBER(domain_at));
    visit(fields::power, ENCAT_MEMBER(power), ENCAT_MEMBER(power_at));
    visit(fields::basis, ENCAT_MEMBER(basis), ENCAT_MEMBER(basis_at));
    visit(fields::scope, ENCAT_MEMBER(scope), ENCAT_MEMBER(scope_at));
    visit(fields::scope_note, ENCAT_MEMBER(scope_note), ENCAT_MEMBER(scope_note_at));
    visit(fields::boundary, ENCAT_MEMBER(boundary), ENCAT_MEMBER(boundary_at));
    visit(fields::from, ENCAT_MEMBER(from), ENCAT_MEMBER(from_list_at), ENCAT_MEMBER(from_at));
    visit(fields::township, ENCAT_MEMBER(tier), ENCAT_MEMBER(tier_at));
    visit(fields::traits, ENCAT_MEMBER(traits), ENCAT_MEMBER(traits_at), ENCAT_MEMBER(traits_items_at));
    visit(fields::status, ENCAT_MEMBER(status), ENCAT_MEMBER(status_at));
    visit(fields::note, ENCAT_MEMBER(note), ENCAT_MEMBER(note_at));
    visit(fields::source, ENCAT_MEMBER(source), ENCAT_MEMBER(source_at));
  }
};
inline constexpr MatterFields matter_fields{};

// One law of a matter's `basis`.
struct BasisFields {
  template <typename Visit>
  void operator()(Visit&& visit) const {
    visit(fields::law, ENCAT_MEMBER(law), ENCAT_MEMBER(law_at));
    visit(fields::articles, ENCAT_MEMBER(articles), ENCAT_MEMBER(articles_list_at), ENCAT_MEMBER(articles_at));
  }
};
inline constexpr BasisFields basis_fields{};

// A line of a township catalog.
struct EntryFields {
  template <typename Visit>
  void operator()(Visit&& visit) const {
    visit(fields::code, ENCAT_MEMBER(code), ENCAT_MEMBER(code_at));
    visit(fields::note, ENCAT_MEMBER(note), ENCAT_MEMBER(note_at));
  }
};
inline constexpr EntryFields entry_fields{};

// A matter of a supervision list.
struct SupervisionFields {
  template <typename Visit>
  void operator()(Visit&& visit) const {
    visit(fields::supervision_code, ENCAT_MEMBER(code), ENCAT_MEMBER(code_at));
    visit(fields::supervision_name, ENCAT_MEMBER(name), ENCAT_MEMBER(name_at));
    visit(fields::claimed_by, ENCAT_MEMBER(department), ENCAT_MEMBER(department_at));
    visit(fields::covers, ENCAT_MEMBER(covers), ENCAT_MEMBER(covers_list_at), ENCAT_MEMBER(covers_at));
    visit(fields::inspection, ENCAT_MEMBER(inspection), ENCAT_MEMBER(inspection_at));
    visit(fields::inspections, ENCAT_MEMBER(inspections), ENCAT_MEMBER(inspections_at),
          ENCAT_MEMBER(inspections_years_at));
    visit(fields::note, ENCAT_MEMBER(note), ENCAT_MEMBER(note_at));
  }
};
inline constexpr SupervisionFields supervision_fields{};

// One year of a targets file.
struct TargetFields {
  template <typename Visit>
  void operator()(Visit&& visit) const {
    visit(fields::year, ENCAT_MEMBER(year), ENCAT_MEMBER(year_at));
    for (size_t f = 0; f < figure_count; ++f)
      visit(fields::figures[f], [f](auto& t) -> auto& { return t.values[f]; },
            [f](auto& t) -> auto& { return t.values_at[f]; }, [f](auto& t) -> auto& { return t.values_text[f]; });
  }
};
inline constexpr TargetFields target_fields{};

// A law of a `laws` register.
struct LawFields {
  template <typename Visit>
  void operator()(Visit&& visit) const {
    visit(fields::law_name, ENCAT_MEMBER(name), ENCAT_MEMBER(name_at));
    visit(fields::level, ENCAT_MEMBER(level), ENCAT_MEMBER(level_at));
    visit(fields::law_status, ENCAT_MEMBER(status), ENCAT_MEMBER(status_at));
    visit(fields::law_effective, ENCAT_MEMBER(effective), ENCAT_MEMBER(effective_at));
    visit(fields::repealed, ENCAT_MEMBER(repealed), ENCAT_MEMBER(repealed_at));
    visit(fields::replaced_by, ENCAT_MEMBER(replaced_by), ENCAT_MEMBER(replaced_by_at));
  }
};
inline constexpr LawFields law_fields{};

// A line of a `lenient` list.
struct LenientFields {
  template <typename Visit>
  void operator()(Visit&& visit) const {
    visit(fields::code, ENCAT_MEMBER(code), ENCAT_MEMBER(code_at));
    visit(fields::conduct, ENCAT_MEMBER(conduct), ENCAT_MEMBER(conduct_at));
    visit(fields::conditions, ENCAT_MEMBER(conditions), ENCAT_MEMBER(conditions_at));
    visit(fields::measure, ENCAT_MEMBER(measure), ENCAT_MEMBER(measure_at));
  }
};
inline constexpr LenientFields lenient_fields{};

// One year of a `staffing` file.
struct StaffYearFields {
  template <typename Visit>
  void operator()(Visit&& visit) const {
    visit(fields::year, ENCAT_MEMBER(year), ENCAT_MEMBER(year_at));
    visit(fields::total, ENCAT_MEMBER(total), ENCAT_MEMBER(total_at));
    visit(fields::frontline, ENCAT_MEMBER(frontline), ENCAT_MEMBER(frontline_at));
    visit(fields::staff_township, ENCAT_MEMBER(township), ENCAT_MEMBER(township_at));
  }
};
inline constexpr StaffYearFields staff_year_fields{};

// A case-counts file's `counts` is a mapping from code to years; its key and
// value positions are CaseCounts::code_at and by_year_at. A registry's
// `regions` is a mapping from region code to name (Region::code_at, name_at).

}  // namespace encat::model
