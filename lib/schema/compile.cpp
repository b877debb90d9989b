// JSON Schema document → compiled Schema: keywords checked and parsed once,
// `$ref`s resolved (JSON pointers, `$id`s, known documents), regexes compiled.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "schema/compiled.h"
#include "schema/uri.h"

namespace encat::schema {

Schema::Schema(std::unique_ptr<const Impl> impl) : m_impl(std::move(impl)) {}
Schema::~Schema() = default;

int Subschema::slot_of(std::string_view name) const {
  const auto it = std::lower_bound(names.begin(), names.end(), name,
                                   [](const PropertyName& a, std::string_view b) { return a.name < b; });
  if (it == names.end() || it->name != name) return -1;
  return static_cast<int>(it - names.begin());
}

std::string_view Schema::Impl::title_of(int index) const {
  for (int hops = 0; index >= 0 && hops < 16; ++hops) {
    const Subschema& s = sub(index);
    if (!s.title.empty()) return s.title;
    index = s.ref;
  }
  return {};
}

namespace {

struct CompileError {
  std::string message;
};

[[noreturn]] void fail(const std::string& location, std::string_view message) {
  throw CompileError{fmt::format("{}: {}", location.empty() ? "#" : location, message)};
}

std::string child_location(const std::string& location, std::string_view token) {
  return (location.empty() ? "#" : location) + "/" + escape_pointer_token(token);
}

std::string child_location(const std::string& location, size_t index) {
  return child_location(location, std::to_string(index));
}

bool is_number(yaml::Node node) { return node.type() == yaml::Type::Integer || node.type() == yaml::Type::Number; }

std::uint8_t type_bit(std::string_view name) {
  if (name == "null") return NullBit;
  if (name == "boolean") return BoolBit;
  if (name == "integer") return IntegerBit;
  if (name == "number") return NumberBit;
  if (name == "string") return StringBit;
  if (name == "array") return ArrayBit;
  if (name == "object") return ObjectBit;
  return 0;
}

// The keywords whose value is one schema, a list of schemas or a map of schemas.
constexpr std::string_view kSchemaKeywords[] = {
    "additionalItems", "additionalProperties", "contains", "propertyNames", "not", "if", "then", "else", "items"};
constexpr std::string_view kSchemaListKeywords[] = {"items", "allOf", "anyOf", "oneOf"};
constexpr std::string_view kSchemaMapKeywords[] = {"properties", "patternProperties", "definitions", "dependencies"};

class Compiler {
 public:
  Compiler(Schema::Impl& schema, const CompileOptions& options) : m_schema(schema) {
    for (const auto& [uri, node] : options.documents) {
      const std::string base(split_fragment(resolve_uri("", uri)).first);
      remember(base, node, base_inside(node, base));
      index(node, base);
    }
  }

  void run(yaml::Node root) {
    const std::string base = base_inside(root, "");
    remember("", root, base);
    index(root, "");
    m_schema.root = compile(root, base, "#");
    check_loops();
  }

 private:
  struct Known {
    std::string uri;  // a resource (no fragment) or a plain-name anchor ("…#name")
    yaml::Node node;
    std::string base;  // the base URI in effect inside the node
  };

  void remember(std::string uri, yaml::Node node, std::string base) {
    for (const Known& known : m_known)
      if (known.uri == uri) return;  // the first one wins
    m_known.push_back({std::move(uri), node, std::move(base)});
  }

  // The base URI inside `node`, given the one around it: its `$id` applied
  // (draft-07 ignores an `$id` beside `$ref`).
  static std::string base_inside(yaml::Node node, const std::string& base) {
    if (!node.is_mapping() || node.get("$ref")) return base;
    const yaml::Node id = node.get("$id");
    if (!id.is_string()) return base;
    return std::string(split_fragment(resolve_uri(base, id.text())).first);
  }

  // Records every `$id` under `node` (a schema), so `$ref`s can find them.
  void index(yaml::Node node, std::string base) {
    if (!node.is_mapping()) return;
    if (const yaml::Node id = node.get("$id"); id.is_string() && !node.get("$ref")) {
      const std::string resolved = resolve_uri(base, id.text());
      const auto [document, fragment] = split_fragment(resolved);
      base = std::string(document);
      if (fragment.empty())
        remember(base, node, base);
      else if (fragment[0] != '/')
        remember(resolved, node, base);
    }
    for (std::string_view keyword : kSchemaKeywords)
      if (const yaml::Node child = node.get(keyword); child.is_mapping()) index(child, base);
    for (std::string_view keyword : kSchemaListKeywords)
      if (const yaml::Node list = node.get(keyword); list.is_sequence())
        for (size_t i = 0; i < list.size(); ++i) index(list[i], base);
    for (std::string_view keyword : kSchemaMapKeywords)
      if (const yaml::Node map = node.get(keyword); map.is_mapping())
        for (size_t i = 0; i < map.size(); ++i) index(map.value(i), base);
  }

  const Known* find_known(std::string_view uri) const {
    for (const Known& known : m_known)
      if (known.uri == uri) return &known;
    return nullptr;
  }

  struct Target {
    yaml::Node node;
    std::string base;
    std::string location;
  };

  Target resolve_ref(const std::string& reference, const std::string& base, const std::string& location) {
    const std::string uri = resolve_uri(base, reference);
    const auto [document, fragment] = split_fragment(uri);
    if (!fragment.empty() && fragment[0] != '/') {  // a plain-name anchor
      if (const Known* known = find_known(uri)) return {known->node, known->base, uri};
      fail(location, fmt::format("`$ref` `{}`: no schema has the `$id` `{}`", reference, uri));
    }
    const Known* resource = find_known(document);
    if (!resource)
      fail(location,
           fmt::format("`$ref` `{}`: unknown document `{}` (remote references are not fetched)", reference, document));
    const std::optional<std::string> decoded = percent_decode(fragment);
    const auto tokens = decoded ? pointer_tokens(*decoded) : std::nullopt;
    if (!tokens) fail(location, fmt::format("`$ref` `{}`: bad JSON pointer `{}`", reference, fragment));
    Target target{resource->node, resource->base, document.empty() ? "#" : std::string(document) + "#"};
    for (const std::string& token : *tokens) {
      yaml::Node next;
      if (target.node.is_mapping()) {
        next = target.node.get(token);
      } else if (target.node.is_sequence()) {
        const bool digits =
            !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (digits && token.size() < 10 && std::stoul(token) < target.node.size())
          next = target.node[std::stoul(token)];
      }
      if (!next) fail(location, fmt::format("`$ref` `{}`: nothing at `{}`", reference, uri));
      target.node = next;
      target.location = child_location(target.location, token);
      target.base = base_inside(next, target.base);
    }
    return target;
  }

  // `base` is the base URI in effect inside `node`.
  int compile(yaml::Node node, const std::string& base, const std::string& location) {
    for (const auto& [done, index] : m_done)
      if (done == node) return index;
    const int index = static_cast<int>(m_schema.subs.size());
    m_schema.subs.emplace_back();
    m_done.emplace_back(node, index);

    Subschema s;
    s.location = location;
    if (node.type() == yaml::Type::Bool) {
      s.kind = node.text()[0] == 't' || node.text()[0] == 'T' ? Subschema::Kind::True : Subschema::Kind::False;
    } else if (!node.is_mapping()) {
      fail(location, fmt::format("a schema must be an object or a boolean, not {}", yaml::type_name(node.type())));
    } else {
      if (const yaml::Node title = node.get("title"); title.is_string()) s.title = std::string(title.text());
      if (const yaml::Node ref = node.get("$ref")) {
        if (!ref.is_string()) fail(location, "`$ref` must be a string");
        const Target target = resolve_ref(std::string(ref.text()), base, location);
        s.ref = compile(target.node, target.base, target.location);
      } else {
        if (const yaml::Node id = node.get("$id"); id && !id.is_string()) fail(location, "`$id` must be a string");
        keywords(node, base, location, s);
      }
    }
    m_schema.subs[static_cast<size_t>(index)] = std::move(s);
    return index;
  }

  // A subschema of a schema whose inside base URI is `base`.
  int compile_child(yaml::Node node, const std::string& base, const std::string& location) {
    return compile(node, base_inside(node, base), location);
  }

  int subschema(yaml::Node parent, std::string_view keyword, const std::string& base, const std::string& location) {
    const yaml::Node node = parent.get(keyword);
    if (!node) return -1;
    return compile_child(node, base, child_location(location, keyword));
  }

  std::vector<int> schema_list(yaml::Node list, std::string_view keyword, const std::string& base,
                               const std::string& location) {
    const std::string here = child_location(location, keyword);
    if (!list.is_sequence() || list.size() == 0) fail(here, "expected a non-empty array of schemas");
    std::vector<int> result;
    for (size_t i = 0; i < list.size(); ++i) result.push_back(compile_child(list[i], base, child_location(here, i)));
    return result;
  }

  std::optional<double> number(yaml::Node node, std::string_view keyword, const std::string& location) {
    const yaml::Node value = node.get(keyword);
    if (!value) return std::nullopt;
    if (!is_number(value)) fail(child_location(location, keyword), "expected a number");
    return number_value(value);
  }

  size_t count(yaml::Node node, std::string_view keyword, size_t fallback, const std::string& location) {
    const yaml::Node value = node.get(keyword);
    if (!value) return fallback;
    const std::optional<double> n = number_value(value);
    if (!n || !is_integral(value) || *n < 0) fail(child_location(location, keyword), "expected a non-negative integer");
    return *n >= 1e18 ? kNoLimit : static_cast<size_t>(*n);
  }

  int regex(std::string_view pattern, const std::string& location) {
    Regex regex(pattern);
    if (!regex.ok()) fail(location, fmt::format("bad regular expression `{}`: {}", pattern, regex.error()));
    m_schema.regexes.push_back(std::move(regex));
    return static_cast<int>(m_schema.regexes.size() - 1);
  }

  std::vector<std::string> string_list(yaml::Node list, const std::string& location) {
    if (!list.is_sequence()) fail(location, "expected an array of strings");
    std::vector<std::string> result;
    for (size_t i = 0; i < list.size(); ++i) {
      if (!list[i].is_string()) fail(child_location(location, i), "expected a string");
      result.emplace_back(list[i].text());
    }
    return result;
  }

  void keywords(yaml::Node node, const std::string& base, const std::string& location, Subschema& s) {
    if (const yaml::Node type = node.get("type")) {
      const std::string here = child_location(location, "type");
      const auto add = [&](yaml::Node name, const std::string& where) {
        const std::uint8_t bit = name.is_string() ? type_bit(name.text()) : 0;
        if (!bit) fail(where, "expected one of the type names (null, boolean, integer, number, string, array, object)");
        s.types |= bit;
      };
      if (type.is_sequence()) {
        for (size_t i = 0; i < type.size(); ++i) add(type[i], child_location(here, i));
        if (s.types == 0) s.types = 0x80;  // `type: []` allows nothing
      } else {
        add(type, here);
      }
    }
    if (const yaml::Node value = node.get("const")) {
      s.has_const = true;
      s.const_value = Value::from(value);
    }
    if (const yaml::Node values = node.get("enum")) {
      if (!values.is_sequence()) fail(child_location(location, "enum"), "expected an array");
      s.has_enum = true;
      for (size_t i = 0; i < values.size(); ++i) s.enum_values.push_back(Value::from(values[i]));
    }

    s.minimum = number(node, "minimum", location);
    s.maximum = number(node, "maximum", location);
    s.exclusive_minimum = number(node, "exclusiveMinimum", location);
    s.exclusive_maximum = number(node, "exclusiveMaximum", location);
    s.multiple_of = number(node, "multipleOf", location);
    if (s.multiple_of && !(*s.multiple_of > 0))
      fail(child_location(location, "multipleOf"), "expected a number above 0");
    s.number_keywords = s.minimum || s.maximum || s.exclusive_minimum || s.exclusive_maximum || s.multiple_of;

    s.min_length = count(node, "minLength", 0, location);
    s.max_length = count(node, "maxLength", kNoLimit, location);
    if (const yaml::Node pattern = node.get("pattern")) {
      if (!pattern.is_string()) fail(child_location(location, "pattern"), "expected a string");
      s.pattern = regex(pattern.text(), child_location(location, "pattern"));
    }
    s.string_keywords = s.min_length > 0 || s.max_length != kNoLimit || s.pattern >= 0;

    if (const yaml::Node items = node.get("items"); items.is_sequence()) {
      s.has_item_list = true;
      const std::string here = child_location(location, "items");
      for (size_t i = 0; i < items.size(); ++i)
        s.item_list.push_back(compile_child(items[i], base, child_location(here, i)));
    } else {
      s.items = subschema(node, "items", base, location);
    }
    s.additional_items = subschema(node, "additionalItems", base, location);
    s.contains = subschema(node, "contains", base, location);
    s.min_items = count(node, "minItems", 0, location);
    s.max_items = count(node, "maxItems", kNoLimit, location);
    if (const yaml::Node unique = node.get("uniqueItems")) {
      if (unique.type() != yaml::Type::Bool) fail(child_location(location, "uniqueItems"), "expected a boolean");
      s.unique_items = unique.text()[0] == 't' || unique.text()[0] == 'T';
    }
    s.array_keywords = s.items >= 0 || s.has_item_list || s.contains >= 0 || s.min_items > 0 ||
                       s.max_items != kNoLimit || s.unique_items;

    object_keywords(node, base, location, s);

    if (const yaml::Node list = node.get("allOf")) s.all_of = schema_list(list, "allOf", base, location);
    if (const yaml::Node list = node.get("anyOf")) s.any_of = schema_list(list, "anyOf", base, location);
    if (const yaml::Node list = node.get("oneOf")) s.one_of = schema_list(list, "oneOf", base, location);
    s.not_schema = subschema(node, "not", base, location);
    s.if_schema = subschema(node, "if", base, location);
    s.then_schema = subschema(node, "then", base, location);
    s.else_schema = subschema(node, "else", base, location);
    s.combinations =
        !s.all_of.empty() || !s.any_of.empty() || !s.one_of.empty() || s.not_schema >= 0 || s.if_schema >= 0;

    // Definitions are compiled even when unused, so their mistakes show.
    if (const yaml::Node definitions = node.get("definitions")) {
      const std::string here = child_location(location, "definitions");
      if (!definitions.is_mapping()) fail(here, "expected an object of schemas");
      for (size_t i = 0; i < definitions.size(); ++i)
        compile_child(definitions.value(i), base, child_location(here, definitions.key(i).text()));
    }
  }

  void object_keywords(yaml::Node node, const std::string& base, const std::string& location, Subschema& s) {
    // Every name the keywords mention gets a slot.
    std::set<std::string, std::less<>> names;
    const yaml::Node properties = node.get("properties");
    if (properties && !properties.is_mapping()) fail(child_location(location, "properties"), "expected an object");
    for (size_t i = 0; i < properties.size(); ++i) names.emplace(properties.key(i).text());
    std::vector<std::string> required;
    if (const yaml::Node list = node.get("required"))
      required = string_list(list, child_location(location, "required"));
    names.insert(required.begin(), required.end());
    const yaml::Node dependencies = node.get("dependencies");
    if (dependencies && !dependencies.is_mapping())
      fail(child_location(location, "dependencies"), "expected an object");
    for (size_t i = 0; i < dependencies.size(); ++i) {
      names.emplace(dependencies.key(i).text());
      if (dependencies.value(i).is_sequence()) {
        const auto list = string_list(dependencies.value(i), child_location(location, "dependencies"));
        names.insert(list.begin(), list.end());
      }
    }
    for (const std::string& name : names) s.names.push_back({name, -1});
    const auto slot = [&](std::string_view name) { return static_cast<std::uint32_t>(s.slot_of(name)); };

    const std::string properties_here = child_location(location, "properties");
    for (size_t i = 0; i < properties.size(); ++i) {
      const std::string_view name = properties.key(i).text();
      const int schema = compile_child(properties.value(i), base, child_location(properties_here, name));
      s.names[slot(name)].schema = schema;
      s.properties.push_back(slot(name));
    }
    for (const std::string& name : required)
      if (std::find(s.required.begin(), s.required.end(), slot(name)) == s.required.end())
        s.required.push_back(slot(name));
    const std::string dependencies_here = child_location(location, "dependencies");
    for (size_t i = 0; i < dependencies.size(); ++i) {
      Dependency dependency;
      dependency.trigger = slot(dependencies.key(i).text());
      const yaml::Node value = dependencies.value(i);
      const std::string here = child_location(dependencies_here, dependencies.key(i).text());
      if (value.is_sequence()) {
        for (const std::string& name : string_list(value, here)) dependency.required.push_back(slot(name));
      } else {
        dependency.schema = compile_child(value, base, here);
      }
      s.dependencies.push_back(std::move(dependency));
    }

    if (const yaml::Node patterns = node.get("patternProperties")) {
      const std::string here = child_location(location, "patternProperties");
      if (!patterns.is_mapping()) fail(here, "expected an object");
      for (size_t i = 0; i < patterns.size(); ++i) {
        const std::string where = child_location(here, patterns.key(i).text());
        const int re = regex(patterns.key(i).text(), where);
        s.pattern_properties.push_back({re, compile_child(patterns.value(i), base, where)});
      }
    }
    s.additional_properties = subschema(node, "additionalProperties", base, location);
    s.property_names = subschema(node, "propertyNames", base, location);
    s.min_properties = count(node, "minProperties", 0, location);
    s.max_properties = count(node, "maxProperties", kNoLimit, location);
    s.object_keywords = !s.names.empty() || !s.pattern_properties.empty() || s.additional_properties >= 0 ||
                        s.property_names >= 0 || s.min_properties > 0 || s.max_properties != kNoLimit;
  }

  // A schema that reaches itself without descending into the value (`$ref`
  // to itself, `allOf: [{$ref: "#"}]`, …) would never finish validating.
  void check_loops() const {
    const size_t n = m_schema.subs.size();
    std::vector<std::uint8_t> state(n, 0);  // 0 new, 1 on the stack, 2 done
    for (size_t start = 0; start < n; ++start) visit(static_cast<int>(start), state);
  }

  void visit(int index, std::vector<std::uint8_t>& state) const {
    std::uint8_t& mark = state[static_cast<size_t>(index)];
    if (mark == 2) return;
    const Subschema& s = m_schema.sub(index);
    if (mark == 1) fail(s.location, "the schema refers to itself without descending into the value (a `$ref` loop)");
    mark = 1;
    const auto next = [&](int child) {
      if (child >= 0) visit(child, state);
    };
    next(s.ref);
    for (int child : s.all_of) next(child);
    for (int child : s.any_of) next(child);
    for (int child : s.one_of) next(child);
    next(s.not_schema);
    next(s.if_schema);
    next(s.then_schema);
    next(s.else_schema);
    for (const Dependency& dependency : s.dependencies) next(dependency.schema);
    state[static_cast<size_t>(index)] = 2;
  }

  Schema::Impl& m_schema;
  std::vector<Known> m_known;
  std::vector<std::pair<yaml::Node, int>> m_done;  // compiled nodes
};

}  // namespace

std::variant<std::unique_ptr<Schema>, std::string> compile(yaml::Node root, const CompileOptions& options) {
  if (!root) return std::string("#: the schema is empty");
  auto impl = std::make_unique<Schema::Impl>();
  try {
    Compiler compiler(*impl, options);
    compiler.run(root);
  } catch (const CompileError& error) {
    return error.message;
  }
  return std::make_unique<Schema>(std::move(impl));
}

}  // namespace encat::schema
