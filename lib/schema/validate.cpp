// validate() and is_valid(): the fast pass, then, for an invalid node, the
// reporting pass and the tidying of its errors into findings.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string_view>

#include "schema/messages.h"
#include "schema/validator.h"

namespace encat::schema {
namespace {

// An error about the value as a whole (its type, or a value not allowed):
// it makes whatever else is said about that value, or below it, redundant.
bool is_whole(const Error& error) {
  return (error.problem == Problem::Type || error.problem == Problem::Value) && !error.where.is_key;
}

// One error per problem, in document order. An error is dropped when the same
// one was kept already (reached twice, e.g. through allOf) or when a whole
// error was kept at its pointer or above; a whole error drops what was kept
// at its pointer or below. Indexed by pointer, so a file with very many
// errors costs O(E log E), never E².
std::vector<Error> tidy(std::vector<Error> errors) {
  std::vector<std::optional<Error>> kept;                          // in arrival order; dropped ones empty
  std::map<std::string, std::vector<size_t>, std::less<>> kept_at;  // pointer → indices into `kept`
  std::set<std::string, std::less<>> whole_at;                      // pointers of the whole errors kept
  // Whether a whole error was kept at `pointer` or at a pointer above it
  // ("/a/b": "/a/b", "/a", ""). One dropped since was dropped by a whole
  // error at or above it, which covers the same pointers.
  auto covered = [&](std::string_view pointer) {
    for (;;) {
      if (whole_at.count(pointer)) return true;
      if (pointer.empty()) return false;
      const size_t slash = pointer.rfind('/');
      pointer = pointer.substr(0, slash == std::string_view::npos ? 0 : slash);
    }
  };
  auto drop = [&](auto it) {
    for (size_t i : it->second) kept[i].reset();
    return kept_at.erase(it);
  };
  for (Error& error : errors) {
    const auto same = kept_at.find(error.pointer);
    if (same != kept_at.end() && std::any_of(same->second.begin(), same->second.end(), [&](size_t i) {
          const Error& other = *kept[i];
          return other.where.node == error.where.node && other.where.is_key == error.where.is_key &&
                 other.description.en == error.description.en;
        }))
      continue;
    if (covered(error.pointer)) continue;
    if (is_whole(error)) {  // it silences what was said about the value before it
      if (same != kept_at.end()) drop(same);
      const std::string prefix = error.pointer + "/";
      for (auto it = kept_at.lower_bound(prefix); it != kept_at.end() && it->first.compare(0, prefix.size(), prefix) == 0;)
        it = drop(it);
      whole_at.insert(error.pointer);
    }
    kept_at[error.pointer].push_back(kept.size());
    kept.push_back(std::move(error));
  }
  std::vector<Error> out;
  for (std::optional<Error>& error : kept)
    if (error) out.push_back(std::move(*error));
  std::stable_sort(out.begin(), out.end(), [](const Error& a, const Error& b) {
    return std::make_pair(a.where.node.line(), a.where.node.column()) <
           std::make_pair(b.where.node.line(), b.where.node.column());
  });
  return out;
}

}  // namespace

std::string item_field(yaml::Node root, std::string_view pointer, std::string_view list, std::string_view field) {
  // "/<list>/<index>" followed by nothing or "/…"
  if (pointer.size() < list.size() + 3 || pointer[0] != '/' || pointer.substr(1, list.size()) != list ||
      pointer[list.size() + 1] != '/')
    return {};
  const size_t start = list.size() + 2;
  size_t index = 0;
  size_t i = start;
  for (; i < pointer.size() && pointer[i] >= '0' && pointer[i] <= '9' && i < start + 9; ++i)
    index = index * 10 + static_cast<size_t>(pointer[i] - '0');
  if (i == start || (i < pointer.size() && pointer[i] != '/')) return {};
  const yaml::Node items = root.get(list);
  if (!items.is_sequence() || index >= items.size()) return {};
  const yaml::Node value = items[index].get(field);
  return value.is_scalar() ? std::string(value.text()) : std::string();
}

bool is_valid(const Schema& schema, yaml::Node node) {
  return Validator(schema).check(schema.impl().root, Instance{node}, nullptr);
}

void validate(const Schema& schema, yaml::Node node, std::vector<Finding>& out, const SubjectOf& subject_of) {
  const Validator validator(schema);
  const int root = schema.impl().root;
  if (validator.check(root, Instance{node}, nullptr)) return;
  std::vector<Step> path;
  Sink sink{path, {}};
  validator.check(root, Instance{node}, &sink);
  if (sink.errors.empty())  // never expected: the reporting pass explains every failure
    sink.errors.push_back({Problem::Other, Instance{node}, "", 0, messages::does_not_match(), {}, 0, {}, {}});
  for (Error& error : tidy(std::move(sink.errors))) {
    Finding finding = make_finding(Code::E004, error.where.node.location(),
                                   messages::at(error.pointer, error.description),
                                   subject_of ? subject_of(node, error.pointer) : std::string());
    finding.notes = std::move(error.notes);
    out.push_back(std::move(finding));
  }
}

}  // namespace encat::schema