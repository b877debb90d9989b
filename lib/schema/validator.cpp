#include "schema/validator.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "schema/messages.h"
#include "schema/uri.h"
#include "util/utf8.h"

namespace encat::schema {
namespace {

bool type_matches(std::uint8_t types, const Instance& in) {
  if (in.is_key) return types & StringBit;
  switch (in.node.type()) {
    case yaml::Type::Null:
      return types & NullBit;
    case yaml::Type::Bool:
      return types & BoolBit;
    case yaml::Type::Integer:
      return types & (IntegerBit | NumberBit);
    case yaml::Type::Number:
      return (types & NumberBit) || ((types & IntegerBit) && is_integral(in.node));
    case yaml::Type::String:
      return types & StringBit;
    case yaml::Type::Sequence:
      return types & ArrayBit;
    case yaml::Type::Mapping:
      return types & ObjectBit;
  }
  return false;
}

bool is_multiple(double value, double factor) {
  if (!std::isfinite(value)) return false;
  const double quotient = value / factor;
  if (!std::isfinite(quotient)) return false;
  return std::fabs(quotient - std::nearbyint(quotient)) <= 1e-9 * std::max(1.0, std::fabs(quotient));
}

// Length in code points, decided from the byte length when it can be.
bool length_at_least(std::string_view text, size_t minimum) {
  if (text.size() < minimum) return false;
  if (text.size() / 4 >= minimum) return true;
  return count_code_points(text) >= minimum;
}

bool length_at_most(std::string_view text, size_t maximum) {
  if (text.size() <= maximum) return true;
  return count_code_points(text) <= maximum;
}

}  // namespace

std::string pointer_of(const std::vector<Step>& path, size_t length) {
  std::string out;
  for (size_t i = 0; i < length; ++i) {
    out += '/';
    if (path[i].is_index)
      out += std::to_string(path[i].index);
    else
      out += escape_pointer_token(path[i].key);
  }
  return out;
}

// True when `in` matches subschema `index`; with a sink, also says why not.
bool Validator::check(int index, const Instance& in, Sink* sink) const {
  const Subschema& s = m_schema.sub(index);
  if (s.kind == Subschema::Kind::True) return true;
  if (s.kind == Subschema::Kind::False) {
    if (sink) report(*sink, Problem::Other, in, messages::nothing_allowed());
    return false;
  }
  if (s.ref >= 0) return check(s.ref, in, sink);

  // A value of the wrong type, or not one of the allowed values, gets that
  // one error and nothing about its parts.
  if (s.types && !type_matches(s.types, in)) {
    if (sink) {
      Error& error = report(*sink, Problem::Type, in, messages::wrong_type(s.types, in));
      error.expected_types = s.types;
      error.notes = messages::wrong_type_notes(s.types, in);
      add_title(*sink, error);
    }
    return false;
  }
  if (s.has_const && !json_equal(in, s.const_value)) {
    if (sink) report_value(*sink, in, {&s.const_value});
    return false;
  }
  if (s.has_enum && !in_enum(s, in)) {
    if (sink) {
      std::vector<const Value*> allowed;
      for (const Value& value : s.enum_values) allowed.push_back(&value);
      report_value(*sink, in, std::move(allowed));
    }
    return false;
  }

  bool ok = true;
  switch (in.json_type()) {
    case JsonType::Number:
      if (s.number_keywords) ok = check_number(s, in, sink);
      break;
    case JsonType::String:
      if (s.string_keywords) ok = check_string(s, in, sink);
      break;
    case JsonType::Array:
      if (s.array_keywords) ok = check_array(s, in, sink);
      break;
    case JsonType::Object:
      if (s.object_keywords) ok = check_object(s, in, sink);
      break;
    default:
      break;
  }
  if (!ok && !sink) return false;
  if (s.combinations) ok = check_combinations(s, in, sink) && ok;
  return ok;
}

bool Validator::in_enum(const Subschema& s, const Instance& in) {
  for (const Value& value : s.enum_values)
    if (json_equal(in, value)) return true;
  return false;
}

// Checks a part of the value (an item, a property's value) as one more step.
bool Validator::check_part(int index, const Instance& in, const Step& step, Sink* sink) const {
  if (!sink) return check(index, in, nullptr);
  if (check(index, in, nullptr)) return true;
  sink->path.push_back(step);
  check(index, in, sink);
  sink->path.pop_back();
  return false;
}

Error& Validator::report(Sink& sink, Problem problem, const Instance& where, Text description) const {
  sink.errors.push_back({problem,
                         where,
                         pointer_of(sink.path, sink.path.size()),
                         sink.path.size(),
                         std::move(description),
                         {},
                         0,
                         {},
                         {}});
  return sink.errors.back();
}

// Error at a given step below the current path (an item, a key's value).
Error& Validator::report_below(Sink& sink, Problem problem, const Instance& where, const Step& step,
                               Text description) const {
  sink.path.push_back(step);
  Error& error = report(sink, problem, where, std::move(description));
  sink.path.pop_back();
  return error;
}

void Validator::report_value(Sink& sink, const Instance& in, std::vector<const Value*> allowed) const {
  Error& error = report(sink, Problem::Value, in, messages::not_in_enum(allowed, in));
  error.allowed = std::move(allowed);
  add_title(sink, error);
}

// "`scope` 为 划转范围" when the value is a property whose schema has a title.
void Validator::add_title(const Sink& sink, Error& error) const {
  if (sink.path.empty() || error.where.is_key) return;
  const Step& last = sink.path.back();
  if (last.is_index || last.property < 0) return;
  const std::string_view title = m_schema.title_of(last.property);
  if (!title.empty() && title != last.key) error.notes.push_back(messages::field_title(last.key, title));
}

bool Validator::check_number(const Subschema& s, const Instance& in, Sink* sink) const {
  const std::optional<double> value = number_value(in.node);
  if (!value) return true;
  bool ok = true;
  const auto bound = [&](bool fails, messages::Bound kind, double limit) {
    if (!fails) return;
    ok = false;
    if (sink) add_title(*sink, report(*sink, Problem::Other, in, messages::out_of_bound(kind, limit, in)));
  };
  if (s.minimum) bound(*value < *s.minimum, messages::Bound::Minimum, *s.minimum);
  if (s.exclusive_minimum)
    bound(*value <= *s.exclusive_minimum, messages::Bound::ExclusiveMinimum, *s.exclusive_minimum);
  if (s.maximum) bound(*value > *s.maximum, messages::Bound::Maximum, *s.maximum);
  if (s.exclusive_maximum)
    bound(*value >= *s.exclusive_maximum, messages::Bound::ExclusiveMaximum, *s.exclusive_maximum);
  if (s.multiple_of && !is_multiple(*value, *s.multiple_of)) {
    ok = false;
    if (sink) add_title(*sink, report(*sink, Problem::Other, in, messages::not_multiple(*s.multiple_of, in)));
  }
  return ok;
}

bool Validator::check_string(const Subschema& s, const Instance& in, Sink* sink) const {
  const std::string_view text = in.text();
  bool ok = true;
  if (s.min_length > 0 && !length_at_least(text, s.min_length)) {
    if (!sink) return false;
    ok = false;
    add_title(*sink, report(*sink, Problem::Other, in, messages::too_short(s.min_length, count_code_points(text), in)));
  }
  if (s.max_length != kNoLimit && !length_at_most(text, s.max_length)) {
    if (!sink) return false;
    ok = false;
    add_title(*sink, report(*sink, Problem::Other, in, messages::too_long(s.max_length, count_code_points(text), in)));
  }
  if (s.pattern >= 0 && !m_schema.regex(s.pattern).search(text)) {
    if (!sink) return false;
    ok = false;
    add_title(*sink, report(*sink, Problem::Other, in, messages::no_match(m_schema.regex(s.pattern).pattern(), in)));
  }
  return ok;
}

bool Validator::check_array(const Subschema& s, const Instance& in, Sink* sink) const {
  const yaml::Node node = in.node;
  const size_t n = node.size();
  bool ok = true;
  const auto fail = [&]() {
    ok = false;
    return sink != nullptr;  // keep going only when reporting
  };
  if (n < s.min_items) {
    if (!fail()) return false;
    add_title(*sink, report(*sink, Problem::Other, in, messages::too_few_items(s.min_items, n)));
  }
  if (n > s.max_items) {
    if (!fail()) return false;
    add_title(*sink, report(*sink, Problem::Other, in, messages::too_many_items(s.max_items, n)));
  }
  if (s.has_item_list) {
    const size_t listed = std::min(n, s.item_list.size());
    for (size_t i = 0; i < listed; ++i)
      if (!check_part(s.item_list[i], Instance{node[i]}, Step::at(i), sink) && !fail()) return false;
    if (s.additional_items >= 0 && n > s.item_list.size()) {
      if (m_schema.sub(s.additional_items).kind == Subschema::Kind::False) {
        // One error at the first item too many, not one per item.
        if (!fail()) return false;
        const size_t first = s.item_list.size();
        report_below(*sink, Problem::Other, Instance{node[first]}, Step::at(first), messages::extra_item(first));
      } else {
        for (size_t i = s.item_list.size(); i < n; ++i)
          if (!check_part(s.additional_items, Instance{node[i]}, Step::at(i), sink) && !fail()) return false;
      }
    }
  } else if (s.items >= 0) {
    for (size_t i = 0; i < n; ++i)
      if (!check_part(s.items, Instance{node[i]}, Step::at(i), sink) && !fail()) return false;
  }
  if (s.contains >= 0) {
    bool found = false;
    for (size_t i = 0; i < n && !found; ++i) found = check(s.contains, Instance{node[i]}, nullptr);
    if (!found) {
      if (!fail()) return false;
      add_title(*sink, report(*sink, Problem::Other, in, messages::no_item_contained()));
    }
  }
  if (s.unique_items && n > 1) {
    const auto [first, repeat] = find_duplicate(node);
    if (repeat) {
      if (!fail()) return false;
      sink->path.push_back(Step::at(first));
      const std::string first_pointer = pointer_of(sink->path, sink->path.size());
      sink->path.back() = Step::at(repeat);
      report(*sink, Problem::Other, Instance{node[repeat]}, messages::duplicate_item(first_pointer));
      sink->path.pop_back();
    }
  }
  return ok;
}

// The first item that equals an earlier one: (earlier, repeat); repeat 0 = none.
std::pair<size_t, size_t> Validator::find_duplicate(yaml::Node node) {
  const size_t n = node.size();
  if (n <= 16) {
    for (size_t j = 1; j < n; ++j)
      for (size_t i = 0; i < j; ++i)
        if (json_equal(node[i], node[j])) return {i, j};
    return {0, 0};
  }
  // Longer lists: sort by hash, compare only items whose hashes are equal.
  using Hashed = std::pair<std::uint64_t, size_t>;
  std::array<Hashed, 256> local;
  std::vector<Hashed> heap;
  Hashed* hashes = local.data();
  if (n > local.size()) {
    heap.resize(n);
    hashes = heap.data();
  }
  for (size_t i = 0; i < n; ++i) hashes[i] = {json_hash(node[i]), i};
  std::sort(hashes, hashes + n);
  std::pair<size_t, size_t> best{0, 0};
  for (size_t a = 0; a < n; ++a)
    for (size_t b = a + 1; b < n && hashes[b].first == hashes[a].first; ++b) {
      const size_t i = std::min(hashes[a].second, hashes[b].second);
      const size_t j = std::max(hashes[a].second, hashes[b].second);
      if ((best.second == 0 || j < best.second) && json_equal(node[i], node[j])) best = {i, j};
    }
  return best;
}

}  // namespace encat::schema
