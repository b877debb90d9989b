#include "config/config.h"

#include <cctype>
#include <filesystem>
#include <map>
#include <string_view>

#include "schema/schema.h"

namespace fs = std::filesystem;

namespace encat::config {
namespace {

constexpr long long max_depth_cap = 256;

Finding config_problem(const yaml::Node& node, Text message) {
  return make_finding(Code::E004, node.location(), std::move(message));
}

}  // namespace

std::optional<std::string> find_config(const std::string& start) {
  std::error_code ec;
  fs::path folder = fs::absolute(start, ec).lexically_normal();  // "/a/b/." → "/a/b/"
  if (ec) return std::nullopt;
  if (folder.filename().empty()) folder = folder.parent_path();  // "/a/b/" → "/a/b"
  std::string prefix = start;
  while (true) {
    if (fs::is_regular_file(folder / ".encat.yaml", ec))
      return (fs::path(prefix) / ".encat.yaml").lexically_normal().generic_string();
    if (!folder.has_relative_path()) return std::nullopt;  // reached the root
    folder = folder.parent_path();
    prefix = (fs::path(prefix) / "..").generic_string();
  }
}

std::optional<std::uintmax_t> parse_size(std::string_view text) {
  size_t i = 0;
  std::uintmax_t value = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
    if (value > (UINTMAX_MAX - 9) / 10) return std::nullopt;
    value = value * 10 + static_cast<std::uintmax_t>(text[i++] - '0');
  }
  if (i == 0) return std::nullopt;
  while (i < text.size() && text[i] == ' ') ++i;
  const std::string_view unit = text.substr(i);
  unsigned shift = 0;
  if (unit == "KiB") shift = 10;
  else if (unit == "MiB") shift = 20;
  else if (unit == "GiB") shift = 30;
  else if (!unit.empty() && unit != "B") return std::nullopt;
  if (value > (UINTMAX_MAX >> shift)) return std::nullopt;
  return value << shift;
}

std::optional<std::uintmax_t> parse_size_limit(std::string_view text) {
  const std::optional<std::uintmax_t> bytes = parse_size(text);
  if (!bytes || *bytes == 0 || *bytes > (std::uintmax_t{1} << 30)) return std::nullopt;
  return bytes;
}

Text size_limit_problem(std::string_view what, std::string_view text) {
  return encat::text("{}：`{}` 不是有效的大小：写字节数，或带 KiB、MiB、GiB 单位，1 字节到 1GiB",
                     "{}: `{}` is not a size: write bytes, or KiB, MiB or GiB, from 1 byte to 1GiB", what, text);
}

LoadResult load_config(const std::string& path) {
  LoadResult result;
  result.config.file = path;
  yaml::ReadResult read = yaml::read_file(path, result.config.limits);
  result.findings = std::move(read.findings);
  result.io_error = std::move(read.io_error);
  if (!read.document) return result;
  const yaml::Node root = read.document->root();
  if (!root) return result;  // an empty config is fine
  if (const schema::Schema* schema = schema::SchemaSet::embedded().find("config")) {
    const size_t before = result.findings.size();
    schema::validate(*schema, root, result.findings, {});  // a config is about no matter
    if (result.findings.size() > before) return result;
  }

  Config& config = result.config;
  const fs::path folder = fs::path(path).parent_path();
  const yaml::Node paths = root.get("paths");
  for (size_t i = 0; i < paths.size(); ++i)
    config.paths.push_back((folder / std::string(paths[i].text())).lexically_normal().generic_string());
  if (const yaml::Node registry = root.get("registry")) config.registry = std::string(registry.text());
  if (const yaml::Node targets = root.get("targets")) config.targets = std::string(targets.text());
  if (const yaml::Node review = root.get("review_years"))  // an integer from 1 to 100 (the schema)
    config.review_years = static_cast<int>(review.integer().value_or(config.review_years));

  const yaml::Node severity = root.get("severity");
  std::map<Code, yaml::Node> given;  // where each code's severity was set (by code or by name)
  for (size_t i = 0; i < severity.size(); ++i) {
    const yaml::Node key = severity.key(i), value = severity.value(i);
    const std::optional<Code> code = parse_code(key.text());
    if (!code) {
      result.findings.push_back(config_problem(
          key, text("`/severity`：未知的检查代码 `{}`", "`/severity`: unknown finding code `{}`", key.text())));
      continue;
    }
    if (const auto [first, added] = given.emplace(*code, key); !added) {
      // E101 and duplicate_name-style aliases name one code: two settings would leave one silently unused.
      result.findings.push_back(
          config_problem(key, text("`/severity`：{} 的级别已经设置过（`{}`）", "`/severity`: the severity of {} is already set (`{}`)",
                                   code_info(*code).id, first->second.text()))
              .note(note_at(first->second.location(), "首次设置于", "first set at")));
      continue;
    }
    const Severity severity = *parse_severity(value.text());  // the schema allows only the three
    // A file that cannot be read never passes (tools.md): the code table says which codes stay errors.
    if (!code_info(*code).can_be_lowered && severity != Severity::Error) {
      result.findings.push_back(config_problem(
          value, text("`/severity/{}`：无法读取的文件总是错误，{} 的级别不能更改",
                      "`/severity/{}`: a file that cannot be read always fails; the severity of {} cannot be changed",
                      code_info(*code).id, code_info(*code).id)));
      continue;
    }
    config.severities[*code] = severity;
  }

  const yaml::Node limits = root.get("limits");
  if (const yaml::Node size = limits.get("max_file_size")) {
    if (const std::optional<std::uintmax_t> bytes = parse_size_limit(size.text()))
      config.limits.max_file_size = *bytes;
    else
      result.findings.push_back(config_problem(size, size_limit_problem("`/limits/max_file_size`", size.text())));
  }
  if (const yaml::Node depth = limits.get("max_depth")) {
    const long long value = depth.integer().value_or(0);
    if (value < 1 || value > max_depth_cap)
      result.findings.push_back(config_problem(
          depth, text("`/limits/max_depth`：应为 1 到 {} 之间的整数", "`/limits/max_depth`: expected an integer from 1 to {}",
                      max_depth_cap)));
    else
      config.limits.max_depth = static_cast<unsigned>(value);
  }
  return result;
}

}  // namespace encat::config
