// Just enough of RFC 3986 for `$id` and `$ref`: resolving a reference against
// a base, splitting off the fragment, and reading a fragment as a JSON pointer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace encat::schema {

// `reference` resolved against `base` (RFC 3986 §5.2); an empty base leaves
// the reference as it is, apart from removing dot segments.
std::string resolve_uri(std::string_view base, std::string_view reference);

// ("http://x/y", "frag") for "http://x/y#frag"; the fragment is still %-encoded.
std::pair<std::string_view, std::string_view> split_fragment(std::string_view uri);

// "%25" → "%"; nullopt for a malformed escape.
std::optional<std::string> percent_decode(std::string_view text);

// The reference tokens of a JSON pointer ("" → none; "/a~1b/0" → {"a/b", "0"});
// nullopt when it does not start with '/' or has a bad `~` escape.
std::optional<std::vector<std::string>> pointer_tokens(std::string_view pointer);

// A reference token escaped for a JSON pointer ("a/b" → "a~1b").
std::string escape_pointer_token(std::string_view token);

}  // namespace encat::schema
