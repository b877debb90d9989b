// Loading catalogs from text in memory for a unit test that needs clean
// input: any finding while loading fails the test, so a typo in a test's YAML
// is never taken for the behaviour under test.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/workspace.h"

namespace encat::test {

// One catalog file, loaded on its own.
inline model::Catalog load_clean(const std::string& yaml, const std::string& name = "t.yaml") {
  model::LoadedCatalog loaded = model::load_catalog({name, yaml}, model::LoadOptions{});
  for (const Finding& f : loaded.findings) FAIL_CHECK(f.message.en);
  REQUIRE(loaded.catalog);
  return std::move(*loaded.catalog);
}

// Several files as one workspace (one thread); findings of the `allowed`
// codes are expected (two editions of one catalog may share an id: E007).
inline model::Workspace load_clean(std::vector<yaml::Source> sources, std::initializer_list<Code> allowed = {}) {
  model::LoadOptions options;
  options.jobs = 1;
  model::Workspace ws = model::Workspace::load(std::move(sources), options);
  for (const Finding& f : ws.findings())
    if (std::find(allowed.begin(), allowed.end(), f.code) == allowed.end())
      FAIL_CHECK("finding while loading: " << f.message.en);
  return ws;
}

// The catalog of `ws` with `id` (the test stops when there is none).
inline const model::Catalog& by_id(const model::Workspace& ws, std::string_view id) {
  const model::Catalog* c = ws.find(id);
  REQUIRE(c);
  return *c;
}

}  // namespace encat::test
