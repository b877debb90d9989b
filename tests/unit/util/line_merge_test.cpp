// The line merge the merge driver falls back to: its output pinned against
// `git merge-file -p -L ours -L base -L theirs OURS BASE THEIRS` (git 2.x) on
// the same inputs, so falling back is never worse than git without the driver.
#include <doctest/doctest.h>

#include <string>

#include "util/line_merge.h"

using namespace encat;

namespace {

std::string merged(std::string_view base, std::string_view ours, std::string_view theirs, size_t conflicts) {
  const LineMerge merge = merge_lines(base, ours, theirs);
  CHECK(merge.conflicts == conflicts);
  return merge.text;
}

}  // namespace

TEST_CASE("merge_lines takes a change of one side, and the same change of both once") {
  CHECK(merged("a\nb\nc\n", "a\nb\nc\n", "a\nb\nc\n", 0) == "a\nb\nc\n");
  CHECK(merged("a\nb\nc\n", "A\nb\nc\n", "a\nb\nc\n", 0) == "A\nb\nc\n");
  CHECK(merged("a\nb\nc\n", "a\nb\nc\n", "a\nb\nC\n", 0) == "a\nb\nC\n");
  CHECK(merged("a\nb\nc\n", "A\nb\nc\n", "a\nb\nC\n", 0) == "A\nb\nC\n");
  CHECK(merged("a\nb\nc\n", "a\nX\nc\n", "a\nX\nc\n", 0) == "a\nX\nc\n");
  CHECK(merged("a\nb\nc\n", "a\nc\n", "a\nb\nc\nd\n", 0) == "a\nc\nd\n");
  CHECK(merged("", "", "x\n", 0) == "x\n");
  CHECK(merged("x\n", "", "x\n", 0) == "");
}

TEST_CASE("merge_lines marks a hunk both sides changed differently, as git does") {
  CHECK(merged("a\nb\nc\n", "a\nX\nc\n", "a\nY\nc\n", 1) ==
        "a\n<<<<<<< ours\nX\n=======\nY\n>>>>>>> theirs\nc\n");
  // Two insertions at one place.
  CHECK(merged("a\nc\n", "a\nX\nc\n", "a\nY\nc\n", 1) == "a\n<<<<<<< ours\nX\n=======\nY\n>>>>>>> theirs\nc\n");
  CHECK(merged("a\nb\n", "a\nb\nc\n", "a\nb\nd\n", 1) == "a\nb\n<<<<<<< ours\nc\n=======\nd\n>>>>>>> theirs\n");
  CHECK(merged("", "x\n", "y\n", 1) == "<<<<<<< ours\nx\n=======\ny\n>>>>>>> theirs\n");
  // A removal against a change: ours is empty between the markers.
  CHECK(merged("a\nb\nc\n", "a\nc\n", "a\nB\nc\n", 1) == "a\n<<<<<<< ours\n=======\nB\n>>>>>>> theirs\nc\n");
  // Changes that touch (no unchanged line between) are one conflict.
  CHECK(merged("a\nb\nc\n", "A\nb\nc\n", "a\nB\nc\n", 1) ==
        "<<<<<<< ours\nA\nb\n=======\na\nB\n>>>>>>> theirs\nc\n");
}

TEST_CASE("merge_lines: a last line without a line break still ends before the marker") {
  CHECK(merged("a\nb", "a\nX", "a\nY", 1) == "a\n<<<<<<< ours\nX\n=======\nY\n>>>>>>> theirs\n");
  CHECK(merged("a\nb", "a\nb", "a\nb\nc", 0) == "a\nb\nc");
}

TEST_CASE("merge_lines keeps lines both sides share out of the markers, and joins conflicts close together") {
  // Separated by five lines with letters: two conflicts (git exits 2).
  CHECK(merged("1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\nX\n3\n4\n5\n6\n7\nY\n9\n", "1\nZ\n3\n4\n5\n6\n7\nW\n9\n", 2) ==
        "1\n<<<<<<< ours\nX\n=======\nZ\n>>>>>>> theirs\n3\n4\n5\n6\n7\n<<<<<<< ours\nY\n=======\nW\n>>>>>>> theirs\n9\n");
  // Three lines or fewer between: one conflict.
  CHECK(merged("1\n2\n3\n4\n5\n6\n", "1\nX\n3\n4\n5\nY\n", "1\nZ\n3\n4\n5\nW\n", 1) ==
        "1\n<<<<<<< ours\nX\n3\n4\n5\nY\n=======\nZ\n3\n4\n5\nW\n>>>>>>> theirs\n");
  // A line both sides added alike inside the region, then joined (one line between).
  CHECK(merged("a\nb\nc\nd\ne\n", "a\nX\nk\nY\ne\n", "a\nZ\nk\nW\ne\n", 1) ==
        "a\n<<<<<<< ours\nX\nk\nY\n=======\nZ\nk\nW\n>>>>>>> theirs\ne\n");
  // Only lines without a letter or digit between: one conflict however many.
  CHECK(merged("1\n2\n3\n4\n5\n6\n", "1\nX\n}\n}\n}\n}\nY\n", "1\nZ\n}\n}\n}\n}\nW\n", 1) ==
        "1\n<<<<<<< ours\nX\n}\n}\n}\n}\nY\n=======\nZ\n}\n}\n}\n}\nW\n>>>>>>> theirs\n");
  // A change of one side between them (here ours removes `e`) keeps them apart.
  CHECK(merged("r\ni\nc\ne\nd\nq\nk\n", "i\nc\nd\nq\nX3\n", "r\nc\ne\nd\nq\nk\nW1\n", 2) ==
        "<<<<<<< ours\ni\n=======\nr\n>>>>>>> theirs\nc\nd\nq\n<<<<<<< ours\nX3\n=======\nk\nW1\n>>>>>>> theirs\n");
  // What both sides share at the start and end of a region is written once.
  CHECK(merged("a\nb\nz\n", "a\nk\nX\nm\nz\n", "a\nk\nY\nm\nz\n", 1) ==
        "a\nk\n<<<<<<< ours\nX\n=======\nY\n>>>>>>> theirs\nm\nz\n");
}

TEST_CASE("merge_lines: labels, and markers ending like the lines (CRLF)") {
  const LineMerge merge = merge_lines("a\nb\n", "a\nX\n", "a\nY\n", {"HEAD", "base", "feature"});
  CHECK(merge.text == "a\n<<<<<<< HEAD\nX\n=======\nY\n>>>>>>> feature\n");
  CHECK(merged("a\r\nb\r\n", "a\r\nX\r\n", "a\r\nY\r\n", 1) ==
        "a\r\n<<<<<<< ours\r\nX\r\n=======\r\nY\r\n>>>>>>> theirs\r\n");
}

TEST_CASE("merge_lines stays bounded on texts that differ everywhere") {
  std::string base, ours, theirs;
  for (int i = 0; i < 20000; ++i) {
    base += "line " + std::to_string(i) + "\n";
    ours += "ours " + std::to_string(i) + "\n";
    theirs += i % 2 ? "theirs " + std::to_string(i) + "\n" : "line " + std::to_string(i) + "\n";
  }
  const LineMerge merge = merge_lines(base, ours, theirs);
  CHECK(merge.conflicts >= 1);
  CHECK(merge.text.find("<<<<<<< ours\n") != std::string::npos);
  // Every line of ours is in the merge (in its conflicts or outside them).
  CHECK(merge.text.size() >= ours.size());
}

TEST_CASE("merge_lines: one side unchanged, or both alike, gives the other side exactly") {
  unsigned seed = 12345;
  auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  auto text = [&] {
    std::string out;
    for (unsigned i = 0, n = next() % 12; i < n; ++i) out += std::string(1, static_cast<char>('a' + next() % 4)) + (next() % 9 ? "\n" : "");
    return out;
  };
  for (int round = 0; round < 2000; ++round) {
    const std::string base = text(), side = text();
    CHECK(merge_lines(base, base, side).text == side);
    CHECK(merge_lines(base, side, base).text == side);
    CHECK(merge_lines(base, side, side).text == side);
    CHECK(merge_lines(base, side, side).conflicts == 0);
  }
}
