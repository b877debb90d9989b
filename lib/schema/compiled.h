// The compiled form of a schema: a flat list of subschemas that refer to each
// other by index. Internal to lib/schema.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schema/json_value.h"
#include "schema/schema.h"
#include "util/regex.h"

namespace encat::schema {

// `type` as a bit set.
enum TypeBit : std::uint8_t {
  NullBit = 1,
  BoolBit = 2,
  IntegerBit = 4,
  NumberBit = 8,
  StringBit = 16,
  ArrayBit = 32,
  ObjectBit = 64,
};

constexpr size_t kNoLimit = std::numeric_limits<size_t>::max();

// A property name some object keyword mentions (properties, required,
// dependencies); a mapping's keys are looked up among them once.
struct PropertyName {
  std::string name;
  int schema = -1;  // its `properties` schema, or -1
};

struct PatternProperty {
  int regex;
  int schema;
};

struct Dependency {
  std::uint32_t trigger;                // slot of the property that triggers it
  std::vector<std::uint32_t> required;  // slots of the properties it then requires
  int schema = -1;                      // or the schema the object must then match
};

struct Subschema {
  enum class Kind : std::uint8_t { True, False, Keywords } kind = Kind::Keywords;
  int ref = -1;  // `$ref`: everything else but the annotations is ignored

  std::uint8_t types = 0;  // TypeBit set; 0 = any type
  bool has_const = false;
  Value const_value;
  bool has_enum = false;
  std::vector<Value> enum_values;

  // numbers
  std::optional<double> minimum, maximum, exclusive_minimum, exclusive_maximum, multiple_of;
  // strings (lengths in code points)
  size_t min_length = 0, max_length = kNoLimit;
  int pattern = -1;  // index of a regex
  // arrays
  int items = -1;              // `items` as one schema
  bool has_item_list = false;  // `items` as an array of schemas
  std::vector<int> item_list;
  int additional_items = -1;
  int contains = -1;
  size_t min_items = 0, max_items = kNoLimit;
  bool unique_items = false;
  // objects
  std::vector<PropertyName> names;        // sorted by name; the index is a name's slot
  std::vector<std::uint32_t> properties;  // slots of `properties`, in schema order
  std::vector<std::uint32_t> required;    // slots, in schema order
  std::vector<PatternProperty> pattern_properties;
  int additional_properties = -1;
  int property_names = -1;
  size_t min_properties = 0, max_properties = kNoLimit;
  std::vector<Dependency> dependencies;
  // combinations
  std::vector<int> all_of, any_of, one_of;
  int not_schema = -1, if_schema = -1, then_schema = -1, else_schema = -1;

  // Which groups of keywords are present (to skip the rest quickly).
  bool number_keywords = false, string_keywords = false, array_keywords = false, object_keywords = false,
       combinations = false;

  std::string title;     // for messages
  std::string location;  // where it is in its document, e.g. "#/definitions/matter"

  // The slot of `name`, or -1.
  int slot_of(std::string_view name) const;
};

struct Schema::Impl {
  std::vector<Subschema> subs;
  std::vector<Regex> regexes;
  int root = 0;

  const Subschema& sub(int index) const { return subs[static_cast<size_t>(index)]; }
  const Regex& regex(int index) const { return regexes[static_cast<size_t>(index)]; }
  // The title of a subschema, or of what its `$ref` points at.
  std::string_view title_of(int index) const;
};

}  // namespace encat::schema
