// libFuzzer target: encat-fmt's promise. For any input that loads as one
// catalog file (model::load_catalog) without a single finding, its canonical
// form (write::to_yaml) must load again without findings, as a catalog equal
// to the first, and writing that one again must give the same bytes (the
// canonical form is a fixed point); and every comment of the input must be
// a comment of the canonical form (the same text, trailing blanks aside, as
// often as in the input), and no comment may sink to the end of the file (the
// canonical form ends with no more comment lines than the input does).
// Anything else aborts: a formatter that
// changes meaning, or that formats its own output differently, is a bug even
// when encat-fmt would catch it and write nothing.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

#include "model/workspace.h"
#include "write/yaml_writer.h"
#include "yaml/reader.h"

using namespace encat;

namespace {

[[noreturn]] void fail(const char* what, const std::string& canonical) {
  std::fprintf(stderr, "fuzz_fmt: %s\n--- canonical form ---\n%s--- end ---\n", what, canonical.c_str());
  std::abort();
}

// Each comment's text (without trailing blanks) and how often it occurs.
std::map<std::string, size_t> comment_texts(const std::string& bytes, const yaml::Limits& limits) {
  std::map<std::string, size_t> texts;
  const yaml::ReadResult read = yaml::read_source({"input.yaml", bytes}, limits);
  if (!read.document) return texts;
  for (const yaml::Comment& comment : read.document->comments()) {
    std::string_view text = comment.text;
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    ++texts[std::string(text)];
  }
  return texts;
}

// How many comment lines come after the last line holding anything else.
size_t comments_at_the_end(std::string_view bytes) {
  size_t count = 0;
  while (!bytes.empty()) {
    size_t end = bytes.size();
    while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) --end;
    const size_t start = bytes.rfind('\n', end == 0 ? 0 : end - 1);
    std::string_view line = bytes.substr(start == std::string_view::npos ? 0 : start + 1,
                                         end - (start == std::string_view::npos ? 0 : start + 1));
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty() && line.front() != '#') break;
    if (!line.empty()) ++count;
    if (start == std::string_view::npos) break;
    bytes = bytes.substr(0, start);
  }
  return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  model::LoadOptions options;
  options.jobs = 1;
  const model::LoadedCatalog first =
      model::load_catalog({"input.yaml", std::string(reinterpret_cast<const char*>(data), size)}, options);
  if (!first.catalog || !first.findings.empty()) return 0;  // encat-fmt never rewrites such a file

  const std::string canonical = write::to_yaml(*first.catalog);
  const model::LoadedCatalog again = model::load_catalog({"input.yaml", canonical}, options);
  if (!again.catalog) fail("the canonical form does not load as a catalog", canonical);
  if (!again.findings.empty()) {
    const Finding& f = again.findings.front();
    std::fprintf(stderr, "fuzz_fmt: first finding at %u:%u: %s\n", unsigned(f.location.line), unsigned(f.location.column),
                 f.message.en.c_str());
    fail("the canonical form loads with findings", canonical);
  }
  if (!(*again.catalog == *first.catalog)) fail("the canonical form reads back as a different catalog", canonical);
  if (write::to_yaml(*again.catalog) != canonical) fail("formatting the canonical form changes it", canonical);
  const std::map<std::string, size_t> before = comment_texts(std::string(reinterpret_cast<const char*>(data), size),
                                                             options.limits);
  const std::map<std::string, size_t> after = comment_texts(canonical, options.limits);
  for (const auto& [text, count] : before) {
    const auto found = after.find(text);
    if (found == after.end() || found->second < count) {
      std::fprintf(stderr, "fuzz_fmt: comment lost: %s\n", text.c_str());
      fail("a comment of the input is not in the canonical form", canonical);
    }
  }
  if (comments_at_the_end(canonical) >
      comments_at_the_end(std::string_view(reinterpret_cast<const char*>(data), size)))
    fail("a comment moved to the end of the file", canonical);
  return 0;
}
