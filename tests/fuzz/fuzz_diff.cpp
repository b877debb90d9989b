// libFuzzer target: encat-diff's comparison and its renderers. One input is
// split at the first NUL byte into two catalog files (an old and a new
// edition; without a NUL both are the same bytes), each loaded on its own as
// encat-diff --external loads them (model::load_catalog). Whatever they
// hold, comparing them either way must not crash, compare(a, a) must be
// empty, two equal catalogs must compare empty, and every format (text,
// JSON, markdown, each also --brief, in both languages) must render; the
// JSON must be one complete document. A township is resolved against the
// other file (as a source), so the lookup runs too.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "diff/diff.h"
#include "model/workspace.h"
#include "present/diff_report.h"

using namespace encat;

namespace {

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "fuzz_diff: %s\n", what);
  std::abort();
}

void render_all(const diff::CatalogDiff& d) {
  render::DiffSet set;
  set.mode = render::DiffSet::Mode::Pair;
  set.entries.push_back({render::DiffEntry::Status::Paired, d, "a.yaml", "b.yaml"});
  render::DiffSet folders = set;
  folders.mode = render::DiffSet::Mode::Folders;
  for (const Lang lang : {Lang::Zh, Lang::En})
    for (const bool brief : {false, true})
      for (const render::DiffFormat format :
           {render::DiffFormat::Text, render::DiffFormat::Json, render::DiffFormat::Markdown}) {
        const render::DiffContext context{lang, /*color=*/brief, brief};  // colour on in one of each pair
        const std::string out = render::render_diff(format, set, context);
        if (format == render::DiffFormat::Json && (out.empty() || out.front() != '{' || out.substr(out.size() - 2) != "}\n"))
          fail("the JSON is not one complete object");
        (void)render::render_diff(format, folders, context);
      }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t nul = input.find('\0');
  const std::string_view first = input.substr(0, nul);
  const std::string_view second = nul == std::string_view::npos ? input : input.substr(nul + 1);

  model::LoadOptions options;
  options.jobs = 1;
  const model::LoadedCatalog a = model::load_catalog({"a.yaml", std::string(first)}, options);
  const model::LoadedCatalog b = model::load_catalog({"b.yaml", std::string(second)}, options);
  if (!a.catalog || !b.catalog) return 0;
  const model::Catalog& old_catalog = *a.catalog;
  const model::Catalog& new_catalog = *b.catalog;
  const diff::SourceLookup lookup = [&](std::string_view id) -> const model::Catalog* {
    if (id == old_catalog.id) return &old_catalog;
    if (id == new_catalog.id) return &new_catalog;
    return nullptr;
  };

  if (!diff::compare(old_catalog, old_catalog, lookup).empty()) fail("compare(a, a) is not empty");
  if (!diff::compare(new_catalog, new_catalog, lookup).empty()) fail("compare(b, b) is not empty");
  const diff::CatalogDiff forward = diff::compare(old_catalog, new_catalog, lookup);
  const diff::CatalogDiff backward = diff::compare(new_catalog, old_catalog, lookup);
  if (old_catalog == new_catalog && (!forward.empty() || !backward.empty())) fail("equal catalogs compare as different");
  // Either way round, the same records differ.
  if (forward.added.size() != backward.removed.size() || forward.removed.size() != backward.added.size() ||
      forward.changed.size() != backward.changed.size() || forward.recoded.size() != backward.recoded.size())
    fail("compare(a, b) and compare(b, a) disagree on what differs");
  render_all(forward);
  render_all(backward);
  render_all(diff::only_new(new_catalog));
  render_all(diff::only_old(old_catalog));
  const diff::Pairing pairing = diff::pair_catalogs({&old_catalog}, {&new_catalog});
  if (pairing.pairs.size() + pairing.added.size() != 1 || pairing.pairs.size() + pairing.removed.size() != 1)
    fail("pairing lost a catalog");
  return 0;
}
