#include "schema/messages.h"

#include "schema/compiled.h"
#include "util/utf8.h"

namespace encat::schema::messages {
namespace {

constexpr size_t kShownCodePoints = 40;  // longer values are cut in messages
constexpr size_t kShownValues = 10;      // longer `enum` lists are cut

// `text`, cut to a readable length.
std::string quoted(std::string_view text) {
  size_t bytes = 0;
  size_t points = 0;
  while (bytes < text.size() && points < kShownCodePoints) {
    size_t length = 1;
    decode_code_point(text.substr(bytes), length);
    bytes += length;
    ++points;
  }
  return fmt::format("`{}{}`", text.substr(0, bytes), bytes < text.size() ? "…" : "");
}

// "a, b or c" / "a、b或c"
Text join_alternatives(const std::vector<Text>& parts) {
  Text out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      const bool last = i + 1 == parts.size();
      out.en += last ? " or " : ", ";
      out.zh += last ? "或" : "、";
    }
    out.en += parts[i].en;
    out.zh += parts[i].zh;
  }
  return out;
}

// How a found value is named: its text for scalars, its kind for the rest.
Text shown(const Instance& found) {
  if (found.is_key) {
    const std::string name = quoted(found.text());
    return {"字段名 " + name, "field name " + name};
  }
  switch (found.node.type()) {
    case yaml::Type::Null:
      return {"空值", "null"};
    case yaml::Type::Sequence:
    case yaml::Type::Mapping:
      return yaml::type_phrase(found.node.type());
    case yaml::Type::String:
      if (found.text().empty()) return {"空字符串", "an empty string"};
      [[fallthrough]];
    default: {
      const std::string text = quoted(found.text());
      return {text, text};
    }
  }
}

std::string shown(const Value& value) {
  if (value.type == JsonType::String || value.type == JsonType::Number) return quoted(value.text);
  return quoted(value.to_json());
}

std::string number_text(double value) { return fmt::format("{}", value); }

// For problems that do not name the value: "field name `x`: " before a key's.
Text about(const Instance& found, Text description) {
  if (!found.is_key) return description;
  const std::string name = quoted(found.text());
  return {fmt::format("字段名 {}：{}", name, description.zh), fmt::format("field name {}: {}", name, description.en)};
}

std::string_view plural(size_t n, std::string_view one, std::string_view many) { return n == 1 ? one : many; }

}  // namespace

Text at(std::string_view pointer, const Text& description) {
  if (pointer.empty()) return description;
  return {fmt::format("`{}`：{}", pointer, description.zh), fmt::format("`{}`: {}", pointer, description.en)};
}

Text wrong_type(std::uint8_t expected, const Instance& found) {
  static const std::pair<std::uint8_t, yaml::Type> order[] = {
      {StringBit, yaml::Type::String}, {IntegerBit, yaml::Type::Integer}, {NumberBit, yaml::Type::Number},
      {BoolBit, yaml::Type::Bool},     {ArrayBit, yaml::Type::Sequence},  {ObjectBit, yaml::Type::Mapping},
      {NullBit, yaml::Type::Null},
  };
  if (expected & NumberBit) expected &= static_cast<std::uint8_t>(~IntegerBit);  // "a number" covers integers
  std::vector<Text> names;
  for (const auto& [bit, type] : order)
    if (expected & bit) names.push_back(yaml::type_phrase(type));
  const Text wanted = names.empty() ? Text{"无可接受的类型", "nothing"} : join_alternatives(names);
  const Text actual = yaml::type_phrase(found.is_key ? yaml::Type::String : found.node.type());
  return about(found, {fmt::format("应为{}，实为{}", wanted.zh, actual.zh),
                       fmt::format("expected {}, found {}", wanted.en, actual.en)});
}

std::vector<Note> wrong_type_notes(std::uint8_t expected, const Instance& found) {
  std::vector<Note> notes;
  if (found.is_key) return notes;
  const yaml::Node node = found.node;
  const yaml::Type type = node.type();
  const bool plain_non_string =
      node.is_plain() && (type == yaml::Type::Integer || type == yaml::Type::Number || type == yaml::Type::Bool);
  if ((expected & StringBit) && plain_non_string) {
    const std::string code = fmt::format("`\"{}\"`", node.text());
    notes.push_back({{"加引号：" + code, "quote it: " + code}, std::nullopt});
  }
  if (expected == ArrayBit && node.is_scalar() && type != yaml::Type::Null) {
    const std::string list =
        fmt::format("`[{}]`", node.is_plain() ? std::string(node.text()) : "\"" + std::string(node.text()) + "\"");
    notes.push_back({{"写成列表：" + list, "write it as a list: " + list}, std::nullopt});
  }
  if (type == yaml::Type::String && !node.is_plain()) {
    const yaml::Type unquoted = yaml::resolve_plain(node.text());
    const bool helps = (unquoted == yaml::Type::Integer && (expected & (IntegerBit | NumberBit))) ||
                       (unquoted == yaml::Type::Number && (expected & NumberBit)) ||
                       (unquoted == yaml::Type::Bool && (expected & BoolBit));
    if (helps) {
      const std::string code = fmt::format("`{}`", node.text());
      if (node.is_tagged())  // `!!float 1.5`: encat reads no tags, so it is a string
        notes.push_back({{"YAML 标签不起作用，带标签的值都按字符串读取；去掉标签：" + code,
                          "YAML tags are not used: a tagged value is read as a string; remove the tag: " + code},
                         std::nullopt});
      else
        notes.push_back({{"去掉引号：" + code, "remove the quotes: " + code}, std::nullopt});
    }
  }
  return notes;
}

Text not_const(const Value& expected, const Instance& found) {
  const std::string wanted = shown(expected);
  const Text actual = shown(found);
  return {fmt::format("应为 {}，实为 {}", wanted, actual.zh), fmt::format("expected {}, found {}", wanted, actual.en)};
}

Text not_in_enum(const std::vector<const Value*>& allowed, const Instance& found) {
  if (allowed.size() == 1) return not_const(*allowed[0], found);
  const Text actual = shown(found);
  if (allowed.empty()) return {fmt::format("{} 不是允许的值", actual.zh), fmt::format("{} is not allowed", actual.en)};
  std::string zh;
  std::string en;
  for (size_t i = 0; i < allowed.size() && i < kShownValues; ++i) {
    if (i > 0) {
      zh += "、";
      en += ", ";
    }
    zh += shown(*allowed[i]);
    en += shown(*allowed[i]);
  }
  if (allowed.size() > kShownValues) {
    zh += "等";
    en += ", …";
  }
  return {fmt::format("{} 不是允许的值，应为 {} 之一", actual.zh, zh),
          fmt::format("{} is not allowed; expected one of {}", actual.en, en)};
}

Text missing_field(std::string_view field) { return text("缺少必填字段 `{}`", "missing required field `{}`", field); }

Text unknown_field(std::string_view field) { return text("未知字段 `{}`", "unknown field `{}`", field); }

Text field_not_allowed(std::string_view field) { return text("不允许字段 `{}`", "field `{}` is not allowed", field); }

Text key_not_scalar(yaml::Node key) {
  const Text actual = yaml::type_phrase(key.type());
  return {fmt::format("映射的键应为标量，实为{}", actual.zh),
          fmt::format("a mapping key must be a scalar, found {}", actual.en)};
}

Text missing_dependency(std::string_view trigger, std::string_view field) {
  return text("有字段 `{}` 时必须有字段 `{}`", "field `{}` requires field `{}`", trigger, field);
}

Text too_few_fields(size_t minimum, size_t actual) {
  return {fmt::format("应至少有 {} 个字段，实为 {} 个", minimum, actual),
          fmt::format("expected at least {} {}, found {}", minimum, plural(minimum, "field", "fields"), actual)};
}

Text too_many_fields(size_t maximum, size_t actual) {
  return {fmt::format("应至多有 {} 个字段，实为 {} 个", maximum, actual),
          fmt::format("expected at most {} {}, found {}", maximum, plural(maximum, "field", "fields"), actual)};
}

Note did_you_mean(std::string_view field) {
  return {text("是否应为 `{}`？", "did you mean `{}`?", field), std::nullopt};
}

Note field_title(std::string_view field, std::string_view title) {
  return {text("`{}` 为 {}", "`{}` is labelled `{}` in Chinese", field, title), std::nullopt};
}

Text too_short(size_t minimum, size_t actual, const Instance& found) {
  if (minimum == 1 && actual == 0) return about(found, {"不能为空", "must not be empty"});
  return about(found, {fmt::format("应至少 {} 个字符，实为 {} 个", minimum, actual),
                       fmt::format("expected at least {} {}, found {}", minimum,
                                   plural(minimum, "character", "characters"), actual)});
}

Text too_long(size_t maximum, size_t actual, const Instance& found) {
  return about(found, {fmt::format("应至多 {} 个字符，实为 {} 个", maximum, actual),
                       fmt::format("expected at most {} {}, found {}", maximum,
                                   plural(maximum, "character", "characters"), actual)});
}

namespace {

// The patterns the schemas use, said in words (a task force should not have
// to read regular expressions); others are shown as they are.
std::optional<Text> pattern_in_words(std::string_view pattern) {
  static const std::pair<std::string_view, Text> known[] = {
      {"\\S", {"不能为空白", "must not be blank"}},
      {"^[0-9]{6}([0-9]{3})?$", {"应为 6 位或 9 位数字（行政区划代码）", "should be 6 or 9 digits (a region code)"}},
      {"^[0-9]{6}$", {"应为 6 位数字（县级区划代码）", "should be 6 digits (a county's region code)"}},
      {"^[0-9]{9}$", {"应为 9 位数字（乡镇区划代码）", "should be 9 digits (a township's region code)"}},
      {"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", {"应为 YYYY-MM-DD 格式的日期", "should be a date written YYYY-MM-DD"}},
      {"^[0-9]{4}$", {"应为四位年份", "should be a four-digit year"}},
      {"^[a-z0-9][a-z0-9._-]{1,63}$",
       {"应为 2–64 个小写字母、数字或 `.` `_` `-`，以字母或数字开头", "should be 2-64 lower-case letters, digits, `.`, `_` or `-`, starting with a letter or digit"}},
      {"^[A-Za-z0-9-]{1,40}$", {"应为 1–40 个字母、数字或 `-`", "should be 1-40 letters, digits or `-`"}},
  };
  for (const auto& [known_pattern, words] : known)
    if (known_pattern == pattern) return words;
  return std::nullopt;
}

}  // namespace

Text no_match(std::string_view pattern, const Instance& found) {
  const Text actual = shown(found);
  if (const std::optional<Text> words = pattern_in_words(pattern))
    return {fmt::format("{} {}", actual.zh, words->zh), fmt::format("{} {}", actual.en, words->en)};
  return {fmt::format("{} 不符合模式 `{}`", actual.zh, pattern),
          fmt::format("{} does not match the pattern `{}`", actual.en, pattern)};
}

Text out_of_bound(Bound bound, double limit, const Instance& found) {
  const std::string value = std::string(found.text());
  const std::string n = number_text(limit);
  switch (bound) {
    case Bound::Minimum:
      return text("应不小于 {}，实为 {}", "expected at least {}, found {}", n, value);
    case Bound::ExclusiveMinimum:
      return text("应大于 {}，实为 {}", "expected more than {}, found {}", n, value);
    case Bound::Maximum:
      return text("应不大于 {}，实为 {}", "expected at most {}, found {}", n, value);
    case Bound::ExclusiveMaximum:
      return text("应小于 {}，实为 {}", "expected less than {}, found {}", n, value);
  }
  return {};
}

Text not_multiple(double factor, const Instance& found) {
  return text("应为 {} 的倍数，实为 {}", "expected a multiple of {}, found {}", number_text(factor),
              std::string(found.text()));
}

Text too_few_items(size_t minimum, size_t actual) {
  if (actual == 0)
    return {fmt::format("应至少有 {} 项，实为空列表", minimum),
            fmt::format("expected at least {} {}, found none", minimum, plural(minimum, "item", "items"))};
  return {fmt::format("应至少有 {} 项，实为 {} 项", minimum, actual),
          fmt::format("expected at least {} {}, found {}", minimum, plural(minimum, "item", "items"), actual)};
}

Text too_many_items(size_t maximum, size_t actual) {
  return {fmt::format("应至多有 {} 项，实为 {} 项", maximum, actual),
          fmt::format("expected at most {} {}, found {}", maximum, plural(maximum, "item", "items"), actual)};
}

Text extra_item(size_t maximum) {
  return {fmt::format("多余的项：最多允许 {} 项", maximum),
          fmt::format("unexpected item: at most {} {} allowed", maximum, plural(maximum, "item is", "items are"))};
}

Text duplicate_item(std::string_view first_pointer) {
  return text("与 `{}` 重复，各项不能重复", "repeats `{}`; items must be unique", first_pointer);
}

Text no_item_contained() { return {"没有一项符合 `contains` 的要求", "no item matches the `contains` schema"}; }

Text nothing_allowed() { return {"此处不允许有值", "no value is allowed here"}; }

Text does_not_match() { return {"不符合模式", "does not match the schema"}; }

Text matches_not() { return {"不应符合 `not` 下的模式", "must not match the schema under `not`"}; }

Text matches_several(size_t first, size_t second) {
  return text("同时符合 `oneOf` 的第 {}、{} 个分支，只能符合其一",
              "matches alternatives {} and {} of `oneOf`; expected exactly one", first + 1, second + 1);
}

}  // namespace encat::schema::messages
