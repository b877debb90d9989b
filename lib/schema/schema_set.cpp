#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <stdexcept>

#include "schema/compiled.h"
#include "schema/embedded.h"
#include "yaml/reader.h"

namespace encat::schema {
namespace {

constexpr std::string_view kSuffix = ".schema.json";

// Schemas are ours and small; JSON nests more than catalogs do.
yaml::Limits schema_limits() {
  yaml::Limits limits;
  limits.max_depth = 256;
  return limits;
}

// The reading findings of a schema file, as one line.
std::string reading_error(const std::string& file, const yaml::ReadResult& read) {
  if (read.io_error) return fmt::format("{}: {}", file, read.io_error->en);
  if (!read.findings.empty()) {
    const Finding& f = read.findings.front();
    return fmt::format("{}: {}", f.location.str(), f.message.en);
  }
  return fmt::format("{}: no schema in the file", file);
}

std::variant<std::unique_ptr<Schema>, std::string> compile_file(const std::string& file, const yaml::ReadResult& read) {
  if (!read.document || !read.document->root() || !read.findings.empty()) return reading_error(file, read);
  auto compiled = compile(read.document->root());
  if (auto* error = std::get_if<std::string>(&compiled)) return fmt::format("{}: {}", file, *error);
  return compiled;
}

}  // namespace

struct SchemaSet::Entry {
  std::unique_ptr<Schema> schema;
  // Set for the embedded schemas: compiles, or gives the error. Run once, by
  // the first find() (no exception crosses call_once: GCC bug 66146).
  std::function<std::variant<std::unique_ptr<Schema>, std::string>()> compile;
  std::string error;
  std::once_flag once;
};

SchemaSet::SchemaSet() = default;
SchemaSet::~SchemaSet() = default;
SchemaSet::SchemaSet(SchemaSet&&) noexcept = default;
SchemaSet& SchemaSet::operator=(SchemaSet&&) noexcept = default;

void SchemaSet::add(std::string kind, std::unique_ptr<Schema> schema) {
  auto entry = std::make_unique<Entry>();
  entry->schema = std::move(schema);
  m_schemas[std::move(kind)] = std::move(entry);
}

const Schema* SchemaSet::find(std::string_view kind) const {
  const auto it = m_schemas.find(kind);
  if (it == m_schemas.end()) return nullptr;
  Entry& entry = *it->second;
  if (entry.compile) {
    std::call_once(entry.once, [&entry] {
      auto compiled = entry.compile();
      if (auto* error = std::get_if<std::string>(&compiled)) entry.error = *error;
      else entry.schema = std::move(std::get<std::unique_ptr<Schema>>(compiled));
    });
    if (!entry.error.empty()) throw std::logic_error("embedded schema: " + entry.error);
  }
  return entry.schema.get();
}

std::vector<std::string_view> SchemaSet::kinds() const {
  std::vector<std::string_view> kinds;
  for (const auto& entry : m_schemas) kinds.push_back(entry.first);
  return kinds;
}

const SchemaSet& SchemaSet::embedded() {
  static const SchemaSet set = [] {
    SchemaSet schemas;
    for (const EmbeddedFile& embedded : embedded_schemas()) {
      auto entry = std::make_unique<Entry>();
      entry->compile = [embedded] {
        const std::string file = fmt::format("schemas/{}{}", embedded.name, kSuffix);
        return compile_file(file, yaml::read_bytes(file, embedded.content, schema_limits()));
      };
      schemas.m_schemas[std::string(embedded.name)] = std::move(entry);
    }
    return schemas;
  }();
  return set;
}

std::variant<SchemaSet, std::string> SchemaSet::from_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code error;
  std::vector<fs::path> files;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (name.size() > kSuffix.size() && name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0 &&
        name[0] != '.')
      files.push_back(it->path());
  }
  if (error) return fmt::format("{}: {}", dir, error.message());
  std::sort(files.begin(), files.end());
  SchemaSet schemas;
  for (const fs::path& path : files) {
    const std::string file = path.generic_string();
    auto compiled = compile_file(file, yaml::read_file(file, schema_limits()));
    if (auto* failure = std::get_if<std::string>(&compiled)) return *failure;
    const std::string name = path.filename().string();
    schemas.add(name.substr(0, name.size() - kSuffix.size()), std::move(std::get<std::unique_ptr<Schema>>(compiled)));
  }
  if (schemas.m_schemas.empty()) return fmt::format("{}: no *{} files", dir, kSuffix);
  return schemas;
}

}  // namespace encat::schema
