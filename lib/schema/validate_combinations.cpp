// allOf, anyOf, oneOf, not, if/then/else.
#include <algorithm>
#include <tuple>

#include "schema/messages.h"
#include "schema/validator.h"

namespace encat::schema {

bool Validator::check_combinations(const Subschema& s, const Instance& in, Sink* sink) const {
  bool ok = true;
  const auto fail = [&]() {
    ok = false;
    return sink != nullptr;
  };
  for (int branch : s.all_of)
    if (!check(branch, in, sink) && !fail()) return false;
  if (!s.any_of.empty()) {
    const bool any =
        std::any_of(s.any_of.begin(), s.any_of.end(), [&](int branch) { return check(branch, in, nullptr); });
    if (!any) {
      if (!fail()) return false;
      report_closest(s.any_of, in, *sink);
    }
  }
  if (!s.one_of.empty()) {
    size_t matches = 0, first = 0, second = 0;
    for (size_t i = 0; i < s.one_of.size() && matches < 2; ++i) {
      if (!check(s.one_of[i], in, nullptr)) continue;
      (matches == 0 ? first : second) = i;
      ++matches;
    }
    if (matches != 1) {
      if (!fail()) return false;
      if (matches == 0)
        report_closest(s.one_of, in, *sink);
      else
        report(*sink, Problem::Other, in, messages::matches_several(first, second));
    }
  }
  if (s.not_schema >= 0 && check(s.not_schema, in, nullptr)) {
    if (!fail()) return false;
    report(*sink, Problem::Other, in, messages::matches_not());
  }
  if (s.if_schema >= 0) {
    const int next = check(s.if_schema, in, nullptr) ? s.then_schema : s.else_schema;
    if (next >= 0 && !check(next, in, sink) && !fail()) return false;
  }
  return ok;
}

// None of the alternatives matched: report the one that came closest (its
// errors deepest, then fewest, a wrong type at the value itself last), or,
// when each failed only on the type or value, one error naming them all.
void Validator::report_closest(const std::vector<int>& branches, const Instance& in, Sink& sink) const {
  const size_t here = sink.path.size();
  std::vector<std::vector<Error>> results;
  for (int branch : branches) {
    Sink attempt{sink.path, {}};
    check(branch, in, &attempt);
    if (!attempt.errors.empty()) results.push_back(std::move(attempt.errors));
  }
  if (results.empty()) return;
  const auto single = [&](Problem problem) {
    return std::all_of(results.begin(), results.end(), [&](const std::vector<Error>& errors) {
      return errors.size() == 1 && errors[0].problem == problem && errors[0].depth == here && !errors[0].where.is_key;
    });
  };
  if (single(Problem::Type)) {
    std::uint8_t expected = 0;
    for (const auto& errors : results) expected |= errors[0].expected_types;
    Error& error = report(sink, Problem::Type, in, messages::wrong_type(expected, in));
    error.expected_types = expected;
    error.notes = messages::wrong_type_notes(expected, in);
    add_title(sink, error);
    return;
  }
  if (single(Problem::Value)) {
    std::vector<const Value*> allowed;
    for (const auto& errors : results)
      for (const Value* value : errors[0].allowed)
        if (std::none_of(allowed.begin(), allowed.end(),
                         [&](const Value* v) { return v->to_json() == value->to_json(); }))
          allowed.push_back(value);
    report_value(sink, in, std::move(allowed));
    return;
  }
  const auto rank = [&](const std::vector<Error>& errors) {
    bool wrong_type = false;
    size_t deepest = 0;
    for (const Error& error : errors) {
      wrong_type = wrong_type || (error.problem == Problem::Type && error.depth == here && !error.where.is_key);
      deepest = std::max(deepest, error.depth);
    }
    return std::make_tuple(wrong_type, -static_cast<long>(deepest), errors.size());
  };
  size_t best = 0;
  for (size_t i = 1; i < results.size(); ++i)
    if (rank(results[i]) < rank(results[best])) best = i;
  for (Error& error : results[best]) sink.errors.push_back(std::move(error));
}

}  // namespace encat::schema
