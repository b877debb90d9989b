// The validator behind validate(), in two passes: a fast pass that only
// answers valid/invalid and allocates nothing, and, for an invalid node only,
// a reporting pass that walks the failing branches again to say what is wrong
// and where. Internal to lib/schema.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/finding.h"
#include "schema/compiled.h"

namespace encat::schema {

// One step of the path from the validated node to the current one.
struct Step {
  std::string_view key;  // a mapping key, or
  size_t index = 0;      // a sequence index
  bool is_index = false;
  int property = -1;  // the `properties` schema applied to the value, for its title

  static Step at(size_t index) {
    Step step;
    step.index = index;
    step.is_index = true;
    return step;
  }
};

// What kind of error: the ones that say the whole value is wrong (Type,
// Value) silence everything else about that value.
enum class Problem : std::uint8_t { Type, Value, Missing, Unknown, Other };

struct Error {
  Problem problem;
  Instance where;
  std::string pointer;
  size_t depth;  // steps in the path
  Text description;
  std::vector<Note> notes;
  std::uint8_t expected_types = 0;    // Problem::Type
  std::vector<const Value*> allowed;  // Problem::Value
  std::string field;                  // Problem::Missing, Problem::Unknown
};

// Where the reporting pass collects errors; null in the fast pass.
struct Sink {
  std::vector<Step>& path;
  std::vector<Error> errors;
};

// The JSON pointer of the first `length` steps.
std::string pointer_of(const std::vector<Step>& path, size_t length);

class Validator {
 public:
  explicit Validator(const Schema& schema) : m_schema(schema.impl()) {}

  // True when `in` matches subschema `index`; with a sink, also says why not.
  bool check(int index, const Instance& in, Sink* sink) const;

 private:
  // validator.cpp
  static bool in_enum(const Subschema& s, const Instance& in);
  bool check_part(int index, const Instance& in, const Step& step, Sink* sink) const;
  Error& report(Sink& sink, Problem problem, const Instance& where, Text description) const;
  Error& report_below(Sink& sink, Problem problem, const Instance& where, const Step& step, Text description) const;
  void report_value(Sink& sink, const Instance& in, std::vector<const Value*> allowed) const;
  void add_title(const Sink& sink, Error& error) const;
  bool check_number(const Subschema& s, const Instance& in, Sink* sink) const;
  bool check_string(const Subschema& s, const Instance& in, Sink* sink) const;
  bool check_array(const Subschema& s, const Instance& in, Sink* sink) const;
  static std::pair<size_t, size_t> find_duplicate(yaml::Node node);
  // validate_objects.cpp
  bool check_object(const Subschema& s, const Instance& in, Sink* sink) const;
  bool check_value(int index, yaml::Node key, yaml::Node value, const Step& step, Sink* sink, bool additional) const;
  static int closest_property(const Subschema& s, std::string_view name);
  // validate_combinations.cpp
  bool check_combinations(const Subschema& s, const Instance& in, Sink* sink) const;
  void report_closest(const std::vector<int>& branches, const Instance& in, Sink& sink) const;

  const Schema::Impl& m_schema;
};

}  // namespace encat::schema
