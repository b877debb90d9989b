// The texts of E004 findings, in Chinese and English: one function per kind
// of problem, so the wording lives in one place. Only called on failure.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diag/finding.h"
#include "schema/json_value.h"

namespace encat::schema::messages {

// "`/matters/3`: <description>"; the description alone for the root.
Text at(std::string_view pointer, const Text& description);

Text wrong_type(std::uint8_t expected, const Instance& found);  // expected: TypeBit set
std::vector<Note> wrong_type_notes(std::uint8_t expected, const Instance& found);
Text not_const(const Value& expected, const Instance& found);
Text not_in_enum(const std::vector<const Value*>& allowed, const Instance& found);

Text missing_field(std::string_view field);
Text unknown_field(std::string_view field);
Text field_not_allowed(std::string_view field);
Text key_not_scalar(yaml::Node key);
Text missing_dependency(std::string_view trigger, std::string_view field);
Text too_few_fields(size_t minimum, size_t actual);
Text too_many_fields(size_t maximum, size_t actual);
Note did_you_mean(std::string_view field);
Note field_title(std::string_view field, std::string_view title);

Text too_short(size_t minimum, size_t actual, const Instance& found);
Text too_long(size_t maximum, size_t actual, const Instance& found);
Text no_match(std::string_view pattern, const Instance& found);

enum class Bound { Minimum, ExclusiveMinimum, Maximum, ExclusiveMaximum };
Text out_of_bound(Bound bound, double limit, const Instance& found);
Text not_multiple(double factor, const Instance& found);

Text too_few_items(size_t minimum, size_t actual);
Text too_many_items(size_t maximum, size_t actual);
Text extra_item(size_t maximum);
Text duplicate_item(std::string_view first_pointer);
Text no_item_contained();

Text nothing_allowed();
Text does_not_match();  // when nothing more precise can be said
Text matches_not();
Text matches_several(size_t first, size_t second);  // 0-based branch indices

}  // namespace encat::schema::messages
