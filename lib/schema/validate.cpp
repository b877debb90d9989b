// validate() and is_valid(): the fast pass, then, for an invalid node, the
// reporting pass and the tidying of its errors into findings.
#include <algorithm>

#include "schema/messages.h"
#include "schema/validator.h"

namespace encat::schema {
namespace {

bool below(std::string_view pointer, std::string_view parent) {
  return pointer.size() > parent.size() && pointer.substr(0, parent.size()) == parent && pointer[parent.size()] == '/';
}

// One error per problem, in document order.
std::vector<Error> tidy(std::vector<Error> errors) {
  std::vector<Error> kept;
  for (Error& error : errors) {
    const bool redundant = std::any_of(kept.begin(), kept.end(), [&](const Error& other) {
      if (other.pointer == error.pointer && other.where.node == error.where.node &&
          other.where.is_key == error.where.is_key && other.description.en == error.description.en)
        return true;  // the same error reached twice (e.g. through allOf)
      const bool whole = (other.problem == Problem::Type || other.problem == Problem::Value) && !other.where.is_key;
      return whole && (error.pointer == other.pointer || below(error.pointer, other.pointer));
    });
    if (redundant) continue;
    const bool whole = (error.problem == Problem::Type || error.problem == Problem::Value) && !error.where.is_key;
    if (whole)  // it silences what was said about the value before it
      kept.erase(std::remove_if(kept.begin(), kept.end(),
                                [&](const Error& other) {
                                  return other.pointer == error.pointer || below(other.pointer, error.pointer);
                                }),
                 kept.end());
    kept.push_back(std::move(error));
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Error& a, const Error& b) {
    return std::make_pair(a.where.node.line(), a.where.node.column()) <
           std::make_pair(b.where.node.line(), b.where.node.column());
  });
  return kept;
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