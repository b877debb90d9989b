// YAML document → Catalog. Tolerant: the schema check reports what is wrong;
// decoding takes every field it can read, so later rules still see the rest.
#pragma once

#include <optional>
#include <vector>

#include "diag/finding.h"
#include "model/catalog.h"
#include "yaml/document.h"

namespace encat::model {

// The document's kind, or E005 (kind missing, not a string, unknown; or the
// document is empty or not a mapping).
std::optional<Kind> document_kind(const yaml::Document& doc, std::vector<Finding>& findings);

// A self-contained Catalog: it copies what it needs, so `doc` may go.
Catalog decode(const yaml::Document& doc, Kind kind);

}  // namespace encat::model
