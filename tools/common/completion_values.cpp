#include "common/completion_values.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>

#include "config/config.h"
#include "diag/code.h"
#include "model/decode.h"
#include "util/files.h"
#include "util/parallel.h"
#include "yaml/reader.h"

namespace encat::tool {

namespace {

// The top-level keys completion reads: a catalog's id, title and region, a
// township's county, and a registry's names of regions.
bool wanted_key(std::string_view key) {
  return key == "kind" || key == "id" || key == "title" || key == "region" || key == "county" || key == "regions";
}

// The wanted top-level entries of `bytes`, cut out as YAML of their own, so
// that a catalog of 100,000 matters is not parsed for its header. Only a
// block mapping with plain keys at column 0 is cut (what encat-fmt writes,
// and any hand-written file of the usual shape); for anything else
// (directives, `---`, a flow mapping, quoted or complex keys) nullopt: the
// caller reads the whole file. Every line of a top-level entry's value is
// indented or is a `- ` item of a compact list, so the entries are exact.
std::optional<std::string> header_slice(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string slice;
  bool keep = false;
  size_t start = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    end = end == std::string_view::npos ? bytes.size() : end + 1;
    const std::string_view line = bytes.substr(start, end - start);
    start = end;
    const char first = line[0];
    const auto blank_at = [&](size_t i) {
      return i >= line.size() || line[i] == ' ' || line[i] == '\t' || line[i] == '\r' || line[i] == '\n';
    };
    if (first == ' ' || first == '\t' || first == '\r' || first == '\n' || (first == '-' && blank_at(1))) {
      if (keep) slice += line;  // the value goes on (a compact list's items included)
      continue;
    }
    if (first == '#') continue;
    if (std::string_view("-.%{}[]?\"'&*!|>@`:,").find(first) != std::string_view::npos) return std::nullopt;
    size_t colon = line.find(':');
    while (colon != std::string_view::npos && !blank_at(colon + 1)) colon = line.find(':', colon + 1);
    if (colon == std::string_view::npos) return std::nullopt;
    std::string_view key = line.substr(0, colon);
    if (key.find(" #") != std::string_view::npos || key.find("\t#") != std::string_view::npos) return std::nullopt;
    while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.remove_suffix(1);
    keep = wanted_key(key);
    if (keep) slice += line;
  }
  if (!slice.empty() && slice.back() != '\n') slice += '\n';
  return slice;
}

// What completion knows of one file: its catalog's header (and a registry's
// regions), or nullopt for a file that cannot be read or has no kind.
std::optional<model::Catalog> read_header(const std::string& path, const yaml::Limits& limits) {
  const FileBytes file = read_file(path, limits.max_file_size);
  if (file.status != FileBytes::Status::Ok) return std::nullopt;
  std::shared_ptr<const yaml::Document> doc;
  if (const std::optional<std::string> slice = header_slice(file.bytes))
    doc = yaml::read_bytes(path, *slice, limits).document;
  if (!doc) doc = yaml::read_bytes(path, file.bytes, limits).document;  // not cut, or the cut did not parse
  if (!doc) return std::nullopt;
  std::vector<Finding> findings;
  const std::optional<model::Kind> kind = model::document_kind(*doc, findings);
  if (!kind) return std::nullopt;
  return model::decode(*doc, *kind);
}

// A value is one word: an id or a code with a blank or a control character
// cannot be completed (nor is it valid).
bool completable(std::string_view value) {
  if (value.empty()) return false;
  for (const char c : value)
    if (static_cast<unsigned char>(c) <= ' ' || c == 0x7f) return false;
  return true;
}

// A description on one line.
std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < ' ' || c == 0x7f) c = ' ';
  return out;
}

// The headers of the catalogs under the current folder: the `paths` of its
// .encat.yaml (found here or above), else the folder itself.
std::vector<model::Catalog> headers_here() {
  std::vector<std::string> paths{"."};
  yaml::Limits limits;
  if (const std::optional<std::string> config_file = config::find_config(".")) {
    config::LoadResult loaded = config::load_config(*config_file);
    if (!loaded.io_error && loaded.findings.empty()) {
      if (!loaded.config.paths.empty()) paths = loaded.config.paths;
      limits = loaded.config.limits;
    }
  }
  const std::vector<std::string> files = collect_files(paths).files;  // problems: skipped, quietly
  std::vector<std::optional<model::Catalog>> read(files.size());
  // A province's thousands of files are read on every core (the bytes, not
  // the parsing, are the cost); a file that cannot be read is left out.
  const auto jobs = static_cast<unsigned>(std::min<size_t>(hardware_jobs(), 1 + files.size() / 64));
  parallel_for(files.size(), jobs, [&](size_t i) {
    try {
      read[i] = read_header(files[i], limits);
    } catch (const std::exception&) {
    }
  });
  std::vector<model::Catalog> headers;
  for (std::optional<model::Catalog>& header : read)
    if (header) headers.push_back(std::move(*header));
  return headers;
}

std::string ids() {
  std::map<std::string, std::string> by_id;  // sorted; a repeated id (E007) once, the first
  for (const model::Catalog& c : headers_here())
    if (completable(c.id)) by_id.emplace(c.id, one_line(c.title.empty() ? model::kind_title_zh(c.kind) : c.title));
  std::string out;
  for (const auto& [id, title] : by_id) out += fmt::format("{}\t{}\n", id, title);
  return out;
}

std::string regions() {
  std::map<std::string, std::string> named, titled;  // code → a registry's name; code → a catalog's title
  for (const model::Catalog& c : headers_here()) {
    for (const model::Region& region : c.regions)
      if (completable(region.code)) named.emplace(region.code, one_line(region.name));
    if (completable(c.region)) titled.emplace(c.region, one_line(c.title));
    if (completable(c.county)) titled.emplace(c.county, "");
  }
  for (auto& [code, title] : titled) named.emplace(code, std::move(title));
  std::string out;
  for (const auto& [code, name] : named) out += fmt::format("{}\t{}\n", code, name);
  return out;
}

std::string kinds() {
  std::string out;
  for (const model::Kind kind : model::all_kinds()) {
    out += fmt::format("{}\t{}\n", model::kind_name(kind), model::kind_title_zh(kind));
  }
  return out;
}

}  // namespace

std::optional<std::string> completion_values(std::string_view what) {
  if (what == "ids") return ids();
  if (what == "regions") return regions();
  if (what == "kinds") return kinds();
  if (what == "codes") {
    std::string out;
    for (const CodeInfo& info : all_codes()) out += fmt::format("{}\t{}\n", info.id, info.summary_zh);
    return out;
  }
  return std::nullopt;
}

}  // namespace encat::tool
