// The object keywords: properties, patternProperties, additionalProperties,
// propertyNames, required, dependencies, minProperties, maxProperties.
#include <algorithm>

#include "schema/messages.h"
#include "schema/validator.h"
#include "util/suggest.h"

namespace encat::schema {

bool Validator::check_object(const Subschema& s, const Instance& in, Sink* sink) const {
  const yaml::Node node = in.node;
  const size_t pairs = node.size();
  bool ok = true;
  const auto fail = [&]() {
    ok = false;
    return sink != nullptr;
  };
  std::uint64_t seen = 0;                          // slots below 64 found among the keys
  std::vector<std::pair<size_t, size_t>> unknown;  // (pair, its error), reporting pass only
  for (size_t i = 0; i < pairs; ++i) {
    const yaml::Node key = node.key(i);
    if (!key.is_scalar()) {
      if (!fail()) return false;
      report(*sink, Problem::Other, Instance{key}, messages::key_not_scalar(key));
      continue;
    }
    const std::string_view name = key.text();
    const yaml::Node value = node.value(i);
    Step step;
    step.key = name;
    bool matched = false;
    const int slot = s.names.empty() ? -1 : s.slot_of(name);
    if (slot >= 0) {
      if (slot < 64) seen |= std::uint64_t{1} << slot;
      if (const int property = s.names[static_cast<size_t>(slot)].schema; property >= 0) {
        matched = true;
        step.property = property;
        if (!check_value(property, key, value, step, sink, false) && !fail()) return false;
        step.property = -1;
      }
    }
    for (const PatternProperty& pattern : s.pattern_properties) {
      if (!m_schema.regex(pattern.regex).search(name)) continue;
      matched = true;
      if (!check_value(pattern.schema, key, value, step, sink, false) && !fail()) return false;
    }
    if (!matched && s.additional_properties >= 0) {
      const size_t before = sink ? sink->errors.size() : 0;
      if (!check_value(s.additional_properties, key, value, step, sink, true) && !fail()) return false;
      if (sink && sink->errors.size() > before && sink->errors[before].problem == Problem::Unknown)
        unknown.emplace_back(i, before);
    }
    if (s.property_names >= 0 && !check(s.property_names, Instance{key, true}, sink) && !fail()) return false;
  }
  const auto present = [&](std::uint32_t slot) {
    if (slot < 64) return (seen >> slot & 1) != 0;
    return bool(node.get_key(s.names[slot].name));
  };
  // A missing field that an unknown key is probably a typo of is one
  // problem, reported once: at the key, with "did you mean".
  std::vector<std::uint32_t> explained;
  for (const auto& [pair, error] : unknown) {
    const int slot = closest_property(s, node.key(pair).text());
    if (slot < 0) continue;
    const auto found = static_cast<std::uint32_t>(slot);
    sink->errors[error].notes.push_back(messages::did_you_mean(s.names[found].name));
    if (!present(found)) explained.push_back(found);
  }
  for (std::uint32_t slot : s.required) {
    if (present(slot)) continue;
    if (!fail()) return false;
    if (std::find(explained.begin(), explained.end(), slot) != explained.end()) continue;
    const std::string& field = s.names[slot].name;
    Error& error = report(*sink, Problem::Missing, in, messages::missing_field(field));
    error.field = field;
    if (const int property = s.names[slot].schema; property >= 0) {
      const std::string_view title = m_schema.title_of(property);
      if (!title.empty() && title != field) error.notes.push_back(messages::field_title(field, title));
    }
  }
  for (const Dependency& dependency : s.dependencies) {
    if (!present(dependency.trigger)) continue;
    for (std::uint32_t slot : dependency.required) {
      if (present(slot)) continue;
      if (!fail()) return false;
      report(*sink, Problem::Missing, in,
             messages::missing_dependency(s.names[dependency.trigger].name, s.names[slot].name))
          .field = s.names[slot].name;
    }
    if (dependency.schema >= 0 && !check(dependency.schema, in, sink) && !fail()) return false;
  }
  if (pairs < s.min_properties) {
    if (!fail()) return false;
    report(*sink, Problem::Other, in, messages::too_few_fields(s.min_properties, pairs));
  }
  if (pairs > s.max_properties) {
    if (!fail()) return false;
    report(*sink, Problem::Other, in, messages::too_many_fields(s.max_properties, pairs));
  }
  return ok;
}

// A property's value; a `false` schema for it is reported at the key.
bool Validator::check_value(int index, yaml::Node key, yaml::Node value, const Step& step, Sink* sink,
                            bool additional) const {
  if (!sink) return check(index, Instance{value}, nullptr);
  if (check(index, Instance{value}, nullptr)) return true;
  if (m_schema.sub(index).kind == Subschema::Kind::False) {
    const std::string_view name = key.text();
    if (additional)
      report(*sink, Problem::Unknown, Instance{key}, messages::unknown_field(name)).field = std::string(name);
    else
      report(*sink, Problem::Other, Instance{key}, messages::field_not_allowed(name)).field = std::string(name);
    return false;
  }
  return check_part(index, Instance{value}, step, sink);
}

// The slot of the declared property `name` is most likely a typo of, or -1.
int Validator::closest_property(const Subschema& s, std::string_view name) {
  int best = -1;
  size_t best_distance = 0;
  for (std::uint32_t slot : s.properties) {
    const std::string& candidate = s.names[slot].name;
    const size_t distance = edit_distance(name, candidate);
    if (distance <= typo_limit(candidate) && (best < 0 || distance < best_distance)) {
      best = static_cast<int>(slot);
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace encat::schema
