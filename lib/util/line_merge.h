// A three-way merge of texts line by line, like `git merge-file`: what the
// merge driver falls back to when an input is not a readable catalog (or
// already holds conflict markers), so it is never worse than git without it.
#pragma once

#include <string>
#include <string_view>

namespace encat {

struct LineMergeLabels {
  std::string ours = "ours", base = "base", theirs = "theirs";
};

struct LineMerge {
  std::string text;      // the merge, with git-style markers around each conflicting hunk
  size_t conflicts = 0;  // hunks changed differently on both sides
};

// Changes made on one side only are taken; a hunk changed on both sides
// (differently) is written as
//   <<<<<<< ours\n…ours…=======\n…theirs…>>>>>>> theirs\n
// (git's default style, markers 7 characters long). Identical changes on both
// sides are taken once. Cost O((N+M)·D) per side, bounded like diff_lines.
LineMerge merge_lines(std::string_view base, std::string_view ours, std::string_view theirs,
                      const LineMergeLabels& labels = {});

}  // namespace encat
